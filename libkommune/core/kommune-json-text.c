/* kommune-json-text.c: see kommune-json-text-private.h.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "core/kommune-json-text-private.h"

/* Takes @text, as a JSON generator wrote it, and returns it with every
 * raw control character escaped as \u00XX. Outside strings a generator
 * writes no control character but line ends and blanks, which are left
 * as they are; within strings json-glib escapes all but U+001F. */
char *
_kommune_json_text_escape_controls (char *text)
{
  GString *out;

  if (text == NULL || strchr (text, '\x1f') == NULL)
    return text;
  out = g_string_sized_new (strlen (text) + 16);
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '\x1f')
        g_string_append (out, "\\u001f");
      else
        g_string_append_c (out, *p);
    }
  g_free (text);
  return g_string_free (out, FALSE);
}
