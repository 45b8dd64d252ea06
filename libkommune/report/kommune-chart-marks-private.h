/* kommune-chart-marks-private.h: the marks inside a chart's plot.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "report/kommune-chart-plot-private.h"

G_BEGIN_DECLS

/* The <defs> the marks refer to (the hatching of decreases). */
void _kommune_chart_defs   (KommuneChartPlot *plot);
/* The bars, stacks, steps or lines of the chart's kind. */
void _kommune_chart_marks  (KommuneChartPlot *plot);
/* The legend's sample of @series of the chart @id, 20 wide, centred
 * on @y. */
void _kommune_chart_swatch (GString          *out,
                            const char       *id,
                            KommuneChartKind  kind,
                            guint             series,
                            double            x,
                            double            y);

G_END_DECLS
