/* kommune-tool-output.c: the exit codes, one-line errors on stderr and the
 * JSON printer shared by the subcommands of the kommune tool.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "kommune-tool-output.h"

/* @text as one line a terminal shows as it is: bytes that are no UTF-8
 * become U+FFFD, and every control character (C0, DEL, C1) its escape as
 * the library writes it in messages (\n, \033): a path or a value given
 * on the command line can then neither break the line nor steer the
 * terminal. */
char *
kommune_tool_display (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);
  GString *out = g_string_sized_new (strlen (valid));

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      const char *next = g_utf8_next_char (p);

      if (c >= 0x20 && c != 0x7f && (c < 0x80 || c >= 0xa0))
        {
          g_string_append_len (out, p, next - p);
          continue;
        }
      switch (c)
        {
        case '\n': g_string_append (out, "\\n"); break;
        case '\t': g_string_append (out, "\\t"); break;
        case '\r': g_string_append (out, "\\r"); break;
        default:
          for (const char *b = p; b < next; b++)
            g_string_append_printf (out, "\\%03o", (guint) (guchar) *b);
          break;
        }
    }
  return g_string_free (out, FALSE);
}

/* Whether @text is UTF-8 without control characters: what may be echoed
 * in text output as it is. */
gboolean
kommune_tool_is_printable (const char *text)
{
  if (!g_utf8_validate (text, -1, NULL))
    return FALSE;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0))
        return FALSE;
    }
  return TRUE;
}

/* Prints "kommune COMMAND: MESSAGE" and gives the usage exit code. */
int
kommune_tool_usage_error (const char *command,
                          const char *format,
                          ...)
{
  g_autofree char *message = NULL;
  g_autofree char *shown = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  shown = kommune_tool_display (message);
  g_printerr ("kommune %s: %s\n", command, shown);
  return KOMMUNE_TOOL_EXIT_USAGE;
}

/* Prints "PATH: MESSAGE" on one line and gives the bad-data exit code. A
 * message that already begins with the path is printed after it once. An
 * empty path is shown as “”, so that the line still begins with a file. */
int
kommune_tool_data_error (const char *path,
                         const char *message)
{
  gsize n = strlen (path);
  const char *reason = message;
  g_autofree char *shown_path = NULL;
  g_autofree char *shown_reason = NULL;

  if (n > 0 && strncmp (message, path, n) == 0 && message[n] == ':')
    reason = message + n + 1 + (message[n + 1] == ' ' ? 1 : 0);
  shown_path = n > 0 ? kommune_tool_display (path) : g_strdup ("“”");
  shown_reason = kommune_tool_display (reason);
  g_printerr ("%s: %s\n", shown_path, shown_reason);
  return KOMMUNE_TOOL_EXIT_DATA;
}

static gboolean output_error_reported;

/* Reports that standard output could not be written (errno @saved), as
 * "standard output: REASON", once. */
void
kommune_tool_output_error (int saved)
{
  if (output_error_reported)
    return;
  output_error_reported = TRUE;
  g_printerr ("%s: %s\n", _("standard output"), g_strerror (saved));
}

/* Called at exit: output that could not be written all (a full disk, a
 * pipe closed while SIGPIPE is ignored) is a failure, said in one line,
 * whatever the command was about to return. */
static void
check_standard_output (void)
{
  int saved = 0;

  if (output_error_reported)
    return;
  if (fflush (stdout) != 0)
    saved = errno;
  else if (ferror (stdout))
    saved = errno != 0 ? errno : EIO;
  if (saved == 0)
    return;
  kommune_tool_output_error (saved);
  _exit (KOMMUNE_TOOL_EXIT_DATA);
}

/* Run first of all. A standard stream the command was started without
 * (`kommune show X >&-`) is opened on /dev/null for reading, so that no
 * file the command opens takes its number, and a write there still fails
 * (and is reported at exit) rather than landing in that file. Then the
 * check at exit. */
void
kommune_tool_check_output_at_exit (void)
{
  for (int fd = 0; fd <= 2; fd++)
    if (fcntl (fd, F_GETFD) < 0 && errno == EBADF)
      {
        int opened = open ("/dev/null", O_RDONLY);

        if (opened >= 0 && opened != fd)
          {
            dup2 (opened, fd);
            close (opened);
          }
      }
  atexit (check_standard_output);
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

/* Whether @a and @b name one existing file (by links, say): an output
 * that is an input would be read and destroyed at once. */
gboolean
kommune_tool_same_file (const char *a,
                        const char *b)
{
  GStatBuf sa, sb;

  return g_stat (a, &sa) == 0 && g_stat (b, &sb) == 0 && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
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
  /* json-glib 1.6 writes U+001F raw inside strings, where JSON wants it
   * escaped (the library's own JSON is mended the same way). */
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '\x1f')
        fputs ("\\u001f", stdout);
      else
        putchar (*p);
    }
  putchar ('\n');
}
