/* plan-totals.c: the plan's frames per area and year, as adopted and as
 * revised, with totals, for each document given on the command line.
 *
 * Usage: plan-totals DOCUMENT.json...
 *        (e.g. examples/data/drammen-2017-t1-programomrade-07.json)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>

#include <libkommune.h>

static char *
kroner (gint64 oere)
{
  return kommune_amount_format (oere, KOMMUNE_AMOUNT_SCALE_KRONER, 0);
}

static gboolean
print_plan (KommuneDocument  *document,
            GError          **error)
{
  KommuneMunicipality *municipality = kommune_document_get_municipality (document);
  KommuneEconomicPlan *plan = kommune_document_get_plan (document);
  GListModel *areas;
  guint first, last;

  printf ("%s kommune (%s)\n", kommune_municipality_get_name (municipality),
          kommune_municipality_get_number (municipality));
  if (plan == NULL)
    {
      printf ("  no economic plan in this document\n\n");
      return TRUE;
    }

  first = kommune_economic_plan_get_first_year (plan);
  last = kommune_economic_plan_get_last_year (plan);
  areas = kommune_economic_plan_get_areas (plan);
  printf ("  Economic plan %u–%u, %u adjustments in the log\n", first, last,
          g_list_model_get_n_items (kommune_economic_plan_get_adjustments (plan)));
  printf ("  %-6s %-6s %-11s %16s %16s %16s\n", "area", "year", "budget", "adopted", "revised", "change");

  for (guint year = first; year <= last; year++)
    for (int type = KOMMUNE_BUDGET_TYPE_OPERATING; type <= KOMMUNE_BUDGET_TYPE_INVESTMENT; type++)
      {
        g_autofree char *total_text = NULL;
        gint64 total;

        for (guint i = 0; i < g_list_model_get_n_items (areas); i++)
          {
            g_autoptr(KommuneProgrammeArea) area = g_list_model_get_item (areas, i);
            const char *code = kommune_programme_area_get_code (area);
            g_autofree char *adopted_text = NULL;
            g_autofree char *revised_text = NULL;
            g_autofree char *change_text = NULL;
            gint64 adopted, revised;

            adopted = kommune_economic_plan_get_original_frame_amount (plan, code, year, type, error);
            if (error != NULL && *error != NULL)
              return FALSE;
            revised = kommune_economic_plan_get_frame_amount (plan, code, year, type, NULL, error);
            if (error != NULL && *error != NULL)
              return FALSE;
            if (adopted == 0 && revised == 0)
              continue;

            adopted_text = kroner (adopted);
            revised_text = kroner (revised);
            change_text = kroner (revised - adopted);
            printf ("  %-6s %-6u %-11s %16s %16s %16s\n", code, year,
                    kommune_budget_type_to_string (type), adopted_text, revised_text, change_text);
          }

        total = kommune_economic_plan_get_total (plan, year, type, NULL, error);
        if (error != NULL && *error != NULL)
          return FALSE;
        if (total == 0)
          continue;
        total_text = kroner (total);
        printf ("  %-6s %-6u %-11s %16s %16s\n", "total", year, kommune_budget_type_to_string (type),
                "", total_text);
      }
  printf ("\n");
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  if (argc < 2)
    {
      fprintf (stderr, "usage: %s DOCUMENT.json...\n", argv[0]);
      return EXIT_FAILURE;
    }

  /* Characters as the locale has them (“øre”, not “?re”). */
  setlocale (LC_ALL, "");

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(KommuneDocument) document = kommune_document_load (argv[i], &error);

      if (document == NULL || !print_plan (document, &error))
        {
          fprintf (stderr, "plan-totals: %s\n", error->message);
          return EXIT_FAILURE;
        }
    }
  return EXIT_SUCCESS;
}
