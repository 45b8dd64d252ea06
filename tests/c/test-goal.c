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

  g_assert_cmpuint (kommune_goal_get_depth (root), ==, 3);
  g_assert_cmpuint (kommune_goal_get_depth (unit), ==, 1);

  /* Children outliving their parent forget it, and keep their own tree
   * searchable. */
  g_assert_finalize_object (root);
  g_assert_null (kommune_goal_get_parent (plan));
  g_assert_true (kommune_goal_find (plan, "v1") == unit);
  g_assert_null (kommune_goal_find (plan, "k1"));
  g_assert_true (kommune_goal_add_child (other, plan, &error));
  g_assert_true (kommune_goal_find (other, "v1") == unit);
}

static void
test_properties (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneGoal) goal = kommune_goal_new ("m3", "Andel ansatte i deltidsstillinger går ned",
                                                  KOMMUNE_GOAL_LEVEL_PLAN, &error);
  g_autoptr(KommuneIndicator) indicator =
    kommune_indicator_new ("Andel deltid", KOMMUNE_INDICATOR_UNIT_PERCENT, KOMMUNE_DIRECTION_LOWER_IS_BETTER,
                           &error);
  g_autoptr(KommuneMeasure) measure = kommune_measure_new (4, "Utrede bruk av vikarpool", &error);
  g_autoptr(KommuneMeasure) again = kommune_measure_new (4, "Noe annet", &error);

  g_assert_true (kommune_goal_set_period (goal, 2018, 2021, &error));
  g_assert_cmpuint (kommune_goal_get_first_year (goal), ==, 2018);
  g_assert_cmpuint (kommune_goal_get_last_year (goal), ==, 2021);
  g_assert_false (kommune_goal_set_period (goal, 2021, 2018, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_PERIOD);
  g_clear_error (&error);

  kommune_goal_set_owner (goal, "stab");
  g_assert_cmpstr (kommune_goal_get_owner (goal), ==, "stab");
  g_assert_true (kommune_goal_add_indicator (goal, indicator, &error));
  g_assert_cmpuint (g_list_model_get_n_items (kommune_goal_get_indicators (goal)), ==, 1);
  g_assert_true (kommune_goal_add_measure (goal, measure, &error));
  g_assert_false (kommune_goal_add_measure (goal, again, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_DUPLICATE);
  g_assert_cmpstr (error->message, ==, "goal “m3” already has a measure 4");
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

static KommuneGoal *
make_goal (guint i)
{
  g_autofree char *id = g_strdup_printf ("g%u", i);
  g_autoptr(GError) error = NULL;
  KommuneGoal *goal = kommune_goal_new (id, "Et mål", KOMMUNE_GOAL_LEVEL_UNIT, &error);

  g_assert_no_error (error);
  return goal;
}

static void
test_depth_limit (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneGoal) root = make_goal (1);
  g_autoptr(KommuneGoal) extra = make_goal (1000);
  g_autoptr(KommuneGoal) top = make_goal (2000);
  g_autoptr(KommuneGoal) high = make_goal (2001);
  KommuneGoal *deepest = root;

  g_assert_cmpint (KOMMUNE_GOAL_MAX_DEPTH, ==, 32);
  for (guint i = 2; i <= KOMMUNE_GOAL_MAX_DEPTH; i++)
    {
      g_autoptr(KommuneGoal) child = make_goal (i);

      g_assert_true (kommune_goal_add_child (deepest, child, &error));
      g_assert_no_error (error);
      deepest = child;
    }
  g_assert_cmpuint (kommune_goal_get_depth (root), ==, 32);

  /* A 33rd level is refused, and nothing changes. */
  g_assert_false (kommune_goal_add_child (deepest, extra, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_assert_cmpstr (error->message, ==,
                   "goal “g1000” under goal “g32” would make a tree of 33 levels; "
                   "a tree of goals has at most 32");
  g_clear_error (&error);
  g_assert_null (kommune_goal_get_parent (extra));
  g_assert_cmpuint (g_list_model_get_n_items (kommune_goal_get_children (deepest)), ==, 0);
  g_assert_null (kommune_goal_find (root, "g1000"));

  /* So is putting the 32-level tree under another goal. */
  g_assert_false (kommune_goal_add_child (top, root, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_assert_cmpstr (error->message, ==,
                   "goal “g1” under goal “g2000” would make a tree of 33 levels; "
                   "a tree of goals has at most 32");
  g_clear_error (&error);

  /* Heights follow additions: a two-level tree under g31 fails, a
   * one-level one fits. */
  g_assert_true (kommune_goal_add_child (top, high, &error));
  g_assert_cmpuint (kommune_goal_get_depth (top), ==, 2);
  g_assert_false (kommune_goal_add_child (kommune_goal_get_parent (deepest), top, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_true (kommune_goal_add_child (kommune_goal_get_parent (deepest), extra, &error));
  g_assert_true (kommune_goal_find (root, "g1000") == extra);
  g_assert_cmpuint (kommune_goal_count (root), ==, 32);
}

static void
test_many_children (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneGoal) root = make_goal (0);
  g_autoptr(KommuneGoal) again = make_goal (5000);

  for (guint i = 1; i <= 20000; i++)
    {
      g_autoptr(KommuneGoal) child = make_goal (i);

      g_assert_true (kommune_goal_add_child (root, child, &error));
    }
  g_assert_cmpuint (g_list_model_get_n_items (kommune_goal_get_children (root)), ==, 20000);
  g_assert_cmpstr (kommune_goal_get_id (kommune_goal_find (root, "g19999")), ==, "g19999");
  g_assert_false (kommune_goal_add_child (root, again, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_DUPLICATE);
  g_assert_cmpstr (error->message, ==, "the tree of goal “g0” already has a goal “g5000”");
}

static void
test_read_only_views (void)
{
  g_autoptr(KommuneGoal) goal = make_goal (1);

  g_assert_false (G_IS_LIST_STORE (kommune_goal_get_children (goal)));
  g_assert_false (G_IS_LIST_STORE (kommune_goal_get_indicators (goal)));
  g_assert_false (G_IS_LIST_STORE (kommune_goal_get_measures (goal)));
  g_assert_true (g_list_model_get_item_type (kommune_goal_get_children (goal)) == KOMMUNE_TYPE_GOAL);
  g_assert_true (g_list_model_get_item_type (kommune_goal_get_indicators (goal)) == KOMMUNE_TYPE_INDICATOR);
  g_assert_true (g_list_model_get_item_type (kommune_goal_get_measures (goal)) == KOMMUNE_TYPE_MEASURE);
}

static void
test_bare (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneGoal) bare = g_object_new (KOMMUNE_TYPE_GOAL, NULL);
  g_autoptr(KommuneGoal) goal = make_goal (1);
  g_autoptr(KommuneIndicator) bare_indicator = g_object_new (KOMMUNE_TYPE_INDICATOR, NULL);
  g_autoptr(KommuneMeasure) bare_measure = g_object_new (KOMMUNE_TYPE_MEASURE, NULL);
  g_autoptr(KommuneScorecard) scorecard = NULL;

  g_assert_null (kommune_goal_get_id (bare));
  g_assert_cmpuint (kommune_goal_count (bare), ==, 0);
  g_assert_null (kommune_goal_find (bare, "g1"));

  g_assert_false (kommune_goal_add_child (goal, bare, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_assert_cmpstr (error->message, ==, "the goal id is missing");
  g_clear_error (&error);
  g_assert_false (kommune_goal_add_child (bare, goal, &error));
  g_assert_cmpstr (error->message, ==, "the goal id is missing");
  g_clear_error (&error);
  g_assert_false (kommune_goal_add_child (goal, NULL, &error));
  g_assert_cmpstr (error->message, ==, "the child is not a goal");
  g_clear_error (&error);

  g_assert_false (kommune_goal_add_indicator (goal, bare_indicator, &error));
  g_assert_cmpstr (error->message, ==, "the indicator's name is missing");
  g_clear_error (&error);
  g_assert_false (kommune_goal_add_indicator (goal, NULL, &error));
  g_assert_cmpstr (error->message, ==, "the indicator is not an indicator");
  g_clear_error (&error);
  g_assert_false (kommune_goal_add_measure (goal, bare_measure, &error));
  g_assert_cmpstr (error->message, ==, "a measure's number is at least 1");
  g_clear_error (&error);
  g_assert_false (kommune_goal_add_measure (goal, NULL, &error));
  g_assert_cmpstr (error->message, ==, "the measure is not a measure");
  g_clear_error (&error);

  scorecard = kommune_scorecard_new (bare, NULL, &error);
  g_assert_null (scorecard);
  g_assert_cmpstr (error->message, ==, "the goal id is missing");
  g_clear_error (&error);
  g_assert_null (kommune_goal_new ("a", "b", (KommuneGoalLevel) 99, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_assert_cmpstr (error->message, ==, "99 is not a goal level");
}

/* A document whose goals form a chain @depth levels deep. */
static char *
chain_document (guint depth)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneMunicipality) municipality = kommune_municipality_new ("3005", "Drammen", &error);
  g_autoptr(KommuneDocument) document = kommune_document_new (municipality);
  g_autofree char *empty = kommune_document_to_data (document, NULL);
  g_auto(GStrv) halves = g_strsplit (empty, "\"goals\" : []", 2);
  GString *out = g_string_new (halves[0]);

  g_assert_cmpuint (g_strv_length (halves), ==, 2);
  g_string_append (out, "\"goals\" : [");
  for (guint i = 1; i <= depth; i++)
    g_string_append_printf (out, "{\"id\": \"g%u\", \"text\": \"Mål\", \"level\": \"unit\", \"children\": [", i);
  for (guint i = 1; i <= depth; i++)
    g_string_append (out, "]}");
  g_string_append (out, "]");
  g_string_append (out, halves[1]);
  return g_string_free (out, FALSE);
}

static void
test_load_depth (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *at_limit = chain_document (KOMMUNE_GOAL_MAX_DEPTH);
  g_autofree char *too_deep = chain_document (KOMMUNE_GOAL_MAX_DEPTH + 1);
  g_autofree char *far_too_deep = chain_document (10000);
  g_autoptr(KommuneDocument) loaded = kommune_document_load_from_data (at_limit, -1, "chain.json", &error);
  g_autoptr(KommuneGoal) root = NULL;

  g_assert_no_error (error);
  root = g_list_model_get_item (kommune_document_get_goals (loaded), 0);
  g_assert_cmpuint (kommune_goal_get_depth (root), ==, 32);

  /* Refused before the 33rd level's children are read: no recursion
   * beyond the limit however deep the file nests. */
  g_assert_null (kommune_document_load_from_data (too_deep, -1, "chain.json", &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_DOCUMENT);
  g_assert_nonnull (strstr (error->message, "goals nest more than 32 levels deep"));
  g_clear_error (&error);
  /* Deeper still, the JSON nests beyond its own limit (two levels a goal)
   * and the scan refuses it before anything is parsed. */
  g_assert_null (kommune_document_load_from_data (far_too_deep, -1, "chain.json", &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_DOCUMENT);
  g_assert_true (g_str_has_suffix (error->message, "arrays and objects nest deeper than 128 levels"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Kommune/Goal/tree", test_tree);
  g_test_add_func ("/Kommune/Goal/properties", test_properties);
  g_test_add_func ("/Kommune/Goal/invalid", test_invalid);
  g_test_add_func ("/Kommune/Goal/depth-limit", test_depth_limit);
  g_test_add_func ("/Kommune/Goal/many-children", test_many_children);
  g_test_add_func ("/Kommune/Goal/read-only-views", test_read_only_views);
  g_test_add_func ("/Kommune/Goal/bare", test_bare);

  g_test_add_func ("/Kommune/Goal/load-depth", test_load_depth);
  return g_test_run ();
}
