# SPDX-License-Identifier: LGPL-2.1-or-later
"""Goals, indicators and traffic lights, financial rules, workforce figures and
the competence strategy, as Python sees them."""

import os

import pytest
from gi.repository import GLib, Kommune

DATA = os.path.join(os.path.dirname(__file__), '..', 'data')
S = Kommune.Status


def load(name):
    return Kommune.Document.load(os.path.join(DATA, name))


@pytest.fixture
def introduction():
    indicator = Kommune.Indicator.new('I arbeid eller utdanning etter introduksjonsprogram',
                                      Kommune.IndicatorUnit.PERCENT, Kommune.Direction.HIGHER_IS_BETTER)
    indicator.set_band(S.DESIRED, '55', False, None, False)
    indicator.set_band(S.ACCEPTABLE, '50', True, '54', True)
    indicator.set_band(S.NOT_APPROVED, None, False, '50', False)
    return indicator


def test_issue_example(introduction):
    assert introduction.evaluate(61) == S.DESIRED
    assert introduction.evaluate(55) == S.OUTSIDE_BANDS
    assert introduction.evaluate(54.5) == S.OUTSIDE_BANDS
    assert introduction.evaluate(50) == S.ACCEPTABLE
    assert introduction.evaluate(49.9) == S.NOT_APPROVED
    assert introduction.evaluate_missing() == S.NOT_MEASURED
    assert introduction.evaluate_text('54,5') == S.OUTSIDE_BANDS
    assert introduction.evaluate_text('3,5') == S.NOT_APPROVED
    findings = introduction.check_bands()
    assert findings == ['gap: values > 54 and ≤ 55 are in no band']


def test_bad_band_text_raises(introduction):
    with pytest.raises(GLib.Error) as info:
        introduction.set_band(S.DESIRED, '55 %', False, None, False)
    assert info.value.code == Kommune.Error.INVALID_ARGUMENT
    with pytest.raises(GLib.Error):
        introduction.evaluate_text('femti')
    assert introduction.evaluate(61) == S.DESIRED


def test_percent_change():
    assert Kommune.percent_change(6159, 6268, 1) == '1,8'
    assert Kommune.percent_change(5427, 5529, 1) == '1,9'
    with pytest.raises(GLib.Error):
        Kommune.percent_change(0, 1, 1)


def test_rates_sum_parts():
    a = Kommune.Measurement.new_rate('2023', 1, 10)
    b = Kommune.Measurement.new_rate('2023', 90, 100)
    total = Kommune.Measurement.sum_rates('2023', [a, b])
    assert (total.get_numerator(), total.get_denominator()) == (91, 110)
    assert total.props.value == 82727


def test_conditional_rule_drammen_2023():
    F = Kommune.FinancialFigure
    C = Kommune.Comparison
    fund = Kommune.FinancialRule.new('Disposisjonsfond minst 5 %', F.DISPOSITION_FUND_CLOSING,
                                     F.GROSS_OPERATING_REVENUE, C.GREATER_OR_EQUAL, '5')
    result = Kommune.FinancialRule.new('Netto driftsresultat minst 1,75 %', F.NET_OPERATING_RESULT,
                                       F.GROSS_OPERATING_REVENUE, C.GREATER_OR_EQUAL, '1,75')
    result.set_until(fund)
    figures = Kommune.FinancialFigures.new(2023)
    figures.set(F.NET_OPERATING_RESULT, Kommune.amount_parse('78,3 mill'))
    figures.set(F.GROSS_OPERATING_REVENUE, Kommune.amount_parse('8 700 mill'))
    figures.set(F.DISPOSITION_FUND_CLOSING, Kommune.amount_parse('605 mill'))
    status, margin, ratio = result.evaluate(figures)
    assert status == Kommune.RuleStatus.NOT_APPLICABLE
    assert ratio == '0,90'
    exact = Kommune.FinancialFigures.new(2018)
    exact.set(F.NET_OPERATING_RESULT, 17_500_000 * 100)
    exact.set(F.GROSS_OPERATING_REVENUE, 1_000_000_000 * 100)
    # Without the disposition fund the condition cannot be assessed, so
    # neither can the rule.
    status, margin, ratio = result.evaluate(exact)
    assert (status, margin, ratio) == (Kommune.RuleStatus.NOT_ASSESSABLE, 0, '1,75')
    exact.set(F.DISPOSITION_FUND_CLOSING, 4_000_000_000)   # 4 %: the rule applies
    status, margin, ratio = result.evaluate(exact)
    assert (status, margin, ratio) == (Kommune.RuleStatus.PASS, 0, '1,75')


def test_kragero_rules_and_goals_from_document():
    document = load('kragero-2018-stab-og-stotte.json')
    rules = list(document.get_financial_rules())
    assert len(rules) == 2
    assert rules[1].get_until() is rules[0]
    goals = list(document.get_goals())
    measures = sum(len(g.get_measures()) for g in goals)
    figures = {(f.props.name, f.props.year): f.props.value for f in document.get_key_figures()}
    assert len(goals) == int(figures[('Mål i budsjettdokumentet', 2018)]) == 5
    assert measures == int(figures[('Tiltak knyttet til mål i budsjettdokumentet', 2018)]) == 14
    assert [len(g.get_measures()) for g in goals] == [2, 4, 4, 2, 2]


def test_drammen_workforce_from_document():
    document = load('drammen-2023-arsevaluering.json')
    by_period = {w.props.period: w for w in document.get_workforce_figures()}
    W = Kommune.WorkforceFigure
    assert Kommune.WorkforceFigures.change(by_period['2022'], by_period['2023'], W.EMPLOYEES, 1) == '1,8'
    assert by_period['2022'].change(by_period['2023'], W.FTES, 1) == '1,9'
    assert [Kommune.decimal_to_string(by_period[y].get(W.FULL_TIME_SHARE)) for y in ('2020', '2021', '2022', '2023')] \
        == ['67,9', '69,5', '70,9', '72,3']
    assert by_period['2023'].get_sick_leave().props.value == 9600
    assert by_period['2023'].get_turnover().props.value == 12400


def test_scorecard_of_social_services():
    document = load('drammen-2014-sosiale-tjenester.json')
    root = document.get_goals()[0]
    scorecard = Kommune.Scorecard.new(root, '2013')
    assert sum(scorecard.get_count(s) for s in (S.DESIRED, S.ACCEPTABLE, S.NOT_APPROVED,
                                                 S.OUTSIDE_BANDS, S.NOT_MEASURED)) == 12
    assert scorecard.get_count(S.DESIRED) == 2
    assert scorecard.get_status() == S.NOT_APPROVED
    assert 'not approved < 50' in scorecard.format()
    recipients = root.find('o2').get_indicators()[0]
    assert recipients.props.name == 'Sosialhjelpsmottakere i prosent av befolkningen'
    own = recipients.find_measurement('2013')
    national = recipients.get_references()[0]
    assert recipients.get_reference_name() == 'Landet'
    assert recipients.compare_with_reference(own, national) == Kommune.Trend.WORSE


def test_competence_strategy():
    document = load('drammen-2021-kompetansestrategi.json')
    strategy = document.get_strategies()[0]
    assert (strategy.props.first_year, strategy.props.last_year) == (2021, 2024)
    areas = list(strategy.get_focus_areas())
    assert [len(a.get_children()) for a in areas] == [5, 5, 4, 3]
    assert strategy.count_goals() == 17
    assert all(g.props.level == Kommune.GoalLevel.STRATEGIC for a in areas for g in a.get_children())
    goal = areas[2].get_children()[3]
    goal.add_measure(Kommune.Measure.new(1, 'Kurs i personvern for alle medarbeidere'))
    assert len(goal.get_measures()) == 1


def test_kragero_rule_on_drammen_2023_documents():
    rules = list(load('kragero-2018-stab-og-stotte.json').get_financial_rules())
    evaluation = load('drammen-2023-arsevaluering.json').get_annual_evaluations()[0]
    figures = evaluation.get_financial_figures()
    assert evaluation.get_result_share(1) == evaluation.props.reported_result_share == '0,9'
    status, margin, ratio = rules[1].evaluate(figures)
    assert status == Kommune.RuleStatus.NOT_APPLICABLE
    status, margin, ratio = rules[0].evaluate(figures)
    assert (status, ratio) == (Kommune.RuleStatus.PASS, '6,95')
