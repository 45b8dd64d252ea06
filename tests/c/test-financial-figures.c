/* test-financial-figures.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <libkommune.h>

static void
test_figures (void)
{
  g_autoptr(GError) error = NULL;
  KommuneFinancialFigures *figures = kommune_financial_figures_new (2023, &error);
  g_autoptr(KommuneAnnualEvaluation) evaluation = kommune_annual_evaluation_new (2023, NULL);
  g_autoptr(KommuneFinancialFigures) copied = NULL;

  g_assert_cmpuint (kommune_financial_figures_get_year (figures), ==, 2023);
  g_assert_false (kommune_financial_figures_has (figures, KOMMUNE_FINANCIAL_FIGURE_LONG_TERM_DEBT));
  kommune_financial_figures_get (figures, KOMMUNE_FINANCIAL_FIGURE_LONG_TERM_DEBT, &error);
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_MISSING_DATA);
  g_assert_nonnull (strstr (error->message, "long-term-debt of 2023"));
  g_clear_error (&error);

  kommune_financial_figures_set (figures, KOMMUNE_FINANCIAL_FIGURE_LONG_TERM_DEBT, 0);
  g_assert_true (kommune_financial_figures_has (figures, KOMMUNE_FINANCIAL_FIGURE_LONG_TERM_DEBT));
  g_assert_cmpint (kommune_financial_figures_get (figures, KOMMUNE_FINANCIAL_FIGURE_LONG_TERM_DEBT, &error), ==, 0);
  g_assert_no_error (error);
  g_assert_finalize_object (figures);

  kommune_annual_evaluation_set_figure (evaluation, KOMMUNE_FINANCIAL_FIGURE_DISPOSITION_FUND_CLOSING, 60500000000);
  copied = kommune_annual_evaluation_dup_financial_figures (evaluation);
  g_assert_cmpuint (kommune_financial_figures_get_year (copied), ==, 2023);
  g_assert_cmpint (kommune_financial_figures_get (copied, KOMMUNE_FINANCIAL_FIGURE_DISPOSITION_FUND_CLOSING, &error),
                   ==, 60500000000);
  g_assert_false (kommune_financial_figures_has (copied, KOMMUNE_FINANCIAL_FIGURE_NET_OPERATING_RESULT));
}

static void
test_year_checked (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneFinancialFigures) bare = g_object_new (KOMMUNE_TYPE_FINANCIAL_FIGURES, NULL);

  g_assert_null (kommune_financial_figures_new (999, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_PERIOD);
  g_assert_cmpstr (error->message, ==, "999 is not a year of financial figures (1000–9999)");
  g_clear_error (&error);
  g_assert_null (kommune_financial_figures_new (10000, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_PERIOD);
  g_clear_error (&error);

  /* Bare figures have the year 0 and no figures; rules refuse them. */
  g_assert_cmpuint (kommune_financial_figures_get_year (bare), ==, 0);
  g_assert_false (kommune_financial_figures_has (bare, KOMMUNE_FINANCIAL_FIGURE_LONG_TERM_DEBT));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Kommune/FinancialFigures/figures", test_figures);

  g_test_add_func ("/Kommune/FinancialFigures/year-checked", test_year_checked);
  return g_test_run ();
}
