# SPDX-License-Identifier: LGPL-2.1-or-later
"""Documents are strict JSON: what json-glib alone would change silently is an error."""

import os

import pytest
from gi.repository import GLib, Kommune

BAD = os.path.join(os.path.dirname(__file__), '..', 'data', 'bad')
RANGE = 'is outside -9223372036854775808–9223372036854775807'


def refused(text, name='broken.json'):
    with pytest.raises(GLib.Error) as info:
        Kommune.Document.load_from_data(text, -1, name)
    error = info.value
    assert error.matches(Kommune.error_quark(), Kommune.Error.INVALID_DOCUMENT)
    return error.message


def bad_file(name):
    with open(os.path.join(BAD, name), encoding='utf-8') as f:
        return f.read()


@pytest.mark.parametrize('name, message', [
    ('json-big-integer.json',
     'line 42, column 22: $.tertial_reports[0].proposals[0].amount: '
     f'the integer “9223372036854775808” {RANGE}'),
    ('json-huge-integer.json',
     'line 53, column 22: $.tertial_reports[0].proposals[1].amount: '
     f'the integer “10000000000000000000…” {RANGE}'),
    ('json-leading-zero.json',
     'line 16, column 20: $.plan.first_year: '
     'not valid JSON: “02017” is not a number: leading zeros are not allowed'),
    ('json-hex.json',
     'line 24, column 33: $.tertial_reports[0].materiality_threshold: '
     'not valid JSON: “0x10” is not a number: hexadecimal numbers are not allowed'),
    ('json-duplicate-key.json',
     'line 54, column 11: $.tertial_reports[0].proposals[1].amount: '
     'duplicate member name (first given at line 53, column 11)'),
    ('json-trailing-content.json',
     'line 118, column 1: $: not valid JSON: text after the end of the document: “{”'),
    ('json-comment.json',
     'line 15, column 3: $: not valid JSON: comments are not allowed'),
    ('json-single-quote.json',
     'line 6, column 5: $.municipality: not valid JSON: strings take double quotes, not single quotes'),
    ('json-nul-escape.json',
     'line 6, column 19: $.municipality.name: “\\u0000” (the nul character) is not allowed in a string'),
    ('json-lone-surrogate.json',
     'line 54, column 108: $.tertial_reports[0].proposals[1].reason: '
     '“\\uD83D” is a high surrogate without a low surrogate after it'),
])
def test_bad_file_from_data(name, message):
    assert refused(bad_file(name), name) == f'{name}: {message}'


def test_deep_nesting_does_not_crash():
    text = bad_file('json-deep-nesting.json')
    path = '$.municipality.areas[0].departments' + '[0]' * 124
    assert refused(text, 'deep.json') == (
        f'deep.json: line 11, column 149: {path}: arrays and objects nest deeper than 128 levels')
    assert refused('[' * 80000) == (
        'broken.json: line 1, column 129: $' + '[0]' * 128 + ': arrays and objects nest deeper than 128 levels')


def test_invalid_utf8_file():
    # Not UTF-8, so it cannot be passed as a str: load the file itself.
    with pytest.raises(GLib.Error) as info:
        Kommune.Document.load(os.path.join(BAD, 'json-invalid-utf8.json'))
    assert info.value.matches(Kommune.error_quark(), Kommune.Error.INVALID_DOCUMENT)
    assert info.value.message.endswith(
        'json-invalid-utf8.json: line 3, column 66: $.source: not valid JSON: invalid UTF-8 byte 0xE5')


def test_integer_limits():
    # The extremes of gint64 reach the model unchanged; one beyond is refused.
    assert refused('{"format_version": 9223372036854775807}') == (
        'broken.json: $.format_version: 9223372036854775807 is outside 1–2147483647')
    assert refused('{"format_version": -9223372036854775808}') == (
        'broken.json: $.format_version: -9223372036854775808 is outside 1–2147483647')
    assert refused('{"format_version": 9223372036854775808}') == (
        f'broken.json: line 1, column 20: $.format_version: the integer “9223372036854775808” {RANGE}')


def test_escaped_duplicate_name():
    assert refused('{"format_version": 1, "format_v\\u0065rsion": 1}') == (
        'broken.json: line 1, column 23: $.format_version: duplicate member name (first given at line 1, column 2)')


def test_empty():
    assert refused('  \n') == 'broken.json: the file is empty'
