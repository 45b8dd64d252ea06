/* test-goal.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <libkommune.h>

static void
test_tree (void)
{
  g_autoptr(GError) error = NULL;
  KommuneGoal *root = kommune_goal_new ("k1", "Drammen er en trygg og helsefremmende by", KOMMUNE_GOAL_LEVEL_COMMUNITY, &error);
  g_autoptr(KommuneGoal) plan = kommune_goal_new ("o1", "Flere i arbeid og aktivitet", KOMMUNE_GOAL_LEVEL_PLAN, &error);
  g_autoptr(KommuneGoal) unit = kommune_goal_new ("v1", "Flere består norskprøve 2", KOMMUNE_GOAL_LEVEL_UNIT, &error);
  g_autoptr(KommuneGoal) clash = kommune_goal_new ("v1", "Samme id", KOMMUNE_GOAL_LEVEL_UNIT, &error);
  g_autoptr(KommuneGoal) other = kommune_goal_new ("x", "Annet tre", KOMMUNE_GOAL_LEVEL_PLAN, &error);

  g_assert_no_error (error);
  g_assert_true (kommune_goal_add_child (root, plan, &error));
  g_assert_true (kommune_goal_add_child (plan, unit, &error));
  g_assert_no_error (error);

  g_assert_true (kommune_goal_get_parent (unit) == plan);
  g_assert_cmpstr (kommune_goal_get_id (unit), ==, "v1");
  g_assert_cmpstr (kommune_goal_get_text (unit), ==, "Flere består norskprøve 2");
  g_assert_cmpuint (g_list_model_get_n_items (kommune_goal_get_children (root)), ==, 1);
  g_assert_null (kommune_goal_get_parent (root));
  g_assert_true (kommune_goal_find (root, "v1") == unit);
  g_assert_null (kommune_goal_find (plan, "k1"));
  g_assert_cmpuint (kommune_goal_count (root), ==, 2);
  g_assert_cmpint (kommune_goal_get_level (unit), ==, KOMMUNE_GOAL_LEVEL_UNIT);
  g_assert_cmpstr (kommune_goal_level_to_string (KOMMUNE_GOAL_LEVEL_STRATEGIC), ==, "strategic");

  g_assert_false (kommune_goal_add_child (root, clash, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_DUPLICATE);
  g_clear_error (&error);
  g_assert_false (kommune_goal_add_child (other, unit, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (kommune_goal_add_child (unit, root, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_cmpuint (kommune_goal_count (root), ==, 2);

  /* Children outliving their parent forget it. */
  g_assert_finalize_object (root);
  g_assert_null (kommune_goal_get_parent (plan));
}

static void
test_properties (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneGoal) goal = kommune_goal_new ("m3", "Andel ansatte i deltidsstillinger går ned",
                                                  KOMMUNE_GOAL_LEVEL_PLAN, &error);
  g_autoptr(KommuneIndicator) indicator =
    kommune_indicator_new ("Andel deltid", KOMMUNE_INDICATOR_UNIT_PERCENT, KOMMUNE_DIRECTION_LOWER_IS_BETTER);
  g_autoptr(KommuneMeasure) measure = kommune_measure_new (4, "Utrede bruk av vikarpool");
  g_autoptr(KommuneMeasure) again = kommune_measure_new (4, "Noe annet");

  g_assert_true (kommune_goal_set_period (goal, 2018, 2021, &error));
  g_assert_cmpuint (kommune_goal_get_first_year (goal), ==, 2018);
  g_assert_cmpuint (kommune_goal_get_last_year (goal), ==, 2021);
  g_assert_false (kommune_goal_set_period (goal, 2021, 2018, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_PERIOD);
  g_clear_error (&error);

  kommune_goal_set_owner (goal, "stab");
  g_assert_cmpstr (kommune_goal_get_owner (goal), ==, "stab");
  kommune_goal_add_indicator (goal, indicator);
  g_assert_cmpuint (g_list_model_get_n_items (kommune_goal_get_indicators (goal)), ==, 1);
  g_assert_true (kommune_goal_add_measure (goal, measure, &error));
  g_assert_false (kommune_goal_add_measure (goal, again, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_DUPLICATE);
  g_assert_cmpuint (g_list_model_get_n_items (kommune_goal_get_measures (goal)), ==, 1);
}

static void
test_invalid (void)
{
  GError *error = NULL;

  g_assert_null (kommune_goal_new ("", "tekst", KOMMUNE_GOAL_LEVEL_PLAN, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_CODE);
  g_clear_error (&error);
  g_assert_null (kommune_goal_new ("a", "", KOMMUNE_GOAL_LEVEL_PLAN, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Kommune/Goal/tree", test_tree);
  g_test_add_func ("/Kommune/Goal/properties", test_properties);
  g_test_add_func ("/Kommune/Goal/invalid", test_invalid);

  return g_test_run ();
}
