# SPDX-License-Identifier: LGPL-2.1-or-later
import os

import pytest
from gi.repository import GLib, Kommune

DATA = os.path.join(os.path.dirname(__file__), '..', 'data', 'amounts')


def _read_list(name):
    with open(os.path.join(DATA, name), encoding='utf-8') as f:
        text = f.read()
    if text.endswith('\n'):
        text = text[:-1]
    return [line for line in text.split('\n') if not line.startswith('#')]


ACCEPT = [tuple(line.rsplit('\t', 1)) for line in _read_list('accept.tsv')]
REJECT = [tuple(line.split('\t', 2)) for line in _read_list('reject.tsv')]


def test_issue_examples():
    assert Kommune.amount_parse('9,4 mill') == 940000000
    assert Kommune.amount_parse('−179 883') == -17988300
    with pytest.raises(GLib.Error):
        Kommune.amount_parse('12,3,4')
    assert Kommune.amount_allocate(10000000, [1, 1, 1]) == [3333334, 3333333, 3333333]
    assert Kommune.amount_format(3822873700, Kommune.AmountScale.MILLIONS, 1) == '38,2'


@pytest.mark.parametrize('text,oere', ACCEPT)
def test_parse_accepts(text, oere):
    assert Kommune.amount_parse(text) == int(oere)


@pytest.mark.parametrize('text,code,message', REJECT)
def test_parse_rejects(text, code, message):
    with pytest.raises(GLib.Error) as info:
        Kommune.amount_parse(text)
    assert info.value.domain == 'kommune-error-quark'
    assert Kommune.Error(info.value.code).value_nick == code
    assert info.value.message == message


def test_parse_error_message():
    with pytest.raises(GLib.Error) as info:
        Kommune.amount_parse('12,3,4')
    assert info.value.domain == 'kommune-error-quark'
    assert info.value.code == Kommune.Error.INVALID_AMOUNT
    assert info.value.message == '“12,3,4” is not an amount: unexpected “,4” after the number'


@pytest.mark.parametrize('oere,scale,decimals,expected', [
    (3822873700, Kommune.AmountScale.KRONER, 0, '38 228 737'),
    (3822873700, Kommune.AmountScale.THOUSANDS, 0, '38 229'),
    (3822873700, Kommune.AmountScale.MILLIONS, 1, '38,2'),
    (-17988300, Kommune.AmountScale.KRONER, 0, '-179 883'),
    (123450, Kommune.AmountScale.KRONER, 2, '1 234,50'),
    (150, Kommune.AmountScale.KRONER, 0, '2'),
    (-150, Kommune.AmountScale.KRONER, 0, '-2'),
    (-49, Kommune.AmountScale.KRONER, 0, '0'),
])
def test_format(oere, scale, decimals, expected):
    assert Kommune.amount_format(oere, scale, decimals) == expected


def test_format_parse_round_trip():
    for oere in [0, 1, -1, 99, 100, 123456789, -17988300, 2**63 - 1, -2**63 + 1, -2**63]:
        text = Kommune.amount_format(oere, Kommune.AmountScale.KRONER, 2)
        assert Kommune.amount_parse(text) == oere
        text = Kommune.amount_format(oere, Kommune.AmountScale.MILLIONS, 8)
        assert Kommune.amount_parse(text + ' mill') == oere


def test_checked_arithmetic():
    assert Kommune.amount_add(3353274200, 83597200) == 3436871400
    assert Kommune.amount_subtract(100, 250) == -150
    assert Kommune.amount_sum([768605400, 1374316400, 205988600, 155892000,
                               664425900, 362245400, 291400000]) == 3822873700
    assert Kommune.amount_sum([]) == 0
    for call in (lambda: Kommune.amount_add(2**63 - 1, 1),
                 lambda: Kommune.amount_subtract(-2**63, 1),
                 lambda: Kommune.amount_sum([2**63 - 1, 1])):
        with pytest.raises(GLib.Error) as info:
            call()
        assert info.value.code == Kommune.Error.OVERFLOW


@pytest.mark.parametrize('total,weights,expected', [
    (100000, [1, 1, 1], [33334, 33333, 33333]),
    (11, [1, 1, 1], [4, 4, 3]),
    (7, [3, 1, 6], [2, 1, 4]),
    (5, [1, 2, 7], [1, 1, 3]),
    (-10000000, [1, 1, 1], [-3333334, -3333333, -3333333]),
    (100, [0, 3, 0, 1], [0, 75, 0, 25]),
    (-2**63, [1, 1], [-2**62, -2**62]),
])
def test_allocate(total, weights, expected):
    parts = Kommune.amount_allocate(total, weights)
    assert parts == expected
    assert sum(parts) == total


@pytest.mark.parametrize('weights,code', [
    ([0, 0, 0], Kommune.Error.INVALID_ARGUMENT),
    ([1, -1], Kommune.Error.INVALID_ARGUMENT),
    ([], Kommune.Error.INVALID_ARGUMENT),
    ([2**63 - 1, 1], Kommune.Error.OVERFLOW),
])
def test_allocate_errors(weights, code):
    with pytest.raises(GLib.Error) as info:
        Kommune.amount_allocate(100, weights)
    assert info.value.code == code
