/* kommune-document-contents.c: the lists of records a KommuneDocument
 * holds (the steering lists are in kommune-document-steering-contents.c,
 * which builds on the helpers here; this file knows nothing of them)
 *
 * Each list is a KommuneList: the getters hand it out as a read-only
 * GListModel, and the add functions below are the only way in. Items with
 * an identity are indexed by it, so a duplicate is refused in O(1).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "kommune-adjustment.h"
#include "model/kommune-annual-evaluation-private.h"
#include "kommune-annual-evaluation.h"
#include "kommune-calendar.h"
#include "document/kommune-document-private.h"
#include "kommune-economic-plan.h"
#include "kommune-error.h"
#include "model/kommune-investment-project-private.h"
#include "kommune-investment-project.h"
#include "model/kommune-key-figure-private.h"
#include "kommune-key-figure.h"
#include "kommune-municipality.h"
#include "model/kommune-note-private.h"
#include "kommune-note.h"
#include "kommune-programme-area.h"
#include "model/kommune-tertial-report-private.h"
#include "kommune-tertial-report.h"
#include "model/kommune-verbal-proposal-private.h"
#include "kommune-verbal-proposal.h"
#include "core/kommune-i18n-private.h"

#define OWNER _("the document")

static GQuark
key_figure_key_quark (void)
{
  return g_quark_from_static_string ("kommune-document-key-figure-key");
}

static const char *
tertial_report_key (gpointer  item,
                    char     *buffer)
{
  g_snprintf (buffer, KOMMUNE_LIST_KEY_BUFFER, "%u %s",
              kommune_tertial_report_get_year (item),
              kommune_document_kind_to_string (kommune_tertial_report_get_period (item)));
  return buffer;
}

static const char *
project_key (gpointer  item,
             char     *buffer G_GNUC_UNUSED)
{
  return kommune_investment_project_get_number (item);
}

static const char *
verbal_proposal_key (gpointer  item,
                     char     *buffer)
{
  g_snprintf (buffer, KOMMUNE_LIST_KEY_BUFFER, "%u", kommune_verbal_proposal_get_number (item));
  return buffer;
}

static const char *
evaluation_key (gpointer  item,
                char     *buffer)
{
  g_snprintf (buffer, KOMMUNE_LIST_KEY_BUFFER, "%u", kommune_annual_evaluation_get_year (item));
  return buffer;
}

char *
_kommune_document_key_figure_key (const char *name,
                                  guint       year)
{
  /* The year is digits in the last parentheses, so the text is unique. */
  return g_strdup_printf ("%s (%u)", name != NULL ? name : "", year);
}

static const char *
key_figure_key_func (gpointer  item,
                     char     *buffer G_GNUC_UNUSED)
{
  /* Set by kommune_document_add_key_figure() before the item goes in; a
   * key figure's name and year never change. */
  return g_object_get_qdata (item, key_figure_key_quark ());
}

void
_kommune_document_init_contents (KommuneDocument *self)
{
  self->tertial_reports = _kommune_list_new (KOMMUNE_TYPE_TERTIAL_REPORT, tertial_report_key);
  self->investment_projects = _kommune_list_new (KOMMUNE_TYPE_INVESTMENT_PROJECT, project_key);
  self->verbal_proposals = _kommune_list_new (KOMMUNE_TYPE_VERBAL_PROPOSAL, verbal_proposal_key);
  self->annual_evaluations = _kommune_list_new (KOMMUNE_TYPE_ANNUAL_EVALUATION, evaluation_key);
  self->key_figures = _kommune_list_new (KOMMUNE_TYPE_KEY_FIGURE, key_figure_key_func);
  self->notes = _kommune_list_new (KOMMUNE_TYPE_NOTE, NULL);
}

gboolean
_kommune_document_fail_type (GError     **error,
                             const char  *what,
                             gpointer     item,
                             GType        expected)
{
  g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
               _("expected a %s (%s), got %s"), what, g_type_name (expected),
               item == NULL ? "NULL" :
               G_TYPE_CHECK_INSTANCE (item) ? G_OBJECT_TYPE_NAME (item) : _("something else"));
  return FALSE;
}

/**
 * kommune_document_get_tertial_reports:
 * @self: a #KommuneDocument
 *
 * Gets the tertial reports, in the order added. The list is read-only and live:
 * it changes only through [method@Kommune.Document.add_tertial_report].
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
 * @error: return location for a #GError
 *
 * Adds a tertial report at the end. A report for a year and period the
 * document already has a report for fails with
 * %KOMMUNE_ERROR_DUPLICATE. An adopted report must have been adopted
 * into the document's plan ([property@Kommune.Document:plan]): one
 * adopted into another plan, or into a plan when the document has none,
 * fails with %KOMMUNE_ERROR_INVALID_ARGUMENT. (A report adopted after it
 * was added is checked by [method@Kommune.Document.check].) On failure
 * nothing changes.
 *
 * Returns: %TRUE if it was added
 *
 * Since: 0.1
 */
gboolean
kommune_document_add_tertial_report (KommuneDocument      *self,
                                     KommuneTertialReport *report,
                                     GError               **error)
{
  g_return_val_if_fail (KOMMUNE_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!KOMMUNE_IS_TERTIAL_REPORT (report))
    return _kommune_document_fail_type (error, _("tertial report"), report, KOMMUNE_TYPE_TERTIAL_REPORT);
  if (!_kommune_tertial_report_check (report, error))
    return FALSE;
  if (!_kommune_tertial_report_check_plan (report, self->plan, error) ||
      !_kommune_list_append (self->tertial_reports, report, _("tertial report"), OWNER, error))
    return FALSE;
  _kommune_tertial_report_set_document_plan (report, TRUE, self->plan);
  return TRUE;
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
  char key[KOMMUNE_LIST_KEY_BUFFER];
  const char *kind;

  g_return_val_if_fail (KOMMUNE_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail ((guint) period <= KOMMUNE_DOCUMENT_KIND_COUNCIL_GUIDANCE, NULL);

  if ((int) period < KOMMUNE_DOCUMENT_KIND_ECONOMIC_PLAN || period > KOMMUNE_DOCUMENT_KIND_COUNCIL_GUIDANCE)
    return NULL;
  kind = kommune_document_kind_to_string (period);
  g_snprintf (key, sizeof key, "%u %s", year, kind);
  return _kommune_list_find (self->tertial_reports, key);
}

/**
 * kommune_document_get_investment_projects:
 * @self: a #KommuneDocument
 *
 * Gets the investment projects, in the order added. The list is read-only and live:
 * it changes only through [method@Kommune.Document.add_investment_project].
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
 * @error: return location for a #GError
 *
 * Adds an investment project at the end. A project whose number the
 * document already has fails with %KOMMUNE_ERROR_DUPLICATE. On failure
 * nothing changes.
 *
 * Returns: %TRUE if it was added
 *
 * Since: 0.1
 */
gboolean
kommune_document_add_investment_project (KommuneDocument          *self,
                                         KommuneInvestmentProject *project,
                                         GError                   **error)
{
  g_return_val_if_fail (KOMMUNE_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!KOMMUNE_IS_INVESTMENT_PROJECT (project))
    return _kommune_document_fail_type (error, _("investment project"), project, KOMMUNE_TYPE_INVESTMENT_PROJECT);
  if (!_kommune_investment_project_check (project, error))
    return FALSE;
  return _kommune_list_append (self->investment_projects, project, _("investment project"), OWNER, error);
}

/**
 * kommune_document_get_verbal_proposals:
 * @self: a #KommuneDocument
 *
 * Gets the verbal proposals, in the order added. The list is read-only and live:
 * it changes only through [method@Kommune.Document.add_verbal_proposal].
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
 * @error: return location for a #GError
 *
 * Adds a verbal proposal at the end. A proposal whose number the
 * document already has fails with %KOMMUNE_ERROR_DUPLICATE. On failure
 * nothing changes.
 *
 * Returns: %TRUE if it was added
 *
 * Since: 0.1
 */
gboolean
kommune_document_add_verbal_proposal (KommuneDocument       *self,
                                      KommuneVerbalProposal *proposal,
                                      GError                **error)
{
  g_return_val_if_fail (KOMMUNE_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!KOMMUNE_IS_VERBAL_PROPOSAL (proposal))
    return _kommune_document_fail_type (error, _("verbal proposal"), proposal, KOMMUNE_TYPE_VERBAL_PROPOSAL);
  if (!_kommune_verbal_proposal_check (proposal, error))
    return FALSE;
  return _kommune_list_append (self->verbal_proposals, proposal, _("verbal proposal"), OWNER, error);
}

/**
 * kommune_document_get_annual_evaluations:
 * @self: a #KommuneDocument
 *
 * Gets the annual evaluations, in the order added. The list is read-only and live:
 * it changes only through [method@Kommune.Document.add_annual_evaluation].
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
 * @error: return location for a #GError
 *
 * Adds an annual evaluation at the end. An evaluation of a year the
 * document already has one for fails with %KOMMUNE_ERROR_DUPLICATE. On
 * failure nothing changes.
 *
 * Returns: %TRUE if it was added
 *
 * Since: 0.1
 */
gboolean
kommune_document_add_annual_evaluation (KommuneDocument         *self,
                                        KommuneAnnualEvaluation *evaluation,
                                        GError                  **error)
{
  g_return_val_if_fail (KOMMUNE_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!KOMMUNE_IS_ANNUAL_EVALUATION (evaluation))
    return _kommune_document_fail_type (error, _("annual evaluation"), evaluation, KOMMUNE_TYPE_ANNUAL_EVALUATION);
  if (!_kommune_annual_evaluation_check (evaluation, error))
    return FALSE;
  return _kommune_list_append (self->annual_evaluations, evaluation, _("annual evaluation"), OWNER, error);
}

/**
 * kommune_document_get_key_figures:
 * @self: a #KommuneDocument
 *
 * Gets the key figures, in the order added. The list is read-only and live:
 * it changes only through [method@Kommune.Document.add_key_figure].
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
 * @error: return location for a #GError
 *
 * Adds a key figure at the end. A key figure is identified by its name
 * and year: a second one with the same name and year fails with
 * %KOMMUNE_ERROR_DUPLICATE. On failure nothing changes.
 *
 * Returns: %TRUE if it was added
 *
 * Since: 0.1
 */
gboolean
kommune_document_add_key_figure (KommuneDocument  *self,
                                 KommuneKeyFigure *figure,
                                 GError           **error)
{
  g_return_val_if_fail (KOMMUNE_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!KOMMUNE_IS_KEY_FIGURE (figure))
    return _kommune_document_fail_type (error, _("key figure"), figure, KOMMUNE_TYPE_KEY_FIGURE);
  if (!_kommune_key_figure_check (figure, error))
    return FALSE;
  g_object_set_qdata_full (G_OBJECT (figure), key_figure_key_quark (),
                           _kommune_document_key_figure_key (kommune_key_figure_get_name (figure),
                                                             kommune_key_figure_get_year (figure)),
                           g_free);
  return _kommune_list_append (self->key_figures, figure, _("key figure"), OWNER, error);
}

/**
 * kommune_document_get_notes:
 * @self: a #KommuneDocument
 *
 * Gets the notes, in the order added. The list is read-only and live:
 * it changes only through [method@Kommune.Document.add_note].
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
 * @error: return location for a #GError
 *
 * Adds a note at the end. On failure nothing changes.
 *
 * Returns: %TRUE if it was added
 *
 * Since: 0.1
 */
gboolean
kommune_document_add_note (KommuneDocument *self,
                           KommuneNote     *note,
                           GError          **error)
{
  g_return_val_if_fail (KOMMUNE_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!KOMMUNE_IS_NOTE (note))
    return _kommune_document_fail_type (error, _("note"), note, KOMMUNE_TYPE_NOTE);
  if (!_kommune_note_check (note, error))
    return FALSE;
  return _kommune_list_append (self->notes, note, _("note"), OWNER, error);
}
