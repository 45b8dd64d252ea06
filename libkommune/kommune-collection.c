/* kommune-collection.c: keyed lookups in a GListModel
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "kommune-collection-private.h"
#include "kommune-error.h"

gpointer
_kommune_collection_find (GListModel     *model,
                          KommuneKeyFunc  key_func,
                          const char     *key)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      /* The model keeps its own reference, so the item may be lent out. */
      if (g_strcmp0 (key_func (item), key) == 0)
        return item;
    }
  return NULL;
}

gboolean
_kommune_collection_append (GListStore      *store,
                            gpointer         item,
                            KommuneKeyFunc   key_func,
                            const char      *what,
                            const char      *owner,
                            GError         **error)
{
  const char *key = key_func (item);

  if (_kommune_collection_find (G_LIST_MODEL (store), key_func, key) != NULL)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_DUPLICATE,
                   "%s “%s” already exists in %s", what, key, owner);
      return FALSE;
    }
  g_list_store_append (store, item);
  return TRUE;
}
