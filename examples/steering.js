#!/usr/bin/gjs -m
// SPDX-License-Identifier: LGPL-2.1-or-later
// Financial rules, workforce figures and strategies: Kragerø's two rules
// for the disposition fund and the net operating result checked against
// Drammen's accounts for 2023, Drammen's workforce figures, two units'
// figures added up, and Drammen's competence strategy.

import GLib from 'gi://GLib';

import Kommune, {formatKroner} from '../bindings/gjs/kommune.js';

const DATA = GLib.build_filenamev([GLib.path_get_dirname(GLib.filename_from_uri(import.meta.url)[0]), 'data']);
const load = name => Kommune.Document.load(GLib.build_filenamev([DATA, name]));

// Financial rules: 1,75 % net operating result until the fund reaches 5 %.
const F = Kommune.FinancialFigure;
const fundRule = Kommune.FinancialRule.new('Disposisjonsfondet er minst 5 % av brutto driftsinntekter',
    F.DISPOSITION_FUND_CLOSING, F.GROSS_OPERATING_REVENUE, Kommune.Comparison.GREATER_OR_EQUAL, '5');
const resultRule = Kommune.FinancialRule.new('Netto driftsresultat er minst 1,75 % av brutto driftsinntekter',
    F.NET_OPERATING_RESULT, F.GROSS_OPERATING_REVENUE, Kommune.Comparison.GREATER_OR_EQUAL, '1,75');
resultRule.set_until(fundRule);

const evaluation = load('drammen-2023-arsevaluering.json');
const accounts = evaluation.get_annual_evaluations().get_item(0).dup_financial_figures();
for (const rule of [fundRule, resultRule]) {
    const [status, margin, ratio] = rule.evaluate(accounts);
    print(`${rule.get_name()}: ${Kommune.rule_status_to_string(status)}, ${ratio} %, margin ${formatKroner(margin)}`);
}

const leanYear = Kommune.FinancialFigures.new(2024);
leanYear.set(F.GROSS_OPERATING_REVENUE, Kommune.amount_parse('8 900 mill.'));
leanYear.set(F.NET_OPERATING_RESULT, Kommune.amount_parse('89 mill.'));
leanYear.set(F.DISPOSITION_FUND_CLOSING, Kommune.amount_parse('400 mill.'));
const [status, margin, ratio] = resultRule.evaluate(leanYear);
print(`2024: ${Kommune.rule_status_to_string(status)}, ${ratio} %, short by ${formatKroner(-margin)}`);

// Workforce figures: exact decimals, changes and sums.
const W = Kommune.WorkforceFigure;
const [before, after] = [...evaluation.get_workforce_figures()].slice(2, 4);
print(`employees ${Kommune.decimal_to_string(after.get(W.EMPLOYEES))}, ` +
      `${before.change(after, W.EMPLOYEES, 1)} % more than in ${before.get_period()}; ` +
      `sick leave ${after.dup_sick_leave().format()} %`);

const school = Kommune.WorkforceFigures.new('Oppvekst', '2023');
const care = Kommune.WorkforceFigures.new('Helse og omsorg', '2023');
for (const [unit, employees, absence, agreed] of [[school, '812', '9480', '151200'],
    [care, '1204', '21950', '220100']]) {
    unit.set_text(W.EMPLOYEES, employees);
    unit.set_text(W.ABSENCE_DAYS, absence);
    unit.set_text(W.AGREED_DAYS, agreed);
}
const both = Kommune.WorkforceFigures.sum(null, '2023', [school, care]);
print(`both units: ${Kommune.decimal_to_string(both.get(W.EMPLOYEES))} employees, ` +
      `sick leave ${both.dup_sick_leave().format()} %`);

// Strategies: focus areas are goals whose children are the strategic goals.
const strategy = load('drammen-2021-kompetansestrategi.json').get_strategies().get_item(0);
print(`${strategy.get_name()} ${strategy.get_first_year()}–${strategy.get_last_year()}: ` +
      `${strategy.count_goals()} goals`);
for (const focusArea of strategy.get_focus_areas())
    print(`  ${focusArea.get_id()} ${focusArea.get_text()}: ${focusArea.get_children().get_n_items()} goals`);

const digital = Kommune.Strategy.new('Digitaliseringsstrategi', 2025, 2028);
const focus = Kommune.Goal.new('d1', 'Digitale tjenester', Kommune.GoalLevel.STRATEGIC);
focus.add_child(Kommune.Goal.new('d1.1', 'Innbyggerne møter kommunen digitalt først', Kommune.GoalLevel.STRATEGIC));
digital.add_focus_area(focus);
print(`${digital}`);
