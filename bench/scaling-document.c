/* scaling-document.c: how loading and saving a document grow with its size
 *
 * Usage: scaling-document [N]
 *
 * Makes a document of N programme areas, each with a frame and a
 * department, and one of 10 N, as JSON text in memory; loads each with
 * kommune_document_load_from_data() and saves it with
 * kommune_document_save() (which checks it, reads back what it would
 * write, and replaces the file). For each operation it prints
 *
 *   NAME n=N t=SECONDS 10n=10N t=SECONDS ratio=RATIO
 *
 * A ratio near 10 is linear; near 100 is quadratic. N defaults to 2000.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <stdio.h>
#include <stdlib.h>
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

static char *
synthetic_document (guint n)
{
  GString *out = g_string_new ("{\"format_version\": 1, \"source\": \"syntetisk\",\n"
                               " \"municipality\": {\"number\": \"0815\", \"name\": \"Kragerø\", \"areas\": [\n");

  for (guint i = 0; i < n; i++)
    g_string_append_printf (out, "%s  {\"code\": \"a%06u\", \"name\": \"Område %u\", "
                            "\"departments\": [{\"code\": \"d%06u\", \"name\": \"Avdeling %u\"}]}\n",
                            i > 0 ? "," : "", i, i, i, i);
  g_string_append (out, " ]},\n \"plan\": {\"first_year\": 2024, \"frames\": [\n");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (out, "%s  {\"area\": \"a%06u\", \"year\": 2024, \"budget_type\": \"operating\", "
                            "\"amount\": %u, \"distributions\": []}\n",
                            i > 0 ? "," : "", i, 100000u + i);
  g_string_append (out, " ], \"adjustments\": []}\n}\n");
  return g_string_free (out, FALSE);
}

typedef struct
{
  double load;
  double save;
} Times;

static Times
measure (guint       n,
         const char *path)
{
  g_autofree char *data = synthetic_document (n);
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneDocument) document = NULL;
  Times times;
  double start;

  start = now ();
  document = kommune_document_load_from_data (data, -1, "synthetic.json", &error);
  times.load = now () - start;
  if (document == NULL)
    g_error ("%s", error->message);

  start = now ();
  if (!kommune_document_save (document, path, &error))
    g_error ("%s", error->message);
  times.save = now () - start;
  return times;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kommune-bench-XXXXXX", &error);
  g_autofree char *path = NULL;
  guint n = argc > 1 ? (guint) strtoul (argv[1], NULL, 10) : 2000;
  Times small, large;

  if (dir == NULL)
    g_error ("%s", error->message);
  if (n == 0)
    {
      fprintf (stderr, "usage: %s [N]\n", argv[0]);
      return 2;
    }
  path = g_build_filename (dir, "document.json", NULL);

  small = measure (n, path);
  large = measure (10 * n, path);
  printf ("document-load n=%u t=%.4f 10n=%u t=%.4f ratio=%.1f\n",
          n, small.load, 10 * n, large.load, large.load / small.load);
  printf ("document-save n=%u t=%.4f 10n=%u t=%.4f ratio=%.1f\n",
          n, small.save, 10 * n, large.save, large.save / small.save);

  g_unlink (path);
  g_rmdir (dir);
  return 0;
}
