/* test-annual-evaluation.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <libkommune.h>

#include "model/kommune-annual-evaluation-private.h"

static void
test_drammen_2023 (void)
{
  g_autoptr(GError) error = NULL;
  KommuneAnnualEvaluation *evaluation = kommune_annual_evaluation_new (2023, NULL);
  g_autofree char *share = NULL;

  kommune_annual_evaluation_set_figure (evaluation, KOMMUNE_FINANCIAL_FIGURE_NET_OPERATING_RESULT,
                                        kommune_amount_parse ("78,3 millioner kroner", &error));
  kommune_annual_evaluation_set_figure (evaluation, KOMMUNE_FINANCIAL_FIGURE_DISPOSITION_FUND_OPENING,
                                        kommune_amount_parse ("843 mill", &error));
  kommune_annual_evaluation_set_figure (evaluation, KOMMUNE_FINANCIAL_FIGURE_DISPOSITION_FUND_CLOSING,
                                        kommune_amount_parse ("605 mill", &error));
  g_assert_no_error (error);
  g_assert_true (kommune_annual_evaluation_set_reported_result_share (evaluation, "0,9", &error));

  g_assert_cmpuint (kommune_annual_evaluation_get_year (evaluation), ==, 2023);
  g_assert_cmpint (kommune_annual_evaluation_get_figure (evaluation, KOMMUNE_FINANCIAL_FIGURE_NET_OPERATING_RESULT, &error),
                   ==, 7830000000);
  g_assert_cmpint (kommune_annual_evaluation_get_fund_change (evaluation, &error), ==, -23800000000);
  g_assert_cmpstr (kommune_annual_evaluation_get_reported_result_share (evaluation), ==, "0,9");
  g_assert_no_error (error);

  /* Without gross operating revenue the share cannot be computed. */
  g_assert_false (kommune_annual_evaluation_has_figure (evaluation, KOMMUNE_FINANCIAL_FIGURE_GROSS_OPERATING_REVENUE));
  g_assert_null (kommune_annual_evaluation_dup_result_share (evaluation, 1, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_MISSING_DATA);
  g_assert_nonnull (strstr (error->message, "gross-operating-revenue"));
  g_clear_error (&error);

  /* 17 500 000 of 1 000 000 000 is exactly 1,75 %. */
  kommune_annual_evaluation_set_figure (evaluation, KOMMUNE_FINANCIAL_FIGURE_NET_OPERATING_RESULT, 1750000000);
  kommune_annual_evaluation_set_figure (evaluation, KOMMUNE_FINANCIAL_FIGURE_GROSS_OPERATING_REVENUE, 100000000000);
  share = kommune_annual_evaluation_dup_result_share (evaluation, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (share, ==, "1,75");
  g_clear_pointer (&share, g_free);
  share = kommune_annual_evaluation_dup_result_share (evaluation, 1, &error);
  g_assert_cmpstr (share, ==, "1,8");

  g_assert_finalize_object (evaluation);
}

static void
test_missing_and_invalid (void)
{
  g_autoptr(KommuneAnnualEvaluation) evaluation = kommune_annual_evaluation_new (2023, NULL);
  GError *error = NULL;

  kommune_annual_evaluation_get_fund_change (evaluation, &error);
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_MISSING_DATA);
  g_clear_error (&error);

  g_assert_false (kommune_annual_evaluation_set_reported_result_share (evaluation, "0.9", &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (kommune_annual_evaluation_set_reported_result_share (evaluation, ",9", &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_true (kommune_annual_evaluation_set_reported_result_share (evaluation, "-1,25", &error));
  g_assert_true (kommune_annual_evaluation_set_reported_result_share (evaluation, NULL, &error));
  g_assert_null (kommune_annual_evaluation_get_reported_result_share (evaluation));
}

static void
test_area_texts (void)
{
  g_autoptr(KommuneAnnualEvaluation) evaluation = kommune_annual_evaluation_new (2023, NULL);
  g_auto(GStrv) codes = NULL;

  kommune_annual_evaluation_set_area_text (evaluation, "07", "Styring");
  kommune_annual_evaluation_set_area_text (evaluation, "04", "Byutvikling");
  kommune_annual_evaluation_set_area_text (evaluation, "05", "Kultur");
  kommune_annual_evaluation_set_area_text (evaluation, "05", NULL);
  codes = kommune_annual_evaluation_list_area_codes (evaluation);
  g_assert_cmpuint (g_strv_length (codes), ==, 2);
  g_assert_cmpstr (codes[0], ==, "04");
  g_assert_cmpstr (codes[1], ==, "07");
  g_assert_cmpstr (kommune_annual_evaluation_get_area_text (evaluation, "07"), ==, "Styring");
  g_assert_null (kommune_annual_evaluation_get_area_text (evaluation, "05"));
  g_assert_cmpstr (kommune_financial_figure_to_string (KOMMUNE_FINANCIAL_FIGURE_RESULT_VS_REVISED_BUDGET),
                   ==, "result-vs-revised-budget");
}

static void
test_new_errors_and_bare (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneAnnualEvaluation) bare = g_object_new (KOMMUNE_TYPE_ANNUAL_EVALUATION, NULL);
  g_autoptr(KommuneAnnualEvaluation) evaluation = kommune_annual_evaluation_new (2023, &error);

  g_assert_null (kommune_annual_evaluation_new (999, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_PERIOD);
  g_assert_cmpstr (error->message, ==, "an annual evaluation's year is from 1000 to 9999, not 999");
  g_clear_error (&error);
  g_assert_true (_kommune_annual_evaluation_check (bare, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (kommune_annual_evaluation_get_year (bare), ==, 2000);
  kommune_annual_evaluation_get_figure (evaluation, (KommuneFinancialFigure) 40, &error);
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_assert_cmpstr (error->message, ==, "40 is not a financial figure");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Kommune/AnnualEvaluation/drammen-2023", test_drammen_2023);
  g_test_add_func ("/Kommune/AnnualEvaluation/missing-and-invalid", test_missing_and_invalid);
  g_test_add_func ("/Kommune/AnnualEvaluation/area-texts", test_area_texts);

  g_test_add_func ("/Kommune/AnnualEvaluation/new-errors-and-bare", test_new_errors_and_bare);
  return g_test_run ();
}
