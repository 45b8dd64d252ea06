/* kommune-chart-axis.c: round ticks over exact values.
 *
 * The tick values are exact integers (multiples of a step of 1, 2 or 5
 * times a power of ten, in the chart's unit); only the drawn range is a
 * double, for the pixels. Near the ends of 64 bits a tick that does not
 * fit is left out and the range ends at the data instead. The range a
 * chart needs (what its bars, stacks and steps reach) is found here too,
 * since it decides the scale the report names in its axis label.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "core/kommune-amount-private.h"
#include "kommune-decimal.h"
#include "report/kommune-chart-axis-private.h"
#include "report/kommune-chart-data-private.h"

#define TARGET_TICKS 5
/* 10 million kroner in øre. */
#define MILLIONS_FROM G_GINT64_CONSTANT (1000000000)

static guint64
span_of (gint64 low,
         gint64 high)
{
  /* Two's complement: the difference of any two gint64 fits a guint64. */
  return (guint64) high - (guint64) low;
}

KommuneAmountScale
_kommune_chart_axis_oere_scale (gint64 low,
                                gint64 high)
{
  gint64 lo = MIN (MIN (low, high), 0), hi = MAX (MAX (low, high), 0);

  return span_of (lo, hi) >= (guint64) MILLIONS_FROM ? KOMMUNE_AMOUNT_SCALE_MILLIONS
                                                      : KOMMUNE_AMOUNT_SCALE_KRONER;
}

/* The smallest step of 1, 2 or 5 × 10^k that is at least @raw and
 * @minimum. Never more than 5 × 10^18, which fits a gint64. */
static gint64
nice_step (guint64 raw,
           gint64  minimum)
{
  static const guint64 mantissas[] = { 1, 2, 5 };

  for (guint k = 0; k < G_N_ELEMENTS (_kommune_pow10); k++)
    for (guint m = 0; m < G_N_ELEMENTS (mantissas); m++)
      {
        guint64 step = mantissas[m] * (guint64) _kommune_pow10[k];

        if (step >= raw && step >= (guint64) minimum)
          return (gint64) step;
      }
  return G_GINT64_CONSTANT (5000000000000000000);
}

/* The decimals a tick label needs for @step in a unit of 10^-@digits. */
static guint
decimals_for (gint64 step,
              guint  digits)
{
  guint decimals = digits;

  while (decimals > 0 && step % _kommune_pow10[digits - decimals + 1] == 0)
    decimals--;
  return decimals;
}

void
_kommune_chart_axis_init (KommuneChartAxis *axis,
                          KommuneChartUnit  unit,
                          gint64            low,
                          gint64            high,
                          gboolean          include_zero)
{
  gint64 lo = MIN (low, high), hi = MAX (low, high);
  gint64 minimum, q, first, last;
  guint64 span;

  if (include_zero || lo == hi)
    {
      lo = MIN (lo, 0);
      hi = MAX (hi, 0);
    }

  axis->unit = unit;
  axis->scale = KOMMUNE_AMOUNT_SCALE_KRONER;
  switch (unit)
    {
    case KOMMUNE_CHART_UNIT_OERE:
      axis->scale = _kommune_chart_axis_oere_scale (lo, hi);
      /* Whole kroner, or a tenth of a million. */
      minimum = axis->scale == KOMMUNE_AMOUNT_SCALE_MILLIONS ? 10000000 : 100;
      break;
    case KOMMUNE_CHART_UNIT_HUNDREDTHS:
    case KOMMUNE_CHART_UNIT_THOUSANDTHS:
    default:
      minimum = 1;
      break;
    }

  span = span_of (lo, hi);
  if (span == 0)
    /* Every value is zero: one step above it. */
    span = (guint64) minimum * TARGET_TICKS;
  axis->step = nice_step (span / TARGET_TICKS + (span % TARGET_TICKS != 0), minimum);

  /* The first tick at or below lo, the last at or above hi; where one
   * does not fit, the nearest that does, inside the data. */
  q = lo / axis->step - (lo % axis->step < 0);
  if (__builtin_mul_overflow (q, axis->step, &first))
    first = (q + 1) * axis->step;
  q = hi / axis->step + (hi % axis->step > 0);
  if (__builtin_mul_overflow (q, axis->step, &last))
    last = (q - 1) * axis->step;

  if (first == last)
    {
      /* Every value zero: an axis one step high. */
      if (last <= G_MAXINT64 - axis->step)
        last += axis->step;
      else
        first -= axis->step;
    }
  /* A side of zero that the data reaches less than half a step into
   * (a small negative segment in a stack of 38 million) gets no tick of
   * its own: the range ends a little past the data there instead of a
   * whole step beyond it, which would squeeze the rest of the chart. */
  if (lo < 0 && hi > 0 && (guint64) -(lo + 1) + 1 < (guint64) axis->step / 2)
    first = 0;
  if (lo < 0 && hi > 0 && (guint64) hi < (guint64) axis->step / 2)
    last = 0;

  axis->first_tick = first;
  axis->n_ticks = (guint) (span_of (first, last) / (guint64) axis->step) + 1;
  axis->min = MIN ((double) first, (double) lo);
  axis->max = MAX ((double) last, (double) hi);
  /* The margin past data that ends between ticks: the mark stands clear
   * of the edge of the plot. */
  if (axis->min < (double) first)
    axis->min -= (axis->max - axis->min) * 0.03;
  if (axis->max > (double) last)
    axis->max += (axis->max - axis->min) * 0.03;
  if (!(axis->max > axis->min))
    axis->max = axis->min + (double) axis->step;

  switch (unit)
    {
    case KOMMUNE_CHART_UNIT_OERE:
      axis->decimals = axis->scale == KOMMUNE_AMOUNT_SCALE_MILLIONS ? 1 : 0;
      break;
    case KOMMUNE_CHART_UNIT_HUNDREDTHS:
      axis->decimals = decimals_for (axis->step, 2);
      break;
    case KOMMUNE_CHART_UNIT_THOUSANDTHS:
    default:
      axis->decimals = decimals_for (axis->step, 3);
      break;
    }
}

gint64
_kommune_chart_axis_tick (const KommuneChartAxis *axis,
                          guint                   i)
{
  /* In range by construction: first + i × step <= last for i < n_ticks. */
  return (gint64) ((guint64) axis->first_tick + (guint64) i * (guint64) axis->step);
}

/* Hundredths rounded half away from zero to @decimals (0 to 2). */
static char *
format_hundredths (gint64 value,
                   guint  decimals)
{
  guint64 mag = value < 0 ? (guint64) (-(value + 1)) + 1 : (guint64) value;
  guint64 divisor = (guint64) _kommune_pow10[2 - decimals];
  guint64 rounded = (mag + divisor / 2) / divisor;
  guint64 unit = (guint64) _kommune_pow10[decimals];
  const char *sign = value < 0 && rounded != 0 ? "-" : "";

  if (decimals == 0)
    return g_strdup_printf ("%s%" G_GUINT64_FORMAT, sign, rounded);
  return g_strdup_printf ("%s%" G_GUINT64_FORMAT ",%0*" G_GUINT64_FORMAT, sign,
                          rounded / unit, (int) decimals, rounded % unit);
}

char *
_kommune_chart_axis_format (const KommuneChartAxis *axis,
                            gint64                  value,
                            gboolean                with_sign)
{
  g_autofree char *text = NULL;

  switch (axis->unit)
    {
    case KOMMUNE_CHART_UNIT_OERE:
      text = kommune_amount_format (value, axis->scale, axis->decimals);
      break;
    case KOMMUNE_CHART_UNIT_HUNDREDTHS:
      text = _kommune_chart_group_thousands (format_hundredths (value, axis->decimals));
      break;
    case KOMMUNE_CHART_UNIT_THOUSANDTHS:
    default:
      text = _kommune_chart_group_thousands (kommune_decimal_format (value, axis->decimals));
      break;
    }
  if (with_sign && text[0] != '-' && value > 0)
    return g_strconcat ("+", text, NULL);
  return g_steal_pointer (&text);
}

/* ------------------------------------------------------------------ */
/* The range a chart draws                                             */
/* ------------------------------------------------------------------ */

void
_kommune_chart_value_range (const KommuneChart *chart,
                            gint64             *low,
                            gint64             *high)
{
  gint64 lo = 0, hi = 0;
  gboolean clamped = FALSE, seen = FALSE;
  gint64 running = 0;

  for (guint c = 0; c < chart->categories->len; c++)
    switch (chart->kind)
      {
      case KOMMUNE_CHART_STACKED_BARS:
        {
          gint64 up, down;

          _kommune_chart_category_sums (chart, c, NULL, &up, &down);
          hi = MAX (hi, up);
          lo = MIN (lo, down);
        }
        break;
      case KOMMUNE_CHART_WATERFALL:
        if (chart->series->len > 0)
          {
            const KommuneChartCell *cell = _kommune_chart_cell (chart, 0, c);

            if (!cell->set)
              break;
            if (g_array_index (chart->is_total, gboolean, c))
              running = cell->value;
            else
              {
                lo = MIN (lo, running);
                hi = MAX (hi, running);
                running = _kommune_chart_clamped_add (running, cell->value, &clamped);
              }
            lo = MIN (lo, running);
            hi = MAX (hi, running);
          }
        break;
      case KOMMUNE_CHART_BARS:
      case KOMMUNE_CHART_LINES:
      default:
        for (guint s = 0; s < chart->series->len; s++)
          {
            const KommuneChartCell *cell = _kommune_chart_cell (chart, s, c);

            if (!cell->set)
              continue;
            if (!seen && chart->kind == KOMMUNE_CHART_LINES)
              /* Lines need not start from zero. */
              lo = hi = cell->value;
            seen = TRUE;
            lo = MIN (lo, cell->value);
            hi = MAX (hi, cell->value);
          }
        break;
      }
  for (guint r = 0; r < chart->references->len; r++)
    {
      gint64 v = g_array_index (chart->references, KommuneChartReference, r).value;

      if (!seen && chart->kind == KOMMUNE_CHART_LINES)
        lo = hi = v;
      seen = TRUE;
      lo = MIN (lo, v);
      hi = MAX (hi, v);
    }
  *low = lo;
  *high = hi;
}

gboolean
_kommune_chart_uses_millions (KommuneChart *chart)
{
  gint64 lo, hi;

  g_return_val_if_fail (chart != NULL, FALSE);

  if (chart->unit != KOMMUNE_CHART_UNIT_OERE)
    return FALSE;
  _kommune_chart_value_range (chart, &lo, &hi);
  return _kommune_chart_axis_oere_scale (lo, hi) == KOMMUNE_AMOUNT_SCALE_MILLIONS;
}
