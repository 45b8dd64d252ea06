/* kommune-chart-labels-private.h: placing the value labels of a chart.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "report/kommune-chart-plot-private.h"

G_BEGIN_DECLS

/* The size of a value label, in pixels. */
#define KOMMUNE_CHART_VALUE_FONT 10.0

/* Before the marks are drawn and after: the record of what is taken,
 * with the reference lines in it from the start. */
void    _kommune_chart_labels_begin   (KommuneChartPlot *plot);
void    _kommune_chart_labels_end     (KommuneChartPlot *plot);

/* Keeps the value labels clear of a box (a bar as it is drawn). */
void    _kommune_chart_take           (KommuneChartPlot *plot,
                                       double            x0,
                                       double            y0,
                                       double            x1,
                                       double            y1);

/* An empty queue of labels, to pass to the two below. */
GArray *_kommune_chart_pending_labels (void);

/* Queues @text (consumed) as the label of the bar from @x, @width wide,
 * between the values @from and @to; @below if it goes under the bar
 * (a negative value). @ink is its colour inside the bar, or NULL if it
 * never goes inside. */
void    _kommune_chart_queue_label    (KommuneChartPlot *plot,
                                       GArray           *pending,
                                       char             *text,
                                       const char       *klass,
                                       const char       *ink,
                                       double            x,
                                       double            width,
                                       gint64            from,
                                       gint64            to,
                                       gboolean          below);

/* Puts each queued label in the first place it fits: across, just
 * outside the end of its bar (a little further out if something is in
 * the way); across inside the bar; turned, inside it; turned, outside
 * it; failing all, across outside it over what is there, so that a value
 * is never left out. */
void    _kommune_chart_place_labels   (KommuneChartPlot *plot,
                                       GArray           *pending);

G_END_DECLS
