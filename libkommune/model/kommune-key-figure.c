/* kommune-key-figure.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "core/kommune-check-private.h"
#include "kommune-error.h"
#include "model/kommune-key-figure-private.h"
#include "core/kommune-i18n-private.h"

/**
 * KommuneKeyFigure:
 *
 * A key figure as a document states it for one year: a name, a unit and
 * a decimal value kept as the text it was written in (`38,2`, `32,30`),
 * so that nothing is rounded or lost. Kragerø's 2018 plan for “Stab og
 * støtte” states the frame (38,2 mill. kr against 34,1 in 2017), the
 * employees (32,30 against 32,34 FTE) and counts of departments, special
 * measures, investment projects, goals and measures.
 *
 * A key figure made with g_object_new() (or `Kommune.KeyFigure()` in
 * Python) has no name: a document refuses it with the error
 * [ctor@Kommune.KeyFigure.new] gives.
 *
 * Since: 0.1
 */

struct _KommuneKeyFigure
{
  GObject  parent_instance;

  char    *name;
  char    *unit;
  char    *value;
  guint    year;
};

G_DEFINE_FINAL_TYPE (KommuneKeyFigure, kommune_key_figure, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_UNIT,
  PROP_YEAR,
  PROP_VALUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kommune_key_figure_finalize (GObject *object)
{
  KommuneKeyFigure *self = (KommuneKeyFigure *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->unit, g_free);
  g_clear_pointer (&self->value, g_free);

  G_OBJECT_CLASS (kommune_key_figure_parent_class)->finalize (object);
}

static void
kommune_key_figure_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  KommuneKeyFigure *self = KOMMUNE_KEY_FIGURE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_UNIT:
      g_value_set_string (value, self->unit);
      break;

    case PROP_YEAR:
      g_value_set_uint (value, self->year);
      break;

    case PROP_VALUE:
      g_value_set_string (value, self->value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kommune_key_figure_class_init (KommuneKeyFigureClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = kommune_key_figure_finalize;
  object_class->get_property = kommune_key_figure_get_property;

  /**
   * KommuneKeyFigure:name:
   *
   * The figure's name, e.g. “Ansatte”, or %NULL for a key figure made with
   * g_object_new() rather than by a constructor.
   *
   * Since: 0.1
   */
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, ro);

  /**
   * KommuneKeyFigure:unit:
   *
   * The unit, e.g. `årsverk`; may be empty for counts.
   *
   * Since: 0.1
   */
  properties[PROP_UNIT] = g_param_spec_string ("unit", NULL, NULL, "", ro);

  /**
   * KommuneKeyFigure:year:
   *
   * The year the value is for.
   *
   * Since: 0.1
   */
  properties[PROP_YEAR] = g_param_spec_uint ("year", NULL, NULL, 0, 9999, 0, ro);

  /**
   * KommuneKeyFigure:value:
   *
   * The value as decimal text with a decimal comma, e.g. `32,30`, or %NULL
   * for a key figure made with g_object_new() rather than by a constructor.
   *
   * Since: 0.1
   */
  properties[PROP_VALUE] = g_param_spec_string ("value", NULL, NULL, NULL, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kommune_key_figure_init (KommuneKeyFigure *self)
{
  self->unit = g_strdup ("");
}

/* An optional minus, digits, and optionally a comma and more digits. */
static gboolean
is_decimal_text (const char *text)
{
  const char *p = text;
  gboolean digits = FALSE;

  if (*p == '-')
    p++;
  while (g_ascii_isdigit (*p))
    p++, digits = TRUE;
  if (*p == ',')
    {
      p++;
      if (!g_ascii_isdigit (*p))
        return FALSE;
      while (g_ascii_isdigit (*p))
        p++;
    }
  return digits && *p == '\0';
}

static gboolean
check_values (const char  *name,
              const char  *unit,
              guint        year,
              const char  *value,
              GError     **error)
{
  if (!_kommune_check_name (_("the key figure's name"), name, FALSE, error) ||
      !_kommune_check_name (_("the key figure's unit"), unit ? unit : "", TRUE, error))
    return FALSE;
  if (value == NULL || !is_decimal_text (value))
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                   _("key figure “%s”: “%s” is not decimal text such as 32,30"),
                   name, value ? value : "(null)");
      return FALSE;
    }
  if (year < 1000 || year > 9999)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_PERIOD,
                   _("key figure “%s”: %u is not a year"), name, year);
      return FALSE;
    }
  return TRUE;
}

gboolean
_kommune_key_figure_check (KommuneKeyFigure  *self,
                           GError           **error)
{
  return check_values (self->name, self->unit, self->year, self->value, error);
}

/**
 * kommune_key_figure_new:
 * @name: the figure's name
 * @unit: (nullable): the unit, or %NULL for a count
 * @year: the year the value is for
 * @value: the value as decimal text: an optional `-`, digits, and
 *   optionally a decimal comma and digits, e.g. `32,30`
 * @error: return location for a #GError
 *
 * Makes a key figure. Fails with %KOMMUNE_ERROR_INVALID_ARGUMENT for an
 * empty name or a value that is not decimal text, and with
 * %KOMMUNE_ERROR_INVALID_PERIOD for a year outside 1000–9999.
 *
 * Returns: (transfer full) (nullable): a new key figure, or %NULL with
 *   @error set
 *
 * Since: 0.1
 */
KommuneKeyFigure *
kommune_key_figure_new (const char  *name,
                        const char  *unit,
                        guint        year,
                        const char  *value,
                        GError     **error)
{
  KommuneKeyFigure *self;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_values (name, unit, year, value, error))
    return NULL;

  self = g_object_new (KOMMUNE_TYPE_KEY_FIGURE, NULL);
  self->name = g_strdup (name);
  g_free (self->unit);
  self->unit = g_strdup (unit ? unit : "");
  self->year = year;
  self->value = g_strdup (value);
  return self;
}

/**
 * kommune_key_figure_get_name:
 * @self: a #KommuneKeyFigure
 *
 * Gets the name.
 *
 * Returns: (nullable): the name, or %NULL for a key figure made with
 *   g_object_new() rather than by a constructor
 *
 * Since: 0.1
 */
const char *
kommune_key_figure_get_name (KommuneKeyFigure *self)
{
  g_return_val_if_fail (KOMMUNE_IS_KEY_FIGURE (self), NULL);
  return self->name;
}

/**
 * kommune_key_figure_get_unit:
 * @self: a #KommuneKeyFigure
 *
 * Gets the unit.
 *
 * Returns: the unit, possibly empty
 *
 * Since: 0.1
 */
const char *
kommune_key_figure_get_unit (KommuneKeyFigure *self)
{
  g_return_val_if_fail (KOMMUNE_IS_KEY_FIGURE (self), NULL);
  return self->unit;
}

/**
 * kommune_key_figure_get_year:
 * @self: a #KommuneKeyFigure
 *
 * Gets the year the value is for.
 *
 * Returns: the year
 *
 * Since: 0.1
 */
guint
kommune_key_figure_get_year (KommuneKeyFigure *self)
{
  g_return_val_if_fail (KOMMUNE_IS_KEY_FIGURE (self), 0);
  return self->year;
}

/**
 * kommune_key_figure_get_value:
 * @self: a #KommuneKeyFigure
 *
 * Gets the value as the decimal text it was written in.
 *
 * Returns: (nullable): the value, or %NULL for a key figure made with
 *   g_object_new() rather than by a constructor
 *
 * Since: 0.1
 */
const char *
kommune_key_figure_get_value (KommuneKeyFigure *self)
{
  g_return_val_if_fail (KOMMUNE_IS_KEY_FIGURE (self), NULL);
  return self->value;
}
