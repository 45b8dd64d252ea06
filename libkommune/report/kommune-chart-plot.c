/* kommune-chart-plot.c: pixels and text for a chart being drawn.
 *
 * The mapping from exact values to coordinates and the writers of
 * numbers and labels, shared by the frame and the marks so that neither
 * calls the other back.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "report/kommune-chart-plot-private.h"

static const char *const palette[] = {
  "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000",
};
/* White only on the dark ones: blue, vermillion, black. */
static const char *const inks[] = {
  "#ffffff", "#000000", "#000000", "#000000", "#000000", "#ffffff", "#000000", "#ffffff",
};

const char *
_kommune_chart_colour (guint series)
{
  return palette[series % G_N_ELEMENTS (palette)];
}

const char *
_kommune_chart_ink (guint series)
{
  return inks[series % G_N_ELEMENTS (inks)];
}

double
_kommune_chart_y (const KommuneChartPlot *plot,
                  gint64                  value)
{
  double y = plot->bottom - ((double) value - plot->axis.min) / (plot->axis.max - plot->axis.min)
                            * (plot->bottom - plot->top);

  if (!isfinite (y))
    return plot->bottom;
  return CLAMP (y, plot->top, plot->bottom);
}

double
_kommune_chart_band_left (const KommuneChartPlot *plot,
                          guint                   category)
{
  return plot->left + category * plot->band;
}

double
_kommune_chart_band_center (const KommuneChartPlot *plot,
                            guint                   category)
{
  return plot->left + (category + 0.5) * plot->band;
}

/* ------------------------------------------------------------------ */

double
_kommune_chart_text_width (const char *text,
                           double      size)
{
  /* An average advance of 0.6 em: generous for the sans-serif faces. */
  return (double) g_utf8_strlen (text, -1) * size * 0.6;
}

char *
_kommune_chart_shorten (const char *text,
                        guint       max_chars)
{
  glong length = g_utf8_strlen (text, -1);
  g_autofree char *head = NULL;
  g_autofree char *tail = NULL;
  glong keep, head_chars;

  if (length <= (glong) max_chars)
    return g_strdup (text);
  /* The start and the end, which is where names of the same kind differ
   * ("… område 12", "… 2018"). */
  keep = MAX (max_chars, 3) - 1;
  head_chars = (keep * 2 + 2) / 3;
  head = g_utf8_substring (text, 0, head_chars);
  tail = g_utf8_substring (text, length - (keep - head_chars), length);
  return g_strconcat (g_strchomp (head), "\xe2\x80\xa6", g_strchug (tail), NULL);
}

void
_kommune_chart_num (GString *out,
                    double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  /* Never NaN or infinite in the output; one decimal is plenty. */
  if (!isfinite (value))
    value = 0;
  value = round (value * 10) / 10;
  if (value == 0)
    value = 0;  /* no "-0" */
  g_string_append (out, g_ascii_formatd (buffer, sizeof buffer, "%.1f", value));
}

void
_kommune_chart_attr_num (GString    *out,
                         const char *name,
                         double      value)
{
  g_string_append_printf (out, " %s=\"", name);
  _kommune_chart_num (out, value);
  g_string_append_c (out, '"');
}

/* Appends a <text> at (@x, @y) with @shown as its content and, when
 * the text was shortened, the whole of it as a <title>. */
void
_kommune_chart_text (GString    *out,
                     const char *klass,
                     double      x,
                     double      y,
                     const char *anchor,
                     const char *extra,
                     const char *shown,
                     const char *full)
{
  g_string_append_printf (out, "<text class=\"%s\"", klass);
  _kommune_chart_attr_num (out, "x", x);
  _kommune_chart_attr_num (out, "y", y);
  g_string_append_printf (out, " text-anchor=\"%s\"%s>", anchor, extra != NULL ? extra : "");
  _kommune_markup_append (out, shown);
  if (full != NULL && strcmp (full, shown) != 0)
    {
      g_string_append (out, "<title>");
      _kommune_markup_append (out, full);
      g_string_append (out, "</title>");
    }
  g_string_append (out, "</text>");
}

