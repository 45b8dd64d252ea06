#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""What the Python override adds: exact kroner, floats refused, dates,
readable reprs and enums, records for pandas."""

import datetime
from decimal import Decimal

import gi
gi.require_version('Kommune', '1')
from gi.repository import Kommune

area = Kommune.ProgrammeArea.new('07', 'Sentraladministrasjonen')

# Kroner, exactly: text, a Decimal or whole kroner; never a float.
assert Kommune.kroner('1 234,50') == 123450
assert Kommune.kroner(Decimal('1234.50')) == 123450
assert Kommune.kroner(1234) == 123400
try:
    Kommune.BudgetFrame.new(area, 2024, 1234.56)
except TypeError as e:
    print(e)   # … argument 'amount' (gint64) must be an int, not float (1234.56); …
frame = Kommune.BudgetFrame.new(area, 2024, Kommune.kroner('1 234,56'))
print(repr(frame))   # <Kommune.BudgetFrame '07' 2024 operating 1 234,56 kr distributions=0>

# Dates: a datetime.date wherever the API takes a GLib.DateTime.
plan = Kommune.EconomicPlan.new(2024)
plan.add_area(area)
plan.set_frame_amount(area, 2024, Kommune.BudgetType.OPERATING, Kommune.kroner('12 mill.'))
adjustment = Kommune.Adjustment.new(
    '2024-t1-07', datetime.date(2024, 6, 19), 'sak 50/24', Kommune.DocumentKind.TERTIAL_1,
    '07', Kommune.BudgetType.OPERATING, 2024, Kommune.kroner('750 000'), 'Valg')
plan.add_adjustment(adjustment)
assert plan.get_frame_amount('07', 2024, Kommune.BudgetType.OPERATING, datetime.date(2024, 6, 18)) == 1200000000
assert Kommune.to_date(adjustment.get_date()) == datetime.date(2024, 6, 19)
print(adjustment.get_budget_type())   # OPERATING

# Records: plain dicts, one per frame, ready for pandas.DataFrame(records).
records = plan.to_records()
assert records == [{'area': '07', 'year': 2024, 'budget_type': 'operating',
                    'original': 1200000000, 'revised': 1275000000, 'change': 75000000}]
try:
    import pandas
except ImportError:
    pandas = None
if pandas is not None:
    table = pandas.DataFrame(records)
    print(table[['area', 'year', 'revised']])
