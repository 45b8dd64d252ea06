/* report.c: a document as one HTML file for the council, with the KOSTRA
 * key figures of an accounts file beside the budget.
 *
 * Usage: report DOCUMENT.json OUTPUT.html [ACCOUNTS.dat] [en]
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <stdio.h>
#include <string.h>

#include <locale.h>

#include <libkommune.h>

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneDocument) document = NULL;
  g_autoptr(KommuneReport) report = NULL;

  /* Characters as the locale has them (“øre”, not “?re”). */
  setlocale (LC_ALL, "");

  if (argc < 3 || argc > 5)
    {
      fprintf (stderr, "usage: report DOCUMENT.json OUTPUT.html [ACCOUNTS.dat] [en]\n");
      return 1;
    }

  document = kommune_document_load (argv[1], &error);
  if (document == NULL)
    {
      fprintf (stderr, "report: %s\n", error->message);
      return 1;
    }

  report = kommune_report_new (document);
  if (argc == 5 && strcmp (argv[4], "en") == 0)
    kommune_report_set_language (report, KOMMUNE_REPORT_LANGUAGE_EN);

  if (argc >= 4)
    {
      const char *paths[] = { argv[3], NULL };
      g_autoptr(KommuneLedger) ledger = kommune_ledger_load_accounts (paths, &error);

      /* NULL and 0: the file's only region, its latest year. */
      if (ledger == NULL || !kommune_report_set_accounts (report, ledger, NULL, 0, &error))
        {
          fprintf (stderr, "report: %s\n", error->message);
          return 1;
        }
    }

  if (!kommune_report_save (report, argv[2], &error))
    {
      fprintf (stderr, "report: %s\n", error->message);
      return 1;
    }
  printf ("%s\n", argv[2]);
  return 0;
}
