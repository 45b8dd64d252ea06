#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""A document as one HTML file for the council, with the KOSTRA key figures
of an accounts file beside the budget, and a number read back out of it.

Usage: report.py DOCUMENT.json OUTPUT.html [ACCOUNTS.dat] [en]
"""

import sys
import xml.etree.ElementTree as ET

import gi

gi.require_version('Kommune', '1')
from gi.repository import GLib, Kommune  # noqa: E402


def main(args):
    if len(args) not in (2, 3, 4):
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 1
    try:
        document = Kommune.Document.load(args[0])
        report = Kommune.Report.new(document)
        if len(args) == 4 and args[3] == 'en':
            report.props.language = Kommune.ReportLanguage.EN
        if len(args) >= 3:
            ledger = Kommune.Ledger.load_accounts([args[2]])
            report.set_accounts(ledger, None, 0)
        report.save(args[1])
    except GLib.Error as error:
        print(f'report: {error.message}', file=sys.stderr)
        return 1

    # Polyglot XHTML: any XML parser reads it, and every number from the
    # document carries its exact value.
    root = ET.parse(args[1]).getroot()
    values = [e.get('data-value') for e in root.iter() if e.get('data-value')]
    print(f'{args[1]}: {len(values)} numbers')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
