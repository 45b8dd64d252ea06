/* kommune-tool-steering.c: `kommune scorecard`, each root goal's scorecard
 * and the band problems of its indicators, and `kommune rules`, each
 * financial rule against each annual evaluation's accounts. Apart from
 * the plan's subcommands because goals and rules steer the budget; they
 * are not its figures.
 *
 * Text is for people and follows the locale; JSON and CSV are for
 * machines: stable keys, enum values by their nicks, measurements in
 * thousandths, ratios in hundredths of a percent and amounts in øre, all
 * exact integers, and the same bytes in every locale.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "kommune-tool-output.h"
#include "kommune-tool-steering.h"
#include "kommune-tool-table.h"

static const KommuneStatus statuses[] = {
  KOMMUNE_STATUS_DESIRED, KOMMUNE_STATUS_ACCEPTABLE, KOMMUNE_STATUS_NOT_APPROVED,
  KOMMUNE_STATUS_OUTSIDE_BANDS, KOMMUNE_STATUS_NOT_MEASURED,
};

static const char *
status_nick (KommuneStatus status)
{
  return kommune_tool_enum_nick (KOMMUNE_TYPE_STATUS, (int) status);
}

/* The band problems of @goal's indicators and of its children's, one line
 * each under the scorecards. */
static void
print_band_problems (KommuneGoal *goal)
{
  GListModel *indicators = kommune_goal_get_indicators (goal);
  GListModel *children = kommune_goal_get_children (goal);

  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(KommuneIndicator) indicator = g_list_model_get_item (indicators, i);
      g_auto(GStrv) problems = kommune_indicator_check_bands (indicator);

      for (guint p = 0; problems[p] != NULL; p++)
        printf ("  %s: %s\n", kommune_indicator_get_name (indicator), problems[p]);
    }
  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr(KommuneGoal) child = g_list_model_get_item (children, i);

      print_band_problems (child);
    }
}

/* One indicator as JSON: the goal that holds it, its name and unit, the
 * measurement the scorecard scored, the status and the band problems. */
static void
add_indicator_json (JsonBuilder      *builder,
                    KommuneScorecard *scorecard,
                    KommuneGoal      *goal,
                    KommuneIndicator *indicator)
{
  KommuneMeasurement *measurement = kommune_scorecard_get_measurement (scorecard, indicator);
  g_auto(GStrv) problems = kommune_indicator_check_bands (indicator);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "goal");
  json_builder_add_string_value (builder, kommune_goal_get_id (goal));
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, kommune_indicator_get_name (indicator));
  json_builder_set_member_name (builder, "unit");
  json_builder_add_string_value (builder, kommune_tool_enum_nick (KOMMUNE_TYPE_INDICATOR_UNIT,
                                                                  (int) kommune_indicator_get_unit (indicator)));
  json_builder_set_member_name (builder, "period");
  if (measurement != NULL)
    json_builder_add_string_value (builder, kommune_measurement_get_period (measurement));
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "value_thousandths");
  if (measurement != NULL && kommune_measurement_has_value (measurement))
    json_builder_add_int_value (builder, kommune_measurement_get_value (measurement));
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "missing_symbol");
  if (measurement != NULL && !kommune_measurement_has_value (measurement) &&
      kommune_measurement_get_missing_symbol (measurement) != NULL)
    json_builder_add_string_value (builder, kommune_measurement_get_missing_symbol (measurement));
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "status");
  json_builder_add_string_value (builder, status_nick (kommune_scorecard_get_indicator_status (scorecard,
                                                                                             indicator)));
  json_builder_set_member_name (builder, "band_problems");
  json_builder_begin_array (builder);
  for (guint p = 0; problems[p] != NULL; p++)
    json_builder_add_string_value (builder, problems[p]);
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

/* Every goal below @goal in the order of the document, depth first. */
static void
collect_goals (KommuneGoal *goal,
               GPtrArray   *goals)
{
  GListModel *children = kommune_goal_get_children (goal);

  g_ptr_array_add (goals, g_object_ref (goal));
  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr(KommuneGoal) child = g_list_model_get_item (children, i);

      collect_goals (child, goals);
    }
}

static void
add_scorecard_json (JsonBuilder      *builder,
                    KommuneScorecard *scorecard)
{
  KommuneGoal *root = kommune_scorecard_get_root (scorecard);
  const char *period = kommune_scorecard_get_period (scorecard);
  g_autoptr(GPtrArray) goals = g_ptr_array_new_with_free_func (g_object_unref);

  collect_goals (root, goals);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, kommune_goal_get_id (root));
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, kommune_goal_get_text (root));
  json_builder_set_member_name (builder, "period");
  if (period != NULL)
    json_builder_add_string_value (builder, period);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "status");
  json_builder_add_string_value (builder, status_nick (kommune_scorecard_get_status (scorecard)));
  json_builder_set_member_name (builder, "counts");
  json_builder_begin_object (builder);
  for (guint s = 0; s < G_N_ELEMENTS (statuses); s++)
    {
      json_builder_set_member_name (builder, status_nick (statuses[s]));
      json_builder_add_int_value (builder, kommune_scorecard_get_count (scorecard, statuses[s]));
    }
  json_builder_end_object (builder);
  json_builder_set_member_name (builder, "subgoals");
  json_builder_begin_array (builder);
  for (guint g = 1; g < goals->len; g++)
    {
      KommuneGoal *goal = g_ptr_array_index (goals, g);
      KommuneGoal *parent = kommune_goal_get_parent (goal);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, kommune_goal_get_id (goal));
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, kommune_goal_get_text (goal));
      json_builder_set_member_name (builder, "parent");
      json_builder_add_string_value (builder, parent != NULL ? kommune_goal_get_id (parent) : "");
      json_builder_set_member_name (builder, "status");
      json_builder_add_string_value (builder, status_nick (kommune_scorecard_get_goal_status (scorecard,
                                                                                            goal)));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "indicators");
  json_builder_begin_array (builder);
  for (guint g = 0; g < goals->len; g++)
    {
      KommuneGoal *goal = g_ptr_array_index (goals, g);
      GListModel *indicators = kommune_goal_get_indicators (goal);

      for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
        {
          g_autoptr(KommuneIndicator) indicator = g_list_model_get_item (indicators, i);

          add_indicator_json (builder, scorecard, goal, indicator);
        }
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

/* One CSV row per indicator of the scorecard's tree. */
static void
print_scorecard_csv (KommuneScorecard *scorecard)
{
  KommuneGoal *root = kommune_scorecard_get_root (scorecard);
  g_autoptr(GPtrArray) goals = g_ptr_array_new_with_free_func (g_object_unref);

  collect_goals (root, goals);
  for (guint g = 0; g < goals->len; g++)
    {
      KommuneGoal *goal = g_ptr_array_index (goals, g);
      GListModel *indicators = kommune_goal_get_indicators (goal);

      for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
        {
          g_autoptr(KommuneIndicator) indicator = g_list_model_get_item (indicators, i);
          KommuneMeasurement *measurement = kommune_scorecard_get_measurement (scorecard, indicator);
          g_auto(GStrv) problems = kommune_indicator_check_bands (indicator);
          g_autofree char *joined = g_strjoinv ("; ", problems);
          g_autofree char *value = NULL;

          if (measurement != NULL && kommune_measurement_has_value (measurement))
            value = g_strdup_printf ("%" G_GINT64_FORMAT, kommune_measurement_get_value (measurement));
          kommune_tool_print_csv_field (kommune_goal_get_id (root), FALSE);
          kommune_tool_print_csv_field (kommune_goal_get_id (goal), FALSE);
          kommune_tool_print_csv_field (kommune_indicator_get_name (indicator), FALSE);
          kommune_tool_print_csv_field (kommune_tool_enum_nick (KOMMUNE_TYPE_INDICATOR_UNIT,
                                                                (int) kommune_indicator_get_unit (indicator)),
                                        FALSE);
          kommune_tool_print_csv_field (measurement != NULL ? kommune_measurement_get_period (measurement)
                                                            : "", FALSE);
          kommune_tool_print_csv_field (value, FALSE);
          kommune_tool_print_csv_field (status_nick (kommune_scorecard_get_indicator_status (scorecard,
                                                                                            indicator)),
                                        FALSE);
          kommune_tool_print_csv_field (joined, TRUE);
        }
    }
}

int
kommune_tool_scorecard (int    argc,
                        char **argv)
{
  g_autofree char *period = NULL;
  g_autofree char *format_text = NULL;
  const GOptionEntry entries[] = {
    { "period", 'p', 0, G_OPTION_ARG_STRING, &period,
      N_("The period to score (default: each indicator's latest)"), "PERIOD" },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_text,
      N_("Output: text (default), json or csv"), "FORMAT" },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    g_option_context_new (N_("scorecard DOC.json — the scorecard of each goal and its band problems"));
  g_autoptr(KommuneDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) scorecards = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(JsonBuilder) builder = NULL;
  KommuneToolTable format;
  GListModel *goals;
  char *messages;

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, NULL);
  if (!kommune_tool_parse_options (context, "scorecard", &argc, &argv))
    return KOMMUNE_TOOL_EXIT_USAGE;
  if (!kommune_tool_parse_table_format ("scorecard", format_text, &format))
    return KOMMUNE_TOOL_EXIT_USAGE;
  if (argc != 2)
    return kommune_tool_usage_error ("scorecard", _("expected one document (see kommune scorecard --help)"));
  if (period != NULL && !kommune_tool_is_printable (period))
    return kommune_tool_usage_error ("scorecard", _("--period '%s': a period is printable text, such as 2013"),
                                     period);

  document = kommune_document_load (argv[1], &error);
  if (document == NULL || !kommune_document_check (document, &error))
    return kommune_tool_data_error (argv[1], error->message);
  goals = kommune_document_get_goals (document);
  if (g_list_model_get_n_items (goals) == 0)
    return kommune_tool_data_error (argv[1], _("the document has no goals"));
  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(KommuneGoal) root = g_list_model_get_item (goals, i);
      KommuneScorecard *scorecard = kommune_scorecard_new (root, period, &error);

      if (scorecard == NULL)
        return kommune_tool_data_error (argv[1], error->message);
      g_ptr_array_add (scorecards, scorecard);
    }

  if (format == KOMMUNE_TOOL_TABLE_TEXT)
    {
      for (guint i = 0; i < scorecards->len; i++)
        {
          KommuneScorecard *scorecard = g_ptr_array_index (scorecards, i);
          g_autofree char *text = kommune_scorecard_format (scorecard);

          printf ("%s\n", text);
          printf ("%s\n", _("Bands as written:"));
          print_band_problems (kommune_scorecard_get_root (scorecard));
          printf ("\n");
        }
      return KOMMUNE_TOOL_EXIT_OK;
    }

  messages = kommune_tool_messages_in_c ();
  if (format == KOMMUNE_TOOL_TABLE_CSV)
    {
      printf ("root_goal,goal,indicator,unit,period,value_thousandths,status,band_problems\n");
      for (guint i = 0; i < scorecards->len; i++)
        print_scorecard_csv (g_ptr_array_index (scorecards, i));
    }
  else
    {
      builder = json_builder_new ();
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "period");
      if (period != NULL)
        json_builder_add_string_value (builder, period);
      else
        json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "goals");
      json_builder_begin_array (builder);
      for (guint i = 0; i < scorecards->len; i++)
        add_scorecard_json (builder, g_ptr_array_index (scorecards, i));
      json_builder_end_array (builder);
      json_builder_end_object (builder);
      kommune_tool_print_json (builder);
    }
  kommune_tool_messages_restore (messages);
  return KOMMUNE_TOOL_EXIT_OK;
}

/* One rule's outcome for one year. */
typedef struct
{
  guint                 year;
  KommuneFinancialRule *rule;
  KommuneRuleStatus     status;
  char                 *ratio;
  gint64                margin;
} RuleRow;

static void
rule_row_clear (gpointer data)
{
  RuleRow *row = data;

  g_clear_pointer (&row->ratio, g_free);
  g_clear_object (&row->rule);
}

/* The ratio as the library writes it ("1,75", "-0,30": percent with two
 * decimals) read back as an exact integer in hundredths of a percent. */
static gint64
ratio_hundredths (const char *ratio)
{
  gboolean negative = ratio[0] == '-';
  gint64 value = 0;

  for (const char *p = ratio + (negative ? 1 : 0); *p != '\0'; p++)
    if (g_ascii_isdigit (*p))
      value = value * 10 + (*p - '0');
  return negative ? -value : value;
}

static void
print_rules_text (GArray *rows)
{
  for (guint i = 0; i < rows->len; i++)
    {
      RuleRow *row = &g_array_index (rows, RuleRow, i);
      g_autofree char *margin = row->status == KOMMUNE_RULE_STATUS_NOT_ASSESSABLE
        ? g_strdup ("–") : kommune_amount_format (row->margin, KOMMUNE_AMOUNT_SCALE_KRONER, 0);

      /* TRANSLATORS: the margin of a financial rule, such as "margin 1 234 kr" */
      printf ("%u %-14s %8s %% %s %16s kr  %s%s\n", row->year,
              kommune_rule_status_to_string (row->status), row->ratio != NULL ? row->ratio : "–",
              C_("rules", "margin"), margin, kommune_financial_rule_get_name (row->rule),
              /* TRANSLATORS: after a rule kept only as another rule's condition */
              kommune_financial_rule_get_condition_only (row->rule) ? _(" (condition)") : "");
    }
}

static void
print_rules_csv (GArray *rows)
{
  printf ("year,rule,reference,condition_only,status,ratio_percent_hundredths,margin_ore\n");
  for (guint i = 0; i < rows->len; i++)
    {
      RuleRow *row = &g_array_index (rows, RuleRow, i);
      g_autofree char *ratio = row->ratio != NULL
        ? g_strdup_printf ("%" G_GINT64_FORMAT, ratio_hundredths (row->ratio)) : NULL;

      kommune_tool_print_csv_int (row->year, FALSE);
      kommune_tool_print_csv_field (kommune_financial_rule_get_name (row->rule), FALSE);
      kommune_tool_print_csv_field (kommune_financial_rule_get_reference (row->rule), FALSE);
      kommune_tool_print_csv_field (kommune_financial_rule_get_condition_only (row->rule) ? "true" : "false",
                                    FALSE);
      kommune_tool_print_csv_field (kommune_tool_enum_nick (KOMMUNE_TYPE_RULE_STATUS, (int) row->status),
                                    FALSE);
      kommune_tool_print_csv_field (ratio, FALSE);
      kommune_tool_print_csv_int (row->margin, TRUE);
    }
}

static void
print_rules_json (GArray *rows)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "unit");
  json_builder_add_string_value (builder, "øre");
  json_builder_set_member_name (builder, "results");
  json_builder_begin_array (builder);
  for (guint i = 0; i < rows->len; i++)
    {
      RuleRow *row = &g_array_index (rows, RuleRow, i);
      KommuneFinancialRule *until = kommune_financial_rule_get_until (row->rule);
      const char *reference = kommune_financial_rule_get_reference (row->rule);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "year");
      json_builder_add_int_value (builder, row->year);
      json_builder_set_member_name (builder, "rule");
      json_builder_add_string_value (builder, kommune_financial_rule_get_name (row->rule));
      json_builder_set_member_name (builder, "reference");
      if (reference != NULL)
        json_builder_add_string_value (builder, reference);
      else
        json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "until");
      if (until != NULL)
        json_builder_add_string_value (builder, kommune_financial_rule_get_name (until));
      else
        json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "condition_only");
      json_builder_add_boolean_value (builder, kommune_financial_rule_get_condition_only (row->rule));
      json_builder_set_member_name (builder, "status");
      json_builder_add_string_value (builder, kommune_tool_enum_nick (KOMMUNE_TYPE_RULE_STATUS,
                                                                      (int) row->status));
      json_builder_set_member_name (builder, "ratio_percent_hundredths");
      if (row->ratio != NULL)
        json_builder_add_int_value (builder, ratio_hundredths (row->ratio));
      else
        json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "margin");
      json_builder_add_int_value (builder, row->margin);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  kommune_tool_print_json (builder);
}

int
kommune_tool_rules (int    argc,
                    char **argv)
{
  g_autofree char *format_text = NULL;
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_text,
      N_("Output: text (default), json or csv"), "FORMAT" },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    g_option_context_new (N_("rules DOC.json — the financial rules for each year's accounts"));
  g_autoptr(KommuneDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (RuleRow));
  KommuneToolTable format;
  GListModel *rules;
  GListModel *years;
  KommuneEconomicPlan *plan;
  guint n_years;

  g_array_set_clear_func (rows, rule_row_clear);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, NULL);
  if (!kommune_tool_parse_options (context, "rules", &argc, &argv))
    return KOMMUNE_TOOL_EXIT_USAGE;
  if (!kommune_tool_parse_table_format ("rules", format_text, &format))
    return KOMMUNE_TOOL_EXIT_USAGE;
  if (argc != 2)
    return kommune_tool_usage_error ("rules", _("expected one document (see kommune rules --help)"));

  document = kommune_document_load (argv[1], &error);
  if (document == NULL || !kommune_document_check (document, &error))
    return kommune_tool_data_error (argv[1], error->message);
  rules = kommune_document_get_financial_rules (document);
  years = kommune_document_get_annual_evaluations (document);
  if (g_list_model_get_n_items (rules) == 0)
    return kommune_tool_data_error (argv[1], _("the document has no financial rules"));
  plan = kommune_document_get_plan (document);
  if (g_list_model_get_n_items (years) == 0 && plan == NULL)
    return kommune_tool_data_error (argv[1], _("the document has no annual evaluation with accounts"));

  /* With accounts, each annual evaluation's year; without, each year of
   * the plan, where every rule is not assessable: the rules as written,
   * and what is missing to assess them. */
  n_years = g_list_model_get_n_items (years);
  if (n_years == 0)
    n_years = kommune_economic_plan_get_last_year (plan) - kommune_economic_plan_get_first_year (plan) + 1;
  for (guint y = 0; y < n_years; y++)
    {
      g_autoptr(KommuneFinancialFigures) figures = NULL;

      if (g_list_model_get_n_items (years) > 0)
        {
          g_autoptr(KommuneAnnualEvaluation) evaluation = g_list_model_get_item (years, y);
          figures = kommune_annual_evaluation_dup_financial_figures (evaluation);
        }
      else
        figures = kommune_financial_figures_new (kommune_economic_plan_get_first_year (plan) + y, NULL);

      for (guint i = 0; i < g_list_model_get_n_items (rules); i++)
        {
          RuleRow row = { kommune_financial_figures_get_year (figures), NULL,
                          KOMMUNE_RULE_STATUS_NOT_ASSESSABLE, NULL, 0 };

          row.rule = g_list_model_get_item (rules, i);
          row.status = kommune_financial_rule_evaluate (row.rule, figures, &row.margin, &row.ratio, &error);
          g_array_append_val (rows, row);
          if (error != NULL)
            return kommune_tool_data_error (argv[1], error->message);
        }
    }

  if (format == KOMMUNE_TOOL_TABLE_JSON)
    print_rules_json (rows);
  else if (format == KOMMUNE_TOOL_TABLE_CSV)
    print_rules_csv (rows);
  else
    print_rules_text (rows);
  return KOMMUNE_TOOL_EXIT_OK;
}
