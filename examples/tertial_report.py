#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Drammen's first tertial report 2017 for programme area 07: what it
proposes, and the frame before and after its adoption. Run it from the
source root (or from the build directory, which has a copy of
examples/data/)."""

import datetime

import gi
gi.require_version('Kommune', '1')
from gi.repository import Kommune

document = Kommune.Document.load('examples/data/drammen-2017-t1-programomrade-07.json')
report = document.find_tertial_report(2017, Kommune.DocumentKind.TERTIAL_1)
report.get_proposed_total('07', Kommune.BudgetType.OPERATING)    # 940000000 øre
report.get_proposed_total('07', Kommune.BudgetType.INVESTMENT)   # 100000000 øre

assert report.get_proposed_total('07', Kommune.BudgetType.OPERATING) == 940000000
assert report.get_proposed_total('07', Kommune.BudgetType.INVESTMENT) == 100000000
plan = document.props.plan
before = plan.get_frame_amount('07', 2017, Kommune.BudgetType.OPERATING, datetime.date(2017, 6, 29))
after = plan.get_frame_amount('07', 2017, Kommune.BudgetType.OPERATING, Kommune.to_date(report.get_adopted()))
print(repr(report))
print('07 operating 2017:', Kommune.format_kroner(before), '→', Kommune.format_kroner(after))
assert after - before == 940000000
