/* kommune-enum.c: the one spelling of every enum value
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The spellings are the nicks of the GEnumValue tables that glib-mkenums
 * generates from the public headers (`tertial-1`, `operating`, `desired`,
 * and `>=` where a header names the nick itself). This file turns a table
 * into a vector indexed by value, once per type, so a lookup by value is
 * an index and the readers can match text against the same strings the
 * writers write.
 */

#include "config.h"

#include "core/kommune-enum-private.h"

G_LOCK_DEFINE_STATIC (enum_nicks);

static G_DEFINE_QUARK (kommune-enum-nicks, nicks)

static const char **
build_nicks (GType enum_type)
{
  /* The class stays referenced: the nicks are its strings. */
  GEnumClass *klass = g_type_class_ref (enum_type);
  const char **nicks = g_new0 (const char *, klass->n_values + 1);

  for (guint i = 0; i < klass->n_values; i++)
    {
      GEnumValue *value = g_enum_get_value (klass, (int) i);

      /* Every enum of the library counts from 0 without gaps; an index
       * that is not a value is a mistake in a header. */
      g_assert (value != NULL);
      nicks[i] = value->value_nick;
    }
  return nicks;
}

const char * const *
_kommune_enum_nicks (GType enum_type)
{
  const char **nicks;

  g_return_val_if_fail (G_TYPE_IS_ENUM (enum_type), NULL);

  nicks = g_type_get_qdata (enum_type, nicks_quark ());
  if (nicks != NULL)
    return nicks;

  G_LOCK (enum_nicks);
  nicks = g_type_get_qdata (enum_type, nicks_quark ());
  if (nicks == NULL)
    {
      nicks = build_nicks (enum_type);
      g_type_set_qdata (enum_type, nicks_quark (), nicks);
    }
  G_UNLOCK (enum_nicks);
  return nicks;
}

static guint
count_of (const char * const *nicks,
          int                 last)
{
  guint n = 0;

  while (nicks[n] != NULL)
    n++;
  if (last >= 0 && (guint) last < n)
    n = (guint) last + 1;
  return n;
}

const char *
_kommune_enum_nick (GType enum_type,
                    int   value)
{
  const char * const *nicks = _kommune_enum_nicks (enum_type);

  if (nicks == NULL || value < 0 || (guint) value >= count_of (nicks, -1))
    return NULL;
  return nicks[value];
}
