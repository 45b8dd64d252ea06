# SPDX-License-Identifier: LGPL-2.1-or-later
"""The steering model keeps its promises from Python: no number changes
silently, objects made bare are refused where they are used, lists are
read-only, and deep or hostile input gives an error, never a crash."""

import json
import math

import pytest
from gi.repository import Gio, GLib, Kommune

S = Kommune.Status
F = Kommune.FinancialFigure
C = Kommune.Comparison
W = Kommune.WorkforceFigure
L = Kommune.GoalLevel
MAX_INT64 = 2**63 - 1
MIN_INT64 = -2**63


def indicator():
    ind = Kommune.Indicator.new('Andel i arbeid', Kommune.IndicatorUnit.PERCENT,
                                Kommune.Direction.HIGHER_IS_BETTER)
    ind.set_band(S.DESIRED, '55', False, None, False)
    ind.set_band(S.NOT_APPROVED, None, False, '50', False)
    return ind


def raises(code, message=None):
    """Asserts a GLib.Error of KOMMUNE_ERROR with @code (and @message)."""
    class Check:
        def __enter__(self):
            self.ctx = pytest.raises(GLib.Error)
            self.info = self.ctx.__enter__()
            return self.info

        def __exit__(self, *exc):
            handled = self.ctx.__exit__(*exc)
            error = self.info.value
            assert error.domain == 'kommune-error-quark'
            assert error.code == int(code)
            if message is not None:
                assert error.message == message
            return handled
    return Check()


# -- Non-finite and out-of-range values --------------------------------------

def test_nan_is_not_measured():
    # NaN is how pandas writes “missing”: a gap, never a zero.
    assert indicator().evaluate(math.nan) == S.NOT_MEASURED
    assert indicator().evaluate(0) == S.NOT_APPROVED


@pytest.mark.parametrize('value, text', [(math.inf, 'inf'), (-math.inf, '-inf')])
def test_infinity_raises(value, text):
    with raises(Kommune.Error.INVALID_ARGUMENT,
                'indicator “Andel i arbeid”: %s is not a value' % text):
        indicator().evaluate(value)


def test_beyond_range_raises():
    ind = indicator()
    assert ind.evaluate(1e12) == S.DESIRED
    with raises(Kommune.Error.INVALID_ARGUMENT,
                'indicator “Andel i arbeid”: 1e+13 is beyond ±10^12; give it as text'):
        ind.evaluate(1e13)
    with raises(Kommune.Error.INVALID_ARGUMENT):
        ind.evaluate(-1e300)
    with raises(Kommune.Error.INVALID_ARGUMENT, 'indicator “Andel i arbeid”: no value to evaluate'):
        ind.evaluate_text(None)


# -- Rates and margins are exact or an error --------------------------------

def test_large_rate_is_exact():
    rate = Kommune.Measurement.new_rate('2023', 10**13, 1)
    assert rate.props.value == 10**18        # 10^15 % in thousandths, exactly
    half = Kommune.Measurement.new_rate('2023', 2**62, MAX_INT64)
    assert half.props.value == 50000


def test_overflowing_rate_raises():
    # Wrapped, this was a negative percentage.
    with raises(Kommune.Error.OVERFLOW,
                'measurement 2023: the rate 100000000000000/1 is too large a '
                'percentage for 64-bit thousandths'):
        Kommune.Measurement.new_rate('2023', 10**14, 1)


def test_summed_rates_overflow_raises():
    a = Kommune.Measurement.new_rate('2023', MAX_INT64, MAX_INT64)
    with raises(Kommune.Error.OVERFLOW, 'the combined rate does not fit in 64 bits'):
        Kommune.Measurement.sum_rates('2023', [a, a])


def test_workforce_rate_overflow_raises():
    staff = Kommune.WorkforceFigures.new('stab', '2023')
    staff.set(W.ABSENCE_DAYS, 10**17)
    staff.set(W.AGREED_DAYS, 1)
    with raises(Kommune.Error.OVERFLOW):
        staff.get_sick_leave()
    staff.set(W.ABSENCE_DAYS, 96_000)
    staff.set(W.AGREED_DAYS, 1_000_000)
    assert staff.get_sick_leave().props.value == 9600


def test_workforce_sum_overflow_raises():
    a = Kommune.WorkforceFigures.new('a', '2023')
    a.set(W.EMPLOYEES, MAX_INT64)
    b = Kommune.WorkforceFigures.new('b', '2023')
    b.set(W.EMPLOYEES, 1)
    with raises(Kommune.Error.OVERFLOW, 'the sum of the employees does not fit in 64 bits'):
        Kommune.WorkforceFigures.sum(None, '2023', [a, b])
    with raises(Kommune.Error.DUPLICATE, 'part 2 of the sum is unit “a” again'):
        Kommune.WorkforceFigures.sum(None, '2023', [a, a])


def test_rule_margin_beyond_64_bits_raises():
    rule = Kommune.FinancialRule.new('Minst 100 %', F.NET_OPERATING_RESULT,
                                     F.GROSS_OPERATING_REVENUE, C.GREATER_OR_EQUAL, '100')
    figures = Kommune.FinancialFigures.new(2023)
    figures.set(F.NET_OPERATING_RESULT, MIN_INT64)
    figures.set(F.GROSS_OPERATING_REVENUE, MAX_INT64)
    with raises(Kommune.Error.OVERFLOW,
                'rule “Minst 100 %”: the margin does not fit in 64-bit øre'):
        rule.evaluate(figures)
    # At the edge of 64 bits the comparison is still exact.
    figures.set(F.NET_OPERATING_RESULT, MAX_INT64)
    assert rule.evaluate(figures)[:2] == (Kommune.RuleStatus.PASS, 0)
    figures.set(F.NET_OPERATING_RESULT, MAX_INT64 - 1)
    assert rule.evaluate(figures)[:2] == (Kommune.RuleStatus.FAIL, -1)


def test_condition_with_missing_figure_is_not_assessable():
    fund = Kommune.FinancialRule.new('Disposisjonsfond minst 5 %', F.DISPOSITION_FUND_CLOSING,
                                     F.GROSS_OPERATING_REVENUE, C.GREATER_OR_EQUAL, '5')
    result = Kommune.FinancialRule.new('Netto driftsresultat minst 1,75 %', F.NET_OPERATING_RESULT,
                                       F.GROSS_OPERATING_REVENUE, C.GREATER_OR_EQUAL, '1,75')
    assert result.set_until(fund)
    figures = Kommune.FinancialFigures.new(2023)
    figures.set(F.NET_OPERATING_RESULT, 100)
    figures.set(F.GROSS_OPERATING_REVENUE, 10_000)     # 1 %: a FAIL, were it assessed
    status, margin, ratio = result.evaluate(figures)
    assert (status, margin, ratio) == (Kommune.RuleStatus.NOT_ASSESSABLE, 0, '1,00')


def test_rule_cannot_be_its_own_condition():
    rule = Kommune.FinancialRule.new('R', F.NET_OPERATING_RESULT, F.GROSS_OPERATING_REVENUE,
                                     C.GREATER_OR_EQUAL, '1')
    other = Kommune.FinancialRule.new('S', F.NET_OPERATING_RESULT, F.GROSS_OPERATING_REVENUE,
                                      C.GREATER_OR_EQUAL, '2')
    with raises(Kommune.Error.INVALID_ARGUMENT, 'rule “R” cannot be its own condition'):
        rule.set_until(rule)
    assert other.set_until(rule)
    with raises(Kommune.Error.INVALID_ARGUMENT,
                'rule “R” cannot be a condition of its own condition'):
        rule.set_until(other)
    assert rule.props.until is None
    with pytest.raises(TypeError):
        rule.props.until = other


# -- Arrays of objects are checked element by element -----------------------

def test_workforce_sum_with_none_raises():
    w = Kommune.WorkforceFigures.new('stab', '2023')
    w.set(W.EMPLOYEES, 10_000)
    with pytest.raises((TypeError, GLib.Error)):
        Kommune.WorkforceFigures.sum(None, '2023', [w, None])
    v = Kommune.WorkforceFigures.new('helse', '2023')
    v.set(W.EMPLOYEES, 10_000)
    total = Kommune.WorkforceFigures.sum(None, '2023', [w, v])
    assert total.get(W.EMPLOYEES) == 20_000


def test_sum_rates_with_none_raises():
    a = Kommune.Measurement.new_rate('2023', 1, 10)
    with pytest.raises((TypeError, GLib.Error)):
        Kommune.Measurement.sum_rates('2023', [a, None])


# -- Goal depth --------------------------------------------------------------

def chain(depth):
    goals = [Kommune.Goal.new('g%d' % i, 'Mål %d' % i, L.UNIT) for i in range(depth)]
    for parent, child in zip(goals, goals[1:]):
        parent.add_child(child)
    return goals


def test_goal_chain_deeper_than_the_limit_is_refused():
    assert Kommune.GOAL_MAX_DEPTH == 32
    goals = chain(32)
    assert goals[0].get_depth() == 32
    extra = Kommune.Goal.new('x', 'Ett nivå for mye', L.UNIT)
    with raises(Kommune.Error.INVALID_ARGUMENT,
                'goal “x” under goal “g31” would make a tree of 33 levels; '
                'a tree of goals has at most 32'):
        goals[-1].add_child(extra)


def goal_json(depth):
    """A chain of goals @depth levels deep, as JSON text (Python's json
    module would itself recurse per level)."""
    head = ''.join('{"id": "g%d", "text": "Mål", "level": "unit", "children": [' % i
                   for i in range(1, depth))
    return head + '{"id": "g%d", "text": "Mål", "level": "unit"}' % depth + ']}' * (depth - 1)


def document_json(goal):
    municipality = Kommune.Municipality.new('3005', 'Drammen')
    data = json.loads(Kommune.Document.new(municipality).to_data()[0])
    data['goals'] = ['GOAL']
    return json.dumps(data).replace('"GOAL"', goal)


@pytest.mark.parametrize('depth, why', [
    (33, 'goals nest more than 32 levels deep'),
    (63, 'goals nest more than 32 levels deep'),
    # Deeper chains nest the JSON itself beyond its limit of 128 levels
    # (two per goal), refused while scanning, before anything recurses.
    (64, 'arrays and objects nest deeper than 128 levels'),
    (50000, 'arrays and objects nest deeper than 128 levels'),
])
def test_deep_goal_chain_in_a_document_is_refused(depth, why):
    with pytest.raises(GLib.Error) as info:
        Kommune.Document.load_from_data(document_json(goal_json(depth)), -1, 'deep.json')
    assert info.value.matches(Kommune.error_quark(), Kommune.Error.INVALID_DOCUMENT)
    assert info.value.message.endswith(why)


def test_goal_chain_at_the_limit_loads():
    document = Kommune.Document.load_from_data(document_json(goal_json(32)), -1, 'deep.json')
    assert document.get_goals()[0].get_depth() == 32


# -- Bare construction -------------------------------------------------------

def test_bare_objects_are_refused_where_used():
    goal = Kommune.Goal.new('m1', 'Et mål', L.PLAN)
    with raises(Kommune.Error.INVALID_ARGUMENT, 'the goal id is missing'):
        goal.add_child(Kommune.Goal())
    with raises(Kommune.Error.INVALID_ARGUMENT, "the indicator's name is missing"):
        goal.add_indicator(Kommune.Indicator())
    with raises(Kommune.Error.INVALID_ARGUMENT, "a measure's number is at least 1"):
        goal.add_measure(Kommune.Measure())
    with raises(Kommune.Error.INVALID_ARGUMENT, 'the goal id is missing'):
        Kommune.Scorecard.new(Kommune.Goal(), None)
    with raises(Kommune.Error.INVALID_ARGUMENT, 'the period of a measurement is missing'):
        indicator().add_measurement(Kommune.Measurement())
    with raises(Kommune.Error.INVALID_ARGUMENT, "the strategy's name is missing"):
        Kommune.Strategy().add_focus_area(Kommune.Goal.new('s1', 'Område', L.STRATEGIC))
    rule = Kommune.FinancialRule.new('R', F.NET_OPERATING_RESULT, F.GROSS_OPERATING_REVENUE,
                                     C.GREATER_OR_EQUAL, '1')
    with raises(Kommune.Error.INVALID_PERIOD,
                '0 is not a year of financial figures (1000–9999)'):
        rule.evaluate(Kommune.FinancialFigures())
    with raises(Kommune.Error.INVALID_ARGUMENT, "the rule's name is missing"):
        Kommune.FinancialRule().evaluate(Kommune.FinancialFigures.new(2023))
    with raises(Kommune.Error.INVALID_ARGUMENT, "the rule's name is missing"):
        rule.set_until(Kommune.FinancialRule())
    with raises(Kommune.Error.INVALID_ARGUMENT, 'the period of workforce figures is missing'):
        Kommune.WorkforceFigures().get_sick_leave()
    with raises(Kommune.Error.INVALID_ARGUMENT, 'part 2 of the sum is not workforce figures'):
        Kommune.WorkforceFigures.sum(None, '2023', [Kommune.WorkforceFigures.new(None, '2023'), None])


def test_bare_objects_are_harmless():
    card = Kommune.Scorecard()
    assert card.get_root() is None
    assert card.get_status() == S.NOT_MEASURED
    assert card.format().startswith('Scorecard (latest measurements)')
    assert len(card.get_not_approved()) == 0
    assert Kommune.Goal().find('x') is None
    assert Kommune.Indicator().evaluate(5) == S.OUTSIDE_BANDS
    assert Kommune.WorkforceFigures().get_unit() == ''


@pytest.mark.parametrize('make, code, message', [
    (lambda: Kommune.Indicator.new('', Kommune.IndicatorUnit.COUNT,
                                   Kommune.Direction.HIGHER_IS_BETTER),
     Kommune.Error.INVALID_ARGUMENT, "the indicator's name is empty"),
    (lambda: Kommune.Measure.new(0, 'Tiltak'),
     Kommune.Error.INVALID_ARGUMENT, "a measure's number is at least 1"),
    (lambda: Kommune.Measurement.new('', 5),
     Kommune.Error.INVALID_CODE, 'the period of a measurement is empty'),
    (lambda: Kommune.Measurement.new_missing('', '..'),
     Kommune.Error.INVALID_CODE, 'the period of a measurement is empty'),
    (lambda: Kommune.FinancialFigures.new(12),
     Kommune.Error.INVALID_PERIOD, '12 is not a year of financial figures (1000–9999)'),
    (lambda: Kommune.WorkforceFigures.new(None, ''),
     Kommune.Error.INVALID_CODE, 'the period of workforce figures is empty'),
])
def test_constructors_raise(make, code, message):
    with raises(code, message):
        make()


# -- Read-only lists ---------------------------------------------------------

def test_lists_are_read_only_views():
    goal = Kommune.Goal.new('m1', 'Et mål', L.PLAN)
    child = Kommune.Goal.new('m2', 'Et delmål', L.UNIT)
    ind = indicator()
    measure = Kommune.Measure.new(1, 'Tiltak')
    ind.add_measurement(Kommune.Measurement.new('2023', 61_000))
    ind.add_reference(Kommune.Measurement.new('2023', 50_000))
    measure.add_progress('2023-T1', 'I gang')
    goal.add_child(child)
    goal.add_indicator(ind)
    goal.add_measure(measure)
    strategy = Kommune.Strategy.new('Strategi', 2021, 2024)
    strategy.add_focus_area(Kommune.Goal.new('s1', 'Område', L.STRATEGIC))
    card = Kommune.Scorecard.new(goal, '2023')
    views = [goal.get_children(), goal.get_indicators(), goal.get_measures(),
             ind.get_measurements(), ind.get_references(), measure.get_progress(),
             card.get_not_approved(), strategy.get_focus_areas()]
    for view in views:
        assert isinstance(view, Gio.ListModel)
        assert not isinstance(view, Gio.ListStore)
        assert not hasattr(view, 'append')
        assert not hasattr(view, 'remove')
    assert [len(v) for v in views] == [1, 1, 1, 1, 1, 1, 0, 1]
    with pytest.raises(TypeError):
        del goal.get_children()[0]


def test_duplicate_measurement_is_refused():
    ind = indicator()
    ind.add_measurement(Kommune.Measurement.new('2023', 61_000))
    with raises(Kommune.Error.DUPLICATE,
                'the measurement for “2023” already exists in indicator “Andel i arbeid”'):
        ind.add_measurement(Kommune.Measurement.new('2023', 40_000))


# -- Values as written -------------------------------------------------------

def test_as_written_round_trips():
    municipality = Kommune.Municipality.new('3005', 'Drammen')
    document = Kommune.Document.new(municipality)
    goal = Kommune.Goal.new('1', 'Reduksjon av levekårsforskjeller', L.COMMUNITY)
    ind = Kommune.Indicator.new('Barn i lavinntektsfamilier', Kommune.IndicatorUnit.COUNT,
                                Kommune.Direction.LOWER_IS_BETTER)
    measurement = Kommune.Measurement.new_from_text('2013', '3000')
    measurement.props.as_written = 'nesten 3 000 per 1.1.2013'
    ind.add_measurement(measurement)
    goal.add_indicator(ind)
    document.add_goal(goal)
    loaded = Kommune.Document.load_from_data(document.to_data()[0], -1, 'as-written.json')
    again = loaded.get_goals()[0].get_indicators()[0].find_measurement('2013')
    assert again.get_as_written() == 'nesten 3 000 per 1.1.2013'
    assert again.props.value == 3_000_000


def test_an_indicator_serves_a_goal_once_and_figures_a_unit_once_a_period():
    goal = Kommune.Goal.new('o1', 'Planmål', Kommune.GoalLevel.PLAN)
    other = Kommune.Goal.new('o2', 'Et annet planmål', Kommune.GoalLevel.PLAN)
    indicator = Kommune.Indicator.new('Bostedsløse', Kommune.IndicatorUnit.COUNT,
                                      Kommune.Direction.LOWER_IS_BETTER)
    goal.add_indicator(indicator)
    other.add_indicator(indicator)
    with pytest.raises(GLib.Error) as info:
        goal.add_indicator(indicator)
    assert info.value.matches(Kommune.error_quark(), Kommune.Error.DUPLICATE)
    assert info.value.message == 'goal “o1” already has the indicator “Bostedsløse”'
    assert len(goal.get_indicators()) == 1

    municipality = Kommune.Municipality.new('3005', 'Drammen')
    document = Kommune.Document.new(municipality)
    document.add_workforce_figures(Kommune.WorkforceFigures.new('stab', '2020'))
    document.add_workforce_figures(Kommune.WorkforceFigures.new('stab', '2021'))
    document.add_workforce_figures(Kommune.WorkforceFigures.new(None, '2020'))
    with pytest.raises(GLib.Error) as info:
        document.add_workforce_figures(Kommune.WorkforceFigures.new('stab', '2020'))
    assert info.value.message == 'workforce figures “stab 2020” already exists in the document'
    with pytest.raises(GLib.Error) as info:
        document.add_workforce_figures(Kommune.WorkforceFigures.new('', '2020'))
    assert info.value.message == 'workforce figures “2020” already exists in the document'
    assert len(document.get_workforce_figures()) == 3


def test_a_sum_of_units_is_of_one_period():
    school = Kommune.WorkforceFigures.new('Oppvekst', '2020')
    care = Kommune.WorkforceFigures.new('Helse', '2019')
    for part in (school, care):
        part.set_text(Kommune.WorkforceFigure.EMPLOYEES, '100')
    with pytest.raises(GLib.Error) as info:
        Kommune.WorkforceFigures.sum(None, '2020', [school, care])
    assert info.value.matches(Kommune.error_quark(), Kommune.Error.INVALID_PERIOD)
    assert info.value.message == 'part 2 of the sum is for 2019, not 2020'


def test_workforce_figures_are_never_negative_and_shares_at_most_100():
    w = Kommune.WorkforceFigures.new(None, '2020')
    with pytest.raises(GLib.Error) as info:
        w.set(W.EMPLOYEES, -5000)
    assert info.value.message == 'employees cannot be negative (-5)'
    with pytest.raises(GLib.Error) as info:
        w.set_text(W.SICK_LEAVE, '150')
    assert info.value.message == 'sick-leave is a share, at most 100 % (150)'
    with pytest.raises(GLib.Error):
        w.set_text(W.FULL_TIME_SHARE, '-3')
    assert not w.has(W.EMPLOYEES) and not w.has(W.SICK_LEAVE)
    w.set_text(W.SICK_LEAVE, '100')
    assert w.get(W.SICK_LEAVE) == 100_000


def test_a_measurement_belongs_to_one_indicator():
    def indicator(name):
        return Kommune.Indicator.new(name, Kommune.IndicatorUnit.PERCENT, Kommune.Direction.HIGHER_IS_BETTER)
    first, second = indicator('a'), indicator('b')
    measurement = Kommune.Measurement.new('2020', 61_000)
    first.add_measurement(measurement)
    with pytest.raises(GLib.Error) as info:
        second.add_measurement(measurement)
    assert info.value.message == 'measurement 2020 already belongs to an indicator'
    with pytest.raises(GLib.Error):
        first.add_reference(measurement)
    assert len(second.get_measurements()) == 0
    del first
    second.add_measurement(measurement)
    assert second.get_latest_measurement() is measurement
