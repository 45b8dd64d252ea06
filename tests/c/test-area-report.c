/* test-area-report.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <libkommune.h>

#include "model/kommune-area-report-private.h"

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          guint      *count)
{
  (*count)++;
}

static void
test_optional_figures (void)
{
  KommuneAreaReport *report = kommune_area_report_new ("07", NULL);
  guint notified = 0;

  g_signal_connect (report, "notify", G_CALLBACK (count_cb), &notified);
  g_assert_cmpstr (kommune_area_report_get_area_code (report), ==, "07");
  g_assert_false (kommune_area_report_has_accounted (report));
  g_assert_false (kommune_area_report_has_forecast (report));
  g_assert_false (kommune_area_report_has_reported_deviation (report));
  g_assert_cmpstr (kommune_area_report_get_narrative (report), ==, "");

  /* Setting 0 is a value, not absence. */
  kommune_area_report_set_forecast (report, 0, NULL);
  g_assert_true (kommune_area_report_has_forecast (report));
  kommune_area_report_set_accounted (report, 6500000000, NULL);
  kommune_area_report_set_reported_deviation (report, 100000000, NULL);
  kommune_area_report_set_narrative (report, "Merforbruk på 1 millioner kroner.", NULL);
  g_assert_cmpint (kommune_area_report_get_accounted (report), ==, 6500000000);
  g_assert_cmpint (kommune_area_report_get_reported_deviation (report), ==, 100000000);
  g_assert_cmpstr (kommune_area_report_get_narrative (report), ==, "Merforbruk på 1 millioner kroner.");
  g_assert_cmpuint (notified, ==, 4);

  /* The same values again notify nothing. */
  kommune_area_report_set_accounted (report, 6500000000, NULL);
  kommune_area_report_set_narrative (report, "Merforbruk på 1 millioner kroner.", NULL);
  g_assert_cmpuint (notified, ==, 4);

  g_object_set (report, "forecast", (gint64) 42, NULL);
  g_assert_cmpint (kommune_area_report_get_forecast (report), ==, 42);
  g_assert_cmpuint (notified, ==, 5);

  g_assert_finalize_object (report);
}

static void
test_new_errors_and_bare (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneAreaReport) bare = g_object_new (KOMMUNE_TYPE_AREA_REPORT, NULL);

  g_assert_null (kommune_area_report_new ("", &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_CODE);
  g_assert_cmpstr (error->message, ==, "the area report's area code is empty");
  g_clear_error (&error);
  g_assert_false (_kommune_area_report_check (bare, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_assert_cmpstr (error->message, ==, "the area report's area code is missing");
}

static void
test_frozen (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneAreaReport) report = kommune_area_report_new ("07", &error);

  g_assert_true (kommune_area_report_set_forecast (report, 10, &error));
  _kommune_area_report_freeze (report);
  g_assert_false (kommune_area_report_set_forecast (report, 11, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_READ_ONLY);
  g_assert_cmpstr (error->message, ==,
                   "the report on area “07” belongs to an adopted tertial report and cannot change");
  g_clear_error (&error);
  g_assert_false (kommune_area_report_set_accounted (report, 1, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (kommune_area_report_set_reported_deviation (report, 1, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (kommune_area_report_set_narrative (report, "nytt", &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_READ_ONLY);
  g_clear_error (&error);
  /* The property API changes nothing either, and says so. */
  g_test_expect_message ("Kommune", G_LOG_LEVEL_WARNING,
                         "KommuneAreaReport:forecast not set: the report on area “*” belongs to an adopted "
                         "tertial report and cannot change");
  g_object_set (report, "forecast", (gint64) 12, NULL);
  g_test_assert_expected_messages ();
  g_assert_cmpint (kommune_area_report_get_forecast (report), ==, 10);
  g_assert_false (kommune_area_report_has_accounted (report));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Kommune/AreaReport/optional-figures", test_optional_figures);

  g_test_add_func ("/Kommune/AreaReport/new-errors-and-bare", test_new_errors_and_bare);
  g_test_add_func ("/Kommune/AreaReport/frozen", test_frozen);
  return g_test_run ();
}
