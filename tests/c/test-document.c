/* test-document.c: the bundled documents recompute the worked numbers
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <glib/gstdio.h>

#include <libkommune.h>

static KommuneDocument *
load (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  KommuneDocument *document = kommune_document_load (path, &error);

  g_assert_no_error (error);
  return document;
}

static const char *
key_figure (KommuneDocument *document,
            const char      *name,
            guint            year)
{
  GListModel *figures = kommune_document_get_key_figures (document);

  for (guint i = 0; i < g_list_model_get_n_items (figures); i++)
    {
      g_autoptr(KommuneKeyFigure) figure = g_list_model_get_item (figures, i);

      if (g_str_equal (kommune_key_figure_get_name (figure), name) &&
          kommune_key_figure_get_year (figure) == year)
        return kommune_key_figure_get_value (figure);
    }
  return NULL;
}

static void
test_kragero (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneDocument) document = load ("kragero-2018-stab-og-stotte.json");
  KommuneEconomicPlan *plan = kommune_document_get_plan (document);
  KommuneBudgetFrame *frame = kommune_economic_plan_get_budget_frame (plan, "stab", 2018, KOMMUNE_BUDGET_TYPE_OPERATING);
  KommuneProgrammeArea *area = kommune_municipality_find_area (kommune_document_get_municipality (document), "stab");
  GListModel *projects = kommune_document_get_investment_projects (document);
  GListModel *proposals = kommune_document_get_verbal_proposals (document);
  g_autofree char *millions = NULL;
  const guint numbers[] = { 8, 18, 19, 20 };
  const char *project_amounts[] = { "0,4 mill. kr", "1,2 mill. kr", "0,6 mill. kr" };

  g_assert_cmpint (kommune_budget_frame_get_amount (frame), ==, kommune_amount_parse ("38 228 737", &error));
  g_assert_cmpint (kommune_distribution_get_total (kommune_budget_frame_get_distribution (frame, "kostra-function-group")),
                   ==, 3822873700);
  g_assert_cmpint (kommune_distribution_get_total (kommune_budget_frame_get_distribution (frame, "department")),
                   ==, 3822873700);
  g_assert_cmpint (kommune_distribution_line_get_amount (kommune_distribution_find (kommune_budget_frame_get_distribution (frame, "kostra-function-group"), "870")),
                   ==, -17988300);
  g_assert_true (kommune_budget_frame_check (frame, &error));

  /* The key figures agree with the model: frame 38,2 mill., 5 departments. */
  millions = kommune_amount_format (kommune_budget_frame_get_amount (frame), KOMMUNE_AMOUNT_SCALE_MILLIONS, 1);
  g_assert_cmpstr (millions, ==, key_figure (document, "Økonomisk ramme", 2018));
  g_assert_cmpstr (key_figure (document, "Økonomisk ramme", 2017), ==, "34,1");
  g_assert_cmpuint (g_list_model_get_n_items (kommune_programme_area_get_departments (area)), ==, 5);
  g_assert_cmpstr (key_figure (document, "Virksomheter (avdelinger)", 2018), ==, "5");
  g_assert_cmpstr (key_figure (document, "Ansatte", 2018), ==, "32,30");
  g_assert_cmpstr (key_figure (document, "Ansatte", 2017), ==, "32,34");
  g_assert_cmpstr (key_figure (document, "Særskilte årsspesifikke driftstiltak", 2018), ==, "15");
  g_assert_cmpstr (key_figure (document, "Ansvar/deltakelse i investeringsprosjekter", 2017), ==, "22");
  g_assert_cmpstr (key_figure (document, "Mål i budsjettdokumentet", 2018), ==, "5");
  g_assert_cmpstr (key_figure (document, "Tiltak knyttet til mål i budsjettdokumentet", 2017), ==, "20");

  g_assert_cmpuint (g_list_model_get_n_items (projects), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(KommuneInvestmentProject) project = g_list_model_get_item (projects, i);

      g_assert_cmpint (kommune_investment_project_get_amount (project, 2018), ==,
                       kommune_amount_parse (project_amounts[i], &error));
    }

  g_assert_cmpuint (g_list_model_get_n_items (proposals), ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(KommuneVerbalProposal) proposal = g_list_model_get_item (proposals, i);

      g_assert_cmpuint (kommune_verbal_proposal_get_number (proposal), ==, numbers[i]);
    }
  g_assert_no_error (error);
}

static void
test_drammen_2017_t1 (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneDocument) document = load ("drammen-2017-t1-programomrade-07.json");
  KommuneEconomicPlan *plan = kommune_document_get_plan (document);
  KommuneTertialReport *report = kommune_document_find_tertial_report (document, 2017, KOMMUNE_DOCUMENT_KIND_TERTIAL_1);
  g_autoptr(GDateTime) before = g_date_time_new_utc (2017, 6, 29, 0, 0, 0);
  g_autoptr(GDateTime) after = g_date_time_new_utc (2017, 7, 1, 0, 0, 0);
  gint64 deviation;

  g_assert_nonnull (report);
  g_assert_nonnull (kommune_tertial_report_get_adopted (report));
  g_assert_cmpint (kommune_tertial_report_get_proposed_total (report, "07", KOMMUNE_BUDGET_TYPE_OPERATING, &error),
                   ==, kommune_amount_parse ("9,4 mill.", NULL));
  g_assert_cmpint (kommune_tertial_report_get_proposed_total (report, "07", KOMMUNE_BUDGET_TYPE_INVESTMENT, &error),
                   ==, kommune_amount_parse ("1 mill.", NULL));

  deviation = kommune_tertial_report_get_deviation (report, "07", plan, &error);
  g_assert_cmpint (deviation, ==, 100000000);
  g_assert_cmpint (kommune_deviation_classify (deviation), ==, KOMMUNE_DEVIATION_OVERSPEND);

  g_assert_cmpuint (g_list_model_get_n_items (kommune_economic_plan_get_adjustments (plan)), ==, 6);
  g_assert_cmpint (kommune_economic_plan_get_frame_change (plan, "07", 2017, KOMMUNE_BUDGET_TYPE_OPERATING,
                                                           before, after, &error), ==, 940000000);
  g_assert_cmpint (kommune_economic_plan_get_frame_amount (plan, "07", 2017, KOMMUNE_BUDGET_TYPE_OPERATING, before, &error)
                   + 940000000, ==,
                   kommune_economic_plan_get_frame_amount (plan, "07", 2017, KOMMUNE_BUDGET_TYPE_OPERATING, after, &error));
  g_assert_cmpint (kommune_economic_plan_get_frame_amount (plan, "07", 2017, KOMMUNE_BUDGET_TYPE_INVESTMENT, NULL, &error),
                   ==, 100000000);
  g_assert_no_error (error);
  g_assert_cmpstr (kommune_adjustment_get_decision (kommune_economic_plan_find_adjustment (plan, "2017-t1-07-kontrolltjenester")),
                   ==, "sak 53/17");
}

static void
test_drammen_2023 (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneDocument) document = load ("drammen-2023-arsevaluering.json");
  g_autoptr(KommuneAnnualEvaluation) evaluation =
    g_list_model_get_item (kommune_document_get_annual_evaluations (document), 0);

  g_assert_null (kommune_document_get_plan (document));
  g_assert_cmpint (kommune_annual_evaluation_get_figure (evaluation, KOMMUNE_FINANCIAL_FIGURE_NET_OPERATING_RESULT, &error),
                   ==, kommune_amount_parse ("78,3 mill", NULL));
  g_assert_cmpint (kommune_annual_evaluation_get_figure (evaluation, KOMMUNE_FINANCIAL_FIGURE_RESULT_VS_REVISED_BUDGET, &error),
                   ==, kommune_amount_parse ("88,5 mill", NULL));
  g_assert_cmpint (kommune_annual_evaluation_get_figure (evaluation, KOMMUNE_FINANCIAL_FIGURE_DISPOSITION_FUND_OPENING, &error),
                   ==, kommune_amount_parse ("843 mill", NULL));
  g_assert_cmpint (kommune_annual_evaluation_get_fund_change (evaluation, &error), ==, -23800000000);
  g_assert_cmpstr (kommune_annual_evaluation_get_reported_result_share (evaluation), ==, "0,9");
  g_assert_no_error (error);
  {
    /* The derived revenue reproduces the printed share. */
    g_autofree char *share = kommune_annual_evaluation_dup_result_share (evaluation, 1, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (share, ==, "0,9");
  }
  g_assert_cmpstr (key_figure (document, "Antall ansatte", 2023), ==, "6268");
  g_assert_cmpstr (key_figure (document, "Antall årsverk", 2022), ==, "5427");
  g_assert_cmpstr (key_figure (document, "Andel heltidsstillinger", 2021), ==, "69,5");
}

static void
test_build_and_round_trip (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneMunicipality) kragero = kommune_municipality_new ("0815", "Kragerø", &error);
  g_autoptr(KommuneProgrammeArea) area = kommune_programme_area_new ("stab", "Stab og støtte", &error);
  g_autoptr(KommuneProgrammeArea) other = kommune_programme_area_new ("stab2", "Stab 2", &error);
  g_autoptr(KommuneEconomicPlan) plan = kommune_economic_plan_new (2018, NULL);
  g_autoptr(KommuneAnnualEvaluation) evaluation = kommune_annual_evaluation_new (2018, NULL);
  g_autoptr(KommuneInvestmentProject) project = kommune_investment_project_new ("15022", "IKT sikkerhet", &error);
  g_autoptr(KommuneTertialReport) report = kommune_tertial_report_new (2018, KOMMUNE_DOCUMENT_KIND_TERTIAL_2, &error);
  g_autoptr(KommuneAreaReport) status = kommune_area_report_new ("stab", NULL);
  g_autoptr(KommuneDocument) document = NULL;
  g_autoptr(KommuneDocument) reloaded = NULL;
  g_autoptr(GDateTime) date = g_date_time_new_utc (2018, 3, 1, 0, 0, 0);
  g_autoptr(KommuneAdjustment) adjustment = NULL;
  g_autofree char *data = NULL;
  gsize length;

  kommune_municipality_add_area (kragero, area, &error);
  kommune_municipality_add_area (kragero, other, &error);
  kommune_economic_plan_set_frame_amount (plan, area, 2019, KOMMUNE_BUDGET_TYPE_INVESTMENT, 120000000, &error);
  kommune_economic_plan_add_area (plan, other, &error);
  adjustment = kommune_adjustment_new ("a1", date, "sak 1/18", KOMMUNE_DOCUMENT_KIND_ECONOMIC_PLAN, "stab",
                                       KOMMUNE_BUDGET_TYPE_INVESTMENT, 2019, -5, "øre", &error);
  kommune_adjustment_add_line (adjustment, "stab2", 5, &error);
  kommune_economic_plan_add_adjustment (plan, adjustment, &error);
  g_assert_no_error (error);

  /* Optional members: a report not adopted, with every figure; an
   * evaluation with area texts; a project with an area. */
  kommune_area_report_set_accounted (status, 100, NULL);
  kommune_area_report_set_forecast (status, 200, NULL);
  kommune_area_report_set_reported_deviation (status, 300, NULL);
  kommune_tertial_report_add_area_report (report, status, &error);
  kommune_annual_evaluation_set_area_text (evaluation, "stab", "Godt år");
  kommune_annual_evaluation_set_figure (evaluation, KOMMUNE_FINANCIAL_FIGURE_LONG_TERM_DEBT, 7);
  kommune_investment_project_set_area_code (project, "stab");
  kommune_investment_project_set_amount (project, 2018, 40000000, &error);
  g_assert_no_error (error);

  document = kommune_document_new (kragero);
  kommune_document_set_plan (document, plan);
  g_assert_true (kommune_document_add_tertial_report (document, report, &error));
  g_assert_true (kommune_document_add_annual_evaluation (document, evaluation, &error));
  g_assert_true (kommune_document_add_investment_project (document, project, &error));
  kommune_document_set_source (document, "laget i en test");
  data = kommune_document_to_data (document, &length);
  g_assert_cmpuint (strlen (data), ==, length);
  g_assert_true (g_str_has_suffix (data, "}\n"));

  reloaded = kommune_document_load_from_data (data, -1, "in-memory", &error);
  g_assert_no_error (error);
  g_assert_true (kommune_document_equal (document, reloaded));
  g_assert_cmpint (kommune_economic_plan_get_original_frame_amount (kommune_document_get_plan (reloaded), "stab", 2019,
                                                             KOMMUNE_BUDGET_TYPE_INVESTMENT, &error), ==, 120000000);
  g_assert_cmpint (kommune_economic_plan_get_frame_amount (kommune_document_get_plan (reloaded), "stab2", 2019,
                                                    KOMMUNE_BUDGET_TYPE_INVESTMENT, NULL, &error), ==, 5);
  g_assert_nonnull (strstr (data, "\"extra_lines\""));
  g_assert_nonnull (strstr (data, "\"reported_deviation\" : 300"));
  g_assert_nonnull (strstr (data, "\"text\" : \"Godt år\""));

  /* The steering lists survive the round trip too. */
  {
    g_autoptr(KommuneGoal) goal = kommune_goal_new ("m1", "Sunn økonomi", KOMMUNE_GOAL_LEVEL_PLAN, &error);
    g_autoptr(KommuneIndicator) indicator =
      kommune_indicator_new ("Netto driftsresultat", KOMMUNE_INDICATOR_UNIT_PERCENT, KOMMUNE_DIRECTION_HIGHER_IS_BETTER,
                           &error);
    g_autoptr(KommuneMeasurement) rate = kommune_measurement_new_rate ("2018", 175, 10000, &error);
    g_autoptr(KommuneMeasure) measure = kommune_measure_new (1, "Stram inn", &error);
    g_autoptr(KommuneFinancialRule) rule =
      kommune_financial_rule_new ("Minst 1,75 %", KOMMUNE_FINANCIAL_FIGURE_NET_OPERATING_RESULT,
                                  KOMMUNE_FINANCIAL_FIGURE_GROSS_OPERATING_REVENUE,
                                  KOMMUNE_COMPARISON_GREATER_OR_EQUAL, "1,75", &error);
    g_autoptr(KommuneWorkforceFigures) staff = kommune_workforce_figures_new ("stab", "2018", &error);
    g_autoptr(KommuneStrategy) strategy = kommune_strategy_new ("Strategi", 2018, 2021, &error);
    g_autoptr(KommuneGoal) focus = kommune_goal_new ("s1", "Innsatsområde", KOMMUNE_GOAL_LEVEL_STRATEGIC, &error);
    g_autoptr(KommuneDocument) again = NULL;
    g_autofree char *before = NULL;
    g_autofree char *after = NULL;

    kommune_indicator_set_band (indicator, KOMMUNE_STATUS_DESIRED, "1,75", TRUE, NULL, FALSE, &error);
    kommune_indicator_add_measurement (indicator, rate, &error);
    kommune_measure_add_progress (measure, "2018-T1", "I gang", &error);
    kommune_goal_add_indicator (goal, indicator, &error);
    kommune_goal_add_measure (goal, measure, &error);
    kommune_workforce_figures_set (staff, KOMMUNE_WORKFORCE_FIGURE_FTES, 32300, NULL);
    kommune_strategy_add_focus_area (strategy, focus, &error);
    g_assert_no_error (error);
    g_assert_true (kommune_document_add_goal (document, goal, &error));
    g_assert_true (kommune_document_add_financial_rule (document, rule, &error));
    g_assert_true (kommune_document_add_workforce_figures (document, staff, &error));
    g_assert_true (kommune_document_add_strategy (document, strategy, &error));

    before = kommune_document_to_data (document, NULL);
    again = kommune_document_load_from_data (before, -1, "in-memory", &error);
    g_assert_no_error (error);
    after = kommune_document_to_data (again, NULL);
    g_assert_cmpstr (before, ==, after);
    g_assert_cmpuint (g_list_model_get_n_items (kommune_document_get_goals (again)), ==, 1);
    g_assert_cmpuint (g_list_model_get_n_items (kommune_document_get_financial_rules (again)), ==, 1);
    g_assert_cmpuint (g_list_model_get_n_items (kommune_document_get_workforce_figures (again)), ==, 1);
    g_assert_cmpuint (g_list_model_get_n_items (kommune_document_get_strategies (again)), ==, 1);
    g_assert_nonnull (strstr (after, "\"numerator\" : 175"));
  }

  /* A change makes them differ. */
  kommune_document_set_source (reloaded, "endret");
  g_assert_false (kommune_document_equal (document, reloaded));
}

static void
test_contents (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneMunicipality) drammen = kommune_municipality_new ("3301", "Drammen", &error);
  g_autoptr(KommuneDocument) document = kommune_document_new (drammen);
  g_autoptr(KommuneTertialReport) report = kommune_tertial_report_new (2024, KOMMUNE_DOCUMENT_KIND_TERTIAL_2, &error);
  g_autoptr(KommuneInvestmentProject) project = kommune_investment_project_new ("1", "Rådhus", &error);
  g_autoptr(KommuneVerbalProposal) proposal = kommune_verbal_proposal_new (1, "Legg fram en sak", &error);
  g_autoptr(KommuneAnnualEvaluation) evaluation = kommune_annual_evaluation_new (2024, NULL);
  g_autoptr(KommuneKeyFigure) figure = kommune_key_figure_new ("Ansatte", NULL, 2024, "6300", &error);
  g_autoptr(KommuneNote) note = kommune_note_new ("Merknad", "Tekst", &error);

  g_assert_no_error (error);
  g_assert_true (kommune_document_get_municipality (document) == drammen);
  g_assert_cmpstr (kommune_document_get_source (document), ==, "");
  g_assert_true (kommune_document_add_tertial_report (document, report, &error));
  g_assert_true (kommune_document_add_investment_project (document, project, &error));
  g_assert_true (kommune_document_add_verbal_proposal (document, proposal, &error));
  g_assert_true (kommune_document_add_annual_evaluation (document, evaluation, &error));
  g_assert_true (kommune_document_add_key_figure (document, figure, &error));
  g_assert_true (kommune_document_add_note (document, note, &error));

  g_assert_cmpuint (g_list_model_get_n_items (kommune_document_get_tertial_reports (document)), ==, 1);
  g_assert_true (kommune_document_find_tertial_report (document, 2024, KOMMUNE_DOCUMENT_KIND_TERTIAL_2) == report);
  g_assert_null (kommune_document_find_tertial_report (document, 2024, KOMMUNE_DOCUMENT_KIND_TERTIAL_1));
  g_assert_cmpuint (g_list_model_get_n_items (kommune_document_get_investment_projects (document)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (kommune_document_get_verbal_proposals (document)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (kommune_document_get_annual_evaluations (document)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (kommune_document_get_key_figures (document)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (kommune_document_get_notes (document)), ==, 1);
  g_assert_null (kommune_document_get_plan (document));
}

static void
test_save_atomic (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneDocument) document = load ("drammen-2023-arsevaluering.json");
  g_autofree char *dir = g_dir_make_tmp ("kommune-test-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "doc.json", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-dir", "doc.json", NULL);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autoptr(GDir) listing = NULL;
  guint entries = 0;

  g_assert_true (kommune_document_save (document, path, &error));
  g_assert_true (g_file_get_contents (path, &first, NULL, &error));
  g_assert_true (kommune_document_save (document, path, &error));
  g_assert_true (g_file_get_contents (path, &second, NULL, &error));
  g_assert_cmpstr (first, ==, second);

  /* A save that cannot happen fails and leaves nothing behind. */
  g_assert_false (kommune_document_save (document, missing, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_clear_error (&error);

  /* A directory in the way: the save fails, the directory is untouched. */
  g_assert_cmpint (g_mkdir (missing, 0700), !=, 0);
  listing = g_dir_open (dir, 0, &error);
  while (g_dir_read_name (listing) != NULL)
    entries++;
  g_assert_cmpuint (entries, ==, 1);

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_load_errors (void)
{
  GError *error = NULL;

  g_assert_null (kommune_document_load ("/nonexistent/kommune.json", &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_clear_error (&error);

  g_assert_null (kommune_document_load_from_data ("[1, 2]", -1, "list.json", &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_DOCUMENT);
  g_assert_cmpstr (error->message, ==, "list.json: $: expected an object, found an array");
  g_clear_error (&error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Kommune/Document/kragero", test_kragero);
  g_test_add_func ("/Kommune/Document/drammen-2017-t1", test_drammen_2017_t1);
  g_test_add_func ("/Kommune/Document/drammen-2023", test_drammen_2023);
  g_test_add_func ("/Kommune/Document/build-and-round-trip", test_build_and_round_trip);
  g_test_add_func ("/Kommune/Document/contents", test_contents);
  g_test_add_func ("/Kommune/Document/save-atomic", test_save_atomic);
  g_test_add_func ("/Kommune/Document/load-errors", test_load_errors);

  return g_test_run ();
}
