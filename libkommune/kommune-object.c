/* kommune-object.c: property helpers shared by the object types
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "kommune-object-private.h"

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
