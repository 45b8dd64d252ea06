/* kommune-measurement.c: the KommuneMeasurement object: its fields and
 * properties, what it tells of itself, the texts that may change, and its
 * membership of one indicator's series. How a measurement is made from a
 * number, text, a rate's parts or a gap, each checked first, and how its
 * value is written as text, is in kommune-measurement-values.c, which
 * builds on this file through _kommune_measurement_new().
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "core/kommune-check-private.h"
#include "kommune-error.h"
#include "model/kommune-measurement-private.h"
#include "core/kommune-object-private.h"
#include "core/kommune-i18n-private.h"

/**
 * KommuneMeasurement:
 *
 * One measured value of an indicator for one period (a year such as
 * `2013`, or a tertial such as `2017-T1`), in exact thousandths (see
 * [func@Kommune.decimal_parse]).
 *
 * A measurement is one of three kinds:
 *
 * - a value, such as 61 % of the introduction programme's participants in
 *   work or education in 2013;
 * - a rate, kept as numerator and denominator (absence days over agreed
 *   days), whose value is its percentage. Rates of several units are
 *   combined by adding numerators and denominators, never by averaging
 *   percentages: 1/10 and 90/100 give 91/110
 *   ([func@Kommune.Measurement.sum_rates]);
 * - missing, with the symbol the source uses (SSB writes `.` for “cannot
 *   exist” and `..` for “not available”): a missing value is a gap, never
 *   a zero, and evaluates to %KOMMUNE_STATUS_NOT_MEASURED.
 *
 * A measurement may keep the value as the source wrote it
 * ([property@Kommune.Measurement:as-written]): “nearly 3 000 children in
 * low-income families on 1.1.2013” is the value 3 000, evaluated as such,
 * with its wording kept beside it for the reader.
 *
 * Measurements are immutable but for their source and as-written texts.
 *
 * Objects made with g_object_new() (`Kommune.Measurement()` in Python)
 * have no period: they are refused, with the error the constructors give
 * for an empty period, when they are added to an indicator.
 *
 * Since: 0.1
 */

struct _KommuneMeasurement
{
  GObject  parent_instance;

  char    *period;
  char    *source;
  char    *as_written;
  char    *missing_symbol;   /* non-NULL exactly when missing */
  gint64   value;
  gint64   numerator;
  gint64   denominator;      /* > 0 exactly when a rate */
  gboolean in_series;        /* an indicator's: a measurement belongs to one */
};

G_DEFINE_FINAL_TYPE (KommuneMeasurement, kommune_measurement, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PERIOD,
  PROP_VALUE,
  PROP_SOURCE,
  PROP_AS_WRITTEN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kommune_measurement_finalize (GObject *object)
{
  KommuneMeasurement *self = (KommuneMeasurement *)object;

  g_clear_pointer (&self->period, g_free);
  g_clear_pointer (&self->source, g_free);
  g_clear_pointer (&self->as_written, g_free);
  g_clear_pointer (&self->missing_symbol, g_free);

  G_OBJECT_CLASS (kommune_measurement_parent_class)->finalize (object);
}

static void
kommune_measurement_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  KommuneMeasurement *self = KOMMUNE_MEASUREMENT (object);

  switch (prop_id)
    {
    case PROP_PERIOD:
      g_value_set_string (value, self->period);
      break;

    case PROP_VALUE:
      g_value_set_int64 (value, self->value);
      break;

    case PROP_SOURCE:
      g_value_set_string (value, self->source);
      break;

    case PROP_AS_WRITTEN:
      g_value_set_string (value, self->as_written);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kommune_measurement_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  KommuneMeasurement *self = KOMMUNE_MEASUREMENT (object);

  switch (prop_id)
    {
    case PROP_SOURCE:
      kommune_measurement_set_source (self, g_value_get_string (value));
      break;

    case PROP_AS_WRITTEN:
      kommune_measurement_set_as_written (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kommune_measurement_class_init (KommuneMeasurementClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = kommune_measurement_finalize;
  object_class->get_property = kommune_measurement_get_property;
  object_class->set_property = kommune_measurement_set_property;

  /**
   * KommuneMeasurement:period:
   *
   * The period measured, e.g. `2013` or `2017-T1`, or %NULL for a
   * measurement made with g_object_new() rather than by a constructor.
   *
   * Since: 0.1
   */
  properties[PROP_PERIOD] = g_param_spec_string ("period", NULL, NULL, NULL, ro);

  /**
   * KommuneMeasurement:value:
   *
   * The value in thousandths; 0 when missing.
   *
   * Since: 0.1
   */
  properties[PROP_VALUE] = g_param_spec_int64 ("value", NULL, NULL, G_MININT64, G_MAXINT64, 0, ro);

  /**
   * KommuneMeasurement:source:
   *
   * Where the value comes from, e.g. “Måltall fra IMDi”.
   *
   * Since: 0.1
   */
  properties[PROP_SOURCE] =
    g_param_spec_string ("source", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * KommuneMeasurement:as-written:
   *
   * The value as the source wrote it, e.g. “nearly 3 000”, or empty. It
   * is kept for the reader only: what is evaluated is
   * [property@Kommune.Measurement:value].
   *
   * Since: 0.1
   */
  properties[PROP_AS_WRITTEN] =
    g_param_spec_string ("as-written", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kommune_measurement_init (KommuneMeasurement *self)
{
  self->source = g_strdup ("");
  self->as_written = g_strdup ("");
}

gboolean
_kommune_measurement_check_period (const char  *period,
                                   GError     **error)
{
  return _kommune_check_code (_("the period of a measurement"), period, error);
}

gboolean
_kommune_measurement_check (KommuneMeasurement  *self,
                            GError             **error)
{
  return _kommune_measurement_check_period (self->period, error);
}

KommuneMeasurement *
_kommune_measurement_new (const char *period,
                          gint64      value,
                          gint64      numerator,
                          gint64      denominator,
                          const char *missing_symbol)
{
  KommuneMeasurement *self = g_object_new (KOMMUNE_TYPE_MEASUREMENT, NULL);

  self->period = g_strdup (period);
  self->value = value;
  self->numerator = numerator;
  self->denominator = denominator;
  self->missing_symbol = g_strdup (missing_symbol);
  return self;
}

/**
 * kommune_measurement_get_period:
 * @self: a #KommuneMeasurement
 *
 * Gets the period measured.
 *
 * Returns: (nullable): the period, or %NULL for a measurement made with
 *   g_object_new() rather than by a constructor
 *
 * Since: 0.1
 */
const char *
kommune_measurement_get_period (KommuneMeasurement *self)
{
  g_return_val_if_fail (KOMMUNE_IS_MEASUREMENT (self), NULL);
  return self->period;
}

/**
 * kommune_measurement_has_value:
 * @self: a #KommuneMeasurement
 *
 * Tells whether there is a value, or the measurement is missing.
 *
 * Returns: %TRUE unless missing
 *
 * Since: 0.1
 */
gboolean
kommune_measurement_has_value (KommuneMeasurement *self)
{
  g_return_val_if_fail (KOMMUNE_IS_MEASUREMENT (self), FALSE);
  return self->missing_symbol == NULL;
}

/**
 * kommune_measurement_get_value:
 * @self: a #KommuneMeasurement
 *
 * Gets the value; for a rate, its percentage.
 *
 * Returns: the value in thousandths, 0 when missing
 *
 * Since: 0.1
 */
gint64
kommune_measurement_get_value (KommuneMeasurement *self)
{
  g_return_val_if_fail (KOMMUNE_IS_MEASUREMENT (self), 0);
  return self->value;
}

/**
 * kommune_measurement_is_rate:
 * @self: a #KommuneMeasurement
 *
 * Tells whether the measurement is a rate with numerator and denominator.
 *
 * Returns: %TRUE for a rate
 *
 * Since: 0.1
 */
gboolean
kommune_measurement_is_rate (KommuneMeasurement *self)
{
  g_return_val_if_fail (KOMMUNE_IS_MEASUREMENT (self), FALSE);
  return self->denominator > 0;
}

/**
 * kommune_measurement_get_numerator:
 * @self: a #KommuneMeasurement
 *
 * Gets a rate's numerator.
 *
 * Returns: the numerator, 0 for a value that is not a rate
 *
 * Since: 0.1
 */
gint64
kommune_measurement_get_numerator (KommuneMeasurement *self)
{
  g_return_val_if_fail (KOMMUNE_IS_MEASUREMENT (self), 0);
  return self->numerator;
}

/**
 * kommune_measurement_get_denominator:
 * @self: a #KommuneMeasurement
 *
 * Gets a rate's denominator.
 *
 * Returns: the denominator, 0 for a value that is not a rate
 *
 * Since: 0.1
 */
gint64
kommune_measurement_get_denominator (KommuneMeasurement *self)
{
  g_return_val_if_fail (KOMMUNE_IS_MEASUREMENT (self), 0);
  return self->denominator;
}

/**
 * kommune_measurement_get_missing_symbol:
 * @self: a #KommuneMeasurement
 *
 * Gets the symbol of a missing measurement.
 *
 * Returns: (nullable): the symbol (possibly empty) when missing, %NULL
 *   when there is a value
 *
 * Since: 0.1
 */
const char *
kommune_measurement_get_missing_symbol (KommuneMeasurement *self)
{
  g_return_val_if_fail (KOMMUNE_IS_MEASUREMENT (self), NULL);
  return self->missing_symbol;
}

/**
 * kommune_measurement_get_source:
 * @self: a #KommuneMeasurement
 *
 * Gets where the value comes from.
 *
 * Returns: the source, possibly empty
 *
 * Since: 0.1
 */
const char *
kommune_measurement_get_source (KommuneMeasurement *self)
{
  g_return_val_if_fail (KOMMUNE_IS_MEASUREMENT (self), NULL);
  return self->source;
}

/**
 * kommune_measurement_set_source:
 * @self: a #KommuneMeasurement
 * @source: (nullable): where the value comes from
 *
 * Sets where the value comes from.
 *
 * Since: 0.1
 */
void
kommune_measurement_set_source (KommuneMeasurement *self,
                                const char         *source)
{
  g_return_if_fail (KOMMUNE_IS_MEASUREMENT (self));

  _kommune_set_text (G_OBJECT (self), &self->source, source, properties[PROP_SOURCE]);
}

/**
 * kommune_measurement_get_as_written:
 * @self: a #KommuneMeasurement
 *
 * Gets the value as the source wrote it, such as “nearly 3 000”.
 *
 * Returns: the text, empty when the source's wording is not kept
 *
 * Since: 0.1
 */
const char *
kommune_measurement_get_as_written (KommuneMeasurement *self)
{
  g_return_val_if_fail (KOMMUNE_IS_MEASUREMENT (self), NULL);
  return self->as_written;
}

/**
 * kommune_measurement_set_as_written:
 * @self: a #KommuneMeasurement
 * @as_written: (nullable): the value as the source wrote it, or %NULL
 *   (or empty) for none
 *
 * Keeps the source's wording of the value (“nearly 3 000”, “about 8 %”)
 * beside the exact value that is evaluated.
 *
 * Since: 0.1
 */
void
kommune_measurement_set_as_written (KommuneMeasurement *self,
                                    const char         *as_written)
{
  g_return_if_fail (KOMMUNE_IS_MEASUREMENT (self));

  _kommune_set_text (G_OBJECT (self), &self->as_written, as_written, properties[PROP_AS_WRITTEN]);
}

gboolean
_kommune_measurement_take (KommuneMeasurement  *self,
                           GError             **error)
{
  g_return_val_if_fail (KOMMUNE_IS_MEASUREMENT (self), FALSE);

  if (self->in_series)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                   _("measurement %s already belongs to an indicator"), self->period);
      return FALSE;
    }
  self->in_series = TRUE;
  return TRUE;
}

void
_kommune_measurement_release (KommuneMeasurement *self)
{
  g_return_if_fail (KOMMUNE_IS_MEASUREMENT (self));

  self->in_series = FALSE;
}
