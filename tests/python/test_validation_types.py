# SPDX-License-Identifier: LGPL-2.1-or-later
#
# The Python face of SSB's KOSTRA controls' results: the names an outside
# check uses, the property types PyGObject gives, and a report with no run
# behind it. Validating a file goes through the accounts file's validate().

import json

import gi

gi.require_version('Kommune', '1')
from gi.repository import GLib, Gio, Kommune  # noqa: E402


def test_severity_names():
    assert [Kommune.Severity.OK, Kommune.Severity.INFO, Kommune.Severity.WARNING,
            Kommune.Severity.ERROR, Kommune.Severity.FATAL] == [0, 1, 2, 3, 4]


def test_entry_properties_have_their_types():
    entry = Kommune.ValidationEntry()
    assert entry.props.rule_id == ''
    assert entry.props.rule_name == ''
    assert entry.props.message == ''
    assert entry.props.severity == Kommune.Severity.OK
    assert isinstance(entry.props.severity, Kommune.Severity)
    lines = entry.props.line_numbers
    assert isinstance(lines, GLib.Variant)
    assert lines.get_type_string() == 'au'
    assert lines.unpack() == []
    assert list(entry.get_line_numbers()) == []
    assert entry.get_property('rule-id') == ''


def test_a_report_without_a_run_is_an_error_as_at_ssb():
    report = Kommune.ValidationReport()
    assert report.get_severity() == Kommune.Severity.ERROR
    assert report.get_exit_code() == 2
    assert report.get_n_controls() == 0
    assert report.get_count(Kommune.Severity.ERROR) == 0
    entries = report.get_entries()
    assert isinstance(entries, Gio.ListModel)
    assert entries.get_item_type() == Kommune.ValidationEntry.__gtype__
    assert len(entries) == 0
    data = json.loads(report.to_json())
    assert list(data) == ['validationSummary', 'reportEntries']
    assert data['validationSummary']['numberOfControls'] == 0
    assert data['validationSummary']['severity'] == 2
    assert data['validationSummary']['name'] == 'Uoppgitt'
    assert data['reportEntries'] == []


def test_entries_cannot_be_changed_from_python():
    entries = Kommune.ValidationReport().get_entries()
    assert not hasattr(entries, 'append')
    assert not hasattr(entries, 'remove')
