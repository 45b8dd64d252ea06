#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""The traffic lights of a document's goals, with the gaps and overlaps of
every indicator's bands.

Usage: scorecard.py DOCUMENT.json [PERIOD]
"""

import sys

import gi

gi.require_version('Kommune', '1')
from gi.repository import GLib, Kommune  # noqa: E402


def band_findings(goal):
    for indicator in goal.get_indicators():
        for finding in indicator.check_bands():
            yield f'{indicator.props.name}: {finding}'
    for child in goal.get_children():
        yield from band_findings(child)


def main(args):
    if len(args) not in (1, 2):
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 1
    try:
        document = Kommune.Document.load(args[0])
    except GLib.Error as error:
        print(f'scorecard: {error.message}', file=sys.stderr)
        return 1
    if len(document.get_goals()) == 0:
        print(f'scorecard: {args[0]} has no goals', file=sys.stderr)
        return 1
    for root in document.get_goals():
        scorecard = Kommune.Scorecard.new(root, args[1] if len(args) == 2 else None)
        print(scorecard.format())
        print('Bands as written:')
        for finding in band_findings(root):
            print(f'  {finding}')
        print()
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
