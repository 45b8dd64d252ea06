/* kommune-ledger-row.c: one row of an aggregated ledger
 *
 * Apart from the table: a row is a light view (the table and a position)
 * made when a caller asks for it, so a table of a million groups holds no
 * million objects.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "analysis/kommune-ledger-table-private.h"

/**
 * KommuneLedgerRow:
 *
 * One row of a [class@Kommune.LedgerTable]: the keys of its group by
 * column name, its amount and, when the table is split, its expenses and
 * revenues; a subtotal of a rollup has a lower level and no key in the
 * columns it sums over.
 *
 * Since: 0.1
 */

struct _KommuneLedgerRow
{
  GObject             parent_instance;

  KommuneLedgerTable *table;   /* NULL in a bare row */
  guint               index;
};

G_DEFINE_FINAL_TYPE (KommuneLedgerRow, kommune_ledger_row, G_TYPE_OBJECT)

static void
kommune_ledger_row_finalize (GObject *object)
{
  KommuneLedgerRow *self = KOMMUNE_LEDGER_ROW (object);

  g_clear_object (&self->table);

  G_OBJECT_CLASS (kommune_ledger_row_parent_class)->finalize (object);
}

static void
kommune_ledger_row_class_init (KommuneLedgerRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kommune_ledger_row_finalize;
}

static void
kommune_ledger_row_init (KommuneLedgerRow *self)
{
}

KommuneLedgerRow *
_kommune_ledger_row_new (KommuneLedgerTable *table,
                         guint               index)
{
  KommuneLedgerRow *self = g_object_new (KOMMUNE_TYPE_LEDGER_ROW, NULL);

  self->table = g_object_ref (table);
  self->index = index;
  return self;
}

/**
 * kommune_ledger_row_get_key:
 * @self: a row
 * @column: a column name: `year`, `region`, `account_class`, `function`
 *   or `art`
 *
 * The row's code in @column, as the ledger holds it (a year with its
 * four digits).
 *
 * Returns: (nullable): the code, or %NULL when the table is not grouped
 *   by @column or the row is a subtotal over it
 *
 * Since: 0.1
 */
const char *
kommune_ledger_row_get_key (KommuneLedgerRow *self,
                            const char       *column)
{
  KommuneLedgerTable *table;

  g_return_val_if_fail (KOMMUNE_IS_LEDGER_ROW (self), NULL);
  g_return_val_if_fail (column != NULL, NULL);

  table = self->table;
  if (table == NULL)
    return NULL;
  for (guint i = 0; i < table->n_columns; i++)
    if (strcmp (_kommune_ledger_column_name (table->columns[i]), column) == 0)
      {
        guint32 id = _kommune_ledger_table_key_id (table, i, self->index);

        return id == KOMMUNE_LEDGER_KEY_ALL ? NULL : table->codes[i][id];
      }
  return NULL;
}

/**
 * kommune_ledger_row_get_amount:
 * @self: a row
 *
 * The row's amount.
 *
 * Returns: the sum of the row's lines, in øre
 *
 * Since: 0.1
 */
gint64
kommune_ledger_row_get_amount (KommuneLedgerRow *self)
{
  g_return_val_if_fail (KOMMUNE_IS_LEDGER_ROW (self), 0);

  return self->table != NULL ? self->table->amounts[self->index] : 0;
}

/**
 * kommune_ledger_row_get_expenses:
 * @self: a row
 *
 * The row's expenses, when the table is split.
 *
 * Returns: the sum of the row's lines of arts 010–599, in øre; 0 when the
 *   table is not split
 *
 * Since: 0.1
 */
gint64
kommune_ledger_row_get_expenses (KommuneLedgerRow *self)
{
  g_return_val_if_fail (KOMMUNE_IS_LEDGER_ROW (self), 0);

  return self->table != NULL && self->table->split ? self->table->expenses[self->index] : 0;
}

/**
 * kommune_ledger_row_get_revenues:
 * @self: a row
 *
 * The row's revenues, when the table is split.
 *
 * Returns: the sum of the row's lines of every other art, in øre and in
 *   the file's sign (revenues negative); 0 when the table is not split
 *
 * Since: 0.1
 */
gint64
kommune_ledger_row_get_revenues (KommuneLedgerRow *self)
{
  g_return_val_if_fail (KOMMUNE_IS_LEDGER_ROW (self), 0);

  return self->table != NULL && self->table->split ? self->table->revenues[self->index] : 0;
}

/**
 * kommune_ledger_row_get_level:
 * @self: a row
 *
 * The row's rollup level.
 *
 * Returns: how many of the table's leading columns the row has keys for:
 *   all of them for a group, fewer for a subtotal, 0 for a grand total
 *
 * Since: 0.1
 */
guint
kommune_ledger_row_get_level (KommuneLedgerRow *self)
{
  g_return_val_if_fail (KOMMUNE_IS_LEDGER_ROW (self), 0);

  return self->table != NULL ? self->table->levels[self->index] : 0;
}
