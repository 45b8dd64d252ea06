/* scorecard.c: the traffic lights of a document's goals, with the gaps and
 * overlaps of every indicator's bands.
 *
 * Usage: scorecard DOCUMENT.json [PERIOD]
 *        (e.g. examples/data/drammen-2014-sosiale-tjenester.json 2013)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <stdio.h>
#include <stdlib.h>

#include <locale.h>

#include <libkommune.h>

static void
print_band_findings (KommuneGoal *goal)
{
  GListModel *indicators = kommune_goal_get_indicators (goal);
  GListModel *children = kommune_goal_get_children (goal);

  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(KommuneIndicator) indicator = g_list_model_get_item (indicators, i);
      g_auto(GStrv) findings = kommune_indicator_check_bands (indicator);

      for (guint f = 0; findings[f] != NULL; f++)
        printf ("  %s: %s\n", kommune_indicator_get_name (indicator), findings[f]);
    }
  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr(KommuneGoal) child = g_list_model_get_item (children, i);

      print_band_findings (child);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneDocument) document = NULL;
  GListModel *goals;

  /* Characters as the locale has them (“øre”, not “?re”). */
  setlocale (LC_ALL, "");

  if (argc < 2 || argc > 3)
    {
      fprintf (stderr, "usage: %s DOCUMENT.json [PERIOD]\n", argv[0]);
      return EXIT_FAILURE;
    }

  document = kommune_document_load (argv[1], &error);
  if (document == NULL)
    {
      fprintf (stderr, "scorecard: %s\n", error->message);
      return EXIT_FAILURE;
    }

  goals = kommune_document_get_goals (document);
  if (g_list_model_get_n_items (goals) == 0)
    {
      fprintf (stderr, "scorecard: %s has no goals\n", argv[1]);
      return EXIT_FAILURE;
    }

  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(KommuneGoal) root = g_list_model_get_item (goals, i);
      g_autoptr(KommuneScorecard) scorecard = kommune_scorecard_new (root, argc == 3 ? argv[2] : NULL, &error);
      g_autofree char *text = NULL;

      if (scorecard == NULL)
        {
          fprintf (stderr, "scorecard: %s\n", error->message);
          return EXIT_FAILURE;
        }
      text = kommune_scorecard_format (scorecard);
      printf ("%s\n", text);
      printf ("Bands as written:\n");
      print_band_findings (root);
      printf ("\n");
    }
  return EXIT_SUCCESS;
}
