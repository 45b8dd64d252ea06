/* test-financial-rule.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <libkommune.h>

typedef struct
{
  KommuneFinancialRule *fund;
  KommuneFinancialRule *result;
} Fixture;

/* Kragerø's rules: net operating result ≥ 1,75 % of gross operating
 * revenue until the disposition fund has reached 5 %. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->fund = kommune_financial_rule_new ("Disposisjonsfond minst 5 %",
                                        KOMMUNE_FINANCIAL_FIGURE_DISPOSITION_FUND_CLOSING,
                                        KOMMUNE_FINANCIAL_FIGURE_GROSS_OPERATING_REVENUE,
                                        KOMMUNE_COMPARISON_GREATER_OR_EQUAL, "5", &error);
  f->result = kommune_financial_rule_new ("Netto driftsresultat minst 1,75 %",
                                          KOMMUNE_FINANCIAL_FIGURE_NET_OPERATING_RESULT,
                                          KOMMUNE_FINANCIAL_FIGURE_GROSS_OPERATING_REVENUE,
                                          KOMMUNE_COMPARISON_GREATER_OR_EQUAL, "1,75", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->result);
  g_assert_finalize_object (f->fund);
}

static KommuneFinancialFigures *
figures (gint64 result,
         gint64 revenue,
         gint64 fund)
{
  KommuneFinancialFigures *figures = kommune_financial_figures_new (2023, NULL);

  kommune_financial_figures_set (figures, KOMMUNE_FINANCIAL_FIGURE_NET_OPERATING_RESULT, result);
  kommune_financial_figures_set (figures, KOMMUNE_FINANCIAL_FIGURE_GROSS_OPERATING_REVENUE, revenue);
  if (fund >= 0)
    kommune_financial_figures_set (figures, KOMMUNE_FINANCIAL_FIGURE_DISPOSITION_FUND_CLOSING, fund);
  return figures;
}

static void
test_exact_boundary (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(KommuneFinancialFigures) exact = figures (1750000000, 100000000000, -1);
  g_autoptr(KommuneFinancialFigures) short_by_one = figures (1749999999, 100000000000, -1);
  g_autofree char *ratio = NULL;
  gint64 margin = 99;

  /* 17 500 000 of 1 000 000 000 kr is exactly 1,75 %. */
  g_assert_cmpint (kommune_financial_rule_evaluate (f->result, exact, &margin, &ratio, NULL), ==, KOMMUNE_RULE_STATUS_PASS);
  g_assert_cmpint (margin, ==, 0);
  g_assert_cmpstr (ratio, ==, "1,75");
  g_assert_cmpint (kommune_financial_rule_evaluate (f->result, short_by_one, &margin, NULL, NULL), ==, KOMMUNE_RULE_STATUS_FAIL);
  g_assert_cmpint (margin, ==, -1);
}

static void
test_drammen_2023 (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  /* 78,3 mill. is 0,9 % of gross operating revenue, about 8 700 mill.;
   * the disposition fund closed at 605 mill. */
  g_autoptr(KommuneFinancialFigures) drammen =
    figures (kommune_amount_parse ("78,3 mill", &error), kommune_amount_parse ("8 700 mill", &error),
             kommune_amount_parse ("605 mill", &error));
  g_autofree char *ratio = NULL;
  gint64 margin = 99;

  g_assert_no_error (error);
  g_assert_cmpint (kommune_financial_rule_evaluate (f->fund, drammen, &margin, NULL, NULL), ==, KOMMUNE_RULE_STATUS_PASS);
  g_assert_cmpint (margin, ==, kommune_amount_parse ("170 mill", NULL));   /* 605 − 435 */

  g_assert_true (kommune_financial_rule_set_until (f->result, f->fund, NULL));
  g_assert_true (kommune_financial_rule_get_until (f->result) == f->fund);
  g_assert_cmpint (kommune_financial_rule_evaluate (f->result, drammen, &margin, &ratio, NULL), ==, KOMMUNE_RULE_STATUS_NOT_APPLICABLE);
  g_assert_cmpint (margin, ==, 0);
  g_assert_cmpstr (ratio, ==, "0,90");
  g_clear_pointer (&ratio, g_free);

  /* Without the condition the rule fails by 73,95 mill. kr. */
  g_assert_true (kommune_financial_rule_set_until (f->result, NULL, NULL));
  g_assert_cmpint (kommune_financial_rule_evaluate (f->result, drammen, &margin, NULL, NULL), ==, KOMMUNE_RULE_STATUS_FAIL);
  g_assert_cmpint (margin, ==, -7395000000);
}

static void
test_not_assessable (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(KommuneFinancialFigures) no_fund = figures (100, 10000, -1);
  g_autoptr(KommuneFinancialFigures) zero_revenue = figures (100, 0, 5);
  g_autofree char *ratio = NULL;

  g_assert_cmpint (kommune_financial_rule_evaluate (f->fund, no_fund, NULL, &ratio, NULL), ==, KOMMUNE_RULE_STATUS_NOT_ASSESSABLE);
  g_assert_null (ratio);
  g_assert_cmpint (kommune_financial_rule_evaluate (f->result, zero_revenue, NULL, NULL, NULL), ==, KOMMUNE_RULE_STATUS_NOT_ASSESSABLE);

  /* A condition that cannot be assessed makes the rule not assessable:
   * whether it applies at all is unknown. */
  g_assert_true (kommune_financial_rule_set_until (f->result, f->fund, NULL));
  g_assert_cmpint (kommune_financial_rule_evaluate (f->result, no_fund, NULL, &ratio, NULL), ==,
                   KOMMUNE_RULE_STATUS_NOT_ASSESSABLE);
  /* The rule's own ratio is known all the same. */
  g_assert_cmpstr (ratio, ==, "1,00");
  g_assert_true (kommune_financial_rule_set_until (f->result, NULL, NULL));
}

static void
test_at_most_and_rounding (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneFinancialRule) debt =
    kommune_financial_rule_new ("Langsiktig gjeld høyst 90 %", KOMMUNE_FINANCIAL_FIGURE_LONG_TERM_DEBT,
                                KOMMUNE_FINANCIAL_FIGURE_GROSS_OPERATING_REVENUE,
                                KOMMUNE_COMPARISON_LESS_OR_EQUAL, "90,125", &error);
  g_autoptr(KommuneFinancialFigures) figures = kommune_financial_figures_new (2020, &error);
  g_autofree char *threshold = kommune_financial_rule_get_threshold (debt);
  gint64 margin = 0;

  g_assert_no_error (error);
  g_assert_cmpstr (threshold, ==, "90,125");
  g_assert_cmpstr (kommune_financial_rule_get_name (debt), ==, "Langsiktig gjeld høyst 90 %");
  g_assert_cmpint (kommune_financial_rule_get_numerator (debt), ==, KOMMUNE_FINANCIAL_FIGURE_LONG_TERM_DEBT);
  g_assert_cmpint (kommune_financial_rule_get_denominator (debt), ==, KOMMUNE_FINANCIAL_FIGURE_GROSS_OPERATING_REVENUE);
  g_assert_cmpint (kommune_financial_rule_get_comparison (debt), ==, KOMMUNE_COMPARISON_LESS_OR_EQUAL);
  g_assert_cmpstr (kommune_financial_rule_get_reference (debt), ==, "");
  kommune_financial_rule_set_reference (debt, "gjennomsnittet for KOSTRA-gruppe 8");
  g_assert_cmpstr (kommune_financial_rule_get_reference (debt), ==, "gjennomsnittet for KOSTRA-gruppe 8");
  /* Allowed: 90,125 % of 1 001 øre = 902,15125 øre. */
  kommune_financial_figures_set (figures, KOMMUNE_FINANCIAL_FIGURE_GROSS_OPERATING_REVENUE, 1001);
  kommune_financial_figures_set (figures, KOMMUNE_FINANCIAL_FIGURE_LONG_TERM_DEBT, 900);
  g_assert_cmpint (kommune_financial_rule_evaluate (debt, figures, &margin, NULL, NULL), ==, KOMMUNE_RULE_STATUS_PASS);
  g_assert_cmpint (margin, ==, 2);
  kommune_financial_figures_set (figures, KOMMUNE_FINANCIAL_FIGURE_LONG_TERM_DEBT, 903);
  g_assert_cmpint (kommune_financial_rule_evaluate (debt, figures, &margin, NULL, NULL), ==, KOMMUNE_RULE_STATUS_FAIL);
  g_assert_cmpint (margin, ==, -1);
  kommune_financial_figures_set (figures, KOMMUNE_FINANCIAL_FIGURE_LONG_TERM_DEBT, 902);
  g_assert_cmpint (kommune_financial_rule_evaluate (debt, figures, &margin, NULL, NULL), ==, KOMMUNE_RULE_STATUS_PASS);
  g_assert_cmpint (margin, ==, 0);
  g_assert_cmpstr (kommune_rule_status_to_string (KOMMUNE_RULE_STATUS_NOT_APPLICABLE), ==, "not-applicable");
}

static void
test_invalid (void)
{
  GError *error = NULL;

  g_assert_null (kommune_financial_rule_new ("R", 0, 1, 0, "-1", &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_null (kommune_financial_rule_new ("R", 0, 1, 0, "1,75 %", &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_null (kommune_financial_rule_new ("", 0, 1, 0, "1", &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/Kommune/FinancialRule/exact-boundary", Fixture, NULL, fixture_set_up, test_exact_boundary, fixture_tear_down);
  g_test_add ("/Kommune/FinancialRule/drammen-2023", Fixture, NULL, fixture_set_up, test_drammen_2023, fixture_tear_down);
  g_test_add ("/Kommune/FinancialRule/not-assessable", Fixture, NULL, fixture_set_up, test_not_assessable, fixture_tear_down);
  g_test_add_func ("/Kommune/FinancialRule/at-most-and-rounding", test_at_most_and_rounding);
  g_test_add_func ("/Kommune/FinancialRule/invalid", test_invalid);

  return g_test_run ();
}
