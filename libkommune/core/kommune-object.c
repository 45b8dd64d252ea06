/* kommune-object.c: property helpers shared by the object types
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "core/kommune-object-private.h"

void
_kommune_set_text (GObject     *object,
                   char       **field,
                   const char  *value,
                   GParamSpec  *pspec)
{
  if (value == NULL)
    value = "";
  if (g_strcmp0 (*field, value) == 0)
    return;
  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (object, pspec);
}

void
_kommune_warn_refused (GObject     *object,
                       GParamSpec  *pspec,
                       GError      *error)
{
  if (error == NULL)
    return;
  g_warning ("%s:%s not set: %s", G_OBJECT_TYPE_NAME (object), pspec->name, error->message);
  g_error_free (error);
}
