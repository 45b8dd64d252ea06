/* test-adjustment.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <libkommune.h>

#include "model/kommune-adjustment-private.h"

static GDateTime *
day (int year, int month, int d)
{
  return g_date_time_new_utc (year, month, d, 0, 0, 0);
}

static void
test_new (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) date = g_date_time_new_local (2017, 6, 30, 0, 0, 0);
  g_autoptr(GDateTime) date_prop = NULL;
  KommuneAdjustment *adjustment;
  KommuneDocumentKind document;
  gboolean transfer = TRUE;

  adjustment = kommune_adjustment_new ("kontroll", date, "sak 53/17", KOMMUNE_DOCUMENT_KIND_TERTIAL_1,
                                       "07", KOMMUNE_BUDGET_TYPE_OPERATING, 2017, 150000000,
                                       "Kjøp av kontrolltjenester", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kommune_adjustment_get_id (adjustment), ==, "kontroll");
  g_assert_cmpstr (kommune_adjustment_get_decision (adjustment), ==, "sak 53/17");
  g_assert_cmpint (kommune_adjustment_get_document (adjustment), ==, KOMMUNE_DOCUMENT_KIND_TERTIAL_1);
  g_assert_cmpstr (kommune_adjustment_get_area_code (adjustment), ==, "07");
  g_assert_null (kommune_adjustment_get_to_area_code (adjustment));
  g_assert_cmpint (kommune_adjustment_get_budget_type (adjustment), ==, KOMMUNE_BUDGET_TYPE_OPERATING);
  g_assert_cmpuint (kommune_adjustment_get_year (adjustment), ==, 2017);
  g_assert_cmpint (kommune_adjustment_get_amount (adjustment), ==, 150000000);
  g_assert_cmpstr (kommune_adjustment_get_reason (adjustment), ==, "Kjøp av kontrolltjenester");
  g_assert_false (kommune_adjustment_is_transfer (adjustment));
  g_assert_false (kommune_adjustment_is_frozen (adjustment));
  g_assert_cmpuint (g_date_time_get_year (kommune_adjustment_get_date (adjustment)), ==, 2017);
  g_assert_cmpint (g_date_time_get_month (kommune_adjustment_get_date (adjustment)), ==, 6);
  g_assert_cmpint (kommune_adjustment_get_effect (adjustment, "07"), ==, 150000000);
  g_assert_cmpint (kommune_adjustment_get_effect (adjustment, "04"), ==, 0);

  /* Only the calendar day counts: a local midnight becomes that day. */
  g_object_get (adjustment, "date", &date_prop, "document", &document, "is-transfer", &transfer, NULL);
  g_assert_cmpint (g_date_time_get_day_of_month (date_prop), ==, 30);
  g_assert_cmpint (g_date_time_get_hour (date_prop), ==, 0);
  g_assert_cmpint (document, ==, KOMMUNE_DOCUMENT_KIND_TERTIAL_1);
  g_assert_false (transfer);

  g_assert_finalize_object (adjustment);
}

static void
test_transfer (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) date = day (2017, 3, 1);
  g_autoptr(KommuneAdjustment) transfer = NULL;
  KommuneDistribution *lines;

  transfer = kommune_adjustment_new_transfer ("flytt", date, NULL, KOMMUNE_DOCUMENT_KIND_ECONOMIC_PLAN,
                                              "07", "04", KOMMUNE_BUDGET_TYPE_OPERATING, 2017,
                                              10000000, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (kommune_adjustment_is_transfer (transfer));
  g_assert_cmpstr (kommune_adjustment_get_to_area_code (transfer), ==, "04");
  g_assert_cmpstr (kommune_adjustment_get_decision (transfer), ==, "");
  lines = kommune_adjustment_get_lines (transfer);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (lines)), ==, 2);
  g_assert_cmpint (kommune_distribution_get_total (lines), ==, 0);
  g_assert_cmpint (kommune_adjustment_get_effect (transfer, "07"), ==, -10000000);
  g_assert_cmpint (kommune_adjustment_get_effect (transfer, "04"), ==, 10000000);

  g_assert_true (kommune_adjustment_add_line (transfer, "05", 1, &error));
  g_assert_no_error (error);
  g_assert_cmpint (kommune_distribution_get_total (lines), ==, 1);

  g_assert_false (kommune_adjustment_add_line (transfer, "05", 1, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_DUPLICATE);
}

static void
test_invalid (void)
{
  g_autoptr(GDateTime) date = day (2017, 3, 1);
  GError *error = NULL;

  g_assert_null (kommune_adjustment_new ("", date, NULL, 0, "07", 0, 2017, 1, NULL, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_CODE);
  g_clear_error (&error);

  g_assert_null (kommune_adjustment_new ("a", NULL, NULL, 0, "07", 0, 2017, 1, NULL, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);

  g_assert_null (kommune_adjustment_new ("a", date, NULL, 0, "07", 0, 17, 1, NULL, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_PERIOD);
  g_clear_error (&error);

  g_assert_null (kommune_adjustment_new ("a", date, NULL, 0, "", 0, 2017, 1, NULL, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_CODE);
  g_clear_error (&error);

  g_assert_null (kommune_adjustment_new_transfer ("a", date, NULL, 0, "07", "07", 0, 2017, 1, NULL, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_assert_nonnull (strstr (error->message, "to itself"));
  g_clear_error (&error);

  g_assert_null (kommune_adjustment_new_transfer ("a", date, NULL, 0, "07", "04", 0, 2017,
                                                  G_MININT64, NULL, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_OVERFLOW);
  g_clear_error (&error);
}

static void
notify_cb (GObject    *object,
           GParamSpec *pspec,
           guint      *count)
{
  (*count)++;
}

static void
test_frozen_in_log (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) date = day (2017, 6, 30);
  g_autoptr(KommuneEconomicPlan) plan = kommune_economic_plan_new (2017, NULL);
  g_autoptr(KommuneProgrammeArea) area = kommune_programme_area_new ("07", "Ledelse", &error);
  g_autoptr(KommuneAdjustment) adjustment = NULL;
  guint notified = 0;

  kommune_economic_plan_add_area (plan, area, &error);
  adjustment = kommune_adjustment_new ("a", date, NULL, KOMMUNE_DOCUMENT_KIND_TERTIAL_1, "07",
                                       KOMMUNE_BUDGET_TYPE_OPERATING, 2017, 100, NULL, &error);
  g_signal_connect (adjustment, "notify::frozen", G_CALLBACK (notify_cb), &notified);
  g_assert_true (kommune_economic_plan_add_adjustment (plan, adjustment, &error));
  g_assert_no_error (error);
  g_assert_true (kommune_adjustment_is_frozen (adjustment));
  g_assert_cmpuint (notified, ==, 1);

  g_assert_false (kommune_adjustment_add_line (adjustment, "04", 1, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_READ_ONLY);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (kommune_adjustment_get_lines (adjustment))), ==, 1);
}

static void
test_bare (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneAdjustment) bare = g_object_new (KOMMUNE_TYPE_ADJUSTMENT, NULL);

  g_assert_false (_kommune_adjustment_check (bare, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_assert_cmpstr (error->message, ==, "the adjustment id is missing");
  g_clear_error (&error);
  g_assert_false (kommune_adjustment_add_line (bare, "07", 1, &error));
  g_assert_cmpstr (error->message, ==, "the adjustment id is missing");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (kommune_adjustment_get_lines (bare))), ==, 0);
}

static void
test_out_of_range_enums (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) date = g_date_time_new_utc (2017, 6, 30, 0, 0, 0);

  g_assert_null (kommune_adjustment_new ("x", date, NULL, (KommuneDocumentKind) 77, "07",
                                         KOMMUNE_BUDGET_TYPE_OPERATING, 2017, 1, NULL, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_assert_cmpstr (error->message, ==, "adjustment “x”: 77 is not a document kind");
  g_clear_error (&error);
  g_assert_null (kommune_adjustment_new_transfer ("y", date, NULL, KOMMUNE_DOCUMENT_KIND_TERTIAL_1, "07", "04",
                                                  (KommuneBudgetType) -1, 2017, 1, NULL, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_assert_cmpstr (error->message, ==, "adjustment “y”: -1 is not a budget type");
}

static void
test_frozen (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) date = g_date_time_new_utc (2017, 6, 30, 0, 0, 0);
  g_autoptr(KommuneEconomicPlan) plan = kommune_economic_plan_new (2017, &error);
  g_autoptr(KommuneProgrammeArea) area = kommune_programme_area_new ("07", "Ledelse", &error);
  g_autoptr(KommuneAdjustment) adjustment =
    kommune_adjustment_new ("k", date, NULL, KOMMUNE_DOCUMENT_KIND_TERTIAL_1, "07",
                            KOMMUNE_BUDGET_TYPE_OPERATING, 2017, 150000000, NULL, &error);

  g_assert_true (kommune_economic_plan_add_area (plan, area, &error));
  g_assert_true (kommune_economic_plan_add_adjustment (plan, adjustment, &error));
  g_assert_no_error (error);
  g_assert_true (kommune_adjustment_is_frozen (adjustment));
  g_assert_false (kommune_adjustment_add_line (adjustment, "04", 1, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (kommune_distribution_add (kommune_adjustment_get_lines (adjustment), "04", NULL, 1, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_READ_ONLY);
  g_assert_cmpstr (error->message, ==, "the lines of adjustment “k” are in a plan's log and cannot change");
  g_assert_cmpint (kommune_adjustment_get_effect (adjustment, "04"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Kommune/Adjustment/new", test_new);
  g_test_add_func ("/Kommune/Adjustment/transfer", test_transfer);
  g_test_add_func ("/Kommune/Adjustment/invalid", test_invalid);
  g_test_add_func ("/Kommune/Adjustment/frozen-in-log", test_frozen_in_log);

  g_test_add_func ("/Kommune/Adjustment/bare", test_bare);
  g_test_add_func ("/Kommune/Adjustment/out-of-range-enums", test_out_of_range_enums);
  g_test_add_func ("/Kommune/Adjustment/frozen", test_frozen);
  return g_test_run ();
}
