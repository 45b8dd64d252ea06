/* kommune-tool-table.c: the text|json|csv option, CSV fields, enum nicks,
 * and the switch that keeps the library's messages out of the locale
 * while JSON or CSV is written (machine output must be the same bytes in
 * every locale).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <locale.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "kommune-tool-output.h"
#include "kommune-tool-table.h"

/* Reads --format: text (or none), json or csv; anything else is a usage
 * error already printed. */
gboolean
kommune_tool_parse_table_format (const char       *command,
                                 const char       *text,
                                 KommuneToolTable *format)
{
  if (text == NULL || strcmp (text, "text") == 0)
    *format = KOMMUNE_TOOL_TABLE_TEXT;
  else if (strcmp (text, "json") == 0)
    *format = KOMMUNE_TOOL_TABLE_JSON;
  else if (strcmp (text, "csv") == 0)
    *format = KOMMUNE_TOOL_TABLE_CSV;
  else
    {
      kommune_tool_usage_error (command, _("unknown format '%s' (text, json or csv)"), text);
      return FALSE;
    }
  return TRUE;
}

/* One field, quoted as RFC 4180 does when it holds a comma, a quote or a
 * line break; @last ends the line. */
void
kommune_tool_print_csv_field (const char *text,
                              gboolean    last)
{
  if (text == NULL)
    text = "";
  if (strpbrk (text, ",\"\r\n") != NULL)
    {
      putchar ('"');
      for (const char *p = text; *p != '\0'; p++)
        {
          if (*p == '"')
            putchar ('"');
          putchar (*p);
        }
      putchar ('"');
    }
  else
    fputs (text, stdout);
  putchar (last ? '\n' : ',');
}

void
kommune_tool_print_csv_int (gint64   value,
                            gboolean last)
{
  printf ("%" G_GINT64_FORMAT "%c", value, last ? '\n' : ',');
}

/* The nick glib-mkenums gave @value, the name documents write; "?" for a
 * value outside the enum. */
const char *
kommune_tool_enum_nick (GType enum_type,
                        int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *found = g_enum_get_value (klass, value);

  return found != NULL ? found->value_nick : "?";
}

/* Messages in C while machine output is written: texts the library gives
 * (band problems, say) are then its English originals in every locale.
 * Returns the locale to give back to kommune_tool_messages_restore(). */
char *
kommune_tool_messages_in_c (void)
{
  char *saved = g_strdup (setlocale (LC_MESSAGES, NULL));

  setlocale (LC_MESSAGES, "C");
  return saved;
}

void
kommune_tool_messages_restore (char *saved)
{
  if (saved != NULL)
    setlocale (LC_MESSAGES, saved);
  g_free (saved);
}
