# SPDX-License-Identifier: LGPL-2.1-or-later
"""Kragerø 2018 "Stab og støtte", built in code.

Source: Kragerø kommune, Handlingsplan 2018, kommunalområdet Stab og
støtte, tables 2.0 and 2.0.1 (see tests/data/README.md). Amounts in kroner.
"""

from gi.repository import Kommune

FRAME_KRONER = 38_228_737

FUNCTION_GROUPS = [
    ('120/180/190', 'Administrasjon, fellesutgifter kommunen og interne serviceenheter', 33_532_742),
    ('20/21', 'Skole og barnehagetjenester', 835_972),
    ('23/24', 'Helse- og omsorgsrelaterte funksjoner', 2_568_215),
    ('283', 'Bistand til etablering av egen bolig', 1_451_004),
    ('383', 'Musikk- og kulturskoler', 20_687),
    ('870', 'Renter/utbytte og lån', -179_883),
]

DEPARTMENTS = [
    ('service', 'Serviceavdelingen', 7_686_054),
    ('personal', 'Personalavdelingen', 13_743_164),
    ('okonomi', 'Økonomiavdelingen', 2_059_886),
    ('skatt', 'Skatteoppkreverkontoret', 1_558_920),
    ('ikt', 'IKT avdelingen', 6_644_259),
    ('stab', 'Kommunalsjef og stabsfunksjon', 3_622_454),
    ('felles', 'Felleskostnader (hele kommunen)', 2_914_000),
]


def build_area():
    area = Kommune.ProgrammeArea.new('stab', 'Stab og støtte')
    for code, name, _ in DEPARTMENTS:
        area.add_department(Kommune.Department.new(code, name))
    return area


def build_frame(department_delta_oere=0):
    """The 2018 frame with both distributions; a non-zero delta is added
    to the first department line so the frame no longer reconciles."""
    frame = Kommune.BudgetFrame.new(build_area(), 2018, FRAME_KRONER * 100)
    by_function = frame.add_distribution('kostra-function-group')
    for key, label, kroner in FUNCTION_GROUPS:
        by_function.add(key, label, kroner * 100)
    by_department = frame.add_distribution('department')
    for i, (key, label, kroner) in enumerate(DEPARTMENTS):
        by_department.add(key, label, kroner * 100 + (department_delta_oere if i == 0 else 0))
    return frame
