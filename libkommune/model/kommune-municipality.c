/* kommune-municipality.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "core/kommune-check-private.h"
#include "kommune-error.h"
#include "core/kommune-list-private.h"
#include "model/kommune-municipality-private.h"
#include "model/kommune-programme-area-private.h"
#include "core/kommune-i18n-private.h"

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
 * [method@Kommune.Municipality.get_areas] is a read-only view: areas are
 * added only through [method@Kommune.Municipality.add_area], which checks
 * them.
 *
 * Objects made with g_object_new() (or `Kommune.Municipality()` and
 * keyword construction in Python) are checked when they are used: adding
 * an area to such a municipality, or putting it in a document, fails with
 * the error [ctor@Kommune.Municipality.new] would have given.
 *
 * Since: 0.1
 */

struct _KommuneMunicipality
{
  GObject     parent_instance;

  char       *number;
  char       *name;
  KommuneList *areas;
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
                   _("the municipality number “%s” is not four digits"),
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

static const char *
area_key (gpointer  item,
          char     *buffer G_GNUC_UNUSED)
{
  return kommune_programme_area_get_code (item);
}

gboolean
_kommune_municipality_check (KommuneMunicipality  *self,
                             GError              **error)
{
  return check_number (self->number, error) &&
         _kommune_check_name (_("the municipality name"), self->name, FALSE, error);
}

static void
kommune_municipality_init (KommuneMunicipality *self)
{
  self->areas = _kommune_list_new (KOMMUNE_TYPE_PROGRAMME_AREA, area_key);
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
      !_kommune_check_name (_("the municipality name"), name, FALSE, error))
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
 * already has an area with the same code, and with the error of
 * [ctor@Kommune.ProgrammeArea.new] or [ctor@Kommune.Municipality.new] when
 * the area or the municipality was made with g_object_new() from values
 * the constructor refuses.
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

  if (!_kommune_municipality_check (self, error) ||
      !_kommune_programme_area_check (area, error))
    return FALSE;
  return _kommune_list_append (self->areas, area, _("programme area"), self->name, error);
}

/**
 * kommune_municipality_get_areas:
 * @self: a #KommuneMunicipality
 *
 * Gets the municipality's programme areas, in the order they were added.
 * The model is live: it grows as areas are added. It is read-only: add
 * areas with [method@Kommune.Municipality.add_area].
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

  return _kommune_list_find (self->areas, code);
}
