/* test-scorecard.c: the social-services scorecard of the bundled document
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <libkommune.h>

static KommuneDocument *
load_social_services (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "drammen-2014-sosiale-tjenester.json", NULL);
  KommuneDocument *document = kommune_document_load (path, &error);

  g_assert_no_error (error);
  return document;
}

static void
test_social_services (void)
{
  g_autoptr(KommuneDocument) document = load_social_services ();
  g_autoptr(KommuneGoal) root = g_list_model_get_item (kommune_document_get_goals (document), 0);
  g_autoptr(KommuneScorecard) scorecard = kommune_scorecard_new (root, "2013", NULL);
  KommuneGoal *work = kommune_goal_find (root, "o1");
  KommuneGoal *net = kommune_goal_find (root, "o3");
  g_autoptr(KommuneIndicator) introduction = g_list_model_get_item (kommune_goal_get_indicators (work), 0);
  g_autofree char *text = NULL;
  guint total = 0;

  for (int status = KOMMUNE_STATUS_DESIRED; status <= KOMMUNE_STATUS_NOT_MEASURED; status++)
    total += kommune_scorecard_get_count (scorecard, (KommuneStatus) status);
  g_assert_cmpuint (total, ==, 12);
  g_assert_cmpuint (kommune_scorecard_get_count (scorecard, KOMMUNE_STATUS_DESIRED), ==, 2);
  g_assert_cmpuint (kommune_scorecard_get_count (scorecard, KOMMUNE_STATUS_NOT_MEASURED), ==, 9);
  g_assert_cmpint (kommune_scorecard_get_status (scorecard), ==, KOMMUNE_STATUS_NOT_APPROVED);
  g_assert_cmpint (kommune_scorecard_get_goal_status (scorecard, net), ==, KOMMUNE_STATUS_NOT_APPROVED);
  g_assert_cmpint (kommune_scorecard_get_indicator_status (scorecard, introduction), ==, KOMMUNE_STATUS_DESIRED);
  g_assert_cmpint (kommune_measurement_get_value (kommune_scorecard_get_measurement (scorecard, introduction)), ==, 61000);
  g_assert_cmpuint (g_list_model_get_n_items (kommune_scorecard_get_not_approved (scorecard)), ==, 1);
  g_assert_cmpstr (kommune_scorecard_get_period (scorecard), ==, "2013");
  g_assert_true (kommune_scorecard_get_root (scorecard) == root);

  text = kommune_scorecard_format (scorecard);
  g_assert_true (g_str_has_prefix (text, "Scorecard 2013\n2 desired, 0 acceptable, 1 not approved, 0 outside bands, 9 not measured\n"));
  g_assert_nonnull (strstr (text, "= 61 (desired > 55; acceptable ≥ 50 and ≤ 54; not approved < 50)"));
}

static void
test_roll_up (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneDocument) document = load_social_services ();
  g_autoptr(KommuneGoal) root = g_list_model_get_item (kommune_document_get_goals (document), 0);
  KommuneGoal *net = kommune_goal_find (root, "o3");
  g_autoptr(KommuneIndicator) homeless = g_list_model_get_item (kommune_goal_get_indicators (net), 0);
  g_autoptr(KommuneIndicator) children = g_list_model_get_item (kommune_goal_get_indicators (net), 2);
  g_autoptr(KommuneMeasurement) many = kommune_measurement_new_from_text ("2015", "120", &error);
  g_autoptr(KommuneMeasurement) gap = kommune_measurement_new_from_text ("2015", "2700,5", &error);
  g_autoptr(KommuneScorecard) scorecard = NULL;
  g_autoptr(KommuneIndicator) red = NULL;
  g_autofree char *text = NULL;

  kommune_indicator_add_measurement (homeless, many, &error);
  kommune_indicator_add_measurement (children, gap, &error);
  g_assert_no_error (error);

  scorecard = kommune_scorecard_new (root, "2015", NULL);
  g_assert_cmpint (kommune_scorecard_get_indicator_status (scorecard, homeless), ==, KOMMUNE_STATUS_NOT_APPROVED);
  /* 2700,5 is above 2700: not approved, like any value over the bound. */
  g_assert_cmpint (kommune_scorecard_get_indicator_status (scorecard, children), ==, KOMMUNE_STATUS_NOT_APPROVED);
  g_assert_cmpint (kommune_scorecard_get_goal_status (scorecard, net), ==, KOMMUNE_STATUS_NOT_APPROVED);
  g_assert_cmpint (kommune_scorecard_get_status (scorecard), ==, KOMMUNE_STATUS_NOT_APPROVED);
  g_assert_cmpuint (g_list_model_get_n_items (kommune_scorecard_get_not_approved (scorecard)), ==, 2);
  red = g_list_model_get_item (kommune_scorecard_get_not_approved (scorecard), 0);
  g_assert_true (red == homeless);
  text = kommune_scorecard_format (scorecard);
  g_assert_nonnull (strstr (text, "Not approved: 2\n  Bostedsløse = 120 (not approved > 100)\n"));
}

/* An indicator under two goals colours both goals, but is counted once. */
static void
test_shared_indicator (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneGoal) root = kommune_goal_new ("k1", "Samfunnsmål", KOMMUNE_GOAL_LEVEL_COMMUNITY, &error);
  g_autoptr(KommuneGoal) first = kommune_goal_new ("o1", "Først", KOMMUNE_GOAL_LEVEL_PLAN, &error);
  g_autoptr(KommuneGoal) second = kommune_goal_new ("o2", "Så", KOMMUNE_GOAL_LEVEL_PLAN, &error);
  g_autoptr(KommuneIndicator) shared = kommune_indicator_new ("Felles", KOMMUNE_INDICATOR_UNIT_COUNT,
                                                              KOMMUNE_DIRECTION_LOWER_IS_BETTER, &error);
  g_autoptr(KommuneMeasurement) high = kommune_measurement_new ("2015", 120000, &error);
  g_autoptr(KommuneScorecard) scorecard = NULL;

  g_assert_no_error (error);
  g_assert_true (kommune_indicator_set_band (shared, KOMMUNE_STATUS_NOT_APPROVED, "100", FALSE, NULL, FALSE, &error));
  g_assert_true (kommune_indicator_add_measurement (shared, high, &error));
  g_assert_true (kommune_goal_add_child (root, first, &error));
  g_assert_true (kommune_goal_add_child (root, second, &error));
  g_assert_true (kommune_goal_add_indicator (first, shared, &error));
  g_assert_true (kommune_goal_add_indicator (second, shared, &error));

  scorecard = kommune_scorecard_new (root, "2015", &error);
  g_assert_no_error (error);
  g_assert_cmpint (kommune_scorecard_get_goal_status (scorecard, first), ==, KOMMUNE_STATUS_NOT_APPROVED);
  g_assert_cmpint (kommune_scorecard_get_goal_status (scorecard, second), ==, KOMMUNE_STATUS_NOT_APPROVED);
  g_assert_cmpuint (kommune_scorecard_get_count (scorecard, KOMMUNE_STATUS_NOT_APPROVED), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (kommune_scorecard_get_not_approved (scorecard)), ==, 1);
}

static void
test_worst (void)
{
  g_assert_cmpint (kommune_status_worst (KOMMUNE_STATUS_DESIRED, KOMMUNE_STATUS_ACCEPTABLE), ==, KOMMUNE_STATUS_ACCEPTABLE);
  g_assert_cmpint (kommune_status_worst (KOMMUNE_STATUS_NOT_APPROVED, KOMMUNE_STATUS_OUTSIDE_BANDS), ==, KOMMUNE_STATUS_NOT_APPROVED);
  g_assert_cmpint (kommune_status_worst (KOMMUNE_STATUS_ACCEPTABLE, KOMMUNE_STATUS_OUTSIDE_BANDS), ==, KOMMUNE_STATUS_OUTSIDE_BANDS);
  g_assert_cmpint (kommune_status_worst (KOMMUNE_STATUS_NOT_MEASURED, KOMMUNE_STATUS_DESIRED), ==, KOMMUNE_STATUS_DESIRED);
  g_assert_cmpint (kommune_status_worst (KOMMUNE_STATUS_DESIRED, KOMMUNE_STATUS_NOT_MEASURED), ==, KOMMUNE_STATUS_DESIRED);
  g_assert_cmpstr (kommune_status_to_string (KOMMUNE_STATUS_OUTSIDE_BANDS), ==, "outside-bands");
}

static void
test_checked (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneScorecard) bare = g_object_new (KOMMUNE_TYPE_SCORECARD, NULL);
  g_autofree char *text = NULL;

  g_assert_null (kommune_scorecard_new (NULL, "2013", &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_assert_cmpstr (error->message, ==, "a scorecard needs a goal at the top of its tree");
  g_clear_error (&error);

  /* A bare scorecard counts nothing and formats as empty. */
  g_assert_null (kommune_scorecard_get_root (bare));
  g_assert_cmpint (kommune_scorecard_get_status (bare), ==, KOMMUNE_STATUS_NOT_MEASURED);
  g_assert_cmpuint (kommune_scorecard_get_count (bare, KOMMUNE_STATUS_DESIRED), ==, 0);
  g_assert_null (kommune_scorecard_get_measurement (bare, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (kommune_scorecard_get_not_approved (bare)), ==, 0);
  g_assert_false (G_IS_LIST_STORE (kommune_scorecard_get_not_approved (bare)));
  text = kommune_scorecard_format (bare);
  g_assert_cmpstr (text, ==, "Scorecard (latest measurements)\n"
                             "0 desired, 0 acceptable, 0 not approved, 0 outside bands, 0 not measured\n\n"
                             "\nNot approved: 0\n");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Kommune/Scorecard/social-services", test_social_services);
  g_test_add_func ("/Kommune/Scorecard/roll-up", test_roll_up);
  g_test_add_func ("/Kommune/Scorecard/shared-indicator", test_shared_indicator);
  g_test_add_func ("/Kommune/Scorecard/worst", test_worst);

  g_test_add_func ("/Kommune/Scorecard/checked", test_checked);
  return g_test_run ();
}
