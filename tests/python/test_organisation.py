# SPDX-License-Identifier: LGPL-2.1-or-later
import pytest
from gi.repository import GLib, Gio, Kommune

import kragero


def test_municipality():
    drammen = Kommune.Municipality.new('3301', 'Drammen')
    assert drammen.props.number == '3301'
    assert drammen.props.name == 'Drammen'
    assert isinstance(drammen.get_areas(), Gio.ListModel)
    assert len(drammen.get_areas()) == 0


@pytest.mark.parametrize('number', ['330', '33011', 'abcd', '', ' 301'])
def test_municipality_number_is_four_digits(number):
    with pytest.raises(GLib.Error) as info:
        Kommune.Municipality.new(number, 'Drammen')
    assert info.value.code == Kommune.Error.INVALID_CODE
    assert 'is not four digits' in info.value.message


def test_areas_and_departments():
    kommune = Kommune.Municipality.new('4014', 'Kragerø')
    area = kragero.build_area()
    kommune.add_area(area)
    assert [a.props.code for a in kommune.get_areas()] == ['stab']
    assert kommune.find_area('stab') is area
    assert kommune.find_area('helse') is None

    departments = area.get_departments()
    assert len(departments) == 7
    assert departments[2].props.name == 'Økonomiavdelingen'
    assert [d.get_code() for d in departments][-1] == 'felles'
    assert area.find_department('ikt').get_name() == 'IKT avdelingen'


def test_duplicates_are_refused():
    kommune = Kommune.Municipality.new('4014', 'Kragerø')
    kommune.add_area(Kommune.ProgrammeArea.new('stab', 'Stab og støtte'))
    with pytest.raises(GLib.Error) as info:
        kommune.add_area(Kommune.ProgrammeArea.new('stab', 'Stab'))
    assert info.value.code == Kommune.Error.DUPLICATE
    assert len(kommune.get_areas()) == 1

    area = kragero.build_area()
    with pytest.raises(GLib.Error):
        area.add_department(Kommune.Department.new('ikt', 'IKT'))
    assert len(area.get_departments()) == 7


def test_bad_codes_and_names():
    with pytest.raises(GLib.Error):
        Kommune.ProgrammeArea.new('', 'Stab og støtte')
    with pytest.raises(GLib.Error):
        Kommune.ProgrammeArea.new('07', '')
    with pytest.raises(GLib.Error):
        Kommune.Department.new(' ikt', 'IKT avdelingen')
