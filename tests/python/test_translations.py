# SPDX-License-Identifier: LGPL-2.1-or-later
# The library's messages in the language of the locale: a Python program
# that takes the locale of its environment (locale.setlocale) reads them
# in Norwegian Bokmål under a Norwegian locale and in English under C.
# Each case runs in a child process, since the locale is the process's.

import os
import subprocess
import sys

import pytest

CHILD = r'''
import locale
import sys

import gi

gi.require_version('Kommune', '1')
from gi.repository import GLib, Kommune

if sys.argv[2:] != ['--without-setlocale']:
    try:
        locale.setlocale(locale.LC_ALL, '')
    except locale.Error:
        print('no such locale')
        sys.exit(0)
try:
    if sys.argv[1] == 'document':
        Kommune.Document.load_from_data('{"format_version": 1', -1, 'plan.json')
    else:
        Kommune.amount_parse('12,345')
except GLib.Error as error:
    print(error.message)
'''

DOCUMENT = {
    'nb': 'plan.json: linje 1, kolonne 21: $: ikke gyldig JSON: '
          'forventet «,» eller «}», fant slutten av teksten',
    'en': 'plan.json: line 1, column 21: $: not valid JSON: '
          'expected “,” or “}”, found the end of the text',
}
AMOUNT = {
    'nb': '«12,345» er ikke et beløp: flere desimaler enn hele øre',
    'en': '“12,345” is not an amount: more decimals than whole øre',
}


def message(what, **variables):
    env = {k: v for k, v in os.environ.items()
           if k not in ('LC_ALL', 'LC_MESSAGES', 'LANG', 'LANGUAGE')}
    env.update(variables)
    result = subprocess.run([sys.executable, '-c', CHILD, what], env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    if result.stdout == 'no such locale\n':
        pytest.skip('the locale %s is not installed' % variables.get('LANG'))
    return result.stdout.rstrip('\n')


def test_catalogues_are_found():
    assert os.environ.get('KOMMUNE_LOCALEDIR'), 'the tests run with the built catalogues'


@pytest.mark.parametrize('what, expected', [('document', DOCUMENT), ('amount', AMOUNT)])
def test_norwegian_locale(what, expected):
    assert message(what, LANG='nb_NO.UTF-8') == expected['nb']


@pytest.mark.parametrize('what, expected', [('document', DOCUMENT), ('amount', AMOUNT)])
def test_c_locale(what, expected):
    assert message(what, LANG='C') == expected['en']


def test_language_overrides_the_locale():
    assert message('amount', LANG='nb_NO.UTF-8', LANGUAGE='en') == AMOUNT['en']


def test_without_setlocale_english():
    # A program that does not take its environment's locale stays in C.
    env = dict(os.environ, LANG='nb_NO.UTF-8')
    env.pop('LC_ALL', None)
    result = subprocess.run([sys.executable, '-c', CHILD, 'amount', '--without-setlocale'],
                            env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.rstrip('\n') == AMOUNT['en']
