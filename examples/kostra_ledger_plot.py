#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""A municipality's accounts in pandas, and one chart of them.

Usage: kostra_ledger_plot.py ACCOUNTS.dat OUTPUT.png

Loads an SSB accounts file into a Kommune.Ledger, sums the operating
accounts (account class 1, the kasse's operating lines) by function with
the library's aggregation, takes the result into pandas through the bulk
column API (LedgerTable.to_pandas(): whole columns, no call per row) and
draws the ten functions with the largest net expenses as a bar chart.

For example, Kongsvinger's (0402) 2019 accounts:

    kostra_ledger_plot.py examples/data/0A_V2019_K4_R040200_OK.dat functions.png

Needs pandas and matplotlib (Debian: python3-pandas, python3-matplotlib);
without them it says so and exits with 77, which the test suite counts as
skipped.
"""

import sys

import gi

gi.require_version('Kommune', '1')
from gi.repository import Kommune  # noqa: E402

SKIPPED = 77


def main(args):
    if len(args) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    accounts_path, output_path = args
    try:
        import matplotlib
        matplotlib.use('Agg')  # draws to a file, needs no display
        import matplotlib.pyplot as pyplot
        import pandas  # noqa: F401  (to_pandas() imports it too)
    except ImportError as error:
        print(f'kostra_ledger_plot: skipped, {error.name} is not installed', file=sys.stderr)
        return SKIPPED

    ledger = Kommune.Ledger.load_accounts([accounts_path])
    operating = Kommune.LedgerFilter.new()
    operating.set_account_classes(['1'])
    table = ledger.aggregate(['function'], operating)
    frame = table.to_pandas()
    # The columns carry every row's exact amount: pandas' sum is the table's.
    assert int(frame['amount'].sum()) == table.get_total()

    # Amounts are exact integers in øre; kroner only for the drawing.
    top = frame.nlargest(10, 'amount').sort_values('amount')
    print(f'{len(frame)} functions, the total {Kommune.format_kroner(int(frame["amount"].sum()))}')
    for function, amount in zip(top['function'][::-1], top['amount'][::-1]):
        print(f'  {function} {Kommune.format_kroner(int(amount)):>15}')

    figure, axes = pyplot.subplots(figsize=(8, 4.5))
    axes.barh(top['function'], top['amount'] / 100 / 1e6, color='#0072B2')
    axes.set_title('Net operating expenses by KOSTRA function, ten largest')
    axes.set_xlabel('mill. kr')
    axes.set_ylabel('KOSTRA function')
    figure.tight_layout()
    figure.savefig(output_path, dpi=100)
    print(f'wrote {output_path}')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
