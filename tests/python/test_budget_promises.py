# SPDX-License-Identifier: LGPL-2.1-or-later
"""The budget model keeps its promises from Python: read-only views, frozen
records, checked bare objects, constructors that raise, duplicates refused,
a rolled plan that saves and loads again."""

import datetime
import json
import os

import jsonschema
import pytest
from gi.repository import GLib, Gio, Kommune

SCHEMA = json.load(open(os.path.join(os.path.dirname(__file__), '..', '..', 'doc',
                                     'kommune-document.schema.json'), encoding='utf-8'))

OP = Kommune.BudgetType.OPERATING
T1 = Kommune.DocumentKind.TERTIAL_1
PLAN = Kommune.DocumentKind.ECONOMIC_PLAN


def day(year, month, d):
    return GLib.DateTime.new_utc(year, month, d, 0, 0, 0)


def raises(code, message, call, *args):
    with pytest.raises(GLib.Error) as info:
        call(*args)
    assert info.value.matches(Kommune.error_quark(), code), info.value.message
    assert info.value.message == message
    return info.value


@pytest.fixture
def areas():
    return (Kommune.ProgrammeArea.new('07', 'Ledelse, organisering og styring'),
            Kommune.ProgrammeArea.new('04', 'Byutvikling'))


@pytest.fixture
def plan(areas):
    plan = Kommune.EconomicPlan.new(2017)
    plan.set_frame(areas[0], 2017, OP, 20_000_000_000)
    plan.set_frame(areas[1], 2017, OP, 5_000_000_000)
    plan.add_adjustment(Kommune.Adjustment.new('a', day(2017, 3, 1), '', PLAN, '07', OP, 2017,
                                               100_000_000, ''))
    plan.add_adjustment(Kommune.Adjustment.new_transfer('t', day(2017, 3, 2), '', PLAN, '07', '04',
                                                        OP, 2017, 50_000_000, ''))
    return plan


@pytest.fixture
def report():
    report = Kommune.TertialReport.new(2017, T1)
    status = Kommune.AreaReport.new('07')
    status.set_forecast(20_100_000_000)
    report.add_area_report(status)
    report.add_proposal(Kommune.Adjustment.new('p', day(2017, 6, 30), '', T1, '07', OP, 2017,
                                               940_000_000, ''))
    return report


# Read-only views

def test_del_adjustment_is_impossible_and_the_frame_stays(plan):
    revised = plan.get_frame('07', 2017, OP, None)
    with pytest.raises((AttributeError, TypeError)):
        del plan.get_adjustments()[0]
    assert len(plan.get_adjustments()) == 2
    assert plan.get_frame('07', 2017, OP, None) == revised == 20_050_000_000


def test_append_to_the_log_is_impossible(plan):
    unbalanced = Kommune.Adjustment.new('u', day(2017, 3, 3), '', PLAN, '99', OP, 2017, 1, '')
    with pytest.raises(AttributeError):
        plan.get_adjustments().append(unbalanced)
    assert plan.find_adjustment('u') is None


def test_areas_cannot_be_removed(areas):
    municipality = Kommune.Municipality.new('3301', 'Drammen')
    municipality.add_area(areas[0])
    with pytest.raises(AttributeError):
        municipality.get_areas().remove(0)
    assert len(municipality.get_areas()) == 1


def test_adopted_proposals_cannot_be_emptied(plan, report):
    report.adopt(plan, day(2017, 6, 30))
    with pytest.raises(AttributeError):
        report.get_proposals().remove_all()
    assert len(report.get_proposals()) == 1


def test_no_getter_hands_out_a_store(plan, report, areas):
    municipality = Kommune.Municipality.new('3301', 'Drammen')
    frame = Kommune.BudgetFrame.new(areas[0], 2017, 100)
    views = [plan.get_adjustments(), plan.get_areas(), plan.list_budget_frames(),
             municipality.get_areas(), areas[0].get_departments(),
             frame.get_distributions(), report.get_area_reports(), report.get_proposals(),
             plan.get_adjustments()[1].get_lines()]
    for view in views:
        assert isinstance(view, Gio.ListModel)
        assert not isinstance(view, Gio.ListStore)


def test_views_are_live(areas):
    municipality = Kommune.Municipality.new('3301', 'Drammen')
    changes = []
    municipality.get_areas().connect('items-changed', lambda m, p, r, a: changes.append((p, r, a)))
    municipality.add_area(areas[0])
    municipality.add_area(areas[1])
    assert changes == [(0, 0, 1), (1, 0, 1)]
    assert [a.props.code for a in municipality.get_areas()] == ['07', '04']


# Frozen records

def test_transfer_lines_refuse_add_once_in_the_log(plan):
    transfer = plan.find_adjustment('t')
    raises(Kommune.Error.READ_ONLY,
           "the lines of adjustment “t” are in a plan's log and cannot change",
           transfer.get_lines().add, '99', None, 1)
    raises(Kommune.Error.READ_ONLY,
           "adjustment “t” is in a plan's log and cannot change; make a new adjustment instead",
           transfer.add_line, '04', 1)
    assert transfer.get_lines().get_total() == 0
    assert plan.get_frame('04', 2017, OP, None) == 5_050_000_000


def test_adopted_report_is_frozen(plan, report):
    report.adopt(plan, day(2017, 6, 30))
    status = report.find_area_report('07')
    raises(Kommune.Error.READ_ONLY,
           "the report on area “07” belongs to an adopted tertial report and cannot change",
           status.set_forecast, 1)
    raises(Kommune.Error.READ_ONLY,
           "the report on area “07” belongs to an adopted tertial report and cannot change",
           status.set_narrative, 'endret')
    raises(Kommune.Error.READ_ONLY, 'the tertial-1 report 2017 is adopted and cannot change',
           report.set_materiality_threshold, 5)
    raises(Kommune.Error.READ_ONLY, 'the tertial-1 report 2017 is adopted and cannot change',
           report.add_area_report, Kommune.AreaReport.new('04'))
    raises(Kommune.Error.READ_ONLY,
           "the lines of adjustment “p” are in a plan's log and cannot change",
           report.get_proposals()[0].get_lines().add, '04', None, 1)
    assert status.props.forecast == 20_100_000_000
    assert plan.get_frame('07', 2017, OP, None) == 20_990_000_000


def test_negative_threshold_is_reported(report):
    raises(Kommune.Error.INVALID_ARGUMENT,
           'the materiality threshold cannot be negative (-0,01 kr)',
           report.set_materiality_threshold, -1)
    assert report.props.materiality_threshold == 0


# Bare and keyword construction

def test_bare_adjustment_added_to_a_plan_raises(plan):
    raises(Kommune.Error.INVALID_ARGUMENT, 'the adjustment id is missing',
           plan.add_adjustment, Kommune.Adjustment())
    raises(Kommune.Error.INVALID_ARGUMENT, 'the adjustment id is missing',
           plan.check_adjustment, Kommune.Adjustment())
    raises(Kommune.Error.INVALID_ARGUMENT, 'the adjustment id is missing',
           Kommune.TertialReport.new(2017, T1).add_proposal, Kommune.Adjustment())
    raises(Kommune.Error.INVALID_ARGUMENT, 'the adjustment id is missing',
           Kommune.Adjustment().add_line, '07', 1)
    assert len(plan.get_adjustments()) == 2


def test_keyword_municipality_is_refused_where_used(areas):
    municipality = Kommune.Municipality(number='12')
    raises(Kommune.Error.INVALID_CODE, 'the municipality number “12” is not four digits',
           municipality.add_area, areas[0])
    assert len(municipality.get_areas()) == 0


def test_bare_area_frame_and_report_are_refused(plan):
    raises(Kommune.Error.INVALID_CODE, 'the programme area code is empty',
           plan.add_area, Kommune.ProgrammeArea())
    raises(Kommune.Error.INVALID_ARGUMENT, 'a budget frame needs a programme area',
           plan.add_budget_frame, Kommune.BudgetFrame())
    raises(Kommune.Error.INVALID_ARGUMENT, "the area report's area code is missing",
           Kommune.TertialReport.new(2017, T1).add_area_report, Kommune.AreaReport())
    raises(Kommune.Error.INVALID_PERIOD, '0 is not a budget year',
           Kommune.TertialReport().add_area_report, Kommune.AreaReport.new('07'))
    raises(Kommune.Error.INVALID_CODE, 'the distribution name is empty',
           Kommune.Distribution().add, 'x', None, 1)


def test_constructors_raise():
    area = Kommune.ProgrammeArea.new('07', 'Ledelse')
    raises(Kommune.Error.INVALID_PERIOD, "a plan's first year is from 1000 to 9995, not 10",
           Kommune.EconomicPlan.new, 10)
    raises(Kommune.Error.INVALID_PERIOD, 'the frame of area “07”: 99 is not a budget year (1000–9999)',
           Kommune.BudgetFrame.new, area, 99, 1)
    raises(Kommune.Error.INVALID_CODE, "the area report's area code is empty",
           Kommune.AreaReport.new, '')
    raises(Kommune.Error.INVALID_PERIOD, "an annual evaluation's year is from 1000 to 9999, not 0",
           Kommune.AnnualEvaluation.new, 0)
    raises(Kommune.Error.INVALID_CODE, 'the distribution name is empty',
           Kommune.Distribution.new, '')
    raises(Kommune.Error.INVALID_CODE, 'the distribution key is empty',
           Kommune.DistributionLine.new, '', 'x', 1)


# Adoption and duplicates

def test_adopting_into_a_second_plan_is_refused(plan, report, areas):
    other = Kommune.EconomicPlan.new(2017)
    other.add_area(areas[0])
    report.adopt(plan, day(2017, 6, 30))
    raises(Kommune.Error.READ_ONLY, 'the tertial-1 report 2017 is adopted and cannot change',
           report.adopt, other, day(2017, 7, 1))
    assert report.get_plan() is plan
    assert len(other.get_adjustments()) == 0


def test_duplicates_are_refused(plan, report):
    raises(Kommune.Error.DUPLICATE, 'area report “07” already exists in the tertial report',
           report.add_area_report, Kommune.AreaReport.new('07'))
    raises(Kommune.Error.DUPLICATE, 'proposal “p” already exists in the tertial report',
           report.add_proposal,
           Kommune.Adjustment.new('p', day(2017, 6, 30), '', T1, '04', OP, 2017, 1, ''))
    plan.add_adjustment(Kommune.Adjustment.new('p', day(2017, 5, 1), '', PLAN, '04', OP, 2017, 1, ''))
    raises(Kommune.Error.DUPLICATE, "the plan's log already has an adjustment “p”",
           report.adopt, plan, day(2017, 6, 30))
    assert report.get_adopted() is None


# Rolling forward, saving, loading

def test_rolled_plan_keeps_its_adjustments_and_loads_again_equal(plan, report, areas):
    municipality = Kommune.Municipality.new('3301', 'Drammen')
    for area in areas:
        municipality.add_area(area)
    document = Kommune.Document.new(municipality)
    document.set_plan(plan)
    report.adopt(plan, day(2017, 6, 30))
    document.add_tertial_report(report)
    plan.add_adjustment(Kommune.Adjustment.new('after', day(2017, 9, 1), '', PLAN, '04', OP, 2018, 7, ''))
    plan.roll_forward()

    assert plan.props.first_year == 2018 and plan.props.start_year == 2017
    assert [a.props.id for a in plan.get_adjustments()] == ['a', 't', 'p', 'after']

    data = document.to_data()[0]
    jsonschema.validate(json.loads(data), SCHEMA)
    assert json.loads(data)['plan']['start_year'] == 2017
    again = Kommune.Document.load_from_data(data, -1, 'rolled.json')
    assert again.equal(document)
    log = again.get_plan().get_adjustments()
    assert [a.props.id for a in log] == ['a', 't', 'p', 'after']
    assert again.get_plan().props.start_year == 2017
    assert again.get_tertial_reports()[0].get_plan() is again.get_plan()
    assert again.get_plan().get_frame('04', 2018, OP, None) == 7


def test_log_order_is_part_of_equality(plan, report, areas):
    municipality = Kommune.Municipality.new('3301', 'Drammen')
    for area in areas:
        municipality.add_area(area)
    first = Kommune.Document.new(municipality)
    first.set_plan(plan)
    report.adopt(plan, day(2017, 6, 30))
    first.add_tertial_report(report)

    data = first.to_data()[0]
    assert '"log_order"' not in data
    loaded = Kommune.Document.load_from_data(data, -1, 'first.json')
    assert loaded.equal(first)

    # An adjustment after the adoption: the log is no longer plan-then-report.
    plan.add_adjustment(Kommune.Adjustment.new('late', day(2017, 9, 1), '', PLAN, '04', OP, 2017, 3, ''))
    data = first.to_data()[0]
    assert '"log_order"' in data
    jsonschema.validate(json.loads(data), SCHEMA)
    loaded = Kommune.Document.load_from_data(data, -1, 'second.json')
    assert [a.props.id for a in loaded.get_plan().get_adjustments()] == ['a', 't', 'p', 'late']
    assert loaded.equal(first)
    assert not loaded.equal(Kommune.Document.load_from_data(data.replace(
        '"log_order" : [\n      "a",\n      "t",\n      "p",\n      "late"',
        '"log_order" : [\n      "a",\n      "t",\n      "late",\n      "p"'), -1, 'swapped.json'))


def test_roll_forward_past_9999_raises():
    plan = Kommune.EconomicPlan.new(9995)
    raises(Kommune.Error.INVALID_PERIOD, "a plan's first year is from 1000 to 9995, not 9996",
           plan.roll_forward)
    assert plan.props.first_year == 9995


# Every method of every budget and organisation type, on bare objects, with
# hostile arguments: GLib.Error or TypeError, never a critical (the suite
# runs with fatal criticals) and never a crash.

BUDGET_TYPES = ['Municipality', 'ProgrammeArea', 'Department', 'BudgetFrame', 'Distribution',
                'DistributionLine', 'Adjustment', 'EconomicPlan', 'TertialReport', 'AreaReport',
                'InvestmentProject', 'VerbalProposal', 'AnnualEvaluation', 'Note', 'KeyFigure']


def own_methods(cls):
    for info in cls.__info__.get_methods():
        yield info, [a for a in info.get_arguments() if int(a.get_direction()) == 0]


def test_bare_objects_survive_every_method():
    bare = {name: getattr(Kommune, name)() for name in BUDGET_TYPES}
    samples = [None, 0, -1, 2017, 10_000, '', ' 07', '07', day(2017, 6, 30),
               OP, T1] + list(bare.values())
    calls = 0
    for name in BUDGET_TYPES:
        cls = getattr(Kommune, name)
        for info, arguments in own_methods(cls):
            function = getattr(cls, info.get_name())
            if len(arguments) <= 2:
                argument_sets = [()] if not arguments else \
                    [(a,) for a in samples] if len(arguments) == 1 else \
                    [(a, b) for a in samples for b in samples]
            else:
                argument_sets = [tuple([a] * len(arguments)) for a in samples]
            for args in argument_sets:
                try:
                    if info.is_method():
                        function(bare[name], *args)
                    else:
                        function(*args)
                except (TypeError, GLib.Error, ValueError, OverflowError):
                    pass
                calls += 1
    assert calls > 5000


def test_a_report_in_a_document_is_adopted_into_its_plan_only():
    municipality = Kommune.Municipality.new('3005', 'Drammen')
    area = Kommune.ProgrammeArea.new('07', 'Helse')
    municipality.add_area(area)
    document = Kommune.Document.new(municipality)
    plan, other = Kommune.EconomicPlan.new(2017), Kommune.EconomicPlan.new(2017)
    for p in (plan, other):
        p.set_frame(area, 2017, OP, 1_000_000)
    document.set_plan(plan)
    report = Kommune.TertialReport.new(2017, Kommune.DocumentKind.TERTIAL_1)
    report.add_proposal(Kommune.Adjustment.new('p', datetime.date(2017, 6, 20), 'sak 1', Kommune.DocumentKind.TERTIAL_1,
                                               '07', OP, 2017, 100, 'grunn'))
    document.add_tertial_report(report)
    raises(Kommune.Error.INVALID_ARGUMENT, 'tertial report “2017 tertial-1” belongs to a document with another plan',
           report.adopt, other, datetime.date(2017, 6, 21))
    assert other.get_frame('07', 2017, OP, None) == 1_000_000
    # The document's plan may change; the report follows it.
    document.set_plan(other)
    report.adopt(other, datetime.date(2017, 6, 21))
    assert other.get_frame('07', 2017, OP, None) == 1_000_100
    assert plan.get_frame('07', 2017, OP, None) == 1_000_000


def test_a_report_is_adopted_after_its_period_has_ended():
    area = Kommune.ProgrammeArea.new('07', 'Helse')
    plan = Kommune.EconomicPlan.new(2024)
    plan.set_frame(area, 2024, OP, 1_000_000)
    report = Kommune.TertialReport.new(2024, Kommune.DocumentKind.TERTIAL_1)
    raises(Kommune.Error.INVALID_PERIOD,
           'the tertial-1 report 2024 covers a period that ends 2024-04-30; it cannot be adopted on 1999-01-01',
           report.adopt, plan, datetime.date(1999, 1, 1))
    raises(Kommune.Error.INVALID_PERIOD,
           'the tertial-1 report 2024 covers a period that ends 2024-04-30; it cannot be adopted on 2024-04-29',
           report.adopt, plan, datetime.date(2024, 4, 29))
    assert report.get_adopted() is None
    report.adopt(plan, datetime.date(2024, 4, 30))
    assert Kommune.to_date(report.get_adopted()) == datetime.date(2024, 4, 30)


def test_keyword_construction_of_a_tertial_report():
    report = Kommune.TertialReport(year=2024, period=Kommune.DocumentKind.TERTIAL_2)
    assert (report.props.year, report.props.period) == (2024, Kommune.DocumentKind.TERTIAL_2)
    # Not a tertial period: refused where it is used, as new() refuses it.
    wrong = Kommune.TertialReport(year=2024, period=Kommune.DocumentKind.ECONOMIC_PLAN)
    with pytest.raises(GLib.Error):
        Kommune.TertialReport.new(2024, Kommune.DocumentKind.ECONOMIC_PLAN)
    with pytest.raises(GLib.Error):
        wrong.add_area_report(Kommune.AreaReport.new('07'))
