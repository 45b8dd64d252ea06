# SPDX-License-Identifier: LGPL-2.1-or-later
from gi.repository import Kommune

import kragero


def test_override_is_loaded():
    assert Kommune.format_kroner(3822873700) == '38 228 737 kr'
    assert Kommune.format_kroner(123450) == '1 234,50 kr'
    assert Kommune.format_kroner(-17988300) == '-179 883 kr'


def test_reprs():
    frame = kragero.build_frame()
    assert repr(frame) == "<Kommune.BudgetFrame 'stab' 2018 38 228 737 kr distributions=2>"
    distribution = frame.get_distribution('department')
    assert repr(distribution) == "<Kommune.Distribution 'department' lines=7 total=38 228 737 kr>"
    assert repr(distribution[0]) == \
        "<Kommune.DistributionLine 'service' 'Serviceavdelingen' 7 686 054 kr>"
    area = frame.get_area()
    assert repr(area) == "<Kommune.ProgrammeArea 'stab' 'Stab og støtte' departments=7>"
    assert repr(area.get_departments()[0]) == "<Kommune.Department 'service' 'Serviceavdelingen'>"
    kommune = Kommune.Municipality.new('4014', 'Kragerø')
    kommune.add_area(area)
    assert repr(kommune) == "<Kommune.Municipality 4014 'Kragerø' areas=1>"
