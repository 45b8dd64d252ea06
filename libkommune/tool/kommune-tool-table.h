/* kommune-tool-table.h: the table of a ledger aggregation as the kommune
 * tool writes it: aligned text, JSON or CSV.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <libkommune.h>

G_BEGIN_DECLS

typedef enum
{
  KOMMUNE_TOOL_TABLE_TEXT,
  KOMMUNE_TOOL_TABLE_JSON,
  KOMMUNE_TOOL_TABLE_CSV,
} KommuneToolTableFormat;

char *kommune_tool_table_format (KommuneLedgerTable     *table,
                                 KommuneToolTableFormat  format,
                                 gboolean                rollup);

G_END_DECLS
