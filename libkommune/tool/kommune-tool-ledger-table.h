/* kommune-tool-ledger-table.h: the table of a ledger aggregation as the kommune
 * tool writes it: aligned text, JSON or CSV.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <libkommune.h>

#include "kommune-tool-table.h"

G_BEGIN_DECLS

char *kommune_tool_ledger_table_format (KommuneLedgerTable *table,
                                        KommuneToolTable    format,
                                        gboolean            rollup);

G_END_DECLS
