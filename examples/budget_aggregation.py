#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Kragerø's 2018 "Stab og støtte" frame, distributed along KOSTRA function
groups and departments, with both totals and the reconciliation.

Source of the figures: Kragerø kommune, Handlingsplan 2018,
kommunalområdet Stab og støtte, tables 2.0 and 2.0.1.
"""

import sys

import gi

gi.require_version('Kommune', '1')
from gi.repository import GLib, Kommune  # noqa: E402

FUNCTION_GROUPS = [
    ('120/180/190', 'Administrasjon, fellesutgifter kommunen og interne serviceenheter', '33 532 742'),
    ('20/21', 'Skole og barnehagetjenester', '835 972'),
    ('23/24', 'Helse- og omsorgsrelaterte funksjoner', '2 568 215'),
    ('283', 'Bistand til etablering av egen bolig', '1 451 004'),
    ('383', 'Musikk- og kulturskoler', '20 687'),
    ('870', 'Renter/utbytte og lån', '-179 883'),
]

DEPARTMENTS = [
    ('service', 'Serviceavdelingen', '7 686 054'),
    ('personal', 'Personalavdelingen', '13 743 164'),
    ('okonomi', 'Økonomiavdelingen', '2 059 886'),
    ('skatt', 'Skatteoppkreverkontoret', '1 558 920'),
    ('ikt', 'IKT avdelingen', '6 644 259'),
    ('stab', 'Kommunalsjef og stabsfunksjon', '3 622 454'),
    ('felles', 'Felleskostnader (hele kommunen)', '2 914 000'),
]


def kroner(oere):
    return Kommune.amount_format(oere, Kommune.AmountScale.KRONER, 0)


def print_distribution(distribution):
    print(f'\nBy {distribution.props.name}')
    for line in distribution:
        print(f'  {line.props.key:<12}{line.props.label:<66}{kroner(line.props.amount):>12}')
    print(f'  {"Total":<78}{kroner(distribution.get_total()):>12}')


def main():
    kragero = Kommune.Municipality.new('0815', 'Kragerø')  # its number in 2018
    area = Kommune.ProgrammeArea.new('stab', 'Stab og støtte')
    kragero.add_area(area)
    for code, name, _ in DEPARTMENTS:
        area.add_department(Kommune.Department.new(code, name))

    frame = Kommune.BudgetFrame.new(area, 2018, Kommune.amount_parse('38 228 737 kr'))
    for name, lines in (('kostra-function-group', FUNCTION_GROUPS), ('department', DEPARTMENTS)):
        distribution = frame.add_distribution(name)
        for key, label, amount in lines:
            distribution.add(key, label, Kommune.amount_parse(amount))

    millions = Kommune.amount_format(frame.props.amount, Kommune.AmountScale.MILLIONS, 1)
    print(f'{kragero.props.name} kommune ({kragero.props.number}), {area.props.name}: '
          f'budget frame {frame.props.year} = {kroner(frame.props.amount)} kr ({millions} mill.)')
    for distribution in frame.get_distributions():
        print_distribution(distribution)

    try:
        frame.check()
    except GLib.Error as error:
        print(f'\nReconciliation: FAILED: {error.message}')
        return 1
    print(f'\nReconciliation: both distributions add up to the frame of {kroner(frame.props.amount)} kr.')
    return 0


if __name__ == '__main__':
    sys.exit(main())
