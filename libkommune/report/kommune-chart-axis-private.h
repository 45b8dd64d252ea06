/* kommune-chart-axis-private.h: the value axis of a chart.
 *
 * Chooses round tick values (steps of 1, 2 or 5 times a power of ten)
 * over a range of exact values and writes them as the documents write
 * numbers. Apart from the drawing so that the choice, which has to be
 * exact at the edges of 64 bits, can be read and tested on its own.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "kommune-amount.h"
#include "report/kommune-chart-private.h"

G_BEGIN_DECLS

typedef struct
{
  KommuneChartUnit   unit;
  KommuneAmountScale scale;      /* øre only: kroner or millions */
  guint              decimals;   /* of the tick labels */
  gint64             first_tick;
  gint64             step;
  guint              n_ticks;
  double             min;        /* the drawn range, a little beyond */
  double             max;        /* the ticks where they fit in 64 bits */
} KommuneChartAxis;

/* An axis over [@low, @high] (either order), with zero in it if
 * @include_zero, about five ticks. */
void   _kommune_chart_axis_init   (KommuneChartAxis       *axis,
                                   KommuneChartUnit        unit,
                                   gint64                  low,
                                   gint64                  high,
                                   gboolean                include_zero);

gint64 _kommune_chart_axis_tick   (const KommuneChartAxis *axis,
                                   guint                   i);

/* @value as the axis writes it ("9,4" in millions, "1 500 000" in
 * kroner, "1,5" percent); with @signed a positive value gets a "+". */
char  *_kommune_chart_axis_format (const KommuneChartAxis *axis,
                                   gint64                  value,
                                   gboolean                with_sign) G_GNUC_WARN_UNUSED_RESULT;

/* The scale an øre axis over [@low, @high] writes its ticks in: millions
 * when the range, zero included, spans at least 10 million kroner. */
KommuneAmountScale _kommune_chart_axis_oere_scale (gint64 low,
                                                   gint64 high);

/* The lowest and highest value @chart draws: the bars and lines, the
 * ends of stacks and of waterfall steps, the reference lines; zero
 * included except for lines. Clamped at the ends of 64 bits. */
void   _kommune_chart_value_range (const KommuneChart     *chart,
                                   gint64                 *low,
                                   gint64                 *high);

G_END_DECLS
