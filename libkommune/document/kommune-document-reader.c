/* kommune-document-reader.c: JSON → KommuneDocument, with JSON paths in
 * every error
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <inttypes.h>

#include <string.h>

#include "kommune-adjustment.h"
#include "kommune-area-report.h"
#include "kommune-budget-frame.h"
#include "kommune-calendar.h"
#include "core/kommune-date-private.h"
#include "kommune-department.h"
#include "kommune-distribution.h"
#include "document/kommune-document-private.h"
#include "model/kommune-economic-plan-private.h"
#include "kommune-enums.h"
#include "kommune-error.h"
#include "document/kommune-json-reader-private.h"
#include "kommune-municipality.h"
#include "kommune-programme-area.h"
#include "model/kommune-tertial-report-private.h"
#include "core/kommune-i18n-private.h"

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

  if (!_kommune_json_enter_object (r, root, "municipality", TRUE, allowed, &object, &len) ||
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
      !_kommune_json_read_enum (r, object, "budget_type", KOMMUNE_TYPE_BUDGET_TYPE, -1, &budget_type) ||
      !_kommune_json_read_amount (r, object, "amount", TRUE, &amount, NULL) ||
      (area = _kommune_document_find_area (r, context->document, code)) == NULL)
    return FALSE;

  frame = kommune_budget_frame_new_full (area, year, (KommuneBudgetType) budget_type, amount, &model_error);
  if (frame == NULL)
    return _kommune_json_fail_model (r, model_error);
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

static KommuneAdjustment *
read_adjustment (KommuneJsonReader *r,
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
      !_kommune_json_read_enum (r, object, "document", KOMMUNE_TYPE_DOCUMENT_KIND, -1, &document) ||
      !_kommune_json_read_string (r, object, "area", TRUE, &area) ||
      !_kommune_json_read_string (r, object, "to_area", FALSE, &to_area) ||
      !_kommune_json_read_enum (r, object, "budget_type", KOMMUNE_TYPE_BUDGET_TYPE, -1, &budget_type) ||
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
  g_autoptr(KommuneAdjustment) adjustment = read_adjustment (r, object);
  GError *model_error = NULL;

  if (adjustment == NULL)
    return FALSE;
  if (!_kommune_economic_plan_restore_adjustment (context->plan, adjustment, &model_error))
    return _kommune_json_fail_model (r, model_error);
  return TRUE;
}

static gboolean
read_plan (KommuneJsonReader *r,
           JsonObject        *root,
           KommuneDocument   *document)
{
  static const char * const allowed[] = {
    "first_year", "start_year", "frames", "adjustments", "log_order", NULL
  };
  g_autoptr(KommuneEconomicPlan) plan = NULL;
  GListModel *areas;
  PlanContext context = { document, NULL, NULL };
  GError *model_error = NULL;
  JsonObject *object;
  gint64 first_year = 0, start_year = 0;
  gboolean has_start_year = FALSE;
  gsize len;

  if (!_kommune_json_enter_object (r, root, "plan", FALSE, allowed, &object, &len))
    return FALSE;
  if (object == NULL)
    return TRUE;
  if (!_kommune_json_read_int (r, object, "first_year", TRUE, 1000, 9999 - KOMMUNE_PLAN_YEARS, &first_year, NULL) ||
      !_kommune_json_read_int (r, object, "start_year", FALSE, 1000, first_year, &start_year, &has_start_year))
    return FALSE;

  /* The plan knows every area of the municipality, in its order. */
  plan = kommune_economic_plan_new ((guint) first_year, &model_error);
  if (plan == NULL ||
      (has_start_year && !_kommune_economic_plan_set_start_year (plan, (guint) start_year, &model_error)))
    return _kommune_json_fail_model (r, model_error);
  areas = kommune_municipality_get_areas (kommune_document_get_municipality (document));
  for (guint i = 0; i < g_list_model_get_n_items (areas); i++)
    {
      g_autoptr(KommuneProgrammeArea) area = g_list_model_get_item (areas, i);

      kommune_economic_plan_add_area (plan, area, NULL);
    }

  context.plan = plan;
  if (!_kommune_json_read_list (r, object, "frames", FALSE, read_frame, &context) ||
      !_kommune_json_read_list (r, object, "adjustments", FALSE, read_plan_adjustment, &context))
    return FALSE;

  _kommune_json_pop (r, len);
  kommune_document_set_plan (document, plan);
  return TRUE;
}

/* The plan's log is read as the plan's own adjustments, then the
 * proposals of each adopted report; "log_order", when present, gives the
 * order the log really had. Read after the reports. */
static gboolean
read_log_order (KommuneJsonReader *r,
                JsonObject        *root,
                KommuneDocument   *document)
{
  KommuneEconomicPlan *plan = kommune_document_get_plan (document);
  g_autofree const char **ids = NULL;
  GError *model_error = NULL;
  JsonObject *object;
  JsonNode *node;
  JsonArray *array;
  gsize len, inner;
  guint n;

  if (plan == NULL)
    return TRUE;
  object = json_object_get_object_member (root, "plan");
  if (!json_object_has_member (object, "log_order"))
    return TRUE;

  len = _kommune_json_push_member (r, "plan");
  inner = _kommune_json_push_member (r, "log_order");
  node = json_object_get_member (object, "log_order");
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return _kommune_json_fail (r, _("expected an array of adjustment ids, found %s"),
                               _kommune_json_describe (node));
  array = json_node_get_array (node);
  n = json_array_get_length (array);
  ids = g_new0 (const char *, n + 1);
  for (guint i = 0; i < n; i++)
    {
      JsonNode *item = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (item) || json_node_get_value_type (item) != G_TYPE_STRING)
        {
          _kommune_json_push_index (r, i);
          return _kommune_json_fail (r, _("expected an adjustment id, found %s"),
                                     _kommune_json_describe (item));
        }
      ids[i] = json_node_get_string (item);
    }
  if (!_kommune_economic_plan_reorder_log (plan, (const char * const *) ids, &model_error))
    return _kommune_json_fail_model (r, model_error);
  _kommune_json_pop (r, inner);
  _kommune_json_pop (r, len);
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* Tertial reports                                                     */
/* ------------------------------------------------------------------ */

static gboolean
read_area_report (KommuneJsonReader *r,
                  JsonObject        *object,
                  gpointer           data)
{
  PlanContext *context = data;
  static const char * const allowed[] = {
    "area", "accounted", "forecast", "reported_deviation", "narrative", NULL
  };
  g_autoptr(KommuneAreaReport) area_report = NULL;
  GError *model_error = NULL;
  const char *code, *narrative;
  gint64 accounted = 0, forecast = 0, deviation = 0;
  gboolean has_accounted, has_forecast, has_deviation;

  if (!_kommune_json_check_members (r, object, allowed) ||
      !_kommune_json_read_string (r, object, "area", TRUE, &code) ||
      !_kommune_json_read_amount (r, object, "accounted", FALSE, &accounted, &has_accounted) ||
      !_kommune_json_read_amount (r, object, "forecast", FALSE, &forecast, &has_forecast) ||
      !_kommune_json_read_amount (r, object, "reported_deviation", FALSE, &deviation, &has_deviation) ||
      !_kommune_json_read_string (r, object, "narrative", FALSE, &narrative))
    return FALSE;
  if (_kommune_document_find_area (r, context->document, code) == NULL)
    return FALSE;

  area_report = kommune_area_report_new (code, &model_error);
  if (area_report == NULL)
    return _kommune_json_fail_model (r, model_error);
  if (has_accounted)
    kommune_area_report_set_accounted (area_report, accounted, NULL);
  if (has_forecast)
    kommune_area_report_set_forecast (area_report, forecast, NULL);
  if (has_deviation)
    kommune_area_report_set_reported_deviation (area_report, deviation, NULL);
  kommune_area_report_set_narrative (area_report, narrative, NULL);

  if (!kommune_tertial_report_add_area_report (context->target, area_report, &model_error))
    return _kommune_json_fail_model (r, model_error);
  return TRUE;
}

static gboolean
read_proposal (KommuneJsonReader *r,
               JsonObject        *object,
               gpointer           report)
{
  g_autoptr(KommuneAdjustment) adjustment = read_adjustment (r, object);
  GError *model_error = NULL;

  if (adjustment == NULL)
    return FALSE;
  if (!kommune_tertial_report_add_proposal (report, adjustment, &model_error))
    return _kommune_json_fail_model (r, model_error);
  return TRUE;
}

static gboolean
read_tertial_report (KommuneJsonReader *r,
                     JsonObject        *object,
                     gpointer           document)
{
  static const char * const allowed[] = {
    "year", "period", "materiality_threshold", "adopted", "areas", "proposals", NULL
  };
  g_autoptr(KommuneTertialReport) report = NULL;
  g_autoptr(GDateTime) adopted = NULL;
  PlanContext context = { document, NULL, NULL };
  GError *model_error = NULL;
  guint year;
  int period;
  gint64 threshold = 0;

  if (!_kommune_json_check_members (r, object, allowed) ||
      !_kommune_json_read_year (r, object, "year", &year) ||
      !_kommune_json_read_enum (r, object, "period", KOMMUNE_TYPE_DOCUMENT_KIND, -1, &period) ||
      !_kommune_json_read_int (r, object, "materiality_threshold", FALSE, 0, G_MAXINT64, &threshold, NULL) ||
      !_kommune_json_read_date (r, object, "adopted", FALSE, &adopted))
    return FALSE;

  report = kommune_tertial_report_new (year, (KommuneDocumentKind) period, &model_error);
  if (report == NULL)
    return _kommune_json_fail_model (r, model_error);
  kommune_tertial_report_set_materiality_threshold (report, threshold, NULL);

  context.target = report;
  if (!_kommune_json_read_list (r, object, "areas", FALSE, read_area_report, &context) ||
      !_kommune_json_read_list (r, object, "proposals", FALSE, read_proposal, report))
    return FALSE;

  if (adopted != NULL)
    {
      KommuneEconomicPlan *plan = kommune_document_get_plan (document);

      if (plan == NULL)
        return _kommune_json_fail (r, _("an adopted report needs the document's plan for its proposals"));
      if (!_kommune_tertial_report_restore_adoption (report, plan, adopted, &model_error))
        return _kommune_json_fail_model (r, model_error);
    }

  if (!kommune_document_add_tertial_report (document, report, &model_error))
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
      _kommune_json_fail_member (r, "format_version",
                                 _("format version %" PRId64 " is newer than this libkommune reads (%d)"),
                                 version, KOMMUNE_DOCUMENT_FORMAT_VERSION);
      return NULL;
    }

  if (!_kommune_json_read_string (r, root, "source", FALSE, &source) ||
      (municipality = read_municipality (r, root)) == NULL)
    return NULL;

  document = kommune_document_new (municipality);
  kommune_document_set_source (document, source);

  if (!read_plan (r, root, document) ||
      !_kommune_json_read_list (r, root, "tertial_reports", FALSE, read_tertial_report, document) ||
      !read_log_order (r, root, document) ||
      !_kommune_document_read_records (r, root, document) ||
      !_kommune_document_read_steering (r, root, document))
    return NULL;

  return g_steal_pointer (&document);
}
