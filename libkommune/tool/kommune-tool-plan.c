/* kommune-tool-plan.c: the subcommands on a document's economic plan,
 * `kommune budget`: the frames per area and year, original and revised,
 * or a frame's distribution by KOSTRA function group or department. Apart
 * from `show` and `check` because these read the plan's figures rather
 * than the document as a whole.
 *
 * Text output writes amounts in whole kroner as documents write them; JSON
 * and CSV write integers in øre and name the unit.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <stdio.h>
#include <string.h>

#include "kommune-tool-plan.h"
#include "kommune-tool-output.h"

typedef enum
{
  BUDGET_FORMAT_TEXT,
  BUDGET_FORMAT_JSON,
  BUDGET_FORMAT_CSV,
} BudgetFormat;

/* One row of the output: an area's frame, or one line of its
 * distribution; area NULL is the total. */
typedef struct
{
  const char *area;
  guint       year;
  const char *budget_type;
  const char *key;
  const char *label;
  gint64      original;
  gint64      amount;
} BudgetRow;

static const char *
budget_type_nick (KommuneBudgetType type)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (KOMMUNE_TYPE_BUDGET_TYPE);
  GEnumValue *value = g_enum_get_value (klass, (int) type);

  return value != NULL ? value->value_nick : "?";
}

static void
print_csv_field (const char *text,
                 gboolean    last)
{
  if (strpbrk (text, ",\"\n") != NULL)
    {
      putchar ('"');
      for (const char *p = text; *p != '\0'; p++)
        {
          if (*p == '"')
            putchar ('"');
          putchar (*p);
        }
      putchar ('"');
    }
  else
    fputs (text, stdout);
  putchar (last ? '\n' : ',');
}

static char *
format_kroner (gint64 amount)
{
  return kommune_amount_format (amount, KOMMUNE_AMOUNT_SCALE_KRONER, 0);
}

static void
print_text (GArray     *rows,
            const char *by)
{
  for (guint i = 0; i < rows->len; i++)
    {
      BudgetRow *row = &g_array_index (rows, BudgetRow, i);
      g_autofree char *amount = format_kroner (row->amount);

      if (by == NULL)
        {
          g_autofree char *original = format_kroner (row->original);

          printf ("%-8s %u %-10s opprinnelig %16s  regulert %16s\n",
                  row->area != NULL ? row->area : "sum", row->year,
                  row->budget_type, original, amount);
        }
      else if (row->key != NULL)
        printf ("%-8s %u %-10s %-12s %16s  %s\n", row->area, row->year,
                row->budget_type, row->key, amount, row->label);
      else
        printf ("%-8s %u %-10s %-12s %16s\n", "sum", row->year,
                row->budget_type, "", amount);
    }
}

static void
print_csv (GArray     *rows,
           const char *by)
{
  if (by == NULL)
    printf ("area,year,budget_type,original_amount_ore,amount_ore\n");
  else
    printf ("area,year,budget_type,key,label,amount_ore\n");
  for (guint i = 0; i < rows->len; i++)
    {
      BudgetRow *row = &g_array_index (rows, BudgetRow, i);
      g_autofree char *year = g_strdup_printf ("%u", row->year);
      g_autofree char *original = g_strdup_printf ("%" G_GINT64_FORMAT, row->original);
      g_autofree char *amount = g_strdup_printf ("%" G_GINT64_FORMAT, row->amount);

      print_csv_field (row->area != NULL ? row->area : "total", FALSE);
      print_csv_field (year, FALSE);
      print_csv_field (row->budget_type, FALSE);
      if (by == NULL)
        print_csv_field (original, FALSE);
      else
        {
          print_csv_field (row->key != NULL ? row->key : "", FALSE);
          print_csv_field (row->label != NULL ? row->label : "", FALSE);
        }
      print_csv_field (amount, TRUE);
    }
}

static void
print_json (GArray     *rows,
            const char *by)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "unit");
  json_builder_add_string_value (builder, "øre");
  json_builder_set_member_name (builder, "by");
  json_builder_add_string_value (builder, by != NULL ? by : "area");
  json_builder_set_member_name (builder, "rows");
  json_builder_begin_array (builder);
  for (guint i = 0; i < rows->len; i++)
    {
      BudgetRow *row = &g_array_index (rows, BudgetRow, i);

      if (row->area == NULL)
        continue;
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "area");
      json_builder_add_string_value (builder, row->area);
      json_builder_set_member_name (builder, "year");
      json_builder_add_int_value (builder, row->year);
      json_builder_set_member_name (builder, "budget_type");
      json_builder_add_string_value (builder, row->budget_type);
      if (by == NULL)
        {
          json_builder_set_member_name (builder, "original_amount");
          json_builder_add_int_value (builder, row->original);
        }
      else
        {
          json_builder_set_member_name (builder, "key");
          json_builder_add_string_value (builder, row->key);
          json_builder_set_member_name (builder, "label");
          json_builder_add_string_value (builder, row->label);
        }
      json_builder_set_member_name (builder, "amount");
      json_builder_add_int_value (builder, row->amount);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "totals");
  json_builder_begin_array (builder);
  for (guint i = 0; i < rows->len; i++)
    {
      BudgetRow *row = &g_array_index (rows, BudgetRow, i);

      if (row->area != NULL)
        continue;
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "year");
      json_builder_add_int_value (builder, row->year);
      json_builder_set_member_name (builder, "budget_type");
      json_builder_add_string_value (builder, row->budget_type);
      if (by == NULL)
        {
          json_builder_set_member_name (builder, "original_amount");
          json_builder_add_int_value (builder, row->original);
        }
      json_builder_set_member_name (builder, "amount");
      json_builder_add_int_value (builder, row->amount);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  kommune_tool_print_json (builder);
}

/* Collects the rows of every frame of @year (0: every year), grouped by
 * year and budget type with a total row after each group. The plan lists
 * its frames by area first, so each group is gathered across the list. */
static gboolean
collect_rows (KommuneEconomicPlan *plan,
              guint                year,
              const char          *by,
              GArray              *rows,
              GError             **error)
{
  static const KommuneBudgetType types[] = {
    KOMMUNE_BUDGET_TYPE_OPERATING, KOMMUNE_BUDGET_TYPE_INVESTMENT
  };
  g_autoptr(GListModel) frames = kommune_economic_plan_list_budget_frames (plan);
  guint n = g_list_model_get_n_items (frames);
  guint first = year != 0 ? year : kommune_economic_plan_get_first_year (plan);
  guint last = year != 0 ? year : kommune_economic_plan_get_last_year (plan);

  for (guint frame_year = first; frame_year <= last; frame_year++)
    for (guint t = 0; t < G_N_ELEMENTS (types); t++)
      {
        KommuneBudgetType type = types[t];
        BudgetRow total = { NULL, frame_year, budget_type_nick (type), NULL, NULL, 0, 0 };
        gboolean any = FALSE;

        for (guint i = 0; i < n; i++)
          {
            g_autoptr(KommuneBudgetFrame) frame = g_list_model_get_item (frames, i);
            const char *code = kommune_programme_area_get_code (kommune_budget_frame_get_area (frame));

            if (kommune_budget_frame_get_year (frame) != frame_year ||
                kommune_budget_frame_get_budget_type (frame) != type)
              continue;
            any = TRUE;

            if (by == NULL)
              {
                BudgetRow row = { code, frame_year, total.budget_type, NULL, NULL, 0, 0 };

                row.original = kommune_economic_plan_get_original_frame_amount (plan, code, frame_year,
                                                                                type, error);
                if (error != NULL && *error != NULL)
                  return FALSE;
                row.amount = kommune_economic_plan_get_frame_amount (plan, code, frame_year, type,
                                                                     NULL, error);
                if (error != NULL && *error != NULL)
                  return FALSE;
                total.original += row.original;
                g_array_append_val (rows, row);
              }
            else
              {
                KommuneDistribution *distribution = kommune_budget_frame_get_distribution (frame, by);
                GListModel *lines;

                if (distribution == NULL)
                  {
                    g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_DOCUMENT,
                                 "the frame of area '%s' for %u has no '%s' distribution",
                                 code, frame_year, by);
                    return FALSE;
                  }
                lines = G_LIST_MODEL (distribution);
                for (guint j = 0; j < g_list_model_get_n_items (lines); j++)
                  {
                    g_autoptr(KommuneDistributionLine) line = g_list_model_get_item (lines, j);
                    BudgetRow row = { code, frame_year, total.budget_type,
                                      kommune_distribution_line_get_key (line),
                                      kommune_distribution_line_get_label (line), 0,
                                      kommune_distribution_line_get_amount (line) };

                    total.amount += row.amount;
                    g_array_append_val (rows, row);
                  }
              }
          }
        if (!any)
          continue;
        if (by == NULL)
          {
            total.amount = kommune_economic_plan_get_total (plan, frame_year, type, NULL, error);
            if (error != NULL && *error != NULL)
              return FALSE;
          }
        g_array_append_val (rows, total);
      }
  return TRUE;
}

int
kommune_tool_budget (int    argc,
                     char **argv)
{
  g_autofree char *format_text = NULL;
  g_autofree char *by_text = NULL;
  int year = 0;
  const GOptionEntry entries[] = {
    { "year", 'y', 0, G_OPTION_ARG_INT, &year, "Only this plan year", "YEAR" },
    { "by", 'b', 0, G_OPTION_ARG_STRING, &by_text, "Rows by area, function-group or department", "BY" },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_text, "Output format: text, json or csv", "FORMAT" },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    g_option_context_new ("budget DOC.json — the plan's frames, original and revised");
  g_autoptr(KommuneDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (BudgetRow));
  KommuneEconomicPlan *plan;
  BudgetFormat format;
  const char *by = NULL;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!kommune_tool_parse_options (context, "budget", &argc, &argv))
    return KOMMUNE_TOOL_EXIT_USAGE;
  if (format_text == NULL || strcmp (format_text, "text") == 0)
    format = BUDGET_FORMAT_TEXT;
  else if (strcmp (format_text, "json") == 0)
    format = BUDGET_FORMAT_JSON;
  else if (strcmp (format_text, "csv") == 0)
    format = BUDGET_FORMAT_CSV;
  else
    return kommune_tool_usage_error ("budget", "unknown format '%s' (text, json or csv)", format_text);
  if (by_text == NULL || strcmp (by_text, "area") == 0)
    by = NULL;
  else if (strcmp (by_text, "function-group") == 0)
    by = "kostra-function-group";
  else if (strcmp (by_text, "department") == 0)
    by = "department";
  else
    return kommune_tool_usage_error ("budget", "unknown grouping '%s' (area, function-group or department)",
                                     by_text);
  if (year < 0)
    return kommune_tool_usage_error ("budget", "the year must be positive");
  if (argc != 2)
    return kommune_tool_usage_error ("budget", "expected one document (see kommune budget --help)");

  document = kommune_document_load (argv[1], &error);
  if (document == NULL || !kommune_document_check (document, &error))
    return kommune_tool_data_error (argv[1], error->message);
  plan = kommune_document_get_plan (document);
  if (plan == NULL)
    return kommune_tool_data_error (argv[1], "the document has no economic plan");
  if (year != 0 && !kommune_economic_plan_covers_year (plan, (guint) year))
    {
      g_autofree char *message = g_strdup_printf ("the plan does not cover %d", year);

      return kommune_tool_data_error (argv[1], message);
    }
  if (!collect_rows (plan, (guint) year, by, rows, &error))
    return kommune_tool_data_error (argv[1], error->message);

  if (format == BUDGET_FORMAT_JSON)
    print_json (rows, by);
  else if (format == BUDGET_FORMAT_CSV)
    print_csv (rows, by);
  else
    print_text (rows, by);
  return KOMMUNE_TOOL_EXIT_OK;
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

int
kommune_tool_scorecard (int    argc,
                        char **argv)
{
  g_autofree char *period = NULL;
  const GOptionEntry entries[] = {
    { "period", 'p', 0, G_OPTION_ARG_STRING, &period, "The period to score (default: each indicator's latest)", "PERIOD" },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    g_option_context_new ("scorecard DOC.json — the scorecard of each goal and its band problems");
  g_autoptr(KommuneDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *goals;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!kommune_tool_parse_options (context, "scorecard", &argc, &argv))
    return KOMMUNE_TOOL_EXIT_USAGE;
  if (argc != 2)
    return kommune_tool_usage_error ("scorecard", "expected one document (see kommune scorecard --help)");

  document = kommune_document_load (argv[1], &error);
  if (document == NULL || !kommune_document_check (document, &error))
    return kommune_tool_data_error (argv[1], error->message);
  goals = kommune_document_get_goals (document);
  if (g_list_model_get_n_items (goals) == 0)
    return kommune_tool_data_error (argv[1], "the document has no goals");

  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(KommuneGoal) root = g_list_model_get_item (goals, i);
      g_autoptr(KommuneScorecard) scorecard = kommune_scorecard_new (root, period, &error);
      g_autofree char *text = NULL;

      if (scorecard == NULL)
        return kommune_tool_data_error (argv[1], error->message);
      text = kommune_scorecard_format (scorecard);
      printf ("%s\n", text);
      printf ("Bands as written:\n");
      print_band_problems (root);
      printf ("\n");
    }
  return KOMMUNE_TOOL_EXIT_OK;
}

static const char *
document_kind_nick (KommuneDocumentKind kind)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (KOMMUNE_TYPE_DOCUMENT_KIND);
  GEnumValue *value = g_enum_get_value (klass, (int) kind);

  return value != NULL ? value->value_nick : "?";
}

int
kommune_tool_adjustments (int    argc,
                          char **argv)
{
  g_autofree char *document_text = NULL;
  const GOptionEntry entries[] = {
    { "document", 'd', 0, G_OPTION_ARG_STRING, &document_text,
      "Only the adjustments decided in this document (economic-plan, tertial-1, tertial-2, …)", "KIND" },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    g_option_context_new ("adjustments DOC.json — the plan's adjustment log and the revised frames");
  g_autoptr(KommuneDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (BudgetRow));
  KommuneEconomicPlan *plan;
  GListModel *adjustments;
  int kind = -1;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!kommune_tool_parse_options (context, "adjustments", &argc, &argv))
    return KOMMUNE_TOOL_EXIT_USAGE;
  if (document_text != NULL)
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (KOMMUNE_TYPE_DOCUMENT_KIND);
      GEnumValue *value = g_enum_get_value_by_nick (klass, document_text);

      if (value == NULL)
        return kommune_tool_usage_error ("adjustments", "unknown document kind '%s'", document_text);
      kind = value->value;
    }
  if (argc != 2)
    return kommune_tool_usage_error ("adjustments", "expected one document (see kommune adjustments --help)");

  document = kommune_document_load (argv[1], &error);
  if (document == NULL || !kommune_document_check (document, &error))
    return kommune_tool_data_error (argv[1], error->message);
  plan = kommune_document_get_plan (document);
  if (plan == NULL)
    return kommune_tool_data_error (argv[1], "the document has no economic plan");
  if (!collect_rows (plan, 0, NULL, rows, &error))
    return kommune_tool_data_error (argv[1], error->message);

  adjustments = kommune_economic_plan_get_adjustments (plan);
  printf ("Endringer:\n");
  for (guint i = 0; i < g_list_model_get_n_items (adjustments); i++)
    {
      g_autoptr(KommuneAdjustment) adjustment = g_list_model_get_item (adjustments, i);
      g_autofree char *date = g_date_time_format (kommune_adjustment_get_date (adjustment), "%Y-%m-%d");
      g_autofree char *amount = format_kroner (kommune_adjustment_get_amount (adjustment));
      const char *to_area = kommune_adjustment_get_to_area_code (adjustment);
      const char *reason = kommune_adjustment_get_reason (adjustment);
      g_autofree char *areas = NULL;

      if (kind >= 0 && (int) kommune_adjustment_get_document (adjustment) != kind)
        continue;
      areas = to_area != NULL
        ? g_strdup_printf ("%s→%s", kommune_adjustment_get_area_code (adjustment), to_area)
        : g_strdup (kommune_adjustment_get_area_code (adjustment));
      printf ("  %s %s %s %s %u %s %s%s%s\n", kommune_adjustment_get_id (adjustment), date,
              document_kind_nick (kommune_adjustment_get_document (adjustment)), areas,
              kommune_adjustment_get_year (adjustment),
              budget_type_nick (kommune_adjustment_get_budget_type (adjustment)), amount,
              reason != NULL && *reason != '\0' ? "  " : "", reason != NULL ? reason : "");
    }
  printf ("Regulerte rammer:\n");
  print_text (rows, NULL);
  return KOMMUNE_TOOL_EXIT_OK;
}

int
kommune_tool_rules (int    argc,
                    char **argv)
{
  g_autoptr(GOptionContext) context =
    g_option_context_new ("rules DOC.json — the financial rules for each year's accounts");
  g_autoptr(KommuneDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *rules;
  GListModel *years;

  if (!kommune_tool_parse_options (context, "rules", &argc, &argv))
    return KOMMUNE_TOOL_EXIT_USAGE;
  if (argc != 2)
    return kommune_tool_usage_error ("rules", "expected one document (see kommune rules --help)");

  document = kommune_document_load (argv[1], &error);
  if (document == NULL || !kommune_document_check (document, &error))
    return kommune_tool_data_error (argv[1], error->message);
  rules = kommune_document_get_financial_rules (document);
  years = kommune_document_get_annual_evaluations (document);
  if (g_list_model_get_n_items (rules) == 0)
    return kommune_tool_data_error (argv[1], "the document has no financial rules");
  if (g_list_model_get_n_items (years) == 0)
    return kommune_tool_data_error (argv[1], "the document has no annual evaluation with accounts");

  for (guint y = 0; y < g_list_model_get_n_items (years); y++)
    {
      g_autoptr(KommuneAnnualEvaluation) evaluation = g_list_model_get_item (years, y);
      g_autoptr(KommuneFinancialFigures) figures = kommune_annual_evaluation_dup_financial_figures (evaluation);

      for (guint i = 0; i < g_list_model_get_n_items (rules); i++)
        {
          g_autoptr(KommuneFinancialRule) rule = g_list_model_get_item (rules, i);
          g_autofree char *ratio = NULL;
          g_autofree char *margin_text = NULL;
          gint64 margin = 0;
          KommuneRuleStatus status;

          status = kommune_financial_rule_evaluate (rule, figures, &margin, &ratio, &error);
          if (error != NULL)
            return kommune_tool_data_error (argv[1], error->message);
          margin_text = kommune_amount_format (margin, KOMMUNE_AMOUNT_SCALE_KRONER, 0);
          printf ("%u %-14s %8s %% margin %16s kr  %s%s\n",
                  kommune_financial_figures_get_year (figures),
                  kommune_rule_status_to_string (status), ratio != NULL ? ratio : "–",
                  margin_text, kommune_financial_rule_get_name (rule),
                  kommune_financial_rule_get_condition_only (rule) ? " (vilkår)" : "");
        }
    }
  return KOMMUNE_TOOL_EXIT_OK;
}
