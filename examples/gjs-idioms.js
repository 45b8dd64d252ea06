#!/usr/bin/gjs -m
// SPDX-License-Identifier: LGPL-2.1-or-later
// What bindings/gjs/kommune.js adds: for…of over every list, toString(),
// records, calendar days.

import Kommune, {day, formatKroner} from '../bindings/gjs/kommune.js';

const area = Kommune.ProgrammeArea.new('07', 'Sentraladministrasjonen');
const frame = Kommune.BudgetFrame.new(area, 2024, Kommune.amount_parse('12 mill.'));
const byFunction = frame.add_distribution('kostra-function');
byFunction.add('120', 'Administrasjon', Kommune.amount_parse('11 250 000'));
byFunction.add('180', 'Diverse fellesutgifter', Kommune.amount_parse('750 000'));

for (const line of byFunction)
    print(`${line}`);   // <Kommune.DistributionLine '120' 'Administrasjon' 11 250 000 kr> …
print(`${frame}`);      // <Kommune.BudgetFrame '07' 2024 operating 12 000 000 kr distributions=1>

const plan = Kommune.EconomicPlan.new(2024);
plan.add_area(area);
plan.add_budget_frame(frame);
plan.add_adjustment(Kommune.Adjustment.new('2024-t1-07', day(2024, 6, 19), 'sak 50/24',
    Kommune.DocumentKind.TERTIAL_1, '07', Kommune.BudgetType.OPERATING, 2024,
    Kommune.amount_parse('750 000'), 'Valg'));
for (const record of plan.toRecords())
    print(record.area, record.year, record.budget_type, formatKroner(record.revised));   // 07 2024 operating 12 750 000 kr
for (const adjustment of plan.get_adjustments())
    print(`${adjustment}`);
