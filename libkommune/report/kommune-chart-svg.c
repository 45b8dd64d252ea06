/* kommune-chart-svg.c: drawing a chart as inline SVG.
 *
 * The frame of the chart: its size, the value axis with its ticks, the
 * category labels (straight, wrapped or turned so that they never
 * overlap), the axis labels, the legend and the reference lines. The
 * marks inside the plot (bars, stacks, waterfall steps, lines) are drawn
 * by kommune-chart-marks.c through the plot geometry set up here.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/kommune-i18n-private.h"
#include "report/kommune-chart-marks-private.h"

#define WIDTH         640.0
#define PLOT_HEIGHT   200.0
#define FONT          11.0
#define LINE_HEIGHT   13.0
#define MAX_LABEL     28
#define MAX_LEGEND    40
#define LEGEND_LINE   44
#define MAX_REFERENCE 24

/* Splits @text into lines of at most @max_chars at spaces; NULL if a
 * word is longer than that or it takes more than @max_lines lines. */
static GPtrArray *
wrap (const char *text,
      guint       max_chars,
      guint       max_lines)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) words = g_strsplit (text, " ", -1);
  GString *line = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      glong len = g_utf8_strlen (words[i], -1);

      if (len == 0)
        continue;
      if (len > (glong) max_chars)
        {
          g_string_free (line, TRUE);
          return NULL;
        }
      if (line->len > 0 && g_utf8_strlen (line->str, -1) + 1 + len > (glong) max_chars)
        {
          g_ptr_array_add (lines, g_string_free (line, FALSE));
          line = g_string_new (NULL);
        }
      if (line->len > 0)
        g_string_append_c (line, ' ');
      g_string_append (line, words[i]);
    }
  g_ptr_array_add (lines, g_string_free (line, FALSE));
  if (lines->len > max_lines)
    return NULL;
  return g_steal_pointer (&lines);
}

/* ------------------------------------------------------------------ */
/* Layout                                                              */
/* ------------------------------------------------------------------ */

typedef enum
{
  LABELS_STRAIGHT,
  LABELS_WRAPPED,
  LABELS_SLANTED,   /* turned 45° */
  LABELS_UPRIGHT,   /* turned 90°, every n-th when they are very many */
} LabelMode;

typedef struct
{
  LabelMode  mode;
  guint      every;
  guint      lines;
  double     height;
  GPtrArray *wrapped;   /* GPtrArray of lines per category, LABELS_WRAPPED */
} Labels;

static double
longest_label (const KommuneChart *chart,
               guint               max_chars)
{
  double widest = 0;

  for (guint c = 0; c < chart->categories->len; c++)
    {
      g_autofree char *shown = _kommune_chart_shorten (g_ptr_array_index (chart->categories, c),
                                                       max_chars);

      widest = MAX (widest, _kommune_chart_text_width (shown, FONT));
    }
  return widest;
}

static void
choose_labels (const KommuneChart *chart,
               double              band,
               Labels             *labels)
{
  double room = band - 6;
  guint max_chars = (guint) MAX (room / (FONT * 0.6), 1);

  labels->every = 1;
  labels->lines = 1;
  labels->wrapped = NULL;
  if (longest_label (chart, G_MAXUINT) <= room)
    {
      labels->mode = LABELS_STRAIGHT;
      labels->height = LINE_HEIGHT + 4;
      return;
    }

  labels->wrapped = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  for (guint c = 0; c < chart->categories->len && labels->wrapped != NULL; c++)
    {
      GPtrArray *lines = wrap (g_ptr_array_index (chart->categories, c), max_chars, 3);

      if (lines == NULL)
        g_clear_pointer (&labels->wrapped, g_ptr_array_unref);
      else
        {
          labels->lines = MAX (labels->lines, lines->len);
          g_ptr_array_add (labels->wrapped, lines);
        }
    }
  if (labels->wrapped != NULL)
    {
      labels->mode = LABELS_WRAPPED;
      labels->height = labels->lines * LINE_HEIGHT + 4;
      return;
    }

  labels->lines = 1;
  /* Turned labels are a line apart across the slant. */
  if (band * G_SQRT2 / 2 >= LINE_HEIGHT + 2)
    {
      labels->mode = LABELS_SLANTED;
      labels->height = (longest_label (chart, MAX_LABEL) + LINE_HEIGHT) * G_SQRT2 / 2 + 6;
      return;
    }
  labels->mode = LABELS_UPRIGHT;
  labels->every = (guint) ceil ((LINE_HEIGHT + 1) / MAX (band, 0.01));
  labels->height = longest_label (chart, MAX_LABEL) + 8;
}

/* A legend entry's text in at most two lines of LEGEND_LINE characters;
 * a name too long even for that is shortened on one line. */
static GPtrArray *
legend_lines (const char *label)
{
  GPtrArray *lines = NULL;
  glong length = g_utf8_strlen (label, -1);

  if (length <= LEGEND_LINE)
    {
      lines = g_ptr_array_new_with_free_func (g_free);
      g_ptr_array_add (lines, g_strdup (label));
      return lines;
    }
  lines = wrap (label, LEGEND_LINE, 2);
  if (lines == NULL)
    {
      lines = g_ptr_array_new_with_free_func (g_free);
      g_ptr_array_add (lines, _kommune_chart_shorten (label, MAX_LEGEND));
    }
  return lines;
}

/* Legend entries in rows across the width, a long name in two lines;
 * returns the height of the rows and, if @out is given, draws them with
 * their tops at @top. */
static double
legend (const KommuneChart *chart,
        GString            *out,
        double              top)
{
  double x = 8, y = top, row_height = 16;

  if (out != NULL)
    g_string_append (out, "<g class=\"kommune-legend\">");
  for (guint s = 0; s < chart->series->len; s++)
    {
      const char *full = g_ptr_array_index (chart->series, s);
      g_autoptr(GPtrArray) lines = legend_lines (full);
      double widest = 0, w;

      for (guint l = 0; l < lines->len; l++)
        widest = MAX (widest, _kommune_chart_text_width (g_ptr_array_index (lines, l), FONT));
      w = 26 + widest + 14;
      if (x > 8 && x + w > WIDTH - 8)
        {
          x = 8;
          y += row_height;
          row_height = 16;
        }
      row_height = MAX (row_height, 16 + (lines->len - 1) * LINE_HEIGHT);
      if (out != NULL)
        {
          _kommune_chart_swatch (out, chart->id, chart->kind, s, x, y + 8);
          if (lines->len == 1)
            _kommune_chart_text (out, "kommune-legend-label", x + 26, y + 12, "start", NULL,
                                 g_ptr_array_index (lines, 0), full);
          else
            {
              g_string_append (out, "<text class=\"kommune-legend-label\"");
              _kommune_chart_attr_num (out, "y", y + 12);
              g_string_append (out, " text-anchor=\"start\">");
              for (guint l = 0; l < lines->len; l++)
                {
                  g_string_append (out, "<tspan");
                  _kommune_chart_attr_num (out, "x", x + 26);
                  if (l > 0)
                    _kommune_chart_attr_num (out, "dy", LINE_HEIGHT);
                  g_string_append (out, ">");
                  _kommune_markup_append (out, g_ptr_array_index (lines, l));
                  g_string_append (out, "</tspan>");
                }
              g_string_append (out, "</text>");
            }
        }
      x += w;
    }
  if (out != NULL)
    g_string_append (out, "</g>");
  return y + row_height - top;
}

static void
category_labels (KommuneChartPlot *plot,
                 const Labels     *labels)
{
  const KommuneChart *chart = plot->chart;
  GString *out = plot->out;
  double y = plot->bottom + 4;

  g_string_append (out, "<g class=\"kommune-categories\">");
  for (guint c = 0; c < chart->categories->len; c++)
    {
      const char *full = g_ptr_array_index (chart->categories, c);
      double x = _kommune_chart_band_center (plot, c);
      g_autofree char *shown = NULL;
      g_autofree char *turn = NULL;
      char buffer[G_ASCII_DTOSTR_BUF_SIZE * 3];

      switch (labels->mode)
        {
        case LABELS_STRAIGHT:
          _kommune_chart_text (out, "kommune-category", x, y + 10, "middle", NULL, full, NULL);
          break;
        case LABELS_WRAPPED:
          {
            GPtrArray *lines = g_ptr_array_index (labels->wrapped, c);

            g_string_append (out, "<text class=\"kommune-category\" text-anchor=\"middle\"");
            _kommune_chart_attr_num (out, "y", y + 10);
            g_string_append (out, ">");
            for (guint l = 0; l < lines->len; l++)
              {
                g_string_append (out, "<tspan");
                _kommune_chart_attr_num (out, "x", x);
                if (l > 0)
                  _kommune_chart_attr_num (out, "dy", LINE_HEIGHT);
                g_string_append (out, ">");
                _kommune_markup_append (out, g_ptr_array_index (lines, l));
                g_string_append (out, "</tspan>");
              }
            g_string_append (out, "</text>");
          }
          break;
        case LABELS_SLANTED:
        case LABELS_UPRIGHT:
        default:
          if (c % labels->every != 0)
            break;
          shown = _kommune_chart_shorten (full, MAX_LABEL);
          {
            GString *t = g_string_new (" transform=\"rotate(");

            g_string_append (t, labels->mode == LABELS_SLANTED ? "-45" : "-90");
            g_string_append_c (t, ' ');
            g_string_append (t, g_ascii_formatd (buffer, sizeof buffer, "%.1f", x + 4));
            g_string_append_c (t, ' ');
            g_string_append (t, g_ascii_formatd (buffer, sizeof buffer, "%.1f", y + 4));
            g_string_append (t, ")\"");
            turn = g_string_free (t, FALSE);
          }
          _kommune_chart_text (out, "kommune-category", x + 4, y + 4, "end", turn, shown, full);
          break;
        }
    }
  g_string_append (out, "</g>");
}

static void
value_axis (KommuneChartPlot *plot)
{
  GString *out = plot->out;

  g_string_append (out, "<g class=\"kommune-axis kommune-axis-y\">");
  for (guint i = 0; i < plot->axis.n_ticks; i++)
    {
      gint64 tick = _kommune_chart_axis_tick (&plot->axis, i);
      g_autofree char *text = _kommune_chart_axis_format (&plot->axis, tick, FALSE);
      double y = _kommune_chart_y (plot, tick);

      g_string_append (out, "<line class=\"kommune-grid\"");
      _kommune_chart_attr_num (out, "x1", plot->left);
      _kommune_chart_attr_num (out, "x2", plot->right);
      _kommune_chart_attr_num (out, "y1", y);
      _kommune_chart_attr_num (out, "y2", y);
      g_string_append (out, " stroke=\"#d9d9d9\" stroke-width=\"1\"/>");
      _kommune_chart_text (out, "kommune-tick", plot->left - 6, y + 4, "end", NULL, text, NULL);
    }
  g_string_append (out, "</g>");
}

/* A threshold as written (1,75 %); an amount as the axis writes it. */
static char *
reference_value (const KommuneChartPlot *plot,
                 gint64                  value)
{
  if (plot->chart->unit == KOMMUNE_CHART_UNIT_OERE)
    return _kommune_chart_axis_format (&plot->axis, value, FALSE);
  return _kommune_chart_format_value (plot->chart, value);
}

static int
compare_y (gconstpointer a,
           gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static void
references (KommuneChartPlot *plot)
{
  const KommuneChart *chart = plot->chart;
  GString *out = plot->out;
  g_autofree double *ys = NULL;
  double last = -G_MAXDOUBLE;

  if (chart->references->len == 0)
    return;
  /* Each label's y, then moved apart so that no two overlap. */
  ys = g_new (double, chart->references->len * 2);
  for (guint r = 0; r < chart->references->len; r++)
    {
      ys[2 * r] = _kommune_chart_y (plot, g_array_index (chart->references, KommuneChartReference, r).value);
      ys[2 * r + 1] = r;
    }
  qsort (ys, chart->references->len, 2 * sizeof (double), compare_y);

  g_string_append (out, "<g class=\"kommune-references\">");
  for (guint i = 0; i < chart->references->len; i++)
    {
      const KommuneChartReference *ref = &g_array_index (chart->references, KommuneChartReference,
                                                         (guint) ys[2 * i + 1]);
      g_autofree char *value = reference_value (plot, ref->value);
      g_autofree char *shown = _kommune_chart_shorten (ref->label, MAX_REFERENCE);
      g_autofree char *text = g_strdup_printf ("%s %s", shown, value);
      g_autofree char *full = g_strdup_printf ("%s %s", ref->label, value);
      double y = ys[2 * i], label_y = MAX (y + 4, last + LINE_HEIGHT);

      last = label_y;
      g_string_append (out, "<line class=\"kommune-reference\"");
      _kommune_chart_attr_num (out, "x1", plot->left);
      _kommune_chart_attr_num (out, "x2", plot->right);
      _kommune_chart_attr_num (out, "y1", y);
      _kommune_chart_attr_num (out, "y2", y);
      g_string_append (out, " stroke=\"#000000\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>");
      _kommune_chart_text (out, "kommune-reference-label", plot->right + 4, label_y, "start", NULL,
                           g_strstrip (text), full);
    }
  g_string_append (out, "</g>");
}

static char *
describe (const KommuneChart *chart)
{
  GString *desc = g_string_new (NULL);
  guint n_series = chart->kind == KOMMUNE_CHART_WATERFALL ? MIN (chart->series->len, 1)
                                                          : chart->series->len;

  if (chart->description != NULL)
    {
      g_string_append (desc, chart->description);
      return g_string_free (desc, FALSE);
    }
  if (chart->categories->len == 0 || n_series == 0)
    {
      g_string_append (desc, _("No data"));
      return g_string_free (desc, FALSE);
    }
  /* Amounts are written in kroner, whatever the axis shows; other units
   * are named by the axis label. */
  if (chart->unit != KOMMUNE_CHART_UNIT_OERE && chart->y_label[0] != '\0')
    g_string_append_printf (desc, "%s. ", chart->y_label);
  for (guint s = 0; s < n_series; s++)
    {
      g_string_append_printf (desc, "%s%s:", s > 0 ? " " : "",
                              (const char *) g_ptr_array_index (chart->series, s));
      for (guint c = 0; c < chart->categories->len; c++)
        {
          const KommuneChartCell *cell = _kommune_chart_cell (chart, s, c);
          g_autofree char *value = cell->set ? _kommune_chart_format_value (chart, cell->value)
                                             : g_strdup ("\xe2\x80\x93");

          g_string_append_printf (desc, "%s %s %s%s", c > 0 ? ";" : "",
                                  (const char *) g_ptr_array_index (chart->categories, c), value,
                                  cell->set && chart->unit == KOMMUNE_CHART_UNIT_OERE ? " kr" : "");
        }
      g_string_append_c (desc, '.');
    }
  return g_string_free (desc, FALSE);
}

void
_kommune_chart_write_svg (KommuneChart *chart,
                          GString      *out)
{
  KommuneChartPlot plot = { 0 };
  Labels labels = { 0 };
  g_autofree char *desc = NULL;
  g_autoptr(GPtrArray) title_lines = NULL;
  gint64 lo, hi;
  double tick_width = 0, right_width = 0, y, height;
  gboolean empty, with_legend;

  g_return_if_fail (chart != NULL);
  g_return_if_fail (out != NULL);

  plot.chart = chart;
  plot.out = out;
  plot.n_series = chart->kind == KOMMUNE_CHART_WATERFALL ? MIN (chart->series->len, 1)
                                                         : chart->series->len;
  empty = chart->categories->len == 0 || plot.n_series == 0;
  with_legend = !empty && plot.n_series > 1;

  _kommune_chart_value_range (chart, &lo, &hi);
  _kommune_chart_axis_init (&plot.axis, chart->unit, lo, hi, chart->kind != KOMMUNE_CHART_LINES);
  if (empty)
    plot.axis.n_ticks = 0;
  for (guint i = 0; i < plot.axis.n_ticks; i++)
    {
      g_autofree char *text = _kommune_chart_axis_format (&plot.axis, _kommune_chart_axis_tick (&plot.axis, i), FALSE);

      tick_width = MAX (tick_width, _kommune_chart_text_width (text, FONT));
    }
  for (guint r = 0; r < chart->references->len; r++)
    {
      const KommuneChartReference *ref = &g_array_index (chart->references, KommuneChartReference, r);
      g_autofree char *shown = _kommune_chart_shorten (ref->label, MAX_REFERENCE);
      g_autofree char *value = reference_value (&plot, ref->value);

      right_width = MAX (right_width, _kommune_chart_text_width (shown, FONT)
                                      + _kommune_chart_text_width (value, FONT) + FONT);
    }

  /* Across: the value axis label, the ticks, the plot, the labels of the
   * reference lines. */
  plot.left = 8 + (chart->y_label[0] != '\0' ? 20 : 0) + tick_width + 8;
  plot.right = WIDTH - 12 - (right_width > 0 ? right_width + 6 : 0);
  plot.band = chart->categories->len > 0 ? (plot.right - plot.left) / chart->categories->len : 0;
  if (!empty)
    {
      choose_labels (chart, plot.band, &labels);
      if (labels.mode == LABELS_SLANTED)
        {
          /* The first slanted label must not run off the left edge. */
          double reach = (longest_label (chart, MAX_LABEL) * G_SQRT2 / 2) - plot.band / 2 + 4;

          if (reach > plot.left && reach < WIDTH / 3)
            {
              plot.left = reach;
              plot.band = (plot.right - plot.left) / chart->categories->len;
            }
        }
    }

  /* Down: the title, the plot, the category labels, the axis label, the
   * legend. */
  title_lines = chart->title[0] != '\0' ? wrap (chart->title, (guint) ((WIDTH - 16) / (13 * 0.6)), 3) : NULL;
  y = 8;
  if (chart->title[0] != '\0')
    y += (title_lines != NULL ? title_lines->len : 1) * 16 + 4;
  plot.top = y + 14;
  plot.bottom = plot.top + PLOT_HEIGHT;
  y = plot.bottom + (empty ? 4 : labels.height);
  if (chart->x_label[0] != '\0')
    y += 18;
  if (with_legend)
    {
      y += 6 + legend (chart, NULL, 0);
    }
  height = ceil (y + 8);

  g_string_append (out, "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"");
  _kommune_markup_append (out, chart->id);
  g_string_append_printf (out, "\" class=\"kommune-chart kommune-chart-%s\" viewBox=\"0 0 %d ",
                          chart->kind == KOMMUNE_CHART_BARS ? "bars"
                          : chart->kind == KOMMUNE_CHART_STACKED_BARS ? "stacked"
                          : chart->kind == KOMMUNE_CHART_WATERFALL ? "waterfall" : "lines",
                          (int) WIDTH);
  _kommune_chart_num (out, height);
  g_string_append (out, "\" width=\"100%\" role=\"img\" aria-labelledby=\"");
  _kommune_markup_append (out, chart->id);
  g_string_append (out, "-title\" aria-describedby=\"");
  _kommune_markup_append (out, chart->id);
  g_string_append (out, "-desc\" font-family=\"sans-serif\" font-size=\"11\" fill=\"#000000\"><title id=\"");
  _kommune_markup_append (out, chart->id);
  g_string_append (out, "-title\">");
  _kommune_markup_append (out, chart->title);
  g_string_append (out, "</title><desc id=\"");
  _kommune_markup_append (out, chart->id);
  g_string_append (out, "-desc\">");
  desc = describe (chart);
  _kommune_markup_append (out, desc);
  g_string_append (out, "</desc>");
  _kommune_chart_defs (&plot);

  if (chart->title[0] != '\0')
    {
      if (title_lines != NULL)
        for (guint l = 0; l < title_lines->len; l++)
          _kommune_chart_text (out, "kommune-chart-title", 8, 8 + 13 + l * 16, "start",
                               " font-size=\"13\" font-weight=\"bold\"",
                               g_ptr_array_index (title_lines, l), NULL);
      else
        {
          g_autofree char *shown = _kommune_chart_shorten (chart->title, (guint) ((WIDTH - 16) / (13 * 0.6)));

          _kommune_chart_text (out, "kommune-chart-title", 8, 8 + 13, "start",
                               " font-size=\"13\" font-weight=\"bold\"", shown, chart->title);
        }
    }

  if (chart->y_label[0] != '\0')
    {
      g_autofree char *turn = NULL;
      double cy = (plot.top + plot.bottom) / 2;

      turn = g_strdup_printf (" transform=\"rotate(-90 %d %d)\"", 20, (int) cy);
      _kommune_chart_text (out, "kommune-axis-label", 20, cy, "middle", turn, chart->y_label, NULL);
    }

  if (empty)
    {
      g_string_append (out, "<rect class=\"kommune-plot kommune-empty\"");
      _kommune_chart_attr_num (out, "x", plot.left);
      _kommune_chart_attr_num (out, "y", plot.top);
      _kommune_chart_attr_num (out, "width", plot.right - plot.left);
      _kommune_chart_attr_num (out, "height", PLOT_HEIGHT);
      g_string_append (out, " fill=\"none\" stroke=\"#d9d9d9\"/>");
      _kommune_chart_text (out, "kommune-no-data", (plot.left + plot.right) / 2,
                           (plot.top + plot.bottom) / 2, "middle", NULL, _("No data"), NULL);
    }
  else
    {
      value_axis (&plot);
      _kommune_chart_marks (&plot);
      references (&plot);
      /* The axes over the marks: the baseline and, with negative values,
       * the zero line; a baseline a few pixels under the zero line (a
       * small negative value, no tick below zero) would read as a
       * double rule, so then the zero line is the only one. */
      if (!(plot.axis.min < 0 && plot.axis.max >= 0) || plot.bottom - _kommune_chart_y (&plot, 0) > 8)
        {
          g_string_append (out, "<line class=\"kommune-axis-x\"");
          _kommune_chart_attr_num (out, "x1", plot.left);
          _kommune_chart_attr_num (out, "x2", plot.right);
          _kommune_chart_attr_num (out, "y1", plot.bottom);
          _kommune_chart_attr_num (out, "y2", plot.bottom);
          g_string_append (out, " stroke=\"#000000\" stroke-width=\"1\"/>");
        }
      if (plot.axis.min < 0 && plot.axis.max >= 0)
        {
          double zero = _kommune_chart_y (&plot, 0);

          g_string_append (out, "<line class=\"kommune-zero\"");
          _kommune_chart_attr_num (out, "x1", plot.left);
          _kommune_chart_attr_num (out, "x2", plot.right);
          _kommune_chart_attr_num (out, "y1", zero);
          _kommune_chart_attr_num (out, "y2", zero);
          g_string_append (out, " stroke=\"#000000\" stroke-width=\"1\"/>");
        }
      category_labels (&plot, &labels);
    }

  y = plot.bottom + (empty ? 4 : labels.height);
  if (chart->x_label[0] != '\0')
    {
      _kommune_chart_text (out, "kommune-axis-label", (plot.left + plot.right) / 2, y + 12,
                           "middle", NULL, chart->x_label, NULL);
      y += 18;
    }
  if (with_legend)
    legend (chart, out, y + 6);
  g_string_append (out, "</svg>");

  g_clear_pointer (&labels.wrapped, g_ptr_array_unref);
}
