/* kommune-indicator.c: the KommuneIndicator object, its construction and
 * its properties (bands and evaluation are in kommune-indicator-bands.c,
 * measurements and trends in kommune-indicator-series.c)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <stdlib.h>

#include "core/kommune-check-private.h"
#include "core/kommune-list-private.h"
#include "kommune-decimal.h"
#include "kommune-enums.h"
#include "kommune-error.h"
#include "model/kommune-indicator-private.h"
#include "model/kommune-measurement-private.h"
#include "kommune-measurement.h"
#include "core/kommune-object-private.h"
#include "core/kommune-i18n-private.h"

/**
 * KommuneIndicator:
 *
 * An indicator of a goal with three result bands: desired (ønsket
 * resultat, green), acceptable (akseptabelt resultat, yellow) and not
 * approved (ikke godkjent, red), each with its own lower and upper bound,
 * inclusive or exclusive, or unbounded.
 *
 * The bands are kept exactly as the document writes them. Real documents
 * are sloppy: Drammen's “desired > 55 %, acceptable 50–54 %, not approved
 * < 50 %” leaves 54 < x ≤ 55 in no band. libkommune does not guess:
 *
 * - a value in no band evaluates to %KOMMUNE_STATUS_OUTSIDE_BANDS;
 * - a value in two bands (where they overlap, as “400–450” and “450 or
 *   more” do at 450) evaluates to the less favourable of them, the
 *   conservative reading;
 * - [method@Kommune.Indicator.check_bands] lists every gap and overlap.
 *
 * Values are exact thousandths ([func@Kommune.decimal_parse]), so 55 is
 * exactly on the boundary the document means. Floats from Python or
 * JavaScript are taken to three decimals, half away from zero. A missing
 * measurement is %KOMMUNE_STATUS_NOT_MEASURED, never “not approved”.
 * Bounds are limited to ±10^12.
 *
 * A float that is NaN is how pandas and NumPy write “missing”, so
 * [method@Kommune.Indicator.evaluate] takes it as a missing value
 * (%KOMMUNE_STATUS_NOT_MEASURED); infinities and floats beyond ±10^12
 * (where a double no longer holds thousandths) are refused with
 * %KOMMUNE_ERROR_INVALID_ARGUMENT. None of them is ever evaluated as 0.
 *
 * The measurements and the reference series are read-only views, in the
 * order they were added, one per period; adding one costs O(1).
 *
 * Objects made with g_object_new() (`Kommune.Indicator()` in Python)
 * have no name: they are refused, with the error kommune_indicator_new()
 * would give, when they are added to a goal.
 *
 * Since: 0.1
 */

G_DEFINE_FINAL_TYPE (KommuneIndicator, kommune_indicator, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_UNIT,
  PROP_DIRECTION,
  PROP_METHOD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kommune_indicator_finalize (GObject *object)
{
  KommuneIndicator *self = (KommuneIndicator *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->method, g_free);
  /* Its measurements may go into another series now. */
  for (guint i = 0; self->measurements != NULL && i < _kommune_list_get_n_items (self->measurements); i++)
    _kommune_measurement_release (_kommune_list_get (self->measurements, i));
  for (guint i = 0; self->references != NULL && i < _kommune_list_get_n_items (self->references); i++)
    _kommune_measurement_release (_kommune_list_get (self->references, i));
  g_clear_object (&self->measurements);
  g_clear_object (&self->references);
  g_clear_pointer (&self->reference_name, g_free);

  G_OBJECT_CLASS (kommune_indicator_parent_class)->finalize (object);
}

static void
kommune_indicator_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  KommuneIndicator *self = KOMMUNE_INDICATOR (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_UNIT:
      g_value_set_enum (value, self->unit);
      break;

    case PROP_DIRECTION:
      g_value_set_enum (value, self->direction);
      break;

    case PROP_METHOD:
      g_value_set_string (value, self->method);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kommune_indicator_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  KommuneIndicator *self = KOMMUNE_INDICATOR (object);

  switch (prop_id)
    {
    case PROP_METHOD:
      kommune_indicator_set_method (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kommune_indicator_class_init (KommuneIndicatorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = kommune_indicator_finalize;
  object_class->get_property = kommune_indicator_get_property;
  object_class->set_property = kommune_indicator_set_property;

  /**
   * KommuneIndicator:name:
   *
   * What the indicator measures, as the document names it, or %NULL for an
   * indicator made with g_object_new() rather than by a constructor.
   *
   * Since: 0.1
   */
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, ro);

  /**
   * KommuneIndicator:unit:
   *
   * What the values measure.
   *
   * Since: 0.1
   */
  properties[PROP_UNIT] =
    g_param_spec_enum ("unit", NULL, NULL, KOMMUNE_TYPE_INDICATOR_UNIT,
                       KOMMUNE_INDICATOR_UNIT_PERCENT, ro);

  /**
   * KommuneIndicator:direction:
   *
   * Which way the indicator improves.
   *
   * Since: 0.1
   */
  properties[PROP_DIRECTION] =
    g_param_spec_enum ("direction", NULL, NULL, KOMMUNE_TYPE_DIRECTION,
                       KOMMUNE_DIRECTION_HIGHER_IS_BETTER, ro);

  /**
   * KommuneIndicator:method:
   *
   * The measurement method and data source (målemetode, datakilde), e.g.
   * “Måltall fra IMDi”.
   *
   * Since: 0.1
   */
  properties[PROP_METHOD] =
    g_param_spec_string ("method", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kommune_indicator_init (KommuneIndicator *self)
{
  self->method = g_strdup ("");
  self->measurements = _kommune_list_new (KOMMUNE_TYPE_MEASUREMENT, _kommune_indicator_period_key);
  self->references = _kommune_list_new (KOMMUNE_TYPE_MEASUREMENT, _kommune_indicator_period_key);
  self->reference_name = g_strdup ("");
}

const char *
_kommune_indicator_period_key (gpointer  item,
                               char     *buffer)
{
  return kommune_measurement_get_period (item);
}

static gboolean
check_indicator (const char            *name,
                 KommuneIndicatorUnit   unit,
                 KommuneDirection       direction,
                 GError               **error)
{
  if (!_kommune_check_name (_("the indicator's name"), name, FALSE, error))
    return FALSE;
  if ((guint) unit > KOMMUNE_INDICATOR_UNIT_RATIO)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                   _("indicator “%s”: %d is not a unit"), name, (int) unit);
      return FALSE;
    }
  if ((guint) direction > KOMMUNE_DIRECTION_TARGET_RANGE)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                   _("indicator “%s”: %d is not a direction"), name, (int) direction);
      return FALSE;
    }
  return TRUE;
}

gboolean
_kommune_indicator_check (KommuneIndicator  *self,
                          GError           **error)
{
  return check_indicator (self->name, self->unit, self->direction, error);
}

/**
 * kommune_indicator_new:
 * @name: what the indicator measures
 * @unit: what its values measure
 * @direction: which way it improves
 * @error: return location for a #GError
 *
 * Makes an indicator without bands or measurements. Fails with
 * %KOMMUNE_ERROR_INVALID_ARGUMENT for an empty name or an unknown unit or
 * direction.
 *
 * Returns: (transfer full) (nullable): a new indicator, or %NULL with
 *   @error set
 *
 * Since: 0.1
 */
KommuneIndicator *
kommune_indicator_new (const char            *name,
                       KommuneIndicatorUnit   unit,
                       KommuneDirection       direction,
                       GError               **error)
{
  KommuneIndicator *self;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_indicator (name, unit, direction, error))
    return NULL;

  self = g_object_new (KOMMUNE_TYPE_INDICATOR, NULL);
  self->name = g_strdup (name);
  self->unit = unit;
  self->direction = direction;
  return self;
}

/**
 * kommune_indicator_get_name:
 * @self: a #KommuneIndicator
 *
 * Gets the name.
 *
 * Returns: (nullable): the name, or %NULL for an indicator made with
 *   g_object_new() rather than by a constructor
 *
 * Since: 0.1
 */
const char *
kommune_indicator_get_name (KommuneIndicator *self)
{
  g_return_val_if_fail (KOMMUNE_IS_INDICATOR (self), NULL);
  return self->name;
}

/**
 * kommune_indicator_get_unit:
 * @self: a #KommuneIndicator
 *
 * Gets the unit.
 *
 * Returns: the unit
 *
 * Since: 0.1
 */
KommuneIndicatorUnit
kommune_indicator_get_unit (KommuneIndicator *self)
{
  g_return_val_if_fail (KOMMUNE_IS_INDICATOR (self), 0);
  return self->unit;
}

/**
 * kommune_indicator_get_direction:
 * @self: a #KommuneIndicator
 *
 * Gets the direction.
 *
 * Returns: the direction
 *
 * Since: 0.1
 */
KommuneDirection
kommune_indicator_get_direction (KommuneIndicator *self)
{
  g_return_val_if_fail (KOMMUNE_IS_INDICATOR (self), 0);
  return self->direction;
}

/**
 * kommune_indicator_get_method:
 * @self: a #KommuneIndicator
 *
 * Gets the measurement method and data source.
 *
 * Returns: the method, possibly empty
 *
 * Since: 0.1
 */
const char *
kommune_indicator_get_method (KommuneIndicator *self)
{
  g_return_val_if_fail (KOMMUNE_IS_INDICATOR (self), NULL);
  return self->method;
}

/**
 * kommune_indicator_set_method:
 * @self: a #KommuneIndicator
 * @method: (nullable): the measurement method and data source
 *
 * Sets the measurement method and data source.
 *
 * Since: 0.1
 */
void
kommune_indicator_set_method (KommuneIndicator *self,
                              const char       *method)
{
  g_return_if_fail (KOMMUNE_IS_INDICATOR (self));

  _kommune_set_text (G_OBJECT (self), &self->method, method, properties[PROP_METHOD]);
}
