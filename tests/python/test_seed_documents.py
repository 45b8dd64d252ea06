# SPDX-License-Identifier: LGPL-2.1-or-later
"""The bundled documents say what their sources say: the social-services goal
table of Drammen 2014 and Kragerø's action plan 2018, exactly."""

import datetime
import filecmp
import os

import pytest
from gi.repository import Kommune

HERE = os.path.dirname(__file__)
DATA = os.path.join(HERE, '..', 'data')
EXAMPLES = os.path.join(HERE, '..', '..', 'examples', 'data')
S = Kommune.Status
L = Kommune.GoalLevel
U = Kommune.IndicatorUnit
D = Kommune.Direction
W = Kommune.WorkforceFigure

# The table “Mål- og resultatstyring, Sosiale tjenester”: each goal of the
# city strategy, its goals in the economic plan 2015–2018, and each of those
# goals' indicators with its bands (desired, acceptable, not approved).
TABLE = [
    ('b1', 'Flere i arbeid og aktivitet', [
        ('o1', 'Flere av kommunens innbyggere er i arbeid', [
            ('Innvandrere og flyktninger i arbeid eller utdanning etter avsluttet introduksjonprogram',
             U.PERCENT, D.HIGHER_IS_BETTER, ('> 55', '≥ 50 and ≤ 54', '< 50')),
            ('Innvandrere og flyktninger i arbeid etter avsluttet introduksjonsprogram - Sysselsetting',
             U.PERCENT, D.HIGHER_IS_BETTER, ('> 69', '≥ 66,2 and ≤ 68,9', '< 66,1')),
        ]),
        ('o4', 'Flere mottakere av økonomisk sosialhjelp skal være i aktivitet', [
            ('Andel sosialhjelps-mottakere med sosialhjelp som viktigste inntektskilde, '
             'hvor det er satt vilkår om aktivitet',
             U.PERCENT, D.HIGHER_IS_BETTER, ('≥ 70', '≥ 51 and ≤ 69', '< 50')),
        ]),
    ]),
    ('b2', 'Forebygge rusmisbruk', [
        ('o5', 'Færre brukere med alvorlig rusmisbruk', [
            ('Andel brukere som har et rusmisbruk som medfører alvorlige konsekvenser for deres liv',
             U.PERCENT, D.LOWER_IS_BETTER, ('< 30', '≥ 30 and ≤ 45', '> 45')),
        ]),
    ]),
    ('b3', 'Reduksjon av levekårsforskjeller', [
        ('o2', 'Flere av kommunens innbyggere tar ansvar for egen økonomi, egen helse og eget liv', [
            ('Sosialhjelpsmottakere i prosent av befolkningen',
             U.PERCENT, D.LOWER_IS_BETTER, ('< 3,5', '≥ 3,5 and ≤ 4,9', '≥ 5')),
            ('Antall langtidsmottakere av sosialhjelp med forsørgerplikt',
             U.COUNT, D.LOWER_IS_BETTER, ('< 400', '≥ 400 and ≤ 450', '≥ 450')),
        ]),
        ('o3', 'Sosiale tjenester skal være et sikkerhetsnett for de av kommunens innbyggere '
               'som har et særlig behov for slike tjenester', [
            ('Bostedsløse',
             U.COUNT, D.LOWER_IS_BETTER, ('< 65', '≥ 65 and ≤ 100', '> 100')),
            ('Brukere opplever at tjenestene de mottar bidrar til at de i større grad mestrer eget liv',
             U.SCORE, D.HIGHER_IS_BETTER, ('≥ 4,5', '≥ 3,6 and ≤ 4,4', '< 3,5')),
            ('Færre barn lever i husstander med inntekt under fattigsomsgrensen',
             U.COUNT, D.LOWER_IS_BETTER, ('< 1000', '≥ 1000 and ≤ 2700', '> 2700')),
        ]),
    ]),
]

# The introduction centre's business plan 2014: goal of the economic plan,
# the centre's own goals and their measurement methods.
BUSINESS_PLAN = [
    ('o6', 'Flere av kommunens innbyggere er i arbeid og aktivitet', [
        ('v1', 'Innvandrere og flyktninger i arbeid eller utdanning ett år etter avsluttet introduksjonsprogram',
         'Måltall fra IMDi'),
        ('v2', 'Flere voksne innvandrere består norskprøve 2 muntlig',
         'Resultat fra Norsk språktest/VOX på norskprøvene'),
    ]),
    ('o2', None, [
        ('v3', 'Flere flyktninger flytter ut av kommunal bolig etter 27 måneder', 'Manuell registrering'),
    ]),
]


def load(name):
    return Kommune.Document.load(os.path.join(DATA, name))


def texts(model):
    return [item.props.text for item in model]


@pytest.fixture(scope='module')
def social():
    document = load('drammen-2014-sosiale-tjenester.json')
    assert len(document.get_goals()) == 1
    return document.get_goals()[0]


@pytest.fixture(scope='module')
def kragero():
    return load('kragero-2018-stab-og-stotte.json')


@pytest.mark.parametrize('name', sorted(n for n in os.listdir(DATA) if n.endswith('.json')))
def test_examples_are_identical_copies(name):
    assert filecmp.cmp(os.path.join(DATA, name), os.path.join(EXAMPLES, name), shallow=False)


def test_examples_have_no_other_documents():
    assert sorted(n for n in os.listdir(EXAMPLES) if n.endswith('.json')) == \
        sorted(n for n in os.listdir(DATA) if n.endswith('.json'))


def test_goal_chain_of_the_social_services(social):
    assert social.props.id == 'k1'
    assert social.props.text == 'Drammen er en trygg og helsefremmende by der den enkelte kan klare seg selv'
    assert social.props.level == L.COMMUNITY
    assert [g.props.id for g in social.get_children()] == ['b1', 'b2', 'b3', 'o6']
    # Three goals of the city strategy, five of the economic plan: eight in all.
    city = [social.find(b) for b, _, _ in TABLE]
    plan = [social.find(o) for _, _, goals in TABLE for o, _, _ in goals]
    assert len(city) == 3 and len(plan) == 5
    assert [g.props.text for g in city] == \
        ['Flere i arbeid og aktivitet', 'Forebygge rusmisbruk', 'Reduksjon av levekårsforskjeller']
    assert all(g.props.level == L.COMMUNITY and g.props.owner == '' for g in city)
    for goal in plan:
        assert goal.props.level == L.PLAN
        assert goal.props.owner == 'Sosiale tjenester'
        assert (goal.get_first_year(), goal.get_last_year()) == (2015, 2018)


def test_every_goal_of_the_table_with_its_indicators(social):
    indicators = 0
    for city_id, city_text, plan_goals in TABLE:
        city = social.find(city_id)
        assert city.props.text == city_text
        assert len(city.get_indicators()) == 0
        assert [g.props.id for g in city.get_children()] == [o for o, _, _ in plan_goals]
        for goal_id, goal_text, rows in plan_goals:
            goal = city.find(goal_id)
            assert goal.props.text == goal_text
            got = goal.get_indicators()
            assert [i.props.name for i in got] == [name for name, _, _, _ in rows]
            for indicator, (name, unit, direction, bands) in zip(got, rows):
                assert (indicator.props.unit, indicator.props.direction) == (unit, direction), name
                assert indicator.props.method == '', name
                assert tuple(indicator.describe_band(s) for s in (S.DESIRED, S.ACCEPTABLE, S.NOT_APPROVED)) \
                    == bands, name
                indicators += 1
    assert indicators == 9


def test_unit_goals_and_their_measurement_methods(social):
    for parent_id, parent_text, unit_goals in BUSINESS_PLAN:
        parent = social.find(parent_id)
        if parent_text is not None:
            assert parent.props.text == parent_text
            assert parent.props.level == L.PLAN
            assert (parent.get_first_year(), parent.get_last_year()) == (0, 0)
            assert len(parent.get_indicators()) == 0
        assert [g.props.id for g in parent.get_children()] == [v for v, _, _ in unit_goals]
        for goal_id, text, method in unit_goals:
            goal = parent.find(goal_id)
            assert (goal.props.text, goal.props.level, goal.props.owner) == (text, L.UNIT, 'Introduksjonssenteret')
            [indicator] = goal.get_indicators()
            assert (indicator.props.name, indicator.props.method) == (text, method)
            assert not any(indicator.has_band(s) for s in (S.DESIRED, S.ACCEPTABLE, S.NOT_APPROVED))
            assert len(indicator.get_measurements()) == 0
    assert social.count() == 3 + 5 + 1 + 3


def test_values_the_presentation_states(social):
    introduction = social.find('o1').get_indicators()[0]
    [result] = introduction.get_measurements()
    assert (result.props.period, result.props.value, result.props.as_written) == ('2013', 61000, '')

    recipients = social.find('o2').get_indicators()[0]
    [own] = recipients.get_measurements()
    [national] = recipients.get_references()
    assert (own.props.period, own.props.value) == ('2013', 3200)
    assert recipients.get_reference_name() == 'Landet'
    assert (national.props.period, national.props.value) == ('2013', 2500)

    children = social.find('o3').get_indicators()[2]
    [poor] = children.get_measurements()
    assert poor.props.period == '2013'
    assert poor.props.value == 3_000_000
    assert poor.props.as_written == 'nesten 3 000'
    assert poor.props.source == 'Per 1.1.2013 bodde det nesten 3 000 barn i fattige familier i Drammen'
    assert children.evaluate_measurement(poor) == S.NOT_APPROVED

    measured = []

    def walk(goal):
        for indicator in goal.get_indicators():
            measured.extend((indicator.props.name, m.props.period) for m in indicator.get_measurements())
        for child in goal.get_children():
            walk(child)
    walk(social)
    assert len(measured) == 3


def test_scorecard_of_the_reconstructed_table(social):
    scorecard = Kommune.Scorecard.new(social, '2013')
    assert [scorecard.get_count(s) for s in (S.DESIRED, S.ACCEPTABLE, S.NOT_APPROVED, S.OUTSIDE_BANDS,
                                             S.NOT_MEASURED)] == [2, 0, 1, 0, 9]
    assert scorecard.get_goal_status(social.find('b1')) == S.DESIRED
    assert scorecard.get_goal_status(social.find('b2')) == S.NOT_MEASURED
    assert scorecard.get_goal_status(social.find('b3')) == S.NOT_APPROVED
    assert [i.props.name for i in scorecard.get_not_approved()] == \
        ['Færre barn lever i husstander med inntekt under fattigsomsgrensen']


def test_kragero_fund_level_is_only_a_condition(kragero):
    rules = list(kragero.get_financial_rules())
    assert len(rules) == 2
    condition, rule = rules
    assert rule.props.name == ('Netto driftsresultat skal minst være på anbefalte 1,75 % til disposisjonsfondet '
                               'har nådd en størrelse på 5 % av brutto driftsinntekter')
    assert (rule.get_numerator(), rule.get_denominator()) == \
        (Kommune.FinancialFigure.NET_OPERATING_RESULT, Kommune.FinancialFigure.GROSS_OPERATING_REVENUE)
    assert (rule.get_comparison(), rule.get_threshold()) == (Kommune.Comparison.GREATER_OR_EQUAL, '1,75')
    assert rule.props.reference == 'anbefalt nivå'
    assert rule.get_until() is condition
    assert condition.props.name == 'Disposisjonsfondet har nådd en størrelse på 5 % av brutto driftsinntekter'
    assert (condition.get_numerator(), condition.get_denominator()) == \
        (Kommune.FinancialFigure.DISPOSITION_FUND_CLOSING, Kommune.FinancialFigure.GROSS_OPERATING_REVENUE)
    assert (condition.get_comparison(), condition.get_threshold()) == (Kommune.Comparison.GREATER_OR_EQUAL, '5')
    # Kept as the condition only, not as a rule Kragerø adopted.
    assert condition.props.condition_only and not rule.props.condition_only
    assert condition.props.reference == ''
    assert condition.get_until() is None
    # Every rule at 5 % is there only as the condition of another.
    conditions = {r.get_until() for r in rules if r.get_until() is not None}
    assert [r for r in rules if r.get_threshold() == '5'] == [condition]
    assert conditions == {condition}


def test_kragero_apprentices_and_ftes(kragero):
    figures = {(w.props.unit, w.props.period): w for w in kragero.get_workforce_figures()}
    assert sorted(figures) == [('', '2018'), ('stab', '2017'), ('stab', '2018')]
    municipality = figures[('', '2018')]
    assert municipality.get(W.APPRENTICES) == 8000
    assert [f for f in W.__enum_values__.values() if municipality.has(f)] == [W.APPRENTICES]
    assert figures[('stab', '2018')].get(W.FTES) == 32300
    assert figures[('stab', '2017')].get(W.FTES) == 32340
    assert not figures[('stab', '2018')].has(W.APPRENTICES)


def test_kragero_budget_decision_and_department_measures(kragero):
    notes = {n.props.title: n.props.body for n in kragero.get_notes()}
    assert list(notes) == [
        'Budsjettvedtak 2018 (kommunestyret 14.12.2017)',
        'Særskilte driftstiltak 2018 for hele kommunalområdet',
        'Særskilte driftstiltak 2018: IKT avdelingen',
        'Særskilte driftstiltak 2018: Skatteoppkreverkontoret',
        'Særskilte driftstiltak 2018: Serviceavdelingen',
        'Særskilte driftstiltak 2018: Personalavdelingen',
        'Særskilte driftstiltak 2018: Kommunalsjef og stabsfunksjonen',
        'Kompetanseutvikling per avdeling',
        'Brukermedvirkning per avdeling',
        'HMS og sykefravær',
    ]
    assert '(kommunestyret 14.12.2017)' in notes['Budsjettvedtak 2018 (kommunestyret 14.12.2017)']
    # The verbal proposals of chapter 5 were adopted with that decision.
    proposals = kragero.get_verbal_proposals()
    assert [p.props.number for p in proposals] == [8, 18, 19, 20]
    assert {Kommune.to_date(p.get_adopted()) for p in proposals} == {datetime.date(2017, 12, 14)}
    assert notes['Særskilte driftstiltak 2018: Serviceavdelingen'].count('\n') == 4
    assert [line.split(':')[0] for line in notes['Kompetanseutvikling per avdeling'].split('\n')] == \
        ['IKT avdelingen', 'Økonomiavdelingen', 'Skatteoppkreverkontoret', 'Serviceavdelingen',
         'Personalavdelingen', 'Kommunalsjef og stabsfunksjonen']
    assert 'Lede/gjennomføre pilotprosjekt knyttet til reduksjon i sykefravær.' in notes['HMS og sykefravær']


def test_kragero_goals_and_measures_as_written(kragero):
    goals = list(kragero.get_goals())
    assert texts(goals) == [
        'Kommunens tjenesteyting baserer seg på en sunn og bærekraftig økonomi',
        'Kragerø kommunes ansatte har i tråd med nasjonale krav kompetanse til å møte innbyggernes fremtidige behov',
        'Andel ansatte i deltidsstillinger går ned',
        'Kragerø kommune benytter elektronisk kommunikasjon som den viktigste kanal for informasjon og '
        'kommunikasjon med publikum og samarbeidspartnere',
        'Kragerø kommune har et velfungerende overordnet beredskapssystem',
    ]
    assert [m.props.number for g in goals for m in g.get_measures()] == [1, 2, 1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 1, 2]
    assert texts(goals[1].get_measures()) == [
        'Definere kompetansbehov/-krav i organisasjonen',
        'Økt fokus på systematisk jobbing med rekrutteringsprosessen',
        'Implementere revidert Strategisk kompetanseplan',
        'Økt bruk av elæring',
    ]
    assert texts(goals[3].get_measures())[0] == 'Kommunikasjonstrategi for Kragerø kommune 2018-2021 er ferdigstilt'
