/* plan-from-scratch.c: a four-year economic plan built from scratch:
 * frames as adopted, a dated transfer between two programme areas, and a
 * first tertial report whose proposal the council adopts. The
 * municipality and its figures are made up.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>

#include <libkommune.h>

/* Whole kroner in øre. */
#define KRONER(k) ((gint64) (k) * 100)

static void
print_amount (const char *what,
              gint64      oere)
{
  g_autofree char *text = kommune_amount_format (oere, KOMMUNE_AMOUNT_SCALE_KRONER, 0);

  printf ("%s %s kr\n", what, text);
}

/* @error must not be NULL: the getters report through it. */
static gboolean
build_and_report (GError **error)
{
  const KommuneBudgetType operating = KOMMUNE_BUDGET_TYPE_OPERATING;
  g_autoptr(KommuneMunicipality) municipality = NULL;
  g_autoptr(KommuneProgrammeArea) school = NULL;
  g_autoptr(KommuneProgrammeArea) care = NULL;
  g_autoptr(KommuneEconomicPlan) plan = NULL;
  g_autoptr(KommuneAdjustment) transfer = NULL;
  g_autoptr(KommuneTertialReport) report = NULL;
  g_autoptr(KommuneAreaReport) care_report = NULL;
  g_autoptr(KommuneAdjustment) proposal = NULL;
  g_autoptr(GDateTime) march = g_date_time_new_utc (2025, 3, 12, 0, 0, 0);
  g_autoptr(GDateTime) june = g_date_time_new_utc (2025, 6, 18, 0, 0, 0);
  g_autoptr(GDateTime) may = g_date_time_new_utc (2025, 5, 1, 0, 0, 0);
  gint64 deviation, frame;

  /* The organisation and the plan as the council adopts it in December. */
  municipality = kommune_municipality_new ("3999", "Eksempelby", error);
  school = kommune_programme_area_new ("01", "Oppvekst og kultur", error);
  care = kommune_programme_area_new ("02", "Helse og omsorg", error);
  plan = kommune_economic_plan_new (2025, error);
  if (municipality == NULL || school == NULL || care == NULL || plan == NULL)
    return FALSE;
  if (!kommune_municipality_add_area (municipality, school, error) ||
      !kommune_municipality_add_area (municipality, care, error) ||
      !kommune_economic_plan_add_area (plan, school, error) ||
      !kommune_economic_plan_add_area (plan, care, error) ||
      !kommune_economic_plan_set_frame_amount (plan, school, 2025, operating, KRONER (412500000), error) ||
      !kommune_economic_plan_set_frame_amount (plan, care, 2025, operating, KRONER (538250000), error))
    return FALSE;

  /* In March the council moves 1,2 mill. kr from care to school. */
  transfer = kommune_adjustment_new_transfer ("2025-sak-21", march, "sak 21/25",
                                              KOMMUNE_DOCUMENT_KIND_ECONOMIC_PLAN, "02", "01",
                                              operating, 2025, KRONER (1200000),
                                              "Flere elever i grunnskolen", error);
  if (transfer == NULL || !kommune_economic_plan_add_adjustment (plan, transfer, error))
    return FALSE;

  /* The first tertial report forecasts an overspend in care and proposes
   * 4,5 mill. kr more; the council adopts it on 18 June. */
  report = kommune_tertial_report_new (2025, KOMMUNE_DOCUMENT_KIND_TERTIAL_1, error);
  if (report == NULL)
    return FALSE;
  care_report = kommune_area_report_new ("02", error);
  if (care_report == NULL ||
      !kommune_area_report_set_forecast (care_report, KRONER (541500000), error))
    return FALSE;
  proposal = kommune_adjustment_new ("2025-t1-02", june, "sak 64/25", KOMMUNE_DOCUMENT_KIND_TERTIAL_1,
                                     "02", operating, 2025, KRONER (4500000),
                                     "Økt behov for hjemmetjenester", error);
  if (proposal == NULL ||
      !kommune_tertial_report_add_area_report (report, care_report, error) ||
      !kommune_tertial_report_add_proposal (report, proposal, error))
    return FALSE;
  deviation = kommune_tertial_report_get_deviation (report, "02", plan, error);
  if (*error != NULL)
    return FALSE;
  print_amount ("deviation in care:", deviation);
  if (!kommune_tertial_report_adopt (report, plan, june, error))
    return FALSE;

  /* Every state of a frame comes from the log. */
  frame = kommune_economic_plan_get_frame_amount (plan, "01", 2025, operating, NULL, error);
  print_amount ("01 2025 operating, revised:", frame);
  frame = kommune_economic_plan_get_frame_amount (plan, "02", 2025, operating, NULL, error);
  print_amount ("02 2025 operating, revised:", frame);
  frame = kommune_economic_plan_get_frame_amount (plan, "02", 2025, operating, may, error);
  print_amount ("care on 1 May:", frame);
  return *error == NULL;
}

int
main (void)
{
  g_autoptr(GError) error = NULL;

  /* Characters as the locale has them (“øre”, not “?re”). */
  setlocale (LC_ALL, "");

  if (!build_and_report (&error))
    {
      fprintf (stderr, "%s\n", error->message);
      return EXIT_FAILURE;
    }
  return EXIT_SUCCESS;
}
