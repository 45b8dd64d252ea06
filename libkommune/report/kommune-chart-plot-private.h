/* kommune-chart-plot-private.h: the geometry of a chart being drawn.
 *
 * Where the plot is in the SVG, how values map to pixels, and the small
 * writers of numbers and text that the frame (kommune-chart-svg.c) and
 * the marks (kommune-chart-marks.c) share. Coordinates are the only
 * floating point in a chart; they are always finite.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "report/kommune-chart-axis-private.h"
#include "report/kommune-chart-data-private.h"

G_BEGIN_DECLS

/* A rectangle in the SVG's coordinates, x0 <= x1 and y0 <= y1. */
typedef struct
{
  double x0;
  double y0;
  double x1;
  double y1;
} KommuneChartBox;

typedef struct
{
  const KommuneChart *chart;
  GString            *out;
  KommuneChartAxis    axis;
  guint               n_series;
  double              left;
  double              right;
  double              top;
  double              bottom;
  double              band;     /* the width of one category */
  GPtrArray          *taken;    /* per category, a GArray of KommuneChartBox: what
                                 * value labels keep clear of, while the marks are drawn */
} KommuneChartPlot;

#define KOMMUNE_CHART_N_COLOURS 8

/* The Okabe–Ito colours, in the order series take them; they come round
 * again after KOMMUNE_CHART_N_COLOURS. */
const char *_kommune_chart_colour       (guint series);
/* Black or white, whichever reads on the series' colour. */
const char *_kommune_chart_ink          (guint series);

/* The y of @value, clamped to the plot, and the x of a category. */
double      _kommune_chart_y            (const KommuneChartPlot *plot,
                                         gint64                  value);
double      _kommune_chart_band_left    (const KommuneChartPlot *plot,
                                         guint                   category);
double      _kommune_chart_band_center  (const KommuneChartPlot *plot,
                                         guint                   category);

/* The estimated width of @text at @size pixels. */
double      _kommune_chart_text_width   (const char             *text,
                                         double                  size);
/* @text cut to @max_chars characters with "…". */
char       *_kommune_chart_shorten      (const char             *text,
                                         guint                   max_chars) G_GNUC_WARN_UNUSED_RESULT;

/* A coordinate with one decimal, locale-independent, never NaN. */
void        _kommune_chart_num          (GString                *out,
                                         double                  value);
void        _kommune_chart_attr_num     (GString                *out,
                                         const char             *name,
                                         double                  value);
/* A <text> of @shown, with @full as its <title> when it differs. @extra
 * is raw attribute text (" transform=…") or NULL. */
void        _kommune_chart_text         (GString                *out,
                                         const char             *klass,
                                         double                  x,
                                         double                  y,
                                         const char             *anchor,
                                         const char             *extra,
                                         const char             *shown,
                                         const char             *full);

G_END_DECLS
