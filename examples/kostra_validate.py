#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""SSB's controls over a KOSTRA accounts file, printed as SSB's control
program reports them: the counts per severity, then each finding, with the
exit code SSB's program would give: 0 (OK, INFO), 1 (WARNING), 2 (ERROR,
FATAL).

Usage: kostra_validate.py FILE SKJEMA YEAR QUARTER REGION [ORGNR]
"""

import sys

import gi

gi.require_version('Kommune', '1')
from gi.repository import GLib, Kommune  # noqa: E402

S = Kommune.Severity


def print_report(report):
    print(f'Skjema {report.get_skjema()}, årgang {report.get_year()}, region {report.get_region()}')
    print(f'Antall kontroller: {report.get_n_controls()}')
    print(f'Fatal: {report.get_count(S.FATAL)}  Feil: {report.get_count(S.ERROR)}  '
          f'Advarsel: {report.get_count(S.WARNING)}  Info: {report.get_count(S.INFO)}')
    print(f'Resultat: {report.get_severity().value_nick.upper()} (exit code {report.get_exit_code()})')
    print()
    for entry in report.get_entries():
        print(f'{entry.props.severity.value_nick.upper():<8} {entry.props.rule_name}')
        print(f'         {entry.props.message}')
        lines = entry.get_line_numbers()
        if lines:
            print('         linje ' + ', '.join(str(line) for line in lines))


def main(args):
    if len(args) not in (5, 6) or args[3] not in ('0', '1', '2', '3', '4'):
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 1
    path, skjema, year, quarter, region = args[:5]
    orgnr = args[5] if len(args) == 6 else None
    try:
        accounts = Kommune.AccountsFile.load(path)
        report = accounts.validate(skjema, year, int(quarter), region, orgnr)
    except GLib.Error as error:
        print(f'kostra_validate: {error.message}', file=sys.stderr)
        return 1
    print(f'Kontrollrapport for {path}: {accounts.get_n_records()} poster')
    print_report(report)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
