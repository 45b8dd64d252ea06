/* kommune-json-scanner.c: what both halves of the strict JSON scanner
 * use — excerpts of the text and errors at a position — below the
 * structure (kommune-json-scan.c) and the tokens
 * (kommune-json-scan-token.c)
 *
 * These only read the Scanner's text, position and path; they know
 * nothing of arrays, objects or tokens, so the two halves that do depend
 * on this file and not on each other's helpers.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "kommune-error.h"
#include "document/kommune-json-scanner-private.h"
#include "core/kommune-i18n-private.h"

/* The text from @pos up to @end, stopping early at a control character
 * or invalid UTF-8, cut after KOMMUNE_JSON_EXCERPT_LENGTH characters;
 * “…” marks a cut. */
char *
_kommune_json_excerpt (const Scanner *s,
                       gsize          pos,
                       gsize          end)
{
  GString *out = g_string_new (NULL);
  guint chars = 0;
  gsize p = pos;

  while (p < end && chars < KOMMUNE_JSON_EXCERPT_LENGTH)
    {
      guint len;

      if (s->data[p] < 0x20 || s->data[p] == 0x7F)
        break;
      len = _kommune_json_utf8_sequence_length (s->data + p, s->length - p);
      if (len == 0 || p + len > end)
        break;
      g_string_append_len (out, (const char *) s->data + p, len);
      p += len;
      chars++;
    }
  if (p < end)
    g_string_append (out, "…");
  return g_string_free (out, FALSE);
}

/* The end of the number or bare word at @pos. */
gsize
_kommune_json_token_end (const Scanner *s,
                         gsize          pos)
{
  while (pos < s->length && _kommune_json_is_token_char (s->data[pos]))
    pos++;
  return pos;
}

/* Sets the scan's error at @pos and returns FALSE. */
gboolean
_kommune_json_fail_at (Scanner    *s,
                       gsize       pos,
                       const char *format,
                       ...)
{
  g_autofree char *why = NULL;
  guint column = 1;
  va_list args;

  /* Tokens never span lines (a string holds no raw newline), so @pos is
   * on the current line. Columns count characters: skip continuation
   * bytes. */
  for (gsize p = s->line_start; p < pos && p < s->length; p++)
    if ((s->data[p] & 0xC0) != 0x80)
      column++;

  va_start (args, format);
  why = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (s->error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_DOCUMENT,
               _("%s: line %u, column %u: %s: %s"), s->name, s->line, column, s->path->str, why);
  return FALSE;
}
