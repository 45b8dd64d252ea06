/* kommune-object-private.h: property helpers shared by the object types
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Replaces a free-text field, NULL meaning empty, and notifies @pspec only
 * when the text really changes. */
void _kommune_set_text (GObject     *object,
                        char       **field,
                        const char  *value,
                        GParamSpec  *pspec);

G_END_DECLS
