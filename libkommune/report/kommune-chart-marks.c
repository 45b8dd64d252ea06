/* kommune-chart-marks.c: the bars, stacks, waterfall steps and lines.
 *
 * What is drawn inside the plot for each kind of chart. Every mark has
 * a class naming its series (so that the report's stylesheet can restyle
 * it for print), its fill as an attribute (so that it reads without the
 * stylesheet) and a <title> with its exact value. Sums are exact and
 * clamp at the ends of 64 bits; only the pixels are doubles. Their value
 * labels are queued and placed by kommune-chart-labels.c.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "report/kommune-chart-labels-private.h"
#include "report/kommune-chart-marks-private.h"

#define VALUE_FONT KOMMUNE_CHART_VALUE_FONT
/* The widest a bar is drawn, however few the categories: one year's bar
 * across the whole plot reads as a block, not as a value. */
#define MAX_BAR 80.0

static const char *const dashes[] = { NULL, "6 3", "2 3", "9 3 2 3", "4 2 1 2", "1 2" };

static void
mark_title (const KommuneChartPlot *plot,
            guint                   series,
            guint                   category,
            gint64                  value,
            gboolean                with_sign)
{
  const KommuneChart *chart = plot->chart;
  g_autofree char *text = _kommune_chart_format_value (chart, value);

  g_string_append (plot->out, "<title>");
  if (plot->n_series > 1)
    {
      _kommune_markup_append (plot->out, g_ptr_array_index (chart->series, series));
      g_string_append (plot->out, " \xe2\x80\x93 ");
    }
  _kommune_markup_append (plot->out, g_ptr_array_index (chart->categories, category));
  g_string_append (plot->out, ": ");
  if (with_sign && value > 0)
    g_string_append_c (plot->out, '+');
  _kommune_markup_append (plot->out, text);
  g_string_append (plot->out, "</title>");
}

/* A rectangle between two values, open so that a <title> can follow. */
static void
open_rect (KommuneChartPlot *plot,
           const char       *klass,
           double            x,
           double            width,
           gint64            from,
           gint64            to,
           const char       *fill,
           const char       *extra)
{
  double y0 = _kommune_chart_y (plot, from), y1 = _kommune_chart_y (plot, to);

  /* A value that is not zero shows, however small beside the others. */
  if (from != to && ABS (y1 - y0) < 1)
    y1 = to > from ? y0 - 1 : y0 + 1;
  _kommune_chart_take (plot, x, y0, x + MAX (width, 0.5), y1);
  g_string_append_printf (plot->out, "<rect class=\"%s\"", klass);
  _kommune_chart_attr_num (plot->out, "x", x);
  _kommune_chart_attr_num (plot->out, "y", MIN (y0, y1));
  _kommune_chart_attr_num (plot->out, "width", MAX (width, 0.5));
  _kommune_chart_attr_num (plot->out, "height", ABS (y1 - y0));
  g_string_append_printf (plot->out, " fill=\"%s\"%s>", fill, extra != NULL ? extra : "");
}

/* The label of a value: as the axis writes it for amounts, whose unit
 * the axis names; exactly for hundredths and thousandths when it fits in
 * @room, since the axis may round them to whole numbers. */
static char *
value_text (const KommuneChartPlot *plot,
            gint64                  value,
            gboolean                with_sign,
            double                  room)
{
  char *exact;

  if (plot->chart->unit == KOMMUNE_CHART_UNIT_OERE)
    return _kommune_chart_axis_format (&plot->axis, value, with_sign);
  exact = _kommune_chart_format_value (plot->chart, value);
  if (with_sign && value > 0)
    {
      char *signed_text = g_strconcat ("+", exact, NULL);

      g_free (exact);
      exact = signed_text;
    }
  if (_kommune_chart_text_width (exact, VALUE_FONT) <= room)
    return exact;
  g_free (exact);
  return _kommune_chart_axis_format (&plot->axis, value, with_sign);
}

/* Past the eighth series the colours come round again: those series are
 * hatched over their colour as well. */
static void
repeat_overlay (KommuneChartPlot *plot,
                guint             series,
                double            x,
                double            width,
                gint64            from,
                gint64            to)
{
  g_autofree char *fill = NULL;

  if (series < KOMMUNE_CHART_N_COLOURS)
    return;
  fill = g_strdup_printf ("url(#%s-repeat)", plot->chart->id);
  open_rect (plot, "kommune-repeat", x, width, from, to, fill, NULL);
  g_string_append (plot->out, "</rect>");
}

static void
bars (KommuneChartPlot *plot)
{
  const KommuneChart *chart = plot->chart;
  double bar = MIN (plot->band * 0.8 / plot->n_series, MAX_BAR);
  double gap = MIN (2, bar * 0.1);
  /* The group in the middle of its band. */
  double inset = (plot->band - bar * plot->n_series) / 2;
  g_autoptr(GArray) pending = _kommune_chart_pending_labels ();

  for (guint c = 0; c < chart->categories->len; c++)
    for (guint s = 0; s < plot->n_series; s++)
      {
        const KommuneChartCell *cell = _kommune_chart_cell (chart, s, c);
        g_autofree char *klass = NULL;
        g_autofree char *text = NULL;
        double x = _kommune_chart_band_left (plot, c) + inset + s * bar + gap / 2;

        if (!cell->set)
          continue;
        klass = g_strdup_printf ("kommune-bar series-%u", s);
        open_rect (plot, klass, x, bar - gap, 0, cell->value, _kommune_chart_colour (s), NULL);
        mark_title (plot, s, c, cell->value, FALSE);
        g_string_append (plot->out, "</rect>");
        repeat_overlay (plot, s, x, bar - gap, 0, cell->value);
        text = value_text (plot, cell->value, FALSE, plot->band * 0.9);
        _kommune_chart_queue_label (plot, pending, g_steal_pointer (&text), "kommune-value", _kommune_chart_ink (s),
                     x, bar - gap, 0, cell->value, cell->value < 0);
      }
  _kommune_chart_place_labels (plot, pending);
}

static void
stacks (KommuneChartPlot *plot)
{
  const KommuneChart *chart = plot->chart;
  double bar = MIN (plot->band * 0.6, MAX_BAR);
  g_autoptr(GArray) pending = _kommune_chart_pending_labels ();

  for (guint c = 0; c < chart->categories->len; c++)
    {
      double x = _kommune_chart_band_left (plot, c) + (plot->band - bar) / 2;
      gint64 up = 0, down = 0, total = 0;
      gboolean any = FALSE, clamped = FALSE;

      for (guint s = 0; s < plot->n_series; s++)
        {
          const KommuneChartCell *cell = _kommune_chart_cell (chart, s, c);
          g_autofree char *klass = NULL;
          g_autofree char *text = NULL;
          gint64 from, to;
          double y0, y1;

          if (!cell->set)
            continue;
          any = TRUE;
          total = _kommune_chart_clamped_add (total, cell->value, &clamped);
          from = cell->value >= 0 ? up : down;
          to = _kommune_chart_clamped_add (from, cell->value, &clamped);
          if (cell->value >= 0)
            up = to;
          else
            down = to;
          klass = g_strdup_printf ("kommune-bar kommune-segment series-%u", s);
          open_rect (plot, klass, x, bar, from, to, _kommune_chart_colour (s),
                     " stroke=\"#ffffff\" stroke-width=\"1\"");
          mark_title (plot, s, c, cell->value, FALSE);
          g_string_append (plot->out, "</rect>");
          repeat_overlay (plot, s, x, bar, from, to);

          /* Inside the segment, in the ink that reads on its colour. */
          y0 = _kommune_chart_y (plot, from);
          y1 = _kommune_chart_y (plot, to);
          text = value_text (plot, cell->value, FALSE, bar - 4);
          if (ABS (y1 - y0) >= VALUE_FONT + 3
              && _kommune_chart_text_width (text, VALUE_FONT) <= bar - 4)
            {
              g_autofree char *ink = g_strdup_printf (" font-size=\"10\" fill=\"%s\"", _kommune_chart_ink (s));

              _kommune_chart_text (plot->out, "kommune-value kommune-segment-value", x + bar / 2,
                                   (y0 + y1) / 2 + VALUE_FONT / 2 - 1, "middle", ink, text, NULL);
            }
        }

      if (any && !clamped)
        {
          /* The total on top: exact if it fits, else as the axis writes it. */
          g_autofree char *exact = _kommune_chart_format_value (chart, total);
          g_autofree char *scaled = _kommune_chart_axis_format (&plot->axis, total, FALSE);
          const char *text = _kommune_chart_text_width (exact, VALUE_FONT) <= plot->band - 4 ? exact : scaled;

          /* Under a stack that is all below zero. */
          _kommune_chart_queue_label (plot, pending, g_strdup (text), "kommune-value kommune-total-label", NULL,
                       x, bar, down, up, up == 0 && down < 0);
        }
    }
  _kommune_chart_place_labels (plot, pending);
}

static void
waterfall (KommuneChartPlot *plot)
{
  const KommuneChart *chart = plot->chart;
  double bar = MIN (plot->band * 0.6, MAX_BAR);
  gint64 running = 0;
  gboolean has_previous = FALSE, clamped = FALSE;
  double previous_right = 0;
  g_autoptr(GArray) pending = _kommune_chart_pending_labels ();

  for (guint c = 0; c < chart->categories->len; c++)
    {
      const KommuneChartCell *cell = _kommune_chart_cell (chart, 0, c);
      gboolean is_total = g_array_index (chart->is_total, gboolean, c);
      double x = _kommune_chart_band_left (plot, c) + (plot->band - bar) / 2;
      g_autofree char *text = NULL;
      gint64 from, to;
      const char *klass, *fill, *extra = NULL;

      if (!cell->set)
        continue;
      from = is_total ? 0 : running;
      to = is_total ? cell->value : _kommune_chart_clamped_add (running, cell->value, &clamped);

      if (has_previous)
        {
          double level = _kommune_chart_y (plot, running);

          g_string_append (plot->out, "<line class=\"kommune-connector\"");
          _kommune_chart_attr_num (plot->out, "x1", previous_right);
          _kommune_chart_attr_num (plot->out, "x2", x);
          _kommune_chart_attr_num (plot->out, "y1", level);
          _kommune_chart_attr_num (plot->out, "y2", level);
          g_string_append (plot->out, " stroke=\"#555555\" stroke-width=\"1\" stroke-dasharray=\"3 2\"/>");
        }

      if (is_total)
        {
          klass = "kommune-bar kommune-total series-0";
          fill = "#0072B2";
        }
      else if (cell->value >= 0)
        {
          klass = "kommune-bar kommune-increase series-0";
          fill = "#E69F00";
        }
      else
        {
          /* Hatched as well as coloured: a decrease reads in grey too. */
          klass = "kommune-bar kommune-decrease series-0";
          fill = NULL;
          extra = " stroke=\"#CC79A7\" stroke-width=\"1\"";
        }
      {
        g_autofree char *pattern = fill == NULL ? g_strdup_printf ("url(#%s-decrease)", chart->id) : NULL;

        open_rect (plot, klass, x, bar, from, to, fill != NULL ? fill : pattern, extra);
      }
      mark_title (plot, 0, c, cell->value, !is_total);
      g_string_append (plot->out, "</rect>");

      text = value_text (plot, cell->value, !is_total, plot->band * 0.9);
      /* Inside: white on the blue of a total, black on the others. */
      _kommune_chart_queue_label (plot, pending, g_steal_pointer (&text), "kommune-value", is_total ? "#ffffff" : "#000000",
                   x, bar, from, to, !is_total && cell->value < 0);

      running = to;
      has_previous = TRUE;
      previous_right = x + bar;
    }
  _kommune_chart_place_labels (plot, pending);
}

/* A marker of the series' shape, centred on (@x, @y), open for a <title>. */
static void
open_marker (GString *out,
             guint    series,
             double   x,
             double   y)
{
  g_autofree char *klass = g_strdup_printf ("kommune-marker series-%u", series);
  const char *fill = _kommune_chart_colour (series);

  switch (series % 6)
    {
    case 0:
      g_string_append_printf (out, "<circle class=\"%s\"", klass);
      _kommune_chart_attr_num (out, "cx", x);
      _kommune_chart_attr_num (out, "cy", y);
      g_string_append (out, " r=\"4\"");
      break;
    case 1:
      g_string_append_printf (out, "<rect class=\"%s\"", klass);
      _kommune_chart_attr_num (out, "x", x - 3.5);
      _kommune_chart_attr_num (out, "y", y - 3.5);
      g_string_append (out, " width=\"7\" height=\"7\"");
      break;
    default:
      {
        /* Triangle up, diamond, triangle down, cross: as polygons. */
        static const double shapes[4][8][2] = {
          { { 0, -5 }, { 4.5, 3.5 }, { -4.5, 3.5 }, { 0, -5 }, { 0, -5 }, { 0, -5 }, { 0, -5 }, { 0, -5 } },
          { { 0, -5 }, { 5, 0 }, { 0, 5 }, { -5, 0 }, { 0, -5 }, { 0, -5 }, { 0, -5 }, { 0, -5 } },
          { { 0, 5 }, { 4.5, -3.5 }, { -4.5, -3.5 }, { 0, 5 }, { 0, 5 }, { 0, 5 }, { 0, 5 }, { 0, 5 } },
          { { -1.5, -5 }, { 1.5, -5 }, { 1.5, 5 }, { -1.5, 5 }, { -1.5, 5 }, { -1.5, 5 }, { -1.5, 5 }, { -1.5, 5 } },
        };
        guint shape = series % 6 - 2;

        if (shape == 3)
          {
            /* A plus sign: two bars in one path. */
            g_string_append_printf (out, "<path class=\"%s\" d=\"M", klass);
            _kommune_chart_num (out, x - 1.5);
            g_string_append_c (out, ' ');
            _kommune_chart_num (out, y - 5);
            g_string_append (out, "h3v3.5h3.5v3h-3.5v3.5h-3v-3.5h-3.5v-3h3.5z\"");
            break;
          }
        g_string_append_printf (out, "<polygon class=\"%s\" points=\"", klass);
        for (guint p = 0; p < 4; p++)
          {
            if (p > 0)
              g_string_append_c (out, ' ');
            _kommune_chart_num (out, x + shapes[shape][p][0]);
            g_string_append_c (out, ',');
            _kommune_chart_num (out, y + shapes[shape][p][1]);
          }
        g_string_append_c (out, '"');
      }
      break;
    }
  g_string_append_printf (out, " fill=\"%s\" stroke=\"#ffffff\" stroke-width=\"1\">", fill);
}

static const char *
close_marker (guint series)
{
  switch (series % 6)
    {
    case 0:
      return "</circle>";
    case 1:
      return "</rect>";
    case 5:
      return "</path>";
    default:
      return "</polygon>";
    }
}

static void
append_line_style (GString *out,
                   guint    series)
{
  const char *dash = dashes[series % G_N_ELEMENTS (dashes)];

  g_string_append_printf (out, " fill=\"none\" stroke=\"%s\" stroke-width=\"2\"",
                          _kommune_chart_colour (series));
  if (dash != NULL)
    g_string_append_printf (out, " stroke-dasharray=\"%s\"", dash);
}

static void
lines (KommuneChartPlot *plot)
{
  const KommuneChart *chart = plot->chart;

  for (guint s = 0; s < plot->n_series; s++)
    {
      gboolean pen_down = FALSE, any = FALSE;

      /* The line, broken where a value is missing. */
      g_string_append_printf (plot->out, "<path class=\"kommune-line series-%u\" d=\"", s);
      for (guint c = 0; c < chart->categories->len; c++)
        {
          const KommuneChartCell *cell = _kommune_chart_cell (chart, s, c);

          if (!cell->set)
            {
              pen_down = FALSE;
              continue;
            }
          g_string_append (plot->out, pen_down ? " L" : any ? " M" : "M");
          _kommune_chart_num (plot->out, _kommune_chart_band_center (plot, c));
          g_string_append_c (plot->out, ' ');
          _kommune_chart_num (plot->out, _kommune_chart_y (plot, cell->value));
          pen_down = any = TRUE;
        }
      if (!any)
        g_string_append (plot->out, "M0 0");
      g_string_append_c (plot->out, '"');
      append_line_style (plot->out, s);
      g_string_append (plot->out, "/>");
    }

  /* The markers over every line. */
  for (guint s = 0; s < plot->n_series; s++)
    for (guint c = 0; c < chart->categories->len; c++)
      {
        const KommuneChartCell *cell = _kommune_chart_cell (chart, s, c);

        if (!cell->set)
          continue;
        open_marker (plot->out, s, _kommune_chart_band_center (plot, c), _kommune_chart_y (plot, cell->value));
        mark_title (plot, s, c, cell->value, FALSE);
        g_string_append (plot->out, close_marker (s));
      }
}

void
_kommune_chart_defs (KommuneChartPlot *plot)
{
  gboolean decrease = plot->chart->kind == KOMMUNE_CHART_WATERFALL;
  gboolean repeat = plot->chart->kind != KOMMUNE_CHART_LINES
                    && plot->chart->kind != KOMMUNE_CHART_WATERFALL
                    && plot->n_series > KOMMUNE_CHART_N_COLOURS;

  if (!decrease && !repeat)
    return;
  g_string_append (plot->out, "<defs>");
  if (decrease)
    {
      g_string_append (plot->out, "<pattern id=\"");
      _kommune_markup_append (plot->out, plot->chart->id);
      g_string_append (plot->out, "-decrease\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\""
                                  " patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\""
                                  " fill=\"#CC79A7\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\""
                                  " stroke=\"#ffffff\" stroke-width=\"2\"/></pattern>");
    }
  if (repeat)
    {
      g_string_append (plot->out, "<pattern id=\"");
      _kommune_markup_append (plot->out, plot->chart->id);
      g_string_append (plot->out, "-repeat\" patternUnits=\"userSpaceOnUse\" width=\"5\" height=\"5\""
                                  " patternTransform=\"rotate(-45)\"><line x1=\"0\" y1=\"0\" x2=\"0\""
                                  " y2=\"5\" stroke=\"#ffffff\" stroke-width=\"1.5\"/></pattern>");
    }
  g_string_append (plot->out, "</defs>");
}

void
_kommune_chart_marks (KommuneChartPlot *plot)
{
  _kommune_chart_labels_begin (plot);
  g_string_append (plot->out, "<g class=\"kommune-marks\">");
  switch (plot->chart->kind)
    {
    case KOMMUNE_CHART_STACKED_BARS:
      stacks (plot);
      break;
    case KOMMUNE_CHART_WATERFALL:
      waterfall (plot);
      break;
    case KOMMUNE_CHART_LINES:
      lines (plot);
      break;
    case KOMMUNE_CHART_BARS:
    default:
      bars (plot);
      break;
    }
  g_string_append (plot->out, "</g>");
  _kommune_chart_labels_end (plot);
}

void
_kommune_chart_swatch (GString          *out,
                       const char       *id,
                       KommuneChartKind  kind,
                       guint             series,
                       double            x,
                       double            y)
{
  if (kind == KOMMUNE_CHART_LINES)
    {
      g_string_append_printf (out, "<path class=\"kommune-line series-%u\" d=\"M", series);
      _kommune_chart_num (out, x);
      g_string_append_c (out, ' ');
      _kommune_chart_num (out, y);
      g_string_append (out, " h20\"");
      append_line_style (out, series);
      g_string_append (out, "/>");
      open_marker (out, series, x + 10, y);
      g_string_append (out, close_marker (series));
      return;
    }
  g_string_append_printf (out, "<rect class=\"kommune-swatch series-%u\"", series);
  _kommune_chart_attr_num (out, "x", x);
  _kommune_chart_attr_num (out, "y", y - 6);
  g_string_append_printf (out, " width=\"20\" height=\"12\" fill=\"%s\"/>", _kommune_chart_colour (series));
  if (series >= KOMMUNE_CHART_N_COLOURS)
    {
      g_string_append (out, "<rect class=\"kommune-repeat\"");
      _kommune_chart_attr_num (out, "x", x);
      _kommune_chart_attr_num (out, "y", y - 6);
      g_string_append (out, " width=\"20\" height=\"12\" fill=\"url(#");
      _kommune_markup_append (out, id);
      g_string_append (out, "-repeat)\"/>");
    }
}
