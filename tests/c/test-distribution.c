/* test-distribution.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <libkommune.h>

#include "model/kommune-distribution-private.h"

#include "kragero-fixture.h"

typedef struct
{
  guint total;
  guint n_items;
  guint items_changed;
  guint last_position;
} Counters;

static void
notify_cb (GObject    *object,
           GParamSpec *pspec,
           Counters   *counters)
{
  if (g_str_equal (pspec->name, "total"))
    counters->total++;
  else if (g_str_equal (pspec->name, "n-items"))
    counters->n_items++;
}

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Counters   *counters)
{
  g_assert_cmpuint (removed, ==, 0);
  g_assert_cmpuint (added, ==, 1);
  counters->items_changed++;
  counters->last_position = position;
}

static void
test_add (void)
{
  g_autoptr(GError) error = NULL;
  KommuneDistribution *distribution = kommune_distribution_new ("kostra-function-group", NULL);
  g_autoptr(KommuneDistributionLine) second = NULL;
  Counters counters = { 0 };

  g_signal_connect (distribution, "notify", G_CALLBACK (notify_cb), &counters);
  g_signal_connect (distribution, "items-changed", G_CALLBACK (items_changed_cb), &counters);

  g_assert_cmpstr (kommune_distribution_get_name (distribution), ==, "kostra-function-group");
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (distribution)) ==
                 KOMMUNE_TYPE_DISTRIBUTION_LINE);

  for (guint i = 0; kragero_function_groups[i].key != NULL; i++)
    {
      g_assert_true (kommune_distribution_add (distribution,
                                               kragero_function_groups[i].key,
                                               kragero_function_groups[i].label,
                                               kragero_function_groups[i].oere,
                                               &error));
      g_assert_no_error (error);
    }

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (distribution)), ==, 6);
  g_assert_cmpint (kommune_distribution_get_total (distribution), ==, KRAGERO_FRAME_OERE);
  g_assert_cmpuint (counters.items_changed, ==, 6);
  g_assert_cmpuint (counters.last_position, ==, 5);
  g_assert_cmpuint (counters.n_items, ==, 6);
  g_assert_cmpuint (counters.total, ==, 6);

  second = g_list_model_get_item (G_LIST_MODEL (distribution), 1);
  g_assert_cmpstr (kommune_distribution_line_get_key (second), ==, "20/21");
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (distribution), 6));
  g_assert_cmpint (kommune_distribution_line_get_amount (kommune_distribution_find (distribution, "870")),
                   ==, -17988300);
  g_assert_null (kommune_distribution_find (distribution, "999"));

  /* A zero line changes the count, not the total. */
  g_assert_true (kommune_distribution_add (distribution, "999", NULL, 0, &error));
  g_assert_cmpuint (counters.n_items, ==, 7);
  g_assert_cmpuint (counters.total, ==, 6);

  g_clear_object (&second);
  g_assert_finalize_object (distribution);
}

static void
test_add_refused (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneDistribution) distribution = kommune_distribution_new ("department", NULL);
  Counters counters = { 0 };

  g_assert_true (kommune_distribution_add (distribution, "ikt", "IKT avdelingen", G_MAXINT64 - 10, &error));
  g_signal_connect (distribution, "items-changed", G_CALLBACK (items_changed_cb), &counters);

  g_assert_false (kommune_distribution_add (distribution, "ikt", "IKT", 1, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_DUPLICATE);
  g_assert_cmpstr (error->message, ==, "distribution “department” already has a line “ikt”");
  g_clear_error (&error);

  g_assert_false (kommune_distribution_add (distribution, "stab", "Stab", 11, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_OVERFLOW);
  g_assert_nonnull (strstr (error->message, "line “stab” of distribution “department”"));
  g_clear_error (&error);

  g_assert_false (kommune_distribution_add (distribution, "", "Tom", 1, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_CODE);
  g_clear_error (&error);

  g_assert_false (kommune_distribution_add (distribution, "x", "bad\nlabel", 1, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);

  /* Nothing changed. */
  g_assert_cmpuint (counters.items_changed, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (distribution)), ==, 1);
  g_assert_cmpint (kommune_distribution_get_total (distribution), ==, G_MAXINT64 - 10);
  g_assert_null (kommune_distribution_find (distribution, "stab"));
}

static void
test_new_errors_and_bare (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneDistribution) bare = g_object_new (KOMMUNE_TYPE_DISTRIBUTION, NULL);

  g_assert_null (kommune_distribution_new (" department", &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_CODE);
  g_clear_error (&error);
  g_assert_null (kommune_distribution_new (NULL, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_assert_cmpstr (error->message, ==, "the distribution name is missing");
  g_clear_error (&error);

  g_assert_false (kommune_distribution_add (bare, "ikt", NULL, 1, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_CODE);
  g_assert_cmpstr (error->message, ==, "the distribution name is empty");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (bare)), ==, 0);
}

static void
test_frozen (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneDistribution) distribution = kommune_distribution_new ("department", &error);

  g_assert_false (G_IS_LIST_STORE (distribution));
  g_assert_true (kommune_distribution_add (distribution, "ikt", NULL, 5, &error));
  _kommune_distribution_freeze (distribution, "adjustment “a”");
  g_assert_false (kommune_distribution_add (distribution, "lonn", NULL, 1, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_READ_ONLY);
  g_assert_cmpstr (error->message, ==, "the lines of adjustment “a” are in a plan's log and cannot change");
  g_assert_cmpint (kommune_distribution_get_total (distribution), ==, 5);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Kommune/Distribution/add", test_add);
  g_test_add_func ("/Kommune/Distribution/add-refused", test_add_refused);

  g_test_add_func ("/Kommune/Distribution/new-errors-and-bare", test_new_errors_and_bare);
  g_test_add_func ("/Kommune/Distribution/frozen", test_frozen);
  return g_test_run ();
}
