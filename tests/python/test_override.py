# SPDX-License-Identifier: LGPL-2.1-or-later
from gi.repository import Kommune

import kragero


def test_override_is_loaded():
    assert Kommune.format_kroner(3822873700) == '38 228 737 kr'
    assert Kommune.format_kroner(123450) == '1 234,50 kr'
    assert Kommune.format_kroner(-17988300) == '-179 883 kr'


def test_reprs():
    frame = kragero.build_frame()
    assert repr(frame) == "<Kommune.BudgetFrame 'stab' 2018 operating 38 228 737 kr distributions=2>"
    distribution = frame.get_distribution('department')
    assert repr(distribution) == "<Kommune.Distribution 'department' lines=7 total=38 228 737 kr>"
    assert repr(distribution[0]) == \
        "<Kommune.DistributionLine 'service' 'Serviceavdelingen' 7 686 054 kr>"
    area = frame.get_area()
    assert repr(area) == "<Kommune.ProgrammeArea 'stab' 'Stab og støtte' departments=7>"
    assert repr(area.get_departments()[0]) == "<Kommune.Department 'service' 'Serviceavdelingen'>"
    kommune = Kommune.Municipality.new('4014', 'Kragerø')
    kommune.add_area(area)
    assert repr(kommune) == "<Kommune.Municipality 4014 'Kragerø' areas=1>"


def test_budget_cycle_reprs():
    import os
    data = os.path.join(os.path.dirname(__file__), '..', 'data')
    document = Kommune.Document.load(os.path.join(data, 'drammen-2017-t1-programomrade-07.json'))
    assert repr(document) == "<Kommune.Document 0602 'Drammen' plan=yes reports=1>"
    plan = document.props.plan
    assert repr(plan) == '<Kommune.EconomicPlan 2017–2020 areas=1 adjustments=6>'
    assert repr(plan.get_adjustments()[1]) == \
        "<Kommune.Adjustment '2017-t1-07-kontrolltjenester' tertial-1 07 operating 2017 1 500 000 kr 2017-06-30>"
    assert repr(document.get_tertial_reports()[0]) == \
        '<Kommune.TertialReport tertial-1 2017 areas=1 proposals=6 adopted 2017-06-30>'
    kragero = Kommune.Document.load(os.path.join(data, 'kragero-2018-stab-og-stotte.json'))
    assert repr(kragero.get_investment_projects()[0]) == "<Kommune.InvestmentProject 15022 'IKT sikkerhet'>"
    assert repr(kragero.get_key_figures()[4]) == "<Kommune.KeyFigure 'Ansatte' 2018 32,30 årsverk>"


def test_steering_reprs():
    import os
    data = os.path.join(os.path.dirname(__file__), '..', 'data')
    document = Kommune.Document.load(os.path.join(data, 'drammen-2014-sosiale-tjenester.json'))
    root = document.get_goals()[0]
    assert repr(root).startswith("<Kommune.Goal 'k1' community 'Drammen er en trygg")
    indicator = root.find('o1').get_indicators()[0]
    assert repr(indicator).endswith("higher-is-better measurements=1>")
    assert repr(indicator.get_measurements()[0]) == '<Kommune.Measurement 2013 61>'
    assert repr(Kommune.Scorecard.new(root, '2013')) == \
        '<Kommune.Scorecard 2013 desired=2, acceptable=0, not-approved=1, outside-bands=0, not-measured=9>'
    strategy = Kommune.Document.load(os.path.join(data, 'drammen-2021-kompetansestrategi.json')).get_strategies()[0]
    assert repr(strategy) == "<Kommune.Strategy 'Kompetansestrategi for Drammen kommune' 2021–2024 focus_areas=4 goals=17>"
    rule = Kommune.Document.load(os.path.join(data, 'kragero-2018-stab-og-stotte.json')).get_financial_rules()[1]
    assert repr(rule).endswith("≥ 1,75 %>")
