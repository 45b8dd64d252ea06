/* steering.c: financial rules, workforce figures and strategies: Kragerø's
 * two rules for the disposition fund and the net operating result checked
 * against Drammen's accounts for 2023, Drammen's workforce figures, two
 * units' figures added up, and Drammen's competence strategy.
 *
 * Usage: steering [EVALUATION.json [STRATEGY.json]]
 *        (by default examples/data/drammen-2023-arsevaluering.json and
 *        examples/data/drammen-2021-kompetansestrategi.json)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <stdio.h>
#include <stdlib.h>

#include <locale.h>

#include <libkommune.h>

static gboolean
check_rules (KommuneDocument  *evaluation,
             GError          **error)
{
  g_autoptr(KommuneFinancialRule) fund_rule = NULL;
  g_autoptr(KommuneFinancialRule) result_rule = NULL;
  g_autoptr(KommuneAnnualEvaluation) year = NULL;
  g_autoptr(KommuneFinancialFigures) accounts = NULL;
  KommuneFinancialRule *rules[2];

  /* 1,75 % net operating result until the fund reaches 5 %. */
  fund_rule = kommune_financial_rule_new ("Disposisjonsfondet er minst 5 % av brutto driftsinntekter",
                                          KOMMUNE_FINANCIAL_FIGURE_DISPOSITION_FUND_CLOSING,
                                          KOMMUNE_FINANCIAL_FIGURE_GROSS_OPERATING_REVENUE,
                                          KOMMUNE_COMPARISON_GREATER_OR_EQUAL, "5", error);
  result_rule = kommune_financial_rule_new ("Netto driftsresultat er minst 1,75 % av brutto driftsinntekter",
                                            KOMMUNE_FINANCIAL_FIGURE_NET_OPERATING_RESULT,
                                            KOMMUNE_FINANCIAL_FIGURE_GROSS_OPERATING_REVENUE,
                                            KOMMUNE_COMPARISON_GREATER_OR_EQUAL, "1,75", error);
  if (fund_rule == NULL || result_rule == NULL ||
      !kommune_financial_rule_set_until (result_rule, fund_rule, error))
    return FALSE;

  year = g_list_model_get_item (kommune_document_get_annual_evaluations (evaluation), 0);
  if (year == NULL)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_MISSING_DATA, "the document has no annual evaluation");
      return FALSE;
    }
  accounts = kommune_annual_evaluation_dup_financial_figures (year);
  rules[0] = fund_rule;
  rules[1] = result_rule;
  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      g_autofree char *ratio = NULL;
      g_autofree char *margin_text = NULL;
      gint64 margin;
      KommuneRuleStatus status = kommune_financial_rule_evaluate (rules[i], accounts, &margin, &ratio, error);

      if (*error != NULL)
        return FALSE;

      margin_text = kommune_amount_format (margin, KOMMUNE_AMOUNT_SCALE_KRONER, 0);
      printf ("%s: %s, %s %%, margin %s kr\n", kommune_financial_rule_get_name (rules[i]),
              kommune_rule_status_to_string (status), ratio ? ratio : "–", margin_text);
    }

  /* A lean year: the fund is below 5 %, so the 1,75 % rule applies. */
  {
    g_autoptr(KommuneFinancialFigures) lean_year = kommune_financial_figures_new (2024, error);
    g_autofree char *ratio = NULL;
    g_autofree char *shortfall = NULL;
    gint64 margin;
    KommuneRuleStatus status;

    if (lean_year == NULL)
      return FALSE;
    kommune_financial_figures_set (lean_year, KOMMUNE_FINANCIAL_FIGURE_GROSS_OPERATING_REVENUE, 890000000000);
    kommune_financial_figures_set (lean_year, KOMMUNE_FINANCIAL_FIGURE_NET_OPERATING_RESULT, 8900000000);
    kommune_financial_figures_set (lean_year, KOMMUNE_FINANCIAL_FIGURE_DISPOSITION_FUND_CLOSING, 40000000000);
    status = kommune_financial_rule_evaluate (result_rule, lean_year, &margin, &ratio, error);
    if (*error != NULL)
      return FALSE;
    shortfall = kommune_amount_format (-margin, KOMMUNE_AMOUNT_SCALE_KRONER, 0);
    printf ("2024: %s, %s %%, short by %s kr\n", kommune_rule_status_to_string (status),
            ratio ? ratio : "–", shortfall);
  }
  return TRUE;
}

static gboolean
report_workforce (KommuneDocument  *evaluation,
                  GError          **error)
{
  GListModel *workforce = kommune_document_get_workforce_figures (evaluation);
  g_autoptr(KommuneWorkforceFigures) before = g_list_model_get_item (workforce, 2);
  g_autoptr(KommuneWorkforceFigures) after = g_list_model_get_item (workforce, 3);
  g_autoptr(KommuneWorkforceFigures) school = kommune_workforce_figures_new ("Oppvekst", "2023", error);
  g_autoptr(KommuneWorkforceFigures) care = kommune_workforce_figures_new ("Helse og omsorg", "2023", error);
  g_autoptr(KommuneWorkforceFigures) both = NULL;
  g_autoptr(KommuneMeasurement) sick_leave = NULL;
  g_autoptr(KommuneMeasurement) both_sick_leave = NULL;
  g_autofree char *change = NULL;
  g_autofree char *employees = NULL;
  g_autofree char *sick_leave_text = NULL;
  g_autofree char *both_employees = NULL;
  g_autofree char *both_sick_leave_text = NULL;
  KommuneWorkforceFigures *parts[2];
  gint64 value;

  if (school == NULL || care == NULL)
    return FALSE;
  if (before == NULL || after == NULL)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_MISSING_DATA, "the document has too few workforce figures");
      return FALSE;
    }
  value = kommune_workforce_figures_get (after, KOMMUNE_WORKFORCE_FIGURE_EMPLOYEES, error);
  if (*error != NULL)
    return FALSE;
  change = kommune_workforce_figures_change (before, after, KOMMUNE_WORKFORCE_FIGURE_EMPLOYEES, 1, error);
  if (change == NULL)
    return FALSE;
  employees = kommune_decimal_to_string (value);
  sick_leave = kommune_workforce_figures_dup_sick_leave (after, error);
  if (sick_leave == NULL)
    return FALSE;
  sick_leave_text = kommune_measurement_format (sick_leave);
  printf ("employees %s, %s %% more than in %s; sick leave %s %%\n", employees, change,
          kommune_workforce_figures_get_period (before), sick_leave_text);

  if (!kommune_workforce_figures_set_text (school, KOMMUNE_WORKFORCE_FIGURE_EMPLOYEES, "812", error) ||
      !kommune_workforce_figures_set_text (school, KOMMUNE_WORKFORCE_FIGURE_ABSENCE_DAYS, "9480", error) ||
      !kommune_workforce_figures_set_text (school, KOMMUNE_WORKFORCE_FIGURE_AGREED_DAYS, "151200", error) ||
      !kommune_workforce_figures_set_text (care, KOMMUNE_WORKFORCE_FIGURE_EMPLOYEES, "1204", error) ||
      !kommune_workforce_figures_set_text (care, KOMMUNE_WORKFORCE_FIGURE_ABSENCE_DAYS, "21950", error) ||
      !kommune_workforce_figures_set_text (care, KOMMUNE_WORKFORCE_FIGURE_AGREED_DAYS, "220100", error))
    return FALSE;
  parts[0] = school;
  parts[1] = care;
  both = kommune_workforce_figures_sum (NULL, "2023", parts, G_N_ELEMENTS (parts), error);
  if (both == NULL)
    return FALSE;
  value = kommune_workforce_figures_get (both, KOMMUNE_WORKFORCE_FIGURE_EMPLOYEES, error);
  if (*error != NULL)
    return FALSE;
  both_employees = kommune_decimal_to_string (value);
  both_sick_leave = kommune_workforce_figures_dup_sick_leave (both, error);
  if (both_sick_leave == NULL)
    return FALSE;
  both_sick_leave_text = kommune_measurement_format (both_sick_leave);
  printf ("both units: %s employees, sick leave %s %%\n", both_employees, both_sick_leave_text);
  return TRUE;
}

static gboolean
report_strategy (KommuneDocument  *document,
                 GError          **error)
{
  g_autoptr(KommuneStrategy) digital = NULL;
  g_autoptr(KommuneGoal) focus = NULL;
  g_autoptr(KommuneGoal) goal = NULL;
  GListModel *strategies = kommune_document_get_strategies (document);

  for (guint i = 0; i < g_list_model_get_n_items (strategies); i++)
    {
      g_autoptr(KommuneStrategy) strategy = g_list_model_get_item (strategies, i);
      GListModel *focus_areas = kommune_strategy_get_focus_areas (strategy);

      printf ("%s %u–%u: %u goals\n", kommune_strategy_get_name (strategy),
              kommune_strategy_get_first_year (strategy), kommune_strategy_get_last_year (strategy),
              kommune_strategy_count_goals (strategy));
      /* Focus areas are goals whose children are the strategic goals. */
      for (guint j = 0; j < g_list_model_get_n_items (focus_areas); j++)
        {
          g_autoptr(KommuneGoal) focus_area = g_list_model_get_item (focus_areas, j);

          printf ("  %s %s: %u goals\n", kommune_goal_get_id (focus_area), kommune_goal_get_text (focus_area),
                  g_list_model_get_n_items (kommune_goal_get_children (focus_area)));
        }
    }

  digital = kommune_strategy_new ("Digitaliseringsstrategi", 2025, 2028, error);
  focus = kommune_goal_new ("d1", "Digitale tjenester", KOMMUNE_GOAL_LEVEL_STRATEGIC, error);
  goal = kommune_goal_new ("d1.1", "Innbyggerne møter kommunen digitalt først", KOMMUNE_GOAL_LEVEL_STRATEGIC, error);
  if (digital == NULL || focus == NULL || goal == NULL ||
      !kommune_goal_add_child (focus, goal, error) ||
      !kommune_strategy_add_focus_area (digital, focus, error))
    return FALSE;
  printf ("%s %u–%u: %u goals\n", kommune_strategy_get_name (digital), kommune_strategy_get_first_year (digital),
          kommune_strategy_get_last_year (digital), kommune_strategy_count_goals (digital));
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  const char *evaluation_path = argc > 1 ? argv[1] : "examples/data/drammen-2023-arsevaluering.json";
  const char *strategy_path = argc > 2 ? argv[2] : "examples/data/drammen-2021-kompetansestrategi.json";
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneDocument) evaluation = NULL;
  g_autoptr(KommuneDocument) strategy = NULL;

  /* Characters as the locale has them (“øre”, not “?re”). */
  setlocale (LC_ALL, "");

  evaluation = kommune_document_load (evaluation_path, &error);
  if (evaluation == NULL || !check_rules (evaluation, &error) || !report_workforce (evaluation, &error))
    goto failed;
  strategy = kommune_document_load (strategy_path, &error);
  if (strategy == NULL || !report_strategy (strategy, &error))
    goto failed;
  return EXIT_SUCCESS;

failed:
  fprintf (stderr, "%s\n", error->message);
  return EXIT_FAILURE;
}
