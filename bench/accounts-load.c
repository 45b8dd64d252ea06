/* accounts-load.c: how fast a national KOSTRA accounts file loads
 *
 * Usage: accounts-load [RECORDS] [REPETITIONS]
 *
 * Makes a file in SSB's 48-character layout in memory (1 000 000 records
 * by default, about 49 MB: the size of all municipalities' accounts for
 * a year), loads it with kommune_accounts_file_load_from_bytes(), then
 * walks every record through g_list_model_get_item() and adds up the
 * amounts; it also loads the same bytes from a file (in the page cache)
 * with kommune_accounts_file_load(), which reads the file first. Beside it, in the same run and on the same bytes, a plain C
 * anchor: a memchr() line scan that checks each line as the loader does
 * and parses every amount into a packed array, which is what a
 * hand-written loader without objects would do. It prints the median of
 * the repetitions as seconds, MB/s and records/s, and the ratio of
 * libkommune's load to the anchor's.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <glib/gstdio.h>
#include <libkommune.h>

static double
now (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), compare_doubles);
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

/* A national-looking file: regions, drift and investering, functions and
 * arts drawn from the real ranges, amounts of both signs, "\n" after
 * every record. */
static GBytes *
national_file (guint records)
{
  GString *out = g_string_sized_new ((gsize) records * 49);
  guint32 state = 20191231;

  for (guint i = 0; i < records; i++)
    {
      guint region = 301 + (i / 2800) % 357;
      int amount;

      state = state * 1664525u + 1013904223u;
      amount = (int) (state % 200000u) - 20000;
      g_string_append_printf (out, "0A20194%04u00                  %u%03u %03u%9d\n",
                              region, (state >> 7) & 1, 100 + (state >> 9) % 800,
                              10 + (state >> 13) % 900, amount);
    }
  return g_string_free_to_bytes (out);
}

/* The anchor: what a loader without objects does with the same bytes. */
static guint
anchor_load (const char *data,
             gsize       size,
             gint32     *amounts)
{
  const char *end = data + size;
  guint n = 0;

  if (memchr (data, '\0', size) != NULL)
    return 0;
  for (const char *p = data; p < end; )
    {
      const char *newline = memchr (p, '\n', (gsize) (end - p));
      const char *stop = newline != NULL ? newline : end;
      gsize length = (gsize) (stop - p);

      if (length > 0 && p[length - 1] == '\r')
        length--;
      if (length == 48 && memchr (p, '\t', 48) == NULL)
        {
          const char *a = p + 39;
          gint32 value = 0;
          gboolean negative = FALSE;
          int k = 0;

          while (k < 9 && a[k] == ' ')
            k++;
          if (k < 9 && a[k] == '-')
            negative = TRUE, k++;
          for (; k < 9; k++)
            value = value * 10 + (a[k] - '0');
          amounts[n++] = negative ? -value : value;
        }
      p = stop + 1;
    }
  return n;
}

int
main (int   argc,
      char *argv[])
{
  guint records = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 1000000;
  guint reps = argc > 2 ? (guint) g_ascii_strtoull (argv[2], NULL, 10) : 5;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree double *load_times = NULL;
  g_autofree double *walk_times = NULL;
  g_autofree double *anchor_times = NULL;
  g_autofree double *path_times = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree gint32 *amounts = NULL;
  gint64 total = 0, anchor_total = 0;
  double mb, load, walk, anchor, from_path;
  gsize size;

  if (records == 0 || reps == 0)
    {
      fprintf (stderr, "usage: %s [RECORDS] [REPETITIONS]\n", argv[0]);
      return EXIT_FAILURE;
    }
  bytes = national_file (records);
  size = g_bytes_get_size (bytes);
  mb = size / 1e6;
  load_times = g_new (double, reps);
  walk_times = g_new (double, reps);
  anchor_times = g_new (double, reps);
  amounts = g_new (gint32, records);
  path_times = g_new (double, reps);
  dir = g_dir_make_tmp ("accounts-load-XXXXXX", NULL);
  path = g_build_filename (dir, "national.dat", NULL);
  if (dir == NULL || !g_file_set_contents (path, g_bytes_get_data (bytes, NULL), (gssize) size, NULL))
    {
      fprintf (stderr, "cannot write a temporary file\n");
      return EXIT_FAILURE;
    }

  for (guint r = 0; r < reps; r++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(KommuneAccountsFile) file = NULL;
      GListModel *list;
      double start;
      guint n;

      start = now ();
      file = kommune_accounts_file_load_from_bytes (bytes, "national.dat", &error);
      load_times[r] = now () - start;
      if (file == NULL || kommune_accounts_file_get_n_records (file) != records)
        {
          fprintf (stderr, "load failed: %s\n", error ? error->message : "wrong count");
          return EXIT_FAILURE;
        }

      list = kommune_accounts_file_get_records (file);
      total = 0;
      start = now ();
      n = g_list_model_get_n_items (list);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(KommuneAccountsRecord) record = g_list_model_get_item (list, i);

          total += kommune_accounts_record_get_amount (record);
        }
      walk_times[r] = now () - start;

      {
        g_autoptr(KommuneAccountsFile) loaded = NULL;

        start = now ();
        loaded = kommune_accounts_file_load (path, &error);
        path_times[r] = now () - start;
        if (loaded == NULL || kommune_accounts_file_get_n_records (loaded) != records)
          {
            fprintf (stderr, "load from the file failed: %s\n", error ? error->message : "wrong count");
            return EXIT_FAILURE;
          }
      }

      anchor_total = 0;
      start = now ();
      n = anchor_load (g_bytes_get_data (bytes, NULL), size, amounts);
      for (guint i = 0; i < n; i++)
        anchor_total += amounts[i];
      anchor_times[r] = now () - start;
      if (n != records || anchor_total * 100000 != total)
        {
          fprintf (stderr, "the anchor disagrees: %u records, total %" G_GINT64_FORMAT "\n", n, anchor_total);
          return EXIT_FAILURE;
        }
    }

  load = median (load_times, reps);
  walk = median (walk_times, reps);
  anchor = median (anchor_times, reps);
  from_path = median (path_times, reps);
  g_unlink (path);
  g_rmdir (dir);
  printf ("records: %u, bytes: %" G_GSIZE_FORMAT " (%.1f MB), repetitions: %u (medians)\n",
          records, size, mb, reps);
  printf ("TIME load %.4f s: %.0f MB/s, %.2f M records/s\n", load, mb / load, records / load / 1e6);
  printf ("TIME load-file %.4f s: %.0f MB/s, %.2f M records/s (reading the file included)\n",
          from_path, mb / from_path, records / from_path / 1e6);
  printf ("TIME walk %.4f s: %.2f M records/s through g_list_model_get_item ()\n",
          walk, records / walk / 1e6);
  printf ("TIME anchor %.4f s: %.0f MB/s, %.2f M records/s (plain C: line scan + amounts into an array)\n",
          anchor, mb / anchor, records / anchor / 1e6);
  printf ("ratio load / anchor: %.2fx\n", load / anchor);
  printf ("CHECK_TOTAL_ORE %" G_GINT64_FORMAT "\n", total);
  return EXIT_SUCCESS;
}
