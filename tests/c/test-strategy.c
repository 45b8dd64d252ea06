/* test-strategy.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <libkommune.h>

static void
test_focus_areas (void)
{
  g_autoptr(GError) error = NULL;
  KommuneStrategy *strategy = kommune_strategy_new ("Kompetansestrategi", 2021, 2024, &error);
  g_autoptr(KommuneGoal) area = kommune_goal_new ("i4", "Samarbeid og medvirkning", KOMMUNE_GOAL_LEVEL_STRATEGIC, &error);
  g_autoptr(KommuneGoal) plan_goal = kommune_goal_new ("p", "Et plannivå-mål", KOMMUNE_GOAL_LEVEL_PLAN, &error);
  g_autoptr(KommuneGoal) again = kommune_goal_new ("i4", "Igjen", KOMMUNE_GOAL_LEVEL_STRATEGIC, &error);

  for (guint i = 1; i <= 3; i++)
    {
      g_autofree char *id = g_strdup_printf ("i4.%u", i);
      g_autoptr(KommuneGoal) goal = kommune_goal_new (id, "Strategisk mål", KOMMUNE_GOAL_LEVEL_STRATEGIC, &error);

      kommune_goal_add_child (area, goal, &error);
    }
  g_assert_no_error (error);

  g_assert_true (kommune_strategy_add_focus_area (strategy, area, &error));
  g_assert_cmpuint (kommune_strategy_count_goals (strategy), ==, 3);
  g_assert_cmpstr (kommune_strategy_get_name (strategy), ==, "Kompetansestrategi");
  g_assert_cmpuint (kommune_strategy_get_first_year (strategy), ==, 2021);
  g_assert_cmpuint (kommune_strategy_get_last_year (strategy), ==, 2024);

  g_assert_false (kommune_strategy_add_focus_area (strategy, plan_goal, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (kommune_strategy_add_focus_area (strategy, again, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_DUPLICATE);
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (kommune_strategy_get_focus_areas (strategy)), ==, 1);

  g_assert_finalize_object (strategy);
}

static void
test_invalid (void)
{
  GError *error = NULL;

  g_assert_null (kommune_strategy_new ("", 2021, 2024, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_null (kommune_strategy_new ("S", 2024, 2021, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_PERIOD);
  g_clear_error (&error);
}

static void
test_bare (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneStrategy) bare = g_object_new (KOMMUNE_TYPE_STRATEGY, NULL);
  g_autoptr(KommuneStrategy) strategy = kommune_strategy_new ("Kompetansestrategi", 2021, 2024, &error);
  g_autoptr(KommuneGoal) area = kommune_goal_new ("i1", "Område", KOMMUNE_GOAL_LEVEL_STRATEGIC, &error);
  g_autoptr(KommuneGoal) again = kommune_goal_new ("i1", "Igjen", KOMMUNE_GOAL_LEVEL_STRATEGIC, &error);
  g_autoptr(KommuneGoal) bare_goal = g_object_new (KOMMUNE_TYPE_GOAL, NULL);

  g_assert_no_error (error);
  g_assert_false (kommune_strategy_add_focus_area (bare, area, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_assert_cmpstr (error->message, ==, "the strategy's name is missing");
  g_clear_error (&error);
  g_assert_cmpuint (kommune_strategy_count_goals (bare), ==, 0);
  g_assert_false (kommune_strategy_add_focus_area (strategy, bare_goal, &error));
  g_assert_cmpstr (error->message, ==, "the goal id is missing");
  g_clear_error (&error);
  g_assert_false (kommune_strategy_add_focus_area (strategy, NULL, &error));
  g_assert_cmpstr (error->message, ==, "the focus area is not a goal");
  g_clear_error (&error);
  g_assert_true (kommune_strategy_add_focus_area (strategy, area, &error));
  g_assert_false (kommune_strategy_add_focus_area (strategy, again, &error));
  g_assert_cmpstr (error->message, ==, "the focus area “i1” already exists in strategy “Kompetansestrategi”");
  g_assert_false (G_IS_LIST_STORE (kommune_strategy_get_focus_areas (strategy)));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Kommune/Strategy/focus-areas", test_focus_areas);
  g_test_add_func ("/Kommune/Strategy/invalid", test_invalid);

  g_test_add_func ("/Kommune/Strategy/bare", test_bare);
  return g_test_run ();
}
