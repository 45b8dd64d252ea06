/* kommune-ledger-row.h: one row of an aggregated ledger
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(KOMMUNE_INSIDE) && !defined(KOMMUNE_COMPILATION)
# error "Only <libkommune.h> can be included directly."
#endif

#include <glib-object.h>

#include "kommune-types.h"

G_BEGIN_DECLS

#define KOMMUNE_TYPE_LEDGER_ROW (kommune_ledger_row_get_type ())

KOMMUNE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (KommuneLedgerRow, kommune_ledger_row, KOMMUNE, LEDGER_ROW, GObject)

KOMMUNE_AVAILABLE_IN_ALL
const char *kommune_ledger_row_get_key      (KommuneLedgerRow *self,
                                             const char       *column);
KOMMUNE_AVAILABLE_IN_ALL
gint64      kommune_ledger_row_get_amount   (KommuneLedgerRow *self);
KOMMUNE_AVAILABLE_IN_ALL
gint64      kommune_ledger_row_get_expenses (KommuneLedgerRow *self);
KOMMUNE_AVAILABLE_IN_ALL
gint64      kommune_ledger_row_get_revenues (KommuneLedgerRow *self);
KOMMUNE_AVAILABLE_IN_ALL
guint       kommune_ledger_row_get_level    (KommuneLedgerRow *self);

G_END_DECLS
