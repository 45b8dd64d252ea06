/* kommune-ledger-table.h: the result of aggregating a ledger
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(KOMMUNE_INSIDE) && !defined(KOMMUNE_COMPILATION)
# error "Only <libkommune.h> can be included directly."
#endif

#include <gio/gio.h>

#include "kommune-types.h"
#include "kommune-ledger.h"
#include "kommune-ledger-filter.h"
#include "kommune-ledger-row.h"

G_BEGIN_DECLS

/**
 * KommuneLedgerAggregateFlags:
 * @KOMMUNE_LEDGER_AGGREGATE_NONE: one row per group, nothing more
 * @KOMMUNE_LEDGER_AGGREGATE_ROLLUP: after the groups, the subtotals of
 *   every leading subset of the columns, down to the grand total
 * @KOMMUNE_LEDGER_AGGREGATE_SPLIT: each row also carries its expenses
 *   (arts 010–599) and its revenues (every other art)
 *
 * How [method@Kommune.Ledger.aggregate_full] shapes its table.
 *
 * Since: 0.1
 */
typedef enum /*< flags >*/
{
  KOMMUNE_LEDGER_AGGREGATE_NONE   = 0,
  KOMMUNE_LEDGER_AGGREGATE_ROLLUP = 1 << 0,
  KOMMUNE_LEDGER_AGGREGATE_SPLIT  = 1 << 1,
} KommuneLedgerAggregateFlags;

#define KOMMUNE_TYPE_LEDGER_TABLE (kommune_ledger_table_get_type ())

KOMMUNE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (KommuneLedgerTable, kommune_ledger_table, KOMMUNE, LEDGER_TABLE, GObject)

KOMMUNE_AVAILABLE_IN_ALL
KommuneLedgerTable  *kommune_ledger_aggregate              (KommuneLedger                *self,
                                                            const char * const           *columns,
                                                            KommuneLedgerFilter          *filter,
                                                            GError                      **error) G_GNUC_WARN_UNUSED_RESULT;
KOMMUNE_AVAILABLE_IN_ALL
KommuneLedgerTable  *kommune_ledger_aggregate_full         (KommuneLedger                *self,
                                                            const char * const           *columns,
                                                            KommuneLedgerFilter          *filter,
                                                            KommuneLedgerAggregateFlags   flags,
                                                            GError                      **error) G_GNUC_WARN_UNUSED_RESULT;

KOMMUNE_AVAILABLE_IN_ALL
guint                kommune_ledger_table_get_n_rows       (KommuneLedgerTable  *self);
KOMMUNE_AVAILABLE_IN_ALL
gint64               kommune_ledger_table_get_total        (KommuneLedgerTable  *self);
KOMMUNE_AVAILABLE_IN_ALL
gboolean             kommune_ledger_table_is_split         (KommuneLedgerTable  *self);
KOMMUNE_AVAILABLE_IN_ALL
const char * const  *kommune_ledger_table_get_columns      (KommuneLedgerTable  *self);
KOMMUNE_AVAILABLE_IN_ALL
KommuneLedgerRow    *kommune_ledger_table_get_row          (KommuneLedgerTable  *self,
                                                            guint                index) G_GNUC_WARN_UNUSED_RESULT;
KOMMUNE_AVAILABLE_IN_ALL
GBytes              *kommune_ledger_table_get_amounts      (KommuneLedgerTable  *self) G_GNUC_WARN_UNUSED_RESULT;
KOMMUNE_AVAILABLE_IN_ALL
GBytes              *kommune_ledger_table_get_expenses     (KommuneLedgerTable  *self) G_GNUC_WARN_UNUSED_RESULT;
KOMMUNE_AVAILABLE_IN_ALL
GBytes              *kommune_ledger_table_get_revenues     (KommuneLedgerTable  *self) G_GNUC_WARN_UNUSED_RESULT;
KOMMUNE_AVAILABLE_IN_ALL
GBytes              *kommune_ledger_table_get_levels       (KommuneLedgerTable  *self) G_GNUC_WARN_UNUSED_RESULT;
KOMMUNE_AVAILABLE_IN_ALL
GBytes              *kommune_ledger_table_get_key_ids      (KommuneLedgerTable  *self,
                                                            const char          *column,
                                                            GError             **error) G_GNUC_WARN_UNUSED_RESULT;
KOMMUNE_AVAILABLE_IN_ALL
const char * const  *kommune_ledger_table_get_key_codes    (KommuneLedgerTable  *self,
                                                            const char          *column,
                                                            GError             **error);

G_END_DECLS
