/* test-decimal.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <libkommune.h>

static void
test_parse (void)
{
  static const struct { const char *text; gint64 thousandths; } good[] = {
    { "55", 55000 }, { "3,5", 3500 }, { "3.5", 3500 }, { "-0,25", -250 }, { "66,125", 66125 },
    { " 4,5 ", 4500 }, { "+1", 1000 }, { "0", 0 }, { "1000000000", 1000000000000 },
  };
  static const char * const bad[] = { "", "-", "55%", "3,", ",5", "1,2345", "1 000", "abc", "1,2,3" };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_cmpint (kommune_decimal_parse (good[i].text, &error), ==, good[i].thousandths);
      g_assert_no_error (error);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_cmpint (kommune_decimal_parse (bad[i], &error), ==, 0);
      g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
      g_assert_nonnull (strstr (error->message, bad[i]));
    }
}

static void
test_from_double (void)
{
  g_assert_cmpint (kommune_decimal_from_double (54.5), ==, 54500);
  g_assert_cmpint (kommune_decimal_from_double (49.9), ==, 49900);
  g_assert_cmpint (kommune_decimal_from_double (0.0005), ==, 1);
  g_assert_cmpint (kommune_decimal_from_double (-0.0005), ==, -1);
  g_assert_cmpint (kommune_decimal_from_double (61), ==, 61000);
}

static void
test_format (void)
{
  g_autofree char *a = kommune_decimal_format (54500, 1);
  g_autofree char *b = kommune_decimal_format (54500, 0);
  g_autofree char *c = kommune_decimal_format (-1250, 1);
  g_autofree char *d = kommune_decimal_to_string (3500);
  g_autofree char *e = kommune_decimal_to_string (55000);
  g_autofree char *f = kommune_decimal_to_string (-66125);

  g_assert_cmpstr (a, ==, "54,5");
  g_assert_cmpstr (b, ==, "55");
  g_assert_cmpstr (c, ==, "-1,3");
  g_assert_cmpstr (d, ==, "3,5");
  g_assert_cmpstr (e, ==, "55");
  g_assert_cmpstr (f, ==, "-66,125");
}

static void
test_percent (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *employees = kommune_percent_change (6159, 6268, 1, &error);
  g_autofree char *ftes = kommune_percent_change (5427, 5529, 1, &error);
  g_autofree char *down = kommune_percent_change (843, 605, 1, &error);
  g_autofree char *share = kommune_percent_of (17500000, 1000000000, 2, &error);
  g_autofree char *precise = kommune_percent_change (6159, 6268, 4, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (employees, ==, "1,8");
  g_assert_cmpstr (ftes, ==, "1,9");
  g_assert_cmpstr (down, ==, "-28,2");
  g_assert_cmpstr (share, ==, "1,75");
  g_assert_cmpstr (precise, ==, "1,7698");

  g_assert_null (kommune_percent_change (0, 5, 1, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_null (kommune_percent_of (1, 0, 1, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Kommune/Decimal/parse", test_parse);
  g_test_add_func ("/Kommune/Decimal/from-double", test_from_double);
  g_test_add_func ("/Kommune/Decimal/format", test_format);
  g_test_add_func ("/Kommune/Decimal/percent", test_percent);

  return g_test_run ();
}
