/* ledger-bench.c: loading a national ledger from CSV and aggregating it
 *
 * Usage: ledger-bench LEDGER.csv
 *        ledger-bench --synthetic ROWS
 *
 * Loads the CSV of the anchor benchmarks' generator with
 * kommune_ledger_load_csv(), then runs their three queries over the
 * ledger's columns with plain loops of its own (the queries as the
 * anchors define them, not the library's aggregation):
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

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneLedger) ledger = NULL;
  g_autofree char *made = NULL;
  g_autofree gint64 *q1 = NULL, *q3 = NULL;
  g_autofree guint8 *hit1 = NULL, *hit3 = NULL;
  g_autofree guint8 *function_slot = NULL;
  const char *path;
  struct stat st;
  double t0, t1, t2, t3, t4;
  long rss_before, rss_after;
  guint n, ny, nr, nf, na, y2024 = G_MAXUINT;
  gint64 expenses[65536 / 64] = { 0 }, revenues[65536 / 64] = { 0 };
  guint16 art_code[65536];
  guint8 seen[65536 / 64] = { 0 };
  gint64 year_total[KOMMUNE_LEDGER_MAX_YEARS] = { 0 }, grand = 0;
  gboolean year_hit[KOMMUNE_LEDGER_MAX_YEARS] = { FALSE };
  guint8 class_seen[10] = { 0 }, class_index[256] = { 0 };
  guint nc = 0;

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
  t1 = now ();
  if (ledger == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return EXIT_FAILURE;
    }
  rss_after = rss_kb ();
  if (made != NULL)
    g_unlink (made);

  n = ledger->n_lines;
  ny = ledger->n_years;
  nr = ledger->regions.codes->len;
  nf = ledger->functions.codes->len;
  na = ledger->arts.codes->len;
  if (nf > G_N_ELEMENTS (seen))
    {
      fprintf (stderr, "too many functions for the bench: %u\n", nf);
      return EXIT_FAILURE;
    }
  for (guint a = 0; a < na; a++)
    art_code[a] = (guint16) atoi (g_ptr_array_index (ledger->arts.codes, a));
  for (guint y = 0; y < ny; y++)
    if (ledger->years[y] == 2024)
      y2024 = y;
  printf ("ROWS %u\nBYTES %lld\nTIME Q0 %.6f\nLOAD_MBPS %.1f\n", n, (long long) st.st_size, t1 - t0,
          st.st_size / 1e6 / (t1 - t0));
  printf ("BYTES_PER_LINE %.1f\nRSS_BYTES_PER_LINE %.1f\n",
          n ? (double) (sizeof *ledger->year + sizeof *ledger->region + sizeof *ledger->account_class +
                        sizeof *ledger->function + sizeof *ledger->art + sizeof *ledger->amount) : 0.0,
          n ? (rss_after - rss_before) * 1024.0 / n : 0.0);

  /* The classes that occur, numbered densely like the other codes (the
   * C reference knows its two beforehand; this is not timed either). */
  for (guint i = 0; i < n; i++)
    class_seen[ledger->account_class[i] - '0'] = 1;
  for (guint c = 0; c < 10; c++)
    class_index['0' + c] = class_seen[c] ? (guint8) nc++ : 0;

  /* Q1: a dense [year][region][class][function] array. */
  {
    const guint8 *year = ledger->year, *cls = ledger->account_class;
    const guint16 *region = ledger->region, *function = ledger->function;
    const gint64 *amount = ledger->amount;
    gsize groups = (gsize) ny * nr * nc * nf;

    t1 = now ();
    q1 = _kommune_ledger_big_alloc (MAX (groups, 1) * sizeof *q1);
    memset (q1, 0, groups * sizeof *q1);
    for (guint i = 0; i < n; i++)
      q1[(((gsize) year[i] * nr + region[i]) * nc + class_index[cls[i]]) * nf + function[i]] += amount[i];
    t2 = now ();
  }

  /* Q2: one pass over 2024's operating lines. */
  {
    const guint8 *year = ledger->year, *cls = ledger->account_class;
    const guint16 *function = ledger->function, *art = ledger->art;
    const gint64 *amount = ledger->amount;

    for (guint i = 0; i < n; i++)
      {
        guint f, a;

        if (year[i] != y2024 || cls[i] != '1')
          continue;
        f = function[i];
        a = art_code[art[i]];
        seen[f] = 1;
        if (a < 600)
          expenses[f] += amount[i];
        else if (a < 900)
          revenues[f] += amount[i];
      }
    t3 = now ();
  }

  /* Q3: [year][region], then the coarser levels from it. */
  {
    const guint8 *year = ledger->year;
    const guint16 *region = ledger->region;
    const gint64 *amount = ledger->amount;

    q3 = g_new0 (gint64, (gsize) ny * nr);
    for (guint i = 0; i < n; i++)
      q3[(gsize) year[i] * nr + region[i]] += amount[i];
    for (guint y = 0; y < ny; y++)
      {
        for (guint r = 0; r < nr; r++)
          year_total[y] += q3[(gsize) y * nr + r];
        grand += year_total[y];
      }
    t4 = now ();
  }
  printf ("TIME Q1 %.6f\nTIME Q2 %.6f\nTIME Q3 %.6f\n", t2 - t1, t3 - t2, t4 - t3);

  /* Untimed checks, in kroner: the groups that occur. */
  {
    gsize groups = (gsize) ny * nr * nc * nf;
    long long c1 = 0, s1 = 0, max1 = G_MININT64, c2 = 0, se = 0, sr = 0, sn = 0, c3 = 1;

    hit1 = g_new0 (guint8, groups);
    hit3 = g_new0 (guint8, (gsize) ny * nr);
    for (guint i = 0; i < n; i++)
      {
        gsize yr = (gsize) ledger->year[i] * nr + ledger->region[i];

        hit1[(yr * nc + class_index[ledger->account_class[i]]) * nf + ledger->function[i]] = 1;
        hit3[yr] = 1;
        year_hit[ledger->year[i]] = TRUE;
      }
    for (gsize g = 0; g < groups; g++)
      if (hit1[g])
        {
          c1++;
          s1 += q1[g] / 100;
          max1 = MAX (max1, q1[g] / 100);
        }
    for (guint f = 0; f < nf; f++)
      if (seen[f])
        {
          c2++;
          se += expenses[f] / 100;
          sr += revenues[f] / 100;
          sn += (expenses[f] + revenues[f]) / 100;
        }
    for (gsize g = 0; g < (gsize) ny * nr; g++)
      c3 += hit3[g];
    for (guint y = 0; y < ny; y++)
      c3 += year_hit[y];
    printf ("CHECK_Q1 %lld %lld %lld\n", c1, s1, max1);
    printf ("CHECK_Q2 %lld %lld %lld %lld\n", c2, se, sr, sn);
    printf ("CHECK_Q3 %lld %lld %lld\n", c3, (long long) (3 * grand / 100), (long long) (grand / 100));
  }
  return EXIT_SUCCESS;
}
