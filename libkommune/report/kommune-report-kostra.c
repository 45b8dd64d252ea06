/* kommune-report-kostra.c: the report's section on the accounts — SSB's
 * key figures of the operating accounts, their net operating expenses
 * per function group, and, where the plan distributes that year's frames
 * by KOSTRA function, the accounts beside the budget line by line.
 *
 * Apart from the plan's and the steering sections because only this one
 * reads a ledger (through KommuneKostraFigures), and only when the
 * report was given accounts.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "kommune-amount.h"
#include "kommune-annual-evaluation.h"
#include "kommune-budget-frame.h"
#include "kommune-decimal.h"
#include "kommune-distribution.h"
#include "kommune-distribution-line.h"
#include "kommune-document.h"
#include "kommune-economic-plan.h"
#include "kommune-kostra-figures.h"
#include "kommune-municipality.h"
#include "report/kommune-report-private.h"

/* The function groups bundled with the library (analysis/data), in the
 * order SSB lists them. */
static const struct
{
  const char         *name;
  KommuneReportLabel  label;
} function_groups[] = {
  { "administrasjon", L_FG_ADMINISTRASJON },
  { "barnehage", L_FG_BARNEHAGE },
  { "grunnskole", L_FG_GRUNNSKOLE },
  { "helse-og-omsorg", L_FG_HELSE_OG_OMSORG },
  { "sosialtjenesten", L_FG_SOSIALTJENESTEN },
  { "barnevern", L_FG_BARNEVERN },
  { "kultur", L_FG_KULTUR },
  { "vann-avløp-renovasjon", L_FG_VANN_AVLOP_RENOVASJON },
};

static const struct
{
  KommuneReportLabel      label;
  gint64                (*get) (KommuneKostraFigures *figures);
  int                     document_figure;   /* a KommuneFinancialFigure, or -1 */
} key_figures[] = {
  { L_GROSS_OPERATING_REVENUE, kommune_kostra_figures_get_gross_operating_revenue,
    KOMMUNE_FINANCIAL_FIGURE_GROSS_OPERATING_REVENUE },
  { L_GROSS_OPERATING_EXPENSES, kommune_kostra_figures_get_gross_operating_expenses, -1 },
  { L_GROSS_OPERATING_RESULT, kommune_kostra_figures_get_gross_operating_result, -1 },
  { L_NET_FINANCIAL_RESULT, kommune_kostra_figures_get_net_financial_result, -1 },
  { L_DEPRECIATION_OFFSET, kommune_kostra_figures_get_depreciation_offset, -1 },
  { L_NET_OPERATING_RESULT, kommune_kostra_figures_get_net_operating_result,
    KOMMUNE_FINANCIAL_FIGURE_NET_OPERATING_RESULT },
};

/* The document's annual evaluation of @year, if it has one. */
static KommuneAnnualEvaluation *
find_evaluation (KommuneDocument *document,
                 guint            year)
{
  GListModel *years = kommune_document_get_annual_evaluations (document);

  for (guint i = 0; i < g_list_model_get_n_items (years); i++)
    {
      g_autoptr(KommuneAnnualEvaluation) evaluation = g_list_model_get_item (years, i);

      if (kommune_annual_evaluation_get_year (evaluation) == year)
        return evaluation;
    }
  return NULL;
}

static void
header_cell (KommuneReportContext *ctx,
             const char           *text)
{
  g_string_append (ctx->out, "<th scope=\"col\">");
  _kommune_markup_append (ctx->out, text);
  g_string_append (ctx->out, "</th>");
}

static void
write_key_figures (KommuneReportContext *ctx,
                   const char           *accounts_label)
{
  KommuneKostraFigures *figures = ctx->accounts;
  KommuneAnnualEvaluation *evaluation = find_evaluation (ctx->document, kommune_kostra_figures_get_year (figures));
  g_autofree char *percent = kommune_decimal_format (kommune_kostra_figures_get_net_operating_result_percent (figures), 1);
  g_autofree char *document_label = NULL;

  g_string_append (ctx->out, "<table class=\"key-figures\" id=\"key-figures\">\n<caption>");
  _kommune_markup_append (ctx->out, _L (ctx, L_KEY_FIGURES));
  g_string_append (ctx->out, "</caption>\n<thead><tr>");
  header_cell (ctx, _L (ctx, L_KEY_FIGURE));
  header_cell (ctx, accounts_label);
  if (evaluation != NULL)
    {
      document_label = g_strdup_printf ("%s %u", _L (ctx, L_DOC_ANNUAL_EVALUATION),
                                        kommune_annual_evaluation_get_year (evaluation));
      header_cell (ctx, document_label);
    }
  g_string_append (ctx->out, "</tr></thead>\n<tbody>\n");
  for (gsize i = 0; i < G_N_ELEMENTS (key_figures); i++)
    {
      g_string_append (ctx->out, "<tr><th scope=\"row\">");
      _kommune_markup_append (ctx->out, _L (ctx, key_figures[i].label));
      g_string_append (ctx->out, "</th>");
      _kommune_report_amount_cell (ctx, key_figures[i].get (figures));
      if (evaluation != NULL)
        {
          if (key_figures[i].document_figure >= 0 &&
              kommune_annual_evaluation_has_figure (evaluation, key_figures[i].document_figure))
            _kommune_report_amount_cell (ctx, kommune_annual_evaluation_get_figure (evaluation,
                                                                                    key_figures[i].document_figure,
                                                                                    NULL));
          else
            g_string_append (ctx->out, "<td class=\"number\">–</td>");
        }
      g_string_append (ctx->out, "</tr>\n");
    }
  g_string_append (ctx->out, "<tr><th scope=\"row\">");
  _kommune_markup_append (ctx->out, _L (ctx, L_NET_OPERATING_RESULT_PERCENT));
  g_string_append_printf (ctx->out, "</th><td class=\"number\" data-value=\"%" G_GINT64_FORMAT "\">",
                          kommune_kostra_figures_get_net_operating_result_percent (figures));
  _kommune_markup_append (ctx->out, percent);
  g_string_append (ctx->out, " %</td>");
  if (evaluation != NULL)
    g_string_append (ctx->out, "<td class=\"number\">–</td>");
  g_string_append (ctx->out, "</tr>\n</tbody>\n</table>\n");
}

static void
write_function_groups (KommuneReportContext *ctx,
                       const char           *accounts_label)
{
  g_autoptr(KommuneChart) chart = NULL;
  guint series;

  chart = _kommune_chart_new (KOMMUNE_CHART_BARS, KOMMUNE_CHART_UNIT_OERE,
                              _L (ctx, L_NET_OPERATING_EXPENSES_CHART),
                              _L (ctx, L_FUNCTION_GROUP), _L (ctx, L_AMOUNT_AXIS));
  series = _kommune_chart_add_series (chart, accounts_label);
  for (gsize g = 0; g < G_N_ELEMENTS (function_groups); g++)
    {
      g_autoptr(GError) error = NULL;
      gint64 amount = kommune_kostra_figures_net_operating_expenses_for_group (ctx->accounts,
                                                                              function_groups[g].name,
                                                                              &error);
      guint category = _kommune_chart_add_category (chart, _L (ctx, function_groups[g].label));

      if (error == NULL)
        _kommune_chart_set_value (chart, series, category, amount);
    }
  _kommune_chart_set_note (chart, _L (ctx, L_KOSTRA_NOTE));
  _kommune_report_amount_axis (ctx, chart);
  _kommune_report_chart (ctx, "kostra-function-groups", NULL, chart);
}

/* One line of the budget by function: its key (`120/180/190`), label and
 * amount summed over the areas that use the key. */
typedef struct
{
  char   *key;
  char   *label;
  gint64  amount;
} BudgetLine;

static void
budget_line_clear (gpointer data)
{
  BudgetLine *line = data;

  g_free (line->key);
  g_free (line->label);
}

static void
collect_budget_lines (KommuneEconomicPlan *plan,
                      guint                year,
                      GArray              *lines)
{
  g_autoptr(GListModel) frames = kommune_economic_plan_list_budget_frames (plan);

  for (guint f = 0; f < g_list_model_get_n_items (frames); f++)
    {
      g_autoptr(KommuneBudgetFrame) frame = g_list_model_get_item (frames, f);
      KommuneDistribution *distribution;
      GListModel *model;

      if (kommune_budget_frame_get_year (frame) != year ||
          kommune_budget_frame_get_budget_type (frame) != KOMMUNE_BUDGET_TYPE_OPERATING)
        continue;
      distribution = kommune_budget_frame_get_distribution (frame, "kostra-function-group");
      if (distribution == NULL)
        continue;
      model = G_LIST_MODEL (distribution);
      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        {
          g_autoptr(KommuneDistributionLine) line = g_list_model_get_item (model, i);
          const char *key = kommune_distribution_line_get_key (line);
          BudgetLine *found = NULL;

          for (guint l = 0; l < lines->len && found == NULL; l++)
            if (strcmp (g_array_index (lines, BudgetLine, l).key, key) == 0)
              found = &g_array_index (lines, BudgetLine, l);
          if (found == NULL)
            {
              BudgetLine added = { g_strdup (key), g_strdup (kommune_distribution_line_get_label (line)), 0 };

              g_array_append_val (lines, added);
              found = &g_array_index (lines, BudgetLine, lines->len - 1);
            }
          found->amount += kommune_distribution_line_get_amount (line);
        }
    }
}

static void
write_beside_budget (KommuneReportContext *ctx,
                     const char           *accounts_label)
{
  KommuneEconomicPlan *plan = kommune_document_get_plan (ctx->document);
  guint year = kommune_kostra_figures_get_year (ctx->accounts);
  g_autoptr(GArray) lines = g_array_new (FALSE, FALSE, sizeof (BudgetLine));
  g_autoptr(KommuneChart) chart = NULL;
  g_autofree char *budget_label = NULL;
  gboolean all_functions = TRUE;
  guint budget, accounts;

  g_array_set_clear_func (lines, budget_line_clear);
  if (plan != NULL && kommune_economic_plan_covers_year (plan, year))
    collect_budget_lines (plan, year, lines);
  if (lines->len == 0)
    {
      _kommune_report_missing (ctx, L_NO_BUDGET_FOR_YEAR);
      return;
    }
  budget_label = g_strdup_printf ("%s %u", _L (ctx, L_BUDGET), year);
  chart = _kommune_chart_new (KOMMUNE_CHART_BARS, KOMMUNE_CHART_UNIT_OERE,
                              _L (ctx, L_BUDGET_BESIDE_ACCOUNTS),
                              _L (ctx, L_FUNCTION), _L (ctx, L_AMOUNT_AXIS));
  budget = _kommune_chart_add_series (chart, budget_label);
  accounts = _kommune_chart_add_series (chart, accounts_label);
  for (guint l = 0; l < lines->len; l++)
    {
      BudgetLine *line = &g_array_index (lines, BudgetLine, l);
      g_auto(GStrv) functions = g_strsplit (line->key, "/", -1);
      g_autoptr(GError) error = NULL;
      guint category = _kommune_chart_add_category (chart, line->key);
      gint64 amount;

      _kommune_chart_set_value (chart, budget, category, line->amount);
      amount = kommune_kostra_figures_net_operating_expenses (ctx->accounts,
                                                              (const char * const *) functions, &error);
      if (error == NULL)
        _kommune_chart_set_value (chart, accounts, category, amount);
      else
        all_functions = FALSE;
    }
  _kommune_chart_set_note (chart, _L (ctx, all_functions ? L_KOSTRA_NOTE : L_NOT_FUNCTIONS));
  _kommune_report_amount_axis (ctx, chart);
  _kommune_report_chart (ctx, "kostra-beside-budget", NULL, chart);
}

void
_kommune_report_write_kostra (KommuneReportContext *ctx)
{
  KommuneMunicipality *municipality = kommune_document_get_municipality (ctx->document);
  g_autofree char *accounts_label = NULL;
  g_autofree char *heading = NULL;
  const char *region;

  _kommune_report_begin_section (ctx, "kostra", L_KOSTRA,
                                 ctx->accounts != NULL ? L_KOSTRA_NOTE : L_N_LABELS);
  if (ctx->accounts == NULL)
    {
      _kommune_report_missing (ctx, L_NO_KOSTRA);
      _kommune_report_end_section (ctx);
      return;
    }
  region = kommune_kostra_figures_get_region (ctx->accounts);
  heading = g_strdup_printf ("%s %s, %u", _L (ctx, L_KOSTRA_REGION_YEAR), region,
                             kommune_kostra_figures_get_year (ctx->accounts));
  _kommune_report_element (ctx, "p", "accounts", heading);
  if (municipality != NULL && !g_str_has_prefix (region, kommune_municipality_get_number (municipality)))
    {
      g_autofree char *note = g_strdup_printf ("%s (%s, %s)", _L (ctx, L_REGION_DIFFERS), region,
                                               kommune_municipality_get_number (municipality));

      _kommune_report_element (ctx, "p", "warning", note);
    }
  accounts_label = g_strdup_printf ("%s %u", _L (ctx, L_ACCOUNTS), kommune_kostra_figures_get_year (ctx->accounts));
  write_key_figures (ctx, accounts_label);
  write_function_groups (ctx, accounts_label);
  write_beside_budget (ctx, accounts_label);
  _kommune_report_end_section (ctx);
}
