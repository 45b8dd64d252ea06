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
  KommuneMeasurement *missing = kommune_measurement_new_missing ("2011", "..");
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
  g_autoptr(KommuneMeasurement) gap = kommune_measurement_new_missing ("2023", NULL);
  g_autoptr(KommuneMeasurement) plain = kommune_measurement_new ("2023", 5000);
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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Kommune/Measurement/kinds", test_kinds);
  g_test_add_func ("/Kommune/Measurement/sum-rates", test_sum_rates);
  g_test_add_func ("/Kommune/Measurement/invalid", test_invalid);

  return g_test_run ();
}
