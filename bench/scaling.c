/* scaling.c: how the model's operations grow with their input
 *
 * Usage: scaling [N]
 *
 * Times each operation below for N items and for 10 N items (N = 2000 by
 * default) and prints one line per operation:
 *
 *     NAME n=N t=SECONDS 10n=10N t=SECONDS ratio=R
 *
 * A ratio near 10 means the operation is linear in its input (or
 * O(n log n) with a ratio a little above 10); near 100 it is quadratic.
 * Each time is the best of three runs.
 *
 * To add an operation, write a `static void run_x (guint n)` that builds
 * its input and does the work for n items, and add `{ "name", run_x }` to
 * operations[].
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <stdio.h>
#include <stdlib.h>

#include <libkommune.h>

typedef struct
{
  const char *name;
  void      (*run) (guint n);
} Operation;

static void
check (gboolean  ok,
       GError   *error)
{
  if (!ok)
    {
      g_printerr ("scaling: %s\n", error ? error->message : "failed");
      exit (1);
    }
}

static KommuneEconomicPlan *
plan_with_areas (guint n_areas)
{
  GError *error = NULL;
  KommuneEconomicPlan *plan = kommune_economic_plan_new (2017, &error);

  check (plan != NULL, error);
  for (guint i = 0; i < n_areas; i++)
    {
      g_autofree char *code = g_strdup_printf ("%05u", i);
      g_autoptr(KommuneProgrammeArea) area = kommune_programme_area_new (code, "Område", &error);

      check (area != NULL, error);
      check (kommune_economic_plan_set_frame_amount (plan, area, 2017, KOMMUNE_BUDGET_TYPE_OPERATING,
                                              1000000, &error), error);
    }
  return plan;
}

static KommuneAdjustment *
make_adjustment (const char          *prefix,
                 guint                i,
                 KommuneDocumentKind  document,
                 const char          *area_code)
{
  g_autoptr(GDateTime) date = g_date_time_new_utc (2017, 1 + i % 12, 1 + i % 28, 0, 0, 0);
  g_autofree char *id = g_strdup_printf ("%s-%u", prefix, i);
  GError *error = NULL;
  KommuneAdjustment *adjustment =
    kommune_adjustment_new (id, date, NULL, document, area_code,
                            KOMMUNE_BUDGET_TYPE_OPERATING, 2017, 100, NULL, &error);

  check (adjustment != NULL, error);
  return adjustment;
}

/* n adjustments, all to the same frame: the worst case for a log that
 * adds up the frame anew for every check. */
static void
run_plan_add_adjustments (guint n)
{
  g_autoptr(KommuneEconomicPlan) plan = plan_with_areas (1);
  GError *error = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KommuneAdjustment) adjustment =
        make_adjustment ("a", i, KOMMUNE_DOCUMENT_KIND_ECONOMIC_PLAN, "00000");

      check (kommune_economic_plan_add_adjustment (plan, adjustment, &error), error);
    }
}

static void
run_municipality_add_areas (guint n)
{
  GError *error = NULL;
  g_autoptr(KommuneMunicipality) municipality = kommune_municipality_new ("4014", "Kragerø", &error);

  check (municipality != NULL, error);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *code = g_strdup_printf ("%05u", i);
      g_autoptr(KommuneProgrammeArea) area = kommune_programme_area_new (code, "Område", &error);

      check (area != NULL, error);
      check (kommune_municipality_add_area (municipality, area, &error), error);
    }
}

/* A report with n proposals to one area, adopted into a plan. */
static void
run_report_adopt_proposals (guint n)
{
  g_autoptr(KommuneEconomicPlan) plan = plan_with_areas (1);
  g_autoptr(GDateTime) adopted = g_date_time_new_utc (2017, 6, 30, 0, 0, 0);
  GError *error = NULL;
  g_autoptr(KommuneTertialReport) report =
    kommune_tertial_report_new (2017, KOMMUNE_DOCUMENT_KIND_TERTIAL_1, &error);

  check (report != NULL, error);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KommuneAdjustment) adjustment =
        make_adjustment ("p", i, KOMMUNE_DOCUMENT_KIND_TERTIAL_1, "00000");

      check (kommune_tertial_report_add_proposal (report, adjustment, &error), error);
    }
  check (kommune_tertial_report_adopt (report, plan, adopted, &error), error);
}

/* n areas with an adjustment each, then the plan's total as of a date:
 * every area's frame is computed from the log. */
static void
run_plan_total_as_of (guint n)
{
  g_autoptr(KommuneEconomicPlan) plan = plan_with_areas (n);
  g_autoptr(GDateTime) as_of = g_date_time_new_utc (2017, 6, 30, 0, 0, 0);
  GError *error = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *code = g_strdup_printf ("%05u", i);
      g_autoptr(KommuneAdjustment) adjustment =
        make_adjustment ("t", i, KOMMUNE_DOCUMENT_KIND_ECONOMIC_PLAN, code);

      check (kommune_economic_plan_add_adjustment (plan, adjustment, &error), error);
    }
  kommune_economic_plan_get_total (plan, 2017, KOMMUNE_BUDGET_TYPE_OPERATING, as_of, &error);
  check (error == NULL, error);
}

/* A document with n areas, a frame and an adjustment each, saved to
 * JSON and loaded again. */
static void
run_plan_save_load (guint n)
{
  GError *error = NULL;
  g_autoptr(KommuneMunicipality) municipality = kommune_municipality_new ("4014", "Kragerø", &error);
  g_autoptr(KommuneEconomicPlan) plan = plan_with_areas (n);
  g_autoptr(KommuneDocument) document = NULL;
  g_autoptr(KommuneDocument) loaded = NULL;
  g_autofree char *data = NULL;
  GListModel *areas = kommune_economic_plan_get_areas (plan);

  check (municipality != NULL, error);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KommuneProgrammeArea) area = g_list_model_get_item (areas, i);
      g_autoptr(KommuneAdjustment) adjustment =
        make_adjustment ("s", i, KOMMUNE_DOCUMENT_KIND_ECONOMIC_PLAN, kommune_programme_area_get_code (area));

      check (kommune_municipality_add_area (municipality, area, &error), error);
      check (kommune_economic_plan_add_adjustment (plan, adjustment, &error), error);
    }
  document = kommune_document_new (municipality);
  kommune_document_set_plan (document, plan);
  data = kommune_document_to_data (document, NULL);
  loaded = kommune_document_load_from_data (data, -1, "scaling.json", &error);
  check (loaded != NULL, error);
}

static const Operation operations[] = {
  { "plan-add-adjustments", run_plan_add_adjustments },
  { "municipality-add-areas", run_municipality_add_areas },
  { "report-adopt-proposals", run_report_adopt_proposals },
  { "plan-total-as-of", run_plan_total_as_of },
  { "plan-save-load", run_plan_save_load },
};

static double
best_of_three (const Operation *operation,
               guint            n)
{
  double best = G_MAXDOUBLE;

  for (guint run = 0; run < 3; run++)
    {
      gint64 start = g_get_monotonic_time ();

      operation->run (n);
      best = MIN (best, (g_get_monotonic_time () - start) / 1e6);
    }
  return best;
}

int
main (int    argc,
      char **argv)
{
  guint n = argc > 1 ? (guint) strtoul (argv[1], NULL, 10) : 2000;

  if (n == 0 || n > 1000000)
    {
      g_printerr ("usage: scaling [N], with 1 <= N <= 1000000\n");
      return 2;
    }

  for (guint i = 0; i < G_N_ELEMENTS (operations); i++)
    {
      double small = best_of_three (&operations[i], n);
      double large = best_of_three (&operations[i], 10 * n);

      printf ("%s n=%u t=%.6f 10n=%u t=%.6f ratio=%.1f\n",
              operations[i].name, n, small, 10 * n, large,
              small > 0 ? large / small : 0.0);
      fflush (stdout);
    }
  return 0;
}
