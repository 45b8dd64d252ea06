/* kommune-analysis-data-private.h: the function groups and the art sums
 * of the key figures, read from the data compiled in
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A key figure as a signed sum: the lines whose function is in
 * @functions (NULL: every one) and whose art value lies in one of the
 * ranges (pairs of first, last). */
typedef struct
{
  gint    sign;
  GStrv   functions;
  GArray *ranges;   /* guint pairs */
} KommuneArtSum;

void          _kommune_art_sum_free          (KommuneArtSum  *sum);
gboolean      _kommune_art_sum_admits        (const KommuneArtSum *sum,
                                              const char     *function,
                                              gint            art);

/* The functions of group @name for @year; KOMMUNE_ERROR_INVALID_ARGUMENT
 * when no such group is bundled. */
GStrv          _kommune_function_group_lookup (const char    *name,
                                               guint          year,
                                               GError       **error);

/* The art sum of @figure for @year (a name of art-groups.tsv). */
KommuneArtSum *_kommune_art_sum_lookup        (const char    *figure,
                                               guint          year,
                                               GError       **error);

G_END_DECLS
