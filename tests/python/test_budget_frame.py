# SPDX-License-Identifier: LGPL-2.1-or-later
import pytest
from gi.repository import GLib, Gio, Kommune

import kragero


def test_kragero_frame_reconciles():
    frame = kragero.build_frame()
    assert frame.props.year == 2018
    assert frame.props.amount == 3822873700
    assert frame.get_area().get_name() == 'Stab og støtte'

    by_function = frame.get_distribution('kostra-function-group')
    by_department = frame.get_distribution('department')
    assert by_function.get_total() == 3822873700
    assert by_department.get_total() == 3822873700
    assert by_department.props.total == 3822873700
    assert len(by_function) == 6
    assert len(by_department) == 7
    assert [line.props.key for line in by_function] == [k for k, _, _ in kragero.FUNCTION_GROUPS]
    assert by_function[5].props.amount == -17988300
    assert by_function.find('283').props.label == 'Bistand til etablering av egen bolig'
    assert frame.check() is True


def test_wrong_copy_names_the_difference():
    frame = kragero.build_frame(-100)
    with pytest.raises(GLib.Error) as info:
        frame.check()
    assert info.value.code == Kommune.Error.NOT_RECONCILED
    message = info.value.message
    assert '“department”' in message
    assert '38 228 736 kr' in message
    assert 'difference -1 kr' in message
    assert 'kostra-function-group' not in message


def test_frame_with_two_distributions():
    area = Kommune.ProgrammeArea.new('07', 'Ledelse, organisering og styring')
    frame = Kommune.BudgetFrame.new(area, 2017, Kommune.amount_parse('9,4 mill'))
    a = frame.add_distribution('kostra-function')
    a.add('120', 'Administrasjon', Kommune.amount_parse('9,4 mill'))
    b = frame.add_distribution('purpose')
    for key, text in [('reform', '5 mill'), ('tax', '1,5 mill'), ('whistle', '0,15 mill'),
                      ('audit', '2,5 mill'), ('encyclopaedia', '0,25 mill')]:
        b.add(key, None, Kommune.amount_parse(text))
    assert frame.check()
    assert isinstance(frame.get_distributions(), Gio.ListModel)
    assert [d.props.name for d in frame.get_distributions()] == ['kostra-function', 'purpose']

    b.add('extra', None, 1)
    with pytest.raises(GLib.Error) as info:
        frame.check()
    assert 'difference 0,01 kr' in info.value.message


def test_distribution_refusals_leave_no_trace():
    frame = kragero.build_frame()
    with pytest.raises(GLib.Error) as info:
        frame.add_distribution('department')
    assert info.value.code == Kommune.Error.DUPLICATE
    by_department = frame.get_distribution('department')
    with pytest.raises(GLib.Error) as info:
        by_department.add('ikt', 'IKT', 1)
    assert info.value.code == Kommune.Error.DUPLICATE
    with pytest.raises(GLib.Error) as info:
        by_department.add('huge', 'Huge', 2**63 - 1)
    assert info.value.code == Kommune.Error.OVERFLOW
    assert len(by_department) == 7
    assert by_department.get_total() == 3822873700
