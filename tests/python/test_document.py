# SPDX-License-Identifier: LGPL-2.1-or-later
"""Loading and saving documents; the worked numbers of the bundled ones."""

import os

import pytest
from gi.repository import GLib, Kommune

DATA = os.path.join(os.path.dirname(__file__), '..', 'data')
DOCUMENTS = sorted(name for name in os.listdir(DATA) if name.endswith('.json'))
OP = Kommune.BudgetType.OPERATING
INV = Kommune.BudgetType.INVESTMENT


def load(name):
    return Kommune.Document.load(os.path.join(DATA, name))


def key_figures(document):
    return {(f.props.name, f.props.year): f.props.value for f in document.get_key_figures()}


def test_drammen_2017_t1():
    document = load('drammen-2017-t1-programomrade-07.json')
    plan = document.props.plan
    report = document.find_tertial_report(2017, Kommune.DocumentKind.TERTIAL_1)
    operating = [a for a in report.get_proposals() if a.props.budget_type == OP and a.props.area_code == '07']
    investment = [a for a in report.get_proposals() if a.props.budget_type == INV]
    assert sum(a.props.amount for a in operating) == 9_400_000 * 100
    assert sum(a.props.amount for a in investment) == 1_000_000 * 100
    assert report.get_proposed_total('07', OP) == Kommune.amount_parse('9,4 mill')
    assert [a.props.amount for a in operating] == [Kommune.amount_parse(t) for t in
                                                   ('5 mill', '1,5 mill', '0,15 mill', '2,5 mill', '0,25 mill')]
    before = GLib.DateTime.new_utc(2017, 6, 29, 0, 0, 0)
    after = GLib.DateTime.new_utc(2017, 7, 1, 0, 0, 0)
    assert plan.get_frame('07', 2017, OP, after) - plan.get_frame('07', 2017, OP, before) == 940_000_000
    assert plan.get_frame('07', 2017, INV, after) - plan.get_frame('07', 2017, INV, before) == 100_000_000
    assert report.get_deviation('07', plan) == 100_000_000
    assert Kommune.deviation_to_label(Kommune.deviation_classify(report.get_deviation('07', plan))) == 'merforbruk'


def test_kragero_2018():
    document = load('kragero-2018-stab-og-stotte.json')
    assert document.props.municipality.props.number == '0815'
    frame = document.props.plan.get_budget_frame('stab', 2018, OP)
    assert frame.check()
    assert frame.get_distribution('department').get_total() == 38_228_737 * 100
    assert frame.get_distribution('kostra-function-group').find('870').props.amount == -179_883 * 100
    figures = key_figures(document)
    assert Kommune.amount_format(frame.props.amount, Kommune.AmountScale.MILLIONS, 1) == figures[('Økonomisk ramme', 2018)]
    assert figures[('Økonomisk ramme', 2017)] == '34,1'
    assert figures[('Ansatte', 2018)] == '32,30' and figures[('Ansatte', 2017)] == '32,34'
    assert len(document.props.municipality.find_area('stab').get_departments()) == int(figures[('Virksomheter (avdelinger)', 2018)])
    projects = {p.props.number: p.get_amount(2018) for p in document.get_investment_projects()}
    assert projects == {'15022': 40_000_000, '15031': 120_000_000, '15032': 60_000_000}
    assert [v.props.number for v in document.get_verbal_proposals()] == [8, 18, 19, 20]
    assert document.get_verbal_proposals()[2].props.responsible == 'Administrasjonsutvalget'


def test_drammen_2023():
    document = load('drammen-2023-arsevaluering.json')
    evaluation = document.get_annual_evaluations()[0]
    F = Kommune.FinancialFigure
    assert evaluation.get_figure(F.NET_OPERATING_RESULT) == Kommune.amount_parse('78,3 mill')
    assert evaluation.get_figure(F.RESULT_VS_REVISED_BUDGET) == Kommune.amount_parse('88,5 mill')
    assert evaluation.get_figure(F.DISPOSITION_FUND_OPENING) == Kommune.amount_parse('843 mill')
    assert evaluation.get_figure(F.DISPOSITION_FUND_CLOSING) == Kommune.amount_parse('605 mill')
    assert evaluation.get_fund_change() == -Kommune.amount_parse('238 mill')
    assert evaluation.props.reported_result_share == '0,9'


@pytest.mark.parametrize('name', DOCUMENTS)
def test_save_twice_byte_identical_and_round_trip(name, tmp_path):
    document = load(name)
    first, second = tmp_path / 'a.json', tmp_path / 'b.json'
    document.save(str(first))
    document.save(str(second))
    assert first.read_bytes() == second.read_bytes()
    assert first.read_bytes() == open(os.path.join(DATA, name), 'rb').read()
    assert document.equal(Kommune.Document.load(str(first)))


def test_corrupted_copy_names_json_path(tmp_path):
    text = open(os.path.join(DATA, 'drammen-2017-t1-programomrade-07.json'), encoding='utf-8').read()
    broken = tmp_path / 'broken.json'
    broken.write_text(text.replace('"amount" : 150000000', '"amount" : "1,5 mill"'), encoding='utf-8')
    with pytest.raises(GLib.Error) as info:
        Kommune.Document.load(str(broken))
    assert info.value.code == Kommune.Error.INVALID_DOCUMENT
    assert '$.tertial_reports[0].proposals[1].amount' in info.value.message
    assert 'expected an integer (øre), found a string' in info.value.message
    assert 'broken.json' in info.value.message


def test_failed_save_leaves_nothing(tmp_path):
    document = load('drammen-2023-arsevaluering.json')
    target = tmp_path / 'no-such-folder' / 'doc.json'
    with pytest.raises(GLib.Error):
        document.save(str(target))
    assert list(tmp_path.iterdir()) == []


def test_bundled_examples_match_test_data():
    examples = os.path.join(os.path.dirname(__file__), '..', '..', 'examples', 'data')
    for name in DOCUMENTS:
        assert open(os.path.join(examples, name), 'rb').read() == open(os.path.join(DATA, name), 'rb').read()
