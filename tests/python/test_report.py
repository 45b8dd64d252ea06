# SPDX-License-Identifier: LGPL-2.1-or-later
"""The HTML report: well-formed for every bundled document, and every number
in it read back and compared with the model — frames, distributions,
waterfalls, scorecards, financial rules, workforce and KOSTRA key figures."""

import json
import os
import re
import xml.etree.ElementTree as ET

import pytest
from gi.repository import GLib, Kommune

HERE = os.path.dirname(__file__)
DATA = os.path.join(HERE, '..', 'data')
EXAMPLES = os.path.join(HERE, '..', '..', 'examples', 'data')
KRAGERO = os.path.join(DATA, 'kragero-2018-stab-og-stotte.json')
ARSEVALUERING = os.path.join(DATA, 'drammen-2023-arsevaluering.json')
SOSIALE = os.path.join(DATA, 'drammen-2014-sosiale-tjenester.json')
ACCOUNTS = os.path.join(EXAMPLES, '0A_V2019_K4_R040200_OK.dat')
X = '{http://www.w3.org/1999/xhtml}'
BUNDLED = sorted(n for n in os.listdir(DATA) if n.endswith('.json'))


def report_of(document, language=None):
    report = Kommune.Report.new(document)
    if language is not None:
        report.props.language = language
    html = report.to_html()
    return html, ET.fromstring(html)


def load_json(path):
    with open(path, encoding='utf-8') as stream:
        return json.load(stream)


def document_of(data):
    return Kommune.Document.load_from_data(json.dumps(data, ensure_ascii=False), -1, 'test')


def by_id(root, ident):
    for element in root.iter():
        if element.get('id') == ident:
            return element
    return None


def figures(root, prefix):
    return [e for e in root.iter(X + 'figure') if e.get('id', '').startswith(prefix)]


def text_of(element):
    return ''.join(element.itertext()).strip()


def data_table(figure):
    """The chart's data table as its category labels and {series label:
    [data-value or None, …]}, whichever way round it is written (a table
    of many categories has them as its rows); the total of a stack (its
    last row, or its last column when transposed) is left out."""
    table = next(figure.iter(X + 'table'))
    header = [th for th in table.find(X + 'thead').iter(X + 'th')]
    body = list(table.find(X + 'tbody').iter(X + 'tr'))
    if 'kommune-transposed' in (table.get('class') or '').split():
        series = [text_of(th) for th in header if 'total' not in (th.get('class') or '').split()]
        categories = [text_of(tr.find(X + 'th')) for tr in body]
        cells = [[td.get('data-value') for td in tr.iter(X + 'td')] for tr in body]
        # Every value cell has its number, or is the "–" of a missing one.
        assert all(len(row) in (len(series), len(series) + 1) for row in cells)
        return categories, {label: [row[i] for row in cells] for i, label in enumerate(series)}
    categories = [text_of(th) for th in header]
    rows = {}
    for tr in body:
        if 'total' in (tr.get('class') or '').split():
            continue
        label = text_of(tr.find(X + 'th'))
        rows[label] = [td.get('data-value') for td in tr.iter(X + 'td')]
    return categories, rows


def test_many_categories_are_rows():
    """Eight function groups or the steps of a waterfall are the rows of
    its table, not columns; a few years stay columns. Either way every
    value cell has its exact value and the table its caption."""
    document = Kommune.Document.load(os.path.join(DATA, 'drammen-2017-t1-programomrade-07.json'))
    _, root = report_of(document)
    for figure in root.iter(X + 'figure'):
        table = next(figure.iter(X + 'table'))
        transposed = 'kommune-transposed' in (table.get('class') or '').split()
        categories, rows = data_table(figure)
        assert transposed == (len(categories) > 4), figure.get('id')
        assert text_of(table.find(X + 'caption'))
        for tr in table.find(X + 'tbody').iter(X + 'tr'):
            for td in tr.iter(X + 'td'):
                assert td.get('data-value') is not None or td.get('class', '').startswith('missing')
    falls = figures(root, 'waterfall-')
    table = next(falls[0].iter(X + 'table'))
    assert 'kommune-transposed' in table.get('class').split()
    # One row per step, from the original frame to the revised one.
    assert len(list(table.find(X + 'tbody').iter(X + 'tr'))) == 7
    assert len(list(table.find(X + 'thead').iter(X + 'th'))) == 1


@pytest.mark.parametrize('name', BUNDLED)
@pytest.mark.parametrize('language', [Kommune.ReportLanguage.NB, Kommune.ReportLanguage.EN])
def test_every_bundled_report_is_well_formed(name, language):
    document = Kommune.Document.load(os.path.join(DATA, name))
    html, root = report_of(document, language)
    assert html.startswith('<!DOCTYPE html>\n')
    assert root.tag == X + 'html'
    assert root.get('lang') == language.value_nick
    assert root.find(X + 'head').find(X + 'meta').get('charset') == 'utf-8'
    assert '@media print' in text_of(root.find(X + 'head').find(X + 'style'))
    # Self-contained: no script, nothing fetched.
    assert not [e for e in root.iter() if e.tag.endswith('script')]
    assert 'http://' not in html.replace('http://www.w3.org/', '')
    assert 'https://' not in html
    # Every section is there, with its data or a note that it is missing.
    for section in ('frames', 'distributions', 'adjustments', 'scorecard', 'rules',
                    'workforce', 'kostra'):
        element = by_id(root, section)
        assert element is not None and element.tag == X + 'section', section
    # Every chart has a title and its table beside it.
    for figure in root.iter(X + 'figure'):
        svg = [e for e in figure.iter() if e.tag.endswith('}svg')]
        assert len(svg) == 1 and svg[0].get('role') == 'img'
        assert text_of([e for e in svg[0] if e.tag.endswith('}title')][0])
        assert figure.find('.//' + X + 'table') is not None


@pytest.mark.parametrize('name', BUNDLED)
def test_frames_read_back(name):
    document = Kommune.Document.load(os.path.join(DATA, name))
    plan = document.get_plan()
    _, root = report_of(document)
    if plan is None:
        assert not figures(root, 'frames-')
        assert by_id(root, 'frames').find(X + 'p').get('class') == 'missing'
        return
    names = {area.get_code(): area.get_name() for area in plan.get_areas()}
    years = range(plan.get_first_year(), plan.get_last_year() + 1)
    checked = 0
    for budget_type, nick in ((Kommune.BudgetType.OPERATING, 'operating'),
                              (Kommune.BudgetType.INVESTMENT, 'investment')):
        # A frame adopted in the plan or made by adjustments (Drammen's
        # first tertial 2017 adds 9,4 mill. to an area without a frame).
        frames = [(code, year, plan.get_frame_amount(code, year, budget_type, None))
                  for code in names for year in years
                  if plan.get_budget_frame(code, year, budget_type) is not None
                  or plan.get_frame_amount(code, year, budget_type, None) != 0]
        figure = by_id(root, 'frames-' + nick)
        if not frames:
            assert figure is None
            continue
        shown_years, rows = data_table(figure)
        for code, year, amount in frames:
            assert int(rows[names[code]][shown_years.index(str(year))]) == amount
            checked += 1
    assert checked >= len(plan.list_budget_frames())


def test_drammen_first_tertial_2017_waterfall():
    # The worked example: 5 + 1,5 + 0,15 + 2,5 + 0,25 = 9,4 mill. kr more
    # for the operating budget of area 07, and 1 mill. kr for investment.
    document = Kommune.Document.load(os.path.join(DATA, 'drammen-2017-t1-programomrade-07.json'))
    _, root = report_of(document)
    falls = figures(root, 'waterfall-')
    assert [(f.get('data-area'), f.get('data-year'), f.get('data-budget-type')) for f in falls] == [
        ('07', '2017', 'operating'), ('07', '2017', 'investment')]
    steps, rows = data_table(falls[0])
    values = [int(v) for v in list(rows.values())[0]]
    assert values == [0, 500000000, 150000000, 15000000, 250000000, 25000000, 940000000]
    assert int(falls[1].get('data-revised')) == 100000000
    # The source does not give the adopted frame: the steps start from
    # nothing and end in their sum, and the chart says so.
    assert steps[0] == 'Opprinnelig ramme (ikke i dokumentet)' and steps[-1] == 'Endringene i alt'
    _, english = report_of(document, Kommune.ReportLanguage.EN)
    steps, _ = data_table(figures(english, 'waterfall-')[0])
    assert steps[0] == 'Original frame (not in the document)' and steps[-1] == 'The adjustments in all'


def test_distributions_add_up_to_their_frame():
    document = Kommune.Document.load(KRAGERO)
    _, root = report_of(document)
    stacks = figures(root, 'distribution-')
    assert len(stacks) == 2
    frame = document.get_plan().get_budget_frame('stab', 2018, Kommune.BudgetType.OPERATING)
    for figure, distribution in zip(stacks, frame.get_distributions()):
        _, rows = data_table(figure)
        values = [int(v[0]) for v in rows.values()]
        assert values == [line.get_amount() for line in distribution]
        assert sum(values) == frame.get_amount() == 3822873700
        assert int(figure.get('data-frame')) == frame.get_amount()
        assert int(figure.get('data-total')) == sum(values)
    # The worked example: 38 228 737 kr by function and by department.
    assert '38 228 737' in text_of(stacks[0])


def kragero_with_adjustments():
    data = load_json(KRAGERO)
    data['municipality']['areas'].append({'code': 'helse', 'name': 'Helse', 'departments': []})
    data['plan']['frames'].append({'area': 'helse', 'year': 2019, 'budget_type': 'operating',
                                   'amount': 100000000})
    data['plan']['adjustments'] = [
        {'id': 't1-1', 'date': '2018-05-15', 'document': 'tertial-1', 'area': 'stab',
         'budget_type': 'operating', 'year': 2018, 'amount': -12345600, 'reason': 'Innsparing'},
        {'id': 't2-1', 'date': '2018-09-20', 'document': 'tertial-2', 'area': 'stab',
         'budget_type': 'operating', 'year': 2018, 'amount': 500000, 'reason': 'Lønnsoppgjør'},
        {'id': 't2-2', 'date': '2018-09-20', 'document': 'tertial-2', 'area': 'helse',
         'budget_type': 'operating', 'year': 2019, 'amount': 2500000, 'reason': 'Styrking'},
    ]
    return document_of(data), data


def test_waterfalls_end_at_the_revised_frame():
    document, data = kragero_with_adjustments()
    plan = document.get_plan()
    _, root = report_of(document)
    falls = figures(root, 'waterfall-')
    assert [(f.get('data-area'), f.get('data-year')) for f in falls] == [('stab', '2018'), ('helse', '2019')]
    for figure in falls:
        area, year = figure.get('data-area'), int(figure.get('data-year'))
        original = plan.get_original_frame_amount(area, year, Kommune.BudgetType.OPERATING)
        revised = plan.get_frame_amount(area, year, Kommune.BudgetType.OPERATING, None)
        steps, rows = data_table(figure)
        values = [int(v) for v in list(rows.values())[0]]
        assert values[0] == original and values[-1] == revised
        assert original + sum(values[1:-1]) == revised
        assert int(figure.get('data-revised')) == revised
        adjustments = [a for a in data['plan']['adjustments'] if a['area'] == area]
        assert steps[1:-1] == [a['id'] for a in adjustments]
        assert values[1:-1] == [a['amount'] for a in adjustments]
    # The frames chart shows the revised frames.
    years, rows = data_table(by_id(root, 'frames-operating'))
    assert int(rows['Stab og støtte'][years.index('2018')]) == 3822873700 - 12345600 + 500000
    assert int(rows['Helse'][years.index('2019')]) == 100000000 + 2500000
    assert rows['Helse'][years.index('2018')] is None
    # The log lists every adjustment with its exact amount.
    log = by_id(root, 'adjustment-log')
    rows = list(log.find(X + 'tbody'))
    assert [text_of(r[0]) for r in rows] == ['t1-1', 't2-1', 't2-2']
    assert [int(r[6].get('data-value')) for r in rows] == [-12345600, 500000, 2500000]
    assert text_of(rows[0][7]) == 'Innsparing'


def grouped(text):
    """@text with the thousands of its numbers apart, as the report writes
    them: 3000 is 3 000, 66,2 stays."""
    def group(match):
        digits = match.group(0)
        head = len(digits) % 3 or 3
        return ' '.join([digits[:head]] + [digits[i:i + 3] for i in range(head, len(digits), 3)])
    return re.sub(r'(?<![\d,.])\d{4,}', group, text)


def test_scorecard_numbers_have_their_thousands_apart():
    """Drammen 2014: 3000 children in low-income families, bands of 1000
    and 2700, written as the documents write numbers."""
    html, root = report_of(Kommune.Document.load(SOSIALE))
    cells = [text_of(td) for td in root.iter(X + 'td')]
    assert '3 000' in cells
    assert any('≥ 1 000 og ≤ 2 700' in cell for cell in cells)
    # Values and bands, not the periods (2013) beside them.
    numbers = [text_of(td) for td in by_id(root, 'scorecard').iter(X + 'td')
               if (td.get('class') or '').split()[:1] in (['number'], ['bands'])]
    assert len(numbers) > 20
    assert not any(re.search(r'(?<![\d,.])\d{4}', text) for text in numbers)


def walk_goals(goal):
    yield goal
    for child in goal.get_children():
        yield from walk_goals(child)


def test_scorecard_statuses_are_the_scorecards():
    document = Kommune.Document.load(SOSIALE)
    _, root = report_of(document)
    compared = 0
    for i, goal in enumerate(document.get_goals()):
        scorecard = Kommune.Scorecard.new(goal, None)
        table = by_id(root, 'scorecard-%d' % i)
        rows = list(table.find(X + 'tbody'))
        expected = []
        for g in walk_goals(goal):
            expected.append(('goal', g.get_id(), scorecard.get_goal_status(g)))
            for indicator in g.get_indicators():
                expected.append(('indicator', indicator, scorecard.get_indicator_status(indicator)))
        assert len(rows) == len(expected)
        for row, (kind, what, status) in zip(rows, expected):
            cell = [c for c in row if 'status' in (c.get('class') or '').split()][0]
            assert cell.get('data-status') == status.value_nick
            assert 'status-' + status.value_nick in cell.get('class')
            # Word and symbol beside the colour.
            assert len(text_of(cell)) > 2
            if kind == 'goal':
                assert row.get('data-goal') == what
            else:
                assert row.get('data-indicator') == what.get_name()
                measurement = scorecard.get_measurement(what)
                value = row[3]
                if measurement is not None and measurement.has_value():
                    assert int(value.get('data-value')) == measurement.get_value()
                    assert text_of(value) == grouped(measurement.format())
                bands = text_of(row[5])
                for band_status in (Kommune.Status.DESIRED, Kommune.Status.ACCEPTABLE,
                                    Kommune.Status.NOT_APPROVED):
                    text = what.describe_band(band_status)
                    if text is not None:
                        assert grouped(text.replace(' and ', ' og ')) in bands
            compared += 1
    assert compared > 20


@pytest.mark.parametrize('fund', [None, 40000000000])
def test_rules_against_the_accounts(fund):
    data = load_json(ARSEVALUERING)
    data['financial_rules'] = load_json(KRAGERO)['financial_rules']
    if fund is not None:
        data['annual_evaluations'][0]['figures']['disposition-fund-closing'] = fund
    document = document_of(data)
    _, root = report_of(document)
    evaluation = document.get_annual_evaluations()[0]
    figures_ = evaluation.dup_financial_figures()
    for i, rule in enumerate(document.get_financial_rules()):
        status, margin, ratio = rule.evaluate(figures_)
        table = by_id(root, 'rule-status-%d' % i)
        row = list(table.find(X + 'tbody'))[0]
        assert row.get('data-year') == str(evaluation.get_year())
        assert int(row[1].get('data-value')) == int(ratio.replace(',', ''))
        assert text_of(row[1]) == ratio + ' %'
        assert int(row[2].get('data-value')) == int(round(float(rule.dup_threshold().replace(',', '.')) * 100))
        assert row[3].get('data-status') == Kommune.rule_status_to_string(status)
        assert int(row[4].get('data-value')) == margin
        # The chart: the ratio as a bar, the threshold as its line.
        chart = by_id(root, 'rule-%d' % i)
        years, rows = data_table(chart)
        assert years == [str(evaluation.get_year())]
        assert int(list(rows.values())[0][0]) == int(ratio.replace(',', ''))
        assert 'kommune-reference' in ET.tostring(chart, encoding='unicode')
    statuses = [r.get('data-status') for r in root.iter(X + 'td') if r.get('data-status')]
    assert ('fail' in statuses) == (fund is not None)


def test_workforce_lines_read_back():
    document = Kommune.Document.load(ARSEVALUERING)
    _, root = report_of(document)
    counts = data_table(by_id(root, 'workforce-counts'))
    shares = data_table(by_id(root, 'workforce-shares'))
    assert counts[0] == shares[0] == ['2020', '2021', '2022', '2023']
    for figures_ in document.get_workforce_figures():
        column = counts[0].index(figures_.get_period())
        for figure, label, table in ((Kommune.WorkforceFigure.EMPLOYEES, 'Ansatte', counts),
                                     (Kommune.WorkforceFigure.FULL_TIME_SHARE, 'Andel heltid', shares),
                                     (Kommune.WorkforceFigure.SICK_LEAVE, 'Sykefravær', shares)):
            value = table[1][label][column]
            if figures_.has(figure):
                assert int(value) == figures_.get(figure)
            else:
                assert value is None


def test_kostra_key_figures_beside_the_budget():
    document = Kommune.Document.load(KRAGERO)
    ledger = Kommune.Ledger.load_accounts([ACCOUNTS])
    report = Kommune.Report.new(document)
    report.set_accounts(ledger, None, 0)
    root = ET.fromstring(report.to_html())
    key_figures = ledger.key_figures('040200', 2019)
    table = by_id(root, 'key-figures')
    values = [int(r[1].get('data-value')) for r in table.find(X + 'tbody')]
    assert values == [key_figures.get_gross_operating_revenue(), key_figures.get_gross_operating_expenses(),
                      key_figures.get_gross_operating_result(), key_figures.get_net_financial_result(),
                      key_figures.get_depreciation_offset(), key_figures.get_net_operating_result(),
                      key_figures.get_net_operating_result_percent()]
    groups, rows = data_table(by_id(root, 'kostra-function-groups'))
    assert int(rows['Regnskap 2019'][groups.index('Grunnskole')]) == \
        key_figures.net_operating_expenses_for_group('grunnskole')
    # Kragerø's plan has no 2019 distribution: said, not drawn.
    assert by_id(root, 'kostra-beside-budget') is None
    # The accounts are Kongsvinger's, the document Kragerø's: the report says so.
    assert 'warning' in [p.get('class') for p in by_id(root, 'kostra').iter(X + 'p')]

    with pytest.raises(GLib.Error) as raised:
        report.set_accounts(ledger, '999999', 0)
    assert raised.value.matches(Kommune.error_quark(), Kommune.Error.MISSING_DATA)


def test_kostra_beside_a_distribution_of_the_same_year():
    data = load_json(KRAGERO)
    for frame in data['plan']['frames']:
        frame['year'] = 2019
    data['plan']['first_year'] = 2019
    document = document_of(data)
    report = Kommune.Report.new(document)
    report.set_accounts(Kommune.Ledger.load_accounts([ACCOUNTS]), '040200', 2019)
    root = ET.fromstring(report.to_html())
    keys, rows = data_table(by_id(root, 'kostra-beside-budget'))
    lines = data['plan']['frames'][0]['distributions'][0]['lines']
    assert keys == [line['key'] for line in lines]
    assert [int(v) for v in rows['Budsjett 2019']] == [line['amount'] for line in lines]
    figures_ = Kommune.Ledger.load_accounts([ACCOUNTS]).key_figures('040200', 2019)
    assert int(rows['Regnskap 2019'][keys.index('283')]) == figures_.net_operating_expenses(['283'])


def test_languages():
    document = Kommune.Document.load(KRAGERO)
    nb_html, nb = report_of(document)
    en_html, en = report_of(document, Kommune.ReportLanguage.EN)
    headings = lambda root: [text_of(h) for h in root.iter(X + 'h2')]
    assert headings(nb)[1:4] == ['Rammer per område og år', 'Fordeling av rammene', 'Endringer i rammene']
    assert headings(en)[1:4] == ['Frames per area and year', 'Distribution of the frames',
                                 'Adjustments to the frames']
    assert 'Målkort' in nb_html and 'Scorecard' in en_html and 'Målkort' not in en_html
    # The document's own texts and its numbers are the same in both.
    assert 'Stab og støtte' in en_html and '38 228 737' in en_html
    values = lambda root: sorted(e.get('data-value') for e in root.iter() if e.get('data-value'))
    assert values(nb) == values(en)


def test_hostile_names_are_escaped():
    data = load_json(KRAGERO)
    hostile = '<script>alert("x")</script> & Co'
    data['municipality']['name'] = hostile
    data['municipality']['areas'][0]['name'] = hostile
    data['goals'][0]['text'] = hostile
    data['source'] = '</style><script>x</script>'
    html, root = report_of(document_of(data))
    assert '<script' not in html
    assert '&lt;script&gt;' in html and '&amp; Co' in html
    assert not [e for e in root.iter() if e.tag.endswith('script')]
    assert text_of(root.find(X + 'head').find(X + 'title')).endswith(hostile)
    assert hostile in [text_of(th) for th in root.iter(X + 'th')]


def test_save_is_atomic(tmp_path):
    document = Kommune.Document.load(KRAGERO)
    report = Kommune.Report.new(document)
    path = tmp_path / 'report.html'
    report.save(str(path))
    assert ET.parse(str(path)).getroot().tag == X + 'html'

    missing = tmp_path / 'no-such-folder' / 'report.html'
    with pytest.raises(GLib.Error):
        report.save(str(missing))
    assert not missing.parent.exists()
    assert sorted(os.listdir(tmp_path)) == ['report.html']


def test_report_without_a_document():
    report = Kommune.Report()
    assert report.get_document() is None
    assert repr(report) == '<Kommune.Report (no document) nb>'
    with pytest.raises(GLib.Error) as raised:
        report.to_html()
    assert raised.value.matches(Kommune.error_quark(), Kommune.Error.MISSING_DATA)


def test_repr_and_language_property():
    report = Kommune.Report.new(Kommune.Document.load(KRAGERO))
    assert repr(report) == "<Kommune.Report 0815 'Kragerø' nb>"
    report.props.language = Kommune.ReportLanguage.EN
    assert report.get_language() == Kommune.ReportLanguage.EN
    assert repr(report) == "<Kommune.Report 0815 'Kragerø' en>"
