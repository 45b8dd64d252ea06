# SPDX-License-Identifier: LGPL-2.1-or-later
# The kommune command on every file of the bad-input corpus
# (tests/data/bad/index.tsv, described in tests/data/README.md): each
# refused file gives exactly one line on standard error, naming the file
# and holding the library's message, nothing on standard output, and the
# exit status of bad data (1). The rows that must load are the C test's.

import os
import random
import subprocess

import pytest

TOOL = os.environ['KOMMUNE_TOOL']
BAD = os.path.join(os.environ['KOMMUNE_SOURCE_ROOT'], 'tests', 'data', 'bad')
ENV = dict(os.environ, LC_ALL='C.UTF-8', LANG='C.UTF-8')

# The subcommand that reads each loader's files.
COMMANDS = {
    'document': ['check'],
    'accounts': ['kostra', 'figures'],
    'ledger-accounts': ['kostra', 'figures'],
    'ledger-csv': ['kostra', 'aggregate'],
    'ledger-sum': ['kostra', 'aggregate'],
}


def rows():
    with open(os.path.join(BAD, 'index.tsv'), encoding='utf-8') as index:
        for line in index:
            if line.startswith('#') or not line.strip():
                continue
            name, loader, error, message = line.rstrip('\n').split('\t', 3)
            if error != 'ok':
                yield pytest.param(name, loader, message, id=name)


def run(args):
    return subprocess.run([TOOL] + args, cwd=BAD, env=ENV, capture_output=True, timeout=60)


def assert_bad_data(result, name):
    assert result.returncode == 1
    assert result.stdout == b''
    err = result.stderr.decode('utf-8')
    assert err.endswith('\n') and err.count('\n') == 1, err
    assert err.startswith(name + ': '), err
    return err[len(name) + 2:-1]


@pytest.mark.parametrize('name, loader, message', list(rows()))
def test_bad_input(name, loader, message):
    result = run(COMMANDS[loader] + [name])
    said = assert_bad_data(result, name)
    # The command shows a TAB of the message as \t, to keep it one line.
    assert said == message.replace('\t', '\\t')


# 64 MiB of random bytes, made here and never committed.
@pytest.fixture(scope='module')
def garbage(tmp_path_factory):
    path = tmp_path_factory.mktemp('garbage') / 'garbage.bin'
    data = bytearray(random.Random(20260101).randbytes(64 * 1024 * 1024))
    data[0] = 0xFF
    path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize('command, why', [
    (['check'], 'the file is too large: 67108864 bytes, at most 16777216'),
    (['kostra', 'figures'], 'binary data, not an accounts file'),
    (['kostra', 'aggregate'], 'binary data, not an accounts file'),
], ids=['check', 'kostra-figures', 'kostra-aggregate'])
def test_garbage(garbage, command, why):
    result = subprocess.run([TOOL] + command + [str(garbage)], env=ENV, capture_output=True, timeout=120)
    said = assert_bad_data(result, str(garbage))
    assert why in said
