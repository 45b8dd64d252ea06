/* test-area-report.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <libkommune.h>

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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Kommune/AreaReport/optional-figures", test_optional_figures);

  return g_test_run ();
}
