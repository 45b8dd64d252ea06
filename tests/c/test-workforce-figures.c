/* test-workforce-figures.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <libkommune.h>

static void
test_drammen_change (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneWorkforceFigures) y2022 = kommune_workforce_figures_new (NULL, "2022", NULL);
  g_autoptr(KommuneWorkforceFigures) y2023 = kommune_workforce_figures_new (NULL, "2023", NULL);
  g_autofree char *employees = NULL;
  g_autofree char *ftes = NULL;

  g_assert_true (kommune_workforce_figures_set_text (y2022, KOMMUNE_WORKFORCE_FIGURE_EMPLOYEES, "6159", &error));
  kommune_workforce_figures_set_text (y2022, KOMMUNE_WORKFORCE_FIGURE_FTES, "5427", &error);
  kommune_workforce_figures_set_text (y2023, KOMMUNE_WORKFORCE_FIGURE_EMPLOYEES, "6268", &error);
  kommune_workforce_figures_set_text (y2023, KOMMUNE_WORKFORCE_FIGURE_FTES, "5529", &error);
  g_assert_no_error (error);

  employees = kommune_workforce_figures_change (y2022, y2023, KOMMUNE_WORKFORCE_FIGURE_EMPLOYEES, 1, &error);
  ftes = kommune_workforce_figures_change (y2022, y2023, KOMMUNE_WORKFORCE_FIGURE_FTES, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (employees, ==, "1,8");
  g_assert_cmpstr (ftes, ==, "1,9");

  g_assert_null (kommune_workforce_figures_change (y2022, y2023, KOMMUNE_WORKFORCE_FIGURE_TURNOVER, 1, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_MISSING_DATA);
  g_clear_error (&error);
  g_assert_false (kommune_workforce_figures_set_text (y2023, KOMMUNE_WORKFORCE_FIGURE_FTES, "5.52", &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_assert_cmpint (kommune_workforce_figures_get (y2023, KOMMUNE_WORKFORCE_FIGURE_FTES, NULL), ==, 5529000);
}

static void
test_rates (void)
{
  g_autoptr(KommuneWorkforceFigures) staff = kommune_workforce_figures_new ("stab", "2017", NULL);
  g_autoptr(KommuneWorkforceFigures) health = kommune_workforce_figures_new ("helse", "2017", NULL);
  g_autoptr(KommuneWorkforceFigures) reported = kommune_workforce_figures_new (NULL, "2023", NULL);
  g_autoptr(KommuneWorkforceFigures) sum = NULL;
  g_autoptr(KommuneMeasurement) leave = NULL;
  g_autoptr(KommuneMeasurement) combined = NULL;
  g_autoptr(KommuneMeasurement) reported_leave = NULL;
  g_autoptr(KommuneMeasurement) nothing = NULL;
  KommuneWorkforceFigures *parts[2];

  kommune_workforce_figures_set (staff, KOMMUNE_WORKFORCE_FIGURE_ABSENCE_DAYS, 1000, NULL);
  kommune_workforce_figures_set (staff, KOMMUNE_WORKFORCE_FIGURE_AGREED_DAYS, 10000, NULL);
  kommune_workforce_figures_set (staff, KOMMUNE_WORKFORCE_FIGURE_FULL_TIME_SHARE, 80000, NULL);
  kommune_workforce_figures_set (staff, KOMMUNE_WORKFORCE_FIGURE_EMPLOYEES, 32000, NULL);
  kommune_workforce_figures_set (health, KOMMUNE_WORKFORCE_FIGURE_ABSENCE_DAYS, 90000, NULL);
  kommune_workforce_figures_set (health, KOMMUNE_WORKFORCE_FIGURE_AGREED_DAYS, 100000, NULL);
  kommune_workforce_figures_set (health, KOMMUNE_WORKFORCE_FIGURE_FULL_TIME_SHARE, 50000, NULL);

  leave = kommune_workforce_figures_dup_sick_leave (staff, NULL);
  g_assert_true (kommune_measurement_is_rate (leave));
  g_assert_cmpint (kommune_measurement_get_value (leave), ==, 10000);

  /* 1/10 and 90/100 give 91/110, not the average of 10 % and 90 %. */
  parts[0] = staff;
  parts[1] = health;
  sum = kommune_workforce_figures_sum (NULL, "2017", parts, 2, NULL);
  combined = kommune_workforce_figures_dup_sick_leave (sum, NULL);
  g_assert_cmpint (kommune_measurement_get_numerator (combined), ==, 91000);
  g_assert_cmpint (kommune_measurement_get_denominator (combined), ==, 110000);
  g_assert_false (kommune_workforce_figures_has (sum, KOMMUNE_WORKFORCE_FIGURE_FULL_TIME_SHARE));
  g_assert_false (kommune_workforce_figures_has (sum, KOMMUNE_WORKFORCE_FIGURE_EMPLOYEES));   /* one part lacks it */
  g_assert_cmpstr (kommune_workforce_figures_get_unit (sum), ==, "");
  g_assert_cmpstr (kommune_workforce_figures_get_period (sum), ==, "2017");

  kommune_workforce_figures_set (reported, KOMMUNE_WORKFORCE_FIGURE_SICK_LEAVE, 9600, NULL);
  reported_leave = kommune_workforce_figures_dup_sick_leave (reported, NULL);
  g_assert_false (kommune_measurement_is_rate (reported_leave));
  g_assert_cmpint (kommune_measurement_get_value (reported_leave), ==, 9600);
  nothing = kommune_workforce_figures_dup_turnover (reported, NULL);
  g_assert_false (kommune_measurement_has_value (nothing));
  g_assert_cmpstr (kommune_workforce_figure_to_string (KOMMUNE_WORKFORCE_FIGURE_AML_BREACHES), ==, "aml-breaches");
}

static void
test_backs_an_indicator (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneWorkforceFigures) staff = kommune_workforce_figures_new ("stab", "2018", NULL);
  g_autoptr(KommuneIndicator) sick_leave =
    kommune_indicator_new ("Sykefravær i Stab og støtte", KOMMUNE_INDICATOR_UNIT_PERCENT, KOMMUNE_DIRECTION_LOWER_IS_BETTER, NULL);
  g_autoptr(KommuneMeasurement) measured = NULL;

  /* Target: 20 % lower than just under 5 %, so 4 % or less is desired. */
  kommune_indicator_set_band (sick_leave, KOMMUNE_STATUS_DESIRED, NULL, FALSE, "4", TRUE, &error);
  kommune_indicator_set_band (sick_leave, KOMMUNE_STATUS_ACCEPTABLE, "4", FALSE, "5", FALSE, &error);
  kommune_indicator_set_band (sick_leave, KOMMUNE_STATUS_NOT_APPROVED, "5", TRUE, NULL, FALSE, &error);
  g_assert_no_error (error);

  kommune_workforce_figures_set (staff, KOMMUNE_WORKFORCE_FIGURE_ABSENCE_DAYS, 395000, NULL);
  kommune_workforce_figures_set (staff, KOMMUNE_WORKFORCE_FIGURE_AGREED_DAYS, 10000000, NULL);
  measured = kommune_workforce_figures_dup_sick_leave (staff, NULL);
  g_assert_cmpint (kommune_indicator_evaluate_measurement (sick_leave, measured), ==, KOMMUNE_STATUS_DESIRED);
}

static void
test_checked_sum (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneWorkforceFigures) a = kommune_workforce_figures_new ("a", "2023", &error);
  g_autoptr(KommuneWorkforceFigures) b = kommune_workforce_figures_new ("b", "2023", &error);
  g_autoptr(KommuneWorkforceFigures) bare = g_object_new (KOMMUNE_TYPE_WORKFORCE_FIGURES, NULL);
  g_autoptr(KommuneWorkforceFigures) sum = NULL;
  KommuneWorkforceFigures *with_null[] = { a, NULL };
  KommuneWorkforceFigures *twice[] = { a, a };
  KommuneWorkforceFigures *both[] = { a, b };

  g_assert_null (kommune_workforce_figures_sum (NULL, "2023", with_null, 2, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_assert_cmpstr (error->message, ==, "part 2 of the sum is not workforce figures");
  g_clear_error (&error);
  g_assert_null (kommune_workforce_figures_sum (NULL, "", twice, 2, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_CODE);
  g_assert_cmpstr (error->message, ==, "the period of workforce figures is empty");
  g_clear_error (&error);

  /* A unit counts once. */
  g_assert_null (kommune_workforce_figures_sum (NULL, "2023", twice, 2, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_DUPLICATE);
  g_assert_cmpstr (error->message, ==, "part 2 of the sum is unit “a” again");
  g_clear_error (&error);

  /* An overflowing sum is an error, not a figure quietly left out. */
  kommune_workforce_figures_set (a, KOMMUNE_WORKFORCE_FIGURE_EMPLOYEES, G_MAXINT64, NULL);
  kommune_workforce_figures_set (b, KOMMUNE_WORKFORCE_FIGURE_EMPLOYEES, 1, NULL);
  g_assert_null (kommune_workforce_figures_sum (NULL, "2023", both, 2, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_OVERFLOW);
  g_assert_cmpstr (error->message, ==, "the sum of the employees does not fit in 64 bits");
  g_clear_error (&error);
  kommune_workforce_figures_set (a, KOMMUNE_WORKFORCE_FIGURE_EMPLOYEES, 5000, NULL);
  kommune_workforce_figures_set (b, KOMMUNE_WORKFORCE_FIGURE_EMPLOYEES, 5000, NULL);
  sum = kommune_workforce_figures_sum (NULL, "2023", both, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpint (kommune_workforce_figures_get (sum, KOMMUNE_WORKFORCE_FIGURE_EMPLOYEES, NULL), ==, 10000);
  g_assert_null (kommune_workforce_figures_change (a, b, KOMMUNE_WORKFORCE_FIGURE_EMPLOYEES, 1, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_assert_cmpstr (error->message, ==, "a change compares one unit's figures, not “a” with “b”");
  g_clear_error (&error);

  /* Bare figures read harmlessly and refuse what needs a period. */
  g_assert_cmpstr (kommune_workforce_figures_get_unit (bare), ==, "");
  g_assert_null (kommune_workforce_figures_dup_sick_leave (bare, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_assert_cmpstr (error->message, ==, "the period of workforce figures is missing");
  g_clear_error (&error);
  g_assert_null (kommune_workforce_figures_change (a, NULL, KOMMUNE_WORKFORCE_FIGURE_EMPLOYEES, 1, &error));
  g_assert_cmpstr (error->message, ==, "a change needs two sets of workforce figures");
  g_clear_error (&error);
  g_assert_null (kommune_workforce_figures_new (NULL, NULL, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
}

static void
test_exact_rates (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneWorkforceFigures) staff = kommune_workforce_figures_new ("stab", "2023", &error);
  g_autoptr(KommuneMeasurement) leave = NULL;

  /* Parts near the top of 64 bits give their exact rate... */
  kommune_workforce_figures_set (staff, KOMMUNE_WORKFORCE_FIGURE_ABSENCE_DAYS, G_MAXINT64 / 2, NULL);
  kommune_workforce_figures_set (staff, KOMMUNE_WORKFORCE_FIGURE_AGREED_DAYS, G_MAXINT64, NULL);
  leave = kommune_workforce_figures_dup_sick_leave (staff, &error);
  g_assert_no_error (error);
  g_assert_cmpint (kommune_measurement_get_value (leave), ==, 50000);

  /* ...and a percentage beyond 64-bit thousandths is an error, never a
   * wrapped (negative) rate, nor a silent fallback to the reported one. */
  kommune_workforce_figures_set (staff, KOMMUNE_WORKFORCE_FIGURE_SICK_LEAVE, 4000, NULL);
  kommune_workforce_figures_set (staff, KOMMUNE_WORKFORCE_FIGURE_ABSENCE_DAYS, G_MAXINT64, NULL);
  kommune_workforce_figures_set (staff, KOMMUNE_WORKFORCE_FIGURE_AGREED_DAYS, 1000, NULL);
  g_assert_null (kommune_workforce_figures_dup_sick_leave (staff, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_OVERFLOW);
  g_assert_cmpstr (error->message, ==, "absence-days over agreed-days: measurement 2023: the rate "
                                       "9223372036854775807/1000 is too large a percentage for 64-bit thousandths");
  g_clear_error (&error);
  /* No count is negative and no share above 100 %: refused, unchanged. */
  g_assert_false (kommune_workforce_figures_set (staff, KOMMUNE_WORKFORCE_FIGURE_ABSENCE_DAYS, -5, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_assert_cmpstr (error->message, ==, "absence-days cannot be negative (-0,005)");
  g_clear_error (&error);
  g_assert_cmpint (kommune_workforce_figures_get (staff, KOMMUNE_WORKFORCE_FIGURE_ABSENCE_DAYS, NULL), ==, G_MAXINT64);
  g_assert_false (kommune_workforce_figures_set_text (staff, KOMMUNE_WORKFORCE_FIGURE_SICK_LEAVE, "150", &error));
  g_assert_cmpstr (error->message, ==, "sick-leave is a share, at most 100 % (150)");
  g_clear_error (&error);
  g_assert_true (kommune_workforce_figures_set_text (staff, KOMMUNE_WORKFORCE_FIGURE_TURNOVER, "120", &error));
  g_assert_no_error (error);
}

static void
test_unknown_figure (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneWorkforceFigures) staff = kommune_workforce_figures_new ("stab", "2023", &error);
  g_autoptr(KommuneFinancialFigures) figures = kommune_financial_figures_new (2023, &error);

  g_assert_false (kommune_workforce_figures_set_text (staff, (KommuneWorkforceFigure) 13, "1", &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_assert_cmpstr (error->message, ==, "13 is not a workforce figure");
  g_clear_error (&error);
  g_assert_cmpint (kommune_workforce_figures_get (staff, (KommuneWorkforceFigure) -1, &error), ==, 0);
  g_assert_cmpstr (error->message, ==, "-1 is not a workforce figure");
  g_clear_error (&error);
  g_assert_null (kommune_workforce_figures_change (staff, staff, (KommuneWorkforceFigure) 99, 1, &error));
  g_assert_cmpstr (error->message, ==, "99 is not a workforce figure");
  g_clear_error (&error);
  g_assert_false (kommune_workforce_figures_set_text (staff, KOMMUNE_WORKFORCE_FIGURE_FTES, NULL, &error));
  g_assert_cmpstr (error->message, ==, "ftes: the value is missing");
  g_clear_error (&error);
  g_assert_cmpint (kommune_financial_figures_get (figures, (KommuneFinancialFigure) 7, &error), ==, 0);
  g_assert_cmpstr (error->message, ==, "7 is not a financial figure");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Kommune/WorkforceFigures/drammen-change", test_drammen_change);
  g_test_add_func ("/Kommune/WorkforceFigures/rates", test_rates);
  g_test_add_func ("/Kommune/WorkforceFigures/backs-an-indicator", test_backs_an_indicator);

  g_test_add_func ("/Kommune/WorkforceFigures/checked-sum", test_checked_sum);
  g_test_add_func ("/Kommune/WorkforceFigures/exact-rates", test_exact_rates);
  g_test_add_func ("/Kommune/WorkforceFigures/unknown-figure", test_unknown_figure);
  return g_test_run ();
}
