/* kommune-chart-labels.c: where the value labels of a chart's marks go.
 *
 * The marks (kommune-chart-marks.c) draw their bars and queue a label
 * for each; once every mark is drawn each label is put where it fits
 * without covering a bar, another label or a reference line, and is
 * drawn over the marks. Apart from the marks so that the search for a
 * free place, which is geometry only, is in one place.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <math.h>

#include "report/kommune-chart-labels-private.h"

#define VALUE_FONT KOMMUNE_CHART_VALUE_FONT

/* The categories a box reaches into, clamped to the chart's. */
static void
bands_of (const KommuneChartPlot *plot,
          double                  x0,
          double                  x1,
          guint                  *first,
          guint                  *last)
{
  guint n = plot->taken->len;
  double a = plot->band > 0 ? floor ((x0 - plot->left) / plot->band) : 0;
  double b = plot->band > 0 ? floor ((x1 - plot->left) / plot->band) : 0;

  *first = (guint) CLAMP (a, 0, n - 1);
  *last = (guint) CLAMP (b, 0, n - 1);
}

/* What is taken is kept per category, so that a label is checked
 * against its neighbours only and a chart of thousands of bars stays
 * quick. */
void
_kommune_chart_take (KommuneChartPlot *plot,
                     double            x0,
                     double            y0,
                     double            x1,
                     double            y1)
{
  KommuneChartBox box = { MIN (x0, x1), MIN (y0, y1), MAX (x0, x1), MAX (y0, y1) };
  guint first, last;

  bands_of (plot, box.x0, box.x1, &first, &last);
  for (guint b = first; b <= last; b++)
    g_array_append_val ((GArray *) g_ptr_array_index (plot->taken, b), box);
}

/* A value label waits until every mark is drawn: then each is put where
 * it fits without covering a mark, another label or a reference line,
 * and is drawn over the marks. */
typedef struct
{
  char       *text;
  const char *klass;
  const char *ink;     /* its colour inside its bar; NULL: never inside */
  double      cx;      /* the middle of its bar */
  KommuneChartBox bar;
  gboolean    below;   /* outside means under the bar (a negative value) */
} PendingLabel;

static void
pending_label_clear (gpointer data)
{
  g_free (((PendingLabel *) data)->text);
}

/* Whether @box is inside the room labels have (the plot, and the margin
 * above it) and clear of everything taken but the box @own. */
static gboolean
is_free (const KommuneChartPlot *plot,
         const KommuneChartBox  *box,
         const KommuneChartBox  *own)
{
  guint first, last;

  if (box->x0 < plot->left || box->x1 > plot->right
      || box->y0 < plot->top - 13 || box->y1 > plot->bottom - 1)
    return FALSE;
  bands_of (plot, box->x0, box->x1, &first, &last);
  for (guint b = first; b <= last; b++)
    {
      GArray *taken = g_ptr_array_index (plot->taken, b);

      for (guint i = 0; i < taken->len; i++)
        {
          const KommuneChartBox *other = &g_array_index (taken, KommuneChartBox, i);

          if (own != NULL && fabs (other->x0 - own->x0) < 0.01 && fabs (other->x1 - own->x1) < 0.01
              && fabs (other->y0 - own->y0) < 0.01 && fabs (other->y1 - own->y1) < 0.01)
            continue;
          if (box->x0 < other->x1 && other->x0 < box->x1 && box->y0 < other->y1 && other->y0 < box->y1)
            return FALSE;
        }
    }
  return TRUE;
}

/* The box of a label read across with its baseline at @y. */
static KommuneChartBox
across (double cx,
        double y,
        double width)
{
  KommuneChartBox box = { cx - width / 2 - 1, y - VALUE_FONT * 0.8, cx + width / 2 + 1, y + 2 };

  return box;
}

/* The box of a label turned to read upwards, centred on (@cx, @cy). */
static KommuneChartBox
upright (double cx,
         double cy,
         double width)
{
  KommuneChartBox box = { cx - VALUE_FONT * 0.6, cy - width / 2 - 1, cx + VALUE_FONT * 0.6, cy + width / 2 + 1 };

  return box;
}

static void
draw_label (KommuneChartPlot   *plot,
            const PendingLabel *label,
            double              x,
            double              y,
            gboolean            turned,
            const char         *ink)
{
  g_autofree char *extra = NULL;
  char bx[G_ASCII_DTOSTR_BUF_SIZE], by[G_ASCII_DTOSTR_BUF_SIZE];

  if (turned)
    extra = g_strdup_printf (" font-size=\"10\"%s%s%s transform=\"rotate(-90 %s %s)\"",
                             ink != NULL ? " fill=\"" : "", ink != NULL ? ink : "", ink != NULL ? "\"" : "",
                             g_ascii_formatd (bx, sizeof bx, "%.1f", round (x * 10) / 10),
                             g_ascii_formatd (by, sizeof by, "%.1f", round (y * 10) / 10));
  else
    extra = g_strdup_printf (" font-size=\"10\"%s%s%s", ink != NULL ? " fill=\"" : "",
                             ink != NULL ? ink : "", ink != NULL ? "\"" : "");
  _kommune_chart_text (plot->out, label->klass, x, y, "middle", extra, label->text, NULL);
}

/* Where a label goes, in this order: across, just outside the end of its
 * bar (a little further out if something is in the way); across inside
 * the bar; turned, inside the bar; turned, outside it. Failing all of
 * them, across outside its bar, over what is there: a value is never
 * left out. */
static void
place_label (KommuneChartPlot   *plot,
             const PendingLabel *label)
{
  double width = _kommune_chart_text_width (label->text, VALUE_FONT);
  double bar_width = label->bar.x1 - label->bar.x0, bar_height = label->bar.y1 - label->bar.y0;
  double outside = label->below ? label->bar.y1 + VALUE_FONT + 1 : label->bar.y0 - 3;
  KommuneChartBox box;

  if (label->below && outside > plot->bottom - 1)
    outside = label->bar.y0 - 3;
  for (double shift = 0; shift <= 16; shift += 2)
    {
      double y = label->below ? outside + shift : outside - shift;

      box = across (label->cx, y, width);
      if (is_free (plot, &box, NULL))
        {
          draw_label (plot, label, label->cx, y, FALSE, NULL);
          _kommune_chart_take (plot, box.x0, box.y0, box.x1, box.y1);
          return;
        }
    }
  if (label->ink != NULL && bar_width >= width + 4 && bar_height >= VALUE_FONT + 5)
    {
      double y = label->below ? label->bar.y1 - 4 : label->bar.y0 + VALUE_FONT + 2;

      box = across (label->cx, y, width);
      if (is_free (plot, &box, &label->bar))
        {
          draw_label (plot, label, label->cx, y, FALSE, label->ink);
          _kommune_chart_take (plot, box.x0, box.y0, box.x1, box.y1);
          return;
        }
    }
  if (label->ink != NULL && bar_height >= width + 6 && bar_width >= VALUE_FONT + 2)
    {
      double cy = (label->bar.y0 + label->bar.y1) / 2;

      box = upright (label->cx, cy, width);
      if (is_free (plot, &box, &label->bar))
        {
          draw_label (plot, label, label->cx + VALUE_FONT * 0.35, cy, TRUE, label->ink);
          _kommune_chart_take (plot, box.x0, box.y0, box.x1, box.y1);
          return;
        }
    }
  {
    double cy = label->below ? label->bar.y1 + 3 + width / 2 : label->bar.y0 - 3 - width / 2;

    box = upright (label->cx, cy, width);
    if (is_free (plot, &box, NULL))
      {
        draw_label (plot, label, label->cx + VALUE_FONT * 0.35, cy, TRUE, NULL);
        _kommune_chart_take (plot, box.x0, box.y0, box.x1, box.y1);
        return;
      }
  }
  box = across (label->cx, outside, width);
  draw_label (plot, label, label->cx, outside, FALSE, NULL);
  _kommune_chart_take (plot, box.x0, box.y0, box.x1, box.y1);
}

void
_kommune_chart_queue_label (KommuneChartPlot *plot,
                            GArray           *pending,
                            char             *text,
                            const char       *klass,
                            const char       *ink,
                            double            x,
                            double            width,
                            gint64            from,
                            gint64            to,
                            gboolean          below)
{
  PendingLabel label = { text, klass, ink, x + width / 2, { 0 }, below };
  double y0 = _kommune_chart_y (plot, MAX (from, to)), y1 = _kommune_chart_y (plot, MIN (from, to));

  label.bar.x0 = x;
  label.bar.x1 = x + width;
  label.bar.y0 = y0;
  label.bar.y1 = y1;
  g_array_append_val (pending, label);
}

GArray *
_kommune_chart_pending_labels (void)
{
  GArray *pending = g_array_new (FALSE, TRUE, sizeof (PendingLabel));

  g_array_set_clear_func (pending, pending_label_clear);
  return pending;
}

void
_kommune_chart_place_labels (KommuneChartPlot *plot,
                             GArray           *pending)
{
  for (guint i = 0; i < pending->len; i++)
    place_label (plot, &g_array_index (pending, PendingLabel, i));
}

void
_kommune_chart_labels_begin (KommuneChartPlot *plot)
{
  plot->taken = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  for (guint c = 0; c < MAX (plot->chart->categories->len, 1); c++)
    g_ptr_array_add (plot->taken, g_array_new (FALSE, FALSE, sizeof (KommuneChartBox)));
  /* The reference lines, drawn later, across the whole plot, with room
   * either side: a label a pixel off a dashed line reads as on it. */
  for (guint r = 0; r < plot->chart->references->len; r++)
    {
      double y = _kommune_chart_y (plot, g_array_index (plot->chart->references, KommuneChartReference, r).value);

      _kommune_chart_take (plot, plot->left, y - 4, plot->right, y + 4);
    }
}

void
_kommune_chart_labels_end (KommuneChartPlot *plot)
{
  g_clear_pointer (&plot->taken, g_ptr_array_unref);
}
