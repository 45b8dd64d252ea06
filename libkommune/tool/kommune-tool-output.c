/* kommune-tool-output.c: the exit codes, one-line errors on stderr and the
 * JSON printer shared by the subcommands of the kommune tool.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "kommune-tool-output.h"

/* Prints "kommune COMMAND: MESSAGE" and gives the usage exit code. */
int
kommune_tool_usage_error (const char *command,
                          const char *format,
                          ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_strdelimit (message, "\n", ' ');
  g_printerr ("kommune %s: %s\n", command, message);
  return KOMMUNE_TOOL_EXIT_USAGE;
}

/* Prints "PATH: MESSAGE" on one line and gives the bad-data exit code. */
int
kommune_tool_data_error (const char *path,
                         const char *message)
{
  g_autofree char *line = g_strdup (message);

  g_strdelimit (line, "\n", ' ');
  if (g_str_has_prefix (line, path))
    g_printerr ("%s\n", line);
  else
    g_printerr ("%s: %s\n", path, line);
  return KOMMUNE_TOOL_EXIT_DATA;
}

gboolean
kommune_tool_parse_format (const char        *command,
                           const char        *text,
                           KommuneToolFormat *format)
{
  if (text == NULL || strcmp (text, "text") == 0)
    *format = KOMMUNE_TOOL_FORMAT_TEXT;
  else if (strcmp (text, "json") == 0)
    *format = KOMMUNE_TOOL_FORMAT_JSON;
  else
    {
      kommune_tool_usage_error (command, _("unknown format '%s' (text or json)"), text);
      return FALSE;
    }
  return TRUE;
}

/* Parses the options; on a bad one prints one line and returns FALSE. */
gboolean
kommune_tool_parse_options (GOptionContext   *context,
                            const char       *command,
                            int              *argc,
                            char           ***argv)
{
  g_autoptr(GError) error = NULL;

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      kommune_tool_usage_error (command, "%s", error->message);
      return FALSE;
    }
  return TRUE;
}

void
kommune_tool_print_json (JsonBuilder *builder)
{
  g_autoptr(JsonNode) root = json_builder_get_root (builder);
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, NULL);
  printf ("%s\n", text);
}
