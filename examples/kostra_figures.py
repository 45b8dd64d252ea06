#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""SSB's key figures of Kongsvinger's 2019 accounts.

Usage: kostra_figures.py 0A_V2019_K4_R040200_OK.dat
"""

import sys

import gi

gi.require_version('Kommune', '1')
from gi.repository import Kommune  # noqa: E402

ledger = Kommune.Ledger.load_accounts([sys.argv[1]])

figures = ledger.key_figures('0402', 2019)
for name in ('gross-operating-revenue', 'gross-operating-expenses', 'gross-operating-result',
             'net-financial-result', 'net-operating-result'):
    print(f'{name:40} {figures.get_property(name) // 100000:12}')   # 1000 kr
print(f'{"  in % of gross operating revenue":40} '
      f'{Kommune.decimal_format(figures.props.net_operating_result_percent, 1):>12}')
print(f'{"net operating expenses, function 202":40} '
      f'{figures.net_operating_expenses(["202"]) // 100000:12}')
print(f'{"net operating expenses, barnehage":40} '
      f'{figures.net_operating_expenses("barnehage") // 100000:12}')

by_function = ledger.aggregate(['function'], None)
print(by_function)

assert figures.props.gross_operating_revenue == 143798900000
assert figures.props.net_operating_result == -3358500000
