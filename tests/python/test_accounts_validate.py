# SPDX-License-Identifier: LGPL-2.1-or-later
#
# SSB's controls from Python, through the names of the accounts issue:
# Kommune.AccountsFile.load(), validate() and the report. The expected
# figures are recomputed here from the file's own text by the rules of
# SSB's control program, not taken from the library.

import json
import os

import gi
import pytest

gi.require_version('Kommune', '1')
from gi.repository import GLib, Kommune  # noqa: E402

REAL = os.path.join(os.path.dirname(__file__), '..', 'data', 'kostra', '0A_V2019_K4_R040200_OK.dat')
S = Kommune.Severity


def records_of(path):
    with open(path, 'rb') as f:
        lines = [line.decode('latin-1') for line in f.read().split(b'\n') if line]
    return [line for line in lines if line[39:48].strip() != '0']


def drift_sums():
    drift = [r for r in records_of(REAL) if r[31] == '1']
    expenses = sum(int(r[39:48]) for r in drift if 10 <= int(r[36:39]) <= 599)
    revenues = sum(int(r[39:48]) for r in drift if not 10 <= int(r[36:39]) <= 599)
    return expenses, revenues


def test_quarterly_run_of_the_real_file():
    accounts = Kommune.AccountsFile.load(REAL)
    assert accounts.get_n_records() == 1644
    report = accounts.validate('0AK4', '2019', 4, '040200', None)
    kept = len(records_of(REAL))
    assert kept == 1581
    assert report.get_n_controls() == 1644 + kept * 33
    assert report.get_severity() == S.ERROR
    assert report.get_exit_code() == 2
    entries = list(report.get_entries())
    assert len(entries) == len(report.get_entries()) == 58
    assert [report.get_count(s) for s in (S.FATAL, S.ERROR, S.WARNING, S.INFO)] == [0, 1, 52, 5]
    # Function 254 is expired but accepted in a quarterly file, once per record.
    expired = [e for e in entries if e.props.rule_name == 'Kontroll 010 : Utgått funksjon']
    lines_254 = [i + 1 for i, line in enumerate(open(REAL, 'rb').read().split(b'\n'))
                 if line[32:36] == b'254 ' and line[39:48].strip() != b'0']
    assert [list(e.props.line_numbers) for e in expired] == [[n] for n in lines_254]
    assert all(e.props.severity == S.WARNING and isinstance(e.props.severity, Kommune.Severity)
               for e in expired)
    assert expired[0].props.message == "Fant utgått funksjon '254 ', men godtas midlertidig."
    assert expired[0].props.rule_id == '010'


def test_annual_run_of_the_real_file():
    accounts = Kommune.AccountsFile.load(REAL)
    report = accounts.validate('0A', 2019, 0, '040200', None)   # the year as an int too
    assert report.get_n_controls() == 1644 + 1581 * 52
    entries = list(report.get_entries())
    ids = [e.props.rule_id for e in entries]
    assert ids.count('005') == 1581
    expenses, revenues = drift_sums()
    rule_110 = entries[ids.index('110')]
    assert rule_110.props.message == (
        f"Korrigér differansen ({expenses + revenues}) mellom inntekter ({revenues}) og utgifter "
        f"({expenses}) i driftsregnskapet (margin på +/- 30')")
    assert rule_110.get_line_numbers() == []
    assert report.get_severity() == S.ERROR


def test_json_report_follows_ssb():
    report = Kommune.AccountsFile.load(REAL).validate('0AK4', '2019', 4, '040200', None)
    data = json.loads(report.to_json())
    summary = data['validationSummary']
    assert (summary['scheme'], summary['year'], summary['region']) == ('0AK4', '2019', '040200')
    assert summary['numberOfControls'] == report.get_n_controls()
    assert summary['severity'] == report.get_exit_code()
    assert (summary['numFatal'], summary['numErrors'], summary['numWarnings'], summary['numInfo']) == (0, 1, 52, 5)
    assert len(data['reportEntries']) == 58
    first = data['reportEntries'][0]
    assert first['severity'] == 'INFO'
    assert first['ruleName'].startswith('Kontroll 045 : ')
    assert first['lineNumbers'] == [1537]


def test_fatal_line_stops_everything():
    blank = b' ' * 48
    accounts = Kommune.AccountsFile.load_from_bytes(GLib.Bytes.new(blank + b'\n' + b' ' * 58), 'two.dat')
    report = accounts.validate('0A', '2024', 0, '123400', None)
    assert report.get_severity() == S.FATAL
    # SSB counts the line rules once, not once a line, when they stop the run.
    assert report.get_n_controls() == 1
    [entry] = list(report.get_entries())
    assert (entry.props.rule_id, list(entry.props.line_numbers)) == ('001', [2])


def test_misuse_is_refused():
    accounts = Kommune.AccountsFile.load(REAL)
    with pytest.raises(GLib.Error) as info:
        accounts.validate('0A', '2019', 5, '040200', None)
    assert info.value.matches(Kommune.error_quark(), Kommune.Error.INVALID_ARGUMENT)
    with pytest.raises(GLib.Error):
        accounts.validate('  ', '2019', 0, '040200', None)
    with pytest.raises(TypeError):
        accounts.validate('0A', 2019.0, 0, '040200', None)
    with pytest.raises(TypeError):
        accounts.validate('0A', '2019', 0.5, '040200', None)
    with pytest.raises(ValueError):
        accounts.validate('0A', 20190, 0, '040200', None)
    # An unknown form is a finding, not an error, as in SSB's program.
    report = accounts.validate('0Z', '2019', 0, '040200', None)
    assert report.get_severity() == S.FATAL and report.get_exit_code() == 2
    assert report.get_n_controls() == 1


def test_empty_file_built_in_code_has_no_controls():
    report = Kommune.AccountsFile.new().validate('0A', '2019', 0, '040200', None)
    assert report.get_n_controls() == 0
    # SSB's rule: a run without controls is an error.
    assert report.get_severity() == S.ERROR
    assert len(report.get_entries()) == 0


def test_files_and_reports_are_sequences():
    accounts = Kommune.AccountsFile.load(REAL)
    assert len(accounts) == 1644
    assert sum(1 for _ in accounts) == 1644
    assert next(iter(accounts)).get_line() == 1
    report = accounts.validate('0AK4', '2019', 4, '040200', None)
    assert len(report) == 58
    assert [e.props.rule_id for e in report][:6] == ['045'] * 5 + ['010']


def test_report_as_text():
    report = Kommune.AccountsFile.load(REAL).validate('0AK4', '2019', 4, '040200', None)
    text = report.format()
    lines = text.split('\n')
    assert lines[:4] == ['Skjema 0AK4, årgang 2019, region 040200',
                         'Antall kontroller: 53817',
                         'Fatal: 0  Feil: 1  Advarsel: 52  Info: 5',
                         'Resultat: ERROR (exit code 2)']
    # Then each entry as severity and rule, message, and its lines.
    expected = []
    for entry in report:
        expected.append('{:<8} {}'.format(entry.props.severity.value_nick.upper(), entry.props.rule_name))
        expected.append('         ' + entry.props.message)
        numbers = entry.get_line_numbers()
        if numbers:
            expected.append('         linje ' + ', '.join(str(n) for n in numbers))
    assert lines[4:] == expected + ['']
    # A bare report formats too, with no entries.
    assert Kommune.ValidationReport().format().count('\n') == 4
