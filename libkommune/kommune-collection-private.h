/* kommune-collection-private.h: keyed lookups in a GListModel
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef const char *(*KommuneKeyFunc) (gpointer item);

/* Returns the first item of @model whose key is @key, borrowed, or NULL. */
gpointer _kommune_collection_find   (GListModel      *model,
                                     KommuneKeyFunc   key_func,
                                     const char      *key);

/* Appends @item to @store unless an item with the same key is there, in
 * which case it fails with KOMMUNE_ERROR_DUPLICATE naming @what, the key
 * and @owner. */
gboolean _kommune_collection_append (GListStore      *store,
                                     gpointer         item,
                                     KommuneKeyFunc   key_func,
                                     const char      *what,
                                     const char      *owner,
                                     GError         **error);

G_END_DECLS
