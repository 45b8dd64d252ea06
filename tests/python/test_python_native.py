# SPDX-License-Identifier: LGPL-2.1-or-later
"""The override makes the API natural and safe in Python: floats refused
for integers, kroner written exactly, datetime for GLib.DateTime, readable
reprs and enums, records for pandas."""

import datetime
import decimal
import os

import pytest
from gi.repository import GLib, Kommune

DATA = os.path.join(os.path.dirname(__file__), '..', 'data')
OP = Kommune.BudgetType.OPERATING
INV = Kommune.BudgetType.INVESTMENT


def load(name):
    return Kommune.Document.load(os.path.join(DATA, name))


def area(code='07', name='Sentraladministrasjonen'):
    return Kommune.ProgrammeArea.new(code, name)


# -- floats are refused where an integer is expected ---------------------------

def test_float_amount_is_refused_not_truncated():
    with pytest.raises(TypeError) as info:
        Kommune.BudgetFrame.new(area(), 2024, 1234.56)
    assert str(info.value) == (
        "Kommune.BudgetFrame.new(): argument 'amount' (gint64) must be an int, not float (1234.56); "
        "write amounts in øre, or convert kroner with Kommune.kroner()")


def test_float_year_is_refused():
    with pytest.raises(TypeError) as info:
        Kommune.BudgetFrame.new(area(), 2024.0, 100)
    assert str(info.value) == \
        "Kommune.BudgetFrame.new(): argument 'year' (guint32) must be an int, not float (2024.0)"


def test_bool_and_decimal_are_refused_for_money():
    with pytest.raises(TypeError, match=r"argument 'amount' \(gint64\) must be an int, not bool \(True\)"):
        Kommune.BudgetFrame.new(area(), 2024, True)
    with pytest.raises(TypeError, match=r"not Decimal \(Decimal\('12'\)\)"):
        Kommune.BudgetFrame.new(area(), 2024, decimal.Decimal('12'))


def test_methods_and_keywords_are_guarded():
    plan = Kommune.EconomicPlan.new(2017)
    a = area()
    plan.add_area(a)
    with pytest.raises(TypeError) as info:
        plan.set_frame(a, 2017, OP, 99.5)
    assert str(info.value).startswith(
        "Kommune.EconomicPlan.set_frame(): argument 'amount' (gint64) must be an int, not float (99.5)")
    with pytest.raises(TypeError, match=r"^Kommune.EconomicPlan.get_frame\(\): argument 'year' \(guint32\)"):
        plan.get_frame('07', year=2017.0, budget_type=OP, as_of=None)
    assert plan.get_frame('07', year=2017, budget_type=OP, as_of=None) == 0


def test_earlier_names_call_the_renamed_functions():
    doc = load('kragero-2018-stab-og-stotte.json')
    plan = doc.get_plan()
    for old, new in (('get_frame', 'get_frame_amount'),
                     ('get_original_frame', 'get_original_frame_amount')):
        assert getattr(plan, old)('stab', 2018, OP) == getattr(plan, new)('stab', 2018, OP)
    assert plan.get_frame_after('stab', 2018, OP, Kommune.DocumentKind.TERTIAL_2) == \
        plan.get_frame_amount_after('stab', 2018, OP, Kommune.DocumentKind.TERTIAL_2)
    assert Kommune.EconomicPlan.get_frame.__name__ == 'get_frame'
    assert Kommune.EconomicPlan.get_frame_amount.__name__ == 'get_frame_amount'
    assert [d.to_unix() for d in Kommune.calendar_get_period(Kommune.DocumentKind.TERTIAL_1, 2018)] == \
        [d.to_unix() for d in Kommune.calendar_dup_period(Kommune.DocumentKind.TERTIAL_1, 2018)]
    with pytest.raises(TypeError, match=r"^Kommune.calendar_get_period\(\): argument 'year'"):
        Kommune.calendar_get_period(Kommune.DocumentKind.TERTIAL_1, 2018.0)


def test_functions_enums_and_arrays_are_guarded():
    with pytest.raises(TypeError) as info:
        Kommune.amount_format(100, 1.0, 2)
    assert str(info.value) == \
        "Kommune.amount_format(): argument 'scale' (AmountScale) must be an int, not float (1.0)"
    with pytest.raises(TypeError) as info:
        Kommune.amount_allocate(100, [1, 1.5])
    assert str(info.value) == \
        "Kommune.amount_allocate(): argument 'weights[1]' (gint64) must be an int, not float (1.5)"
    assert Kommune.amount_allocate(100, [1, 1]) == [50, 50]
    assert Kommune.amount_format(123450, Kommune.AmountScale.KRONER, 2) == '1 234,50'


def test_integer_properties_are_guarded():
    with pytest.raises(TypeError) as info:
        Kommune.BudgetFrame(year=2024.5)
    assert str(info.value) == \
        "Kommune.BudgetFrame(): property 'year' (guint) must be an int, not float (2024.5)"
    report = Kommune.TertialReport.new(2017, Kommune.DocumentKind.TERTIAL_1)
    with pytest.raises(TypeError) as info:
        report.props.materiality_threshold = 1234.56
    assert str(info.value) == (
        "Kommune.TertialReport.props: property 'materiality_threshold' (gint64) must be an int, "
        "not float (1234.56); write amounts in øre, or convert kroner with Kommune.kroner()")
    with pytest.raises(TypeError, match=r"^Kommune.TertialReport.set_property\(\): property "
                                        r"'materiality-threshold' \(gint64\) must be an int, not bool"):
        report.set_property('materiality-threshold', True)
    with pytest.raises(TypeError, match=r"^Kommune.Measure.props: property 'status' \(KommuneMeasureStatus\)"):
        Kommune.Measure.new(1, 'Tiltak').props.status = 1.0
    report.props.materiality_threshold = 123456
    report.set_property('materiality-threshold', 654321)
    assert report.get_materiality_threshold() == 654321
    assert report.props.year == 2017
    assert Kommune.TertialReport.props.materiality_threshold.name == 'materiality-threshold'


def test_floats_stay_welcome_where_the_api_takes_a_double():
    indicator = Kommune.Indicator.new('Andel', Kommune.IndicatorUnit.PERCENT, Kommune.Direction.HIGHER_IS_BETTER)
    indicator.set_band(Kommune.Status.DESIRED, '55', False, None, False)
    assert indicator.evaluate(61.5) == Kommune.Status.DESIRED


def test_every_guarded_callable_keeps_its_name_and_doc():
    assert Kommune.BudgetFrame.new.__name__ == 'new'
    assert Kommune.EconomicPlan.get_frame.__doc__.startswith('get_frame(self, area_code:str, year:int')


# -- kroner --------------------------------------------------------------------

def test_kroner_from_text_decimal_and_int():
    assert Kommune.kroner('1 234,50') == 123450
    assert Kommune.kroner('9,4 mill.') == 940000000
    assert Kommune.kroner(decimal.Decimal('1234.50')) == 123450
    assert Kommune.kroner(decimal.Decimal('-0.01')) == -1
    assert Kommune.kroner(decimal.Decimal('1E+3')) == 100000
    assert Kommune.kroner(decimal.Decimal('92233720368547758.07')) == 9223372036854775807
    assert Kommune.kroner(1234) == 123400
    assert Kommune.BudgetFrame.new(area(), 2024, Kommune.kroner('1 234,56')).get_amount() == 123456


def test_kroner_refuses_what_is_not_exact():
    with pytest.raises(ValueError) as info:
        Kommune.kroner(decimal.Decimal('1234.505'))
    assert str(info.value) == 'kroner(): 1234.505 kr has a fraction of an øre'
    with pytest.raises(TypeError) as info:
        Kommune.kroner(1234.5)
    assert str(info.value) == ('kroner() takes a str, a decimal.Decimal or an int, not float (1234.5): '
                               'a float cannot hold an amount exactly')
    with pytest.raises(TypeError):
        Kommune.kroner(True)
    with pytest.raises(ValueError, match='Infinity is not an amount'):
        Kommune.kroner(decimal.Decimal('Infinity'))
    with pytest.raises(OverflowError):
        Kommune.kroner(decimal.Decimal('92233720368547758.08'))
    with pytest.raises(GLib.Error) as info:
        Kommune.kroner('tolv kroner')
    assert info.value.matches(Kommune.error_quark(), Kommune.Error.INVALID_AMOUNT)


# -- dates ---------------------------------------------------------------------

def build_plan():
    plan = Kommune.EconomicPlan.new(2017)
    a = area()
    plan.add_area(a)
    plan.add_area(area('13', 'Byutvikling'))
    plan.set_frame(a, 2017, OP, Kommune.kroner('100 mill.'))
    plan.add_adjustment(Kommune.Adjustment.new(
        '2017-t1-07', datetime.date(2017, 6, 30), 'sak 53/17', Kommune.DocumentKind.TERTIAL_1,
        '07', OP, 2017, Kommune.kroner('1,5 mill.'), 'Kontrolltjenester'))
    plan.add_adjustment(Kommune.Adjustment.new_transfer(
        '2017-t2-07-13', datetime.datetime(2017, 11, 1, 12, 30), 'sak 91/17', Kommune.DocumentKind.TERTIAL_2,
        '07', '13', OP, 2017, Kommune.kroner('250 000'), 'Byleksikon'))
    return plan


def test_dates_are_accepted_where_a_date_time_is_expected():
    plan = build_plan()
    assert plan.get_frame('07', 2017, OP, datetime.date(2017, 6, 29)) == 10000000000
    assert plan.get_frame('07', 2017, OP, datetime.date(2017, 6, 30)) == 10150000000
    oslo = datetime.timezone(datetime.timedelta(hours=1))
    assert plan.get_frame('07', 2017, OP, datetime.datetime(2017, 11, 1, 0, 5, tzinfo=oslo)) == 10125000000
    assert plan.get_frame('13', 2017, OP, as_of=datetime.date(2017, 11, 1)) == 25000000
    assert plan.get_frame_change('07', 2017, OP, datetime.date(2017, 1, 1), datetime.date(2017, 12, 31)) == 125000000


def test_datetime_conversion_is_exact():
    from gi.overrides.Kommune import _to_gdatetime
    aware = datetime.datetime(2017, 6, 30, 23, 59, 59, 999999,
                              tzinfo=datetime.timezone(datetime.timedelta(hours=-3, minutes=-30)))
    value = _to_gdatetime('f()', 'date', aware)
    assert value.format('%F %T') == '2017-06-30 23:59:59'
    assert value.get_microsecond() == 999999
    assert value.get_utc_offset() == -(3 * 3600 + 30 * 60) * 1000000
    assert Kommune.to_datetime(value) == aware
    naive = _to_gdatetime('f()', 'date', datetime.datetime(2017, 6, 30, 12, 0))
    assert naive.get_timezone().get_identifier() == GLib.TimeZone.new_local().get_identifier()
    assert _to_gdatetime('f()', 'date', datetime.date(2017, 6, 30)).format('%F %T %z') == '2017-06-30 00:00:00 +0000'


def test_date_time_returns_convert_to_python():
    adjustment = build_plan().get_adjustments()[1]
    assert Kommune.to_date(adjustment.get_date()) == datetime.date(2017, 11, 1)
    assert Kommune.to_datetime(adjustment.get_date()) == \
        datetime.datetime(2017, 11, 1, tzinfo=datetime.timezone.utc)
    assert Kommune.to_date(None) is None
    assert Kommune.to_datetime(None) is None
    aware = GLib.DateTime.new(GLib.TimeZone.new_offset(7200), 2017, 6, 30, 23, 15, 1.25)
    assert Kommune.to_datetime(aware) == datetime.datetime(
        2017, 6, 30, 23, 15, 1, 250000, tzinfo=datetime.timezone(datetime.timedelta(hours=2)))


def test_adopting_a_report_with_a_date():
    plan = Kommune.EconomicPlan.new(2017)
    plan.add_area(area())
    report = Kommune.TertialReport.new(2017, Kommune.DocumentKind.TERTIAL_1)
    report.add_proposal(Kommune.Adjustment.new(
        't1-1', datetime.date(2017, 6, 20), 'sak 53/17', Kommune.DocumentKind.TERTIAL_1,
        '07', OP, 2017, Kommune.kroner('5 mill.'), 'Kommunereform'))
    report.adopt(plan, datetime.date(2017, 6, 20))
    assert Kommune.to_date(report.get_adopted()) == datetime.date(2017, 6, 20)
    assert plan.get_frame('07', 2017, OP, None) == 500000000


# -- reprs and enums -----------------------------------------------------------

def test_enums_print_by_short_names():
    assert str(OP) == 'OPERATING'
    assert repr(Kommune.Status.NOT_APPROVED) == '<Kommune.Status.NOT_APPROVED: 2>'
    assert '{}'.format(Kommune.Status.NOT_APPROVED) == 'NOT_APPROVED'
    assert '{:d}'.format(Kommune.Status.NOT_APPROVED) == '2'
    assert Kommune.Status.NOT_APPROVED == 2


def test_new_reprs():
    frame = Kommune.BudgetFrame.new_full(area(), 2017, INV, 100000000)
    assert repr(frame) == "<Kommune.BudgetFrame '07' 2017 investment 1 000 000 kr distributions=0>"
    report = load('drammen-2017-t1-programomrade-07.json').get_tertial_reports()[0]
    assert repr(report.get_area_reports()[0]) == "<Kommune.AreaReport '07' deviation=1 000 000 kr>"
    kragero = load('kragero-2018-stab-og-stotte.json')
    assert repr(kragero.get_verbal_proposals()[0]) == \
        "<Kommune.VerbalProposal 8 'Innovasjonsfond for ansatte i Kragerø k…'>"
    assert repr(kragero.get_notes()[9]) == \
        "<Kommune.Note 'HMS og sykefravær' 'Kommunalområdet hadde et samlet sykefra…'>"
    evaluation = load('drammen-2023-arsevaluering.json').get_annual_evaluations()[0]
    assert repr(evaluation) == '<Kommune.AnnualEvaluation 2023 figures=5 net-operating-result=78 300 000 kr>'
    assert repr(evaluation.get_financial_figures()) == (
        '<Kommune.FinancialFigures 2023 net-operating-result=78 300 000 kr '
        'gross-operating-revenue=8 700 000 000 kr result-vs-revised-budget=88 500 000 kr '
        'disposition-fund-opening=843 000 000 kr disposition-fund-closing=605 000 000 kr>')
    measure = Kommune.Measure.new(3, 'Kompetanseplan for alle enheter')
    assert repr(measure) == "<Kommune.Measure 3 'Kompetanseplan for alle enheter' planned>"


def test_every_type_has_a_repr_even_when_bare():
    from gi._gi import ObjectInfo, Repository
    for info in Repository.get_default().get_infos('Kommune'):
        if not isinstance(info, ObjectInfo):
            continue
        cls = getattr(Kommune, info.get_name())
        assert cls.__repr__.__module__ == 'gi.overrides.Kommune', info.get_name()
        text = repr(cls())
        assert text.startswith('<Kommune.' + info.get_name()), text


# -- records -------------------------------------------------------------------

def test_plan_records():
    records = build_plan().to_records()
    assert records == [
        {'area': '07', 'year': 2017, 'budget_type': 'operating',
         'original': 10000000000, 'revised': 10125000000, 'change': 125000000},
        {'area': '13', 'year': 2017, 'budget_type': 'operating',
         'original': 0, 'revised': 25000000, 'change': 25000000},
    ]
    as_of = build_plan().to_records(as_of=datetime.date(2017, 6, 30))
    assert [r['revised'] for r in as_of] == [10150000000, 0]


def test_document_plan_records():
    plan = load('drammen-2017-t1-programomrade-07.json').props.plan
    assert plan.to_records() == [
        {'area': '07', 'year': 2017, 'budget_type': 'operating',
         'original': 0, 'revised': 940000000, 'change': 940000000},
        {'area': '07', 'year': 2017, 'budget_type': 'investment',
         'original': 0, 'revised': 100000000, 'change': 100000000},
    ]


def test_scorecard_records():
    root = load('drammen-2014-sosiale-tjenester.json').get_goals()[0]
    records = Kommune.Scorecard.new(root, '2013').to_records()
    assert len(records) == 12
    assert records[0] == {
        'goal': 'o1', 'goal_level': 'plan',
        'goal_text': 'Flere av kommunens innbyggere er i arbeid',
        # The seed's spelling, kept as written.
        'indicator': 'Innvandrere og flyktninger i arbeid eller utdanning etter avsluttet introduksjonprogram',
        'unit': 'percent', 'period': '2013', 'value': decimal.Decimal('61'), 'value_text': '61',
        'status': 'desired'}
    assert records[4]['indicator'] == 'Sosialhjelpsmottakere i prosent av befolkningen'
    assert records[4]['value'] == decimal.Decimal('3.2')
    assert records[1]['value'] is None and records[1]['status'] == 'not-measured'
    assert [r['status'] for r in records].count('desired') == 2
    # “nesten 3 000” children in low-income families: evaluated as 3000.
    assert records[9]['value'] == decimal.Decimal('3000')
    assert records[9]['status'] == 'not-approved'


def test_records_make_a_data_frame():
    try:
        import pandas
    except ImportError:
        pytest.skip('pandas is not installed (Debian: python3-pandas)')
    frames = pandas.DataFrame(build_plan().to_records())
    assert list(frames.columns) == ['area', 'year', 'budget_type', 'original', 'revised', 'change']
    assert frames['change'].tolist() == [125000000, 25000000]
    assert int(frames['revised'].sum()) == 10150000000
    assert str(frames['revised'].dtype) == 'int64'
    root = load('drammen-2014-sosiale-tjenester.json').get_goals()[0]
    table = pandas.DataFrame(Kommune.Scorecard.new(root, '2013').to_records())
    assert table.groupby('status').size().to_dict() == {'desired': 2, 'not-approved': 1, 'not-measured': 9}
    assert table.loc[table['value'].notna(), 'value'].tolist() == \
        [decimal.Decimal('61'), decimal.Decimal('3.2'), decimal.Decimal('3000')]


def test_dates_do_not_depend_on_the_local_time_zone():
    import subprocess
    import sys
    if not os.path.exists('/usr/share/zoneinfo/Pacific/Kiritimati'):
        pytest.skip('no time zone data (Debian: tzdata)')
    program = '\n'.join([
        'import datetime, gi',
        "gi.require_version('Kommune', '1')",
        'from gi.repository import Kommune',
        'plan = Kommune.EconomicPlan.new(2017)',
        "plan.add_area(Kommune.ProgrammeArea.new('07', 'Sentraladministrasjonen'))",
        "plan.add_adjustment(Kommune.Adjustment.new('a', datetime.date(2017, 6, 30), 'sak 1/17',",
        "    Kommune.DocumentKind.TERTIAL_1, '07', Kommune.BudgetType.OPERATING, 2017, 100, 'x'))",
        "op = Kommune.BudgetType.OPERATING",
        "print(plan.get_frame('07', 2017, op, datetime.date(2017, 6, 29)),",
        "      plan.get_frame('07', 2017, op, datetime.date(2017, 6, 30)),",
        "      Kommune.to_date(plan.get_adjustments()[0].get_date()),",
        "      plan.get_frame('07', 2017, op, datetime.datetime(2017, 6, 30, 1, 0)))",
    ])
    for zone in ('Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Europe/Oslo'):
        output = subprocess.run([sys.executable, '-c', program], env=dict(os.environ, TZ=zone),
                                capture_output=True, text=True, check=True).stdout
        assert output == '0 100 2017-06-30 100\n', zone


def test_kroner_answers_at_once_for_huge_exponents():
    assert Kommune.kroner(decimal.Decimal('0E+99999999')) == 0
    assert Kommune.kroner(decimal.Decimal('1.00E+2')) == 10000
    with pytest.raises(OverflowError):
        Kommune.kroner(decimal.Decimal('1E+999999999'))
    with pytest.raises(ValueError, match='fraction of an øre'):
        Kommune.kroner(decimal.Decimal('1E-999999999'))
    with pytest.raises(ValueError, match='fraction of an øre'):
        Kommune.kroner(decimal.Decimal('1000E-999999999'))
    assert Kommune.kroner(decimal.Decimal('92233720368547758.07')) == 2**63 - 1
    with pytest.raises(OverflowError):
        Kommune.kroner(decimal.Decimal('92233720368547758.08'))


def test_formatters_refuse_more_decimals_than_they_write():
    with pytest.raises(ValueError, match='at most 3, not 4'):
        Kommune.decimal_format(5, 4)
    with pytest.raises(ValueError, match='at most 12, not 13'):
        Kommune.amount_format(5, Kommune.AmountScale.KRONER, 13)
    with pytest.raises(GLib.Error) as info:
        Kommune.percent_of(1, 3, 13)
    assert info.value.message == 'a percentage has at most 12 decimals, not 13'
    assert Kommune.decimal_format(5, 3) == '0,005'


def test_records_of_a_rolled_plan_leave_out_the_years_it_has_left():
    area = Kommune.ProgrammeArea.new('1', 'Oppvekst')
    plan = Kommune.EconomicPlan.new(2024)
    plan.add_area(area)
    plan.set_frame(area, 2025, OP, 500)
    plan.add_adjustment(Kommune.Adjustment.new('x', datetime.date(2024, 3, 1), 'sak 1', Kommune.DocumentKind.ECONOMIC_PLAN,
                                               '1', OP, 2024, 10, 'grunn'))
    plan.roll_forward()
    assert plan.to_records() == [{'area': '1', 'year': 2025, 'budget_type': 'operating',
                                  'original': 500, 'revised': 500, 'change': 0}]


def test_keyword_construction_is_checked_before_gobject_sees_it():
    # GObject would answer these with a critical (fatal in these tests) or
    # a warning and its default value; the override raises instead.
    with pytest.raises(TypeError, match=r"property 'id' cannot be set \(it is read-only\); use Kommune.Goal.new\(\)"):
        Kommune.Goal(id='g')
    with pytest.raises(ValueError, match="property 'budget_type': 7 is not a BudgetType"):
        Kommune.BudgetFrame(budget_type=7)
    with pytest.raises(ValueError, match="property 'first_year' must be 1000–9995, not 99999"):
        Kommune.EconomicPlan(first_year=99999)
    with pytest.raises(ValueError, match="property 'year' must be 1000–9999, not 5"):
        Kommune.AnnualEvaluation(year=5)
    report = Kommune.TertialReport.new(2024, Kommune.DocumentKind.TERTIAL_1)
    with pytest.raises(TypeError, match="property 'year' cannot be set; use Kommune.TertialReport.new"):
        report.set_property('year', 2025)
    with pytest.raises(ValueError, match="must be 0–9223372036854775807, not -1"):
        report.props.materiality_threshold = -1
    assert report.props.materiality_threshold == 0
    assert Kommune.AnnualEvaluation(year=2023).props.year == 2023
    assert Kommune.TertialReport(year=2024, period=Kommune.DocumentKind.TERTIAL_2).props.year == 2024


def test_unknown_enum_values_are_refused_before_a_critical():
    measure = Kommune.Measure.new(1, 'Kompetanseplan')
    with pytest.raises(ValueError, match="argument 'status': 99 is not a MeasureStatus"):
        measure.set_status(99)
    assert measure.props.status == Kommune.MeasureStatus.PLANNED
    assert Kommune.budget_type_to_string(Kommune.BudgetType.INVESTMENT) == 'investment'


def test_formatter_decimals_given_by_name_are_guarded_too():
    with pytest.raises(ValueError, match='at most 12, not 20'):
        Kommune.amount_format(1, Kommune.AmountScale.KRONER, decimals=20)
    with pytest.raises(ValueError, match='at most 3, not 9'):
        Kommune.decimal_format(2, decimals=9)
    assert Kommune.decimal_format(5, decimals=2) == '0,01'
