#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""A budget frame's distribution over KOSTRA function groups, set beside
the accounts of the same functions.

Usage: budget_beside_accounts.py DOCUMENT.json AREA YEAR ACCOUNTS.dat REGION ACCOUNTS_YEAR

For example Kragerø's 2018 frame for “Stab og støtte” beside Kongsvinger's
2019 accounts (the bundled data holds one municipality's accounts; with a
municipality's own file the two columns are its budget and its accounts):

    budget_beside_accounts.py examples/data/kragero-2018-stab-og-stotte.json \\
        stab 2018 examples/data/0A_V2019_K4_R040200_OK.dat 0402 2019

A distribution key names functions as the budget writes them: `283` is one
function, `20` every function of the 20-series, and `120/180/190` several.
"""

import sys

import gi

gi.require_version('Kommune', '1')
from gi.repository import Kommune  # noqa: E402


def functions_of(key, known):
    """The functions of the accounts a distribution key names."""
    chosen = []
    for part in key.split('/'):
        chosen += [code for code in known if code == part or (len(part) < 3 and code.startswith(part))]
    return sorted(set(chosen))


def main(args):
    if len(args) != 6:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 1
    document_path, area, year, accounts_path, region, accounts_year = args
    frame = Kommune.Document.load(document_path).get_plan().get_budget_frame(
        area, int(year), Kommune.BudgetType.OPERATING)
    distribution = frame.get_distribution('kostra-function-group')

    ledger = Kommune.Ledger.load_accounts([accounts_path])
    figures = ledger.key_figures(region, int(accounts_year))
    known = [row.get_key('function') for row in ledger.aggregate(['function'], None)]

    print(f'{"function group":58} {"budget, kr":>15} {"accounts, kr":>15}')
    for line in distribution:
        functions = functions_of(line.get_key(), known)
        accounts = figures.net_operating_expenses(functions) if functions else 0
        print(f'{line.get_key() + " " + line.get_label():58.58} '
              f'{Kommune.format_kroner(line.get_amount()):>15} {Kommune.format_kroner(accounts):>15}')
    print(f'{"frame":58} {Kommune.format_kroner(frame.get_amount()):>15}')
    assert sum(line.get_amount() for line in distribution) == frame.get_amount()
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
