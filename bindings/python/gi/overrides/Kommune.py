# SPDX-License-Identifier: LGPL-2.1-or-later
"""PyGObject override for libkommune.

It only adds what makes the introspected API read naturally in Python:
readable ``repr()`` for the model's types, with amounts in Norwegian
notation, and ``format_kroner()`` for writing an amount exactly with its
unit. Lists (``len()``, indexing, iteration) come from PyGObject's own
``Gio.ListModel`` support, and errors are ``GLib.Error`` exceptions.
"""

from ..module import get_introspection_module

Kommune = get_introspection_module('Kommune')

__all__ = ['format_kroner']


def format_kroner(oere):
    """Formats an amount in øre exactly, in kroner with a unit.

    Whole kroner show no decimals (``'38 228 737 kr'``), anything else
    shows øre (``'1 234,50 kr'``); nothing is rounded.
    """
    decimals = 0 if oere % 100 == 0 else 2
    return Kommune.amount_format(oere, Kommune.AmountScale.KRONER, decimals) + ' kr'


def _municipality_repr(self):
    return '<Kommune.Municipality {} {!r} areas={}>'.format(
        self.get_number(), self.get_name(), len(self.get_areas()))


def _programme_area_repr(self):
    return '<Kommune.ProgrammeArea {!r} {!r} departments={}>'.format(
        self.get_code(), self.get_name(), len(self.get_departments()))


def _department_repr(self):
    return '<Kommune.Department {!r} {!r}>'.format(self.get_code(), self.get_name())


def _budget_frame_repr(self):
    return '<Kommune.BudgetFrame {!r} {} {} distributions={}>'.format(
        self.get_area().get_code(), self.get_year(),
        format_kroner(self.get_amount()), len(self.get_distributions()))


def _distribution_repr(self):
    return '<Kommune.Distribution {!r} lines={} total={}>'.format(
        self.get_name(), len(self), format_kroner(self.get_total()))


def _distribution_line_repr(self):
    return '<Kommune.DistributionLine {!r} {!r} {}>'.format(
        self.get_key(), self.get_label(), format_kroner(self.get_amount()))


def _adjustment_repr(self):
    where = self.get_area_code()
    if self.is_transfer():
        where += ' → ' + self.get_to_area_code()
    return '<Kommune.Adjustment {!r} {} {} {} {} {} {}>'.format(
        self.get_id(), Kommune.document_kind_to_string(self.get_document()), where,
        Kommune.budget_type_to_string(self.get_budget_type()), self.get_year(),
        format_kroner(self.get_amount()), self.get_date().format('%Y-%m-%d'))


def _economic_plan_repr(self):
    return '<Kommune.EconomicPlan {}–{} areas={} adjustments={}>'.format(
        self.get_first_year(), self.get_last_year(), len(self.get_areas()), len(self.get_adjustments()))


def _tertial_report_repr(self):
    adopted = self.get_adopted()
    return '<Kommune.TertialReport {} {} areas={} proposals={} {}>'.format(
        Kommune.document_kind_to_string(self.get_period()), self.get_year(),
        len(self.get_area_reports()), len(self.get_proposals()),
        'adopted ' + adopted.format('%Y-%m-%d') if adopted else 'proposed')


def _document_repr(self):
    municipality = self.get_municipality()
    return '<Kommune.Document {} {!r} plan={} reports={}>'.format(
        municipality.get_number(), municipality.get_name(),
        'yes' if self.get_plan() else 'no', len(self.get_tertial_reports()))


def _investment_project_repr(self):
    return '<Kommune.InvestmentProject {} {!r}>'.format(self.get_number(), self.get_name())


def _key_figure_repr(self):
    unit = (' ' + self.get_unit()) if self.get_unit() else ''
    return '<Kommune.KeyFigure {!r} {} {}{}>'.format(self.get_name(), self.get_year(), self.get_value(), unit)


def _indicator_repr(self):
    return '<Kommune.Indicator {!r} {} measurements={}>'.format(
        self.get_name(), self.get_direction().value_nick, len(self.get_measurements()))


def _measurement_repr(self):
    return '<Kommune.Measurement {} {}>'.format(self.get_period(), self.format())


def _goal_repr(self):
    return '<Kommune.Goal {!r} {} {!r} children={} indicators={} measures={}>'.format(
        self.get_id(), Kommune.goal_level_to_string(self.get_level()), self.get_text(),
        len(self.get_children()), len(self.get_indicators()), len(self.get_measures()))


def _scorecard_repr(self):
    counts = ', '.join('{}={}'.format(Kommune.status_to_string(s), self.get_count(s))
                       for s in (Kommune.Status.DESIRED, Kommune.Status.ACCEPTABLE,
                                 Kommune.Status.NOT_APPROVED, Kommune.Status.OUTSIDE_BANDS,
                                 Kommune.Status.NOT_MEASURED))
    return '<Kommune.Scorecard {} {}>'.format(self.get_period() or 'latest', counts)


def _financial_rule_repr(self):
    comparison = '≥' if self.get_comparison() == Kommune.Comparison.GREATER_OR_EQUAL else '≤'
    return '<Kommune.FinancialRule {!r} {} {} %>'.format(self.get_name(), comparison, self.get_threshold())


def _workforce_figures_repr(self):
    return '<Kommune.WorkforceFigures {!r} {}>'.format(self.get_unit(), self.get_period())


def _strategy_repr(self):
    return '<Kommune.Strategy {!r} {}–{} focus_areas={} goals={}>'.format(
        self.get_name(), self.get_first_year(), self.get_last_year(),
        len(self.get_focus_areas()), self.count_goals())


Kommune.Indicator.__repr__ = _indicator_repr
Kommune.Measurement.__repr__ = _measurement_repr
Kommune.Goal.__repr__ = _goal_repr
Kommune.Scorecard.__repr__ = _scorecard_repr
Kommune.FinancialRule.__repr__ = _financial_rule_repr
Kommune.WorkforceFigures.__repr__ = _workforce_figures_repr
Kommune.Strategy.__repr__ = _strategy_repr
Kommune.Adjustment.__repr__ = _adjustment_repr
Kommune.EconomicPlan.__repr__ = _economic_plan_repr
Kommune.TertialReport.__repr__ = _tertial_report_repr
Kommune.Document.__repr__ = _document_repr
Kommune.InvestmentProject.__repr__ = _investment_project_repr
Kommune.KeyFigure.__repr__ = _key_figure_repr
Kommune.Municipality.__repr__ = _municipality_repr
Kommune.ProgrammeArea.__repr__ = _programme_area_repr
Kommune.Department.__repr__ = _department_repr
Kommune.BudgetFrame.__repr__ = _budget_frame_repr
Kommune.Distribution.__repr__ = _distribution_repr
Kommune.DistributionLine.__repr__ = _distribution_line_repr
