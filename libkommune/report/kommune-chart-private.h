/* kommune-chart-private.h: one chart of the report, drawn as inline SVG,
 * with the data table that goes beside it.
 *
 * A chart is a grid of values: categories along the x axis (years,
 * areas, steps of a waterfall) and series (the bars of a group, the
 * segments of a stack, the lines of a line chart). Values are exact
 * integers in the chart's unit; the chart scales them for drawing only,
 * and every number it writes as text (axis ticks, labels, the data
 * table) is formatted as the documents write them.
 *
 * Apart from the report document (kommune-report-*.c) because the
 * drawing knows nothing of plans or goals: the report decides what to
 * show, the chart how.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  KOMMUNE_CHART_BARS,          /* one bar per series in each category, side by side */
  KOMMUNE_CHART_STACKED_BARS,  /* one bar per category, the series stacked in it */
  KOMMUNE_CHART_WATERFALL,     /* one series: totals and the steps between them */
  KOMMUNE_CHART_LINES,         /* one line per series over the categories */
} KommuneChartKind;

typedef enum
{
  KOMMUNE_CHART_UNIT_OERE,         /* values in øre, written in kroner or "9,4 mill." */
  KOMMUNE_CHART_UNIT_HUNDREDTHS,   /* values in hundredths: 175 is "1,75" (percent) */
  KOMMUNE_CHART_UNIT_THOUSANDTHS,  /* values in thousandths: 1500 is "1,5" (FTEs) */
} KommuneChartUnit;

typedef struct _KommuneChart KommuneChart;

KommuneChart *_kommune_chart_new             (KommuneChartKind  kind,
                                              KommuneChartUnit  unit,
                                              const char       *title,
                                              const char       *x_label,
                                              const char       *y_label);
void          _kommune_chart_free            (KommuneChart     *chart);

/* Returns the index of the new category or series. */
guint         _kommune_chart_add_category    (KommuneChart     *chart,
                                              const char       *label);
guint         _kommune_chart_add_series      (KommuneChart     *chart,
                                              const char       *label);

/* A value not set is missing: no bar, a gap in a line, "–" in the table. */
void          _kommune_chart_set_value       (KommuneChart     *chart,
                                              guint             series,
                                              guint             category,
                                              gint64            value);

/* Waterfall only: the category is a total (drawn from zero: the
 * original and the revised frame) rather than a step from the running
 * sum. */
void          _kommune_chart_set_total       (KommuneChart     *chart,
                                              guint             category);

/* A horizontal reference line across the plot, such as a rule's
 * threshold; drawn dashed and labelled. */
void          _kommune_chart_add_reference   (KommuneChart     *chart,
                                              const char       *label,
                                              gint64            value);

/* A caption under the data table (the unit, the source). */
void          _kommune_chart_set_note        (KommuneChart     *chart,
                                              const char       *note);

/* The id of the <svg> element, the prefix of the ids inside it (its
 * <title>, <desc> and patterns) and of the table's caption; unique in
 * the report. Without one it is "kommune-chart": the output never
 * depends on how many charts were made before, so a page with several
 * gives each its own. */
void          _kommune_chart_set_id          (KommuneChart     *chart,
                                              const char       *id);

/* The text of the <svg>'s <desc>, in the report's language. Without one
 * the chart describes itself in figures only: each series with its value
 * in each category ("Ramme: 2017 34 100 000; 2018 38 228 737"). */
void          _kommune_chart_set_description (KommuneChart     *chart,
                                              const char       *description);

/* The label of the value axis, as given: the unit is the caller's
 * ("mill. kr" or "kr", see _kommune_chart_uses_millions()). */
void          _kommune_chart_set_y_label     (KommuneChart     *chart,
                                              const char       *y_label);

/* Whether the ticks of an øre chart, with the values and references set
 * so far, are in millions of kroner ("9,4") rather than kroner: they are
 * when the drawn range, zero included, spans at least 10 million kroner.
 * Always FALSE for other units. */
gboolean      _kommune_chart_uses_millions   (KommuneChart     *chart);

/* The most categories a data table has as its columns; with more it is
 * transposed. */
#define KOMMUNE_CHART_TABLE_MAX_COLUMNS 4

/* Appends the chart as one <svg> element (role="img", <title> and
 * <desc>, labelled axes, a legend when there are several series) and
 * the data table as one <table> (a <caption> with the title, a header
 * row of categories, one row per series, a stack's "Sum" row of class
 * "total"; each value cell carries its exact value as data-value="…").
 * With more than KOMMUNE_CHART_TABLE_MAX_COLUMNS categories the table
 * is transposed, of class "kommune-transposed": a header row of series
 * (and a stack's "Sum" column, class "total"), one row per category.
 * Both are well-formed XML, so the report is too. */
void          _kommune_chart_write_svg       (KommuneChart     *chart,
                                              GString          *out);
void          _kommune_chart_write_table     (KommuneChart     *chart,
                                              GString          *out);

/* @number ("6159", "-5427,5", "3000 %") with a space between the
 * thousands of its whole part, as amounts are written ("6 159",
 * "-5 427,5"); consumes @number. */
char         *_kommune_chart_group_thousands (char             *number) G_GNUC_WARN_UNUSED_RESULT;

/* Appends @text to @out with &, <, >, " and ' escaped; control
 * characters other than tab and line breaks become spaces and invalid
 * UTF-8 becomes U+FFFD, so the result is always well-formed XML text. */
void          _kommune_markup_append         (GString          *out,
                                              const char       *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KommuneChart, _kommune_chart_free)

G_END_DECLS
