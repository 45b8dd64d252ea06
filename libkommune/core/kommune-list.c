/* kommune-list.c: the model's collections, read-only to callers
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "kommune-error.h"
#include "core/kommune-list-private.h"
#include "core/kommune-i18n-private.h"

struct _KommuneList
{
  GObject             parent_instance;

  GType               item_type;
  KommuneListKeyFunc  key_func;
  GPtrArray          *items;   /* of owned GObject */
  GHashTable         *index;   /* owned key → borrowed item; NULL without key_func */
};

static void kommune_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (KommuneList, _kommune_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      kommune_list_model_init))

static GType
kommune_list_get_item_type (GListModel *model)
{
  return KOMMUNE_LIST (model)->item_type;
}

static guint
kommune_list_get_n_items_vfunc (GListModel *model)
{
  return KOMMUNE_LIST (model)->items->len;
}

static gpointer
kommune_list_get_item (GListModel *model,
                       guint       position)
{
  KommuneList *self = KOMMUNE_LIST (model);

  if (position >= self->items->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
kommune_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = kommune_list_get_item_type;
  iface->get_n_items = kommune_list_get_n_items_vfunc;
  iface->get_item = kommune_list_get_item;
}

static void
kommune_list_finalize (GObject *object)
{
  KommuneList *self = KOMMUNE_LIST (object);

  g_clear_pointer (&self->index, g_hash_table_unref);
  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (_kommune_list_parent_class)->finalize (object);
}

static void
_kommune_list_class_init (KommuneListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kommune_list_finalize;
}

static void
_kommune_list_init (KommuneList *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

KommuneList *
_kommune_list_new (GType              item_type,
                   KommuneListKeyFunc key_func)
{
  KommuneList *self;

  g_return_val_if_fail (g_type_is_a (item_type, G_TYPE_OBJECT), NULL);

  self = g_object_new (KOMMUNE_TYPE_LIST, NULL);
  self->item_type = item_type;
  self->key_func = key_func;
  if (key_func != NULL)
    self->index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return self;
}

guint
_kommune_list_get_n_items (KommuneList *self)
{
  g_return_val_if_fail (KOMMUNE_IS_LIST (self), 0);

  return self->items->len;
}

gpointer
_kommune_list_get (KommuneList *self,
                   guint        position)
{
  g_return_val_if_fail (KOMMUNE_IS_LIST (self), NULL);
  g_return_val_if_fail (position < self->items->len, NULL);

  return g_ptr_array_index (self->items, position);
}

gpointer
_kommune_list_find (KommuneList *self,
                    const char  *key)
{
  g_return_val_if_fail (KOMMUNE_IS_LIST (self), NULL);
  g_return_val_if_fail (self->index != NULL, NULL);

  if (key == NULL)
    return NULL;
  return g_hash_table_lookup (self->index, key);
}

static const char *
key_of (KommuneList *self,
        gpointer     item,
        char        *buffer)
{
  const char *key = self->key_func (item, buffer);

  return key != NULL ? key : "";
}

static gboolean
fail_duplicate (const char  *what,
                const char  *key,
                const char  *owner,
                GError     **error)
{
  g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_DUPLICATE,
               _("%s “%s” already exists in %s"), what, key, owner);
  return FALSE;
}

gboolean
_kommune_list_append (KommuneList  *self,
                      gpointer      item,
                      const char   *what,
                      const char   *owner,
                      GError      **error)
{
  g_return_val_if_fail (KOMMUNE_IS_LIST (self), FALSE);
  g_return_val_if_fail (G_TYPE_CHECK_INSTANCE_TYPE (item, self->item_type), FALSE);

  if (self->index != NULL)
    {
      char buffer[KOMMUNE_LIST_KEY_BUFFER];
      const char *key = key_of (self, item, buffer);

      if (g_hash_table_contains (self->index, key))
        return fail_duplicate (what, key, owner, error);
      g_hash_table_insert (self->index, g_strdup (key), item);
    }
  g_ptr_array_add (self->items, g_object_ref (item));
  g_list_model_items_changed (G_LIST_MODEL (self), self->items->len - 1, 0, 1);
  return TRUE;
}

gboolean
_kommune_list_append_all (KommuneList  *self,
                          GPtrArray    *items,
                          const char   *what,
                          const char   *owner,
                          GError      **error)
{
  guint first;

  g_return_val_if_fail (KOMMUNE_IS_LIST (self), FALSE);
  g_return_val_if_fail (items != NULL, FALSE);

  for (guint i = 0; i < items->len; i++)
    g_return_val_if_fail (G_TYPE_CHECK_INSTANCE_TYPE (g_ptr_array_index (items, i),
                                                      self->item_type), FALSE);

  if (self->index != NULL)
    {
      g_autoptr(GHashTable) batch = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                           g_free, NULL);

      for (guint i = 0; i < items->len; i++)
        {
          char buffer[KOMMUNE_LIST_KEY_BUFFER];
          const char *key = key_of (self, g_ptr_array_index (items, i), buffer);

          if (g_hash_table_contains (self->index, key) ||
              !g_hash_table_add (batch, g_strdup (key)))
            return fail_duplicate (what, key, owner, error);
        }
      for (guint i = 0; i < items->len; i++)
        {
          char buffer[KOMMUNE_LIST_KEY_BUFFER];
          gpointer item = g_ptr_array_index (items, i);

          g_hash_table_insert (self->index, g_strdup (key_of (self, item, buffer)), item);
        }
    }

  if (items->len == 0)
    return TRUE;
  first = self->items->len;
  for (guint i = 0; i < items->len; i++)
    g_ptr_array_add (self->items, g_object_ref (g_ptr_array_index (items, i)));
  g_list_model_items_changed (G_LIST_MODEL (self), first, 0, items->len);
  return TRUE;
}

void
_kommune_list_remove (KommuneList *self,
                      guint        position)
{
  g_return_if_fail (KOMMUNE_IS_LIST (self));
  g_return_if_fail (position < self->items->len);

  if (self->index != NULL)
    {
      char buffer[KOMMUNE_LIST_KEY_BUFFER];

      g_hash_table_remove (self->index,
                           key_of (self, g_ptr_array_index (self->items, position), buffer));
    }
  g_ptr_array_remove_index (self->items, position);
  g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 0);
}

void
_kommune_list_remove_all (KommuneList *self)
{
  guint n;

  g_return_if_fail (KOMMUNE_IS_LIST (self));

  n = self->items->len;
  if (n == 0)
    return;
  if (self->index != NULL)
    g_hash_table_remove_all (self->index);
  g_ptr_array_set_size (self->items, 0);
  g_list_model_items_changed (G_LIST_MODEL (self), 0, n, 0);
}
