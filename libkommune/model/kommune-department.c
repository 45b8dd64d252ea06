/* kommune-department.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "core/kommune-check-private.h"
#include "model/kommune-department-private.h"
#include "core/kommune-i18n-private.h"

/**
 * KommuneDepartment:
 *
 * A department (avdeling) or unit (virksomhet) of a programme area, such
 * as Kragerø's “Personalavdelingen” in the municipal area “Stab og støtte”.
 *
 * A department has a code, unique within its area, and a name. Both are
 * fixed when it is made. A [class@Kommune.ProgrammeArea] owns its
 * departments.
 *
 * Objects made with g_object_new() (or `Kommune.Department()` in Python)
 * are checked when they are added to an area, with the error
 * [ctor@Kommune.Department.new] would have given.
 *
 * Since: 0.1
 */

struct _KommuneDepartment
{
  GObject  parent_instance;

  char    *code;
  char    *name;
};

G_DEFINE_FINAL_TYPE (KommuneDepartment, kommune_department, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CODE,
  PROP_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kommune_department_finalize (GObject *object)
{
  KommuneDepartment *self = (KommuneDepartment *)object;

  g_clear_pointer (&self->code, g_free);
  g_clear_pointer (&self->name, g_free);

  G_OBJECT_CLASS (kommune_department_parent_class)->finalize (object);
}

static void
kommune_department_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  KommuneDepartment *self = KOMMUNE_DEPARTMENT (object);

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
kommune_department_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  KommuneDepartment *self = KOMMUNE_DEPARTMENT (object);

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
kommune_department_class_init (KommuneDepartmentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kommune_department_finalize;
  object_class->get_property = kommune_department_get_property;
  object_class->set_property = kommune_department_set_property;

  /**
   * KommuneDepartment:code:
   *
   * The department's code, unique within its programme area.
   *
   * Since: 0.1
   */
  properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * KommuneDepartment:name:
   *
   * The department's name, e.g. “Økonomiavdelingen”.
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

gboolean
_kommune_department_check (KommuneDepartment  *self,
                           GError            **error)
{
  return _kommune_check_code (_("the department code"), self->code, error) &&
         _kommune_check_name (_("the department name"), self->name, FALSE, error);
}

static void
kommune_department_init (KommuneDepartment *self)
{
}

/**
 * kommune_department_new:
 * @code: the department's code, e.g. `personal`
 * @name: the department's name, e.g. “Personalavdelingen”
 * @error: return location for a #GError
 *
 * Makes a department. The code must be non-empty without surrounding white
 * space (%KOMMUNE_ERROR_INVALID_CODE otherwise) and the name non-empty
 * (%KOMMUNE_ERROR_INVALID_ARGUMENT otherwise).
 *
 * Returns: (transfer full) (nullable): a new department, or %NULL with
 *   @error set
 *
 * Since: 0.1
 */
KommuneDepartment *
kommune_department_new (const char  *code,
                        const char  *name,
                        GError     **error)
{
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!_kommune_check_code (_("the department code"), code, error) ||
      !_kommune_check_name (_("the department name"), name, FALSE, error))
    return NULL;

  return g_object_new (KOMMUNE_TYPE_DEPARTMENT,
                       "code", code,
                       "name", name,
                       NULL);
}

/**
 * kommune_department_get_code:
 * @self: a #KommuneDepartment
 *
 * Gets the department's code.
 *
 * Returns: the code
 *
 * Since: 0.1
 */
const char *
kommune_department_get_code (KommuneDepartment *self)
{
  g_return_val_if_fail (KOMMUNE_IS_DEPARTMENT (self), NULL);

  return self->code;
}

/**
 * kommune_department_get_name:
 * @self: a #KommuneDepartment
 *
 * Gets the department's name.
 *
 * Returns: the name
 *
 * Since: 0.1
 */
const char *
kommune_department_get_name (KommuneDepartment *self)
{
  g_return_val_if_fail (KOMMUNE_IS_DEPARTMENT (self), NULL);

  return self->name;
}
