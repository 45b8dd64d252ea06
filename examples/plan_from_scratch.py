#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""A four-year economic plan built from scratch: frames as adopted, a dated
transfer between two programme areas, and a first tertial report whose
proposal the council adopts. The municipality and its figures are made up."""

import datetime

import gi

gi.require_version('Kommune', '1')
from gi.repository import GLib, Kommune  # noqa: E402

OPERATING = Kommune.BudgetType.OPERATING

# The organisation and the plan as the council adopts it in December.
municipality = Kommune.Municipality.new('3999', 'Eksempelby')
school = Kommune.ProgrammeArea.new('01', 'Oppvekst og kultur')
care = Kommune.ProgrammeArea.new('02', 'Helse og omsorg')
plan = Kommune.EconomicPlan.new(2025)
for area in (school, care):
    municipality.add_area(area)
    plan.add_area(area)
plan.set_frame_amount(school, 2025, OPERATING, Kommune.kroner('412 500 000'))
plan.set_frame_amount(care, 2025, OPERATING, Kommune.kroner('538 250 000'))

# In March the council moves 1,2 mill. kr from care to school.
plan.add_adjustment(Kommune.Adjustment.new_transfer(
    '2025-sak-21', datetime.date(2025, 3, 12), 'sak 21/25', Kommune.DocumentKind.ECONOMIC_PLAN,
    '02', '01', OPERATING, 2025, Kommune.kroner('1,2 mill.'), 'Flere elever i grunnskolen'))

# The first tertial report forecasts an overspend in care and proposes
# 4,5 mill. kr more; the council adopts it on 18 June.
report = Kommune.TertialReport.new(2025, Kommune.DocumentKind.TERTIAL_1)
care_report = Kommune.AreaReport.new('02')
care_report.set_forecast(Kommune.kroner('541 500 000'))
report.add_area_report(care_report)
report.add_proposal(Kommune.Adjustment.new(
    '2025-t1-02', datetime.date(2025, 6, 18), 'sak 64/25', Kommune.DocumentKind.TERTIAL_1,
    '02', OPERATING, 2025, Kommune.kroner('4,5 mill.'), 'Økt behov for hjemmetjenester'))
print('deviation in care:', Kommune.format_kroner(report.get_deviation('02', plan)))
try:
    report.adopt(plan, datetime.date(2025, 6, 18))
except GLib.Error as e:
    raise SystemExit(e.message)

# Every state of a frame comes from the log.
for record in plan.to_records():
    print(record['area'], record['year'], record['budget_type'],
          Kommune.format_kroner(record['original']), '→', Kommune.format_kroner(record['revised']))
print('care on 1 May:', Kommune.format_kroner(plan.get_frame_amount('02', 2025, OPERATING, datetime.date(2025, 5, 1))))
print('adopted on', Kommune.to_date(report.get_adopted()))
assert plan.get_total(2025, OPERATING, None) == Kommune.kroner('955 250 000')
