/* kommune-document-writer.c: KommuneDocument → canonical JSON
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "kommune-enums.h"
#include "kommune-adjustment.h"
#include "kommune-annual-evaluation.h"
#include "kommune-area-report.h"
#include "kommune-budget-frame.h"
#include "kommune-calendar.h"
#include "core/kommune-date-private.h"
#include "kommune-department.h"
#include "kommune-distribution-line.h"
#include "kommune-distribution.h"
#include "document/kommune-document-private.h"
#include "kommune-economic-plan.h"
#include "kommune-financial-figures.h"
#include "kommune-investment-project.h"
#include "document/kommune-json-writer-private.h"
#include "core/kommune-list-private.h"
#include "kommune-key-figure.h"
#include "kommune-municipality.h"
#include "kommune-note.h"
#include "kommune-programme-area.h"
#include "kommune-tertial-report.h"
#include "kommune-verbal-proposal.h"
#include "core/kommune-i18n-private.h"

/* Member order is the order of the calls below, and it is the format:
 * changing it changes every saved file. */

static void
write_department (JsonBuilder *builder,
                  gpointer     item)
{
  _kommune_json_add_string (builder, "code", kommune_department_get_code (item));
  _kommune_json_add_string (builder, "name", kommune_department_get_name (item));
}

static void
write_area (JsonBuilder *builder,
            gpointer     item)
{
  _kommune_json_add_string (builder, "code", kommune_programme_area_get_code (item));
  _kommune_json_add_string (builder, "name", kommune_programme_area_get_name (item));
  _kommune_json_add_list (builder, "departments", kommune_programme_area_get_departments (item),
            write_department);
}

static void
write_line (JsonBuilder *builder,
            gpointer     item)
{
  _kommune_json_add_string (builder, "key", kommune_distribution_line_get_key (item));
  _kommune_json_add_string (builder, "label", kommune_distribution_line_get_label (item));
  _kommune_json_add_int (builder, "amount", kommune_distribution_line_get_amount (item));
}

static void
write_distribution (JsonBuilder *builder,
                    gpointer     item)
{
  _kommune_json_add_string (builder, "name", kommune_distribution_get_name (item));
  _kommune_json_add_list (builder, "lines", item, write_line);
}

static void
write_frame (JsonBuilder *builder,
             gpointer     item)
{
  _kommune_json_add_string (builder, "area", kommune_programme_area_get_code (kommune_budget_frame_get_area (item)));
  _kommune_json_add_int (builder, "year", kommune_budget_frame_get_year (item));
  _kommune_json_add_enum (builder, "budget_type", KOMMUNE_TYPE_BUDGET_TYPE, kommune_budget_frame_get_budget_type (item));
  _kommune_json_add_int (builder, "amount", kommune_budget_frame_get_amount (item));
  _kommune_json_add_list (builder, "distributions", kommune_budget_frame_get_distributions (item),
            write_distribution);
}

static void
write_adjustment (JsonBuilder *builder,
                  gpointer     item)
{
  KommuneAdjustment *adjustment = item;
  GListModel *lines = G_LIST_MODEL (kommune_adjustment_get_lines (adjustment));
  guint first_extra = kommune_adjustment_is_transfer (adjustment) ? 2 : 1;
  guint n = g_list_model_get_n_items (lines);

  _kommune_json_add_string (builder, "id", kommune_adjustment_get_id (adjustment));
  _kommune_json_add_date (builder, "date", kommune_adjustment_get_date (adjustment));
  _kommune_json_add_string (builder, "decision", kommune_adjustment_get_decision (adjustment));
  _kommune_json_add_enum (builder, "document", KOMMUNE_TYPE_DOCUMENT_KIND, kommune_adjustment_get_document (adjustment));
  _kommune_json_add_string (builder, "area", kommune_adjustment_get_area_code (adjustment));
  if (kommune_adjustment_is_transfer (adjustment))
    _kommune_json_add_string (builder, "to_area", kommune_adjustment_get_to_area_code (adjustment));
  _kommune_json_add_enum (builder, "budget_type", KOMMUNE_TYPE_BUDGET_TYPE, kommune_adjustment_get_budget_type (adjustment));
  _kommune_json_add_int (builder, "year", kommune_adjustment_get_year (adjustment));
  _kommune_json_add_int (builder, "amount", kommune_adjustment_get_amount (adjustment));
  _kommune_json_add_string (builder, "reason", kommune_adjustment_get_reason (adjustment));

  /* Lines beyond those the constructor made, added with add_line(). */
  if (n > first_extra)
    {
      json_builder_set_member_name (builder, "extra_lines");
      json_builder_begin_array (builder);
      for (guint i = first_extra; i < n; i++)
        {
          g_autoptr(KommuneDistributionLine) line = g_list_model_get_item (lines, i);

          json_builder_begin_object (builder);
          _kommune_json_add_string (builder, "area", kommune_distribution_line_get_key (line));
          _kommune_json_add_int (builder, "amount", kommune_distribution_line_get_amount (line));
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
    }
}

static void
write_area_report (JsonBuilder *builder,
                   gpointer     item)
{
  _kommune_json_add_string (builder, "area", kommune_area_report_get_area_code (item));
  if (kommune_area_report_has_accounted (item))
    _kommune_json_add_int (builder, "accounted", kommune_area_report_get_accounted (item));
  if (kommune_area_report_has_forecast (item))
    _kommune_json_add_int (builder, "forecast", kommune_area_report_get_forecast (item));
  if (kommune_area_report_has_reported_deviation (item))
    _kommune_json_add_int (builder, "reported_deviation", kommune_area_report_get_reported_deviation (item));
  _kommune_json_add_string (builder, "narrative", kommune_area_report_get_narrative (item));
}

static void
write_tertial_report (JsonBuilder *builder,
                      gpointer     item)
{
  GDateTime *adopted = kommune_tertial_report_get_adopted (item);

  _kommune_json_add_int (builder, "year", kommune_tertial_report_get_year (item));
  _kommune_json_add_enum (builder, "period", KOMMUNE_TYPE_DOCUMENT_KIND, kommune_tertial_report_get_period (item));
  _kommune_json_add_int (builder, "materiality_threshold", kommune_tertial_report_get_materiality_threshold (item));
  if (adopted != NULL)
    _kommune_json_add_date (builder, "adopted", adopted);
  _kommune_json_add_list (builder, "areas", kommune_tertial_report_get_area_reports (item), write_area_report);
  _kommune_json_add_list (builder, "proposals", kommune_tertial_report_get_proposals (item), write_adjustment);
}

static void
write_project (JsonBuilder *builder,
               gpointer     item)
{
  g_autofree guint *years = NULL;
  gsize n_years;

  _kommune_json_add_string (builder, "number", kommune_investment_project_get_number (item));
  _kommune_json_add_string (builder, "name", kommune_investment_project_get_name (item));
  if (kommune_investment_project_get_area_code (item) != NULL)
    _kommune_json_add_string (builder, "area", kommune_investment_project_get_area_code (item));
  _kommune_json_add_string (builder, "status", kommune_investment_project_get_status (item));

  years = kommune_investment_project_dup_years (item, &n_years);
  json_builder_set_member_name (builder, "amounts");
  json_builder_begin_array (builder);
  for (gsize i = 0; i < n_years; i++)
    {
      json_builder_begin_object (builder);
      _kommune_json_add_int (builder, "year", years[i]);
      _kommune_json_add_int (builder, "amount", kommune_investment_project_get_amount (item, years[i]));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
write_verbal_proposal (JsonBuilder *builder,
                       gpointer     item)
{
  _kommune_json_add_int (builder, "number", kommune_verbal_proposal_get_number (item));
  _kommune_json_add_string (builder, "text", kommune_verbal_proposal_get_text (item));
  _kommune_json_add_string (builder, "responsible", kommune_verbal_proposal_get_responsible (item));
  _kommune_json_add_string (builder, "status", kommune_verbal_proposal_get_status (item));
  _kommune_json_add_string (builder, "comment", kommune_verbal_proposal_get_comment (item));
  if (kommune_verbal_proposal_get_adopted (item) != NULL)
    _kommune_json_add_date (builder, "adopted", kommune_verbal_proposal_get_adopted (item));
}

static void
write_evaluation (JsonBuilder *builder,
                  gpointer     item)
{
  g_auto(GStrv) codes = kommune_annual_evaluation_list_area_codes (item);
  const char *share = kommune_annual_evaluation_get_reported_result_share (item);

  _kommune_json_add_int (builder, "year", kommune_annual_evaluation_get_year (item));
  json_builder_set_member_name (builder, "figures");
  json_builder_begin_object (builder);
  for (int f = KOMMUNE_FINANCIAL_FIGURE_NET_OPERATING_RESULT;
       f <= KOMMUNE_FINANCIAL_FIGURE_LONG_TERM_DEBT; f++)
    if (kommune_annual_evaluation_has_figure (item, (KommuneFinancialFigure) f))
      _kommune_json_add_int (builder, kommune_financial_figure_to_string ((KommuneFinancialFigure) f),
               kommune_annual_evaluation_get_figure (item, (KommuneFinancialFigure) f, NULL));
  json_builder_end_object (builder);
  if (share != NULL)
    _kommune_json_add_string (builder, "reported_result_share", share);

  json_builder_set_member_name (builder, "area_texts");
  json_builder_begin_array (builder);
  for (guint i = 0; codes[i] != NULL; i++)
    {
      json_builder_begin_object (builder);
      _kommune_json_add_string (builder, "area", codes[i]);
      _kommune_json_add_string (builder, "text", kommune_annual_evaluation_get_area_text (item, codes[i]));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
write_key_figure (JsonBuilder *builder,
                  gpointer     item)
{
  _kommune_json_add_string (builder, "name", kommune_key_figure_get_name (item));
  _kommune_json_add_string (builder, "unit", kommune_key_figure_get_unit (item));
  _kommune_json_add_int (builder, "year", kommune_key_figure_get_year (item));
  _kommune_json_add_string (builder, "value", kommune_key_figure_get_value (item));
}

static void
write_note (JsonBuilder *builder,
            gpointer     item)
{
  _kommune_json_add_string (builder, "title", kommune_note_get_title (item));
  _kommune_json_add_string (builder, "body", kommune_note_get_body (item));
}

/* The plan's own adjustments: the log without the proposals of adopted
 * reports (the same objects), which the reports carry and re-adopt when
 * read. *@in_order is set when reading the plan's own adjustments and
 * then each adopted report's proposals gives the log's order. */
static GListModel *
plan_own_adjustments (KommuneDocument     *self,
                      KommuneEconomicPlan *plan,
                      gboolean            *in_order)
{
  GListModel *reports = kommune_document_get_tertial_reports (self);
  GListModel *log = kommune_economic_plan_get_adjustments (plan);
  g_autoptr(GHashTable) adopted = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) proposals = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) own = g_ptr_array_new ();
  g_autoptr(GPtrArray) expected = g_ptr_array_new ();
  KommuneList *list;
  guint n = g_list_model_get_n_items (log);

  /* The adopted reports' proposals, in the order a reader adopts them. */
  for (guint r = 0; r < g_list_model_get_n_items (reports); r++)
    {
      g_autoptr(KommuneTertialReport) report = g_list_model_get_item (reports, r);
      GListModel *report_proposals = kommune_tertial_report_get_proposals (report);

      if (kommune_tertial_report_get_adopted (report) == NULL)
        continue;
      for (guint p = 0; p < g_list_model_get_n_items (report_proposals); p++)
        {
          KommuneAdjustment *proposal = g_list_model_get_item (report_proposals, p);

          g_ptr_array_add (proposals, proposal);
          g_hash_table_add (adopted, proposal);
        }
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KommuneAdjustment) adjustment = g_list_model_get_item (log, i);

      if (!g_hash_table_contains (adopted, adjustment))
        g_ptr_array_add (own, adjustment);
    }

  /* The order a reader rebuilds: own adjustments, then the reports'. */
  g_ptr_array_extend (expected, own, NULL, NULL);
  g_ptr_array_extend (expected, proposals, NULL, NULL);
  *in_order = expected->len == n;
  for (guint i = 0; *in_order && i < n; i++)
    {
      g_autoptr(KommuneAdjustment) adjustment = g_list_model_get_item (log, i);

      *in_order = g_ptr_array_index (expected, i) == adjustment;
    }

  list = _kommune_list_new (KOMMUNE_TYPE_ADJUSTMENT, NULL);
  _kommune_list_append_all (list, own, _("adjustment"), _("the plan"), NULL);
  return G_LIST_MODEL (list);
}

static void
write_log_order (JsonBuilder *builder,
                 GListModel  *log)
{
  json_builder_set_member_name (builder, "log_order");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (log); i++)
    {
      g_autoptr(KommuneAdjustment) adjustment = g_list_model_get_item (log, i);

      json_builder_add_string_value (builder, kommune_adjustment_get_id (adjustment));
    }
  json_builder_end_array (builder);
}

JsonNode *
_kommune_document_write (KommuneDocument *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  KommuneMunicipality *municipality = kommune_document_get_municipality (self);
  KommuneEconomicPlan *plan = kommune_document_get_plan (self);

  json_builder_begin_object (builder);
  _kommune_json_add_int (builder, "format_version", KOMMUNE_DOCUMENT_FORMAT_VERSION);
  _kommune_json_add_string (builder, "source", kommune_document_get_source (self));

  /* A document made without one has none; the check refuses to save it. */
  if (municipality != NULL)
    {
      json_builder_set_member_name (builder, "municipality");
      json_builder_begin_object (builder);
      _kommune_json_add_string (builder, "number", kommune_municipality_get_number (municipality));
      _kommune_json_add_string (builder, "name", kommune_municipality_get_name (municipality));
      _kommune_json_add_list (builder, "areas", kommune_municipality_get_areas (municipality), write_area);
      json_builder_end_object (builder);
    }

  if (plan != NULL)
    {
      g_autoptr(GListModel) frames = kommune_economic_plan_list_budget_frames (plan);
      gboolean in_order = TRUE;
      g_autoptr(GListModel) own = plan_own_adjustments (self, plan, &in_order);

      json_builder_set_member_name (builder, "plan");
      json_builder_begin_object (builder);
      _kommune_json_add_int (builder, "first_year", kommune_economic_plan_get_first_year (plan));
      if (kommune_economic_plan_get_start_year (plan) != kommune_economic_plan_get_first_year (plan))
        _kommune_json_add_int (builder, "start_year", kommune_economic_plan_get_start_year (plan));
      _kommune_json_add_list (builder, "frames", frames, write_frame);
      _kommune_json_add_list (builder, "adjustments", own, write_adjustment);
      if (!in_order)
        write_log_order (builder, kommune_economic_plan_get_adjustments (plan));
      json_builder_end_object (builder);
    }

  _kommune_json_add_list (builder, "tertial_reports", kommune_document_get_tertial_reports (self),
            write_tertial_report);
  _kommune_json_add_list (builder, "investment_projects", kommune_document_get_investment_projects (self),
            write_project);
  _kommune_json_add_list (builder, "verbal_proposals", kommune_document_get_verbal_proposals (self),
            write_verbal_proposal);
  _kommune_json_add_list (builder, "annual_evaluations", kommune_document_get_annual_evaluations (self),
            write_evaluation);
  _kommune_json_add_list (builder, "key_figures", kommune_document_get_key_figures (self), write_key_figure);
  _kommune_json_add_list (builder, "notes", kommune_document_get_notes (self), write_note);
  _kommune_document_write_steering (builder, self);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}
