/* kommune-programme-area.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "core/kommune-check-private.h"
#include "model/kommune-department-private.h"
#include "core/kommune-list-private.h"
#include "model/kommune-programme-area-private.h"
#include "core/kommune-i18n-private.h"

/**
 * KommuneProgrammeArea:
 *
 * A programme area (programområde), such as Drammen's
 * “07 Ledelse, organisering og styring”, or a municipal area
 * (kommunalområde), such as Kragerø's “Stab og støtte”.
 *
 * The council adopts a budget frame per area and year
 * ([class@Kommune.BudgetFrame]). An area owns its departments, kept in
 * the order they were added; their codes are unique within the area.
 * [method@Kommune.ProgrammeArea.get_departments] is a read-only view.
 *
 * Objects made with g_object_new() (or `Kommune.ProgrammeArea()` in
 * Python) are checked when they are used: adding such an area to a
 * municipality or a plan, or a department to it, fails with the error
 * [ctor@Kommune.ProgrammeArea.new] would have given.
 *
 * Since: 0.1
 */

struct _KommuneProgrammeArea
{
  GObject     parent_instance;

  char       *code;
  char       *name;
  KommuneList *departments;
};

G_DEFINE_FINAL_TYPE (KommuneProgrammeArea, kommune_programme_area, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CODE,
  PROP_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kommune_programme_area_finalize (GObject *object)
{
  KommuneProgrammeArea *self = (KommuneProgrammeArea *)object;

  g_clear_pointer (&self->code, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_object (&self->departments);

  G_OBJECT_CLASS (kommune_programme_area_parent_class)->finalize (object);
}

static void
kommune_programme_area_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  KommuneProgrammeArea *self = KOMMUNE_PROGRAMME_AREA (object);

  switch (prop_id)
    {
    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kommune_programme_area_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  KommuneProgrammeArea *self = KOMMUNE_PROGRAMME_AREA (object);

  switch (prop_id)
    {
    case PROP_CODE:
      self->code = g_value_dup_string (value);
      break;

    case PROP_NAME:
      self->name = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kommune_programme_area_class_init (KommuneProgrammeAreaClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kommune_programme_area_finalize;
  object_class->get_property = kommune_programme_area_get_property;
  object_class->set_property = kommune_programme_area_set_property;

  /**
   * KommuneProgrammeArea:code:
   *
   * The area's code, e.g. `07`, unique within its municipality.
   *
   * Since: 0.1
   */
  properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * KommuneProgrammeArea:name:
   *
   * The area's name, e.g. “Ledelse, organisering og styring”.
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
department_key (gpointer  item,
                char     *buffer G_GNUC_UNUSED)
{
  return kommune_department_get_code (item);
}

gboolean
_kommune_programme_area_check (KommuneProgrammeArea  *self,
                               GError               **error)
{
  return _kommune_check_code (_("the programme area code"), self->code, error) &&
         _kommune_check_name (_("the programme area name"), self->name, FALSE, error);
}

static void
kommune_programme_area_init (KommuneProgrammeArea *self)
{
  self->departments = _kommune_list_new (KOMMUNE_TYPE_DEPARTMENT, department_key);
}

/**
 * kommune_programme_area_new:
 * @code: the area's code, e.g. `07` or `stab`
 * @name: the area's name, e.g. “Stab og støtte”
 * @error: return location for a #GError
 *
 * Makes a programme area with no departments. The code must be non-empty
 * without surrounding white space (%KOMMUNE_ERROR_INVALID_CODE otherwise)
 * and the name non-empty (%KOMMUNE_ERROR_INVALID_ARGUMENT otherwise).
 *
 * Returns: (transfer full) (nullable): a new area, or %NULL with @error set
 *
 * Since: 0.1
 */
KommuneProgrammeArea *
kommune_programme_area_new (const char  *code,
                            const char  *name,
                            GError     **error)
{
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!_kommune_check_code (_("the programme area code"), code, error) ||
      !_kommune_check_name (_("the programme area name"), name, FALSE, error))
    return NULL;

  return g_object_new (KOMMUNE_TYPE_PROGRAMME_AREA,
                       "code", code,
                       "name", name,
                       NULL);
}

/**
 * kommune_programme_area_get_code:
 * @self: a #KommuneProgrammeArea
 *
 * Gets the area's code.
 *
 * Returns: the code
 *
 * Since: 0.1
 */
const char *
kommune_programme_area_get_code (KommuneProgrammeArea *self)
{
  g_return_val_if_fail (KOMMUNE_IS_PROGRAMME_AREA (self), NULL);

  return self->code;
}

/**
 * kommune_programme_area_get_name:
 * @self: a #KommuneProgrammeArea
 *
 * Gets the area's name.
 *
 * Returns: the name
 *
 * Since: 0.1
 */
const char *
kommune_programme_area_get_name (KommuneProgrammeArea *self)
{
  g_return_val_if_fail (KOMMUNE_IS_PROGRAMME_AREA (self), NULL);

  return self->name;
}

/**
 * kommune_programme_area_add_department:
 * @self: a #KommuneProgrammeArea
 * @department: the department to add
 * @error: return location for a #GError
 *
 * Adds a department at the end of the area's departments. Fails with
 * %KOMMUNE_ERROR_DUPLICATE, changing nothing, when the area already has a
 * department with the same code, and with the constructors' errors when
 * the area or the department was made with g_object_new() from values
 * [ctor@Kommune.ProgrammeArea.new] or [ctor@Kommune.Department.new]
 * refuses.
 *
 * Returns: %TRUE if the department was added
 *
 * Since: 0.1
 */
gboolean
kommune_programme_area_add_department (KommuneProgrammeArea  *self,
                                       KommuneDepartment     *department,
                                       GError               **error)
{
  g_return_val_if_fail (KOMMUNE_IS_PROGRAMME_AREA (self), FALSE);
  g_return_val_if_fail (KOMMUNE_IS_DEPARTMENT (department), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_kommune_programme_area_check (self, error) ||
      !_kommune_department_check (department, error))
    return FALSE;
  return _kommune_list_append (self->departments, department, _("department"), self->name, error);
}

/**
 * kommune_programme_area_get_departments:
 * @self: a #KommuneProgrammeArea
 *
 * Gets the area's departments, in the order they were added. The model
 * is live: it grows as departments are added. It is read-only: add
 * departments with [method@Kommune.ProgrammeArea.add_department].
 *
 * Returns: (transfer none): a list model of [class@Kommune.Department]
 *
 * Since: 0.1
 */
GListModel *
kommune_programme_area_get_departments (KommuneProgrammeArea *self)
{
  g_return_val_if_fail (KOMMUNE_IS_PROGRAMME_AREA (self), NULL);

  return G_LIST_MODEL (self->departments);
}

/**
 * kommune_programme_area_find_department:
 * @self: a #KommuneProgrammeArea
 * @code: a department code
 *
 * Looks a department up by its code.
 *
 * Returns: (transfer none) (nullable): the department, or %NULL if the
 *   area has none with that code
 *
 * Since: 0.1
 */
KommuneDepartment *
kommune_programme_area_find_department (KommuneProgrammeArea *self,
                                        const char           *code)
{
  g_return_val_if_fail (KOMMUNE_IS_PROGRAMME_AREA (self), NULL);
  g_return_val_if_fail (code != NULL, NULL);

  return _kommune_list_find (self->departments, code);
}
