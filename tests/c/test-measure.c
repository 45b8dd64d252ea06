/* test-measure.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <libkommune.h>

static void
test_progress (void)
{
  g_autoptr(GError) error = NULL;
  KommuneMeasure *measure = kommune_measure_new (2, "Økt fokus på systematisk jobbing med rekrutteringsprosessen", NULL);
  g_autoptr(KommuneNote) first = NULL;

  g_assert_cmpuint (kommune_measure_get_number (measure), ==, 2);
  g_assert_cmpstr (kommune_measure_get_text (measure), ==, "Økt fokus på systematisk jobbing med rekrutteringsprosessen");
  g_assert_cmpint (kommune_measure_get_status (measure), ==, KOMMUNE_MEASURE_STATUS_PLANNED);
  kommune_measure_set_status (measure, KOMMUNE_MEASURE_STATUS_STARTED);
  kommune_measure_set_responsible (measure, "Personalavdelingen");
  g_assert_cmpint (kommune_measure_get_status (measure), ==, KOMMUNE_MEASURE_STATUS_STARTED);
  g_assert_cmpstr (kommune_measure_get_responsible (measure), ==, "Personalavdelingen");
  g_assert_cmpstr (kommune_measure_status_to_string (KOMMUNE_MEASURE_STATUS_CANCELLED), ==, "cancelled");

  g_assert_true (kommune_measure_add_progress (measure, "2018-T1", "Ny rekrutteringsmodul er anskaffet.", &error));
  g_assert_false (kommune_measure_add_progress (measure, "2018-T1", "Igjen", &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_DUPLICATE);
  g_clear_error (&error);
  g_assert_false (kommune_measure_add_progress (measure, "", "Uten rapport", &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);

  first = g_list_model_get_item (kommune_measure_get_progress (measure), 0);
  g_assert_cmpstr (kommune_note_get_title (first), ==, "2018-T1");
  g_assert_cmpuint (g_list_model_get_n_items (kommune_measure_get_progress (measure)), ==, 1);

  g_clear_object (&first);
  g_assert_finalize_object (measure);
}

static void
test_checked (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneMeasure) bare = g_object_new (KOMMUNE_TYPE_MEASURE, NULL);
  g_autoptr(KommuneMeasure) measure = kommune_measure_new (1, "Tiltak", &error);

  g_assert_no_error (error);
  g_assert_null (kommune_measure_new (0, "Tiltak", &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_assert_cmpstr (error->message, ==, "a measure's number is at least 1");
  g_clear_error (&error);
  g_assert_null (kommune_measure_new (1, "", &error));
  g_assert_cmpstr (error->message, ==, "the measure's text is empty");
  g_clear_error (&error);
  g_assert_null (kommune_measure_new (1, NULL, &error));
  g_assert_cmpstr (error->message, ==, "the measure's text is missing");
  g_clear_error (&error);

  /* Bare measures read harmlessly; goals refuse them (see test-goal). */
  g_assert_cmpuint (kommune_measure_get_number (bare), ==, 0);
  g_assert_null (kommune_measure_get_text (bare));
  g_assert_false (G_IS_LIST_STORE (kommune_measure_get_progress (measure)));
  g_assert_true (g_list_model_get_item_type (kommune_measure_get_progress (measure)) == KOMMUNE_TYPE_NOTE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Kommune/Measure/progress", test_progress);

  g_test_add_func ("/Kommune/Measure/checked", test_checked);
  return g_test_run ();
}
