/* kommune-ledger-column-private.h: the names of a ledger's columns
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  KOMMUNE_LEDGER_COLUMN_YEAR,
  KOMMUNE_LEDGER_COLUMN_REGION,
  KOMMUNE_LEDGER_COLUMN_ACCOUNT_CLASS,
  KOMMUNE_LEDGER_COLUMN_FUNCTION,
  KOMMUNE_LEDGER_COLUMN_ART,
  KOMMUNE_LEDGER_N_COLUMNS
} KommuneLedgerColumn;

/* The column named @name, or -1 with KOMMUNE_ERROR_INVALID_ARGUMENT. */
gint         _kommune_ledger_column_from_name (const char          *name,
                                               GError             **error);
const char  *_kommune_ledger_column_name      (KommuneLedgerColumn  column);

G_END_DECLS
