# SPDX-License-Identifier: LGPL-2.1-or-later
"""SSB's KOSTRA accounts file from Python: load, records, save."""

import os

import pytest
from gi.repository import Gio, GLib, Kommune

DATA = os.path.join(os.path.dirname(__file__), '..', 'data')
REAL = os.path.join(DATA, 'kostra', '0A_V2019_K4_R040200_OK.dat')
FIRST = '0A20194040200                  1120 010    36328'
LAST = '0A20194040200                  0283 958   -25000'


@pytest.fixture(scope='module')
def real():
    return Kommune.AccountsFile.load(REAL)


def test_load_counts(real):
    assert real.get_n_records() == 1644
    assert real.get_n_lines() == 1644
    assert real.props.n_records == 1644
    assert real.get_name().endswith('0A_V2019_K4_R040200_OK.dat')


def test_records_are_a_list(real):
    records = real.get_records()
    assert isinstance(records, Gio.ListModel)
    assert records.get_item_type() == Kommune.AccountsRecord.__gtype__
    assert len(records) == 1644
    assert records[0].get_text() == FIRST
    assert records[-1].get_text() == LAST
    assert [r.get_line() for r in records] == list(range(1, 1645))
    with pytest.raises(IndexError):
        records[1644]
    # Zero amounts are records too: 63 written "0", 7 written "-0".
    assert sum(1 for r in records if r.get_amount() == 0) == 70
    assert sum(1 for r in records if r.get_text()[39:].strip() == '0') == 63


def test_first_record_fields(real):
    record = real.get_records()[0]
    assert record.get_skjema() == '0A'
    assert record.get_year() == 2019
    assert record.get_quarter() == 4
    assert record.get_region() == '040200'
    assert record.get_orgnr() == ''
    assert record.get_foretaksnr() == ''
    assert record.get_account_class() == '1'
    assert record.get_function() == '120'
    assert record.get_art() == '010'
    assert record.has_amount()
    assert record.get_amount() == 3_632_800_000
    assert record.get_line() == 1
    assert record.props.function == '120'
    assert record.props.account_class == '1'
    assert record.props.has_amount is True
    assert repr(record) == "<Kommune.AccountsRecord line 1 %r>" % FIRST


def test_last_record_fields(real):
    record = real.get_records()[1643]
    assert (record.get_account_class(), record.get_function(), record.get_art()) == ('0', '283', '958')
    assert record.get_amount() == -25_000 * 100_000
    assert record.get_line() == 1644


def test_repr(real):
    assert repr(real) == "<Kommune.AccountsFile %r records=1644 lines=1644>" % real.get_name()
    assert repr(Kommune.AccountsFile.new()) == '<Kommune.AccountsFile None records=0 lines=0>'
    assert repr(Kommune.AccountsRecord()) == '<Kommune.AccountsRecord (no line)>'


def test_save_byte_identical(real, tmp_path):
    out = tmp_path / 'saved.dat'
    real.save(str(out))
    with open(REAL, 'rb') as original:
        assert out.read_bytes() == original.read()
    assert real.to_bytes().get_data() == out.read_bytes()


def test_load_from_bytes_crlf():
    with open(REAL, 'rb') as original:
        data = original.read().replace(b'\n', b'\r\n')
    accounts = Kommune.AccountsFile.load_from_bytes(GLib.Bytes.new(data), 'crlf.dat')
    assert accounts.get_n_records() == 1644
    assert accounts.get_records()[0].get_text() == FIRST
    assert accounts.to_bytes().get_data() == data


def test_raw_lines_are_kept():
    data = (FIRST + '\n' + FIRST[:47] + '\n\n' + FIRST.replace('    36328', '\t   36328') + '\n').encode()
    accounts = Kommune.AccountsFile.load_from_bytes(GLib.Bytes.new(data), None)
    assert accounts.get_n_records() == 1
    assert accounts.get_n_lines() == 3
    assert accounts.to_bytes().get_data() == data


def test_iso_8859_1_is_decoded():
    data = ('0F20194040200Kirkeørå          1120 010    36328').encode('iso-8859-1')
    assert len(data) == 48
    record = Kommune.AccountsFile.load_from_bytes(GLib.Bytes.new(data), 'kirke.dat').get_records()[0]
    assert record.get_orgnr() == 'Kirkeørå'
    assert record.get_text() == data.decode('iso-8859-1')


def test_built_in_code(tmp_path):
    accounts = Kommune.AccountsFile.new()
    record = Kommune.AccountsRecord.new('0A', 2019, 4, '040200', None, None, '1', '120', '010', 3_632_800_000)
    accounts.add_record(record)
    accounts.add_record(Kommune.AccountsRecord.new('0B', 2019, 0, '040200', None, None, '2', '10', '450', -100_000))
    out = tmp_path / 'built.dat'
    accounts.save(str(out))
    assert out.read_bytes() == (FIRST + '\n' + '0B2019 040200                  210  450       -1\n').encode()
    assert [r.get_text() for r in Kommune.AccountsFile.load(str(out)).get_records()] == \
        [FIRST, '0B2019 040200                  210  450       -1']


def test_errors_are_glib_errors(tmp_path):
    with pytest.raises(GLib.Error) as info:
        Kommune.AccountsRecord.new('0A', 2019, 4, '040200', None, None, '1', '120', '010', 1)
    assert info.value.matches(Kommune.error_quark(), Kommune.Error.INVALID_AMOUNT)

    with pytest.raises(GLib.Error) as info:
        Kommune.AccountsFile.new().add_record(Kommune.AccountsRecord())
    assert info.value.matches(Kommune.error_quark(), Kommune.Error.INVALID_ARGUMENT)

    empty = tmp_path / 'empty.dat'
    empty.write_bytes(b'')
    with pytest.raises(GLib.Error) as info:
        Kommune.AccountsFile.load(str(empty))
    assert info.value.matches(Kommune.error_quark(), Kommune.Error.INVALID_ACCOUNTS)
    assert info.value.message == '%s: the file is empty' % str(empty)

    with pytest.raises(GLib.Error) as info:
        Kommune.AccountsFile.load_from_bytes(GLib.Bytes.new(b'0A\x002019'), 'binary.dat')
    assert info.value.message == 'binary.dat: line 1: a NUL byte at column 3: binary data, not an accounts file'

    with pytest.raises(GLib.Error) as info:
        Kommune.AccountsFile.load(str(tmp_path / 'missing.dat'))
    assert info.value.matches(GLib.file_error_quark(), GLib.FileError.NOENT)
