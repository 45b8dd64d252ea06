/* test-measurement.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <libkommune.h>

static void
test_kinds (void)
{
  g_autoptr(GError) error = NULL;
  KommuneMeasurement *value = kommune_measurement_new_from_text ("2013", "61", &error);
  KommuneMeasurement *rate = kommune_measurement_new_rate ("2023", 96, 1000, &error);
  KommuneMeasurement *missing = kommune_measurement_new_missing ("2011", "..", NULL);
  g_autofree char *value_text = kommune_measurement_format (value);
  g_autofree char *missing_text = kommune_measurement_format (missing);

  g_assert_no_error (error);
  g_assert_cmpstr (kommune_measurement_get_period (value), ==, "2013");
  g_assert_cmpint (kommune_measurement_get_value (value), ==, 61000);
  g_assert_true (kommune_measurement_has_value (value));
  g_assert_false (kommune_measurement_is_rate (value));
  g_assert_null (kommune_measurement_get_missing_symbol (value));
  g_assert_cmpstr (value_text, ==, "61");

  g_assert_true (kommune_measurement_is_rate (rate));
  g_assert_cmpint (kommune_measurement_get_value (rate), ==, 9600);
  g_assert_cmpint (kommune_measurement_get_numerator (rate), ==, 96);
  g_assert_cmpint (kommune_measurement_get_denominator (rate), ==, 1000);

  g_assert_false (kommune_measurement_has_value (missing));
  g_assert_cmpstr (kommune_measurement_get_missing_symbol (missing), ==, "..");
  g_assert_cmpstr (missing_text, ==, "..");

  kommune_measurement_set_source (value, "Måltall fra IMDi");
  g_assert_cmpstr (kommune_measurement_get_source (value), ==, "Måltall fra IMDi");

  g_assert_finalize_object (value);
  g_assert_finalize_object (rate);
  g_assert_finalize_object (missing);
}

static void
test_sum_rates (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneMeasurement) a = kommune_measurement_new_rate ("2023", 1, 10, &error);
  g_autoptr(KommuneMeasurement) b = kommune_measurement_new_rate ("2023", 90, 100, &error);
  g_autoptr(KommuneMeasurement) gap = kommune_measurement_new_missing ("2023", NULL, NULL);
  g_autoptr(KommuneMeasurement) plain = kommune_measurement_new ("2023", 5000, NULL);
  g_autoptr(KommuneMeasurement) sum = NULL;
  KommuneMeasurement *parts[] = { a, b, gap };
  KommuneMeasurement *mixed[] = { a, plain };

  sum = kommune_measurement_sum_rates ("2023", parts, G_N_ELEMENTS (parts), &error);
  g_assert_no_error (error);
  g_assert_cmpint (kommune_measurement_get_numerator (sum), ==, 91);
  g_assert_cmpint (kommune_measurement_get_denominator (sum), ==, 110);
  /* 91/110 = 82,7272… %, not the 50 % of averaging 10 % and 90 %. */
  g_assert_cmpint (kommune_measurement_get_value (sum), ==, 82727);

  g_assert_null (kommune_measurement_sum_rates ("2023", mixed, G_N_ELEMENTS (mixed), &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_null (kommune_measurement_sum_rates ("2023", &gap, 1, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_MISSING_DATA);
}

static void
test_invalid (void)
{
  GError *error = NULL;

  g_assert_null (kommune_measurement_new_rate ("2023", 1, 0, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_null (kommune_measurement_new_rate ("2023", -1, 10, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_null (kommune_measurement_new_from_text ("2023", "61 %", &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_assert_nonnull (strstr (error->message, "measurement 2023"));
  g_clear_error (&error);
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              gpointer    user_data)
{
  (*(guint *) user_data)++;
}

static void
test_as_written (void)
{
  g_autoptr(GError) error = NULL;
  KommuneMeasurement *measurement = kommune_measurement_new_from_text ("2013", "3000", &error);
  g_autofree char *property = NULL;
  guint notified = 0;

  g_assert_no_error (error);
  g_assert_cmpstr (kommune_measurement_get_as_written (measurement), ==, "");
  g_signal_connect (measurement, "notify::as-written", G_CALLBACK (count_notify), &notified);

  kommune_measurement_set_as_written (measurement, "nesten 3 000");
  g_assert_cmpstr (kommune_measurement_get_as_written (measurement), ==, "nesten 3 000");
  g_assert_cmpuint (notified, ==, 1);
  kommune_measurement_set_as_written (measurement, "nesten 3 000");
  g_assert_cmpuint (notified, ==, 1);
  g_object_get (measurement, "as-written", &property, NULL);
  g_assert_cmpstr (property, ==, "nesten 3 000");
  /* The wording is for the reader; the value is what is evaluated. */
  g_assert_cmpint (kommune_measurement_get_value (measurement), ==, 3000000);

  kommune_measurement_set_as_written (measurement, NULL);
  g_assert_cmpstr (kommune_measurement_get_as_written (measurement), ==, "");
  g_assert_cmpuint (notified, ==, 2);

  g_assert_finalize_object (measurement);
}

static void
test_as_written_round_trip (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneMunicipality) municipality = kommune_municipality_new ("3005", "Drammen", &error);
  g_autoptr(KommuneDocument) document = kommune_document_new (municipality);
  g_autoptr(KommuneGoal) goal = kommune_goal_new ("1", "Reduksjon av levekårsforskjeller",
                                                  KOMMUNE_GOAL_LEVEL_COMMUNITY, &error);
  g_autoptr(KommuneIndicator) indicator =
    kommune_indicator_new ("Barn i lavinntektsfamilier", KOMMUNE_INDICATOR_UNIT_COUNT, KOMMUNE_DIRECTION_LOWER_IS_BETTER, NULL);
  g_autoptr(KommuneMeasurement) measurement = kommune_measurement_new_from_text ("2013", "3000", &error);
  g_autoptr(KommuneDocument) loaded = NULL;
  g_autofree char *data = NULL;
  g_autoptr(KommuneGoal) loaded_goal = NULL;
  g_autoptr(KommuneIndicator) loaded_indicator = NULL;
  KommuneMeasurement *loaded_measurement;

  g_assert_no_error (error);
  kommune_measurement_set_as_written (measurement, "nesten 3 000 barn per 1.1.2013");
  g_assert_true (kommune_indicator_add_measurement (indicator, measurement, &error));
  g_assert_true (kommune_goal_add_indicator (goal, indicator, NULL));
  g_assert_true (kommune_document_add_goal (document, goal, &error));

  data = kommune_document_to_data (document, NULL);
  g_assert_nonnull (strstr (data, "\"as_written\" : \"nesten 3 000 barn per 1.1.2013\""));
  loaded = kommune_document_load_from_data (data, -1, "as-written", &error);
  g_assert_no_error (error);

  loaded_goal = g_list_model_get_item (kommune_document_get_goals (loaded), 0);
  loaded_indicator = g_list_model_get_item (kommune_goal_get_indicators (loaded_goal), 0);
  loaded_measurement = kommune_indicator_find_measurement (loaded_indicator, "2013");
  g_assert_cmpstr (kommune_measurement_get_as_written (loaded_measurement), ==,
                   "nesten 3 000 barn per 1.1.2013");
  g_assert_cmpint (kommune_measurement_get_value (loaded_measurement), ==, 3000000);
  g_assert_true (kommune_document_equal (document, loaded));
}

static void
test_exact_rates (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneMeasurement) large = kommune_measurement_new_rate ("2023", G_GINT64_CONSTANT (10000000000000), 1, &error);
  g_autoptr(KommuneMeasurement) half = kommune_measurement_new_rate ("2023", G_GINT64_CONSTANT (1) << 62, G_MAXINT64, &error);
  g_autoptr(KommuneMeasurement) all = kommune_measurement_new_rate ("2023", G_MAXINT64, G_MAXINT64, &error);
  g_autoptr(KommuneMeasurement) third = kommune_measurement_new_rate ("2023", 1, 3, &error);
  g_autoptr(KommuneMeasurement) two_thirds = kommune_measurement_new_rate ("2023", 2, 3, &error);
  KommuneMeasurement *twice[2];

  g_assert_no_error (error);
  /* 10^13 / 1 is 10^15 %, exactly 10^18 thousandths. */
  g_assert_cmpint (kommune_measurement_get_value (large), ==, G_GINT64_CONSTANT (1000000000000000000));
  g_assert_cmpint (kommune_measurement_get_value (half), ==, 50000);
  g_assert_cmpint (kommune_measurement_get_value (all), ==, 100000);
  g_assert_cmpint (kommune_measurement_get_value (third), ==, 33333);
  g_assert_cmpint (kommune_measurement_get_value (two_thirds), ==, 66667);

  /* Beyond 64-bit thousandths the rate is an error, not a wrapped number
   * (a negative percentage, once). */
  g_assert_null (kommune_measurement_new_rate ("2023", G_GINT64_CONSTANT (100000000000000), 1, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_OVERFLOW);
  g_assert_cmpstr (error->message, ==, "measurement 2023: the rate 100000000000000/1 is too large a "
                                       "percentage for 64-bit thousandths");
  g_clear_error (&error);
  g_assert_null (kommune_measurement_new_rate ("2023", G_MAXINT64, 3, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_OVERFLOW);
  g_clear_error (&error);

  twice[0] = twice[1] = all;
  g_assert_null (kommune_measurement_sum_rates ("2023", twice, 2, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_OVERFLOW);
  g_assert_cmpstr (error->message, ==, "the combined rate does not fit in 64 bits");
}

static void
test_checked_arguments (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneMeasurement) rate = kommune_measurement_new_rate ("2023", 1, 10, &error);
  g_autoptr(KommuneMeasurement) bare = g_object_new (KOMMUNE_TYPE_MEASUREMENT, NULL);
  KommuneMeasurement *with_null[] = { rate, NULL };
  KommuneMeasurement *with_bare[] = { rate, bare };

  g_assert_null (kommune_measurement_new ("", 5, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_CODE);
  g_assert_cmpstr (error->message, ==, "the period of a measurement is empty");
  g_clear_error (&error);
  g_assert_null (kommune_measurement_new (NULL, 5, &error));
  g_assert_cmpstr (error->message, ==, "the period of a measurement is missing");
  g_clear_error (&error);
  g_assert_null (kommune_measurement_new_missing (" 2023", "..", &error));
  g_assert_cmpstr (error->message, ==, "the period of a measurement “ 2023” begins or ends with white space");
  g_clear_error (&error);
  g_assert_null (kommune_measurement_new_from_text ("2023", NULL, &error));
  g_assert_cmpstr (error->message, ==, "measurement 2023: the value is missing");
  g_clear_error (&error);
  g_assert_null (kommune_measurement_new_rate ("", 1, 2, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_CODE);
  g_clear_error (&error);

  g_assert_null (kommune_measurement_sum_rates ("2023", with_null, 2, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_assert_cmpstr (error->message, ==, "rate 2 is not a measurement");
  g_clear_error (&error);
  g_assert_null (kommune_measurement_sum_rates ("2023", with_bare, 2, &error));
  g_assert_cmpstr (error->message, ==, "the period of a measurement is missing");
  g_clear_error (&error);

  /* A bare measurement is harmless to read. */
  g_assert_null (kommune_measurement_get_period (bare));
  g_assert_true (kommune_measurement_has_value (bare));
  g_assert_cmpint (kommune_measurement_get_value (bare), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Kommune/Measurement/kinds", test_kinds);
  g_test_add_func ("/Kommune/Measurement/sum-rates", test_sum_rates);
  g_test_add_func ("/Kommune/Measurement/invalid", test_invalid);
  g_test_add_func ("/Kommune/Measurement/as-written", test_as_written);
  g_test_add_func ("/Kommune/Measurement/as-written-round-trip", test_as_written_round_trip);

  g_test_add_func ("/Kommune/Measurement/exact-rates", test_exact_rates);
  g_test_add_func ("/Kommune/Measurement/checked-arguments", test_checked_arguments);
  return g_test_run ();
}
