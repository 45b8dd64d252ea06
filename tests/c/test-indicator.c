/* test-indicator.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <math.h>

#include <libkommune.h>

/* Drammen's introduction-programme indicator: desired > 55 %, acceptable
 * 50–54 %, not approved < 50 % — with its gap between 54 and 55. */
static KommuneIndicator *
introduction_indicator (void)
{
  g_autoptr(GError) error = NULL;
  KommuneIndicator *indicator =
    kommune_indicator_new ("I arbeid eller utdanning etter introduksjonsprogram", KOMMUNE_INDICATOR_UNIT_PERCENT, KOMMUNE_DIRECTION_HIGHER_IS_BETTER, NULL);

  kommune_indicator_set_band (indicator, KOMMUNE_STATUS_DESIRED, "55", FALSE, NULL, FALSE, &error);
  kommune_indicator_set_band (indicator, KOMMUNE_STATUS_ACCEPTABLE, "50", TRUE, "54", TRUE, &error);
  kommune_indicator_set_band (indicator, KOMMUNE_STATUS_NOT_APPROVED, NULL, FALSE, "50", FALSE, &error);
  g_assert_no_error (error);
  return indicator;
}

static void
test_evaluate (void)
{
  g_autoptr(GError) error = NULL;
  KommuneIndicator *indicator = introduction_indicator ();

  g_assert_cmpstr (kommune_indicator_get_name (indicator), ==, "I arbeid eller utdanning etter introduksjonsprogram");
  g_assert_cmpint (kommune_indicator_get_unit (indicator), ==, KOMMUNE_INDICATOR_UNIT_PERCENT);
  g_assert_cmpint (kommune_indicator_get_direction (indicator), ==, KOMMUNE_DIRECTION_HIGHER_IS_BETTER);
  g_assert_true (kommune_indicator_has_band (indicator, KOMMUNE_STATUS_ACCEPTABLE));
  g_assert_false (kommune_indicator_has_band (indicator, KOMMUNE_STATUS_NOT_MEASURED));
  g_assert_cmpstr (kommune_indicator_get_method (indicator), ==, "");
  kommune_indicator_set_method (indicator, "Måltall fra IMDi");
  g_assert_cmpstr (kommune_indicator_get_method (indicator), ==, "Måltall fra IMDi");
  g_assert_cmpint (kommune_indicator_evaluate_thousandths (indicator, 55000), ==, KOMMUNE_STATUS_OUTSIDE_BANDS);
  g_assert_cmpint (kommune_indicator_evaluate_thousandths (indicator, 55001), ==, KOMMUNE_STATUS_DESIRED);
  g_assert_cmpuint (g_list_model_get_n_items (kommune_indicator_get_measurements (indicator)), ==, 0);
  g_assert_cmpint (kommune_indicator_evaluate (indicator, 61, NULL), ==, KOMMUNE_STATUS_DESIRED);
  g_assert_cmpint (kommune_indicator_evaluate (indicator, 55, NULL), ==, KOMMUNE_STATUS_OUTSIDE_BANDS);
  g_assert_cmpint (kommune_indicator_evaluate (indicator, 54.5, NULL), ==, KOMMUNE_STATUS_OUTSIDE_BANDS);
  g_assert_cmpint (kommune_indicator_evaluate (indicator, 54, NULL), ==, KOMMUNE_STATUS_ACCEPTABLE);
  g_assert_cmpint (kommune_indicator_evaluate (indicator, 50, NULL), ==, KOMMUNE_STATUS_ACCEPTABLE);
  g_assert_cmpint (kommune_indicator_evaluate (indicator, 49.9, NULL), ==, KOMMUNE_STATUS_NOT_APPROVED);
  g_assert_cmpint (kommune_indicator_evaluate (indicator, 55.0004, NULL), ==, KOMMUNE_STATUS_OUTSIDE_BANDS);
  g_assert_cmpint (kommune_indicator_evaluate_text (indicator, "55,001", &error), ==, KOMMUNE_STATUS_DESIRED);
  g_assert_cmpint (kommune_indicator_evaluate_text (indicator, "54,999", &error), ==, KOMMUNE_STATUS_OUTSIDE_BANDS);
  g_assert_no_error (error);
  g_assert_cmpint (kommune_indicator_evaluate_missing (indicator), ==, KOMMUNE_STATUS_NOT_MEASURED);
  g_assert_cmpint (kommune_indicator_evaluate_measurement (indicator, NULL), ==, KOMMUNE_STATUS_NOT_MEASURED);

  kommune_indicator_evaluate_text (indicator, "55 %", &error);
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);

  g_assert_finalize_object (indicator);
}

static void
assert_findings (KommuneIndicator   *indicator,
                 const char * const *expected)
{
  g_auto(GStrv) findings = kommune_indicator_check_bands (indicator);

  g_assert_cmpuint (g_strv_length (findings), ==, g_strv_length ((GStrv) expected));
  for (guint i = 0; expected[i] != NULL; i++)
    g_assert_cmpstr (findings[i], ==, expected[i]);
}

static void
test_check_bands (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneIndicator) introduction = introduction_indicator ();
  g_autoptr(KommuneIndicator) recipients = NULL;
  g_autoptr(KommuneIndicator) long_term = NULL;
  g_autoptr(KommuneIndicator) empty = NULL;
  const char * const introduction_gap[] = { "gap: values > 54 and ≤ 55 are in no band", NULL };
  const char * const none[] = { NULL };
  const char * const overlap[] = { "overlap: the value 450 is in more than one band", NULL };
  const char * const all[] = { "no bands: every value is outside bands", NULL };
  const char * const partial[] = { "gap: values < 100 are in no band", "gap: values > 200 are in no band", NULL };

  assert_findings (introduction, introduction_gap);

  /* Bands that meet exactly (< 3,5; ≥ 3,5 and < 5; ≥ 5) cover every value once. */
  recipients = kommune_indicator_new ("Sosialhjelpsmottakere", KOMMUNE_INDICATOR_UNIT_PERCENT, KOMMUNE_DIRECTION_LOWER_IS_BETTER, NULL);
  kommune_indicator_set_band (recipients, KOMMUNE_STATUS_DESIRED, NULL, FALSE, "3,5", FALSE, &error);
  kommune_indicator_set_band (recipients, KOMMUNE_STATUS_ACCEPTABLE, "3,5", TRUE, "5", FALSE, &error);
  kommune_indicator_set_band (recipients, KOMMUNE_STATUS_NOT_APPROVED, "5", TRUE, NULL, FALSE, &error);
  g_assert_no_error (error);
  assert_findings (recipients, none);
  g_assert_cmpint (kommune_indicator_evaluate (recipients, 3.2, NULL), ==, KOMMUNE_STATUS_DESIRED);
  g_assert_cmpint (kommune_indicator_evaluate (recipients, 3.5, NULL), ==, KOMMUNE_STATUS_ACCEPTABLE);
  g_assert_cmpint (kommune_indicator_evaluate (recipients, 5, NULL), ==, KOMMUNE_STATUS_NOT_APPROVED);

  /* 400–450 and “450 or more” share 450: the worse band wins. */
  long_term = kommune_indicator_new ("Langtidsmottakere", KOMMUNE_INDICATOR_UNIT_COUNT, KOMMUNE_DIRECTION_LOWER_IS_BETTER, NULL);
  kommune_indicator_set_band (long_term, KOMMUNE_STATUS_DESIRED, NULL, FALSE, "400", FALSE, &error);
  kommune_indicator_set_band (long_term, KOMMUNE_STATUS_ACCEPTABLE, "400", TRUE, "450", TRUE, &error);
  kommune_indicator_set_band (long_term, KOMMUNE_STATUS_NOT_APPROVED, "450", TRUE, NULL, FALSE, &error);
  assert_findings (long_term, overlap);
  g_assert_cmpint (kommune_indicator_evaluate (long_term, 450, NULL), ==, KOMMUNE_STATUS_NOT_APPROVED);
  g_assert_cmpint (kommune_indicator_evaluate (long_term, 449, NULL), ==, KOMMUNE_STATUS_ACCEPTABLE);

  empty = kommune_indicator_new ("Uten grenser", KOMMUNE_INDICATOR_UNIT_COUNT, KOMMUNE_DIRECTION_TARGET_RANGE, NULL);
  assert_findings (empty, all);
  g_assert_cmpint (kommune_indicator_evaluate (empty, 1, NULL), ==, KOMMUNE_STATUS_OUTSIDE_BANDS);
  kommune_indicator_set_band (empty, KOMMUNE_STATUS_DESIRED, "100", TRUE, "200", TRUE, &error);
  assert_findings (empty, partial);
}

static void
test_set_band (void)
{
  g_autoptr(KommuneIndicator) indicator = introduction_indicator ();
  g_autofree char *lower = NULL;
  g_autofree char *upper = NULL;
  g_autofree char *text = NULL;
  gboolean lower_inclusive = FALSE, upper_inclusive = FALSE;
  GError *error = NULL;

  g_assert_true (kommune_indicator_dup_band (indicator, KOMMUNE_STATUS_ACCEPTABLE,
                                             &lower, &lower_inclusive, &upper, &upper_inclusive));
  g_assert_cmpstr (lower, ==, "50");
  g_assert_cmpstr (upper, ==, "54");
  g_assert_true (lower_inclusive && upper_inclusive);
  text = kommune_indicator_describe_band (indicator, KOMMUNE_STATUS_DESIRED);
  g_assert_cmpstr (text, ==, "> 55");
  g_assert_false (kommune_indicator_dup_band (indicator, KOMMUNE_STATUS_OUTSIDE_BANDS, NULL, NULL, NULL, NULL));

  /* Refusals change nothing. */
  g_assert_false (kommune_indicator_set_band (indicator, KOMMUNE_STATUS_DESIRED, "60", TRUE, "50", TRUE, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (kommune_indicator_set_band (indicator, KOMMUNE_STATUS_DESIRED, "50", FALSE, "50", TRUE, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (kommune_indicator_set_band (indicator, KOMMUNE_STATUS_NOT_MEASURED, NULL, FALSE, NULL, FALSE, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (kommune_indicator_set_band (indicator, KOMMUNE_STATUS_DESIRED, "55 %", FALSE, NULL, FALSE, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_assert_nonnull (strstr (error->message, "lower bound"));
  g_clear_error (&error);
  g_assert_false (kommune_indicator_set_band (indicator, KOMMUNE_STATUS_DESIRED, "2000000000000", FALSE, NULL, FALSE, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_cmpint (kommune_indicator_evaluate (indicator, 61, NULL), ==, KOMMUNE_STATUS_DESIRED);
}

static void
test_series_and_trends (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneIndicator) recipients =
    kommune_indicator_new ("Sosialhjelpsmottakere", KOMMUNE_INDICATOR_UNIT_PERCENT, KOMMUNE_DIRECTION_LOWER_IS_BETTER, NULL);
  g_autoptr(KommuneIndicator) exams =
    kommune_indicator_new ("Eksamen", KOMMUNE_INDICATOR_UNIT_SCORE, KOMMUNE_DIRECTION_HIGHER_IS_BETTER, NULL);
  g_autoptr(KommuneIndicator) range =
    kommune_indicator_new ("Belegg", KOMMUNE_INDICATOR_UNIT_PERCENT, KOMMUNE_DIRECTION_TARGET_RANGE, NULL);
  g_autoptr(KommuneMeasurement) own = kommune_measurement_new_from_text ("2013", "3,2", &error);
  g_autoptr(KommuneMeasurement) national = kommune_measurement_new_from_text ("2013", "2,5", &error);
  g_autoptr(KommuneMeasurement) y2010 = kommune_measurement_new_from_text ("2010", "3,4", &error);
  g_autoptr(KommuneMeasurement) strike = kommune_measurement_new_missing ("2011", NULL, NULL);
  g_autoptr(KommuneMeasurement) y2012 = kommune_measurement_new_from_text ("2012", "3,6", &error);
  g_autoptr(KommuneMeasurement) again = kommune_measurement_new_from_text ("2013", "9", &error);
  g_autoptr(KommuneMeasurement) r80 = kommune_measurement_new ("a", 80000, NULL);
  g_autoptr(KommuneMeasurement) r90 = kommune_measurement_new ("b", 90000, NULL);
  g_autoptr(KommuneMeasurement) r99 = kommune_measurement_new ("c", 99000, NULL);

  g_assert_true (kommune_indicator_add_measurement (recipients, own, &error));
  g_assert_false (kommune_indicator_add_measurement (recipients, again, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_DUPLICATE);
  g_clear_error (&error);
  kommune_indicator_set_reference_name (recipients, "Landet");
  g_assert_true (kommune_indicator_add_reference (recipients, national, &error));
  g_assert_cmpstr (kommune_indicator_get_reference_name (recipients), ==, "Landet");
  g_assert_true (kommune_indicator_find_measurement (recipients, "2013") == own);
  g_assert_true (kommune_indicator_get_latest_measurement (recipients) == own);
  g_assert_cmpuint (g_list_model_get_n_items (kommune_indicator_get_references (recipients)), ==, 1);

  /* Lower is better: 3,2 % against the national 2,5 % is worse. */
  g_assert_cmpint (kommune_indicator_compare_with_reference (recipients, own, national), ==, KOMMUNE_TREND_WORSE);
  g_assert_cmpint (kommune_indicator_trend (recipients, y2012, own), ==, KOMMUNE_TREND_IMPROVED);

  /* A strike year is a gap, not a zero. */
  kommune_indicator_add_measurement (exams, y2010, &error);
  kommune_indicator_add_measurement (exams, strike, &error);
  kommune_indicator_add_measurement (exams, y2012, &error);
  g_assert_no_error (error);
  g_assert_cmpint (kommune_indicator_trend (exams, y2010, strike), ==, KOMMUNE_TREND_NOT_ASSESSABLE);
  g_assert_cmpint (kommune_indicator_trend (exams, y2010, y2012), ==, KOMMUNE_TREND_IMPROVED);
  g_assert_cmpint (kommune_indicator_trend (exams, y2012, y2012), ==, KOMMUNE_TREND_UNCHANGED);
  g_assert_cmpint (kommune_indicator_evaluate_measurement (exams, strike), ==, KOMMUNE_STATUS_NOT_MEASURED);

  /* Target range: closer to the desired band is better. */
  g_assert_cmpint (kommune_indicator_trend (range, r80, r90), ==, KOMMUNE_TREND_NOT_ASSESSABLE);
  kommune_indicator_set_band (range, KOMMUNE_STATUS_DESIRED, "85", TRUE, "95", TRUE, &error);
  g_assert_cmpint (kommune_indicator_trend (range, r80, r90), ==, KOMMUNE_TREND_IMPROVED);
  g_assert_cmpint (kommune_indicator_trend (range, r90, r99), ==, KOMMUNE_TREND_WORSE);
}

static KommuneIndicator *
banded (void)
{
  g_autoptr(GError) error = NULL;
  KommuneIndicator *indicator = kommune_indicator_new ("Andel", KOMMUNE_INDICATOR_UNIT_PERCENT,
                                                       KOMMUNE_DIRECTION_HIGHER_IS_BETTER, &error);

  g_assert_true (kommune_indicator_set_band (indicator, KOMMUNE_STATUS_DESIRED, "55", FALSE, NULL, FALSE, &error));
  g_assert_true (kommune_indicator_set_band (indicator, KOMMUNE_STATUS_NOT_APPROVED, NULL, FALSE, "50", FALSE, &error));
  g_assert_no_error (error);
  return indicator;
}

static void
test_non_finite (void)
{
  g_autoptr(KommuneIndicator) indicator = banded ();
  g_autoptr(GError) error = NULL;

  /* NaN is missing, as pandas writes it: not measured, never 0. */
  g_assert_cmpint (kommune_indicator_evaluate (indicator, NAN, &error), ==, KOMMUNE_STATUS_NOT_MEASURED);
  g_assert_no_error (error);
  g_assert_cmpint (kommune_indicator_evaluate (indicator, 0.0, &error), ==, KOMMUNE_STATUS_NOT_APPROVED);

  g_assert_cmpint (kommune_indicator_evaluate (indicator, INFINITY, &error), ==, KOMMUNE_STATUS_NOT_MEASURED);
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_assert_cmpstr (error->message, ==, "indicator “Andel”: inf is not a value");
  g_clear_error (&error);
  kommune_indicator_evaluate (indicator, -INFINITY, &error);
  g_assert_cmpstr (error->message, ==, "indicator “Andel”: -inf is not a value");
  g_clear_error (&error);

  /* ±10^12 is the exact range; beyond it a double has no thousandths. */
  g_assert_cmpint (kommune_indicator_evaluate (indicator, 1e12, &error), ==, KOMMUNE_STATUS_DESIRED);
  g_assert_cmpint (kommune_indicator_evaluate (indicator, -1e12, &error), ==, KOMMUNE_STATUS_NOT_APPROVED);
  g_assert_no_error (error);
  kommune_indicator_evaluate (indicator, 1.5e12, &error);
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_assert_cmpstr (error->message, ==, "indicator “Andel”: 1.5e+12 is beyond ±10^12; give it as text");
  g_clear_error (&error);
  kommune_indicator_evaluate (indicator, -1e300, &error);
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
}

static void
test_new_errors (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_null (kommune_indicator_new ("", KOMMUNE_INDICATOR_UNIT_COUNT, KOMMUNE_DIRECTION_HIGHER_IS_BETTER, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_assert_cmpstr (error->message, ==, "the indicator's name is empty");
  g_clear_error (&error);
  g_assert_null (kommune_indicator_new ("A", (KommuneIndicatorUnit) 5, KOMMUNE_DIRECTION_HIGHER_IS_BETTER, &error));
  g_assert_cmpstr (error->message, ==, "indicator “A”: 5 is not a unit");
  g_clear_error (&error);
  g_assert_null (kommune_indicator_new ("A", KOMMUNE_INDICATOR_UNIT_COUNT, (KommuneDirection) -1, &error));
  g_assert_cmpstr (error->message, ==, "indicator “A”: -1 is not a direction");
}

static void
test_bare_and_views (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneIndicator) bare = g_object_new (KOMMUNE_TYPE_INDICATOR, NULL);
  g_autoptr(KommuneIndicator) indicator = banded ();
  g_autoptr(KommuneMeasurement) bare_measurement = g_object_new (KOMMUNE_TYPE_MEASUREMENT, NULL);
  g_autoptr(KommuneMeasurement) m2013 = kommune_measurement_new ("2013", 61000, &error);
  g_autoptr(KommuneMeasurement) again = kommune_measurement_new ("2013", 40000, &error);

  /* A bare indicator evaluates (it has no bands) but takes no measurements. */
  g_assert_cmpint (kommune_indicator_evaluate_thousandths (bare, 5), ==, KOMMUNE_STATUS_OUTSIDE_BANDS);
  g_assert_false (kommune_indicator_add_measurement (bare, m2013, &error));
  g_assert_cmpstr (error->message, ==, "the indicator's name is missing");
  g_clear_error (&error);

  g_assert_false (kommune_indicator_add_measurement (indicator, bare_measurement, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_assert_cmpstr (error->message, ==, "the period of a measurement is missing");
  g_clear_error (&error);
  g_assert_false (kommune_indicator_add_reference (indicator, NULL, &error));
  g_assert_cmpstr (error->message, ==, "the reference measurement is not a measurement");
  g_clear_error (&error);

  g_assert_true (kommune_indicator_add_measurement (indicator, m2013, &error));
  g_assert_false (kommune_indicator_add_measurement (indicator, again, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_DUPLICATE);
  g_assert_cmpstr (error->message, ==, "the measurement for “2013” already exists in indicator “Andel”");
  g_clear_error (&error);
  g_assert_true (kommune_indicator_add_reference (indicator, again, &error));

  g_assert_false (G_IS_LIST_STORE (kommune_indicator_get_measurements (indicator)));
  g_assert_false (G_IS_LIST_STORE (kommune_indicator_get_references (indicator)));
  g_assert_null (kommune_indicator_find_measurement (indicator, NULL));
  g_assert_true (kommune_indicator_get_latest_measurement (indicator) == m2013);
}

static void
test_many_measurements (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneIndicator) indicator = banded ();

  for (guint i = 0; i < 50000; i++)
    {
      g_autofree char *period = g_strdup_printf ("p%u", i);
      g_autoptr(KommuneMeasurement) measurement = kommune_measurement_new (period, i, &error);

      g_assert_true (kommune_indicator_add_measurement (indicator, measurement, &error));
    }
  g_assert_cmpuint (g_list_model_get_n_items (kommune_indicator_get_measurements (indicator)), ==, 50000);
  g_assert_cmpint (kommune_measurement_get_value (kommune_indicator_find_measurement (indicator, "p4711")), ==, 4711);
  /* The latest is the last one added. */
  g_assert_cmpstr (kommune_measurement_get_period (kommune_indicator_get_latest_measurement (indicator)), ==, "p49999");
}

static void
test_extreme_trends (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneIndicator) lower = kommune_indicator_new ("Fravær", KOMMUNE_INDICATOR_UNIT_PERCENT,
                                                             KOMMUNE_DIRECTION_LOWER_IS_BETTER, &error);
  g_autoptr(KommuneIndicator) range = kommune_indicator_new ("Mål", KOMMUNE_INDICATOR_UNIT_RATIO,
                                                             KOMMUNE_DIRECTION_TARGET_RANGE, &error);
  g_autoptr(KommuneMeasurement) lowest = kommune_measurement_new ("2022", G_MININT64, &error);
  g_autoptr(KommuneMeasurement) highest = kommune_measurement_new ("2023", G_MAXINT64, &error);

  g_assert_true (kommune_indicator_set_band (range, KOMMUNE_STATUS_DESIRED, "-1", TRUE, "1", TRUE, &error));
  g_assert_no_error (error);
  /* No negation or difference overflows at the ends of 64 bits. */
  g_assert_cmpint (kommune_indicator_trend (lower, lowest, highest), ==, KOMMUNE_TREND_WORSE);
  g_assert_cmpint (kommune_indicator_trend (lower, highest, lowest), ==, KOMMUNE_TREND_IMPROVED);
  g_assert_cmpint (kommune_indicator_trend (range, lowest, highest), ==, KOMMUNE_TREND_IMPROVED);
  g_assert_cmpint (kommune_indicator_trend (range, highest, lowest), ==, KOMMUNE_TREND_WORSE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Kommune/Indicator/evaluate", test_evaluate);
  g_test_add_func ("/Kommune/Indicator/check-bands", test_check_bands);
  g_test_add_func ("/Kommune/Indicator/set-band", test_set_band);
  g_test_add_func ("/Kommune/Indicator/series-and-trends", test_series_and_trends);

  g_test_add_func ("/Kommune/Indicator/non-finite", test_non_finite);
  g_test_add_func ("/Kommune/Indicator/new-errors", test_new_errors);
  g_test_add_func ("/Kommune/Indicator/bare-and-views", test_bare_and_views);
  g_test_add_func ("/Kommune/Indicator/many-measurements", test_many_measurements);
  g_test_add_func ("/Kommune/Indicator/extreme-trends", test_extreme_trends);
  return g_test_run ();
}
