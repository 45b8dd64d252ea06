/* kommune-report-sections.c: the report's sections on the economic plan —
 * the title, the frames per area and year, each frame's distributions and
 * the adjustments from the original to the revised frame.
 *
 * Apart from the steering sections (kommune-report-steering.c) because
 * these read only the plan, in øre.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "kommune-adjustment.h"
#include "kommune-amount.h"
#include "kommune-budget-frame.h"
#include "kommune-distribution.h"
#include "kommune-distribution-line.h"
#include "kommune-document.h"
#include "kommune-economic-plan.h"
#include "kommune-municipality.h"
#include "kommune-programme-area.h"
#include "report/kommune-report-private.h"

static const struct
{
  const char         *id;
  KommuneReportLabel  label;
} contents[] = {
  { "frames", L_FRAMES },
  { "distributions", L_DISTRIBUTIONS },
  { "adjustments", L_ADJUSTMENTS },
  { "scorecard", L_SCORECARD },
  { "rules", L_RULES },
  { "workforce", L_WORKFORCE },
  { "kostra", L_KOSTRA },
};

void
_kommune_report_write_title (KommuneReportContext *ctx)
{
  KommuneMunicipality *municipality = kommune_document_get_municipality (ctx->document);
  KommuneEconomicPlan *plan = kommune_document_get_plan (ctx->document);
  const char *source = kommune_document_get_source (ctx->document);

  g_string_append (ctx->out, "<header>\n<h1>");
  _kommune_markup_append (ctx->out, _L (ctx, L_REPORT_TITLE));
  g_string_append (ctx->out, "<br/><span class=\"municipality\">");
  if (municipality != NULL)
    {
      _kommune_markup_append (ctx->out, kommune_municipality_get_name (municipality));
      g_string_append (ctx->out, "</span></h1>\n<dl class=\"facts\">\n<dt>");
      _kommune_markup_append (ctx->out, _L (ctx, L_MUNICIPALITY));
      g_string_append (ctx->out, "</dt><dd data-value=\"");
      _kommune_markup_append (ctx->out, kommune_municipality_get_number (municipality));
      g_string_append (ctx->out, "\">");
      _kommune_markup_append (ctx->out, kommune_municipality_get_number (municipality));
      g_string_append (ctx->out, " ");
      _kommune_markup_append (ctx->out, kommune_municipality_get_name (municipality));
      g_string_append (ctx->out, "</dd>\n");
    }
  else
    g_string_append (ctx->out, "</span></h1>\n<dl class=\"facts\">\n");
  if (plan != NULL)
    {
      g_string_append (ctx->out, "<dt>");
      _kommune_markup_append (ctx->out, _L (ctx, L_PLAN_PERIOD));
      g_string_append_printf (ctx->out, "</dt><dd class=\"plan-period\">%u–%u</dd>\n",
                              kommune_economic_plan_get_first_year (plan),
                              kommune_economic_plan_get_last_year (plan));
    }
  if (source != NULL && *source != '\0')
    {
      g_string_append (ctx->out, "<dt>");
      _kommune_markup_append (ctx->out, _L (ctx, L_SOURCE));
      g_string_append (ctx->out, "</dt><dd class=\"source\">");
      _kommune_markup_append (ctx->out, source);
      g_string_append (ctx->out, "</dd>\n");
    }
  g_string_append (ctx->out, "</dl>\n");
  if (plan == NULL)
    _kommune_report_missing (ctx, L_NO_PLAN);
  g_string_append (ctx->out, "<nav><h2>");
  _kommune_markup_append (ctx->out, _L (ctx, L_CONTENTS));
  g_string_append (ctx->out, "</h2>\n<ol>\n");
  for (gsize i = 0; i < G_N_ELEMENTS (contents); i++)
    {
      g_string_append_printf (ctx->out, "<li><a href=\"#%s\">", contents[i].id);
      _kommune_markup_append (ctx->out, _L (ctx, contents[i].label));
      g_string_append (ctx->out, "</a></li>\n");
    }
  g_string_append (ctx->out, "</ol>\n</nav>\n</header>\n");
}

static const char *
budget_type_label (KommuneReportContext *ctx,
                   KommuneBudgetType     type)
{
  return _L (ctx, type == KOMMUNE_BUDGET_TYPE_INVESTMENT ? L_INVESTMENT : L_OPERATING);
}

static const char *
budget_type_id (KommuneBudgetType type)
{
  return type == KOMMUNE_BUDGET_TYPE_INVESTMENT ? "investment" : "operating";
}

/* Whether the plan has a frame of @area in @year, adopted or made by
 * adjustments. */
static gboolean
has_frame (KommuneEconomicPlan *plan,
           const char          *area,
           guint                year,
           KommuneBudgetType    type,
           gint64              *amount)
{
  *amount = kommune_economic_plan_get_frame_amount (plan, area, year, type, NULL, NULL);
  return kommune_economic_plan_get_budget_frame (plan, area, year, type) != NULL || *amount != 0;
}

static gboolean
write_frames_of_type (KommuneReportContext *ctx,
                      KommuneEconomicPlan  *plan,
                      KommuneBudgetType     type)
{
  GListModel *areas = kommune_economic_plan_get_areas (plan);
  guint first = kommune_economic_plan_get_first_year (plan);
  guint last = kommune_economic_plan_get_last_year (plan);
  g_autoptr(KommuneChart) chart = NULL;
  g_autofree char *title = NULL;
  g_autofree char *id = NULL;
  g_autoptr(GArray) years = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GPtrArray) codes = g_ptr_array_new ();
  guint n_areas = g_list_model_get_n_items (areas);

  for (guint year = first; year <= last; year++)
    for (guint a = 0; a < n_areas; a++)
      {
        g_autoptr(KommuneProgrammeArea) area = g_list_model_get_item (areas, a);
        gint64 amount;

        if (has_frame (plan, kommune_programme_area_get_code (area), year, type, &amount))
          {
            g_array_append_val (years, year);
            break;
          }
      }
  for (guint a = 0; a < n_areas; a++)
    {
      g_autoptr(KommuneProgrammeArea) area = g_list_model_get_item (areas, a);

      for (guint y = 0; y < years->len; y++)
        {
          gint64 amount;

          if (has_frame (plan, kommune_programme_area_get_code (area), g_array_index (years, guint, y), type, &amount))
            {
              g_ptr_array_add (codes, (gpointer) kommune_programme_area_get_code (area));
              break;
            }
        }
    }
  if (years->len == 0)
    return FALSE;

  title = g_strdup_printf ("%s, %s", _L (ctx, L_FRAMES_CHART), budget_type_label (ctx, type));
  chart = _kommune_chart_new (KOMMUNE_CHART_BARS, KOMMUNE_CHART_UNIT_OERE, title,
                              _L (ctx, L_YEAR), _L (ctx, L_AMOUNT_AXIS));
  for (guint y = 0; y < years->len; y++)
    {
      g_autofree char *year = _kommune_report_year_text (g_array_index (years, guint, y));

      _kommune_chart_add_category (chart, year);
    }
  for (guint c = 0; c < codes->len; c++)
    {
      const char *code = g_ptr_array_index (codes, c);
      KommuneProgrammeArea *area = kommune_economic_plan_find_area (plan, code);
      guint series = _kommune_chart_add_series (chart, kommune_programme_area_get_name (area));

      for (guint y = 0; y < years->len; y++)
        {
          gint64 amount;

          if (has_frame (plan, code, g_array_index (years, guint, y), type, &amount))
            _kommune_chart_set_value (chart, series, y, amount);
        }
    }
  _kommune_chart_set_note (chart, _L (ctx, L_FRAMES_NOTE));
  id = g_strdup_printf ("frames-%s", budget_type_id (type));
  _kommune_report_amount_axis (ctx, chart);
  _kommune_report_chart (ctx, id, NULL, chart);
  return TRUE;
}

void
_kommune_report_write_frames (KommuneReportContext *ctx)
{
  KommuneEconomicPlan *plan = kommune_document_get_plan (ctx->document);
  gboolean any = FALSE;

  _kommune_report_begin_section (ctx, "frames", L_FRAMES, L_N_LABELS);
  if (plan != NULL)
    {
      any |= write_frames_of_type (ctx, plan, KOMMUNE_BUDGET_TYPE_OPERATING);
      any |= write_frames_of_type (ctx, plan, KOMMUNE_BUDGET_TYPE_INVESTMENT);
    }
  if (!any)
    _kommune_report_missing (ctx, L_NO_FRAMES);
  _kommune_report_end_section (ctx);
}

static const char *
distribution_label (KommuneReportContext *ctx,
                    const char           *name)
{
  if (strcmp (name, "kostra-function-group") == 0)
    return _L (ctx, L_BY_FUNCTION_GROUP);
  if (strcmp (name, "department") == 0)
    return _L (ctx, L_BY_DEPARTMENT);
  return name;
}

static void
write_distribution (KommuneReportContext *ctx,
                    KommuneBudgetFrame   *frame,
                    KommuneDistribution  *distribution,
                    guint                 index)
{
  KommuneProgrammeArea *area = kommune_budget_frame_get_area (frame);
  guint year = kommune_budget_frame_get_year (frame);
  GListModel *lines = G_LIST_MODEL (distribution);
  g_autoptr(KommuneChart) chart = NULL;
  g_autofree char *title = NULL;
  g_autofree char *category = NULL;
  g_autofree char *id = NULL;
  GString *attributes;

  title = g_strdup_printf ("%s %u, %s: %s", kommune_programme_area_get_name (area), year,
                           budget_type_label (ctx, kommune_budget_frame_get_budget_type (frame)),
                           distribution_label (ctx, kommune_distribution_get_name (distribution)));
  chart = _kommune_chart_new (KOMMUNE_CHART_STACKED_BARS, KOMMUNE_CHART_UNIT_OERE, title,
                              _L (ctx, L_AREA), _L (ctx, L_AMOUNT_AXIS));
  category = g_strdup_printf ("%s %u", kommune_programme_area_get_name (area), year);
  _kommune_chart_add_category (chart, category);
  for (guint i = 0; i < g_list_model_get_n_items (lines); i++)
    {
      g_autoptr(KommuneDistributionLine) line = g_list_model_get_item (lines, i);
      const char *key = kommune_distribution_line_get_key (line);
      const char *label = kommune_distribution_line_get_label (line);
      g_autofree char *text = NULL;
      guint series;

      if (label == NULL || *label == '\0')
        text = g_strdup (key);
      else if (strcmp (kommune_distribution_get_name (distribution), "kostra-function-group") == 0)
        text = g_strdup_printf ("%s %s", key, label);
      else
        text = g_strdup (label);
      series = _kommune_chart_add_series (chart, text);
      _kommune_chart_set_value (chart, series, 0, kommune_distribution_line_get_amount (line));
    }
  _kommune_chart_add_reference (chart, _L (ctx, L_FRAME_TOTAL), kommune_budget_frame_get_amount (frame));
  _kommune_chart_set_note (chart, _L (ctx, L_DISTRIBUTIONS_NOTE));
  id = g_strdup_printf ("distribution-%u", index);
  attributes = g_string_new ("data-area=\"");
  /* The area code is the document's text: escaped, never written raw. */
  _kommune_markup_append (attributes, kommune_programme_area_get_code (area));
  g_string_append_printf (attributes, "\" data-year=\"%u\" data-budget-type=\"%s\" "
                          "data-frame=\"%" G_GINT64_FORMAT "\" data-total=\"%" G_GINT64_FORMAT "\"",
                          year, budget_type_id (kommune_budget_frame_get_budget_type (frame)),
                          kommune_budget_frame_get_amount (frame),
                          kommune_distribution_get_total (distribution));
  _kommune_report_amount_axis (ctx, chart);
  _kommune_report_chart (ctx, id, attributes->str, chart);
  g_string_free (attributes, TRUE);
}

void
_kommune_report_write_distributions (KommuneReportContext *ctx)
{
  KommuneEconomicPlan *plan = kommune_document_get_plan (ctx->document);
  g_autoptr(GListModel) frames = NULL;
  guint index = 0;

  _kommune_report_begin_section (ctx, "distributions", L_DISTRIBUTIONS, L_N_LABELS);
  if (plan != NULL)
    frames = kommune_economic_plan_list_budget_frames (plan);
  for (guint f = 0; frames != NULL && f < g_list_model_get_n_items (frames); f++)
    {
      g_autoptr(KommuneBudgetFrame) frame = g_list_model_get_item (frames, f);
      GListModel *distributions = kommune_budget_frame_get_distributions (frame);

      for (guint d = 0; d < g_list_model_get_n_items (distributions); d++)
        {
          g_autoptr(KommuneDistribution) distribution = g_list_model_get_item (distributions, d);

          write_distribution (ctx, frame, distribution, index++);
        }
    }
  if (index == 0)
    _kommune_report_missing (ctx, L_NO_DISTRIBUTIONS);
  _kommune_report_end_section (ctx);
}

/* The frames an adjustment changes, as "area\nyear\ntype" keys in the
 * order first met. */
static void
collect_adjusted_frames (KommuneEconomicPlan *plan,
                         GPtrArray           *keys)
{
  GListModel *adjustments = kommune_economic_plan_get_adjustments (plan);
  GListModel *areas = kommune_economic_plan_get_areas (plan);

  for (guint a = 0; a < g_list_model_get_n_items (areas); a++)
    {
      g_autoptr(KommuneProgrammeArea) area = g_list_model_get_item (areas, a);
      const char *code = kommune_programme_area_get_code (area);

      for (guint i = 0; i < g_list_model_get_n_items (adjustments); i++)
        {
          g_autoptr(KommuneAdjustment) adjustment = g_list_model_get_item (adjustments, i);
          g_autofree char *key = NULL;
          gboolean seen = FALSE;

          if (kommune_adjustment_get_effect (adjustment, code) == 0)
            continue;
          key = g_strdup_printf ("%s\n%u\n%d", code, kommune_adjustment_get_year (adjustment),
                                 (int) kommune_adjustment_get_budget_type (adjustment));
          for (guint k = 0; k < keys->len && !seen; k++)
            seen = strcmp (g_ptr_array_index (keys, k), key) == 0;
          if (!seen)
            g_ptr_array_add (keys, g_steal_pointer (&key));
        }
    }
}

static void
write_waterfall (KommuneReportContext *ctx,
                 KommuneEconomicPlan  *plan,
                 const char           *key,
                 guint                 index)
{
  g_auto(GStrv) parts = g_strsplit (key, "\n", 3);
  const char *code = parts[0];
  guint year = (guint) g_ascii_strtoull (parts[1], NULL, 10);
  KommuneBudgetType type = (KommuneBudgetType) g_ascii_strtoll (parts[2], NULL, 10);
  KommuneProgrammeArea *area = kommune_economic_plan_find_area (plan, code);
  GListModel *adjustments = kommune_economic_plan_get_adjustments (plan);
  gint64 original = kommune_economic_plan_get_original_frame_amount (plan, code, year, type, NULL);
  gint64 revised = kommune_economic_plan_get_frame_amount (plan, code, year, type, NULL, NULL);
  g_autoptr(KommuneChart) chart = NULL;
  g_autofree char *title = NULL;
  g_autofree char *id = NULL;
  GString *attributes = g_string_new ("data-area=\"");
  guint category;
  /* Without the adopted frame (a tertial report on its own), the steps
   * start from nothing and end in their sum: the chart says so rather
   * than calling 0 the original frame. */
  gboolean adopted = kommune_economic_plan_get_budget_frame (plan, code, year, type) != NULL;

  title = g_strdup_printf ("%s %u, %s: %s → %s", kommune_programme_area_get_name (area), year,
                           budget_type_label (ctx, type),
                           _L (ctx, adopted ? L_ORIGINAL_FRAME : L_ORIGINAL_FRAME_MISSING),
                           _L (ctx, adopted ? L_REVISED_FRAME : L_ADJUSTMENTS_ALONE));
  chart = _kommune_chart_new (KOMMUNE_CHART_WATERFALL, KOMMUNE_CHART_UNIT_OERE, title,
                              _L (ctx, L_STEP), _L (ctx, L_AMOUNT_AXIS));
  _kommune_chart_add_series (chart, _L (ctx, L_AMOUNT));
  category = _kommune_chart_add_category (chart, _L (ctx, adopted ? L_ORIGINAL_FRAME : L_ORIGINAL_FRAME_MISSING));
  _kommune_chart_set_total (chart, category);
  _kommune_chart_set_value (chart, 0, category, original);
  for (guint i = 0; i < g_list_model_get_n_items (adjustments); i++)
    {
      g_autoptr(KommuneAdjustment) adjustment = g_list_model_get_item (adjustments, i);
      gint64 effect = kommune_adjustment_get_effect (adjustment, code);

      if (effect == 0 || kommune_adjustment_get_year (adjustment) != year ||
          kommune_adjustment_get_budget_type (adjustment) != type)
        continue;
      category = _kommune_chart_add_category (chart, kommune_adjustment_get_id (adjustment));
      _kommune_chart_set_value (chart, 0, category, effect);
    }
  category = _kommune_chart_add_category (chart, _L (ctx, adopted ? L_REVISED_FRAME : L_ADJUSTMENTS_ALONE));
  _kommune_chart_set_total (chart, category);
  _kommune_chart_set_value (chart, 0, category, revised);
  _kommune_chart_set_note (chart, _L (ctx, adopted ? L_ADJUSTMENTS_NOTE : L_ADJUSTMENTS_ALONE_NOTE));

  _kommune_markup_append (attributes, code);
  g_string_append_printf (attributes, "\" data-year=\"%u\" data-budget-type=\"%s\" "
                          "data-original=\"%" G_GINT64_FORMAT "\" data-revised=\"%" G_GINT64_FORMAT "\"",
                          year, budget_type_id (type), original, revised);
  id = g_strdup_printf ("waterfall-%u", index);
  _kommune_report_amount_axis (ctx, chart);
  _kommune_report_chart (ctx, id, attributes->str, chart);
  g_string_free (attributes, TRUE);
}

static const char *
document_kind_label (KommuneReportContext *ctx,
                     KommuneDocumentKind   kind)
{
  static const KommuneReportLabel labels[] = {
    L_DOC_ECONOMIC_PLAN, L_DOC_TERTIAL_1, L_DOC_TERTIAL_2,
    L_DOC_ANNUAL_EVALUATION, L_DOC_COUNCIL_GUIDANCE,
  };

  return (guint) kind < G_N_ELEMENTS (labels) ? _L (ctx, labels[kind]) : "";
}

static void
header_cell (KommuneReportContext *ctx,
             KommuneReportLabel    label)
{
  g_string_append (ctx->out, "<th scope=\"col\">");
  _kommune_markup_append (ctx->out, _L (ctx, label));
  g_string_append (ctx->out, "</th>");
}

static void
text_cell (KommuneReportContext *ctx,
           const char           *text)
{
  g_string_append (ctx->out, "<td>");
  _kommune_markup_append (ctx->out, text != NULL ? text : "");
  g_string_append (ctx->out, "</td>");
}

static void
write_adjustment_log (KommuneReportContext *ctx,
                      KommuneEconomicPlan  *plan)
{
  GListModel *adjustments = kommune_economic_plan_get_adjustments (plan);
  static const KommuneReportLabel columns[] = {
    L_ID, L_DATE, L_DECIDED_IN, L_AREA, L_YEAR, L_BUDGET, L_AMOUNT, L_REASON, L_DECISION,
  };

  g_string_append (ctx->out, "<table class=\"log\" id=\"adjustment-log\">\n<caption>");
  _kommune_markup_append (ctx->out, _L (ctx, L_ADJUSTMENT_LOG));
  g_string_append (ctx->out, "</caption>\n<thead><tr>");
  for (gsize c = 0; c < G_N_ELEMENTS (columns); c++)
    header_cell (ctx, columns[c]);
  g_string_append (ctx->out, "</tr></thead>\n<tbody>\n");
  for (guint i = 0; i < g_list_model_get_n_items (adjustments); i++)
    {
      g_autoptr(KommuneAdjustment) adjustment = g_list_model_get_item (adjustments, i);
      g_autofree char *date = g_date_time_format (kommune_adjustment_get_date (adjustment), "%Y-%m-%d");
      g_autofree char *year = _kommune_report_year_text (kommune_adjustment_get_year (adjustment));
      const char *to_area = kommune_adjustment_get_to_area_code (adjustment);
      g_autofree char *areas = NULL;

      areas = to_area != NULL
        ? g_strdup_printf ("%s → %s", kommune_adjustment_get_area_code (adjustment), to_area)
        : g_strdup (kommune_adjustment_get_area_code (adjustment));
      g_string_append (ctx->out, "<tr>");
      text_cell (ctx, kommune_adjustment_get_id (adjustment));
      text_cell (ctx, date);
      text_cell (ctx, document_kind_label (ctx, kommune_adjustment_get_document (adjustment)));
      text_cell (ctx, areas);
      text_cell (ctx, year);
      text_cell (ctx, budget_type_label (ctx, kommune_adjustment_get_budget_type (adjustment)));
      _kommune_report_amount_cell (ctx, kommune_adjustment_get_amount (adjustment));
      text_cell (ctx, kommune_adjustment_get_reason (adjustment));
      text_cell (ctx, kommune_adjustment_get_decision (adjustment));
      g_string_append (ctx->out, "</tr>\n");
    }
  g_string_append (ctx->out, "</tbody>\n</table>\n");
}

void
_kommune_report_write_adjustments (KommuneReportContext *ctx)
{
  KommuneEconomicPlan *plan = kommune_document_get_plan (ctx->document);
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);

  _kommune_report_begin_section (ctx, "adjustments", L_ADJUSTMENTS, L_N_LABELS);
  if (plan == NULL || g_list_model_get_n_items (kommune_economic_plan_get_adjustments (plan)) == 0)
    {
      _kommune_report_missing (ctx, L_NO_ADJUSTMENTS);
      _kommune_report_end_section (ctx);
      return;
    }
  collect_adjusted_frames (plan, keys);
  for (guint k = 0; k < keys->len; k++)
    write_waterfall (ctx, plan, g_ptr_array_index (keys, k), k);
  write_adjustment_log (ctx, plan);
  _kommune_report_end_section (ctx);
}
