/* kommune-indicator-bands.c: the bands of a KommuneIndicator (set, read
 * back and described) and the evaluation of a value against them
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <math.h>

#include "core/kommune-enum-private.h"

#include "kommune-decimal.h"
#include "kommune-enums.h"
#include "kommune-error.h"
#include "model/kommune-indicator-private.h"
#include "kommune-measurement.h"
#include "core/kommune-i18n-private.h"

static gboolean
read_bound (const char  *prefix,
            const char  *text,
            gboolean    *present,
            gint64      *value,
            GError     **error)
{
  g_autoptr(GError) local_error = NULL;

  *present = text != NULL;
  if (text == NULL)
    return TRUE;
  *value = kommune_decimal_parse (text, &local_error);
  if (local_error == NULL && (*value > MAX_BOUND || *value < -MAX_BOUND))
    g_set_error (&local_error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                 _("“%s” is beyond ±10^12"), text);
  if (local_error != NULL)
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s", prefix);
      return FALSE;
    }
  return TRUE;
}

/**
 * kommune_indicator_set_band:
 * @self: a #KommuneIndicator
 * @status: %KOMMUNE_STATUS_DESIRED, %KOMMUNE_STATUS_ACCEPTABLE or
 *   %KOMMUNE_STATUS_NOT_APPROVED
 * @lower: (nullable): the lower bound as decimal text (`50`, `3,5`), or
 *   %NULL for no lower bound
 * @lower_inclusive: whether the lower bound belongs to the band
 * @upper: (nullable): the upper bound as decimal text, or %NULL for no
 *   upper bound
 * @upper_inclusive: whether the upper bound belongs to the band
 * @error: return location for a #GError
 *
 * Sets one band exactly as the document writes it: “desired > 55” is
 * `("55", FALSE, NULL, FALSE)`, “acceptable 50–54” is
 * `("50", TRUE, "54", TRUE)`, “not approved < 50” is
 * `(NULL, FALSE, "50", FALSE)`. Fails with
 * %KOMMUNE_ERROR_INVALID_ARGUMENT for another status, a bound that is not
 * decimal text or an empty band (lower above upper), changing nothing.
 *
 * Returns: %TRUE if the band was set
 *
 * Since: 0.1
 */
gboolean
kommune_indicator_set_band (KommuneIndicator  *self,
                            KommuneStatus      status,
                            const char        *lower,
                            gboolean           lower_inclusive,
                            const char        *upper,
                            gboolean           upper_inclusive,
                            GError           **error)
{
  Band band = { TRUE, FALSE, lower_inclusive, FALSE, upper_inclusive, 0, 0 };

  g_return_val_if_fail (KOMMUNE_IS_INDICATOR (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if ((guint) status >= N_BANDS)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                   _("indicator “%s”: only the desired, acceptable and not-approved statuses have bands"),
                   self->name);
      return FALSE;
    }
  if (!read_bound (_("the lower bound: "), lower, &band.has_lower, &band.lower, error) ||
      !read_bound (_("the upper bound: "), upper, &band.has_upper, &band.upper, error))
    return FALSE;

  if (band.has_lower && band.has_upper &&
      (band.lower > band.upper ||
       (band.lower == band.upper && !(band.lower_inclusive && band.upper_inclusive))))
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                   _("indicator “%s”: the %s band from %s to %s is empty"),
                   self->name, kommune_status_to_string (status), lower, upper);
      return FALSE;
    }
  if (!band.has_lower)
    band.lower_inclusive = FALSE;
  if (!band.has_upper)
    band.upper_inclusive = FALSE;

  self->bands[status] = band;
  return TRUE;
}

/**
 * kommune_indicator_has_band:
 * @self: a #KommuneIndicator
 * @status: a status
 *
 * Tells whether the indicator has a band for @status.
 *
 * Returns: %TRUE if the band is set
 *
 * Since: 0.1
 */
gboolean
kommune_indicator_has_band (KommuneIndicator *self,
                            KommuneStatus     status)
{
  g_return_val_if_fail (KOMMUNE_IS_INDICATOR (self), FALSE);
  g_return_val_if_fail ((guint) status <= KOMMUNE_STATUS_NOT_MEASURED, FALSE);
  return (guint) status < N_BANDS && self->bands[status].set;
}

/**
 * kommune_indicator_dup_band:
 * @self: a #KommuneIndicator
 * @status: a status with a band
 * @lower: (out) (transfer full) (optional) (nullable): the lower bound as
 *   exact decimal text, or %NULL when unbounded
 * @lower_inclusive: (out) (optional): whether the lower bound belongs to
 *   the band
 * @upper: (out) (transfer full) (optional) (nullable): the upper bound, or
 *   %NULL when unbounded
 * @upper_inclusive: (out) (optional): whether the upper bound belongs to
 *   the band
 *
 * Gets a band as it was set.
 *
 * Returns: %TRUE if the band is set; the out values are only set then
 *
 * Since: 0.1
 */
gboolean
kommune_indicator_dup_band (KommuneIndicator  *self,
                            KommuneStatus      status,
                            char             **lower,
                            gboolean          *lower_inclusive,
                            char             **upper,
                            gboolean          *upper_inclusive)
{
  const Band *band;

  g_return_val_if_fail (KOMMUNE_IS_INDICATOR (self), FALSE);
  g_return_val_if_fail ((guint) status <= KOMMUNE_STATUS_NOT_MEASURED, FALSE);

  if (!kommune_indicator_has_band (self, status))
    return FALSE;
  band = &self->bands[status];
  if (lower != NULL)
    *lower = band->has_lower ? kommune_decimal_to_string (band->lower) : NULL;
  if (lower_inclusive != NULL)
    *lower_inclusive = band->lower_inclusive;
  if (upper != NULL)
    *upper = band->has_upper ? kommune_decimal_to_string (band->upper) : NULL;
  if (upper_inclusive != NULL)
    *upper_inclusive = band->upper_inclusive;
  return TRUE;
}

/**
 * kommune_indicator_describe_band:
 * @self: a #KommuneIndicator
 * @status: a status with a band
 *
 * Writes a band for people: `> 55`, `≥ 50 and ≤ 54`, `< 50`.
 *
 * Returns: (transfer full) (nullable): the text, or %NULL when the band
 *   is not set
 *
 * Since: 0.1
 */
char *
kommune_indicator_describe_band (KommuneIndicator *self,
                                 KommuneStatus     status)
{
  g_autofree char *lower = NULL;
  g_autofree char *upper = NULL;
  gboolean lower_inclusive, upper_inclusive;

  g_return_val_if_fail (KOMMUNE_IS_INDICATOR (self), NULL);
  g_return_val_if_fail ((guint) status <= KOMMUNE_STATUS_NOT_MEASURED, NULL);

  if (!kommune_indicator_dup_band (self, status, &lower, &lower_inclusive, &upper, &upper_inclusive))
    return NULL;
  if (lower != NULL && upper != NULL)
    return g_strdup_printf (_("%s %s and %s %s"), lower_inclusive ? "≥" : ">", lower,
                            upper_inclusive ? "≤" : "<", upper);
  if (lower != NULL)
    return g_strdup_printf ("%s %s", lower_inclusive ? "≥" : ">", lower);
  if (upper != NULL)
    return g_strdup_printf ("%s %s", upper_inclusive ? "≤" : "<", upper);
  return g_strdup (_("any value"));
}

static gboolean
band_contains (const Band *band,
               gint64      value)
{
  if (!band->set)
    return FALSE;
  if (band->has_lower && (value < band->lower || (value == band->lower && !band->lower_inclusive)))
    return FALSE;
  if (band->has_upper && (value > band->upper || (value == band->upper && !band->upper_inclusive)))
    return FALSE;
  return TRUE;
}

/**
 * kommune_indicator_evaluate_thousandths:
 * @self: a #KommuneIndicator
 * @value: a value in thousandths
 *
 * Evaluates an exact value: the status of the band that holds it,
 * %KOMMUNE_STATUS_OUTSIDE_BANDS when none does, and the least favourable
 * status when bands overlap there.
 *
 * Returns: the status
 *
 * Since: 0.1
 */
KommuneStatus
kommune_indicator_evaluate_thousandths (KommuneIndicator *self,
                                        gint64            value)
{
  g_return_val_if_fail (KOMMUNE_IS_INDICATOR (self), KOMMUNE_STATUS_NOT_MEASURED);

  /* From the least favourable band up, so an overlap reads conservatively. */
  for (int status = KOMMUNE_STATUS_NOT_APPROVED; status >= KOMMUNE_STATUS_DESIRED; status--)
    if (band_contains (&self->bands[status], value))
      return (KommuneStatus) status;
  return KOMMUNE_STATUS_OUTSIDE_BANDS;
}

/**
 * kommune_indicator_evaluate:
 * @self: a #KommuneIndicator
 * @value: a value, read as the shortest decimal that gives it back and
 *   taken to three decimals half away from zero
 * @error: return location for a #GError
 *
 * Evaluates a floating-point value, as
 * [method@Kommune.Indicator.evaluate_thousandths] does with the value in
 * thousandths. NaN, the missing value of pandas and NumPy, is
 * %KOMMUNE_STATUS_NOT_MEASURED. Fails with %KOMMUNE_ERROR_INVALID_ARGUMENT
 * for an infinity or a value beyond ±10^12, where a double no longer
 * holds thousandths; give such values as text
 * ([method@Kommune.Indicator.evaluate_text]).
 *
 * Returns: the status; %KOMMUNE_STATUS_NOT_MEASURED with @error set on
 *   failure
 *
 * Since: 0.1
 */
KommuneStatus
kommune_indicator_evaluate (KommuneIndicator  *self,
                            double             value,
                            GError           **error)
{
  GError *conversion_error = NULL;
  gint64 thousandths;

  g_return_val_if_fail (KOMMUNE_IS_INDICATOR (self), KOMMUNE_STATUS_NOT_MEASURED);
  g_return_val_if_fail (error == NULL || *error == NULL, KOMMUNE_STATUS_NOT_MEASURED);

  if (isnan (value))
    return KOMMUNE_STATUS_NOT_MEASURED;
  if (isinf (value))
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                   _("indicator “%s”: %s is not a value"), self->name, value > 0 ? "inf" : "-inf");
      return KOMMUNE_STATUS_NOT_MEASURED;
    }
  if (fabs (value) > (double) MAX_BOUND / KOMMUNE_DECIMAL_ONE)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                   _("indicator “%s”: %g is beyond ±10^12; give it as text"), self->name, value);
      return KOMMUNE_STATUS_NOT_MEASURED;
    }
  /* The double is read as the shortest decimal that gives it back (what
   * Python prints), then rounded half away from zero to thousandths. */
  thousandths = kommune_decimal_from_double (value, &conversion_error);
  if (conversion_error != NULL)
    {
      g_propagate_prefixed_error (error, conversion_error, _("indicator “%s”: "), self->name);
      return KOMMUNE_STATUS_NOT_MEASURED;
    }
  return kommune_indicator_evaluate_thousandths (self, thousandths);
}

/**
 * kommune_indicator_evaluate_text:
 * @self: a #KommuneIndicator
 * @text: (nullable): a value as decimal text, e.g. `54,5`
 * @error: return location for a #GError
 *
 * Evaluates a value given as text, exactly. Fails as
 * [func@Kommune.decimal_parse] does, and with
 * %KOMMUNE_ERROR_INVALID_ARGUMENT for %NULL.
 *
 * Returns: the status, or %KOMMUNE_STATUS_NOT_MEASURED with @error set
 *
 * Since: 0.1
 */
KommuneStatus
kommune_indicator_evaluate_text (KommuneIndicator  *self,
                                 const char        *text,
                                 GError           **error)
{
  g_autoptr(GError) local_error = NULL;
  gint64 value;

  g_return_val_if_fail (KOMMUNE_IS_INDICATOR (self), KOMMUNE_STATUS_NOT_MEASURED);
  g_return_val_if_fail (error == NULL || *error == NULL, KOMMUNE_STATUS_NOT_MEASURED);

  if (text == NULL)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                   _("indicator “%s”: no value to evaluate"), self->name);
      return KOMMUNE_STATUS_NOT_MEASURED;
    }
  value = kommune_decimal_parse (text, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return KOMMUNE_STATUS_NOT_MEASURED;
    }
  return kommune_indicator_evaluate_thousandths (self, value);
}

/**
 * kommune_indicator_evaluate_missing:
 * @self: a #KommuneIndicator
 *
 * Evaluates a missing measurement: always %KOMMUNE_STATUS_NOT_MEASURED.
 *
 * Returns: %KOMMUNE_STATUS_NOT_MEASURED
 *
 * Since: 0.1
 */
KommuneStatus
kommune_indicator_evaluate_missing (KommuneIndicator *self)
{
  g_return_val_if_fail (KOMMUNE_IS_INDICATOR (self), KOMMUNE_STATUS_NOT_MEASURED);
  return KOMMUNE_STATUS_NOT_MEASURED;
}

/**
 * kommune_indicator_evaluate_measurement:
 * @self: a #KommuneIndicator
 * @measurement: (nullable): a measurement, or %NULL for none
 *
 * Evaluates a measurement; a missing one, or none, is
 * %KOMMUNE_STATUS_NOT_MEASURED.
 *
 * Returns: the status
 *
 * Since: 0.1
 */
KommuneStatus
kommune_indicator_evaluate_measurement (KommuneIndicator   *self,
                                        KommuneMeasurement *measurement)
{
  g_return_val_if_fail (KOMMUNE_IS_INDICATOR (self), KOMMUNE_STATUS_NOT_MEASURED);

  if (measurement == NULL || !kommune_measurement_has_value (measurement))
    return KOMMUNE_STATUS_NOT_MEASURED;
  return kommune_indicator_evaluate_thousandths (self, kommune_measurement_get_value (measurement));
}

/**
 * kommune_status_to_string:
 * @status: a status
 *
 * Gets the name used for the status in documents: `desired`,
 * `acceptable`, `not-approved`, `outside-bands` or `not-measured`.
 *
 * Returns: (nullable): the name, or %NULL for an unknown status
 *
 * Since: 0.1
 */
const char *
kommune_status_to_string (KommuneStatus status)
{
  return _kommune_enum_nick (KOMMUNE_TYPE_STATUS, (int) status);
}
