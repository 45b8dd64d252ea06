/* kommune-ledger-table.c: the result of aggregating a ledger
 *
 * Apart from the aggregation that fills it: the table is what a caller
 * keeps, reads row by row as a GListModel, or takes whole columns of.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "kommune-error.h"
#include "analysis/kommune-ledger-table-private.h"
#include "core/kommune-i18n-private.h"

/**
 * KommuneLedgerTable:
 *
 * The groups of an aggregated [class@Kommune.Ledger]: one row per
 * distinct combination of the key columns asked for, with the exact sum
 * of its amounts in øre, and on request the subtotals of a rollup and the
 * split into expenses and revenues.
 *
 * The table is a read-only [iface@Gio.ListModel] of [class@Kommune.LedgerRow],
 * made as they are asked for. For analysis in bulk it hands out whole
 * columns as contiguous arrays: the amounts as #gint64
 * ([method@Kommune.LedgerTable.get_amounts]), the keys as #guint32 ranks
 * into the sorted codes of their column
 * ([method@Kommune.LedgerTable.get_key_ids],
 * [method@Kommune.LedgerTable.get_key_codes]). Python's
 * `table.to_numpy()` and `table.to_pandas()` wrap them without a call per
 * row.
 *
 * Rows come sorted by their keys, each column's codes in byte order and
 * the columns in the order asked for. With a rollup, the groups come
 * first, then the subtotals that leave out the last column, and so on up
 * to the grand total, the last row.
 *
 * Since: 0.1
 */

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (KommuneLedgerTable, kommune_ledger_table, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
get_item_type (GListModel *model)
{
  return KOMMUNE_TYPE_LEDGER_ROW;
}

static guint
get_n_items (GListModel *model)
{
  return KOMMUNE_LEDGER_TABLE (model)->n_rows;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  KommuneLedgerTable *self = KOMMUNE_LEDGER_TABLE (model);

  if (position >= self->n_rows)
    return NULL;
  return _kommune_ledger_row_new (self, position);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static void
kommune_ledger_table_finalize (GObject *object)
{
  KommuneLedgerTable *self = KOMMUNE_LEDGER_TABLE (object);

  g_strfreev (self->column_names);
  for (guint i = 0; i < KOMMUNE_LEDGER_N_COLUMNS; i++)
    {
      g_strfreev (self->codes[i]);
      g_clear_pointer (&self->key_ids[i], g_bytes_unref);
    }
  g_free (self->gids);
  g_clear_pointer (&self->amounts_bytes, g_bytes_unref);
  g_clear_pointer (&self->expenses_bytes, g_bytes_unref);
  g_clear_pointer (&self->revenues_bytes, g_bytes_unref);
  g_clear_pointer (&self->levels_bytes, g_bytes_unref);

  G_OBJECT_CLASS (kommune_ledger_table_parent_class)->finalize (object);
}

static void
kommune_ledger_table_class_init (KommuneLedgerTableClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kommune_ledger_table_finalize;
}

static void
kommune_ledger_table_init (KommuneLedgerTable *self)
{
  self->column_names = g_new0 (char *, 1);
}

KommuneLedgerTable *
_kommune_ledger_table_new (void)
{
  return g_object_new (KOMMUNE_TYPE_LEDGER_TABLE, NULL);
}

void
_kommune_ledger_table_seal (KommuneLedgerTable *self)
{
  gsize n = self->n_rows;

  g_strfreev (self->column_names);
  self->column_names = g_new0 (char *, self->n_columns + 1);
  for (guint i = 0; i < self->n_columns; i++)
    self->column_names[i] = g_strdup (_kommune_ledger_column_name (self->columns[i]));
  self->amounts_bytes = g_bytes_new_take (self->amounts, n * sizeof (gint64));
  self->levels_bytes = g_bytes_new_take (self->levels, n);
  if (self->split)
    {
      self->expenses_bytes = g_bytes_new_take (self->expenses, n * sizeof (gint64));
      self->revenues_bytes = g_bytes_new_take (self->revenues, n * sizeof (gint64));
    }
}

/**
 * kommune_ledger_table_get_n_rows:
 * @self: a table
 *
 * The number of rows of the table.
 *
 * Returns: the number of rows, subtotals included
 *
 * Since: 0.1
 */
guint
kommune_ledger_table_get_n_rows (KommuneLedgerTable *self)
{
  g_return_val_if_fail (KOMMUNE_IS_LEDGER_TABLE (self), 0);

  return self->n_rows;
}

/**
 * kommune_ledger_table_get_total:
 * @self: a table
 *
 * The grand total: the sum of every line the aggregation admitted.
 *
 * Returns: the total in øre
 *
 * Since: 0.1
 */
gint64
kommune_ledger_table_get_total (KommuneLedgerTable *self)
{
  g_return_val_if_fail (KOMMUNE_IS_LEDGER_TABLE (self), 0);

  return self->total;
}

/**
 * kommune_ledger_table_is_split:
 * @self: a table
 *
 * Whether the table was aggregated with %KOMMUNE_LEDGER_AGGREGATE_SPLIT.
 *
 * Returns: whether the rows carry expenses and revenues apart
 *
 * Since: 0.1
 */
gboolean
kommune_ledger_table_is_split (KommuneLedgerTable *self)
{
  g_return_val_if_fail (KOMMUNE_IS_LEDGER_TABLE (self), FALSE);

  return self->split;
}

/**
 * kommune_ledger_table_get_columns:
 * @self: a table
 *
 * The names of the table's key columns.
 *
 * Returns: (transfer none) (array zero-terminated=1): the key columns,
 *   in the order they were asked for
 *
 * Since: 0.1
 */
const char * const *
kommune_ledger_table_get_columns (KommuneLedgerTable *self)
{
  g_return_val_if_fail (KOMMUNE_IS_LEDGER_TABLE (self), NULL);

  return (const char * const *) self->column_names;
}

/**
 * kommune_ledger_table_get_row:
 * @self: a table
 * @index: the row's position
 *
 * A row of the table, as the list model's get_item() gives it.
 *
 * Returns: (transfer full) (nullable): the row at @index, or %NULL past
 *   the last
 *
 * Since: 0.1
 */
KommuneLedgerRow *
kommune_ledger_table_get_row (KommuneLedgerTable *self,
                              guint               index)
{
  g_return_val_if_fail (KOMMUNE_IS_LEDGER_TABLE (self), NULL);

  return get_item (G_LIST_MODEL (self), index);
}

static GBytes *
bytes_or_empty (GBytes *bytes)
{
  return bytes != NULL ? g_bytes_ref (bytes) : g_bytes_new (NULL, 0);
}

/**
 * kommune_ledger_table_get_amounts:
 * @self: a table
 *
 * The amounts of every row, in row order, as #gint64 øre in the byte
 * order of the machine.
 *
 * Returns: (transfer full): the amounts
 *
 * Since: 0.1
 */
GBytes *
kommune_ledger_table_get_amounts (KommuneLedgerTable *self)
{
  g_return_val_if_fail (KOMMUNE_IS_LEDGER_TABLE (self), NULL);

  return bytes_or_empty (self->amounts_bytes);
}

/**
 * kommune_ledger_table_get_expenses:
 * @self: a table
 *
 * The expenses (arts 010–599) of every row, as #gint64 øre.
 *
 * Returns: (transfer full) (nullable): the expenses, or %NULL when the
 *   table is not split
 *
 * Since: 0.1
 */
GBytes *
kommune_ledger_table_get_expenses (KommuneLedgerTable *self)
{
  g_return_val_if_fail (KOMMUNE_IS_LEDGER_TABLE (self), NULL);

  return self->split ? g_bytes_ref (self->expenses_bytes) : NULL;
}

/**
 * kommune_ledger_table_get_revenues:
 * @self: a table
 *
 * The revenues (every art outside 010–599) of every row, as #gint64 øre
 * in the file's sign: revenues are negative.
 *
 * Returns: (transfer full) (nullable): the revenues, or %NULL when the
 *   table is not split
 *
 * Since: 0.1
 */
GBytes *
kommune_ledger_table_get_revenues (KommuneLedgerTable *self)
{
  g_return_val_if_fail (KOMMUNE_IS_LEDGER_TABLE (self), NULL);

  return self->split ? g_bytes_ref (self->revenues_bytes) : NULL;
}

/**
 * kommune_ledger_table_get_levels:
 * @self: a table
 *
 * The level of every row as one #guint8: how many of the leading key
 * columns it has keys for. A group has as many as there are columns, a
 * subtotal fewer, the grand total of a rollup none.
 *
 * Returns: (transfer full): the levels
 *
 * Since: 0.1
 */
GBytes *
kommune_ledger_table_get_levels (KommuneLedgerTable *self)
{
  g_return_val_if_fail (KOMMUNE_IS_LEDGER_TABLE (self), NULL);

  return bytes_or_empty (self->levels_bytes);
}

static gint
position_of (KommuneLedgerTable  *self,
             const char          *column,
             GError             **error)
{
  gint c = _kommune_ledger_column_from_name (column, error);

  if (c < 0)
    return -1;
  for (guint i = 0; i < self->n_columns; i++)
    if (self->columns[i] == (guint) c)
      return (gint) i;
  g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
               _("The table is not grouped by %s"), column);
  return -1;
}

/**
 * kommune_ledger_table_get_key_ids:
 * @self: a table
 * @column: a key column of the table, such as `function`
 * @error: return location for a #GError
 *
 * The key of every row in @column as one #guint32: its position in
 * [method@Kommune.LedgerTable.get_key_codes], or #G_MAXUINT32 in a
 * subtotal that sums over the column.
 *
 * Returns: (transfer full) (nullable): the key ids, or %NULL when the
 *   table has no such column
 *
 * Since: 0.1
 */
GBytes *
kommune_ledger_table_get_key_ids (KommuneLedgerTable  *self,
                                  const char          *column,
                                  GError             **error)
{
  gint position;

  g_return_val_if_fail (KOMMUNE_IS_LEDGER_TABLE (self), NULL);
  g_return_val_if_fail (column != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  position = position_of (self, column, error);
  if (position < 0)
    return NULL;
  if (self->key_ids[position] == NULL)
    {
      guint32 *ids = g_new (guint32, MAX (self->n_rows, 1));

      for (guint i = 0; i < self->n_rows; i++)
        ids[i] = _kommune_ledger_table_key_id (self, (guint) position, i);
      self->key_ids[position] = g_bytes_new_take (ids, self->n_rows * sizeof (guint32));
    }
  return g_bytes_ref (self->key_ids[position]);
}

/**
 * kommune_ledger_table_get_key_codes:
 * @self: a table
 * @column: a key column of the table, such as `region`
 * @error: return location for a #GError
 *
 * The codes of @column that occur in the table, sorted: the key ids of
 * [method@Kommune.LedgerTable.get_key_ids] index them. Years are written
 * with their four digits, account classes with their one.
 *
 * Returns: (transfer none) (nullable) (array zero-terminated=1): the
 *   codes, or %NULL when the table has no such column
 *
 * Since: 0.1
 */
const char * const *
kommune_ledger_table_get_key_codes (KommuneLedgerTable  *self,
                                    const char          *column,
                                    GError             **error)
{
  gint position;

  g_return_val_if_fail (KOMMUNE_IS_LEDGER_TABLE (self), NULL);
  g_return_val_if_fail (column != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  position = position_of (self, column, error);
  if (position < 0)
    return NULL;
  return (const char * const *) self->codes[position];
}
