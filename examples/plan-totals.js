#!/usr/bin/gjs -m
// SPDX-License-Identifier: LGPL-2.1-or-later
// The plan's frames per area and year, as adopted and as revised, with
// totals, for each document given on the command line.

import Kommune from 'gi://Kommune?version=1';
import System from 'system';

const kroner = oere => Kommune.amount_format(oere, Kommune.AmountScale.KRONER, 0);

function printPlan(document) {
    const municipality = document.municipality;
    print(`${municipality.name} kommune (${municipality.number})`);
    const plan = document.plan;
    if (plan === null) {
        print('  no economic plan in this document\n');
        return;
    }
    print(`  Economic plan ${plan.first_year}–${plan.last_year}, ` +
          `${plan.get_adjustments().get_n_items()} adjustments in the log`);
    print(`  ${'area'.padEnd(6)} ${'year'.padEnd(6)} ${'budget'.padEnd(11)} ${'adopted'.padStart(16)} ` +
          `${'revised'.padStart(16)} ${'change'.padStart(16)}`);
    const areas = plan.get_areas();
    for (let year = plan.first_year; year <= plan.last_year; year++) {
        for (const budget of [Kommune.BudgetType.OPERATING, Kommune.BudgetType.INVESTMENT]) {
            const name = Kommune.budget_type_to_string(budget);
            for (let i = 0; i < areas.get_n_items(); i++) {
                const code = areas.get_item(i).code;
                const adopted = plan.get_original_frame_amount(code, year, budget);
                const revised = plan.get_frame_amount(code, year, budget, null);
                if (adopted === 0 && revised === 0)
                    continue;
                print(`  ${code.padEnd(6)} ${String(year).padEnd(6)} ${name.padEnd(11)} ` +
                      `${kroner(adopted).padStart(16)} ${kroner(revised).padStart(16)} ` +
                      `${kroner(revised - adopted).padStart(16)}`);
            }
            const total = plan.get_total(year, budget, null);
            if (total !== 0) {
                print(`  ${'total'.padEnd(6)} ${String(year).padEnd(6)} ${name.padEnd(11)} ` +
                      `${''.padStart(16)} ${kroner(total).padStart(16)}`);
            }
        }
    }
    print('');
}

if (ARGV.length === 0) {
    printerr('usage: plan-totals.js DOCUMENT.json...');
    System.exit(1);
}
for (const path of ARGV) {
    try {
        printPlan(Kommune.Document.load(path));
    } catch (e) {
        printerr(`plan-totals: ${e.message}`);
        System.exit(1);
    }
}
