/* kommune-ledger-aggregate-private.h: the passes over a ledger's lines
 *
 * An aggregation turns each dimension into a map from the ledger's id to
 * the dimension's share of a group id (its rank times its stride), or to
 * KOMMUNE_LEDGER_REJECT when the filter refuses the id. A line's group
 * id is the sum of its dimensions' shares; one at or past `space` is a
 * refused line.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "kostra/kommune-ledger-private.h"

G_BEGIN_DECLS

#define KOMMUNE_LEDGER_REJECT (G_GUINT64_CONSTANT (1) << 61)

/* Bits of `active`: which maps a pass reads; KOMMUNE_LEDGER_SCAN_FILTERED
 * when some id is refused. */
#define KOMMUNE_LEDGER_SCAN_FILTERED (1u << 5)

typedef struct
{
  const guint8  *year;
  const guint16 *region;
  const guint8  *account_class;
  const guint16 *function;
  const guint16 *art;
  const gint64  *amount;

  const guint64 *map_year;
  const guint64 *map_region;
  const guint64 *map_class;
  const guint64 *map_function;
  const guint64 *map_art;

  guint          active;
  guint64        space;
} KommuneLedgerScan;

/* Sums lines @first…@last - 1 into @sums (space cells) and marks @seen;
 * FALSE when a sum left 64 bits. */
gboolean _kommune_ledger_scan_dense  (const KommuneLedgerScan *scan,
                                      guint                    first,
                                      guint                    last,
                                      gint64                  *sums,
                                      guint8                  *seen);

/* The same for a key space too large for an array: the distinct group ids
 * met, sorted, in @gids and their sums in @sums (both g_free'd by the
 * caller). FALSE on overflow. */
gboolean _kommune_ledger_scan_sparse (const KommuneLedgerScan *scan,
                                      guint                    n_lines,
                                      guint64                **gids,
                                      gint64                 **sums,
                                      gsize                   *n_groups);

/* @size bytes for a large array, backed by huge pages where the system
 * has them (a page fault costs microseconds); zeroed when @zero. Freed
 * with g_free(). */
gpointer _kommune_ledger_alloc_big   (gsize                    size,
                                      gboolean                 zero);

G_END_DECLS
