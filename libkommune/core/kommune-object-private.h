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

/* For set_property(): a value the checked setter refused is reported the
 * way GObject reports an invalid property value, with a warning that
 * names the object, the property and why; @error is freed. */
void _kommune_warn_refused (GObject     *object,
                            GParamSpec  *pspec,
                            GError      *error);

G_END_DECLS
