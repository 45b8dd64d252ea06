# SPDX-License-Identifier: LGPL-2.1-or-later
"""A document keeps its promises: read-only lists, duplicates refused, every
save loads again and equal, a failed save changes nothing."""

import os
import stat
import subprocess

import pytest
from gi.repository import Gio, GLib, Kommune

DATA = os.path.join(os.path.dirname(__file__), '..', 'data')
BAD = os.path.join(DATA, 'bad')
DOCUMENTS = sorted(name for name in os.listdir(DATA) if name.endswith('.json'))
OP = Kommune.BudgetType.OPERATING
K = Kommune.DocumentKind


def day(year, month, d):
    return GLib.DateTime.new_utc(year, month, d, 0, 0, 0)


def to_data(document):
    result = document.to_data()
    return result[0] if isinstance(result, tuple) else result


def kragero():
    municipality = Kommune.Municipality.new('0815', 'Kragerø')
    municipality.add_area(Kommune.ProgrammeArea.new('stab', 'Stab og støtte'))
    municipality.add_area(Kommune.ProgrammeArea.new('helse', 'Helse og omsorg'))
    return Kommune.Document.new(municipality)


def with_plan(document):
    plan = Kommune.EconomicPlan.new(2018)
    municipality = document.props.municipality
    plan.set_frame(municipality.find_area('stab'), 2018, OP, 100_000)
    plan.add_area(municipality.find_area('helse'))
    document.set_plan(plan)
    return plan


def adjustment(id, kind, area, amount):
    return Kommune.Adjustment.new(id, day(2018, 5, 15), 'sak 1/18', kind, area, OP, 2018, amount, 'test')


def rule(name):
    F = Kommune.FinancialFigure
    return Kommune.FinancialRule.new(name, F.NET_OPERATING_RESULT, F.GROSS_OPERATING_REVENUE,
                                     Kommune.Comparison.GREATER_OR_EQUAL, '1,75')


def assert_refused(document, tmp_path, code, message):
    with pytest.raises(GLib.Error) as info:
        document.check()
    assert (info.value.domain, info.value.code) == ('kommune-error-quark', code)
    assert info.value.message == message
    target = tmp_path / 'doc.json'
    target.write_bytes(b'old\n')
    with pytest.raises(GLib.Error) as info:
        document.save(str(target))
    assert info.value.message == f'{target}: {message}'
    assert target.read_bytes() == b'old\n'
    assert [p.name for p in tmp_path.iterdir()] == ['doc.json']


# -- lists --------------------------------------------------------------

def test_lists_are_read_only_views():
    document = kragero()
    document.add_note(Kommune.Note.new('Merknad', 'Tekst'))
    getters = [document.get_tertial_reports, document.get_investment_projects,
               document.get_verbal_proposals, document.get_annual_evaluations,
               document.get_key_figures, document.get_notes, document.get_goals,
               document.get_financial_rules, document.get_workforce_figures,
               document.get_strategies]
    for getter in getters:
        view = getter()
        assert isinstance(view, Gio.ListModel)
        assert not isinstance(view, Gio.ListStore)
        assert not hasattr(view, 'append') and not hasattr(view, 'remove')
    notes = document.get_notes()
    with pytest.raises(TypeError):
        del notes[0]
    assert len(notes) == 1
    # The view is live.
    document.add_note(Kommune.Note.new('Til', 'Tekst'))
    assert [n.props.title for n in notes] == ['Merknad', 'Til']


@pytest.mark.parametrize('add, first, second, message', [
    ('add_tertial_report', lambda: Kommune.TertialReport.new(2018, K.TERTIAL_1),
     lambda: Kommune.TertialReport.new(2018, K.TERTIAL_1),
     'tertial report “2018 tertial-1” already exists in the document'),
    ('add_investment_project', lambda: Kommune.InvestmentProject.new('15022', 'IKT'),
     lambda: Kommune.InvestmentProject.new('15022', 'IKT 2'),
     'investment project “15022” already exists in the document'),
    ('add_verbal_proposal', lambda: Kommune.VerbalProposal.new(8, 'Legg fram en sak'),
     lambda: Kommune.VerbalProposal.new(8, 'En til'),
     'verbal proposal “8” already exists in the document'),
    ('add_annual_evaluation', lambda: Kommune.AnnualEvaluation.new(2018),
     lambda: Kommune.AnnualEvaluation.new(2018),
     'annual evaluation “2018” already exists in the document'),
    ('add_key_figure', lambda: Kommune.KeyFigure.new('Ansatte', None, 2018, '32,30'),
     lambda: Kommune.KeyFigure.new('Ansatte', 'personer', 2018, '33'),
     'key figure “Ansatte (2018)” already exists in the document'),
    ('add_goal', lambda: Kommune.Goal.new('k1', 'Samfunn', Kommune.GoalLevel.COMMUNITY),
     lambda: Kommune.Goal.new('k1', 'Samfunn 2', Kommune.GoalLevel.COMMUNITY),
     'goal “k1” already exists in the document'),
    ('add_financial_rule', lambda: rule('Minst 1,75 %'), lambda: rule('Minst 1,75 %'),
     'financial rule “Minst 1,75 %” already exists in the document'),
    ('add_strategy', lambda: Kommune.Strategy.new('Kompetansestrategi', 2021, 2024),
     lambda: Kommune.Strategy.new('Kompetansestrategi', 2025, 2028),
     'strategy “Kompetansestrategi” already exists in the document'),
])
def test_duplicates_refused(add, first, second, message):
    document = kragero()
    getattr(document, add)(first())
    with pytest.raises(GLib.Error) as info:
        getattr(document, add)(second())
    assert info.value.code == Kommune.Error.DUPLICATE
    assert info.value.message == message
    document.check()


def test_goal_ids_unique_across_trees():
    document = kragero()
    for root in ('k1', 'k2'):
        goal = Kommune.Goal.new(root, 'Samfunn', Kommune.GoalLevel.COMMUNITY)
        goal.add_child(Kommune.Goal.new('o1', 'Mål', Kommune.GoalLevel.PLAN))
        if root == 'k1':
            document.add_goal(goal)
            continue
        with pytest.raises(GLib.Error) as info:
            document.add_goal(goal)
        assert info.value.message == 'goal “o1” already exists in the document'
    assert len(document.get_goals()) == 1


def test_key_figures_differ_by_year():
    document = kragero()
    document.add_key_figure(Kommune.KeyFigure.new('Ansatte', None, 2017, '32,34'))
    document.add_key_figure(Kommune.KeyFigure.new('Ansatte', None, 2018, '32,30'))
    assert len(document.get_key_figures()) == 2


# -- check, save and load agree --------------------------------------------

def test_bare_document_refused(tmp_path):
    bare = Kommune.Document()
    with pytest.raises(GLib.Error) as info:
        bare.check()
    assert info.value.message == '$.municipality: the document has no municipality'
    with pytest.raises(GLib.Error):
        bare.save(str(tmp_path / 'bare.json'))
    assert list(tmp_path.iterdir()) == []


def test_frame_for_unknown_area(tmp_path):
    document = kragero()
    plan = with_plan(document)
    plan.set_frame(Kommune.ProgrammeArea.new('oppvekst', 'Oppvekst'), 2019, OP, 5)
    assert_refused(document, tmp_path, Kommune.Error.UNKNOWN_AREA,
                   '$.plan.frames[1].area: the municipality has no programme area “oppvekst”')


def test_project_for_unknown_area(tmp_path):
    document = kragero()
    project = Kommune.InvestmentProject.new('15022', 'IKT')
    project.set_area_code('ikt')
    document.add_investment_project(project)
    assert_refused(document, tmp_path, Kommune.Error.UNKNOWN_AREA,
                   '$.investment_projects[0].area: the municipality has no programme area “ikt”')


def test_area_report_for_unknown_area(tmp_path):
    document = kragero()
    report = Kommune.TertialReport.new(2018, K.TERTIAL_1)
    report.add_area_report(Kommune.AreaReport.new('stab'))
    report.add_area_report(Kommune.AreaReport.new('08'))
    document.add_tertial_report(report)
    assert_refused(document, tmp_path, Kommune.Error.UNKNOWN_AREA,
                   '$.tertial_reports[0].areas[1].area: the municipality has no programme area “08”')


def test_evaluation_text_for_unknown_area(tmp_path):
    document = kragero()
    evaluation = Kommune.AnnualEvaluation.new(2018)
    evaluation.set_area_text('kultur', 'Godt år')
    document.add_annual_evaluation(evaluation)
    assert_refused(document, tmp_path, Kommune.Error.UNKNOWN_AREA,
                   '$.annual_evaluations[0].area_texts[0].area: the municipality has no programme area “kultur”')


def test_rule_condition_not_in_document(tmp_path):
    document = kragero()
    first, second = rule('Minst 1,75 %'), rule('Fond minst 5 %')
    first.set_until(second)
    with pytest.raises(GLib.Error) as info:
        document.add_financial_rule(first)
    assert info.value.message == 'rule “Minst 1,75 %”: its condition “Fond minst 5 %” is not a rule of the document yet'
    document.add_financial_rule(second)
    document.add_financial_rule(first)
    document.check()
    first.set_until(rule('Fond minst 5 %'))
    assert_refused(document, tmp_path, Kommune.Error.INVALID_DOCUMENT,
                   '$.financial_rules[1]: “until” names “Fond minst 5 %”, which is not a rule listed before this one')


def test_rule_condition_after_it(tmp_path):
    document = kragero()
    first, second = rule('Minst 1,75 %'), rule('Fond minst 5 %')
    document.add_financial_rule(first)
    document.add_financial_rule(second)
    first.set_until(second)
    assert_refused(document, tmp_path, Kommune.Error.INVALID_DOCUMENT,
                   '$.financial_rules[0]: “until” names “Fond minst 5 %”, which is not a rule listed before this one')


def test_adopted_report_without_plan(tmp_path):
    document = kragero()
    elsewhere = with_plan(kragero())
    report = Kommune.TertialReport.new(2018, K.TERTIAL_1)
    report.add_proposal(adjustment('t1-1', K.TERTIAL_1, 'stab', 100))
    document.add_tertial_report(report)
    # A report in a document is adopted into the document's plan only; a
    # file that breaks this is refused on load (bad/document-adopted-without-plan.json).
    with pytest.raises(GLib.Error) as info:
        report.adopt(elsewhere, day(2018, 6, 21))
    assert info.value.message == 'tertial report “2018 tertial-1” belongs to a document that has no plan'
    assert len(elsewhere.get_adjustments()) == 0
    plan = with_plan(document)
    with pytest.raises(GLib.Error) as info:
        report.adopt(elsewhere, day(2018, 6, 21))
    assert info.value.message == 'tertial report “2018 tertial-1” belongs to a document with another plan'
    report.adopt(plan, day(2018, 6, 21))
    assert document.check()


def test_report_adopted_into_another_plan_refused():
    document = kragero()
    report = Kommune.TertialReport.new(2018, K.TERTIAL_1)
    report.add_proposal(adjustment('t1-1', K.TERTIAL_1, 'stab', 100))
    report.adopt(with_plan(kragero()), day(2018, 6, 21))
    with pytest.raises(GLib.Error) as info:
        document.add_tertial_report(report)
    assert info.value.message == 'tertial report “2018 tertial-1” is adopted, but the document has no plan'
    with_plan(document)
    with pytest.raises(GLib.Error) as info:
        document.add_tertial_report(report)
    assert info.value.message == "tertial report “2018 tertial-1” was adopted into another plan than the document's"
    assert len(document.get_tertial_reports()) == 0


def test_adjustment_sharing_id_with_adopted_proposal(tmp_path):
    document = kragero()
    plan = with_plan(document)
    plan.add_adjustment(adjustment('a1', K.ECONOMIC_PLAN, 'helse', 7))
    report = Kommune.TertialReport.new(2018, K.TERTIAL_1)
    report.add_proposal(adjustment('a1', K.TERTIAL_1, 'stab', 100))
    document.add_tertial_report(report)
    # Neither another plan nor the document's own (which has an “a1”) takes
    # the report; a file that has this is refused on load
    # (bad/document-adjustment-shares-proposal-id.json).
    with pytest.raises(GLib.Error):
        report.adopt(with_plan(kragero()), day(2018, 6, 21))
    with pytest.raises(GLib.Error) as info:
        report.adopt(plan, day(2018, 6, 21))
    assert info.value.matches(Kommune.error_quark(), Kommune.Error.DUPLICATE)
    assert info.value.message == "the plan's log already has an adjustment “a1”"
    assert document.check()


def test_frames_that_overflow(tmp_path):
    document = kragero()
    plan = with_plan(document)
    plan.add_adjustment(adjustment('a1', K.ECONOMIC_PLAN, 'stab', 500))
    # The plan itself refuses a frame its adjustments would overflow, so
    # such a document cannot be built; a file that has one is refused on
    # load (bad/document-frame-overflow.json, below).
    with pytest.raises(GLib.Error) as info:
        plan.set_frame(document.props.municipality.find_area('stab'), 2018, OP, 2**63 - 100)
    assert info.value.matches(Kommune.error_quark(), Kommune.Error.OVERFLOW)
    assert info.value.message == \
        'the 2018 frame of area “stab” would overflow at adjustment “a1”'
    assert document.check()


def bad_cases():
    # The documents of the bad-input corpus (tests/data/README.md).
    with open(os.path.join(BAD, 'index.tsv'), encoding='utf-8') as tsv:
        for line in tsv:
            if line.startswith('#') or not line.strip():
                continue
            name, loader, error, message = line.rstrip('\n').split('\t', 3)
            if name.startswith('document-') and error != 'ok':
                yield name, message


@pytest.mark.parametrize('name, message', list(bad_cases()))
def test_bad_files(name, message):
    path = os.path.join(BAD, name)
    with pytest.raises(GLib.Error) as info:
        Kommune.Document.load(path)
    assert info.value.message == f'{path}: {message}'


def test_log_order_kept(tmp_path):
    document = kragero()
    plan = with_plan(document)
    plan.add_adjustment(adjustment('a1', K.ECONOMIC_PLAN, 'stab', 10))
    report = Kommune.TertialReport.new(2018, K.TERTIAL_1)
    report.add_proposal(adjustment('t1-1', K.TERTIAL_1, 'stab', 20))
    report.adopt(plan, day(2018, 6, 21))
    plan.add_adjustment(adjustment('a2', K.ECONOMIC_PLAN, 'helse', 30))
    document.add_tertial_report(report)
    path = tmp_path / 'doc.json'
    document.save(str(path))
    again = Kommune.Document.load(str(path))
    assert [a.props.id for a in again.props.plan.get_adjustments()] == ['a1', 't1-1', 'a2']
    assert again.equal(document)


# -- equal means equal ----------------------------------------------------

def _first(model):
    return model[0] if len(model) else None


def m_source(d):
    d.set_source(d.props.source + ' (endret)')


def m_area(d):
    d.props.municipality.add_area(Kommune.ProgrammeArea.new('zz-ny', 'Nytt område'))


def m_department(d):
    area = _first(d.props.municipality.get_areas())
    if area is None:
        return False
    area.add_department(Kommune.Department.new('zz-avd', 'Ny avdeling'))


def m_frame(d):
    plan = d.props.plan
    if plan is None or not len(plan.list_budget_frames()):
        return False
    frame = plan.list_budget_frames()[0]
    plan.set_frame(frame.props.area, frame.props.year, frame.props.budget_type, frame.props.amount + 1)


def m_distribution_line(d):
    plan = d.props.plan
    if plan is None:
        return False
    for frame in plan.list_budget_frames():
        for distribution in frame.get_distributions():
            distribution.add('zz-ny', 'Ny linje', 0)
            return
    return False


def m_adjustment(d):
    plan = d.props.plan
    if plan is None or not len(plan.get_areas()):
        return False
    code = plan.get_areas()[0].props.code
    date = day(plan.props.first_year, 12, 1)
    plan.add_adjustment(Kommune.Adjustment.new('zz-ny', date, 'sak 99', K.ECONOMIC_PLAN, code, OP,
                                               plan.props.first_year, 1, 'endring'))


def m_report(d):
    d.add_tertial_report(Kommune.TertialReport.new(2099, K.TERTIAL_2))


def m_project(d):
    d.add_investment_project(Kommune.InvestmentProject.new('zz-99', 'Nytt prosjekt'))


def m_project_status(d):
    project = _first(d.get_investment_projects())
    if project is None:
        return False
    project.set_status(project.props.status + ' (endret)')


def m_verbal_proposal(d):
    d.add_verbal_proposal(Kommune.VerbalProposal.new(9999, 'Nytt forslag'))


def m_verbal_comment(d):
    proposal = _first(d.get_verbal_proposals())
    if proposal is None:
        return False
    proposal.set_comment((proposal.props.comment or '') + ' (endret)')


def m_evaluation(d):
    d.add_annual_evaluation(Kommune.AnnualEvaluation.new(2099))


def m_evaluation_figure(d):
    evaluation = _first(d.get_annual_evaluations())
    if evaluation is None:
        return False
    F = Kommune.FinancialFigure.LONG_TERM_DEBT
    old = evaluation.get_figure(F) if evaluation.has_figure(F) else 0
    evaluation.set_figure(F, old + 1)


def m_key_figure(d):
    d.add_key_figure(Kommune.KeyFigure.new('Ny nøkkelverdi', None, 2099, '1'))


def m_note(d):
    d.add_note(Kommune.Note.new('Ny merknad', 'Tekst'))


def m_goal(d):
    d.add_goal(Kommune.Goal.new('zz-ny', 'Nytt mål', Kommune.GoalLevel.COMMUNITY))


def m_goal_owner(d):
    goal = _first(d.get_goals())
    if goal is None:
        return False
    goal.set_owner((goal.props.owner or '') + ' (endret)')


def m_goal_child(d):
    goal = _first(d.get_goals())
    if goal is None:
        return False
    goal.add_child(Kommune.Goal.new('zz-barn', 'Nytt delmål', Kommune.GoalLevel.PLAN))


def m_rule(d):
    d.add_financial_rule(rule('Ny regel'))


def m_rule_reference(d):
    existing = _first(d.get_financial_rules())
    if existing is None:
        return False
    existing.set_reference((existing.props.reference or '') + ' (endret)')


def m_workforce(d):
    d.add_workforce_figures(Kommune.WorkforceFigures.new('zz', '2099'))


def m_workforce_figure(d):
    figures = _first(d.get_workforce_figures())
    if figures is None:
        return False
    W = Kommune.WorkforceFigure.APPRENTICES
    figures.set(W, (figures.get(W) if figures.has(W) else 0) + 1000)


def m_strategy(d):
    d.add_strategy(Kommune.Strategy.new('Ny strategi', 2030, 2033))


def m_focus_area(d):
    strategy = _first(d.get_strategies())
    if strategy is None:
        return False
    strategy.add_focus_area(Kommune.Goal.new('zz-fokus', 'Nytt innsatsområde', Kommune.GoalLevel.STRATEGIC))


MUTATIONS = [m_source, m_area, m_department, m_frame, m_distribution_line, m_adjustment, m_report,
             m_project, m_project_status, m_verbal_proposal, m_verbal_comment, m_evaluation,
             m_evaluation_figure, m_key_figure, m_note, m_goal, m_goal_owner, m_goal_child, m_rule,
             m_rule_reference, m_workforce, m_workforce_figure, m_strategy, m_focus_area]


def test_every_mutation_makes_documents_differ():
    applied = {m.__name__: 0 for m in MUTATIONS}
    for name in DOCUMENTS:
        path = os.path.join(DATA, name)
        original = Kommune.Document.load(path)
        for mutation in MUTATIONS:
            copy = Kommune.Document.load(path)
            assert copy.equal(original)
            if mutation(copy) is False:
                continue
            applied[mutation.__name__] += 1
            assert not copy.equal(original), (name, mutation.__name__)
            assert not original.equal(copy), (name, mutation.__name__)
            assert to_data(copy) != to_data(original), (name, mutation.__name__)
    assert [m for m, n in applied.items() if n == 0] == []


# -- saving ---------------------------------------------------------------

def test_save_keeps_mode_and_follows_links(tmp_path):
    document = Kommune.Document.load(os.path.join(DATA, 'drammen-2023-arsevaluering.json'))
    (tmp_path / 'sub').mkdir()
    target = tmp_path / 'sub' / 'real.json'
    target.write_bytes(b'old\n')
    target.chmod(0o640)
    link = tmp_path / 'link.json'
    link.symlink_to('sub/real.json')
    document.save(str(link))
    assert link.is_symlink()
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert target.read_text(encoding='utf-8') == to_data(document)
    assert sorted(p.name for p in (tmp_path / 'sub').iterdir()) == ['real.json']


def test_failed_save_parent_is_a_file(tmp_path):
    document = Kommune.Document.load(os.path.join(DATA, 'drammen-2023-arsevaluering.json'))
    plain = tmp_path / 'plain'
    plain.write_bytes(b'old\n')
    with pytest.raises(GLib.Error) as info:
        document.save(str(plain / 'doc.json'))
    assert info.value.matches(GLib.file_error_quark(), GLib.FileError.NOTDIR)
    assert plain.read_bytes() == b'old\n'
    assert [p.name for p in tmp_path.iterdir()] == ['plain']


@pytest.mark.skipif(os.geteuid() != 0, reason='mounting a small tmpfs needs root')
def test_failed_save_full_disk(tmp_path):
    small = Kommune.Document.load(os.path.join(DATA, 'drammen-2023-arsevaluering.json'))
    large = Kommune.Document.load(os.path.join(DATA, 'kragero-2018-stab-og-stotte.json'))
    mount = tmp_path / 'tiny'
    mount.mkdir()
    result = subprocess.run(['mount', '-t', 'tmpfs', '-o', 'size=32k', 'tmpfs', str(mount)],
                            capture_output=True, text=True)
    if result.returncode != 0:
        pytest.skip('cannot mount a tmpfs here: ' + result.stderr.strip())
    try:
        path = mount / 'doc.json'
        small.save(str(path))
        before = path.read_bytes()
        filler = os.open(mount / 'filler', os.O_WRONLY | os.O_CREAT, 0o644)
        try:
            while os.write(filler, b'x' * 4096) > 0:
                pass
        except OSError:
            pass
        finally:
            os.close(filler)
        for document in (large, small):
            with pytest.raises(GLib.Error) as info:
                document.save(str(path))
            assert info.value.matches(GLib.file_error_quark(), GLib.FileError.NOSPC)
        assert path.read_bytes() == before
        assert sorted(p.name for p in mount.iterdir()) == ['doc.json', 'filler']
    finally:
        subprocess.run(['umount', str(mount)], check=True)


def test_rolled_plan_with_large_past_adjustments_saves_and_loads(tmp_path):
    # Adjustments of a year the plan has rolled past are no longer added
    # onto a frame (it is gone), so amounts that only fit on that frame
    # must not make the check refuse the rolled plan.
    document = kragero()
    plan = with_plan(document)
    stab = document.props.municipality.find_area('stab')
    plan.set_frame(stab, 2018, OP, -9 * 10**18)
    plan.add_adjustment(adjustment('a1', K.ECONOMIC_PLAN, 'stab', 5 * 10**18))
    plan.add_adjustment(adjustment('a2', K.ECONOMIC_PLAN, 'stab', 5 * 10**18))
    assert document.check()
    plan.roll_forward()
    assert plan.props.first_year == 2019
    assert document.check()
    path = str(tmp_path / 'rolled.json')
    document.save(path)
    loaded = Kommune.Document.load(path)
    assert loaded.equal(document)
    assert [a.get_id() for a in loaded.props.plan.get_adjustments()] == ['a1', 'a2']


def test_goal_ids_stay_unique_as_the_trees_grow():
    L = Kommune.GoalLevel
    document = kragero()
    a = Kommune.Goal.new('A', 'Samfunnsmål', L.COMMUNITY)
    x = Kommune.Goal.new('X', 'Et annet samfunnsmål', L.COMMUNITY)
    document.add_goal(a)
    document.add_goal(x)
    # A goal added to a tree after the tree went into the document ...
    a.add_child(Kommune.Goal.new('B', 'Planmål', L.PLAN))
    # ... is known to the document: another tree may not bring it again,
    with pytest.raises(GLib.Error) as info:
        document.add_goal(Kommune.Goal.new('B', 'Et annet planmål', L.PLAN))
    assert info.value.matches(Kommune.error_quark(), Kommune.Error.DUPLICATE)
    assert info.value.message == 'goal “B” already exists in the document'
    # ... and another tree of the document may not grow one with its id.
    with pytest.raises(GLib.Error) as info:
        x.add_child(Kommune.Goal.new('B', 'Planmål under X', L.PLAN))
    assert info.value.message == 'goal “B” already exists in the document'
    assert len(x.get_children()) == 0
    assert document.check()


def test_a_goal_tree_is_in_one_document_at_a_time():
    root = Kommune.Goal.new('A', 'Samfunnsmål', Kommune.GoalLevel.COMMUNITY)
    first = kragero()
    first.add_goal(root)
    with pytest.raises(GLib.Error) as info:
        kragero().add_goal(root)
    assert info.value.message == 'the tree of goal “A” is already in a document'
    del first
    second = kragero()
    second.add_goal(root)
    assert second.get_goals()[0] is root


def test_special_files_are_neither_read_nor_replaced(tmp_path):
    document = kragero()
    fifo = str(tmp_path / 'pipe')
    os.mkfifo(fifo)
    for path, code in ((fifo, GLib.FileError.INVAL), (str(tmp_path), GLib.FileError.ISDIR)):
        with pytest.raises(GLib.Error) as info:
            Kommune.Document.load(path)
        assert info.value.matches(GLib.file_error_quark(), code)
        assert info.value.message.endswith('it is not a regular file')
        with pytest.raises(GLib.Error) as info:
            document.save(path)
        assert info.value.matches(GLib.file_error_quark(), code)
        assert info.value.message.endswith('it is not a regular file')
    assert os.path.exists(fifo) and not os.path.isfile(fifo)
    # A link to a FIFO is not replaced either.
    link = str(tmp_path / 'link.json')
    os.symlink(fifo, link)
    with pytest.raises(GLib.Error):
        document.save(link)
    assert os.path.islink(link)
    assert sorted(os.listdir(tmp_path)) == ['link.json', 'pipe']


def test_totals_that_do_not_fit_are_refused(tmp_path):
    document = kragero()
    plan = with_plan(document)
    municipality = document.props.municipality
    # The plan refuses a frame or an adjustment that would make a total it
    # gives overflow, and leaves everything as it was.
    plan.set_frame(municipality.find_area('stab'), 2018, OP, 2**63 - 1)
    with pytest.raises(GLib.Error) as info:
        plan.set_frame(municipality.find_area('helse'), 2018, OP, 1)
    assert info.value.matches(Kommune.error_quark(), Kommune.Error.OVERFLOW)
    assert info.value.message == ('the 2018 frame of area “helse” would make the 2018 operating total '
                                  'of the plan overflow')
    plan.set_frame(municipality.find_area('stab'), 2018, OP, 2**63 - 11)
    plan.set_frame(municipality.find_area('helse'), 2018, OP, -20)
    with pytest.raises(GLib.Error) as info:
        plan.add_adjustment(adjustment('x', K.TERTIAL_1, 'helse', 40))
    assert info.value.message == 'adjustment “x” would make the 2018 operating total of the plan overflow'
    assert len(plan.get_adjustments()) == 0
    assert plan.get_total(2018, OP, None) == 2**63 - 31
    plan.add_adjustment(adjustment('y', K.TERTIAL_1, 'helse', 30))
    assert plan.get_total(2018, OP, None) == 2**63 - 1
    assert document.check()

    projects = kragero()
    project = Kommune.InvestmentProject.new('15022', 'Serverpark')
    project.set_amount(2018, 2**63 - 1)
    project.set_amount(2019, 2**63 - 1)
    projects.add_investment_project(project)
    assert_refused(projects, tmp_path, Kommune.Error.OVERFLOW,
                   '$.investment_projects[0].amounts: project 15022: 9223372036854775807 + '
                   '9223372036854775807 øre does not fit in 64-bit øre')


def test_a_plan_area_that_is_not_the_municipalitys_is_refused(tmp_path):
    # The file names the plan's areas by code: the loaded plan would hold
    # the municipality's area, and the plan's own name would be lost.
    document = kragero()
    plan = Kommune.EconomicPlan.new(2018)
    plan.set_frame(Kommune.ProgrammeArea.new('stab', 'Et annet navn'), 2018, OP, 5)
    document.set_plan(plan)
    assert_refused(document, tmp_path, Kommune.Error.INVALID_DOCUMENT,
                   '$.plan.areas: the plan\'s area “stab” (Et annet navn) is another object than the '
                   'municipality\'s area “stab” (Stab og støtte): the file keeps only the municipality\'s, '
                   'its name and departments')


def test_strategies_share_the_documents_goal_ids():
    L = Kommune.GoalLevel
    document = kragero()
    document.add_goal(Kommune.Goal.new('G', 'Samfunnsmål', L.COMMUNITY))
    clash = Kommune.Strategy.new('Kompetanse', 2021, 2024)
    clash.add_focus_area(Kommune.Goal.new('G', 'Ledelse', L.STRATEGIC))
    with pytest.raises(GLib.Error) as info:
        document.add_strategy(clash)
    assert info.value.matches(Kommune.error_quark(), Kommune.Error.DUPLICATE)
    assert info.value.message == 'goal “G” already exists in the document'
    assert len(document.get_strategies()) == 0

    shared = Kommune.Goal.new('F', 'Rekruttering', L.STRATEGIC)
    first, second = Kommune.Strategy.new('A', 2021, 2024), Kommune.Strategy.new('B', 2021, 2024)
    first.add_focus_area(shared)
    second.add_focus_area(shared)
    document.add_strategy(first)
    with pytest.raises(GLib.Error) as info:
        document.add_strategy(second)
    assert info.value.message == 'the tree of goal “F” is already in this document'
    with pytest.raises(GLib.Error) as info:
        kragero().add_strategy(second)
    assert info.value.message == 'the tree of goal “F” is already in a document'
    # A focus area in the document keeps goal trees from bringing its id.
    with pytest.raises(GLib.Error):
        document.add_goal(Kommune.Goal.new('F', 'Et annet mål', L.COMMUNITY))
    assert document.check()


def test_a_goal_is_not_its_own_child():
    goal = Kommune.Goal.new('g', 'Mål', Kommune.GoalLevel.PLAN)
    with pytest.raises(GLib.Error) as info:
        goal.add_child(goal)
    assert info.value.message == 'goal “g” cannot be its own child'
    child = Kommune.Goal.new('c', 'Delmål', Kommune.GoalLevel.UNIT)
    goal.add_child(child)
    with pytest.raises(GLib.Error) as info:
        child.add_child(goal)
    assert info.value.message == 'goal “g” is the root of the tree it would join'


def test_trees_in_a_document_stay_roots():
    L = Kommune.GoalLevel
    document = kragero()
    focus = Kommune.Goal.new('F', 'Ledelse', L.STRATEGIC)
    strategy = Kommune.Strategy.new('S', 2021, 2024)
    strategy.add_focus_area(focus)
    parent = Kommune.Goal.new('G', 'Samfunnsmål', L.COMMUNITY)
    parent.add_child(focus)
    with pytest.raises(GLib.Error) as info:
        document.add_strategy(strategy)
    assert info.value.message == 'goal “F” is the child of goal “G”, not the root of a tree'
    assert len(document.get_strategies()) == 0

    root = Kommune.Goal.new('R', 'Samfunnsmål', L.COMMUNITY)
    document.add_goal(root)
    with pytest.raises(GLib.Error) as info:
        Kommune.Goal.new('H', 'Over', L.COMMUNITY).add_child(root)
    assert info.value.message == 'goal “R” is the root of a tree in a document and cannot become a child'
    assert root.get_parent() is None


def test_a_new_plan_under_an_adopted_report_is_refused_on_save(tmp_path):
    document = kragero()
    plan = with_plan(document)
    report = Kommune.TertialReport.new(2018, K.TERTIAL_1)
    document.add_tertial_report(report)
    report.adopt(plan, day(2018, 6, 21))
    document.set_plan(Kommune.EconomicPlan.new(2018))
    assert_refused(document, tmp_path, Kommune.Error.INVALID_DOCUMENT,
                   "$.tertial_reports[0]: the report was adopted into another plan than the document's")


def test_a_strategy_in_a_document_keeps_its_goal_ids_unique_as_it_grows():
    L = Kommune.GoalLevel
    document = kragero()
    document.add_goal(Kommune.Goal.new('G', 'Samfunnsmål', L.COMMUNITY))
    strategy = Kommune.Strategy.new('S', 2021, 2024)
    document.add_strategy(strategy)
    with pytest.raises(GLib.Error) as info:
        strategy.add_focus_area(Kommune.Goal.new('G', 'Ledelse', L.STRATEGIC))
    assert info.value.message == 'goal “G” already exists in the document'
    assert len(strategy.get_focus_areas()) == 0
    strategy.add_focus_area(Kommune.Goal.new('F', 'Rekruttering', L.STRATEGIC))
    with pytest.raises(GLib.Error):
        document.add_goal(Kommune.Goal.new('F', 'Et annet mål', L.COMMUNITY))
    with pytest.raises(GLib.Error) as info:
        kragero().add_strategy(strategy)
    assert info.value.message == 'strategy “S” is already in a document'
    assert document.check()


def test_a_control_character_saves_escaped():
    # json-glib 1.6 writes U+001F raw inside a string, which no JSON reader
    # may accept: the document writes it escaped, so what loads saves to
    # what loads again, character for character.
    import json
    with open(os.path.join(DATA, 'kragero-2018-stab-og-stotte.json'), encoding='utf-8') as stream:
        data = json.load(stream)
    data['notes'][0]['body'] = 'før\u001fetter\u0001'
    document = Kommune.Document.load_from_data(json.dumps(data), -1, 'control.json')
    text, _ = document.to_data()
    assert '\x1f' not in text and '\\u001f' in text
    again = Kommune.Document.load_from_data(text, -1, 'again.json')
    assert again.equal(document)
    assert json.loads(text)['notes'][0]['body'] == 'før\u001fetter\u0001'


def test_file_replace_contents(tmp_path):
    # The library's atomic replace, for a program's own files: the bytes
    # as given, the old mode kept, and a directory refused untouched.
    target = tmp_path / 'sums.csv'
    target.write_bytes(b'old\n')
    os.chmod(target, 0o640)
    assert Kommune.file_replace_contents(str(target), b'year,sum\n2019,1\r\n\x00\xff')
    assert target.read_bytes() == b'year,sum\n2019,1\r\n\x00\xff'
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o640
    with pytest.raises(GLib.Error) as raised:
        Kommune.file_replace_contents(str(tmp_path), b'x')
    assert raised.value.matches(GLib.file_error_quark(), GLib.FileError.ISDIR)
    assert sorted(os.listdir(tmp_path)) == ['sums.csv']
