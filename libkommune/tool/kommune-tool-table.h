/* kommune-tool-table.h: the three output formats of the subcommands that
 * print tables (text, JSON and CSV), CSV's quoting, the nick of an enum
 * value and the messages of machine output. Apart from the subcommands so
 * that the plan's and the steering's tables are written alike, and apart
 * from kommune-tool-output because only these subcommands print CSV.
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
} KommuneToolTable;

gboolean    kommune_tool_parse_table_format (const char       *command,
                                             const char       *text,
                                             KommuneToolTable *format);
void        kommune_tool_print_csv_field    (const char       *text,
                                             gboolean          last);
void        kommune_tool_print_csv_int      (gint64            value,
                                             gboolean          last);
const char *kommune_tool_enum_nick          (GType             enum_type,
                                             int               value);
char       *kommune_tool_messages_in_c      (void);
void        kommune_tool_messages_restore   (char             *saved);

G_END_DECLS
