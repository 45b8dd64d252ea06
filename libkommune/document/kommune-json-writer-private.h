/* kommune-json-writer-private.h: small helpers for writing canonical JSON
 *
 * Members are written in the order of the calls; that order is part of
 * the document format.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

typedef void (*KommuneJsonWriteFunc) (JsonBuilder *builder,
                                      gpointer     item);

void _kommune_json_add_string (JsonBuilder          *builder,
                               const char           *name,
                               const char           *value);
void _kommune_json_add_int    (JsonBuilder          *builder,
                               const char           *name,
                               gint64                value);
void _kommune_json_add_bool   (JsonBuilder          *builder,
                               const char           *name,
                               gboolean              value);
/* The nick of @value, the name of an enum value in documents. */
void _kommune_json_add_enum   (JsonBuilder          *builder,
                               const char           *name,
                               GType                 enum_type,
                               int                   value);
void _kommune_json_add_date   (JsonBuilder          *builder,
                               const char           *name,
                               GDateTime            *date);
/* An array member of objects, each written by @write_item. */
void _kommune_json_add_list   (JsonBuilder          *builder,
                               const char           *name,
                               GListModel           *model,
                               KommuneJsonWriteFunc  write_item);

G_END_DECLS
