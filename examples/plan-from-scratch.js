#!/usr/bin/gjs -m
// SPDX-License-Identifier: LGPL-2.1-or-later
// A four-year economic plan built from scratch: frames as adopted, a dated
// transfer between two programme areas, and a first tertial report whose
// proposal the council adopts. The municipality and its figures are made up.

import Kommune, {day, formatKroner} from '../bindings/gjs/kommune.js';

const OPERATING = Kommune.BudgetType.OPERATING;

// The organisation and the plan as the council adopts it in December.
const municipality = Kommune.Municipality.new('3999', 'Eksempelby');
const school = Kommune.ProgrammeArea.new('01', 'Oppvekst og kultur');
const care = Kommune.ProgrammeArea.new('02', 'Helse og omsorg');
const plan = Kommune.EconomicPlan.new(2025);
for (const area of [school, care]) {
    municipality.add_area(area);
    plan.add_area(area);
}
plan.set_frame_amount(school, 2025, OPERATING, Kommune.amount_parse('412 500 000'));
plan.set_frame_amount(care, 2025, OPERATING, Kommune.amount_parse('538 250 000'));

// In March the council moves 1,2 mill. kr from care to school.
plan.add_adjustment(Kommune.Adjustment.new_transfer(
    '2025-sak-21', day(2025, 3, 12), 'sak 21/25', Kommune.DocumentKind.ECONOMIC_PLAN,
    '02', '01', OPERATING, 2025, Kommune.amount_parse('1,2 mill.'), 'Flere elever i grunnskolen'));

// The first tertial report forecasts an overspend in care and proposes
// 4,5 mill. kr more; the council adopts it on 18 June.
const report = Kommune.TertialReport.new(2025, Kommune.DocumentKind.TERTIAL_1);
const careReport = Kommune.AreaReport.new('02');
careReport.set_forecast(Kommune.amount_parse('541 500 000'));
report.add_area_report(careReport);
report.add_proposal(Kommune.Adjustment.new(
    '2025-t1-02', day(2025, 6, 18), 'sak 64/25', Kommune.DocumentKind.TERTIAL_1,
    '02', OPERATING, 2025, Kommune.amount_parse('4,5 mill.'), 'Økt behov for hjemmetjenester'));
print('deviation in care:', formatKroner(report.get_deviation('02', plan)));
report.adopt(plan, day(2025, 6, 18));

// Every state of a frame comes from the log.
for (const record of plan.toRecords())
    print(record.area, record.year, record.budget_type, formatKroner(record.original), '→', formatKroner(record.revised));
print('care on 1 May:', formatKroner(plan.get_frame_amount('02', 2025, OPERATING, day(2025, 5, 1))));
for (const adjustment of plan.get_adjustments())
    print(`${adjustment}`);
if (plan.get_total(2025, OPERATING, null) !== Kommune.amount_parse('955 250 000'))
    throw new Error('the plan does not add up');
