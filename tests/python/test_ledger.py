# SPDX-License-Identifier: LGPL-2.1-or-later
"""The ledger from Python: loading CSV and accounts files, saving, errors."""

import os

import pytest
from gi.repository import Gio, GLib, Kommune

DATA = os.path.join(os.path.dirname(__file__), '..', 'data')
REAL = os.path.join(DATA, 'kostra', '0A_V2019_K4_R040200_OK.dat')
HEADER = 'year,municipality,account_class,function,art,amount\n'


def write(tmp_path, text, name='ledger.csv'):
    path = tmp_path / name
    path.write_bytes(text.encode())
    return str(path)


def test_empty_and_append():
    ledger = Kommune.Ledger.new()
    assert len(ledger) == 0
    assert ledger.append(2019, '040200', '1', '120', '010', 3632800000)
    assert len(ledger) == 1
    assert ledger.get_line(0) == (True, 2019, '040200', '1', '120', '010', 3632800000)
    with pytest.raises(GLib.Error) as info:
        ledger.append(2019, '04a200', '1', '120', '010', 1)
    assert info.value.matches(Kommune.error_quark(), Kommune.Error.INVALID_CODE)
    assert len(ledger) == 1


def test_load_csv(tmp_path):
    path = write(tmp_path, HEADER + '2015,0301,0,121,020,2623771\n2024,5618,1,899,990,-17\n')
    ledger = Kommune.Ledger.load_csv(path)
    assert len(ledger) == 2
    assert ledger.get_line(0) == (True, 2015, '0301', '0', '121', '020', 262377100)
    assert ledger.get_line(1) == (True, 2024, '5618', '1', '899', '990', -1700)


def test_load_csv_errors(tmp_path):
    path = write(tmp_path, HEADER + '2015,0301,0,121,020,1\n2015,0301,0,121\n')
    with pytest.raises(GLib.Error) as info:
        Kommune.Ledger.load_csv(path)
    assert info.value.matches(Kommune.error_quark(), Kommune.Error.INVALID_ARGUMENT)
    assert info.value.message == path + ': line 3: art: missing: the line has 4 of the 6 columns'
    crlf = write(tmp_path, HEADER + '2015,0301,0,121,020,1\r\n', 'crlf.csv')
    with pytest.raises(GLib.Error) as info:
        Kommune.Ledger.load_csv(crlf)
    assert info.value.message.endswith(': line 2: amount: a carriage return: lines end in a line feed alone')
    with pytest.raises(GLib.Error) as info:
        Kommune.Ledger.load_csv(str(tmp_path / 'missing.csv'))
    assert info.value.matches(GLib.file_error_quark(), GLib.FileError.NOENT)


def test_from_bytes_and_round_trip(tmp_path):
    text = HEADER + ''.join('{},{:04d},{},{:03d},{:03d},{}\n'.format(
        2015 + i % 10, 301 + i % 357, i % 2, 100 + i % 84, 10 + i % 103, (i * 7919) % 100000 - 50000)
        for i in range(20000))
    ledger = Kommune.Ledger.load_csv_from_bytes(GLib.Bytes.new(text.encode()), 'memory')
    assert len(ledger) == 20000
    path = str(tmp_path / 'saved.csv')
    assert ledger.save_csv(path)
    with open(path, encoding='ascii') as saved:
        assert saved.read() == text
    assert len(Kommune.Ledger.load_csv(path)) == 20000


def test_load_accounts():
    with open(REAL, encoding='latin-1') as f:
        records = [line.rstrip('\r\n') for line in f]
    records = [r for r in records if len(r) == 48]
    total = sum(int(r[39:48]) for r in records) * 100000
    ledger = Kommune.Ledger.load_accounts([REAL, REAL])
    assert len(ledger) == 2 * len(records)
    got = sum(ledger.get_line(i)[6] for i in range(len(ledger)))
    assert got == 2 * total
    ok, year, region, account_class, function, art, amount = ledger.get_line(0)
    assert (year, region, account_class, function, art, amount) == (2019, '040200', '1', '120', '010', 3632800000)


def test_progress_and_cancel(tmp_path):
    text = HEADER + '2015,0301,0,121,020,1\n' * 300000
    path = write(tmp_path, text)
    seen = []
    ledger = Kommune.Ledger.load_csv_full(path, None, lambda current, total: seen.append((current, total)))
    assert len(ledger) == 300000
    assert seen and seen[-1] == (len(text), len(text))
    cancellable = Gio.Cancellable()
    with pytest.raises(GLib.Error) as info:
        Kommune.Ledger.load_csv_full(path, cancellable, lambda current, total: cancellable.cancel())
    assert info.value.matches(Gio.io_error_quark(), Gio.IOErrorEnum.CANCELLED)


def _variant(tmp_path, name, change):
    with open(REAL, 'rb') as f:
        data = f.read()
    path = tmp_path / name
    path.write_bytes(change(data))
    return str(path)


def test_accounts_that_break_ssb_controls_are_refused(tmp_path):
    # What controls 001 and 014 refuse would vanish or count as 0 in a
    # ledger; the load fails instead, naming file, line and field.
    bom = _variant(tmp_path, 'bom.dat', lambda d: b'\xef\xbb\xbf' + d)
    with pytest.raises(GLib.Error) as info:
        Kommune.Ledger.load_accounts([bom])
    assert info.value.matches(Kommune.error_quark(), Kommune.Error.INVALID_ACCOUNTS)
    assert info.value.message == bom + ": line 1: record: 51 bytes, not a record of 48 (SSB's control 001)"

    def bad_amount(d):
        lines = d.split(b'\n')
        lines[3] = lines[3][:39] + b'    abcde'
        return b'\n'.join(lines)
    amount = _variant(tmp_path, 'amount.dat', bad_amount)
    with pytest.raises(GLib.Error) as info:
        Kommune.Ledger.load_accounts([amount])
    assert info.value.message == (amount + ": line 4: amount: “    abcde” is not a right-justified "
                                  "whole number of 1000 kr (SSB's control 014)")


def test_paths_are_lists_of_paths(tmp_path):
    import pathlib
    assert len(Kommune.Ledger.load_accounts([pathlib.Path(REAL)])) == 1644
    assert Kommune.AccountsFile.load(pathlib.Path(REAL)).get_n_records() == 1644
    with pytest.raises(TypeError, match=r"argument 'paths\[1\]' is None"):
        Kommune.Ledger.load_accounts([REAL, None, REAL])
    with pytest.raises(TypeError, match=r"argument 'paths' must be a list of strings, not a str"):
        Kommune.Ledger.load_accounts(REAL)
    with pytest.raises(TypeError, match=r"argument 'functions' must be a list of strings, not a str"):
        Kommune.LedgerFilter.new().set_functions('202')


def test_a_fifo_is_refused_without_waiting(tmp_path):
    fifo = tmp_path / 'fifo'
    os.mkfifo(fifo)
    for load in (Kommune.Ledger.load_csv, lambda p: Kommune.Ledger.load_accounts([p]),
                 Kommune.AccountsFile.load):
        with pytest.raises(GLib.Error) as info:
            load(str(fifo))
        assert 'it is not a regular file' in info.value.message


def test_an_empty_year_set_admits_no_line():
    ledger = Kommune.Ledger.load_accounts([REAL])
    f = Kommune.LedgerFilter.new()
    f.set_years([])
    assert ledger.aggregate(['year'], f).get_total() == 0
    f.clear_years()
    assert ledger.aggregate(['year'], f).get_total() == ledger.aggregate([], None).get_total()
