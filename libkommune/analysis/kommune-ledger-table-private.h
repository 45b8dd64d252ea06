/* kommune-ledger-table-private.h: what an aggregated table holds
 *
 * A row is a group id: the ranks of its keys (each column's codes sorted)
 * times the strides of the columns, in the order the columns were asked
 * for. Key columns are decoded from the ids only when asked for, so an
 * aggregation writes no more than one id, one level and one to three
 * amounts per row.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "kommune-ledger-table.h"
#include "analysis/kommune-ledger-column-private.h"

G_BEGIN_DECLS

/* The key id of a column a rollup row has summed over. */
#define KOMMUNE_LEDGER_KEY_ALL G_MAXUINT32

struct _KommuneLedgerTable
{
  GObject      parent_instance;

  guint        n_rows;
  guint        n_columns;
  guint        columns[KOMMUNE_LEDGER_N_COLUMNS]; /* KommuneLedgerColumn */
  GStrv        column_names;
  guint64      strides[KOMMUNE_LEDGER_N_COLUMNS];
  guint        cards[KOMMUNE_LEDGER_N_COLUMNS];
  GStrv        codes[KOMMUNE_LEDGER_N_COLUMNS];   /* by rank */
  gboolean     split;

  guint64     *gids;      /* per row */
  guint8      *levels;    /* per row: how many leading columns are keys */
  gint64      *amounts;
  gint64      *expenses;  /* NULL unless split */
  gint64      *revenues;  /* NULL unless split */
  GBytes      *amounts_bytes;
  GBytes      *expenses_bytes;
  GBytes      *revenues_bytes;
  GBytes      *levels_bytes;
  GBytes      *key_ids[KOMMUNE_LEDGER_N_COLUMNS]; /* decoded when asked */

  gint64       total;
};

/* A table whose per-row arrays (allocated with malloc: g_free frees them)
 * the caller fills in, then hands to _kommune_ledger_table_seal(). */
KommuneLedgerTable *_kommune_ledger_table_new (void);
void         _kommune_ledger_table_seal       (KommuneLedgerTable  *self);

/* The key id (rank) of @column in row @index, or KOMMUNE_LEDGER_KEY_ALL. */
static inline guint32
_kommune_ledger_table_key_id (KommuneLedgerTable *self,
                              guint               position,
                              guint               index)
{
  if (position >= self->levels[index])
    return KOMMUNE_LEDGER_KEY_ALL;
  return (guint32) ((self->gids[index] / self->strides[position]) % self->cards[position]);
}

/* A row of @table (reffed) at @index. */
KommuneLedgerRow *_kommune_ledger_row_new     (KommuneLedgerTable  *table,
                                               guint                index);

G_END_DECLS
