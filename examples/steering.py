#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Financial rules, workforce figures and strategies: Kragerø's two rules
for the disposition fund and the net operating result checked against
Drammen's accounts for 2023, Drammen's workforce figures, two units'
figures added up, and Drammen's competence strategy."""

import os

import gi

gi.require_version('Kommune', '1')
from gi.repository import Kommune  # noqa: E402

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'data')


def load(name):
    return Kommune.Document.load(os.path.join(DATA, name))


# Financial rules: 1,75 % net operating result until the fund reaches 5 %.
F = Kommune.FinancialFigure
fund_rule = Kommune.FinancialRule.new('Disposisjonsfondet er minst 5 % av brutto driftsinntekter',
                                      F.DISPOSITION_FUND_CLOSING, F.GROSS_OPERATING_REVENUE,
                                      Kommune.Comparison.GREATER_OR_EQUAL, '5')
result_rule = Kommune.FinancialRule.new('Netto driftsresultat er minst 1,75 % av brutto driftsinntekter',
                                        F.NET_OPERATING_RESULT, F.GROSS_OPERATING_REVENUE,
                                        Kommune.Comparison.GREATER_OR_EQUAL, '1,75')
result_rule.set_until(fund_rule)

accounts = load('drammen-2023-arsevaluering.json').get_annual_evaluations()[0].dup_financial_figures()
for rule in (fund_rule, result_rule):
    status, margin, ratio = rule.evaluate(accounts)
    print(f'{rule.get_name()}: {Kommune.rule_status_to_string(status)}, {ratio} %, '
          f'margin {Kommune.format_kroner(margin)}')

lean_year = Kommune.FinancialFigures.new(2024)
lean_year.set(F.GROSS_OPERATING_REVENUE, Kommune.kroner('8 900 mill.'))
lean_year.set(F.NET_OPERATING_RESULT, Kommune.kroner('89 mill.'))
lean_year.set(F.DISPOSITION_FUND_CLOSING, Kommune.kroner('400 mill.'))
status, margin, ratio = result_rule.evaluate(lean_year)
print(f'2024: {Kommune.rule_status_to_string(status)}, {ratio} %, short by {Kommune.format_kroner(-margin)}')

# Workforce figures: exact decimals, changes and sums.
W = Kommune.WorkforceFigure
workforce = load('drammen-2023-arsevaluering.json').get_workforce_figures()
before, after = workforce[2], workforce[3]
print(f'employees {Kommune.decimal_to_string(after.get(W.EMPLOYEES))}, '
      f'{before.change(after, W.EMPLOYEES, 1)} % more than in {before.get_period()}; '
      f'sick leave {after.dup_sick_leave().format()} %')

school = Kommune.WorkforceFigures.new('Oppvekst', '2023')
care = Kommune.WorkforceFigures.new('Helse og omsorg', '2023')
for unit, employees, absence, agreed in ((school, '812', '9480', '151200'),
                                         (care, '1204', '21950', '220100')):
    unit.set_text(W.EMPLOYEES, employees)
    unit.set_text(W.ABSENCE_DAYS, absence)
    unit.set_text(W.AGREED_DAYS, agreed)
both = Kommune.WorkforceFigures.sum(None, '2023', [school, care])
print(f'both units: {Kommune.decimal_to_string(both.get(W.EMPLOYEES))} employees, '
      f'sick leave {both.dup_sick_leave().format()} %')

# Strategies: focus areas are goals whose children are the strategic goals.
strategy = load('drammen-2021-kompetansestrategi.json').get_strategies()[0]
print(f'{strategy.get_name()} {strategy.get_first_year()}–{strategy.get_last_year()}: '
      f'{strategy.count_goals()} goals')
for focus_area in strategy.get_focus_areas():
    print(f'  {focus_area.get_id()} {focus_area.get_text()}: {len(focus_area.get_children())} goals')

digital = Kommune.Strategy.new('Digitaliseringsstrategi', 2025, 2028)
focus = Kommune.Goal.new('d1', 'Digitale tjenester', Kommune.GoalLevel.STRATEGIC)
focus.add_child(Kommune.Goal.new('d1.1', 'Innbyggerne møter kommunen digitalt først',
                                 Kommune.GoalLevel.STRATEGIC))
digital.add_focus_area(focus)
print(repr(digital))
