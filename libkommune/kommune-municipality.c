/* kommune-municipality.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "kommune-check-private.h"
#include "kommune-collection-private.h"
#include "kommune-error.h"
#include "kommune-municipality.h"
#include "kommune-programme-area.h"

/**
 * KommuneMunicipality:
 *
 * A Norwegian municipality (kommune), identified by its four-digit
 * municipality number, such as `3301` Drammen or `4014` Kragerø.
 *
 * A municipality owns its programme areas, kept in the order they were
 * added; their codes are unique within the municipality. Numbers change
 * with mergers and county reforms (Drammen was `0602`, then `3005`), so a
 * municipality is always the municipality as numbered in one year.
 *
 * Since: 0.1
 */

struct _KommuneMunicipality
{
  GObject     parent_instance;

  char       *number;
  char       *name;
  GListStore *areas;
};

G_DEFINE_FINAL_TYPE (KommuneMunicipality, kommune_municipality, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NUMBER,
  PROP_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
check_number (const char  *number,
              GError     **error)
{
  gboolean four_digits = number != NULL && strlen (number) == 4;

  for (guint i = 0; four_digits && i < 4; i++)
    four_digits = g_ascii_isdigit (number[i]);

  if (!four_digits)
    {
      g_autofree char *shown = number ? g_strescape (number, NULL) : NULL;

      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_CODE,
                   "the municipality number “%s” is not four digits",
                   shown ? shown : "(null)");
      return FALSE;
    }
  return TRUE;
}

static void
kommune_municipality_finalize (GObject *object)
{
  KommuneMunicipality *self = (KommuneMunicipality *)object;

  g_clear_pointer (&self->number, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_object (&self->areas);

  G_OBJECT_CLASS (kommune_municipality_parent_class)->finalize (object);
}

static void
kommune_municipality_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  KommuneMunicipality *self = KOMMUNE_MUNICIPALITY (object);

  switch (prop_id)
    {
    case PROP_NUMBER:
      g_value_set_string (value, self->number);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kommune_municipality_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  KommuneMunicipality *self = KOMMUNE_MUNICIPALITY (object);

  switch (prop_id)
    {
    case PROP_NUMBER:
      self->number = g_value_dup_string (value);
      break;

    case PROP_NAME:
      self->name = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kommune_municipality_class_init (KommuneMunicipalityClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kommune_municipality_finalize;
  object_class->get_property = kommune_municipality_get_property;
  object_class->set_property = kommune_municipality_set_property;

  /**
   * KommuneMunicipality:number:
   *
   * The four-digit municipality number (kommunenummer), e.g. `3301`.
   *
   * Since: 0.1
   */
  properties[PROP_NUMBER] =
    g_param_spec_string ("number", NULL, NULL,
                         "0000",
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * KommuneMunicipality:name:
   *
   * The municipality's name, e.g. “Drammen”.
   *
   * Since: 0.1
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kommune_municipality_init (KommuneMunicipality *self)
{
  self->areas = g_list_store_new (KOMMUNE_TYPE_PROGRAMME_AREA);
}

/**
 * kommune_municipality_new:
 * @number: the four-digit municipality number, e.g. `3301`
 * @name: the municipality's name, e.g. “Drammen”
 * @error: return location for a #GError
 *
 * Makes a municipality with no programme areas. Fails with
 * %KOMMUNE_ERROR_INVALID_CODE when @number is not exactly four ASCII
 * digits and with %KOMMUNE_ERROR_INVALID_ARGUMENT when @name is empty.
 *
 * Returns: (transfer full) (nullable): a new municipality, or %NULL with
 *   @error set
 *
 * Since: 0.1
 */
KommuneMunicipality *
kommune_municipality_new (const char  *number,
                          const char  *name,
                          GError     **error)
{
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_number (number, error) ||
      !_kommune_check_name ("the municipality name", name, FALSE, error))
    return NULL;

  return g_object_new (KOMMUNE_TYPE_MUNICIPALITY,
                       "number", number,
                       "name", name,
                       NULL);
}

/**
 * kommune_municipality_get_number:
 * @self: a #KommuneMunicipality
 *
 * Gets the four-digit municipality number.
 *
 * Returns: the number
 *
 * Since: 0.1
 */
const char *
kommune_municipality_get_number (KommuneMunicipality *self)
{
  g_return_val_if_fail (KOMMUNE_IS_MUNICIPALITY (self), NULL);

  return self->number;
}

/**
 * kommune_municipality_get_name:
 * @self: a #KommuneMunicipality
 *
 * Gets the municipality's name.
 *
 * Returns: the name
 *
 * Since: 0.1
 */
const char *
kommune_municipality_get_name (KommuneMunicipality *self)
{
  g_return_val_if_fail (KOMMUNE_IS_MUNICIPALITY (self), NULL);

  return self->name;
}

/**
 * kommune_municipality_add_area:
 * @self: a #KommuneMunicipality
 * @area: the programme area to add
 * @error: return location for a #GError
 *
 * Adds a programme area at the end of the municipality's areas. Fails
 * with %KOMMUNE_ERROR_DUPLICATE, changing nothing, when the municipality
 * already has an area with the same code.
 *
 * Returns: %TRUE if the area was added
 *
 * Since: 0.1
 */
gboolean
kommune_municipality_add_area (KommuneMunicipality   *self,
                               KommuneProgrammeArea  *area,
                               GError               **error)
{
  g_return_val_if_fail (KOMMUNE_IS_MUNICIPALITY (self), FALSE);
  g_return_val_if_fail (KOMMUNE_IS_PROGRAMME_AREA (area), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return _kommune_collection_append (self->areas, area,
                                     (KommuneKeyFunc) kommune_programme_area_get_code,
                                     "programme area", self->name, error);
}

/**
 * kommune_municipality_get_areas:
 * @self: a #KommuneMunicipality
 *
 * Gets the municipality's programme areas, in the order they were added.
 * The model is live: it grows as areas are added.
 *
 * Returns: (transfer none): a list model of [class@Kommune.ProgrammeArea]
 *
 * Since: 0.1
 */
GListModel *
kommune_municipality_get_areas (KommuneMunicipality *self)
{
  g_return_val_if_fail (KOMMUNE_IS_MUNICIPALITY (self), NULL);

  return G_LIST_MODEL (self->areas);
}

/**
 * kommune_municipality_find_area:
 * @self: a #KommuneMunicipality
 * @code: a programme area code
 *
 * Looks a programme area up by its code.
 *
 * Returns: (transfer none) (nullable): the area, or %NULL if the
 *   municipality has none with that code
 *
 * Since: 0.1
 */
KommuneProgrammeArea *
kommune_municipality_find_area (KommuneMunicipality *self,
                                const char          *code)
{
  g_return_val_if_fail (KOMMUNE_IS_MUNICIPALITY (self), NULL);
  g_return_val_if_fail (code != NULL, NULL);

  return _kommune_collection_find (G_LIST_MODEL (self->areas),
                                   (KommuneKeyFunc) kommune_programme_area_get_code,
                                   code);
}
