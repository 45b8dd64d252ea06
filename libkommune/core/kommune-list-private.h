/* kommune-list-private.h: the model's collections, read-only to callers
 *
 * A KommuneList holds the items of one collection of the model (the areas
 * of a municipality, the adjustments of a plan, ...) and is itself the
 * GListModel a getter hands out. It has no public way to change it: from
 * C, Python and JavaScript it is a plain Gio.ListModel, so callers see the
 * collection live (items-changed is emitted) and change it only through
 * the owning object's checked methods, which call the functions below.
 *
 * Items with an identity are indexed by key, so a lookup or a duplicate
 * check costs O(1) and adding n items O(n).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define KOMMUNE_LIST_KEY_BUFFER 32

/* Returns the key of @item: a string the item owns (which must not change
 * while the item is in a list), or @buffer (KOMMUNE_LIST_KEY_BUFFER bytes)
 * filled in, for keys that are numbers. */
typedef const char *(*KommuneListKeyFunc) (gpointer  item,
                                           char     *buffer);

#define KOMMUNE_TYPE_LIST (_kommune_list_get_type ())
G_DECLARE_FINAL_TYPE (KommuneList, _kommune_list, KOMMUNE, LIST, GObject)

/* @key_func may be NULL for a collection without identity (no index). */
KommuneList *_kommune_list_new              (GType               item_type,
                                             KommuneListKeyFunc  key_func);

guint        _kommune_list_get_n_items      (KommuneList        *self);
/* Borrowed; @position must be in range. */
gpointer     _kommune_list_get              (KommuneList        *self,
                                             guint               position);
/* Borrowed, or NULL. O(1); needs a key function. */
gpointer     _kommune_list_find             (KommuneList        *self,
                                             const char         *key);

/* Appends @item (a new reference is taken) unless an item with the same
 * key is there: then fails with KOMMUNE_ERROR_DUPLICATE, “@what “KEY”
 * already exists in @owner”. */
gboolean     _kommune_list_append           (KommuneList        *self,
                                             gpointer            item,
                                             const char         *what,
                                             const char         *owner,
                                             GError            **error);

/* Appends all of @items or, when one of them duplicates a key in the list
 * or in @items, none. One items-changed for the lot. */
gboolean     _kommune_list_append_all       (KommuneList        *self,
                                             GPtrArray          *items,
                                             const char         *what,
                                             const char         *owner,
                                             GError            **error);

/* Removes the item at @position. */
void         _kommune_list_remove           (KommuneList        *self,
                                             guint               position);
void         _kommune_list_remove_all       (KommuneList        *self);

G_END_DECLS
