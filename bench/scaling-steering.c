/* scaling-steering.c: how the steering model's operations grow with size
 *
 * Usage: scaling-steering [N]
 *
 * Times each operation for n and for 10 n items (n is N for the document
 * operations, 10 N for the others) and prints one line per operation:
 *
 *   NAME n=N t=SECONDS 10n=10N t=SECONDS ratio=RATIO
 *
 * A ratio near 10 means linear growth (O(1) per item); a quadratic
 * operation shows a ratio near 100. The operations are adding children
 * to a goal, adding measurements to an indicator, looking up goals by id,
 * evaluating a scorecard, and saving and loading a document whose goals
 * are wide: a tree of goals is at most KOMMUNE_GOAL_MAX_DEPTH deep, so a
 * document grows by breadth. The saved size is printed too
 * (`document-save-size … bytes=…`), with a ratio near 10 when the file is
 * linear in its content.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include <libkommune.h>

static double
now (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

static void
fail (GError *error)
{
  fprintf (stderr, "scaling-steering: %s\n", error->message);
  exit (EXIT_FAILURE);
}

static KommuneGoal *
make_goal (const char *prefix,
           guint       i)
{
  g_autofree char *id = g_strdup_printf ("%s%u", prefix, i);
  GError *error = NULL;
  KommuneGoal *goal = kommune_goal_new (id, "Et mål", KOMMUNE_GOAL_LEVEL_UNIT, &error);

  if (goal == NULL)
    fail (error);
  return goal;
}

/* A root goal with @n children, each with an indicator measured once. */
static KommuneGoal *
wide_tree (guint n)
{
  KommuneGoal *root = make_goal ("root", 0);
  GError *error = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KommuneGoal) child = make_goal ("g", i);
      g_autoptr(KommuneIndicator) indicator =
        kommune_indicator_new ("Andel", KOMMUNE_INDICATOR_UNIT_PERCENT,
                               KOMMUNE_DIRECTION_HIGHER_IS_BETTER, &error);
      g_autoptr(KommuneMeasurement) measurement = NULL;

      if (indicator == NULL ||
          !kommune_indicator_set_band (indicator, KOMMUNE_STATUS_DESIRED, "50", TRUE, NULL, FALSE, &error) ||
          (measurement = kommune_measurement_new ("2023", (gint64) (i % 100) * 1000, &error)) == NULL ||
          !kommune_indicator_add_measurement (indicator, measurement, &error) ||
          !kommune_goal_add_indicator (child, indicator, &error) ||
          !kommune_goal_add_child (root, child, &error))
        fail (error);
    }
  return root;
}

static double
time_add_children (guint n)
{
  g_autoptr(KommuneGoal) root = make_goal ("root", 0);
  g_autoptr(GPtrArray) children = g_ptr_array_new_with_free_func (g_object_unref);
  GError *error = NULL;
  double start;

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (children, make_goal ("g", i));
  start = now ();
  for (guint i = 0; i < n; i++)
    if (!kommune_goal_add_child (root, g_ptr_array_index (children, i), &error))
      fail (error);
  return now () - start;
}

static double
time_find_goals (guint n)
{
  g_autoptr(KommuneGoal) root = wide_tree (n);
  double start = now ();

  for (guint i = 0; i < n; i++)
    {
      char id[32];

      g_snprintf (id, sizeof id, "g%u", i);
      if (kommune_goal_find (root, id) == NULL)
        abort ();
    }
  return now () - start;
}

static double
time_add_measurements (guint n)
{
  g_autoptr(KommuneIndicator) indicator = NULL;
  g_autoptr(GPtrArray) measurements = g_ptr_array_new_with_free_func (g_object_unref);
  GError *error = NULL;
  double start;

  indicator = kommune_indicator_new ("Sykefravær", KOMMUNE_INDICATOR_UNIT_PERCENT,
                                     KOMMUNE_DIRECTION_LOWER_IS_BETTER, &error);
  if (indicator == NULL)
    fail (error);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *period = g_strdup_printf ("p%u", i);
      KommuneMeasurement *measurement = kommune_measurement_new (period, 5000, &error);

      if (measurement == NULL)
        fail (error);
      g_ptr_array_add (measurements, measurement);
    }
  start = now ();
  for (guint i = 0; i < n; i++)
    if (!kommune_indicator_add_measurement (indicator, g_ptr_array_index (measurements, i), &error))
      fail (error);
  return now () - start;
}

static double
time_scorecard (guint n)
{
  g_autoptr(KommuneGoal) root = wide_tree (n);
  g_autoptr(KommuneScorecard) scorecard = NULL;
  GError *error = NULL;
  double start = now ();

  scorecard = kommune_scorecard_new (root, "2023", &error);
  if (scorecard == NULL)
    fail (error);
  return now () - start;
}

static KommuneDocument *
wide_document (guint n)
{
  g_autoptr(KommuneMunicipality) municipality = NULL;
  g_autoptr(KommuneGoal) root = wide_tree (n);
  GError *error = NULL;
  KommuneDocument *document;

  municipality = kommune_municipality_new ("3005", "Drammen", &error);
  if (municipality == NULL)
    fail (error);
  document = kommune_document_new (municipality);
  if (!kommune_document_add_goal (document, root, &error))
    fail (error);
  return document;
}

static double
time_save (guint  n,
           gsize *bytes)
{
  g_autoptr(KommuneDocument) document = wide_document (n);
  g_autofree char *data = NULL;
  double start = now ();

  data = kommune_document_to_data (document, bytes);
  return now () - start;
}

static double
time_load (guint n)
{
  g_autoptr(KommuneDocument) document = wide_document (n);
  g_autoptr(KommuneDocument) loaded = NULL;
  g_autofree char *data = kommune_document_to_data (document, NULL);
  GError *error = NULL;
  double start = now ();

  loaded = kommune_document_load_from_data (data, -1, "wide", &error);
  if (loaded == NULL)
    fail (error);
  return now () - start;
}

static void
report (const char *name,
        guint       n,
        double    (*run) (guint))
{
  double small, large;

  run (n);   /* warm the allocator and the caches */
  small = run (n);
  large = run (10 * n);

  printf ("%s n=%u t=%.6f 10n=%u t=%.6f ratio=%.2f\n",
          name, n, small, 10 * n, large, small > 0 ? large / small : 0.0);
}

int
main (int   argc,
      char *argv[])
{
  guint n = argc > 1 ? (guint) strtoul (argv[1], NULL, 10) : 2000;
  gsize small_bytes, large_bytes;
  double small, large;

  if (n == 0 || n > 1000000)
    {
      fprintf (stderr, "usage: scaling-steering [N], 1 <= N <= 1000000\n");
      return EXIT_FAILURE;
    }

  /* The model's own operations take microseconds: start them at 10 N, so
   * the times are above the noise of the caches. */
  report ("goal-add-children", 10 * n, time_add_children);
  report ("goal-find", 10 * n, time_find_goals);
  report ("indicator-add-measurements", 10 * n, time_add_measurements);
  report ("scorecard-new", 10 * n, time_scorecard);
  report ("document-load-goals", n, time_load);

  small = time_save (n, &small_bytes);
  large = time_save (10 * n, &large_bytes);
  printf ("document-save-goals n=%u t=%.6f 10n=%u t=%.6f ratio=%.2f\n",
          n, small, 10 * n, large, small > 0 ? large / small : 0.0);
  printf ("document-save-size n=%u bytes=%" G_GSIZE_FORMAT " 10n=%u bytes=%" G_GSIZE_FORMAT " ratio=%.2f\n",
          n, small_bytes, 10 * n, large_bytes, (double) large_bytes / small_bytes);
  return EXIT_SUCCESS;
}
