/* kommune-report-steering.c: the report's sections on steering — the
 * scorecard of every goal as a traffic-light table, each financial rule
 * against the accounts of each annual evaluation, and the workforce over
 * time.
 *
 * Apart from the plan's sections (kommune-report-sections.c) because
 * these read goals, rules and figures rather than frames. A status is
 * always shown three ways — a word, a symbol and a colour from a palette
 * that colour-blind readers can tell apart (blue, orange, vermilion,
 * grey), never by red against green alone.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "kommune-amount.h"
#include "kommune-annual-evaluation.h"
#include "kommune-decimal.h"
#include "kommune-document.h"
#include "kommune-enums.h"
#include "kommune-financial-figures.h"
#include "kommune-financial-rule.h"
#include "kommune-goal.h"
#include "kommune-indicator.h"
#include "kommune-measurement.h"
#include "kommune-scorecard.h"
#include "kommune-workforce-figures.h"
#include "core/kommune-enum-private.h"
#include "report/kommune-report-private.h"

static const struct
{
  KommuneReportLabel label;
  const char        *symbol;
} statuses[] = {
  [KOMMUNE_STATUS_DESIRED] = { L_STATUS_DESIRED, "✔" },
  [KOMMUNE_STATUS_ACCEPTABLE] = { L_STATUS_ACCEPTABLE, "▲" },
  [KOMMUNE_STATUS_NOT_APPROVED] = { L_STATUS_NOT_APPROVED, "✖" },
  [KOMMUNE_STATUS_OUTSIDE_BANDS] = { L_STATUS_OUTSIDE_BANDS, "◆" },
  [KOMMUNE_STATUS_NOT_MEASURED] = { L_STATUS_NOT_MEASURED, "○" },
};

static const struct
{
  KommuneReportLabel label;
  const char        *symbol;
} rule_statuses[] = {
  [KOMMUNE_RULE_STATUS_PASS] = { L_RULE_PASS, "✔" },
  [KOMMUNE_RULE_STATUS_FAIL] = { L_RULE_FAIL, "✖" },
  [KOMMUNE_RULE_STATUS_NOT_APPLICABLE] = { L_RULE_NOT_APPLICABLE, "○" },
  [KOMMUNE_RULE_STATUS_NOT_ASSESSABLE] = { L_RULE_NOT_ASSESSABLE, "?" },
};

/* A status cell: class status-NICK picks the colour, the symbol and the
 * word say the same for those who cannot see it; data-status is the nick. */
static void
status_cell (KommuneReportContext *ctx,
             const char           *nick,
             const char           *symbol,
             KommuneReportLabel    label)
{
  g_string_append_printf (ctx->out, "<td class=\"status status-%s\" data-status=\"%s\">"
                          "<span class=\"symbol\" aria-hidden=\"true\">%s</span> ",
                          nick, nick, symbol);
  _kommune_markup_append (ctx->out, _L (ctx, label));
  g_string_append (ctx->out, "</td>");
}

static void
goal_status_cell (KommuneReportContext *ctx,
                  KommuneStatus         status)
{
  status_cell (ctx, _kommune_enum_nick (KOMMUNE_TYPE_STATUS, status),
               statuses[status].symbol, statuses[status].label);
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
           const char           *klass,
           const char           *text)
{
  if (klass != NULL)
    g_string_append_printf (ctx->out, "<td class=\"%s\">", klass);
  else
    g_string_append (ctx->out, "<td>");
  _kommune_markup_append (ctx->out, text != NULL ? text : "");
  g_string_append (ctx->out, "</td>");
}

/* A band as the scorecard writes it (`≥ 50 og ≤ 54`), in the report's
 * language rather than the process's, which the library's own
 * kommune_indicator_describe_band() follows. */
static char *
band_text (KommuneReportContext *ctx,
           KommuneIndicator     *indicator,
           KommuneStatus         status)
{
  g_autofree char *lower = NULL;
  g_autofree char *upper = NULL;
  gboolean lower_inclusive, upper_inclusive;

  if (!kommune_indicator_dup_band (indicator, status, &lower, &lower_inclusive, &upper, &upper_inclusive))
    return NULL;
  if (lower != NULL && upper != NULL)
    return g_strdup_printf ("%s %s %s %s %s", lower_inclusive ? "≥" : ">", lower,
                            _L (ctx, L_BAND_AND), upper_inclusive ? "≤" : "<", upper);
  if (lower != NULL)
    return g_strdup_printf ("%s %s", lower_inclusive ? "≥" : ">", lower);
  if (upper != NULL)
    return g_strdup_printf ("%s %s", upper_inclusive ? "≤" : "<", upper);
  return g_strdup (_L (ctx, L_BAND_ANY_VALUE));
}

/* The bands of @indicator written out, one per line. */
static void
bands_cell (KommuneReportContext *ctx,
            KommuneIndicator     *indicator)
{
  static const struct
  {
    KommuneStatus      status;
    KommuneReportLabel label;
  } bands[] = {
    { KOMMUNE_STATUS_DESIRED, L_BAND_DESIRED },
    { KOMMUNE_STATUS_ACCEPTABLE, L_BAND_ACCEPTABLE },
    { KOMMUNE_STATUS_NOT_APPROVED, L_BAND_NOT_APPROVED },
  };
  gboolean first = TRUE;

  g_string_append (ctx->out, "<td class=\"bands\">");
  for (gsize b = 0; b < G_N_ELEMENTS (bands); b++)
    {
      g_autofree char *text = band_text (ctx, indicator, bands[b].status);

      if (text == NULL)
        continue;
      if (!first)
        g_string_append (ctx->out, "<br/>");
      first = FALSE;
      g_string_append_printf (ctx->out, "<span class=\"band status-%s\">",
                              _kommune_enum_nick (KOMMUNE_TYPE_STATUS, bands[b].status));
      _kommune_markup_append (ctx->out, _L (ctx, bands[b].label));
      g_string_append (ctx->out, ": ");
      {
        g_autofree char *grouped = _kommune_report_group_numbers (text);

        _kommune_markup_append (ctx->out, grouped);
      }
      g_string_append (ctx->out, "</span>");
    }
  g_string_append (ctx->out, "</td>");
}

static void
write_goal_rows (KommuneReportContext *ctx,
                 KommuneScorecard     *scorecard,
                 KommuneGoal          *goal,
                 guint                 depth)
{
  GListModel *indicators = kommune_goal_get_indicators (goal);
  GListModel *children = kommune_goal_get_children (goal);

  g_string_append_printf (ctx->out, "<tr class=\"goal depth-%u\" data-goal=\"",
                          MIN (depth, 4));
  _kommune_markup_append (ctx->out, kommune_goal_get_id (goal));
  g_string_append (ctx->out, "\"><th scope=\"row\" colspan=\"4\">");
  _kommune_markup_append (ctx->out, kommune_goal_get_text (goal));
  g_string_append (ctx->out, "</th>");
  goal_status_cell (ctx, kommune_scorecard_get_goal_status (scorecard, goal));
  g_string_append (ctx->out, "<td></td></tr>\n");

  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(KommuneIndicator) indicator = g_list_model_get_item (indicators, i);
      KommuneMeasurement *measurement = kommune_scorecard_get_measurement (scorecard, indicator);
      KommuneStatus status = kommune_scorecard_get_indicator_status (scorecard, indicator);

      g_string_append (ctx->out, "<tr class=\"indicator\" data-indicator=\"");
      _kommune_markup_append (ctx->out, kommune_indicator_get_name (indicator));
      g_string_append (ctx->out, "\"><td></td>");
      text_cell (ctx, NULL, kommune_indicator_get_name (indicator));
      text_cell (ctx, NULL, measurement != NULL ? kommune_measurement_get_period (measurement) : "–");
      if (measurement != NULL && kommune_measurement_has_value (measurement))
        {
          g_autofree char *value = _kommune_chart_group_thousands (kommune_measurement_format (measurement));

          g_string_append_printf (ctx->out, "<td class=\"number\" data-value=\"%" G_GINT64_FORMAT "\">",
                                  kommune_measurement_get_value (measurement));
          _kommune_markup_append (ctx->out, value);
          g_string_append (ctx->out, "</td>");
        }
      else
        text_cell (ctx, "number", measurement != NULL
                                  ? kommune_measurement_get_missing_symbol (measurement) : "–");
      goal_status_cell (ctx, status);
      bands_cell (ctx, indicator);
      g_string_append (ctx->out, "</tr>\n");
    }
  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr(KommuneGoal) child = g_list_model_get_item (children, i);

      write_goal_rows (ctx, scorecard, child, depth + 1);
    }
}

void
_kommune_report_write_scorecard (KommuneReportContext *ctx)
{
  GListModel *goals = kommune_document_get_goals (ctx->document);
  static const KommuneReportLabel columns[] = {
    L_GOAL, L_INDICATOR, L_PERIOD, L_VALUE, L_STATUS, L_BANDS,
  };

  _kommune_report_begin_section (ctx, "scorecard", L_SCORECARD,
                                 g_list_model_get_n_items (goals) > 0 ? L_SCORECARD_NOTE : L_N_LABELS);
  if (g_list_model_get_n_items (goals) == 0)
    _kommune_report_missing (ctx, L_NO_GOALS);
  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(KommuneGoal) root = g_list_model_get_item (goals, i);
      g_autoptr(GError) error = NULL;
      g_autoptr(KommuneScorecard) scorecard = kommune_scorecard_new (root, NULL, &error);

      if (scorecard == NULL)
        {
          _kommune_report_element (ctx, "p", "missing", error->message);
          continue;
        }
      g_string_append_printf (ctx->out, "<table class=\"scorecard\" id=\"scorecard-%u\">\n<caption>", i);
      _kommune_markup_append (ctx->out, kommune_goal_get_text (root));
      g_string_append (ctx->out, "</caption>\n<thead><tr>");
      for (gsize c = 0; c < G_N_ELEMENTS (columns); c++)
        header_cell (ctx, columns[c]);
      g_string_append (ctx->out, "</tr></thead>\n<tbody>\n");
      write_goal_rows (ctx, scorecard, root, 0);
      g_string_append (ctx->out, "</tbody>\n</table>\n");
    }
  _kommune_report_end_section (ctx);
}

/* "1,75" (a percentage with up to two decimals) in hundredths. */
static gboolean
parse_hundredths (const char *text,
                  gint64     *hundredths)
{
  g_autoptr(GError) error = NULL;
  gint64 thousandths;

  if (text == NULL)
    return FALSE;
  thousandths = kommune_decimal_parse (text, &error);
  if (error != NULL)
    return FALSE;
  *hundredths = thousandths / 10;
  return TRUE;
}

static void
write_rule (KommuneReportContext *ctx,
            KommuneFinancialRule *rule,
            GListModel           *years,
            guint                 index)
{
  g_autofree char *threshold = kommune_financial_rule_dup_threshold (rule);
  const char *comparison = kommune_financial_rule_get_comparison (rule) == KOMMUNE_COMPARISON_GREATER_OR_EQUAL
                           ? "≥" : "≤";
  g_autoptr(KommuneChart) chart = NULL;
  g_autofree char *reference = NULL;
  g_autofree char *id = g_strdup_printf ("rule-%u", index);
  gint64 threshold_hundredths = 0;
  GString *table = g_string_new (NULL);
  GString *saved;

  chart = _kommune_chart_new (KOMMUNE_CHART_BARS, KOMMUNE_CHART_UNIT_HUNDREDTHS,
                              kommune_financial_rule_get_name (rule),
                              _L (ctx, L_YEAR), _L (ctx, L_PERCENT));
  _kommune_chart_add_series (chart, _L (ctx, L_RATIO));
  if (parse_hundredths (threshold, &threshold_hundredths))
    {
      reference = g_strdup_printf ("%s %s %s %%", _L (ctx, L_THRESHOLD), comparison, threshold);
      _kommune_chart_add_reference (chart, reference, threshold_hundredths);
    }

  /* The rule's own table is written to the side and appended after the
   * chart, so one walk over the years fills both. */
  saved = ctx->out;
  ctx->out = table;
  for (guint y = 0; y < g_list_model_get_n_items (years); y++)
    {
      g_autoptr(KommuneAnnualEvaluation) evaluation = g_list_model_get_item (years, y);
      g_autoptr(KommuneFinancialFigures) figures = kommune_annual_evaluation_dup_financial_figures (evaluation);
      g_autofree char *year = _kommune_report_year_text (kommune_financial_figures_get_year (figures));
      g_autoptr(GError) error = NULL;
      g_autofree char *ratio = NULL;
      gint64 margin = 0;
      gint64 hundredths = 0;
      gboolean parsed;
      guint category = _kommune_chart_add_category (chart, year);
      KommuneRuleStatus status = kommune_financial_rule_evaluate (rule, figures, &margin, &ratio, &error);

      if (error != NULL)
        status = KOMMUNE_RULE_STATUS_NOT_ASSESSABLE;
      parsed = parse_hundredths (ratio, &hundredths);
      if (parsed)
        _kommune_chart_set_value (chart, 0, category, hundredths);
      g_string_append_printf (ctx->out, "<tr data-year=\"%s\">", year);
      text_cell (ctx, NULL, year);
      if (parsed)
        {
          g_string_append_printf (ctx->out, "<td class=\"number\" data-value=\"%" G_GINT64_FORMAT "\">",
                                  hundredths);
          _kommune_markup_append (ctx->out, ratio);
          g_string_append (ctx->out, " %</td>");
        }
      else
        text_cell (ctx, "number", "–");
      if (reference != NULL)
        g_string_append_printf (ctx->out, "<td class=\"number\" data-value=\"%" G_GINT64_FORMAT "\">%s ",
                                threshold_hundredths, comparison);
      else
        g_string_append_printf (ctx->out, "<td class=\"number\">%s ", comparison);
      _kommune_markup_append (ctx->out, threshold);
      g_string_append (ctx->out, " %</td>");
      status_cell (ctx, kommune_rule_status_to_string (status), rule_statuses[status].symbol,
                   rule_statuses[status].label);
      if (error != NULL)
        text_cell (ctx, NULL, error->message);
      else
        _kommune_report_amount_cell (ctx, margin);
      g_string_append (ctx->out, "</tr>\n");
    }
  ctx->out = saved;

  g_string_append (ctx->out, "<div class=\"rule\">\n");
  _kommune_report_chart (ctx, id, NULL, chart);
  g_string_append_printf (ctx->out, "<table class=\"rule-status\" id=\"rule-status-%u\">\n<caption>", index);
  _kommune_markup_append (ctx->out, kommune_financial_rule_get_name (rule));
  if (kommune_financial_rule_get_condition_only (rule))
    {
      g_string_append (ctx->out, " (");
      _kommune_markup_append (ctx->out, _L (ctx, L_CONDITION_ONLY));
      g_string_append (ctx->out, ")");
    }
  g_string_append (ctx->out, "</caption>\n<thead><tr>");
  header_cell (ctx, L_YEAR);
  header_cell (ctx, L_RATIO);
  header_cell (ctx, L_THRESHOLD);
  header_cell (ctx, L_STATUS);
  header_cell (ctx, L_MARGIN);
  g_string_append (ctx->out, "</tr></thead>\n<tbody>\n");
  g_string_append_len (ctx->out, table->str, table->len);
  g_string_append (ctx->out, "</tbody>\n</table>\n</div>\n");
  g_string_free (table, TRUE);
}

void
_kommune_report_write_rules (KommuneReportContext *ctx)
{
  GListModel *rules = kommune_document_get_financial_rules (ctx->document);
  GListModel *years = kommune_document_get_annual_evaluations (ctx->document);
  guint n_rules = g_list_model_get_n_items (rules);

  _kommune_report_begin_section (ctx, "rules", L_RULES, n_rules > 0 ? L_RULES_NOTE : L_N_LABELS);
  if (n_rules == 0)
    _kommune_report_missing (ctx, L_NO_RULES);
  else if (g_list_model_get_n_items (years) == 0)
    {
      _kommune_report_missing (ctx, L_NO_ACCOUNTS_FOR_RULES);
      g_string_append (ctx->out, "<ul class=\"rules\">\n");
      for (guint i = 0; i < n_rules; i++)
        {
          g_autoptr(KommuneFinancialRule) rule = g_list_model_get_item (rules, i);

          _kommune_report_element (ctx, "li", NULL, kommune_financial_rule_get_name (rule));
        }
      g_string_append (ctx->out, "</ul>\n");
    }
  else
    for (guint i = 0; i < n_rules; i++)
      {
        g_autoptr(KommuneFinancialRule) rule = g_list_model_get_item (rules, i);

        write_rule (ctx, rule, years, i);
      }
  _kommune_report_end_section (ctx);
}

/* The workforce figures in two charts: numbers of people, days or hours,
 * and shares in percent, since one axis cannot hold both. */
static const struct
{
  KommuneWorkforceFigure figure;
  KommuneReportLabel     label;
  gboolean               share;
} workforce_figures[] = {
  { KOMMUNE_WORKFORCE_FIGURE_EMPLOYEES, L_WF_EMPLOYEES, FALSE },
  { KOMMUNE_WORKFORCE_FIGURE_FTES, L_WF_FTES, FALSE },
  { KOMMUNE_WORKFORCE_FIGURE_AVERAGE_POSITION_SIZE, L_WF_AVERAGE_POSITION_SIZE, TRUE },
  { KOMMUNE_WORKFORCE_FIGURE_FULL_TIME_SHARE, L_WF_FULL_TIME_SHARE, TRUE },
  { KOMMUNE_WORKFORCE_FIGURE_ABSENCE_DAYS, L_WF_ABSENCE_DAYS, FALSE },
  { KOMMUNE_WORKFORCE_FIGURE_AGREED_DAYS, L_WF_AGREED_DAYS, FALSE },
  { KOMMUNE_WORKFORCE_FIGURE_SICK_LEAVE, L_WF_SICK_LEAVE, TRUE },
  { KOMMUNE_WORKFORCE_FIGURE_LEAVERS, L_WF_LEAVERS, FALSE },
  { KOMMUNE_WORKFORCE_FIGURE_AVERAGE_HEADCOUNT, L_WF_AVERAGE_HEADCOUNT, FALSE },
  { KOMMUNE_WORKFORCE_FIGURE_TURNOVER, L_WF_TURNOVER, TRUE },
  { KOMMUNE_WORKFORCE_FIGURE_APPRENTICES, L_WF_APPRENTICES, FALSE },
  { KOMMUNE_WORKFORCE_FIGURE_OVERTIME_HOURS, L_WF_OVERTIME_HOURS, FALSE },
  { KOMMUNE_WORKFORCE_FIGURE_AML_BREACHES, L_WF_AML_BREACHES, FALSE },
};

static int
compare_periods (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static gboolean
write_workforce_chart (KommuneReportContext *ctx,
                       GListModel           *all,
                       GPtrArray            *periods,
                       GPtrArray            *units,
                       gboolean              shares)
{
  g_autoptr(KommuneChart) chart = NULL;
  gboolean any = FALSE;

  chart = _kommune_chart_new (KOMMUNE_CHART_LINES, KOMMUNE_CHART_UNIT_THOUSANDTHS,
                              _L (ctx, shares ? L_WORKFORCE_SHARES : L_WORKFORCE_COUNTS),
                              _L (ctx, L_PERIOD), _L (ctx, shares ? L_PERCENT : L_NUMBER));
  for (guint p = 0; p < periods->len; p++)
    _kommune_chart_add_category (chart, g_ptr_array_index (periods, p));
  for (guint u = 0; u < units->len; u++)
    for (gsize f = 0; f < G_N_ELEMENTS (workforce_figures); f++)
      {
        const char *unit = g_ptr_array_index (units, u);
        g_autofree char *label = NULL;
        guint series = G_MAXUINT;

        if (workforce_figures[f].share != shares)
          continue;
        for (guint i = 0; i < g_list_model_get_n_items (all); i++)
          {
            g_autoptr(KommuneWorkforceFigures) figures = g_list_model_get_item (all, i);
            const char *period = kommune_workforce_figures_get_period (figures);
            guint category = 0;

            if (strcmp (kommune_workforce_figures_get_unit (figures), unit) != 0 || period == NULL ||
                !kommune_workforce_figures_has (figures, workforce_figures[f].figure))
              continue;
            while (strcmp (g_ptr_array_index (periods, category), period) != 0)
              category++;
            if (series == G_MAXUINT)
              {
                /* The unit in brackets; the whole municipality named so
                 * only beside figures of units. */
                if (*unit != '\0')
                  label = g_strdup_printf ("%s (%s)", _L (ctx, workforce_figures[f].label), unit);
                else if (units->len > 1)
                  label = g_strdup_printf ("%s (%s)", _L (ctx, workforce_figures[f].label),
                                           _L (ctx, L_WHOLE_MUNICIPALITY));
                else
                  label = g_strdup (_L (ctx, workforce_figures[f].label));
                series = _kommune_chart_add_series (chart, label);
              }
            _kommune_chart_set_value (chart, series, category,
                                      kommune_workforce_figures_get (figures, workforce_figures[f].figure, NULL));
            any = TRUE;
          }
      }
  if (any)
    _kommune_report_chart (ctx, shares ? "workforce-shares" : "workforce-counts", NULL, chart);
  return any;
}

void
_kommune_report_write_workforce (KommuneReportContext *ctx)
{
  GListModel *all = kommune_document_get_workforce_figures (ctx->document);
  g_autoptr(GPtrArray) periods = g_ptr_array_new ();
  g_autoptr(GPtrArray) units = g_ptr_array_new ();
  gboolean any = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(KommuneWorkforceFigures) figures = g_list_model_get_item (all, i);
      const char *period = kommune_workforce_figures_get_period (figures);
      const char *unit = kommune_workforce_figures_get_unit (figures);
      gboolean seen = FALSE;

      for (guint p = 0; period != NULL && p < periods->len && !seen; p++)
        seen = strcmp (g_ptr_array_index (periods, p), period) == 0;
      if (period != NULL && !seen)
        g_ptr_array_add (periods, (gpointer) period);
      seen = FALSE;
      for (guint u = 0; u < units->len && !seen; u++)
        seen = strcmp (g_ptr_array_index (units, u), unit) == 0;
      if (!seen)
        g_ptr_array_add (units, (gpointer) unit);
    }
  g_ptr_array_sort (periods, compare_periods);

  _kommune_report_begin_section (ctx, "workforce", L_WORKFORCE,
                                 periods->len > 0 ? L_WORKFORCE_NOTE : L_N_LABELS);
  if (periods->len > 0)
    {
      any |= write_workforce_chart (ctx, all, periods, units, FALSE);
      any |= write_workforce_chart (ctx, all, periods, units, TRUE);
    }
  if (!any)
    _kommune_report_missing (ctx, L_NO_WORKFORCE);
  _kommune_report_end_section (ctx);
}
