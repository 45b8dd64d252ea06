/* kommune-chart-data-private.h: what a chart holds, for the files that
 * draw it.
 *
 * The chart's grid of values, its labels and its reference lines, shared
 * by the model and data table (kommune-chart.c) and the SVG drawing
 * (kommune-chart-svg.c). Nothing outside report/kommune-chart*.c uses it:
 * the report builds charts only through kommune-chart-private.h.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "report/kommune-chart-private.h"

G_BEGIN_DECLS

typedef struct
{
  gint64   value;
  gboolean set;
} KommuneChartCell;

typedef struct
{
  char   *label;
  gint64  value;
} KommuneChartReference;

struct _KommuneChart
{
  KommuneChartKind  kind;
  KommuneChartUnit  unit;
  char             *id;
  char             *title;
  char             *x_label;
  char             *y_label;
  char             *note;
  char             *description;
  GPtrArray        *categories;   /* char *, never NULL */
  GPtrArray        *series;       /* char *, never NULL */
  GArray           *is_total;     /* gboolean per category */
  GPtrArray        *cells;        /* per series, a GArray of KommuneChartCell per category */
  GArray           *references;   /* KommuneChartReference */
  guint             decimals;     /* thousandths: the most any value needs */
};

/* The cell of @series in @category; both must be in range. */
const KommuneChartCell *_kommune_chart_cell (const KommuneChart *chart,
                                             guint               series,
                                             guint               category);

/* The sum of the set values of @category over every series, and the sums
 * of its positive and its negative values (for the two sides of a stack).
 * Each is clamped to the range of a gint64 when it would overflow; returns
 * FALSE if any was. */
gboolean _kommune_chart_category_sums (const KommuneChart *chart,
                                       guint               category,
                                       gint64             *total,
                                       gint64             *positive,
                                       gint64             *negative);

/* @a + @b, clamped to the range of a gint64; sets *@clamped if it was. */
gint64   _kommune_chart_clamped_add   (gint64              a,
                                       gint64              b,
                                       gboolean           *clamped);

/* A value as the data table writes it, exactly: whole kroner for øre,
 * two decimals for hundredths, for thousandths as many as the chart's
 * values need (32,30 beside 32,34). */
char    *_kommune_chart_format_value  (const KommuneChart *chart,
                                       gint64              value) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
