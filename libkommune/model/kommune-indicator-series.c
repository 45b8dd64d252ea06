/* kommune-indicator-series.c: an indicator's measurements, the gaps and
 * overlaps of its bands, trends and comparisons
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <stdlib.h>

#include "kommune-decimal.h"
#include "kommune-error.h"
#include "model/kommune-indicator-private.h"
#include "model/kommune-measurement-private.h"
#include "core/kommune-i18n-private.h"

/* check_bands() works on positions along the real line in which every
 * bound v (in thousandths) has three places: just below it (3v − 1), at
 * it (3v) and just above it (3v + 1). An inclusive lower bound starts a
 * band at 3v, an exclusive one at 3v + 1; an inclusive upper bound ends
 * it at 3v, an exclusive one at 3v − 1. The open stretch between two
 * neighbouring thousandths is then a run of positions too, so gaps such
 * as “above 54 and up to 55” show up exactly. */

#define POS_MIN G_MININT64
#define POS_MAX G_MAXINT64

typedef struct
{
  gint64        start;
  gint64        end;
  KommuneStatus status;
} Span;

static int
compare_spans (const void *a,
               const void *b)
{
  const Span *x = a, *y = b;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  return x->end < y->end ? -1 : (x->end > y->end);
}

/* “> 54”, “≥ 55” for the start of a stretch; “< 55”, “≤ 55” for its end. */
static char *
describe_position (gint64   position,
                   gboolean is_start)
{
  gint64 v = position / 3;
  int offset = (int) (position - v * 3);
  g_autofree char *number = NULL;

  /* Normalise C's truncating division for negative positions. */
  if (offset < -1)
    offset += 3, v -= 1;
  else if (offset > 1)
    offset -= 3, v += 1;
  number = kommune_decimal_to_string (v);

  if (is_start)
    return g_strdup_printf ("%s %s", offset > 0 ? ">" : "≥", number);
  return g_strdup_printf ("%s %s", offset < 0 ? "<" : "≤", number);
}

/* A finding about the stretch [start, end] of positions: a gap (in no
 * band) or an overlap (in more than one), each sentence whole so that it
 * translates. */
static char *
finding (gboolean    overlap,
         gint64      start,
         gint64      end)
{
  g_autofree char *from = start == POS_MIN ? NULL : describe_position (start, TRUE);
  g_autofree char *to = end == POS_MAX ? NULL : describe_position (end, FALSE);

  if (from != NULL && to != NULL && start == end)
    {
      g_autofree char *number = kommune_decimal_to_string (start / 3);
      return g_strdup_printf (overlap ? _("overlap: the value %s is in more than one band")
                                      : _("gap: the value %s is in no band"), number);
    }
  if (from != NULL && to != NULL)
    return g_strdup_printf (overlap ? _("overlap: values %s and %s are in more than one band")
                                    : _("gap: values %s and %s are in no band"), from, to);
  if (from != NULL || to != NULL)
    return g_strdup_printf (overlap ? _("overlap: values %s are in more than one band")
                                    : _("gap: values %s are in no band"), from != NULL ? from : to);
  return g_strdup (overlap ? _("overlap: all values are in more than one band")
                           : _("gap: all values are in no band"));
}

/**
 * kommune_indicator_check_bands:
 * @self: a #KommuneIndicator
 *
 * Lists, in order along the line of values, every stretch of values that
 * no band holds and every stretch that more than one band holds, as
 * sentences such as “gap: values > 54 and ≤ 55 are in no band” or
 * “overlap: the value 450 is in more than one band”. An indicator whose
 * bands cover every value exactly once gives an empty list, one without
 * bands the single finding “no bands: every value is outside bands”.
 * The sentences are in the language of the locale (see the translations
 * page).
 *
 * Returns: (transfer full) (array zero-terminated=1): the findings
 *
 * Since: 0.1
 */
char **
kommune_indicator_check_bands (KommuneIndicator *self)
{
  GPtrArray *findings;
  Span spans[N_BANDS];
  guint n = 0;
  gint64 covered = POS_MIN;   /* the last position covered so far */

  g_return_val_if_fail (KOMMUNE_IS_INDICATOR (self), NULL);

  findings = g_ptr_array_new ();
  for (int status = 0; status < N_BANDS; status++)
    {
      const Band *band = &self->bands[status];

      if (!band->set)
        continue;
      spans[n].start = !band->has_lower ? POS_MIN : 3 * band->lower + (band->lower_inclusive ? 0 : 1);
      spans[n].end = !band->has_upper ? POS_MAX : 3 * band->upper - (band->upper_inclusive ? 0 : 1);
      spans[n].status = (KommuneStatus) status;
      n++;
    }
  /* An indicator kept for its method alone has no bands to check. */
  if (n == 0)
    {
      g_ptr_array_add (findings, g_strdup (_("no bands: every value is outside bands")));
      g_ptr_array_add (findings, NULL);
      return (char **) g_ptr_array_free (findings, FALSE);
    }
  qsort (spans, n, sizeof *spans, compare_spans);

  for (guint i = 0; i < n; i++)
    {
      const Span *span = &spans[i];

      if (i == 0)
        {
          if (span->start != POS_MIN)
            g_ptr_array_add (findings, finding (FALSE, POS_MIN, span->start - 1));
        }
      else if (span->start <= covered)
        g_ptr_array_add (findings, finding (TRUE, span->start, MIN (span->end, covered)));
      else if (span->start > covered + 1)
        g_ptr_array_add (findings, finding (FALSE, covered + 1, span->start - 1));

      covered = i == 0 ? span->end : MAX (covered, span->end);
    }

  if (n == 0)
    g_ptr_array_add (findings, finding (FALSE, POS_MIN, POS_MAX));
  else if (covered != POS_MAX)
    g_ptr_array_add (findings, finding (FALSE, covered + 1, POS_MAX));

  g_ptr_array_add (findings, NULL);
  return (char **) g_ptr_array_free (findings, FALSE);
}

static gboolean
add_to_series (KommuneIndicator    *self,
               KommuneList         *series,
               KommuneMeasurement  *measurement,
               const char          *what,
               GError             **error)
{
  g_autofree char *owner = NULL;
  g_autofree char *kind = NULL;

  if (!KOMMUNE_IS_MEASUREMENT (measurement))
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                   _("%s is not a measurement"), what);
      return FALSE;
    }
  if (!_kommune_indicator_check (self, error) || !_kommune_measurement_check (measurement, error))
    return FALSE;
  owner = g_strdup_printf (_("indicator “%s”"), self->name);
  kind = g_strdup_printf (_("%s for"), what);
  if (!_kommune_measurement_take (measurement, error))
    return FALSE;
  if (!_kommune_list_append (series, measurement, kind, owner, error))
    {
      _kommune_measurement_release (measurement);
      return FALSE;
    }
  return TRUE;
}

/**
 * kommune_indicator_add_measurement:
 * @self: a #KommuneIndicator
 * @measurement: a measurement for a period not measured yet
 * @error: return location for a #GError
 *
 * Adds a measurement at the end of the series. Fails with
 * %KOMMUNE_ERROR_DUPLICATE when the period is already measured.
 *
 * Returns: %TRUE if it was added
 *
 * Since: 0.1
 */
gboolean
kommune_indicator_add_measurement (KommuneIndicator    *self,
                                   KommuneMeasurement  *measurement,
                                   GError             **error)
{
  g_return_val_if_fail (KOMMUNE_IS_INDICATOR (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return add_to_series (self, self->measurements, measurement, _("the measurement"), error);
}

/**
 * kommune_indicator_get_measurements:
 * @self: a #KommuneIndicator
 *
 * Gets the series of measurements, in the order added.
 *
 * Returns: (transfer none): a list model of [class@Kommune.Measurement]
 *
 * Since: 0.1
 */
GListModel *
kommune_indicator_get_measurements (KommuneIndicator *self)
{
  g_return_val_if_fail (KOMMUNE_IS_INDICATOR (self), NULL);
  return G_LIST_MODEL (self->measurements);
}

/**
 * kommune_indicator_find_measurement:
 * @self: a #KommuneIndicator
 * @period: (nullable): a period
 *
 * Looks up the measurement of one period.
 *
 * Returns: (transfer none) (nullable): the measurement, or %NULL
 *
 * Since: 0.1
 */
KommuneMeasurement *
kommune_indicator_find_measurement (KommuneIndicator *self,
                                    const char       *period)
{
  g_return_val_if_fail (KOMMUNE_IS_INDICATOR (self), NULL);

  return _kommune_list_find (self->measurements, period);
}

/**
 * kommune_indicator_get_latest_measurement:
 * @self: a #KommuneIndicator
 *
 * Gets the measurement added last, which a series in chronological order
 * makes the latest.
 *
 * Returns: (transfer none) (nullable): the measurement, or %NULL when
 *   there is none
 *
 * Since: 0.1
 */
KommuneMeasurement *
kommune_indicator_get_latest_measurement (KommuneIndicator *self)
{
  guint n;

  g_return_val_if_fail (KOMMUNE_IS_INDICATOR (self), NULL);

  n = _kommune_list_get_n_items (self->measurements);
  return n == 0 ? NULL : _kommune_list_get (self->measurements, n - 1);
}

/**
 * kommune_indicator_get_reference_name:
 * @self: a #KommuneIndicator
 *
 * Gets the name of the reference series, such as `Landet` or
 * `KOSTRA-gruppe 13`.
 *
 * Returns: the name, possibly empty
 *
 * Since: 0.1
 */
const char *
kommune_indicator_get_reference_name (KommuneIndicator *self)
{
  g_return_val_if_fail (KOMMUNE_IS_INDICATOR (self), NULL);
  return self->reference_name;
}

/**
 * kommune_indicator_set_reference_name:
 * @self: a #KommuneIndicator
 * @name: (nullable): the name of the reference series
 *
 * Sets the name of the reference series.
 *
 * Since: 0.1
 */
void
kommune_indicator_set_reference_name (KommuneIndicator *self,
                                      const char       *name)
{
  g_return_if_fail (KOMMUNE_IS_INDICATOR (self));

  g_free (self->reference_name);
  self->reference_name = g_strdup (name ? name : "");
}

/**
 * kommune_indicator_add_reference:
 * @self: a #KommuneIndicator
 * @measurement: the reference's measurement for a period
 * @error: return location for a #GError
 *
 * Adds a measurement to the reference series (the national average or a
 * KOSTRA group's, for instance), to compare with
 * [method@Kommune.Indicator.compare_with_reference]. Fails with
 * %KOMMUNE_ERROR_DUPLICATE when the period is already there.
 *
 * Returns: %TRUE if it was added
 *
 * Since: 0.1
 */
gboolean
kommune_indicator_add_reference (KommuneIndicator    *self,
                                 KommuneMeasurement  *measurement,
                                 GError             **error)
{
  g_return_val_if_fail (KOMMUNE_IS_INDICATOR (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return add_to_series (self, self->references, measurement, _("the reference measurement"), error);
}

/**
 * kommune_indicator_get_references:
 * @self: a #KommuneIndicator
 *
 * Gets the reference series, in the order added.
 *
 * Returns: (transfer none): a list model of [class@Kommune.Measurement]
 *
 * Since: 0.1
 */
GListModel *
kommune_indicator_get_references (KommuneIndicator *self)
{
  g_return_val_if_fail (KOMMUNE_IS_INDICATOR (self), NULL);
  return G_LIST_MODEL (self->references);
}

/* How far a value lies from the desired band; 0 inside it. */
static guint64
distance_to_desired (const Band *band,
                     gint64      value)
{
  /* Unsigned, so the difference of any two values is exact. */
  if (band->has_lower && value < band->lower)
    return (guint64) band->lower - (guint64) value;
  if (band->has_upper && value > band->upper)
    return (guint64) value - (guint64) band->upper;
  return 0;
}

static KommuneTrend
compare_values (KommuneIndicator   *self,
                KommuneMeasurement *before,
                KommuneMeasurement *after)
{
  gint64 a, b;

  if (before == NULL || after == NULL ||
      !kommune_measurement_has_value (before) || !kommune_measurement_has_value (after))
    return KOMMUNE_TREND_NOT_ASSESSABLE;

  a = kommune_measurement_get_value (before);
  b = kommune_measurement_get_value (after);

  switch (self->direction)
    {
    case KOMMUNE_DIRECTION_HIGHER_IS_BETTER:
      break;
    case KOMMUNE_DIRECTION_LOWER_IS_BETTER:
      return b < a ? KOMMUNE_TREND_IMPROVED : b > a ? KOMMUNE_TREND_WORSE : KOMMUNE_TREND_UNCHANGED;
    case KOMMUNE_DIRECTION_TARGET_RANGE:
    default:
      {
        const Band *desired = &self->bands[KOMMUNE_STATUS_DESIRED];
        guint64 da, db;

        if (!desired->set)
          return KOMMUNE_TREND_NOT_ASSESSABLE;
        da = distance_to_desired (desired, a);
        db = distance_to_desired (desired, b);
        return db < da ? KOMMUNE_TREND_IMPROVED : db > da ? KOMMUNE_TREND_WORSE : KOMMUNE_TREND_UNCHANGED;
      }
    }
  return b > a ? KOMMUNE_TREND_IMPROVED : b < a ? KOMMUNE_TREND_WORSE : KOMMUNE_TREND_UNCHANGED;
}

/**
 * kommune_indicator_trend:
 * @self: a #KommuneIndicator
 * @earlier: (nullable): the earlier measurement
 * @later: (nullable): the later measurement
 *
 * Tells how the indicator moved: improved, unchanged or worse by its
 * direction (for a target range: closer to or further from the desired
 * band). A missing measurement — a strike year without exams, say — makes
 * the trend not assessable; it is never read as a zero.
 *
 * Returns: the trend
 *
 * Since: 0.1
 */
KommuneTrend
kommune_indicator_trend (KommuneIndicator   *self,
                         KommuneMeasurement *earlier,
                         KommuneMeasurement *later)
{
  g_return_val_if_fail (KOMMUNE_IS_INDICATOR (self), KOMMUNE_TREND_NOT_ASSESSABLE);
  return compare_values (self, earlier, later);
}

/**
 * kommune_indicator_compare_with_reference:
 * @self: a #KommuneIndicator
 * @own: (nullable): the municipality's measurement
 * @reference: (nullable): the reference's measurement for the same period,
 *   such as the national average or the KOSTRA group's
 *
 * Compares a value with a reference: %KOMMUNE_TREND_IMPROVED when the
 * municipality does better than the reference, %KOMMUNE_TREND_WORSE when
 * it does worse. Drammen's 3,2 % social assistance recipients against the
 * national 2,5 % is worse, since lower is better.
 *
 * Returns: the comparison
 *
 * Since: 0.1
 */
KommuneTrend
kommune_indicator_compare_with_reference (KommuneIndicator   *self,
                                          KommuneMeasurement *own,
                                          KommuneMeasurement *reference)
{
  g_return_val_if_fail (KOMMUNE_IS_INDICATOR (self), KOMMUNE_TREND_NOT_ASSESSABLE);
  return compare_values (self, reference, own);
}
