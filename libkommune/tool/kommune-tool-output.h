/* kommune-tool-output.h: what every subcommand of the kommune tool shares —
 * the exit codes, the one-line error report and printing a JSON tree.
 * Apart from the subcommands so that each of them reports alike.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <json-glib/json-glib.h>
#include <libkommune.h>

G_BEGIN_DECLS

/* The exit codes: 0 success, 1 bad data, 2 wrong usage. */
#define KOMMUNE_TOOL_EXIT_OK    0
#define KOMMUNE_TOOL_EXIT_DATA  1
#define KOMMUNE_TOOL_EXIT_USAGE 2

typedef enum
{
  KOMMUNE_TOOL_FORMAT_TEXT,
  KOMMUNE_TOOL_FORMAT_JSON,
} KommuneToolFormat;

int      kommune_tool_usage_error  (const char        *command,
                                    const char        *format,
                                    ...) G_GNUC_PRINTF (2, 3);
int      kommune_tool_data_error   (const char        *path,
                                    const char        *message);
gboolean kommune_tool_parse_format (const char        *command,
                                    const char        *text,
                                    KommuneToolFormat *format);
gboolean kommune_tool_parse_options (GOptionContext   *context,
                                    const char        *command,
                                    int               *argc,
                                    char            ***argv);
void     kommune_tool_print_json   (JsonBuilder       *builder);
char    *kommune_tool_display      (const char        *text);
gboolean kommune_tool_is_printable (const char        *text);
void     kommune_tool_check_output_at_exit (void);
void     kommune_tool_output_error (int                saved);
gboolean kommune_tool_same_file    (const char        *a,
                                    const char        *b);

G_END_DECLS
