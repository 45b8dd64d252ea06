#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""The first lines of the overview, as a program."""

import gi
gi.require_version('Kommune', '1')
from gi.repository import Kommune

assert Kommune.amount_parse('9,4 mill') == 940000000
assert Kommune.amount_allocate(10000000, [1, 1, 1]) == [3333334, 3333333, 3333333]
print(Kommune.format_kroner(Kommune.amount_parse('9,4 mill')))
