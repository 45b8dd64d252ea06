# SPDX-License-Identifier: LGPL-2.1-or-later
"""Amounts and decimals read numbers by one grammar (doc/money.md)."""
import pytest
from gi.repository import GLib, Kommune

DOT_GROUPS = ('the dot is ambiguous: a dot groups thousands (6.268 is 6 268), so it needs '
              'one to three digits before it and exactly three after; write decimals with a comma')
DOT_ZERO = ('the dot is ambiguous: a dot groups thousands (6.268 is 6 268), and a number '
            'grouped in thousands does not start with 0; write decimals with a comma')


@pytest.mark.parametrize('text,oere', [
    ('kr. 0,74mill', 74_000_000),
    ('kr. 2,0 mill.', 200_000_000),
    ('kr. 1,26 mill', 126_000_000),
    ('Kr. 0,74 MILL', 74_000_000),
])
def test_seed_002_notation(text, oere):
    assert Kommune.amount_parse(text) == oere


@pytest.mark.parametrize('text', ['6.268', '6 268', '6\u00a0268', '6\u202f268'])
def test_6268_is_the_same_number_in_both_parsers(text):
    # Seed 000: 6.268 employees are six thousand two hundred and sixty-eight.
    assert Kommune.amount_parse(text) == 6268 * 100
    assert Kommune.decimal_parse(text) == 6268 * 1000


@pytest.mark.parametrize('text,why', [
    ('3.5', DOT_GROUPS),
    ('6.26', DOT_GROUPS),
    ('1234.567', DOT_GROUPS),
    ('0.125', DOT_ZERO),
])
def test_ambiguous_dot_is_an_error_in_both_parsers(text, why):
    with pytest.raises(GLib.Error) as amount:
        Kommune.amount_parse(text)
    assert amount.value.matches(Kommune.error_quark(), Kommune.Error.INVALID_AMOUNT)
    assert amount.value.message == f'“{text}” is not an amount: {why}'

    with pytest.raises(GLib.Error) as decimal:
        Kommune.decimal_parse(text)
    assert decimal.value.matches(Kommune.error_quark(), Kommune.Error.INVALID_ARGUMENT)
    assert decimal.value.message == f'“{text}” is not a decimal: {why}'


def test_english_thousands_after_the_comma():
    with pytest.raises(GLib.Error) as info:
        Kommune.amount_parse('1,234.50')
    assert info.value.message == (
        '“1,234.50” is not an amount: the dot after the decimal comma is ambiguous: write '
        'thousands before the comma (1 234,50 or 1.234,50), not after it as in 1,234.50')


def test_long_input_is_quoted_as_an_excerpt():
    text = '1 234 ' + 'kroner ' * 1000
    with pytest.raises(GLib.Error) as info:
        Kommune.amount_parse(text)
    assert info.value.message == ('“1 234 kroner kroner kroner kroner kroner…” is not an amount: '
                                  'unexpected “kroner kroner kroner kroner kroner krone…” '
                                  'after the number')
    with pytest.raises(GLib.Error) as info:
        Kommune.decimal_parse('9' * 100)
    assert info.value.matches(Kommune.error_quark(), Kommune.Error.OVERFLOW)
    assert info.value.message == ('“' + '9' * 40 + '…” is not a decimal: '
                                  'too large for 64-bit thousandths')


@pytest.mark.parametrize('oere', [-2**63, -2**63 + 1, -1, 0, 1, 2**63 - 2, 2**63 - 1])
def test_amount_format_parse_round_trip_at_the_limits(oere):
    for decimals in range(2, 13):
        text = Kommune.amount_format(oere, Kommune.AmountScale.KRONER, decimals)
        assert Kommune.amount_parse(text) == oere


@pytest.mark.parametrize('value,message', [
    (float('nan'), 'NaN is not a decimal: it is not a number'),
    (float('inf'), 'inf is not a decimal: it is infinite'),
    (float('-inf'), '-inf is not a decimal: it is infinite'),
])
def test_decimal_from_double_refuses_non_finite(value, message):
    with pytest.raises(GLib.Error) as info:
        Kommune.decimal_from_double(value)
    assert info.value.matches(Kommune.error_quark(), Kommune.Error.INVALID_ARGUMENT)
    assert info.value.message == message


def test_decimal_from_double_refuses_out_of_range():
    with pytest.raises(GLib.Error) as info:
        Kommune.decimal_from_double(1e20)
    assert info.value.matches(Kommune.error_quark(), Kommune.Error.OVERFLOW)
    assert info.value.message == ('1e+20 is not a decimal: beyond ±9 223 372 036 854 775,807, '
                                  'the range of 64-bit thousandths')


@pytest.mark.parametrize('value,thousandths', [
    (54.5, 54500), (49.9, 49900), (0.1, 100), (0.0015, 2), (-0.0015, -2), (-0.0, 0),
    (9e15, 9 * 10**18),
])
def test_decimal_from_double(value, thousandths):
    assert Kommune.decimal_from_double(value) == thousandths
