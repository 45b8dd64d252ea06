#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""A KOSTRA accounts file read record by record, and one built in code.

Run in examples/data (meson test does): it reads SSB's sample file
0A_V2019_K4_R040200_OK.dat there and writes built.dat beside it.
"""

import gi

gi.require_version('Kommune', '1')
from gi.repository import Kommune  # noqa: E402

accounts = Kommune.AccountsFile.load('0A_V2019_K4_R040200_OK.dat')
print(accounts)        # <Kommune.AccountsFile '0A_V2019_K4_R040200_OK.dat' records=1644 lines=1644>
records = accounts.get_records()
first = records[0]
print(first.get_function(), first.get_art(), first.get_amount())   # 120 010 3632800000
drift = sum(r.get_amount() for r in records if r.get_account_class() == '1')

built = Kommune.AccountsFile.new()
built.add_record(Kommune.AccountsRecord.new('0A', 2019, 4, '040200', None, None,
                                            '1', '120', '010', 3_632_800_000))
built.save('built.dat')

assert len(records) == 1644
assert (first.get_function(), first.get_art(), first.get_amount()) == ('120', '010', 3632800000)
with open('built.dat', 'rb') as f:
    assert f.read() == b'0A20194040200                  1120 010    36328\n'
print(f'{len(records)} records, drift {drift} øre')
