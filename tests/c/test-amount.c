/* test-amount.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <libkommune.h>

typedef struct
{
  gint64              oere;
  KommuneAmountScale  scale;
  guint               decimals;
  const char         *expected;
} FormatCase;

static void
test_format (void)
{
  static const FormatCase cases[] = {
    { 3822873700, KOMMUNE_AMOUNT_SCALE_KRONER, 0, "38 228 737" },
    { 3822873700, KOMMUNE_AMOUNT_SCALE_THOUSANDS, 0, "38 229" },
    { 3822873700, KOMMUNE_AMOUNT_SCALE_MILLIONS, 1, "38,2" },
    { 3822873700, KOMMUNE_AMOUNT_SCALE_MILLIONS, 0, "38" },
    { 3822873700, KOMMUNE_AMOUNT_SCALE_KRONER, 2, "38 228 737,00" },
    { -17988300, KOMMUNE_AMOUNT_SCALE_KRONER, 0, "-179 883" },
    { -17988300, KOMMUNE_AMOUNT_SCALE_THOUSANDS, 0, "-180" },
    { 123450, KOMMUNE_AMOUNT_SCALE_KRONER, 2, "1 234,50" },
    { 123450, KOMMUNE_AMOUNT_SCALE_KRONER, 4, "1 234,5000" },
    /* Half away from zero, in both directions. */
    { 150, KOMMUNE_AMOUNT_SCALE_KRONER, 0, "2" },
    { 149, KOMMUNE_AMOUNT_SCALE_KRONER, 0, "1" },
    { -150, KOMMUNE_AMOUNT_SCALE_KRONER, 0, "-2" },
    { -149, KOMMUNE_AMOUNT_SCALE_KRONER, 0, "-1" },
    { 5000000, KOMMUNE_AMOUNT_SCALE_MILLIONS, 1, "0,1" },
    { 4999999, KOMMUNE_AMOUNT_SCALE_MILLIONS, 1, "0,0" },
    /* Rounded to zero: no sign. */
    { -49, KOMMUNE_AMOUNT_SCALE_KRONER, 0, "0" },
    { 0, KOMMUNE_AMOUNT_SCALE_MILLIONS, 2, "0,00" },
    { 94000000000, KOMMUNE_AMOUNT_SCALE_MILLIONS, 1, "940,0" },
    { 940000000, KOMMUNE_AMOUNT_SCALE_MILLIONS, 1, "9,4" },
    { 999, KOMMUNE_AMOUNT_SCALE_KRONER, 1, "10,0" },
    { G_MAXINT64, KOMMUNE_AMOUNT_SCALE_KRONER, 2, "92 233 720 368 547 758,07" },
    { G_MININT64, KOMMUNE_AMOUNT_SCALE_KRONER, 2, "-92 233 720 368 547 758,08" },
    { G_MININT64, KOMMUNE_AMOUNT_SCALE_MILLIONS, 0, "-92 233 720 369" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = kommune_amount_format (cases[i].oere, cases[i].scale,
                                                     cases[i].decimals);
      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

static void
test_format_bad_decimals (void)
{
  if (g_test_subprocess ())
    {
      char *text = kommune_amount_format (100, KOMMUNE_AMOUNT_SCALE_KRONER, 13);
      g_assert_null (text);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*decimals <= MAX_FORMAT_DECIMALS*");
}

static void
test_add_subtract (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (kommune_amount_add (3353274200, 83597200, &error), ==, 3436871400);
  g_assert_no_error (error);
  g_assert_cmpint (kommune_amount_subtract (3822873700, 3822873600, &error), ==, 100);
  g_assert_no_error (error);
  g_assert_cmpint (kommune_amount_add (G_MAXINT64, G_MININT64, &error), ==, -1);
  g_assert_no_error (error);

  g_assert_cmpint (kommune_amount_add (G_MAXINT64, 1, &error), ==, 0);
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_OVERFLOW);
  g_assert_nonnull (strstr (error->message, "9223372036854775807"));
  g_clear_error (&error);

  g_assert_cmpint (kommune_amount_add (G_MININT64, -1, &error), ==, 0);
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_OVERFLOW);
  g_clear_error (&error);

  g_assert_cmpint (kommune_amount_subtract (G_MININT64, 1, &error), ==, 0);
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_OVERFLOW);
  g_clear_error (&error);

  g_assert_cmpint (kommune_amount_subtract (0, G_MININT64, &error), ==, 0);
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_OVERFLOW);
  g_clear_error (&error);

  g_assert_cmpint (kommune_amount_subtract (-1, G_MININT64, &error), ==, G_MAXINT64);
  g_assert_no_error (error);
}

static void
test_sum (void)
{
  /* The Kragerø frame by department, in øre. */
  static const gint64 departments[] = {
    768605400, 1374316400, 205988600, 155892000, 664425900, 362245400, 291400000,
  };
  static const gint64 too_much[] = { G_MAXINT64 - 5, 3, 3 };
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (kommune_amount_sum (departments, G_N_ELEMENTS (departments), &error),
                   ==, 3822873700);
  g_assert_no_error (error);
  g_assert_cmpint (kommune_amount_sum (NULL, 0, &error), ==, 0);
  g_assert_no_error (error);

  g_assert_cmpint (kommune_amount_sum (too_much, G_N_ELEMENTS (too_much), &error), ==, 0);
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_OVERFLOW);
  g_assert_nonnull (strstr (error->message, "amount 2"));
}

static void
assert_allocation (gint64        total,
                   const gint64 *weights,
                   gsize         n_weights,
                   const gint64 *expected)
{
  g_autoptr(GError) error = NULL;
  g_autofree gint64 *parts = NULL;
  gsize n_parts = 99;

  parts = kommune_amount_allocate (total, weights, n_weights, &n_parts, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_parts, ==, n_weights);
  for (gsize i = 0; i < n_parts; i++)
    g_assert_cmpint (parts[i], ==, expected[i]);
}

static void
test_allocate (void)
{
  {
    const gint64 w[] = { 1, 1, 1 };
    const gint64 e[] = { 3333334, 3333333, 3333333 };
    assert_allocation (10000000, w, 3, e);
  }
  {
    /* The domain's example: 100 000 three ways. */
    const gint64 w[] = { 1, 1, 1 };
    const gint64 e[] = { 33334, 33333, 33333 };
    assert_allocation (100000, w, 3, e);
  }
  {
    /* Two øre left over, three equal remainders: lower indexes first. */
    const gint64 w[] = { 1, 1, 1 };
    const gint64 e[] = { 4, 4, 3 };
    assert_allocation (11, w, 3, e);
  }
  {
    /* Largest remainder wins over a lower index. */
    const gint64 w[] = { 3, 1, 6 };
    const gint64 e[] = { 2, 1, 4 };   /* 2.1, 0.7, 4.2: the 0.7 gets the øre */
    assert_allocation (7, w, 3, e);
  }
  {
    /* A tie between 0.5 and 0.5: the lower index gets the øre. */
    const gint64 w[] = { 1, 2, 7 };
    const gint64 e[] = { 1, 1, 3 };
    assert_allocation (5, w, 3, e);
  }
  {
    const gint64 w[] = { 1, 1, 1 };
    const gint64 e[] = { -3333334, -3333333, -3333333 };
    assert_allocation (-10000000, w, 3, e);
  }
  {
    const gint64 w[] = { 0, 3, 0, 1 };
    const gint64 e[] = { 0, 75, 0, 25 };
    assert_allocation (100, w, 4, e);
  }
  {
    const gint64 w[] = { 5 };
    const gint64 e[] = { 0 };
    assert_allocation (0, w, 1, e);
  }
  {
    /* Extremes do not overflow. */
    const gint64 w[] = { G_MAXINT64 - 1, 1 };
    const gint64 e[] = { G_MININT64 + 1, -1 };
    assert_allocation (G_MININT64, w, 2, e);
  }
  {
    const gint64 w[] = { 1, 1 };
    const gint64 e[] = { G_MININT64 / 2, G_MININT64 / 2 };
    assert_allocation (G_MININT64, w, 2, e);
  }
}

static void
test_allocate_sums_to_total (void)
{
  /* Whatever the weights, the parts add up to the total. */
  for (guint round = 0; round < 500; round++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree gint64 *weights = NULL;
      g_autofree gint64 *parts = NULL;
      gsize n = g_test_rand_int_range (1, 40), n_parts;
      gint64 total = (gint64) g_test_rand_int () * g_test_rand_int_range (-100000, 100000);
      gint64 sum = 0, weight_sum = 0;

      weights = g_new (gint64, n);
      for (gsize i = 0; i < n; i++)
        weight_sum += weights[i] = g_test_rand_int_range (0, 1000000);
      if (weight_sum == 0)
        weights[0] = 1;

      parts = kommune_amount_allocate (total, weights, n, &n_parts, &error);
      g_assert_no_error (error);
      for (gsize i = 0; i < n; i++)
        {
          sum += parts[i];
          if (weights[i] == 0)
            g_assert_cmpint (parts[i], ==, 0);
          /* No part is further than one øre from its exact share. */
          g_assert_true (total >= 0 ? parts[i] >= 0 : parts[i] <= 0);
        }
      g_assert_cmpint (sum, ==, total);
    }
}

static void
test_allocate_errors (void)
{
  g_autoptr(GError) error = NULL;
  const gint64 zeros[] = { 0, 0, 0 };
  const gint64 negative[] = { 1, -1 };
  const gint64 huge[] = { G_MAXINT64, 1 };
  gsize n_parts = 7;

  g_assert_null (kommune_amount_allocate (100, zeros, 3, &n_parts, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_assert_nonnull (strstr (error->message, "zero"));
  g_assert_cmpuint (n_parts, ==, 0);
  g_clear_error (&error);

  g_assert_null (kommune_amount_allocate (100, negative, 2, &n_parts, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_assert_nonnull (strstr (error->message, "weight 1 is negative"));
  g_clear_error (&error);

  g_assert_null (kommune_amount_allocate (100, NULL, 0, &n_parts, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);

  g_assert_null (kommune_amount_allocate (100, huge, 2, &n_parts, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_OVERFLOW);
}

static void
test_parse_errors (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (kommune_amount_parse ("12,3,4", &error), ==, 0);
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_AMOUNT);
  g_assert_cmpstr (error->message, ==,
                   "“12,3,4” is not an amount: unexpected “,4” after the number");
  g_clear_error (&error);

  g_assert_cmpint (kommune_amount_parse ("1,234", &error), ==, 0);
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_AMOUNT);
  g_assert_nonnull (strstr (error->message, "øre"));
  g_clear_error (&error);

  g_assert_cmpint (kommune_amount_parse ("99 999 999 999 999 999 999", &error), ==, 0);
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_OVERFLOW);
  g_clear_error (&error);

  g_assert_cmpint (kommune_amount_parse ("12\xff", &error), ==, 0);
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_AMOUNT);
  g_assert_nonnull (strstr (error->message, "UTF-8"));
}

/* Every mode of kommune_amount_format() that writes all the øre reads
 * back through kommune_amount_parse(), with the unit word of its scale. */
static void
assert_round_trip (gint64 oere)
{
  static const struct { KommuneAmountScale scale; guint min_decimals; const char *unit; } modes[] = {
    { KOMMUNE_AMOUNT_SCALE_KRONER, 2, "" },
    { KOMMUNE_AMOUNT_SCALE_KRONER, 2, " kr" },
    { KOMMUNE_AMOUNT_SCALE_THOUSANDS, 5, " tusen" },
    { KOMMUNE_AMOUNT_SCALE_MILLIONS, 8, " mill" },
  };

  for (guint m = 0; m < G_N_ELEMENTS (modes); m++)
    for (guint decimals = modes[m].min_decimals; decimals <= 12; decimals++)
      {
        g_autoptr(GError) error = NULL;
        g_autofree char *number = kommune_amount_format (oere, modes[m].scale, decimals);
        g_autofree char *text = g_strconcat (number, modes[m].unit, NULL);
        gint64 back = kommune_amount_parse (text, &error);

        if (error != NULL || back != oere)
          g_test_message ("%" G_GINT64_FORMAT " → “%s”", oere, text);
        g_assert_no_error (error);
        g_assert_cmpint (back, ==, oere);
      }
}

static void
test_round_trip (void)
{
  static const gint64 edges[] = {
    G_MININT64, G_MININT64 + 1, -1, 0, 1, G_MAXINT64 - 1, G_MAXINT64,
    -100, 100, 99, -99, G_GINT64_CONSTANT (-9223372036854775800),
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);

  for (guint i = 0; i < G_N_ELEMENTS (edges); i++)
    assert_round_trip (edges[i]);

  for (guint i = 0; i < 3000; i++)
    {
      guint64 bits = ((guint64) g_rand_int (rand) << 32) | g_rand_int (rand);
      /* Every magnitude, not only 19-digit ones. */
      gint64 oere = (gint64) (bits >> g_rand_int_range (rand, 0, 64));

      /* ~x is −x − 1: every negative value, G_MININT64 included, and no
       * overflow. */
      assert_round_trip (g_rand_boolean (rand) ? oere : ~oere);
    }
}

static void
test_parse_minimum (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (kommune_amount_parse ("-92 233 720 368 547 758,08", &error), ==, G_MININT64);
  g_assert_no_error (error);
  g_assert_cmpint (kommune_amount_parse ("-92 233 720 368,54775808 mill", &error), ==, G_MININT64);
  g_assert_no_error (error);

  g_assert_cmpint (kommune_amount_parse ("-92 233 720 368 547 758,09", &error), ==, 0);
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_OVERFLOW);
  g_assert_cmpstr (error->message, ==,
                   "“-92 233 720 368 547 758,09” is too large: amounts must fit in 64-bit øre");
}

/* The seeds' notation (seed 002), and seed 000's 6.268 employees. */
static void
test_parse_seed_forms (void)
{
  static const struct { const char *text; gint64 oere; } cases[] = {
    { "kr. 0,74mill", 74000000 },
    { "kr. 2,0 mill.", 200000000 },
    { "kr. 1,26 mill", 126000000 },
    { "6.268", 626800 },
    { "6 268", 626800 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_cmpint (kommune_amount_parse (cases[i].text, &error), ==, cases[i].oere);
      g_assert_no_error (error);
    }
}

/* A long input is quoted as an excerpt, on every path. */
static void
test_parse_long_input (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) text = g_string_new ("1 234 kr");

  for (guint i = 0; i < 10000; i++)
    g_string_append (text, " kr");
  g_assert_cmpint (kommune_amount_parse (text->str, &error), ==, 0);
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_AMOUNT);
  g_assert_cmpstr (error->message, ==,
                   "“1 234 kr kr kr kr kr kr kr kr kr kr kr k…” is not an amount: "
                   "unexpected “kr kr kr kr kr kr kr kr kr kr kr kr kr k…” after the number");
  g_clear_error (&error);

  g_string_assign (text, "");
  for (guint i = 0; i < 10000; i++)
    g_string_append (text, "9");
  g_assert_cmpint (kommune_amount_parse (text->str, &error), ==, 0);
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_OVERFLOW);
  g_assert_cmpstr (error->message, ==,
                   "“9999999999999999999999999999999999999999…” is too large: "
                   "amounts must fit in 64-bit øre");
  g_clear_error (&error);

  g_string_assign (text, "\xff");
  for (guint i = 0; i < 100; i++)
    g_string_append (text, "1");
  g_assert_cmpint (kommune_amount_parse (text->str, &error), ==, 0);
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_AMOUNT);
  g_assert_cmpstr (error->message, ==,
                   "“\xef\xbf\xbd" "111111111111111111111111111111111111111…” is not an amount: "
                   "not valid UTF-8");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Kommune/Amount/format", test_format);
  g_test_add_func ("/Kommune/Amount/format-bad-decimals", test_format_bad_decimals);
  g_test_add_func ("/Kommune/Amount/add-subtract", test_add_subtract);
  g_test_add_func ("/Kommune/Amount/sum", test_sum);
  g_test_add_func ("/Kommune/Amount/allocate", test_allocate);
  g_test_add_func ("/Kommune/Amount/allocate-sums-to-total", test_allocate_sums_to_total);
  g_test_add_func ("/Kommune/Amount/allocate-errors", test_allocate_errors);
  g_test_add_func ("/Kommune/Amount/parse-errors", test_parse_errors);
  g_test_add_func ("/Kommune/Amount/parse-minimum", test_parse_minimum);
  g_test_add_func ("/Kommune/Amount/parse-seed-forms", test_parse_seed_forms);
  g_test_add_func ("/Kommune/Amount/parse-long-input", test_parse_long_input);
  g_test_add_func ("/Kommune/Amount/round-trip", test_round_trip);

  return g_test_run ();
}
