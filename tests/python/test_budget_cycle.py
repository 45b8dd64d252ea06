# SPDX-License-Identifier: LGPL-2.1-or-later
"""The economic plan, adjustments and tertial reports, as Python sees them."""

import pytest
from gi.repository import GLib, Gio, Kommune

OP = Kommune.BudgetType.OPERATING
INV = Kommune.BudgetType.INVESTMENT
T1 = Kommune.DocumentKind.TERTIAL_1


def day(year, month, d):
    return GLib.DateTime.new_utc(year, month, d, 0, 0, 0)


@pytest.fixture
def plan():
    plan = Kommune.EconomicPlan.new(2017)
    a07 = Kommune.ProgrammeArea.new('07', 'Ledelse, organisering og styring')
    a04 = Kommune.ProgrammeArea.new('04', 'Byutvikling')
    plan.set_frame(a07, 2017, OP, 20_000_000_000)
    plan.set_frame(a04, 2017, OP, 5_000_000_000)
    plan.set_frame(a07, 2018, OP, 21_000_000_000)
    return plan


def test_plan_years(plan):
    assert plan.props.first_year == 2017
    assert plan.props.last_year == 2020
    assert plan.covers_year(2020) and not plan.covers_year(2021)


def test_adjustment_properties():
    adj = Kommune.Adjustment.new('k', day(2017, 6, 30), 'sak 53/17', T1, '07', OP, 2017,
                                 Kommune.amount_parse('1,5 mill'), 'Kontrolltjenester')
    assert adj.props.amount == 150_000_000
    assert adj.props.document == T1
    assert adj.props.budget_type == OP
    assert adj.props.area_code == '07'
    assert adj.props.year == 2017
    assert adj.props.decision == 'sak 53/17'
    assert not adj.props.is_transfer
    assert adj.props.date.get_day_of_month() == 30


def test_frame_as_of(plan):
    plan.add_adjustment(Kommune.Adjustment.new('a', day(2017, 6, 30), '', T1, '07', OP, 2017,
                                               940_000_000, ''))
    assert plan.get_frame('07', 2017, OP, day(2017, 6, 29)) == 20_000_000_000
    assert plan.get_frame('07', 2017, OP, day(2017, 6, 30)) == 20_940_000_000
    assert plan.get_frame('07', 2017, OP, None) == 20_940_000_000
    assert plan.get_original_frame('07', 2017, OP) == 20_000_000_000
    assert plan.get_total(2017, OP, None) == 25_940_000_000
    assert len(plan.get_adjustments()) == 1
    assert isinstance(plan.get_adjustments(), Gio.ListModel)
    assert plan.get_adjustments()[0].props.id == 'a'


def test_transfer(plan):
    transfer = Kommune.Adjustment.new_transfer('t', day(2017, 3, 1), '', Kommune.DocumentKind.ECONOMIC_PLAN,
                                               '07', '04', OP, 2017, 10_000_000, 'Flytting')
    assert transfer.props.is_transfer
    assert transfer.props.amount == 10_000_000
    plan.add_adjustment(transfer)
    assert plan.get_frame('07', 2017, OP, None) == 19_990_000_000
    assert plan.get_frame('04', 2017, OP, None) == 5_010_000_000
    assert plan.get_total(2017, OP, None) == 25_000_000_000


def test_unbalanced_transfer_is_rejected_with_difference(plan):
    transfer = Kommune.Adjustment.new_transfer('t', day(2017, 3, 1), '', Kommune.DocumentKind.ECONOMIC_PLAN,
                                               '07', '04', OP, 2017, 10_000_000, '')
    plan.add_area(Kommune.ProgrammeArea.new('05', 'Kultur'))
    transfer.add_line('05', -250_000)
    with pytest.raises(GLib.Error) as info:
        plan.add_adjustment(transfer)
    assert info.value.code == Kommune.Error.UNBALANCED_TRANSFER
    assert 'difference -2 500 kr' in info.value.message
    assert len(plan.get_adjustments()) == 0


def test_add_adjustment_refusals(plan):
    with pytest.raises(GLib.Error) as info:
        plan.add_adjustment(Kommune.Adjustment.new('x', day(2017, 3, 1), '', T1, '99', OP, 2017, 1, ''))
    assert info.value.code == Kommune.Error.UNKNOWN_AREA
    with pytest.raises(GLib.Error) as info:
        plan.add_adjustment(Kommune.Adjustment.new('y', day(2017, 3, 1), '', T1, '07', OP, 2025, 1, ''))
    assert info.value.code == Kommune.Error.INVALID_PERIOD
    assert len(plan.get_adjustments()) == 0


def test_roll_forward(plan):
    plan.roll_forward()
    assert plan.props.first_year == 2018
    assert plan.get_frame('07', 2018, OP, None) == 21_000_000_000
    assert plan.get_frame('07', 2021, OP, None) == 0
    with pytest.raises(GLib.Error):
        plan.get_frame('07', 2017, OP, None)


def test_tertial_report_adoption(plan):
    report = Kommune.TertialReport.new(2017, T1)
    status = Kommune.AreaReport.new('07')
    status.set_forecast(20_100_000_000)
    report.add_area_report(status)
    report.add_proposal(Kommune.Adjustment.new('p', day(2017, 6, 30), '', T1, '07', OP, 2017, 100_000_000, ''))
    assert report.get_deviation('07', plan) == 100_000_000
    assert Kommune.deviation_classify(report.get_deviation('07', plan)) == Kommune.Deviation.OVERSPEND
    report.props.materiality_threshold = 100_000_000
    assert report.is_material(100_000_000)
    assert not report.is_material(99_999_999)
    report.adopt(plan, day(2017, 6, 30))
    assert report.props.adopted is not None
    assert plan.get_frame('07', 2017, OP, None) == 20_100_000_000
    with pytest.raises(GLib.Error) as info:
        report.adopt(plan, day(2017, 6, 30))
    assert info.value.code == Kommune.Error.READ_ONLY


def test_calendar():
    assert Kommune.calendar_next(day(2024, 6, 1)) == T1
    assert Kommune.calendar_next(day(2024, 12, 1)) == Kommune.DocumentKind.ECONOMIC_PLAN
    assert Kommune.calendar_next(day(2024, 1, 10)) == Kommune.DocumentKind.ANNUAL_EVALUATION
    start, end = Kommune.calendar_get_period(Kommune.DocumentKind.TERTIAL_2, 2017)
    assert (start.get_month(), end.get_month(), end.get_day_of_month()) == (1, 8, 31)
    with pytest.raises(GLib.Error):
        Kommune.calendar_get_period(Kommune.DocumentKind.COUNCIL_GUIDANCE, 2017)
