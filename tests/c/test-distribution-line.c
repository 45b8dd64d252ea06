/* test-distribution-line.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <libkommune.h>

#include "model/kommune-distribution-line-private.h"

static void
test_new (void)
{
  KommuneDistributionLine *line;
  gint64 amount = 0;

  line = kommune_distribution_line_new ("870", "Renter/utbytte og lån", -17988300, NULL);
  g_assert_cmpstr (kommune_distribution_line_get_key (line), ==, "870");
  g_assert_cmpstr (kommune_distribution_line_get_label (line), ==, "Renter/utbytte og lån");
  g_assert_cmpint (kommune_distribution_line_get_amount (line), ==, -17988300);
  g_object_get (line, "amount", &amount, NULL);
  g_assert_cmpint (amount, ==, -17988300);
  g_assert_finalize_object (line);

  line = kommune_distribution_line_new ("383", NULL, G_MAXINT64, NULL);
  g_assert_cmpstr (kommune_distribution_line_get_label (line), ==, "");
  g_assert_cmpint (kommune_distribution_line_get_amount (line), ==, G_MAXINT64);
  g_assert_finalize_object (line);
}

static void
test_new_errors_and_bare (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneDistributionLine) bare = g_object_new (KOMMUNE_TYPE_DISTRIBUTION_LINE, NULL);

  g_assert_null (kommune_distribution_line_new ("", "x", 1, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_CODE);
  g_assert_cmpstr (error->message, ==, "the distribution key is empty");
  g_clear_error (&error);
  g_assert_null (kommune_distribution_line_new ("870", "a\001b", 1, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (_kommune_distribution_line_check (bare, &error));
  g_assert_cmpstr (error->message, ==, "the distribution key is empty");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Kommune/DistributionLine/new", test_new);

  g_test_add_func ("/Kommune/DistributionLine/new-errors-and-bare", test_new_errors_and_bare);
  return g_test_run ();
}
