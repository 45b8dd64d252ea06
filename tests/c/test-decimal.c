/* test-decimal.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <math.h>

#include <libkommune.h>

static void
test_parse (void)
{
  static const struct { const char *text; gint64 thousandths; } good[] = {
    { "55", 55000 }, { "3,5", 3500 }, { "-0,25", -250 }, { "66,125", 66125 },
    { " 4,5 ", 4500 }, { "+1", 1000 }, { "0", 0 }, { "1000000000", 1000000000000 },
    /* Seed 000: 6.268 employees, grouped either way. */
    { "6.268", 6268000 }, { "6 268", 6268000 }, { "6\u00a0268", 6268000 },
    { "6\u202f268", 6268000 }, { "6\u2009268", 6268000 }, { "6.268,5", 6268500 },
    { "1.234.567", 1234567000 }, { "1 234 567,125", 1234567125 },
    { "\u22120,25", -250 }, { "\u20133", -3000 }, { "-0", 0 },
    { "1,2500", 1250 }, { "007", 7000 }, { "\t12\n", 12000 },
    { "9 223 372 036 854 775,807", G_MAXINT64 },
    { "-9 223 372 036 854 775,808", G_MININT64 },
  };
  static const struct { const char *text; gint code; const char *message; } bad[] = {
    { "", KOMMUNE_ERROR_INVALID_ARGUMENT, "“” is not a decimal: no digits" },
    { "-", KOMMUNE_ERROR_INVALID_ARGUMENT, "“-” is not a decimal: no digits" },
    { "abc", KOMMUNE_ERROR_INVALID_ARGUMENT, "“abc” is not a decimal: a number starts with a digit, not “a”" },
    { ",5", KOMMUNE_ERROR_INVALID_ARGUMENT, "“,5” is not a decimal: a number starts with a digit, not “,”" },
    { "55%", KOMMUNE_ERROR_INVALID_ARGUMENT,
      "“55%” is not a decimal: unexpected “%” after the number" },
    { "55 %", KOMMUNE_ERROR_INVALID_ARGUMENT,
      "“55 %” is not a decimal: unexpected “%” after the number" },
    { "3,", KOMMUNE_ERROR_INVALID_ARGUMENT,
      "“3,” is not a decimal: no digits after the decimal comma" },
    { "1,2345", KOMMUNE_ERROR_INVALID_ARGUMENT,
      "“1,2345” is not a decimal: more than three decimals" },
    { "1,2,3", KOMMUNE_ERROR_INVALID_ARGUMENT,
      "“1,2,3” is not a decimal: unexpected “,3” after the number" },
    { "7,-", KOMMUNE_ERROR_INVALID_ARGUMENT,
      "“7,-” is not a decimal: no digits after the decimal comma" },
    { "5 mill", KOMMUNE_ERROR_INVALID_ARGUMENT,
      "“5 mill” is not a decimal: unexpected “mill” after the number" },
    { "12 34", KOMMUNE_ERROR_INVALID_ARGUMENT,
      "“12 34” is not a decimal: a group of 2 digits after a thousands separator" },
    { "1234 567", KOMMUNE_ERROR_INVALID_ARGUMENT,
      "“1234 567” is not a decimal: a group of 4 digits before the thousands separator" },
    { "0 125", KOMMUNE_ERROR_INVALID_ARGUMENT,
      "“0 125” is not a decimal: a number grouped in thousands does not start with 0" },
    { "1 234.567", KOMMUNE_ERROR_INVALID_ARGUMENT,
      "“1 234.567” is not a decimal: mixed thousands separators before “567”" },
    /* A dot is never a decimal point; where only that reading makes sense,
     * the text is ambiguous. */
    { "3.5", KOMMUNE_ERROR_INVALID_ARGUMENT,
      "“3.5” is not a decimal: the dot is ambiguous: a dot groups thousands (6.268 is "
      "6 268), so it needs one to three digits before it and exactly three after; "
      "write decimals with a comma" },
    { "-0.25", KOMMUNE_ERROR_INVALID_ARGUMENT,
      "“-0.25” is not a decimal: the dot is ambiguous: a dot groups thousands (6.268 is "
      "6 268), so it needs one to three digits before it and exactly three after; "
      "write decimals with a comma" },
    { "1234.567", KOMMUNE_ERROR_INVALID_ARGUMENT,
      "“1234.567” is not a decimal: the dot is ambiguous: a dot groups thousands (6.268 is "
      "6 268), so it needs one to three digits before it and exactly three after; "
      "write decimals with a comma" },
    { "0.125", KOMMUNE_ERROR_INVALID_ARGUMENT,
      "“0.125” is not a decimal: the dot is ambiguous: a dot groups thousands (6.268 is "
      "6 268), and a number grouped in thousands does not start with 0; write decimals "
      "with a comma" },
    { "1,234.5", KOMMUNE_ERROR_INVALID_ARGUMENT,
      "“1,234.5” is not a decimal: the dot after the decimal comma is ambiguous: write "
      "thousands before the comma (1 234,50 or 1.234,50), not after it as in 1,234.50" },
    { "9 223 372 036 854 775,808", KOMMUNE_ERROR_OVERFLOW,
      "“9 223 372 036 854 775,808” is not a decimal: too large for 64-bit thousandths" },
    { "-9 223 372 036 854 775,809", KOMMUNE_ERROR_OVERFLOW,
      "“-9 223 372 036 854 775,809” is not a decimal: too large for 64-bit thousandths" },
    { "12\xff", KOMMUNE_ERROR_INVALID_ARGUMENT,
      "“12\xef\xbf\xbd” is not a decimal: not valid UTF-8" },
    /* Long text is quoted as an excerpt of 40 characters. */
    { "1234567890123456789012345678901234567890123456789012345678901234567890",
      KOMMUNE_ERROR_OVERFLOW,
      "“1234567890123456789012345678901234567890…” is not a decimal: too large for "
      "64-bit thousandths" },
    { "5 kilo kilo kilo kilo kilo kilo kilo kilo kilo kilo", KOMMUNE_ERROR_INVALID_ARGUMENT,
      "“5 kilo kilo kilo kilo kilo kilo kilo kil…” is not a decimal: unexpected "
      "“kilo kilo kilo kilo kilo kilo kilo kilo…” after the number" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *shown = g_strescape (good[i].text, NULL);

      /* Escaped: some texts are not UTF-8, and TAP output must be. */
      g_test_message ("%s", shown);
      g_assert_cmpint (kommune_decimal_parse (good[i].text, &error), ==, good[i].thousandths);
      g_assert_no_error (error);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *shown = g_strescape (bad[i].text, NULL);

      /* Escaped: some texts are not UTF-8, and TAP output must be. */
      g_test_message ("%s", shown);
      g_assert_cmpint (kommune_decimal_parse (bad[i].text, &error), ==, 0);
      g_assert_error (error, KOMMUNE_ERROR, bad[i].code);
      g_assert_cmpstr (error->message, ==, bad[i].message);
    }
}

/* The two parsers share one grammar: a text both can read has the same
 * value in both (øre are tenths of thousandths of a krone), and a text
 * both refuse is refused for the same reason. */
static void
test_same_as_amount (void)
{
  static const char * const both_read[] = {
    "6.268", "6 268", "6\u00a0268", "1.234,5", "38 228 737", "-179 883",
    "\u2212179 883", "1 234,50", "0", "+12", "0,05", "9 223 372 036 854 775,80",
    "-9.223.372.036.854.775,80", "007",
  };
  static const char * const both_refuse[] = {
    "6.26", "1.5", "0.125", "1234.567", "1,234.50", "12 34", "1234 567", "0 125",
    "1 234.567", "", "-", "--5", "12,3,4", "3,", "abc", "5-",
  };

  for (guint i = 0; i < G_N_ELEMENTS (both_read); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 oere = kommune_amount_parse (both_read[i], &error);
      gint64 thousandths;

      g_assert_no_error (error);
      thousandths = kommune_decimal_parse (both_read[i], &error);
      g_assert_no_error (error);
      g_test_message ("%s: %" G_GINT64_FORMAT " øre, %" G_GINT64_FORMAT " thousandths",
                      both_read[i], oere, thousandths);
      /* Compare in øre, as thousandths may not be a whole number of øre. */
      g_assert_cmpint (thousandths % 10, ==, 0);
      g_assert_cmpint (thousandths / 10, ==, oere);
    }

  for (guint i = 0; i < G_N_ELEMENTS (both_refuse); i++)
    {
      g_autoptr(GError) amount_error = NULL;
      g_autoptr(GError) decimal_error = NULL;
      const char *amount_why;
      const char *decimal_why;

      g_assert_cmpint (kommune_amount_parse (both_refuse[i], &amount_error), ==, 0);
      g_assert_cmpint (kommune_decimal_parse (both_refuse[i], &decimal_error), ==, 0);
      g_assert_nonnull (amount_error);
      g_assert_nonnull (decimal_error);
      amount_why = strstr (amount_error->message, " is not an amount: ");
      decimal_why = strstr (decimal_error->message, " is not a decimal: ");
      g_assert_nonnull (amount_why);
      g_assert_nonnull (decimal_why);
      g_assert_cmpstr (amount_why + strlen (" is not an amount: "), ==,
                       decimal_why + strlen (" is not a decimal: "));
    }
}

static void
test_from_double (void)
{
  static const struct { double value; gint64 thousandths; } good[] = {
    { 54.5, 54500 }, { 49.9, 49900 }, { 0.0005, 1 }, { -0.0005, -1 }, { 61, 61000 },
    /* The decimal the double stands for, not its binary expansion:
     * 0.0015 is 0.00149999999999999996…, but was written 0.0015. */
    { 0.0015, 2 }, { -0.0015, -2 }, { 1.0005, 1001 }, { 0.0004999, 0 },
    { 0.1, 100 }, { 1e-300, 0 }, { -0.0, 0 }, { 0.0, 0 }, { 4.9e-324, 0 },
    { 1e12, G_GINT64_CONSTANT (1000000000000000) },
    { 9e15, G_GINT64_CONSTANT (9000000000000000000) },
    { -9.2e15, G_GINT64_CONSTANT (-9200000000000000000) },
    { 9.2233720368547e15, G_GINT64_CONSTANT (9223372036854700000) },
  };
  static const struct { double value; gint code; const char *message; } bad[] = {
    { NAN, KOMMUNE_ERROR_INVALID_ARGUMENT, "NaN is not a decimal: it is not a number" },
    { -NAN, KOMMUNE_ERROR_INVALID_ARGUMENT, "NaN is not a decimal: it is not a number" },
    { INFINITY, KOMMUNE_ERROR_INVALID_ARGUMENT, "inf is not a decimal: it is infinite" },
    { -INFINITY, KOMMUNE_ERROR_INVALID_ARGUMENT, "-inf is not a decimal: it is infinite" },
    { 1e20, KOMMUNE_ERROR_OVERFLOW,
      "1e+20 is not a decimal: beyond ±9 223 372 036 854 775,807, the range of 64-bit "
      "thousandths" },
    { -9.3e15, KOMMUNE_ERROR_OVERFLOW,
      "-9.3e+15 is not a decimal: beyond ±9 223 372 036 854 775,807, the range of 64-bit "
      "thousandths" },
    /* The nearest double to 9 223 372 036 854 775 is 9 223 372 036 854 776. */
    { 9223372036854775.0, KOMMUNE_ERROR_OVERFLOW,
      "9.223372036854776e+15 is not a decimal: beyond ±9 223 372 036 854 775,807, the "
      "range of 64-bit thousandths" },
    { 1.7976931348623157e308, KOMMUNE_ERROR_OVERFLOW,
      "1.7976931348623157e+308 is not a decimal: beyond ±9 223 372 036 854 775,807, the "
      "range of 64-bit thousandths" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;

      g_test_message ("%.17g", good[i].value);
      g_assert_cmpint (kommune_decimal_from_double (good[i].value, &error), ==,
                       good[i].thousandths);
      g_assert_no_error (error);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      g_test_message ("%.17g", bad[i].value);
      g_assert_cmpint (kommune_decimal_from_double (bad[i].value, &error), ==, 0);
      g_assert_error (error, KOMMUNE_ERROR, bad[i].code);
      g_assert_cmpstr (error->message, ==, bad[i].message);
    }
}

/* What kommune_decimal_to_string() writes, kommune_decimal_parse() reads
 * back, for every gint64. */
static void
test_round_trip (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20260101);
  gint64 values[2000 + 7] = { G_MININT64, G_MININT64 + 1, -1, 0, 1, G_MAXINT64 - 1, G_MAXINT64 };

  for (guint i = 7; i < G_N_ELEMENTS (values); i++)
    {
      guint64 bits = ((guint64) g_rand_int (rand) << 32) | g_rand_int (rand);

      /* Half of them small, where the decimals vary most. */
      values[i] = (gint64) (i % 2 == 0 ? bits : bits >> g_rand_int_range (rand, 1, 63));
      if (i % 4 == 1)
        values[i] = ~values[i];     /* −x − 1, without overflow */
    }

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *text = kommune_decimal_to_string (values[i]);

      g_assert_cmpint (kommune_decimal_parse (text, &error), ==, values[i]);
      g_assert_no_error (error);
    }
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
  g_test_add_func ("/Kommune/Decimal/same-as-amount", test_same_as_amount);
  g_test_add_func ("/Kommune/Decimal/from-double", test_from_double);
  g_test_add_func ("/Kommune/Decimal/round-trip", test_round_trip);
  g_test_add_func ("/Kommune/Decimal/format", test_format);
  g_test_add_func ("/Kommune/Decimal/percent", test_percent);

  return g_test_run ();
}
