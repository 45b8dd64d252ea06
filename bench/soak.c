/* soak.c: one process doing a national round of work many times, to show
 * that its memory stays flat
 *
 * Usage: soak [--rounds N] [--regions N] [--lines N] [--data DIR] [LEDGER.csv]
 *
 * Each round loads the ledger CSV (written first when the file does not
 * exist: N regions of N lines each, by default 356 × 30 000, about ten
 * million lines, the country's municipalities), validates the bundled
 * accounts file, aggregates the ledger and takes a municipality's key
 * figures, saves the ledger as CSV to a temporary file, and loads and
 * saves every bundled document; then it frees everything and prints the
 * process's resident memory (VmRSS), and what it was at the round's end
 * with the ledger still loaded. At the end it prints the first round's,
 * the last's and the highest of both, and how much the last grew over
 * the first in percent. It times nothing that matters: it is a soak, not
 * a benchmark of speed.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>
#include <libkommune.h>

static long
rss_kb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, "VmRSS:")) == NULL)
    return 0;
  return strtol (line + 6, NULL, 10);
}

/* The CSV of @regions municipalities with @lines lines each, over three
 * years, with amounts of whole kroner. */
static void
write_ledger (const char *path,
              guint       regions,
              guint       lines)
{
  g_autofree char *partial = g_strconcat (path, ".part", NULL);
  FILE *out = fopen (partial, "w");
  guint32 state = 20240101;

  if (out == NULL)
    g_error ("cannot write %s", partial);
  fputs ("year,municipality,account_class,function,art,amount\n", out);
  for (guint r = 0; r < regions; r++)
    for (guint i = 0; i < lines; i++)
      {
        state = state * 1664525u + 1013904223u;
        fprintf (out, "%u,%04u,%u,%03u,%03u,%d\n", 2022 + i % 3, 301 + r, (state >> 7) & 1,
                 100 + (state >> 9) % 84 * 9, 10 + (state >> 13) % 98 * 10,
                 (int) (state % 2000000u) - 1000000);
      }
  if (fclose (out) != 0 || g_rename (partial, path) != 0)
    g_error ("cannot write %s", path);
}

/* One round; gives the resident memory while the ledger was loaded. */
static long
round_of_work (const char         *ledger_path,
               const char         *accounts_path,
               const char * const *documents,
               const char         *scratch)
{
  static const char * const columns[] = { "year", "region", "account_class", "function", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneLedger) ledger = kommune_ledger_load_csv (ledger_path, &error);
  g_autoptr(KommuneAccountsFile) file = NULL;
  g_autoptr(KommuneValidationReport) report = NULL;
  g_autoptr(KommuneLedgerTable) table = NULL;
  g_autoptr(KommuneKostraFigures) figures = NULL;
  g_autofree char *csv = g_build_filename (scratch, "ledger.csv", NULL);
  g_autofree char *json = NULL;

  if (ledger == NULL)
    g_error ("%s", error->message);

  file = kommune_accounts_file_load (accounts_path, &error);
  if (file == NULL)
    g_error ("%s", error->message);
  report = kommune_accounts_file_validate (file, "0A", "2019", 4, "040200", NULL, &error);
  if (report == NULL)
    g_error ("%s", error->message);
  json = kommune_validation_report_to_json (report);

  table = kommune_ledger_aggregate_full (ledger, columns, NULL, KOMMUNE_LEDGER_AGGREGATE_ROLLUP, &error);
  if (table == NULL)
    g_error ("%s", error->message);
  figures = kommune_ledger_key_figures (ledger, "0301", 2023, &error);
  if (figures == NULL)
    g_error ("%s", error->message);

  if (!kommune_ledger_save_csv (ledger, csv, &error))
    g_error ("%s", error->message);
  g_unlink (csv);

  for (guint i = 0; documents[i] != NULL; i++)
    {
      g_autoptr(KommuneDocument) document = kommune_document_load (documents[i], &error);
      g_autofree char *saved = g_build_filename (scratch, "document.json", NULL);

      if (document == NULL)
        g_error ("%s", error->message);
      if (!kommune_document_save (document, saved, &error))
        g_error ("%s", error->message);
      g_unlink (saved);
    }
  return rss_kb ();
}

int
main (int   argc,
      char *argv[])
{
  int rounds = 100, regions = 356, lines = 30000;
  g_autofree char *data = NULL;
  g_auto(GStrv) rest = NULL;
  GOptionEntry entries[] = {
    { "rounds", 0, 0, G_OPTION_ARG_INT, &rounds, "Rounds of work (100)", "N" },
    { "regions", 0, 0, G_OPTION_ARG_INT, &regions, "Municipalities of a generated ledger (356)", "N" },
    { "lines", 0, 0, G_OPTION_ARG_INT, &lines, "Lines of each municipality (30000)", "N" },
    { "data", 0, 0, G_OPTION_ARG_FILENAME, &data, "The folder of the bundled accounts file and documents", "DIR" },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &rest, NULL, "[LEDGER.csv]" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("[LEDGER.csv]");
  g_autoptr(GError) error = NULL;
  g_autofree char *ledger = NULL;
  g_autofree char *accounts = NULL;
  g_autoptr(GPtrArray) documents = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = NULL;
  g_autofree char *scratch = NULL;
  const char *name;
  long first = 0, last = 0, highest = 0, loaded_first = 0, loaded_last = 0, loaded_highest = 0;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || rounds < 1 || regions < 1 || lines < 1)
    {
      fprintf (stderr, "soak: %s\n", error != NULL ? error->message : "the counts must be positive");
      return 2;
    }
  if (data == NULL)
    data = g_strdup (SOAK_DATA_DIR);
  ledger = g_strdup (rest != NULL && rest[0] != NULL ? rest[0] : "soak-ledger.csv");
  if (!g_file_test (ledger, G_FILE_TEST_EXISTS))
    {
      printf ("writing %s: %d municipalities × %d lines\n", ledger, regions, lines);
      fflush (stdout);
      write_ledger (ledger, (guint) regions, (guint) lines);
    }

  accounts = g_build_filename (data, "0A_V2019_K4_R040200_OK.dat", NULL);
  dir = g_dir_open (data, 0, &error);
  if (dir == NULL)
    {
      fprintf (stderr, "soak: %s\n", error->message);
      return 2;
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".json"))
      g_ptr_array_add (documents, g_build_filename (data, name, NULL));
  g_ptr_array_sort (documents, (GCompareFunc) g_strcmp0);
  g_ptr_array_add (documents, NULL);

  scratch = g_dir_make_tmp ("soak-XXXXXX", &error);
  if (scratch == NULL)
    {
      fprintf (stderr, "soak: %s\n", error->message);
      return 2;
    }

  printf ("ledger %s, %u documents, %d rounds\n", ledger, documents->len - 1, rounds);
  for (int r = 1; r <= rounds; r++)
    {
      long loaded, rss;

      loaded = round_of_work (ledger, accounts, (const char * const *) documents->pdata, scratch);
      rss = rss_kb ();
      if (r == 1)
        {
          first = rss;
          loaded_first = loaded;
        }
      last = rss;
      loaded_last = loaded;
      highest = MAX (highest, rss);
      loaded_highest = MAX (loaded_highest, loaded);
      printf ("round %d RSS %ld kB (%ld kB with the ledger loaded)\n", r, rss, loaded);
      fflush (stdout);
    }
  g_rmdir (scratch);

  printf ("RSS after round 1 %ld kB, after round %d %ld kB, highest %ld kB\n", first, rounds, last, highest);
  printf ("RSS with the ledger loaded: round 1 %ld kB, round %d %ld kB, highest %ld kB\n",
          loaded_first, rounds, loaded_last, loaded_highest);
  printf ("GROWTH %.2f %% (with the ledger loaded %.2f %%)\n",
          first > 0 ? 100.0 * (last - first) / first : 0.0,
          loaded_first > 0 ? 100.0 * (loaded_last - loaded_first) / loaded_first : 0.0);
  return 0;
}
