/* kommune-document-contents.c: the lists a KommuneDocument holds
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "kommune-annual-evaluation.h"
#include "kommune-document-private.h"
#include "kommune-financial-rule.h"
#include "kommune-goal.h"
#include "kommune-investment-project.h"
#include "kommune-key-figure.h"
#include "kommune-note.h"
#include "kommune-strategy.h"
#include "kommune-tertial-report.h"
#include "kommune-verbal-proposal.h"
#include "kommune-workforce-figures.h"

/**
 * kommune_document_get_tertial_reports:
 * @self: a #KommuneDocument
 *
 * Gets the tertial reports, in the order added.
 *
 * Returns: (transfer none): a list model of [class@Kommune.TertialReport]
 *
 * Since: 0.1
 */
GListModel *
kommune_document_get_tertial_reports (KommuneDocument *self)
{
  g_return_val_if_fail (KOMMUNE_IS_DOCUMENT (self), NULL);
  return G_LIST_MODEL (self->tertial_reports);
}

/**
 * kommune_document_add_tertial_report:
 * @self: a #KommuneDocument
 * @report: a tertial report
 *
 * Adds a tertial report at the end.
 *
 * Since: 0.1
 */
void
kommune_document_add_tertial_report (KommuneDocument      *self,
                                     KommuneTertialReport *report)
{
  g_return_if_fail (KOMMUNE_IS_DOCUMENT (self));
  g_return_if_fail (KOMMUNE_IS_TERTIAL_REPORT (report));
  g_list_store_append (self->tertial_reports, report);
}

/**
 * kommune_document_find_tertial_report:
 * @self: a #KommuneDocument
 * @year: a budget year
 * @period: %KOMMUNE_DOCUMENT_KIND_TERTIAL_1 or %KOMMUNE_DOCUMENT_KIND_TERTIAL_2
 *
 * Looks up the tertial report of one year and period.
 *
 * Returns: (transfer none) (nullable): the report, or %NULL
 *
 * Since: 0.1
 */
KommuneTertialReport *
kommune_document_find_tertial_report (KommuneDocument     *self,
                                      guint                year,
                                      KommuneDocumentKind  period)
{
  guint n;

  g_return_val_if_fail (KOMMUNE_IS_DOCUMENT (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->tertial_reports));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KommuneTertialReport) report = g_list_model_get_item (G_LIST_MODEL (self->tertial_reports), i);

      if (kommune_tertial_report_get_year (report) == year &&
          kommune_tertial_report_get_period (report) == period)
        return report;   /* the store keeps it alive */
    }
  return NULL;
}

/**
 * kommune_document_get_investment_projects:
 * @self: a #KommuneDocument
 *
 * Gets the investment projects, in the order added.
 *
 * Returns: (transfer none): a list model of [class@Kommune.InvestmentProject]
 *
 * Since: 0.1
 */
GListModel *
kommune_document_get_investment_projects (KommuneDocument *self)
{
  g_return_val_if_fail (KOMMUNE_IS_DOCUMENT (self), NULL);
  return G_LIST_MODEL (self->investment_projects);
}

/**
 * kommune_document_add_investment_project:
 * @self: a #KommuneDocument
 * @project: an investment project
 *
 * Adds an investment project at the end.
 *
 * Since: 0.1
 */
void
kommune_document_add_investment_project (KommuneDocument          *self,
                                         KommuneInvestmentProject *project)
{
  g_return_if_fail (KOMMUNE_IS_DOCUMENT (self));
  g_return_if_fail (KOMMUNE_IS_INVESTMENT_PROJECT (project));
  g_list_store_append (self->investment_projects, project);
}

/**
 * kommune_document_get_verbal_proposals:
 * @self: a #KommuneDocument
 *
 * Gets the verbal proposals, in the order added.
 *
 * Returns: (transfer none): a list model of [class@Kommune.VerbalProposal]
 *
 * Since: 0.1
 */
GListModel *
kommune_document_get_verbal_proposals (KommuneDocument *self)
{
  g_return_val_if_fail (KOMMUNE_IS_DOCUMENT (self), NULL);
  return G_LIST_MODEL (self->verbal_proposals);
}

/**
 * kommune_document_add_verbal_proposal:
 * @self: a #KommuneDocument
 * @proposal: a verbal proposal
 *
 * Adds a verbal proposal at the end.
 *
 * Since: 0.1
 */
void
kommune_document_add_verbal_proposal (KommuneDocument       *self,
                                      KommuneVerbalProposal *proposal)
{
  g_return_if_fail (KOMMUNE_IS_DOCUMENT (self));
  g_return_if_fail (KOMMUNE_IS_VERBAL_PROPOSAL (proposal));
  g_list_store_append (self->verbal_proposals, proposal);
}

/**
 * kommune_document_get_annual_evaluations:
 * @self: a #KommuneDocument
 *
 * Gets the annual evaluations, in the order added.
 *
 * Returns: (transfer none): a list model of [class@Kommune.AnnualEvaluation]
 *
 * Since: 0.1
 */
GListModel *
kommune_document_get_annual_evaluations (KommuneDocument *self)
{
  g_return_val_if_fail (KOMMUNE_IS_DOCUMENT (self), NULL);
  return G_LIST_MODEL (self->annual_evaluations);
}

/**
 * kommune_document_add_annual_evaluation:
 * @self: a #KommuneDocument
 * @evaluation: an annual evaluation
 *
 * Adds an annual evaluation at the end.
 *
 * Since: 0.1
 */
void
kommune_document_add_annual_evaluation (KommuneDocument         *self,
                                        KommuneAnnualEvaluation *evaluation)
{
  g_return_if_fail (KOMMUNE_IS_DOCUMENT (self));
  g_return_if_fail (KOMMUNE_IS_ANNUAL_EVALUATION (evaluation));
  g_list_store_append (self->annual_evaluations, evaluation);
}

/**
 * kommune_document_get_key_figures:
 * @self: a #KommuneDocument
 *
 * Gets the key figures, in the order added.
 *
 * Returns: (transfer none): a list model of [class@Kommune.KeyFigure]
 *
 * Since: 0.1
 */
GListModel *
kommune_document_get_key_figures (KommuneDocument *self)
{
  g_return_val_if_fail (KOMMUNE_IS_DOCUMENT (self), NULL);
  return G_LIST_MODEL (self->key_figures);
}

/**
 * kommune_document_add_key_figure:
 * @self: a #KommuneDocument
 * @figure: a key figure
 *
 * Adds a key figure at the end.
 *
 * Since: 0.1
 */
void
kommune_document_add_key_figure (KommuneDocument  *self,
                                 KommuneKeyFigure *figure)
{
  g_return_if_fail (KOMMUNE_IS_DOCUMENT (self));
  g_return_if_fail (KOMMUNE_IS_KEY_FIGURE (figure));
  g_list_store_append (self->key_figures, figure);
}

/**
 * kommune_document_get_notes:
 * @self: a #KommuneDocument
 *
 * Gets the notes, in the order added.
 *
 * Returns: (transfer none): a list model of [class@Kommune.Note]
 *
 * Since: 0.1
 */
GListModel *
kommune_document_get_notes (KommuneDocument *self)
{
  g_return_val_if_fail (KOMMUNE_IS_DOCUMENT (self), NULL);
  return G_LIST_MODEL (self->notes);
}

/**
 * kommune_document_add_note:
 * @self: a #KommuneDocument
 * @note: a note
 *
 * Adds a note at the end.
 *
 * Since: 0.1
 */
void
kommune_document_add_note (KommuneDocument *self,
                           KommuneNote     *note)
{
  g_return_if_fail (KOMMUNE_IS_DOCUMENT (self));
  g_return_if_fail (KOMMUNE_IS_NOTE (note));
  g_list_store_append (self->notes, note);
}

/**
 * kommune_document_get_goals:
 * @self: a #KommuneDocument
 *
 * Gets the root goals of trees of goals, in the order added.
 *
 * Returns: (transfer none): a list model of [class@Kommune.Goal]
 *
 * Since: 0.1
 */
GListModel *
kommune_document_get_goals (KommuneDocument *self)
{
  g_return_val_if_fail (KOMMUNE_IS_DOCUMENT (self), NULL);
  return G_LIST_MODEL (self->goals);
}

/**
 * kommune_document_add_goal:
 * @self: a #KommuneDocument
 * @goal: the item to add
 *
 * Adds an item at the end of the root goals of trees of goals.
 *
 * Since: 0.1
 */
void
kommune_document_add_goal (KommuneDocument *self,
                           KommuneGoal     *goal)
{
  g_return_if_fail (KOMMUNE_IS_DOCUMENT (self));
  g_return_if_fail (KOMMUNE_IS_GOAL (goal));
  g_list_store_append (self->goals, goal);
}

/**
 * kommune_document_get_financial_rules:
 * @self: a #KommuneDocument
 *
 * Gets the financial rules, in the order added.
 *
 * Returns: (transfer none): a list model of [class@Kommune.FinancialRule]
 *
 * Since: 0.1
 */
GListModel *
kommune_document_get_financial_rules (KommuneDocument *self)
{
  g_return_val_if_fail (KOMMUNE_IS_DOCUMENT (self), NULL);
  return G_LIST_MODEL (self->financial_rules);
}

/**
 * kommune_document_add_financial_rule:
 * @self: a #KommuneDocument
 * @rule: the item to add
 *
 * Adds an item at the end of the financial rules.
 *
 * Since: 0.1
 */
void
kommune_document_add_financial_rule (KommuneDocument      *self,
                                     KommuneFinancialRule *rule)
{
  g_return_if_fail (KOMMUNE_IS_DOCUMENT (self));
  g_return_if_fail (KOMMUNE_IS_FINANCIAL_RULE (rule));
  g_list_store_append (self->financial_rules, rule);
}

/**
 * kommune_document_get_workforce_figures:
 * @self: a #KommuneDocument
 *
 * Gets the workforce figures, in the order added.
 *
 * Returns: (transfer none): a list model of [class@Kommune.WorkforceFigures]
 *
 * Since: 0.1
 */
GListModel *
kommune_document_get_workforce_figures (KommuneDocument *self)
{
  g_return_val_if_fail (KOMMUNE_IS_DOCUMENT (self), NULL);
  return G_LIST_MODEL (self->workforce_figures);
}

/**
 * kommune_document_add_workforce_figures:
 * @self: a #KommuneDocument
 * @figures: the item to add
 *
 * Adds an item at the end of the workforce figures.
 *
 * Since: 0.1
 */
void
kommune_document_add_workforce_figures (KommuneDocument         *self,
                                        KommuneWorkforceFigures *figures)
{
  g_return_if_fail (KOMMUNE_IS_DOCUMENT (self));
  g_return_if_fail (KOMMUNE_IS_WORKFORCE_FIGURES (figures));
  g_list_store_append (self->workforce_figures, figures);
}

/**
 * kommune_document_get_strategies:
 * @self: a #KommuneDocument
 *
 * Gets the strategies, in the order added.
 *
 * Returns: (transfer none): a list model of [class@Kommune.Strategy]
 *
 * Since: 0.1
 */
GListModel *
kommune_document_get_strategies (KommuneDocument *self)
{
  g_return_val_if_fail (KOMMUNE_IS_DOCUMENT (self), NULL);
  return G_LIST_MODEL (self->strategies);
}

/**
 * kommune_document_add_strategy:
 * @self: a #KommuneDocument
 * @strategy: the item to add
 *
 * Adds an item at the end of the strategies.
 *
 * Since: 0.1
 */
void
kommune_document_add_strategy (KommuneDocument *self,
                               KommuneStrategy *strategy)
{
  g_return_if_fail (KOMMUNE_IS_DOCUMENT (self));
  g_return_if_fail (KOMMUNE_IS_STRATEGY (strategy));
  g_list_store_append (self->strategies, strategy);
}
