/* kommune-enum-private.h: the one spelling of every enum value
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The nicks that glib-mkenums writes for a public enum, in value order and
 * NULL-terminated: the value v is at index v. They are the names documents
 * use, the names the *_to_string() functions give and the names messages
 * show, so no other table of them exists. The vector lives as long as the
 * process. The enum's values must run 0, 1, 2… */
const char * const *_kommune_enum_nicks     (GType        enum_type);

/* The nick of @value, or NULL when @value is not one of the enum's. */
const char         *_kommune_enum_nick      (GType        enum_type,
                                             int          value);

G_END_DECLS
