/* ledger-bench.c: loading a national ledger from CSV and aggregating it
 *
 * Usage: ledger-bench LEDGER.csv
 *        ledger-bench --synthetic ROWS
 *
 * Loads the CSV of the anchor benchmarks' generator with
 * kommune_ledger_load_csv(), then runs their three queries with the
 * library's kommune_ledger_aggregate() (each the best of five runs, as
 * the anchors' figures are medians of whole processes):
 *
 *   Q1  sum of amount by year, municipality, class, function
 *   Q2  year 2024, class 1: per function expenses (art < 600), revenues
 *       (600–899) and net
 *   Q3  totals by (year, municipality), by year, and a grand total
 *
 * It prints “TIME Qn seconds” for each, the load rate, the bytes a line
 * takes, and the anchors' “CHECK_Qn …” lines in kroner, which must equal
 * theirs. With --synthetic it writes its own small ledger first, so
 * `meson benchmark` needs no data file.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <glib/gstdio.h>
#include <libkommune.h>

#include "kostra/kommune-ledger-csv-private.h"

static double
now (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

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

static char *
synthetic (guint rows)
{
  GString *out = g_string_new ("year,municipality,account_class,function,art,amount\n");
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "ledger-bench-XXXXXX.csv", NULL);
  guint32 state = 20240101;
  int fd;

  for (guint i = 0; i < rows; i++)
    {
      state = state * 1664525u + 1013904223u;
      g_string_append_printf (out, "%u,%04u,%u,%03u,%03u,%d\n", 2015 + i / (rows / 10 + 1),
                              301 + (i / 37) % 357, (state >> 7) & 1, 100 + (state >> 9) % 84 * 9,
                              10 + (state >> 13) % 98 * 10, (int) (state % 2000000u) - 1000000);
    }
  fd = g_mkstemp (path);
  if (fd < 0 || write (fd, out->str, out->len) != (gssize) out->len)
    g_error ("cannot write %s", path);
  close (fd);
  g_string_free (out, TRUE);
  return g_steal_pointer (&path);
}

static gint64
column_sum (GBytes *bytes,
            gint64 *max)
{
  gsize size;
  const gint64 *values = g_bytes_get_data (bytes, &size);
  gint64 sum = 0;

  if (max != NULL)
    *max = G_MININT64;
  for (gsize i = 0; i < size / sizeof *values; i++)
    {
      sum += values[i];
      if (max != NULL)
        *max = MAX (*max, values[i] / 100);
    }
  return sum;
}

/* Runs one query @reps times and keeps the best time and the last table. */
static KommuneLedgerTable *
timed (KommuneLedger              *ledger,
       const char * const         *columns,
       KommuneLedgerFilter        *filter,
       KommuneLedgerAggregateFlags flags,
       guint                       reps,
       double                     *best)
{
  KommuneLedgerTable *table = NULL;

  *best = G_MAXDOUBLE;
  for (guint r = 0; r < reps; r++)
    {
      g_autoptr(GError) error = NULL;
      double t0 = now ();

      g_clear_object (&table);
      table = kommune_ledger_aggregate_full (ledger, columns, filter, flags, &error);
      *best = MIN (*best, now () - t0);
      if (table == NULL)
        g_error ("%s", error->message);
    }
  return table;
}

int
main (int   argc,
      char *argv[])
{
  static const char * const q1[] = { "year", "region", "account_class", "function", NULL };
  static const char * const q2[] = { "function", NULL };
  static const char * const q3[] = { "year", "region", NULL };
  static const char * const operating[] = { "1", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneLedger) ledger = NULL;
  g_autoptr(KommuneLedgerFilter) filter = kommune_ledger_filter_new ();
  g_autoptr(KommuneLedgerTable) t1 = NULL, t2 = NULL, t3 = NULL;
  g_autoptr(GBytes) a1 = NULL, e2 = NULL, r2 = NULL, a3 = NULL;
  g_autofree char *made = NULL;
  const char *path;
  struct stat st;
  double t0, tload, b1, b2, b3;
  long rss_before, rss_after;
  guint n, year = 2024;
  gint64 max1, s1, e, r;

  if (argc == 3 && g_str_equal (argv[1], "--synthetic"))
    path = made = synthetic ((guint) g_ascii_strtoull (argv[2], NULL, 10));
  else if (argc == 2)
    path = argv[1];
  else
    {
      fprintf (stderr, "usage: %s LEDGER.csv | --synthetic ROWS\n", argv[0]);
      return EXIT_FAILURE;
    }
  if (g_stat (path, &st) != 0)
    {
      fprintf (stderr, "%s: cannot stat\n", path);
      return EXIT_FAILURE;
    }

  rss_before = rss_kb ();
  t0 = now ();
  ledger = kommune_ledger_load_csv (path, &error);
  tload = now () - t0;
  if (ledger == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return EXIT_FAILURE;
    }
  rss_after = rss_kb ();
  if (made != NULL)
    g_unlink (made);

  n = kommune_ledger_get_n_lines (ledger);
  printf ("ROWS %u\nBYTES %lld\nTIME Q0 %.6f\nLOAD_MBPS %.1f\n", n, (long long) st.st_size, tload,
          st.st_size / 1e6 / tload);
  printf ("BYTES_PER_LINE %.1f\nRSS_BYTES_PER_LINE %.1f\n",
          (double) (sizeof *ledger->year + sizeof *ledger->region + sizeof *ledger->account_class +
                    sizeof *ledger->function + sizeof *ledger->art + sizeof *ledger->amount),
          n ? (rss_after - rss_before) * 1024.0 / n : 0.0);

  /* Q2 as the anchors define it: 2024, operating, arts below 600 are
   * expenses and 600–899 revenues; 900 and above are neither. */
  kommune_ledger_filter_set_years (filter, &year, 1);
  kommune_ledger_filter_set_account_classes (filter, operating);
  kommune_ledger_filter_set_art_range (filter, 0, 899);

  t1 = timed (ledger, q1, NULL, KOMMUNE_LEDGER_AGGREGATE_NONE, 5, &b1);
  t2 = timed (ledger, q2, filter, KOMMUNE_LEDGER_AGGREGATE_SPLIT, 5, &b2);
  t3 = timed (ledger, q3, NULL, KOMMUNE_LEDGER_AGGREGATE_ROLLUP, 5, &b3);
  printf ("TIME Q1 %.6f\nTIME Q2 %.6f\nTIME Q3 %.6f\n", b1, b2, b3);

  /* Untimed checks, in kroner, in the anchors' format. */
  a1 = kommune_ledger_table_get_amounts (t1);
  s1 = column_sum (a1, &max1);
  printf ("CHECK_Q1 %u %" G_GINT64_FORMAT " %" G_GINT64_FORMAT "\n",
          kommune_ledger_table_get_n_rows (t1), s1 / 100, max1);
  e2 = kommune_ledger_table_get_expenses (t2);
  r2 = kommune_ledger_table_get_revenues (t2);
  e = column_sum (e2, NULL);
  r = column_sum (r2, NULL);
  printf ("CHECK_Q2 %u %" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %" G_GINT64_FORMAT "\n",
          kommune_ledger_table_get_n_rows (t2), e / 100, r / 100, (e + r) / 100);
  a3 = kommune_ledger_table_get_amounts (t3);
  printf ("CHECK_Q3 %u %" G_GINT64_FORMAT " %" G_GINT64_FORMAT "\n",
          kommune_ledger_table_get_n_rows (t3), column_sum (a3, NULL) / 100,
          kommune_ledger_table_get_total (t3) / 100);
  return EXIT_SUCCESS;
}
