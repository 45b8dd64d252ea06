/* kommune-measurement-values.c: making a KommuneMeasurement from what
 * was measured: a number in thousandths, decimal text, a rate's numerator
 * and denominator (its percentage computed exactly), a gap with the
 * source's symbol, or rates of several units combined; and the value
 * written back as exact text. Each constructor checks the period and the
 * value before the object is made, so a measurement that exists is
 * valid; the object itself is in kommune-measurement.c.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <inttypes.h>

#include "core/kommune-amount-private.h"
#include "kommune-decimal.h"
#include "kommune-error.h"
#include "model/kommune-measurement-private.h"
#include "core/kommune-i18n-private.h"

/**
 * kommune_measurement_new:
 * @period: the period measured, e.g. `2013`
 * @value: the value in thousandths (61 % is 61 000)
 * @error: return location for a #GError
 *
 * Makes a measured value. Fails with %KOMMUNE_ERROR_INVALID_CODE for an
 * empty period.
 *
 * Returns: (transfer full) (nullable): a new measurement, or %NULL with
 *   @error set
 *
 * Since: 0.1
 */
KommuneMeasurement *
kommune_measurement_new (const char  *period,
                         gint64       value,
                         GError     **error)
{
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!_kommune_measurement_check_period (period, error))
    return NULL;

  return _kommune_measurement_new (period, value, 0, 0, NULL);
}

/**
 * kommune_measurement_new_from_text:
 * @period: the period measured
 * @value: the value as decimal text, e.g. `3,2`
 * @error: return location for a #GError
 *
 * Makes a measured value from decimal text, exactly. Fails as
 * [func@Kommune.decimal_parse] does.
 *
 * Returns: (transfer full) (nullable): a new measurement, or %NULL with
 *   @error set
 *
 * Since: 0.1
 */
KommuneMeasurement *
kommune_measurement_new_from_text (const char  *period,
                                   const char  *value,
                                   GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  gint64 thousandths;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!_kommune_measurement_check_period (period, error))
    return NULL;
  if (value == NULL)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                   _("measurement %s: the value is missing"), period);
      return NULL;
    }
  thousandths = kommune_decimal_parse (value, &local_error);
  if (local_error != NULL)
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error), _("measurement %s: "), period);
      return NULL;
    }
  return kommune_measurement_new (period, thousandths, error);
}

/**
 * kommune_measurement_new_rate:
 * @period: the period measured
 * @numerator: the count measured, e.g. absence days, >= 0
 * @denominator: what it is measured against, e.g. agreed working days, > 0
 * @error: return location for a #GError
 *
 * Makes a rate. Its value is the percentage @numerator / @denominator ×
 * 100, in thousandths rounded half away from zero; the exact parts are
 * kept for aggregation. Fails with %KOMMUNE_ERROR_INVALID_ARGUMENT for a
 * negative numerator or a denominator that is not positive, with
 * %KOMMUNE_ERROR_INVALID_CODE for an empty period, and with
 * %KOMMUNE_ERROR_OVERFLOW when the percentage does not fit in 64-bit
 * thousandths (the rate is computed exactly, never wrapped).
 *
 * Returns: (transfer full) (nullable): a new measurement, or %NULL with
 *   @error set
 *
 * Since: 0.1
 */
KommuneMeasurement *
kommune_measurement_new_rate (const char  *period,
                              gint64       numerator,
                              gint64       denominator,
                              GError     **error)
{
  unsigned __int128 value;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!_kommune_measurement_check_period (period, error))
    return NULL;
  if (numerator < 0 || denominator <= 0)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                   _("measurement %s: a rate needs a numerator >= 0 and a denominator > 0, "
                   "not %" PRId64 "/%" PRId64), period, numerator, denominator);
      return NULL;
    }

  /* percent × 1000 = numerator × 100 000 / denominator, rounded half up,
   * exactly in 128 bits: numerator × 200 000 < 2^81. */
  value = ((unsigned __int128) numerator * 200000 + (unsigned __int128) denominator) /
          ((unsigned __int128) denominator * 2);
  if (value > (unsigned __int128) G_MAXINT64)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_OVERFLOW,
                   _("measurement %s: the rate %" PRId64 "/%" PRId64
                   " is too large a percentage for 64-bit thousandths"), period, numerator, denominator);
      return NULL;
    }

  return _kommune_measurement_new (period, (gint64) value, numerator, denominator, NULL);
}

/**
 * kommune_measurement_new_missing:
 * @period: the period without a value
 * @symbol: (nullable): the source's symbol for the gap, such as `..`, or
 *   %NULL for none
 * @error: return location for a #GError
 *
 * Makes a missing measurement: a gap, not a zero. Fails with
 * %KOMMUNE_ERROR_INVALID_CODE for an empty period.
 *
 * Returns: (transfer full) (nullable): a new measurement, or %NULL with
 *   @error set
 *
 * Since: 0.1
 */
KommuneMeasurement *
kommune_measurement_new_missing (const char  *period,
                                 const char  *symbol,
                                 GError     **error)
{
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!_kommune_measurement_check_period (period, error))
    return NULL;

  return _kommune_measurement_new (period, 0, 0, 0, symbol ? symbol : "");
}

/**
 * kommune_measurement_sum_rates:
 * @period: the period of the result
 * @rates: (array length=n_rates): rates to combine
 * @n_rates: the number of rates
 * @error: return location for a #GError
 *
 * Combines rates of several units by adding their numerators and their
 * denominators: 1/10 and 90/100 give 91/110 (82,727 %), not the average
 * of 10 % and 90 %. Missing measurements are skipped. Fails with
 * %KOMMUNE_ERROR_INVALID_ARGUMENT when an element is not a measurement or
 * is a plain value and not a rate, with %KOMMUNE_ERROR_MISSING_DATA when
 * nothing is left to combine, and with %KOMMUNE_ERROR_OVERFLOW when a sum
 * overflows.
 *
 * Returns: (transfer full) (nullable): the combined rate, or %NULL with
 *   @error set
 *
 * Since: 0.1
 */
KommuneMeasurement *
kommune_measurement_sum_rates (const char          *period,
                               KommuneMeasurement **rates,
                               gsize                n_rates,
                               GError             **error)
{
  gint64 numerator = 0, denominator = 0;
  gsize used = 0;

  g_return_val_if_fail (rates != NULL || n_rates == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!_kommune_measurement_check_period (period, error))
    return NULL;
  for (gsize i = 0; i < n_rates; i++)
    {
      KommuneMeasurement *rate = rates[i];

      if (!KOMMUNE_IS_MEASUREMENT (rate))
        {
          g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                       _("rate %zu is not a measurement"), i + 1);
          return NULL;
        }
      if (!_kommune_measurement_check (rate, error))
        return NULL;

      if (!kommune_measurement_has_value (rate))
        continue;
      if (!kommune_measurement_is_rate (rate))
        {
          g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                       _("measurement %s is a value, not a rate: percentages cannot be added up"),
                       kommune_measurement_get_period (rate));
          return NULL;
        }
      if (!_kommune_checked_add (numerator, kommune_measurement_get_numerator (rate), &numerator) ||
          !_kommune_checked_add (denominator, kommune_measurement_get_denominator (rate), &denominator))
        {
          g_set_error_literal (error, KOMMUNE_ERROR, KOMMUNE_ERROR_OVERFLOW,
                               _("the combined rate does not fit in 64 bits"));
          return NULL;
        }
      used++;
    }

  if (used == 0)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_MISSING_DATA,
                   _("no measured rates to combine for %s"), period);
      return NULL;
    }
  return kommune_measurement_new_rate (period, numerator, denominator, error);
}

/**
 * kommune_measurement_format:
 * @self: a #KommuneMeasurement
 *
 * Writes the value as exact decimal text (`61`, `3,2`), or the missing
 * symbol (or `–` when there is none).
 *
 * Returns: (transfer full): the text
 *
 * Since: 0.1
 */
char *
kommune_measurement_format (KommuneMeasurement *self)
{
  const char *symbol;

  g_return_val_if_fail (KOMMUNE_IS_MEASUREMENT (self), NULL);

  symbol = kommune_measurement_get_missing_symbol (self);
  if (symbol != NULL)
    return g_strdup (*symbol ? symbol : "–");
  return kommune_decimal_to_string (kommune_measurement_get_value (self));
}
