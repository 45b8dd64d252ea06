/* test-budget-frame.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <libkommune.h>

#include "kragero-fixture.h"

static void
test_new (void)
{
  g_autoptr(KommuneProgrammeArea) area = kragero_area_new ();
  KommuneBudgetFrame *frame = kommune_budget_frame_new (area, 2018, KRAGERO_FRAME_OERE, NULL);
  g_autoptr(KommuneProgrammeArea) area_prop = NULL;
  guint year = 0;

  g_assert_true (kommune_budget_frame_get_area (frame) == area);
  g_assert_cmpuint (kommune_budget_frame_get_year (frame), ==, 2018);
  g_assert_cmpint (kommune_budget_frame_get_amount (frame), ==, 3822873700);
  g_object_get (frame, "area", &area_prop, "year", &year, NULL);
  g_assert_true (area_prop == area);
  g_assert_cmpuint (year, ==, 2018);
  g_assert_cmpuint (g_list_model_get_n_items (kommune_budget_frame_get_distributions (frame)), ==, 0);
  g_assert_true (kommune_budget_frame_check (frame, NULL));

  g_clear_object (&area_prop);
  g_assert_finalize_object (frame);

  frame = kommune_budget_frame_new_full (area, 2018, KOMMUNE_BUDGET_TYPE_INVESTMENT, 120000000, NULL);
  g_assert_cmpint (kommune_budget_frame_get_budget_type (frame), ==, KOMMUNE_BUDGET_TYPE_INVESTMENT);
  g_assert_cmpint (kommune_budget_frame_get_amount (frame), ==, 120000000);
  g_assert_finalize_object (frame);
}

static void
test_kragero_reconciles (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneBudgetFrame) frame = kragero_frame_new (0);
  KommuneDistribution *by_function = kommune_budget_frame_get_distribution (frame, "kostra-function-group");
  KommuneDistribution *by_department = kommune_budget_frame_get_distribution (frame, "department");
  GListModel *distributions = kommune_budget_frame_get_distributions (frame);

  g_assert_cmpuint (g_list_model_get_n_items (distributions), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (by_function)), ==, 6);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (by_department)), ==, 7);
  g_assert_cmpint (kommune_distribution_get_total (by_function), ==, 3822873700);
  g_assert_cmpint (kommune_distribution_get_total (by_department), ==, 3822873700);
  g_assert_null (kommune_budget_frame_get_distribution (frame, "ansvar"));

  g_assert_true (kommune_budget_frame_check (frame, &error));
  g_assert_no_error (error);
}

static void
test_kragero_wrong (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneBudgetFrame) short_frame = kragero_frame_new (-100);
  g_autoptr(KommuneBudgetFrame) over_frame = kragero_frame_new (123456);

  g_assert_false (kommune_budget_frame_check (short_frame, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_NOT_RECONCILED);
  g_assert_cmpstr (error->message, ==,
                   "distribution “department” of the 2018 frame for “Stab og støtte” "
                   "sums to 38 228 736 kr, not the frame's 38 228 737 kr: "
                   "1 kr short (difference -1 kr)");
  g_clear_error (&error);

  g_assert_false (kommune_budget_frame_check (over_frame, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_NOT_RECONCILED);
  g_assert_cmpstr (error->message, ==,
                   "distribution “department” of the 2018 frame for “Stab og støtte” "
                   "sums to 38 229 971,56 kr, not the frame's 38 228 737 kr: "
                   "1 234,56 kr over (difference 1 234,56 kr)");
}

static void
test_every_mismatch_named (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneProgrammeArea) area = kommune_programme_area_new ("07", "Ledelse", &error);
  g_autoptr(KommuneBudgetFrame) frame = kommune_budget_frame_new (area, 2017, 100, NULL);
  KommuneDistribution *a = kommune_budget_frame_add_distribution (frame, "a", &error);
  KommuneDistribution *b = kommune_budget_frame_add_distribution (frame, "b", &error);

  g_assert_no_error (error);
  kommune_distribution_add (a, "x", NULL, 50, &error);
  kommune_distribution_add (b, "x", NULL, G_MININT64, &error);
  g_assert_no_error (error);

  g_assert_false (kommune_budget_frame_check (frame, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_NOT_RECONCILED);
  g_assert_cmpstr (error->message, ==,
                   "distribution “a” of the 2017 frame for “Ledelse” sums to 0,50 kr, "
                   "not the frame's 1 kr: 0,50 kr short (difference -0,50 kr); "
                   "distribution “b” of the 2017 frame for “Ledelse” sums to "
                   "-9223372036854775808 øre, not the frame's 100 øre");
}

static void
test_add_distribution_refused (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneBudgetFrame) frame = kragero_frame_new (0);

  g_assert_null (kommune_budget_frame_add_distribution (frame, "department", &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_DUPLICATE);
  g_assert_cmpstr (error->message, ==,
                   "distribution “department” already exists in the 2018 frame for “Stab og støtte”");
  g_clear_error (&error);

  g_assert_null (kommune_budget_frame_add_distribution (frame, "", &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_CODE);

  g_assert_cmpuint (g_list_model_get_n_items (kommune_budget_frame_get_distributions (frame)), ==, 2);
}

static void
test_new_errors_and_bare (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneProgrammeArea) area = kommune_programme_area_new ("stab", "Stab og støtte", &error);
  g_autoptr(KommuneBudgetFrame) bare = g_object_new (KOMMUNE_TYPE_BUDGET_FRAME, NULL);
  g_autoptr(KommuneBudgetFrame) frame = kommune_budget_frame_new (area, 2018, 100, &error);

  g_assert_null (kommune_budget_frame_new (NULL, 2018, 1, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_assert_cmpstr (error->message, ==, "a budget frame needs a programme area");
  g_clear_error (&error);
  g_assert_null (kommune_budget_frame_new (area, 10000, 1, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_PERIOD);
  g_assert_cmpstr (error->message, ==, "the frame of area “stab”: 10000 is not a budget year (1000–9999)");
  g_clear_error (&error);
  g_assert_null (kommune_budget_frame_new_full (area, 2018, (KommuneBudgetType) 5, 1, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_assert_cmpstr (error->message, ==, "the frame of area “stab”: 5 is not a budget type");
  g_clear_error (&error);

  g_assert_false (kommune_budget_frame_check (bare, &error));
  g_assert_cmpstr (error->message, ==, "a budget frame needs a programme area");
  g_clear_error (&error);
  g_assert_null (kommune_budget_frame_add_distribution (bare, "department", &error));
  g_assert_cmpstr (error->message, ==, "a budget frame needs a programme area");
  g_clear_error (&error);

  g_assert_false (G_IS_LIST_STORE (kommune_budget_frame_get_distributions (frame)));
  g_assert_nonnull (kommune_budget_frame_add_distribution (frame, "department", &error));
  g_assert_null (kommune_budget_frame_add_distribution (frame, "department", &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_DUPLICATE);
  g_assert_cmpstr (error->message, ==, "distribution “department” already exists in the 2018 frame for “Stab og støtte”");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Kommune/BudgetFrame/new", test_new);
  g_test_add_func ("/Kommune/BudgetFrame/kragero-reconciles", test_kragero_reconciles);
  g_test_add_func ("/Kommune/BudgetFrame/kragero-wrong", test_kragero_wrong);
  g_test_add_func ("/Kommune/BudgetFrame/every-mismatch-named", test_every_mismatch_named);
  g_test_add_func ("/Kommune/BudgetFrame/add-distribution-refused", test_add_distribution_refused);

  g_test_add_func ("/Kommune/BudgetFrame/new-errors-and-bare", test_new_errors_and_bare);
  return g_test_run ();
}
