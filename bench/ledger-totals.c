/* ledger-totals.c: how fast libkommune reads amounts and adds them up
 *
 * Usage: ledger-totals LEDGER.csv
 *        ledger-totals --synthetic ROWS
 *
 * Reads a KOSTRA-shaped ledger (year,municipality,account_class,function,
 * art,amount in whole kroner), converts every amount with
 * kommune_amount_parse() — the exact parser documents go through — and
 * adds it up with overflow-checked kommune_amount_add() into totals per
 * (year, municipality), per year and in all: the anchors' Q3. It prints
 * “TIME Q0+Q3 seconds”, rows per second and the grand total in kroner,
 * which must equal the anchors' CHECK_Q3 total.
 *
 * With --synthetic it makes its own ledger in memory, so `meson
 * benchmark` needs no data file.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <libkommune.h>

#define N_YEARS 64
#define N_MUNICIPALITIES 10000

static double
now (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

static char *
synthetic_ledger (guint rows, gsize *length)
{
  GString *out = g_string_sized_new ((gsize) rows * 28);
  guint32 state = 20240101;

  g_string_append (out, "year,municipality,account_class,function,art,amount\n");
  for (guint i = 0; i < rows; i++)
    {
      gint64 amount;

      state = state * 1664525u + 1013904223u;
      amount = (gint64) (state % 10000000u) * ((state >> 31) ? -1 : 1);
      g_string_append_printf (out, "%u,%04u,%u,%03u,%03u,%" G_GINT64_FORMAT "\n",
                              2015 + i % 10, 301 + (i / 10) % 357, (state >> 7) & 1,
                              100 + (state >> 9) % 800, 10 + (state >> 13) % 900, amount);
    }
  *length = out->len;
  return g_string_free (out, FALSE);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree gint64 *by_municipality = NULL;
  gint64 by_year[N_YEARS] = { 0 };
  gint64 total = 0;
  gsize length = 0;
  guint64 rows = 0;
  double start, elapsed;
  char *p, *end;

  if (argc == 3 && g_str_equal (argv[1], "--synthetic"))
    contents = synthetic_ledger ((guint) g_ascii_strtoull (argv[2], NULL, 10), &length);
  else if (argc != 2 || !g_file_get_contents (argv[1], &contents, &length, &error))
    {
      fprintf (stderr, "usage: %s LEDGER.csv | --synthetic ROWS%s%s\n", argv[0],
               error ? ": " : "", error ? error->message : "");
      return EXIT_FAILURE;
    }

  by_municipality = g_new0 (gint64, (gsize) N_YEARS * N_MUNICIPALITIES);
  start = now ();

  p = strchr (contents, '\n');          /* skip the header */
  p = p ? p + 1 : contents + length;
  end = contents + length;
  while (p < end)
    {
      char *line_end = memchr (p, '\n', (size_t) (end - p));
      char *field = p;
      guint values[2] = { 0, 0 };
      gint64 amount;
      guint year;

      if (line_end == NULL)
        line_end = end;
      *line_end = '\0';

      /* year and municipality are plain codes; the amount goes through
       * the library's parser and checked addition. */
      for (guint f = 0; f < 2; f++)
        {
          for (; *field >= '0' && *field <= '9'; field++)
            values[f] = values[f] * 10 + (guint) (*field - '0');
          field++;
        }
      for (guint f = 0; f < 3 && field != NULL; f++)
        {
          field = strchr (field, ',');
          field = field ? field + 1 : NULL;
        }
      if (field == NULL || field > line_end)
        {
          fprintf (stderr, "line %" G_GUINT64_FORMAT ": fewer than six fields\n", rows + 2);
          return EXIT_FAILURE;
        }

      amount = kommune_amount_parse (field, &error);
      if (error != NULL)
        {
          fprintf (stderr, "line %" G_GUINT64_FORMAT ": %s\n", rows + 2, error->message);
          return EXIT_FAILURE;
        }

      year = values[0] % N_YEARS;
      by_municipality[year * N_MUNICIPALITIES + values[1] % N_MUNICIPALITIES] =
        kommune_amount_add (by_municipality[year * N_MUNICIPALITIES + values[1] % N_MUNICIPALITIES],
                            amount, &error);
      by_year[year] = kommune_amount_add (by_year[year], amount, &error);
      total = kommune_amount_add (total, amount, &error);
      if (error != NULL)
        {
          fprintf (stderr, "line %" G_GUINT64_FORMAT ": %s\n", rows + 2, error->message);
          return EXIT_FAILURE;
        }
      rows++;
      p = line_end + 1;
    }

  elapsed = now () - start;
  printf ("TIME Q0+Q3 %.6f\n", elapsed);
  printf ("ROWS %" G_GUINT64_FORMAT "\n", rows);
  printf ("MROWS_PER_S %.2f\n", rows / elapsed / 1e6);
  printf ("CHECK_TOTAL_KRONER %" G_GINT64_FORMAT "\n", total / KOMMUNE_OERE_PER_KRONE);
  return EXIT_SUCCESS;
}
