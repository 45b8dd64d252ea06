/* kommune-document-reader.c: JSON → KommuneDocument, with JSON paths in
 * every error
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "kommune-adjustment.h"
#include "kommune-annual-evaluation.h"
#include "kommune-budget-frame.h"
#include "kommune-calendar.h"
#include "kommune-date-private.h"
#include "kommune-department.h"
#include "kommune-distribution.h"
#include "kommune-document-private.h"
#include "kommune-economic-plan.h"
#include "kommune-error.h"
#include "kommune-investment-project.h"
#include "kommune-json-reader-private.h"
#include "kommune-key-figure.h"
#include "kommune-municipality.h"
#include "kommune-note.h"
#include "kommune-programme-area.h"
#include "kommune-verbal-proposal.h"

static const char * const budget_types[] = { "operating", "investment", NULL };
static const char * const document_kinds[] = {
  "economic-plan", "tertial-1", "tertial-2", "annual-evaluation", "council-guidance", NULL
};

/* ------------------------------------------------------------------ */
/* Municipality                                                        */
/* ------------------------------------------------------------------ */

static gboolean
read_department (KommuneJsonReader *r,
                 JsonObject        *object,
                 gpointer           area)
{
  static const char * const allowed[] = { "code", "name", NULL };
  g_autoptr(KommuneDepartment) department = NULL;
  GError *model_error = NULL;
  const char *code, *name;

  if (!_kommune_json_check_members (r, object, allowed) ||
      !_kommune_json_read_string (r, object, "code", TRUE, &code) ||
      !_kommune_json_read_string (r, object, "name", TRUE, &name))
    return FALSE;

  department = kommune_department_new (code, name, &model_error);
  if (department == NULL ||
      !kommune_programme_area_add_department (area, department, &model_error))
    return _kommune_json_fail_model (r, model_error);
  return TRUE;
}

static gboolean
read_area (KommuneJsonReader *r,
           JsonObject        *object,
           gpointer           municipality)
{
  static const char * const allowed[] = { "code", "name", "departments", NULL };
  g_autoptr(KommuneProgrammeArea) area = NULL;
  GError *model_error = NULL;
  const char *code, *name;

  if (!_kommune_json_check_members (r, object, allowed) ||
      !_kommune_json_read_string (r, object, "code", TRUE, &code) ||
      !_kommune_json_read_string (r, object, "name", TRUE, &name))
    return FALSE;

  area = kommune_programme_area_new (code, name, &model_error);
  if (area == NULL || !kommune_municipality_add_area (municipality, area, &model_error))
    return _kommune_json_fail_model (r, model_error);
  return _kommune_json_read_list (r, object, "departments", FALSE, read_department, area);
}

static KommuneMunicipality *
read_municipality (KommuneJsonReader *r,
                   JsonObject        *root)
{
  static const char * const allowed[] = { "number", "name", "areas", NULL };
  g_autoptr(KommuneMunicipality) municipality = NULL;
  GError *model_error = NULL;
  JsonObject *object;
  const char *number, *name;
  gsize len;

  if (_kommune_json_member (r, root, "municipality", TRUE) == NULL)
    return NULL;

  len = _kommune_json_push_member (r, "municipality");
  object = _kommune_json_as_object (r, json_object_get_member (root, "municipality"));
  if (object == NULL ||
      !_kommune_json_check_members (r, object, allowed) ||
      !_kommune_json_read_string (r, object, "number", TRUE, &number) ||
      !_kommune_json_read_string (r, object, "name", TRUE, &name))
    return NULL;

  municipality = kommune_municipality_new (number, name, &model_error);
  if (municipality == NULL)
    {
      _kommune_json_fail_model (r, model_error);
      return NULL;
    }
  if (!_kommune_json_read_list (r, object, "areas", FALSE, read_area, municipality))
    return NULL;
  _kommune_json_pop (r, len);
  return g_steal_pointer (&municipality);
}

/* ------------------------------------------------------------------ */
/* Plan                                                                */
/* ------------------------------------------------------------------ */

typedef struct
{
  KommuneDocument     *document;
  KommuneEconomicPlan *plan;
  gpointer             target;   /* what the current list fills */
  GPtrArray           *pending;  /* the plan's adjustments, when deferred */
} PlanContext;

static gboolean
read_distribution_line (KommuneJsonReader *r,
                        JsonObject        *object,
                        gpointer           distribution)
{
  static const char * const allowed[] = { "key", "label", "amount", NULL };
  GError *model_error = NULL;
  const char *key, *label;
  gint64 amount = 0;

  if (!_kommune_json_check_members (r, object, allowed) ||
      !_kommune_json_read_string (r, object, "key", TRUE, &key) ||
      !_kommune_json_read_string (r, object, "label", FALSE, &label) ||
      !_kommune_json_read_amount (r, object, "amount", TRUE, &amount, NULL))
    return FALSE;

  if (!kommune_distribution_add (distribution, key, label, amount, &model_error))
    return _kommune_json_fail_model (r, model_error);
  return TRUE;
}

static gboolean
read_distribution (KommuneJsonReader *r,
                   JsonObject        *object,
                   gpointer           frame)
{
  static const char * const allowed[] = { "name", "lines", NULL };
  GError *model_error = NULL;
  KommuneDistribution *distribution;
  const char *name;

  if (!_kommune_json_check_members (r, object, allowed) ||
      !_kommune_json_read_string (r, object, "name", TRUE, &name))
    return FALSE;

  distribution = kommune_budget_frame_add_distribution (frame, name, &model_error);
  if (distribution == NULL)
    return _kommune_json_fail_model (r, model_error);
  return _kommune_json_read_list (r, object, "lines", TRUE, read_distribution_line, distribution);
}

KommuneProgrammeArea *
_kommune_document_find_area (KommuneJsonReader *r,
                             KommuneDocument   *document,
                             const char        *code)
{
  KommuneProgrammeArea *area = document->area_index != NULL
    ? g_hash_table_lookup (document->area_index, code)
    : kommune_municipality_find_area (kommune_document_get_municipality (document), code);

  if (area == NULL)
    {
      gsize len = _kommune_json_push_member (r, "area");

      g_set_error (r->error, KOMMUNE_ERROR, KOMMUNE_ERROR_UNKNOWN_AREA,
                   "%s: %s: the municipality has no programme area “%s”",
                   r->name, r->path->str, code);
      _kommune_json_pop (r, len);
    }
  return area;
}

static gboolean
read_frame (KommuneJsonReader *r,
            JsonObject        *object,
            gpointer           data)
{
  static const char * const allowed[] = { "area", "year", "budget_type", "amount", "distributions", NULL };
  PlanContext *context = data;
  g_autoptr(KommuneBudgetFrame) frame = NULL;
  GError *model_error = NULL;
  KommuneProgrammeArea *area;
  const char *code;
  guint year;
  int budget_type;
  gint64 amount = 0;

  if (!_kommune_json_check_members (r, object, allowed) ||
      !_kommune_json_read_string (r, object, "area", TRUE, &code) ||
      !_kommune_json_read_year (r, object, "year", &year) ||
      !_kommune_json_read_choice (r, object, "budget_type", budget_types, &budget_type) ||
      !_kommune_json_read_amount (r, object, "amount", TRUE, &amount, NULL) ||
      (area = _kommune_document_find_area (r, context->document, code)) == NULL)
    return FALSE;

  frame = kommune_budget_frame_new_full (area, year, (KommuneBudgetType) budget_type, amount);
  if (!_kommune_json_read_list (r, object, "distributions", FALSE, read_distribution, frame))
    return FALSE;
  if (!kommune_economic_plan_add_budget_frame (context->plan, frame, &model_error))
    return _kommune_json_fail_model (r, model_error);
  return TRUE;
}

static gboolean
read_extra_line (KommuneJsonReader *r,
                 JsonObject        *object,
                 gpointer           adjustment)
{
  static const char * const allowed[] = { "area", "amount", NULL };
  GError *model_error = NULL;
  const char *code;
  gint64 amount = 0;

  if (!_kommune_json_check_members (r, object, allowed) ||
      !_kommune_json_read_string (r, object, "area", TRUE, &code) ||
      !_kommune_json_read_amount (r, object, "amount", TRUE, &amount, NULL))
    return FALSE;
  if (!kommune_adjustment_add_line (adjustment, code, amount, &model_error))
    return _kommune_json_fail_model (r, model_error);
  return TRUE;
}

KommuneAdjustment *
_kommune_document_read_adjustment (KommuneJsonReader *r,
                                   JsonObject        *object)
{
  static const char * const allowed[] = {
    "id", "date", "decision", "document", "area", "to_area", "budget_type",
    "year", "amount", "reason", "extra_lines", NULL
  };
  g_autoptr(KommuneAdjustment) adjustment = NULL;
  g_autoptr(GDateTime) date = NULL;
  GError *model_error = NULL;
  const char *id, *decision, *area, *to_area, *reason;
  int document, budget_type;
  guint year;
  gint64 amount = 0;

  if (!_kommune_json_check_members (r, object, allowed) ||
      !_kommune_json_read_string (r, object, "id", TRUE, &id) ||
      !_kommune_json_read_date (r, object, "date", TRUE, &date) ||
      !_kommune_json_read_string (r, object, "decision", FALSE, &decision) ||
      !_kommune_json_read_choice (r, object, "document", document_kinds, &document) ||
      !_kommune_json_read_string (r, object, "area", TRUE, &area) ||
      !_kommune_json_read_string (r, object, "to_area", FALSE, &to_area) ||
      !_kommune_json_read_choice (r, object, "budget_type", budget_types, &budget_type) ||
      !_kommune_json_read_year (r, object, "year", &year) ||
      !_kommune_json_read_amount (r, object, "amount", TRUE, &amount, NULL) ||
      !_kommune_json_read_string (r, object, "reason", FALSE, &reason))
    return NULL;

  if (to_area != NULL)
    adjustment = kommune_adjustment_new_transfer (id, date, decision, (KommuneDocumentKind) document,
                                                  area, to_area, (KommuneBudgetType) budget_type,
                                                  year, amount, reason, &model_error);
  else
    adjustment = kommune_adjustment_new (id, date, decision, (KommuneDocumentKind) document,
                                         area, (KommuneBudgetType) budget_type,
                                         year, amount, reason, &model_error);
  if (adjustment == NULL)
    {
      _kommune_json_fail_model (r, model_error);
      return NULL;
    }
  if (!_kommune_json_read_list (r, object, "extra_lines", FALSE, read_extra_line, adjustment))
    return NULL;
  return g_steal_pointer (&adjustment);
}

static gboolean
read_plan_adjustment (KommuneJsonReader *r,
                      JsonObject        *object,
                      gpointer           data)
{
  PlanContext *context = data;
  g_autoptr(KommuneAdjustment) adjustment = _kommune_document_read_adjustment (r, object);
  GError *model_error = NULL;

  if (adjustment == NULL)
    return FALSE;
  /* When reports give their place in the log, the log is built later. */
  if (context->pending != NULL)
    {
      g_ptr_array_add (context->pending, g_steal_pointer (&adjustment));
      return TRUE;
    }
  if (!kommune_economic_plan_add_adjustment (context->plan, adjustment, &model_error))
    return _kommune_json_fail_model (r, model_error);
  return TRUE;
}

static gboolean
read_plan (KommuneJsonReader *r,
           JsonObject        *root,
           KommuneDocument   *document,
           GPtrArray         *pending)
{
  static const char * const allowed[] = { "first_year", "frames", "adjustments", NULL };
  g_autoptr(KommuneEconomicPlan) plan = NULL;
  GListModel *areas;
  PlanContext context = { document, NULL, NULL, NULL };
  JsonObject *object;
  gint64 first_year = 0;
  gsize len;

  if (_kommune_json_member (r, root, "plan", FALSE) == NULL)
    return TRUE;

  len = _kommune_json_push_member (r, "plan");
  object = _kommune_json_as_object (r, json_object_get_member (root, "plan"));
  if (object == NULL ||
      !_kommune_json_check_members (r, object, allowed) ||
      !_kommune_json_read_int (r, object, "first_year", TRUE, 1000, 9999 - KOMMUNE_PLAN_YEARS, &first_year, NULL))
    return FALSE;

  /* The plan knows every area of the municipality, in its order. */
  plan = kommune_economic_plan_new ((guint) first_year);
  areas = kommune_municipality_get_areas (kommune_document_get_municipality (document));
  for (guint i = 0; i < g_list_model_get_n_items (areas); i++)
    {
      g_autoptr(KommuneProgrammeArea) area = g_list_model_get_item (areas, i);

      kommune_economic_plan_add_area (plan, area, NULL);
    }

  context.plan = plan;
  context.pending = pending;
  if (!_kommune_json_read_list (r, object, "frames", FALSE, read_frame, &context) ||
      !_kommune_json_read_list (r, object, "adjustments", FALSE, read_plan_adjustment, &context))
    return FALSE;

  _kommune_json_pop (r, len);
  kommune_document_set_plan (document, plan);
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* The rest                                                            */
/* ------------------------------------------------------------------ */

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
    return _kommune_json_fail (r, "a second amount for %u", year);
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
  static const char * const allowed[] = { "number", "text", "responsible", "status", "comment", NULL };
  g_autoptr(KommuneVerbalProposal) proposal = NULL;
  GError *model_error = NULL;
  const char *text, *responsible, *status, *comment;
  gint64 number = 0;

  if (!_kommune_json_check_members (r, object, allowed) ||
      !_kommune_json_read_int (r, object, "number", TRUE, 1, G_MAXUINT, &number, NULL) ||
      !_kommune_json_read_string (r, object, "text", TRUE, &text) ||
      !_kommune_json_read_string (r, object, "responsible", FALSE, &responsible) ||
      !_kommune_json_read_string (r, object, "status", FALSE, &status) ||
      !_kommune_json_read_string (r, object, "comment", FALSE, &comment))
    return FALSE;

  proposal = kommune_verbal_proposal_new ((guint) number, text, &model_error);
  if (proposal == NULL)
    return _kommune_json_fail_model (r, model_error);
  kommune_verbal_proposal_set_responsible (proposal, responsible);
  kommune_verbal_proposal_set_status (proposal, status);
  kommune_verbal_proposal_set_comment (proposal, comment);
  if (!kommune_document_add_verbal_proposal (document, proposal, &model_error))
    return _kommune_json_fail_model (r, model_error);
  return TRUE;
}

static gboolean
read_area_text (KommuneJsonReader *r,
                JsonObject        *object,
                gpointer           data)
{
  PlanContext *context = data;
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
    return _kommune_json_fail (r, "a second text for area “%s”", area);
  kommune_annual_evaluation_set_area_text (evaluation, area, text);
  return TRUE;
}

static gboolean
read_evaluation (KommuneJsonReader *r,
                 JsonObject        *object,
                 gpointer           document)
{
  static const char * const allowed[] = { "year", "figures", "reported_result_share", "area_texts", NULL };
  const char *figure_names[KOMMUNE_FINANCIAL_FIGURE_LONG_TERM_DEBT + 2] = { NULL };
  g_autoptr(KommuneAnnualEvaluation) evaluation = NULL;
  PlanContext context = { document, NULL, NULL, NULL };
  GError *model_error = NULL;
  JsonObject *figures = NULL;
  const char *share;
  guint year;

  for (int f = 0; f <= KOMMUNE_FINANCIAL_FIGURE_LONG_TERM_DEBT; f++)
    figure_names[f] = kommune_financial_figure_to_string ((KommuneFinancialFigure) f);

  if (!_kommune_json_check_members (r, object, allowed) ||
      !_kommune_json_read_year (r, object, "year", &year) ||
      !_kommune_json_read_string (r, object, "reported_result_share", FALSE, &share))
    return FALSE;

  evaluation = kommune_annual_evaluation_new (year);
  if (!kommune_annual_evaluation_set_reported_result_share (evaluation, share, &model_error))
    return _kommune_json_fail_model (r, model_error);

  if (_kommune_json_member (r, object, "figures", FALSE) != NULL)
    {
      gsize len = _kommune_json_push_member (r, "figures");

      figures = _kommune_json_as_object (r, json_object_get_member (object, "figures"));
      if (figures == NULL || !_kommune_json_check_members (r, figures, figure_names))
        return FALSE;
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

KommuneDocument *
_kommune_document_read (JsonNode    *root_node,
                        const char  *name,
                        GError     **error)
{
  static const char * const allowed[] = {
    "format_version", "source", "municipality", "plan", "tertial_reports",
    "investment_projects", "verbal_proposals", "annual_evaluations",
    "key_figures", "notes", "goals", "financial_rules", "workforce", "strategies", NULL
  };
  g_autoptr(GString) path = g_string_new ("$");
  g_autoptr(KommuneMunicipality) municipality = NULL;
  g_autoptr(KommuneDocument) document = NULL;
  g_autoptr(GPtrArray) pending = NULL;
  KommuneJsonReader reader = { name, path, error };
  KommuneJsonReader *r = &reader;
  JsonObject *root;
  const char *source;
  gint64 version = 0;

  if ((root = _kommune_json_as_object (r, root_node)) == NULL ||
      !_kommune_json_check_members (r, root, allowed) ||
      !_kommune_json_read_int (r, root, "format_version", TRUE, 1, G_MAXINT32, &version, NULL))
    return NULL;
  if (version > KOMMUNE_DOCUMENT_FORMAT_VERSION)
    {
      gsize len = _kommune_json_push_member (r, "format_version");

      _kommune_json_fail (r, "format version %" G_GINT64_FORMAT " is newer than this libkommune reads (%d)",
            version, KOMMUNE_DOCUMENT_FORMAT_VERSION);
      _kommune_json_pop (r, len);
      return NULL;
    }

  if (!_kommune_json_read_string (r, root, "source", FALSE, &source) ||
      (municipality = read_municipality (r, root)) == NULL)
    return NULL;

  document = kommune_document_new (municipality);
  kommune_document_set_source (document, source);
  document->area_index = _kommune_document_index_areas (municipality);

  if (_kommune_document_file_orders_log (root))
    pending = g_ptr_array_new_with_free_func (g_object_unref);
  if (!read_plan (r, root, document, pending) ||
      !_kommune_document_read_reports (r, root, document, pending) ||
      !_kommune_json_read_list (r, root, "investment_projects", FALSE, read_project, document) ||
      !_kommune_json_read_list (r, root, "verbal_proposals", FALSE, read_verbal_proposal, document) ||
      !_kommune_json_read_list (r, root, "annual_evaluations", FALSE, read_evaluation, document) ||
      !_kommune_json_read_list (r, root, "key_figures", FALSE, read_key_figure, document) ||
      !_kommune_json_read_list (r, root, "notes", FALSE, read_note, document) ||
      !_kommune_document_read_steering (r, root, document))
    return NULL;

  g_clear_pointer (&document->area_index, g_hash_table_unref);
  return g_steal_pointer (&document);
}
