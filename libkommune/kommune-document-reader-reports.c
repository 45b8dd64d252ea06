/* kommune-document-reader-reports.c: the tertial reports of a document
 * read, and the plan's log rebuilt in the order the file gives
 *
 * A file lists the plan's own adjustments under $.plan.adjustments and
 * each adopted report's proposals with the report. Without more, a load
 * adds the plan's own adjustments first and then adopts the reports in
 * turn. When the log had another order — a report adopted before some of
 * the plan's own adjustments — every adopted report with proposals
 * carries `log_position`, the place of its first proposal in the log,
 * and the log is rebuilt in that order once everything is read.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "kommune-adjustment.h"
#include "kommune-area-report.h"
#include "kommune-document-private.h"
#include "kommune-economic-plan.h"
#include "kommune-error.h"
#include "kommune-tertial-report.h"

static const char * const periods[] = {
  "economic-plan", "tertial-1", "tertial-2", "annual-evaluation", "council-guidance", NULL
};

/* An adopted report whose adoption waits for the log to be rebuilt. */
typedef struct
{
  KommuneTertialReport *report;     /* owned */
  GDateTime            *adopted;    /* owned */
  gint64                position;   /* -1 when not given */
  guint                 index;      /* in $.tertial_reports */
} Adoption;

static void
adoption_free (gpointer data)
{
  Adoption *adoption = data;

  g_object_unref (adoption->report);
  g_date_time_unref (adoption->adopted);
  g_free (adoption);
}

typedef struct
{
  KommuneDocument *document;
  GPtrArray       *adoptions;   /* of Adoption; NULL when adopting at once */
  guint            index;
} ReportsContext;

typedef struct
{
  KommuneDocument      *document;
  KommuneTertialReport *report;
} AreaContext;

gboolean
_kommune_document_file_orders_log (JsonObject *root)
{
  JsonNode *node = json_object_get_member (root, "tertial_reports");
  JsonArray *reports;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return FALSE;
  reports = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (reports); i++)
    {
      JsonNode *report = json_array_get_element (reports, i);

      if (JSON_NODE_HOLDS_OBJECT (report) &&
          json_object_has_member (json_node_get_object (report), "log_position"))
        return TRUE;
    }
  return FALSE;
}

static gboolean
read_area_report (KommuneJsonReader *r,
                  JsonObject        *object,
                  gpointer           data)
{
  AreaContext *context = data;
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

  area_report = kommune_area_report_new (code);
  if (has_accounted)
    kommune_area_report_set_accounted (area_report, accounted);
  if (has_forecast)
    kommune_area_report_set_forecast (area_report, forecast);
  if (has_deviation)
    kommune_area_report_set_reported_deviation (area_report, deviation);
  kommune_area_report_set_narrative (area_report, narrative);

  if (!kommune_tertial_report_add_area_report (context->report, area_report, &model_error))
    return _kommune_json_fail_model (r, model_error);
  return TRUE;
}

static gboolean
read_proposal (KommuneJsonReader *r,
               JsonObject        *object,
               gpointer           report)
{
  g_autoptr(KommuneAdjustment) adjustment = _kommune_document_read_adjustment (r, object);
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
                     gpointer           data)
{
  static const char * const allowed[] = {
    "year", "period", "materiality_threshold", "adopted", "log_position", "areas", "proposals", NULL
  };
  ReportsContext *context = data;
  KommuneDocument *document = context->document;
  g_autoptr(KommuneTertialReport) report = NULL;
  g_autoptr(GDateTime) adopted = NULL;
  AreaContext areas = { document, NULL };
  GError *model_error = NULL;
  guint year, index = context->index++;
  int period;
  gint64 threshold = 0, position = -1;
  gboolean has_position;

  if (!_kommune_json_check_members (r, object, allowed) ||
      !_kommune_json_read_year (r, object, "year", &year) ||
      !_kommune_json_read_choice (r, object, "period", periods, &period) ||
      !_kommune_json_read_int (r, object, "materiality_threshold", FALSE, 0, G_MAXINT64, &threshold, NULL) ||
      !_kommune_json_read_date (r, object, "adopted", FALSE, &adopted) ||
      !_kommune_json_read_int (r, object, "log_position", FALSE, 0, G_MAXUINT, &position, &has_position))
    return FALSE;

  report = kommune_tertial_report_new (year, (KommuneDocumentKind) period, &model_error);
  if (report == NULL)
    return _kommune_json_fail_model (r, model_error);
  kommune_tertial_report_set_materiality_threshold (report, threshold);

  areas.report = report;
  if (!_kommune_json_read_list (r, object, "areas", FALSE, read_area_report, &areas) ||
      !_kommune_json_read_list (r, object, "proposals", FALSE, read_proposal, report))
    return FALSE;

  if (has_position && adopted == NULL)
    return _kommune_json_fail (r, "“log_position” is only for an adopted report");
  if (has_position && g_list_model_get_n_items (kommune_tertial_report_get_proposals (report)) == 0)
    return _kommune_json_fail (r, "“log_position” is only for a report with proposals");

  if (adopted != NULL)
    {
      KommuneEconomicPlan *plan = kommune_document_get_plan (document);

      if (plan == NULL)
        return _kommune_json_fail (r, "an adopted report needs the document's plan for its proposals");
      if (context->adoptions != NULL)
        {
          Adoption *adoption = g_new0 (Adoption, 1);

          adoption->report = g_object_ref (report);
          adoption->adopted = g_date_time_ref (adopted);
          adoption->position = has_position ? position : -1;
          adoption->index = index;
          g_ptr_array_add (context->adoptions, adoption);
        }
      else if (!kommune_tertial_report_adopt (report, plan, adopted, &model_error))
        return _kommune_json_fail_model (r, model_error);
    }

  if (!kommune_document_add_tertial_report (document, report, &model_error))
    return _kommune_json_fail_model (r, model_error);
  return TRUE;
}

static gint
compare_positions (gconstpointer a,
                   gconstpointer b)
{
  const Adoption *x = *(const Adoption * const *) a;
  const Adoption *y = *(const Adoption * const *) b;

  return x->position < y->position ? -1 : x->position > y->position;
}

static gboolean
fail_at_report (KommuneJsonReader *r,
                guint              index,
                const char        *member,
                GError            *model_error,
                const char        *why)
{
  gsize len = _kommune_json_push_member (r, "tertial_reports");

  _kommune_json_push_index (r, index);
  if (member != NULL)
    _kommune_json_push_member (r, member);
  if (model_error != NULL)
    _kommune_json_fail_model (r, model_error);
  else
    _kommune_json_fail (r, "%s", why);
  _kommune_json_pop (r, len);
  return FALSE;
}

static gboolean
add_own (KommuneJsonReader   *r,
         KommuneEconomicPlan *plan,
         GPtrArray           *own,
         guint                i)
{
  GError *model_error = NULL;
  gsize len;

  if (kommune_economic_plan_add_adjustment (plan, g_ptr_array_index (own, i), &model_error))
    return TRUE;
  len = _kommune_json_push_member (r, "plan");
  _kommune_json_push_member (r, "adjustments");
  _kommune_json_push_index (r, i);
  _kommune_json_fail_model (r, model_error);
  _kommune_json_pop (r, len);
  return FALSE;
}

/* The log in the order of the reports' positions: the plan's own
 * adjustments fill the places between the reports' proposals. */
static gboolean
rebuild_log (KommuneJsonReader *r,
             KommuneDocument   *document,
             GPtrArray         *own,
             GPtrArray         *adoptions)
{
  KommuneEconomicPlan *plan = kommune_document_get_plan (document);
  guint next_own = 0, length = 0;

  /* Every adopted report with proposals gives its place, or none does. */
  for (guint i = 0; i < adoptions->len; i++)
    {
      Adoption *adoption = g_ptr_array_index (adoptions, i);

      if (adoption->position < 0 &&
          g_list_model_get_n_items (kommune_tertial_report_get_proposals (adoption->report)) > 0)
        return fail_at_report (r, adoption->index, NULL, NULL,
                               "an adopted report needs “log_position” when another report has one");
    }
  g_ptr_array_sort (adoptions, compare_positions);

  for (guint i = 0; i < adoptions->len; i++)
    {
      Adoption *adoption = g_ptr_array_index (adoptions, i);
      GError *model_error = NULL;

      for (; adoption->position >= 0 && length < adoption->position && next_own < own->len; length++)
        if (!add_own (r, plan, own, next_own++))
          return FALSE;
      if (adoption->position >= 0 && length != adoption->position)
        {
          g_autofree char *why =
            g_strdup_printf ("the plan's log has %u adjustments before this report's proposals, not %"
                             G_GINT64_FORMAT, length, adoption->position);

          return fail_at_report (r, adoption->index, "log_position", NULL, why);
        }
      if (!kommune_tertial_report_adopt (adoption->report, plan, adoption->adopted, &model_error))
        return fail_at_report (r, adoption->index, NULL, model_error, NULL);
      length += g_list_model_get_n_items (kommune_tertial_report_get_proposals (adoption->report));
    }
  for (; next_own < own->len; next_own++)
    if (!add_own (r, plan, own, next_own))
      return FALSE;
  return TRUE;
}

gboolean
_kommune_document_read_reports (KommuneJsonReader *r,
                                JsonObject        *root,
                                KommuneDocument   *document,
                                GPtrArray         *pending)
{
  g_autoptr(GPtrArray) adoptions = NULL;
  ReportsContext context = { document, NULL, 0 };

  if (pending != NULL)
    context.adoptions = adoptions = g_ptr_array_new_with_free_func (adoption_free);
  if (!_kommune_json_read_list (r, root, "tertial_reports", FALSE, read_tertial_report, &context))
    return FALSE;
  if (pending == NULL || kommune_document_get_plan (document) == NULL)
    return TRUE;
  return rebuild_log (r, document, pending, adoptions);
}
