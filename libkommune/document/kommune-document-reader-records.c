/* kommune-document-reader-records.c: reading the records of a document
 * beside its plan and reports: investment projects, verbal proposals,
 * annual evaluations, key figures and notes
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "core/kommune-enum-private.h"
#include "kommune-enums.h"
#include "kommune-annual-evaluation.h"
#include "document/kommune-document-private.h"
#include "kommune-error.h"
#include "kommune-financial-figures.h"
#include "kommune-investment-project.h"
#include "kommune-key-figure.h"
#include "kommune-municipality.h"
#include "kommune-note.h"
#include "kommune-verbal-proposal.h"
#include "core/kommune-i18n-private.h"

/* The area a record names, from the document's municipality; the plan's
 * reader (kommune-document-reader.c) looks its areas up here too. */
KommuneProgrammeArea *
_kommune_document_find_area (KommuneJsonReader *r,
                             KommuneDocument   *document,
                             const char        *code)
{
  KommuneProgrammeArea *area =
    kommune_municipality_find_area (kommune_document_get_municipality (document), code);

  if (area == NULL)
    {
      gsize len = _kommune_json_push_member (r, "area");

      g_set_error (r->error, KOMMUNE_ERROR, KOMMUNE_ERROR_UNKNOWN_AREA,
                   _("%s: %s: the municipality has no programme area “%s”"),
                   r->name, r->path->str, code);
      _kommune_json_pop (r, len);
    }
  return area;
}

typedef struct
{
  KommuneDocument *document;
  gpointer         target;   /* the evaluation whose area texts are read */
} AreaTextContext;

static gboolean
read_project_amount (KommuneJsonReader *r,
                     JsonObject        *object,
                     gpointer           project)
{
  static const char * const allowed[] = { "year", "amount", NULL };
  GError *model_error = NULL;
  guint year;
  gint64 amount = 0;

  if (!_kommune_json_check_members (r, object, allowed) ||
      !_kommune_json_read_year (r, object, "year", &year) ||
      !_kommune_json_read_amount (r, object, "amount", TRUE, &amount, NULL))
    return FALSE;
  if (kommune_investment_project_get_amount (project, year) != 0)
    return _kommune_json_fail (r, _("a second amount for %u"), year);
  if (!kommune_investment_project_set_amount (project, year, amount, &model_error))
    return _kommune_json_fail_model (r, model_error);
  return TRUE;
}

static gboolean
read_project (KommuneJsonReader *r,
              JsonObject        *object,
              gpointer           document)
{
  static const char * const allowed[] = { "number", "name", "area", "status", "amounts", NULL };
  g_autoptr(KommuneInvestmentProject) project = NULL;
  GError *model_error = NULL;
  const char *number, *name, *area, *status;

  if (!_kommune_json_check_members (r, object, allowed) ||
      !_kommune_json_read_string (r, object, "number", TRUE, &number) ||
      !_kommune_json_read_string (r, object, "name", TRUE, &name) ||
      !_kommune_json_read_string (r, object, "area", FALSE, &area) ||
      !_kommune_json_read_string (r, object, "status", FALSE, &status))
    return FALSE;

  if (area != NULL && _kommune_document_find_area (r, document, area) == NULL)
    return FALSE;
  project = kommune_investment_project_new (number, name, &model_error);
  if (project == NULL)
    return _kommune_json_fail_model (r, model_error);
  kommune_investment_project_set_area_code (project, area);
  kommune_investment_project_set_status (project, status);
  if (!_kommune_json_read_list (r, object, "amounts", FALSE, read_project_amount, project))
    return FALSE;
  if (!kommune_document_add_investment_project (document, project, &model_error))
    return _kommune_json_fail_model (r, model_error);
  return TRUE;
}

static gboolean
read_verbal_proposal (KommuneJsonReader *r,
                      JsonObject        *object,
                      gpointer           document)
{
  static const char * const allowed[] = { "number", "text", "responsible", "status", "comment", "adopted", NULL };
  g_autoptr(KommuneVerbalProposal) proposal = NULL;
  g_autoptr(GDateTime) adopted = NULL;
  GError *model_error = NULL;
  const char *text, *responsible, *status, *comment;
  gint64 number = 0;

  if (!_kommune_json_check_members (r, object, allowed) ||
      !_kommune_json_read_int (r, object, "number", TRUE, 1, G_MAXUINT, &number, NULL) ||
      !_kommune_json_read_string (r, object, "text", TRUE, &text) ||
      !_kommune_json_read_string (r, object, "responsible", FALSE, &responsible) ||
      !_kommune_json_read_string (r, object, "status", FALSE, &status) ||
      !_kommune_json_read_string (r, object, "comment", FALSE, &comment) ||
      !_kommune_json_read_date (r, object, "adopted", FALSE, &adopted))
    return FALSE;

  proposal = kommune_verbal_proposal_new ((guint) number, text, &model_error);
  if (proposal == NULL)
    return _kommune_json_fail_model (r, model_error);
  kommune_verbal_proposal_set_responsible (proposal, responsible);
  kommune_verbal_proposal_set_status (proposal, status);
  kommune_verbal_proposal_set_comment (proposal, comment);
  kommune_verbal_proposal_set_adopted (proposal, adopted);
  if (!kommune_document_add_verbal_proposal (document, proposal, &model_error))
    return _kommune_json_fail_model (r, model_error);
  return TRUE;
}

static gboolean
read_area_text (KommuneJsonReader *r,
                JsonObject        *object,
                gpointer           data)
{
  AreaTextContext *context = data;
  KommuneAnnualEvaluation *evaluation = context->target;
  static const char * const allowed[] = { "area", "text", NULL };
  const char *area, *text;

  if (!_kommune_json_check_members (r, object, allowed) ||
      !_kommune_json_read_string (r, object, "area", TRUE, &area) ||
      !_kommune_json_read_string (r, object, "text", TRUE, &text))
    return FALSE;
  if (_kommune_document_find_area (r, context->document, area) == NULL)
    return FALSE;
  if (kommune_annual_evaluation_get_area_text (evaluation, area) != NULL)
    return _kommune_json_fail (r, _("a second text for area “%s”"), area);
  kommune_annual_evaluation_set_area_text (evaluation, area, text);
  return TRUE;
}

static gboolean
read_evaluation (KommuneJsonReader *r,
                 JsonObject        *object,
                 gpointer           document)
{
  static const char * const allowed[] = { "year", "figures", "reported_result_share", "area_texts", NULL };
  const char * const *figure_names = _kommune_enum_nicks (KOMMUNE_TYPE_FINANCIAL_FIGURE);
  g_autoptr(KommuneAnnualEvaluation) evaluation = NULL;
  AreaTextContext context = { document, NULL };
  GError *model_error = NULL;
  JsonObject *figures = NULL;
  const char *share;
  gsize len;
  guint year;

  if (!_kommune_json_check_members (r, object, allowed) ||
      !_kommune_json_read_year (r, object, "year", &year) ||
      !_kommune_json_read_string (r, object, "reported_result_share", FALSE, &share))
    return FALSE;

  evaluation = kommune_annual_evaluation_new (year, &model_error);
  if (evaluation == NULL)
    return _kommune_json_fail_model (r, model_error);
  if (!kommune_annual_evaluation_set_reported_result_share (evaluation, share, &model_error))
    return _kommune_json_fail_model (r, model_error);

  if (!_kommune_json_enter_object (r, object, "figures", FALSE, figure_names, &figures, &len))
    return FALSE;
  if (figures != NULL)
    {
      for (int f = 0; figure_names[f] != NULL; f++)
        {
          gint64 amount = 0;
          gboolean present;

          if (!_kommune_json_read_amount (r, figures, figure_names[f], FALSE, &amount, &present))
            return FALSE;
          if (present)
            kommune_annual_evaluation_set_figure (evaluation, (KommuneFinancialFigure) f, amount);
        }
      _kommune_json_pop (r, len);
    }

  context.target = evaluation;
  if (!_kommune_json_read_list (r, object, "area_texts", FALSE, read_area_text, &context))
    return FALSE;
  if (!kommune_document_add_annual_evaluation (document, evaluation, &model_error))
    return _kommune_json_fail_model (r, model_error);
  return TRUE;
}

static gboolean
read_key_figure (KommuneJsonReader *r,
                 JsonObject        *object,
                 gpointer           document)
{
  static const char * const allowed[] = { "name", "unit", "year", "value", NULL };
  g_autoptr(KommuneKeyFigure) figure = NULL;
  GError *model_error = NULL;
  const char *name, *unit, *value;
  guint year;

  if (!_kommune_json_check_members (r, object, allowed) ||
      !_kommune_json_read_string (r, object, "name", TRUE, &name) ||
      !_kommune_json_read_string (r, object, "unit", FALSE, &unit) ||
      !_kommune_json_read_year (r, object, "year", &year) ||
      !_kommune_json_read_string (r, object, "value", TRUE, &value))
    return FALSE;

  figure = kommune_key_figure_new (name, unit, year, value, &model_error);
  if (figure == NULL)
    return _kommune_json_fail_model (r, model_error);
  if (!kommune_document_add_key_figure (document, figure, &model_error))
    return _kommune_json_fail_model (r, model_error);
  return TRUE;
}

static gboolean
read_note (KommuneJsonReader *r,
           JsonObject        *object,
           gpointer           document)
{
  static const char * const allowed[] = { "title", "body", NULL };
  g_autoptr(KommuneNote) note = NULL;
  GError *model_error = NULL;
  const char *title, *body;

  if (!_kommune_json_check_members (r, object, allowed) ||
      !_kommune_json_read_string (r, object, "title", TRUE, &title) ||
      !_kommune_json_read_string (r, object, "body", TRUE, &body))
    return FALSE;

  note = kommune_note_new (title, body, &model_error);
  if (note == NULL)
    return _kommune_json_fail_model (r, model_error);
  if (!kommune_document_add_note (document, note, &model_error))
    return _kommune_json_fail_model (r, model_error);
  return TRUE;
}

gboolean
_kommune_document_read_records (KommuneJsonReader *r,
                                JsonObject        *root,
                                KommuneDocument   *document)
{
  return _kommune_json_read_list (r, root, "investment_projects", FALSE, read_project, document) &&
         _kommune_json_read_list (r, root, "verbal_proposals", FALSE, read_verbal_proposal, document) &&
         _kommune_json_read_list (r, root, "annual_evaluations", FALSE, read_evaluation, document) &&
         _kommune_json_read_list (r, root, "key_figures", FALSE, read_key_figure, document) &&
         _kommune_json_read_list (r, root, "notes", FALSE, read_note, document);
}
