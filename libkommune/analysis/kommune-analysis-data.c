/* kommune-analysis-data.c: the function groups and the art sums of the
 * key figures, read from the data compiled in
 *
 * Apart from the figures: SSB's groups and definitions change between
 * years, so they are data keyed by year (data/README.md), and this file
 * alone knows where they are and how they are written.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <gio/gio.h>

#include "kommune-error.h"
#include "analysis/kommune-analysis-data-private.h"
#include "analysis/kommune-analysis-resources.h"
#include "core/kommune-i18n-private.h"

#define DATA_PATH "/org/kommune/analysis/data"

static GResource *
analysis_resource (void)
{
  static gsize registered;

  if (g_once_init_enter (&registered))
    {
      _kommune_analysis_register_resource ();
      g_once_init_leave (&registered, 1);
    }
  return _kommune_analysis_get_resource ();
}

/* The lines of @file in the folder for @year: the newest folder not
 * after it, or the oldest. */
static GStrv
data_lines (const char  *file,
            guint        year)
{
  g_auto(GStrv) folders = g_resource_enumerate_children (analysis_resource (), DATA_PATH,
                                                         G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  guint best = 0, oldest = G_MAXUINT;
  g_autofree char *path = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *text = NULL;

  for (guint i = 0; folders != NULL && folders[i] != NULL; i++)
    {
      guint folder_year = (guint) strtoul (folders[i], NULL, 10);

      oldest = MIN (oldest, folder_year);
      if (folder_year <= year)
        best = MAX (best, folder_year);
    }
  if (best == 0)
    best = oldest;
  path = g_strdup_printf (DATA_PATH "/%u/%s", best, file);
  bytes = g_resource_lookup_data (analysis_resource (), path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_assert (bytes != NULL);
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  return g_strsplit (text, "\n", -1);
}

/* The fields of the data line whose first field is @name, or NULL. */
static GStrv
find_line (const char *file,
           guint       year,
           const char *name,
           guint       n_fields)
{
  g_auto(GStrv) lines = data_lines (file, year);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;

      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;
      fields = g_strsplit (lines[i], "\t", -1);
      if (g_strv_length (fields) == n_fields && strcmp (fields[0], name) == 0)
        return g_steal_pointer (&fields);
    }
  return NULL;
}

GStrv
_kommune_function_group_lookup (const char  *name,
                                guint        year,
                                GError     **error)
{
  g_auto(GStrv) fields = find_line ("function-groups.tsv", year, name, 3);

  if (fields == NULL)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                   _("No function group “%s” is known for %u"), name, year);
      return NULL;
    }
  return g_strsplit (fields[2], " ", -1);
}

void
_kommune_art_sum_free (KommuneArtSum *sum)
{
  if (sum == NULL)
    return;
  g_strfreev (sum->functions);
  g_array_unref (sum->ranges);
  g_free (sum);
}

KommuneArtSum *
_kommune_art_sum_lookup (const char  *figure,
                         guint        year,
                         GError     **error)
{
  g_auto(GStrv) fields = find_line ("art-groups.tsv", year, figure, 4);
  g_auto(GStrv) ranges = NULL;
  KommuneArtSum *sum;

  if (fields == NULL)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                   _("No key figure “%s” is known for %u"), figure, year);
      return NULL;
    }
  sum = g_new0 (KommuneArtSum, 1);
  sum->sign = fields[1][0] == '-' ? -1 : 1;
  if (strcmp (fields[2], "*") != 0)
    sum->functions = g_strsplit (fields[2], " ", -1);
  sum->ranges = g_array_new (FALSE, FALSE, sizeof (guint));
  ranges = g_strsplit (fields[3], " ", -1);
  for (guint i = 0; ranges[i] != NULL; i++)
    {
      char *end = NULL;
      guint first = (guint) strtoul (ranges[i], &end, 10);
      guint last = *end == '-' ? (guint) strtoul (end + 1, NULL, 10) : first;

      g_array_append_val (sum->ranges, first);
      g_array_append_val (sum->ranges, last);
    }
  return sum;
}

gboolean
_kommune_art_sum_admits (const KommuneArtSum *sum,
                         const char          *function,
                         gint                 art)
{
  if (art < 0)
    return FALSE;
  if (sum->functions != NULL && !g_strv_contains ((const char * const *) sum->functions, function))
    return FALSE;
  for (guint i = 0; i + 1 < sum->ranges->len; i += 2)
    if ((guint) art >= g_array_index (sum->ranges, guint, i) &&
        (guint) art <= g_array_index (sum->ranges, guint, i + 1))
      return TRUE;
  return FALSE;
}
