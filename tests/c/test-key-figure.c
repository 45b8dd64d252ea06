/* test-key-figure.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <libkommune.h>

#include "model/kommune-key-figure-private.h"

static void
test_new (void)
{
  g_autoptr(GError) error = NULL;
  KommuneKeyFigure *figure = kommune_key_figure_new ("Ansatte", "årsverk", 2018, "32,30", &error);

  g_assert_no_error (error);
  g_assert_cmpstr (kommune_key_figure_get_name (figure), ==, "Ansatte");
  g_assert_cmpstr (kommune_key_figure_get_unit (figure), ==, "årsverk");
  g_assert_cmpuint (kommune_key_figure_get_year (figure), ==, 2018);
  /* Kept as written: the trailing zero stays. */
  g_assert_cmpstr (kommune_key_figure_get_value (figure), ==, "32,30");
  g_assert_finalize_object (figure);

  figure = kommune_key_figure_new ("Virksomheter", NULL, 2017, "5", &error);
  g_assert_cmpstr (kommune_key_figure_get_unit (figure), ==, "");
  g_assert_finalize_object (figure);
}

static void
test_invalid (void)
{
  static const char * const values[] = { "32.30", "", "5 mål", ",5", "5,", "--1", "1,2,3" };
  GError *error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_assert_null (kommune_key_figure_new ("Ansatte", "årsverk", 2018, values[i], &error));
      g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
      g_clear_error (&error);
    }
  g_assert_null (kommune_key_figure_new ("", "årsverk", 2018, "1", &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_null (kommune_key_figure_new ("Ansatte", "årsverk", 18, "1", &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_PERIOD);
  g_clear_error (&error);
}

static void
test_bare (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneKeyFigure) bare = g_object_new (KOMMUNE_TYPE_KEY_FIGURE, NULL);

  g_assert_false (_kommune_key_figure_check (bare, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_assert_cmpstr (error->message, ==, "the key figure's name is missing");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Kommune/KeyFigure/new", test_new);
  g_test_add_func ("/Kommune/KeyFigure/invalid", test_invalid);

  g_test_add_func ("/Kommune/KeyFigure/bare", test_bare);
  return g_test_run ();
}
