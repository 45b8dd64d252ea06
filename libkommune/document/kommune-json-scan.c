/* kommune-json-scan.c: strict RFC 8259 JSON, checked before json-glib
 * parses it
 *
 * The scanner reads the text once, left to right, keeping the open
 * arrays and objects on a fixed stack of KOMMUNE_JSON_MAX_DEPTH frames
 * instead of recursing, so no input can exhaust the C stack. Each object
 * keeps the names of its members in a hash set, so a duplicate is found
 * in constant time per member. The JSON path of the value being read is
 * kept in one string that grows when a member or element is entered and
 * is cut back when it ends.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "kommune-error.h"
#include "document/kommune-json-scan-private.h"
#include "document/kommune-json-scanner-private.h"
#include "core/kommune-i18n-private.h"

/* The line and column of @offset, counted from the start: used only for
 * an error, so the scan itself need not keep them per token. Every
 * newline byte is a line break, since strings hold no raw newline. */
static void
position_of (const Scanner *s,
             gsize          offset,
             guint         *line,
             guint         *column)
{
  gsize start = s->length >= 3 && memcmp (s->data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;

  *line = 1;
  for (gsize p = start; p < offset; p++)
    if (s->data[p] == '\n')
      {
        (*line)++;
        start = p + 1;
      }
  *column = 1;
  for (gsize p = start; p < offset; p++)
    if ((s->data[p] & 0xC0) != 0x80)
      (*column)++;
}

static void
skip_whitespace (Scanner *s)
{
  while (s->pos < s->length)
    {
      guchar c = s->data[s->pos];

      if (c == '\n')
        {
          s->line++;
          s->line_start = s->pos + 1;
        }
      else if (c != ' ' && c != '\t' && c != '\r')
        return;
      s->pos++;
    }
}

/* What is at @pos, for “found …” in a message. */
static char *
describe (const Scanner *s,
          gsize          pos)
{
  guchar c = s->data[pos];
  guint len;

  if (_kommune_json_is_token_char (c))
    {
      g_autofree char *token = _kommune_json_excerpt (s, pos, _kommune_json_token_end (s, pos));

      return g_strdup_printf ("“%s”", token);
    }
  if (c < 0x20 || c == 0x7F)
    return g_strdup_printf (_("the control character U+%04X"), c);
  len = _kommune_json_utf8_sequence_length (s->data + pos, s->length - pos);
  if (len > 1)
    {
      gunichar ch = g_utf8_get_char ((const char *) s->data + pos);

      if (!g_unichar_isprint (ch) || g_unichar_isspace (ch))
        return g_strdup_printf (_("the character U+%04X"), ch);
    }
  return g_strdup_printf ("“%.*s”", (int) len, (const char *) s->data + pos);
}

/* Something other than @expected is at the current position. */
static gboolean
unexpected (Scanner    *s,
            const char *expected)
{
  g_autofree char *found = NULL;
  gsize p = s->pos;
  guchar c;

  if (p >= s->length)
    return _kommune_json_fail_at (s, p, _("not valid JSON: expected %s, found the end of the text"), expected);
  c = s->data[p];
  if (c == '/' && p + 1 < s->length && (s->data[p + 1] == '/' || s->data[p + 1] == '*'))
    return _kommune_json_fail_at (s, p, _("not valid JSON: comments are not allowed"));
  if (c == '\'')
    return _kommune_json_fail_at (s, p, _("not valid JSON: strings take double quotes, not single quotes"));
  if (_kommune_json_utf8_sequence_length (s->data + p, s->length - p) == 0)
    return _kommune_json_fail_at (s, p, _("not valid JSON: invalid UTF-8 byte 0x%02X"), c);
  found = describe (s, p);
  return _kommune_json_fail_at (s, p, _("not valid JSON: expected %s, found %s"), expected, found);
}

static void
push_index (Scanner *s,
            guint    index)
{
  g_string_append_printf (s->path, "[%u]", index);
}

/* “.name” for a name of letters, digits, “_” and “-”, as the reader
 * writes paths; otherwise ["name"] with quotes, backslashes and control
 * characters escaped. Long names are cut. */
static void
push_member (Scanner    *s,
             const char *member,
             gsize       len)
{
  gboolean plain = len > 0;
  const char *p;
  guint chars = 0;

  for (p = member; p < member + len && plain; p = g_utf8_next_char (p))
    plain = g_ascii_isalnum (*p) || *p == '_' || *p == '-' ||
            ((guchar) *p >= 0x80 && g_unichar_isalnum (g_utf8_get_char (p)));

  g_string_append (s->path, plain ? "." : "[\"");
  for (p = member; p < member + len && chars < KOMMUNE_JSON_PATH_NAME_LENGTH; p = g_utf8_next_char (p), chars++)
    {
      guchar c = (guchar) *p;

      if (c == '"' || c == '\\')
        g_string_append_printf (s->path, "\\%c", c);
      else if (c < 0x20 || c == 0x7F)
        g_string_append_printf (s->path, "\\u%04X", c);
      else
        g_string_append_len (s->path, p, g_utf8_next_char (p) - p);
    }
  if (p < member + len)
    g_string_append (s->path, "…");
  if (!plain)
    g_string_append (s->path, "\"]");
}

/* A member name, its colon and the whitespace after it, at the current
 * position inside @frame. Pushes the member onto the path. */
static gboolean
scan_member_name (Scanner   *s,
                  ScanFrame *frame,
                  gboolean   after_comma)
{
  gsize start = s->pos;
  gpointer first;

  if (start >= s->length || s->data[start] != '"')
    {
      if (after_comma && start < s->length && s->data[start] == '}')
        return _kommune_json_fail_at (s, start, _("not valid JSON: a comma must not come before “}”"));
      return unexpected (s, _("a member name in double quotes"));
    }

  g_string_truncate (s->member, 0);
  if (!_kommune_json_scan_string (s, s->member))
    return FALSE;

  if (frame->names == NULL)
    frame->names = g_hash_table_new (g_str_hash, g_str_equal);
  push_member (s, s->member->str, s->member->len);
  if (g_hash_table_lookup_extended (frame->names, s->member->str, NULL, &first))
    {
      guint line, column;

      position_of (s, GPOINTER_TO_SIZE (first), &line, &column);
      return _kommune_json_fail_at (s, start, _("duplicate member name (first given at line %u, column %u)"), line, column);
    }
  g_hash_table_insert (frame->names,
                       g_string_chunk_insert_len (s->names, s->member->str, s->member->len),
                       GSIZE_TO_POINTER (start));

  skip_whitespace (s);
  if (s->pos >= s->length || s->data[s->pos] != ':')
    return unexpected (s, "“:”");
  s->pos++;
  return TRUE;
}

/* After a value: closes the arrays and objects that end here and moves
 * to the next value. Returns FALSE with the error set, or TRUE with
 * *@done set once the top-level value is complete. */
static gboolean
scan_after_value (Scanner  *s,
                  gboolean *done)
{
  for (;;)
    {
      ScanFrame *frame;
      char close;

      skip_whitespace (s);
      if (s->depth == 0)
        {
          if (s->pos < s->length)
            {
              gsize end = s->pos;
              g_autofree char *text = NULL;
              guchar c = s->data[s->pos];

              if (c == '/' || _kommune_json_utf8_sequence_length (s->data + s->pos, s->length - s->pos) == 0)
                return unexpected (s, _("the end of the text"));
              if (c < 0x20 || c == 0x7F)
                {
                  text = describe (s, s->pos);
                  return _kommune_json_fail_at (s, s->pos, _("not valid JSON: text after the end of the document: %s"), text);
                }
              while (end < s->length && s->data[end] != '\n' && s->data[end] != '\r')
                end++;
              text = _kommune_json_excerpt (s, s->pos, end);
              return _kommune_json_fail_at (s, s->pos, _("not valid JSON: text after the end of the document: “%s”"), text);
            }
          *done = TRUE;
          return TRUE;
        }

      frame = &s->stack[s->depth - 1];
      close = frame->kind == '[' ? ']' : '}';
      g_string_truncate (s->path, frame->path_len);
      if (s->pos < s->length && s->data[s->pos] == ',')
        {
          s->pos++;
          skip_whitespace (s);
          if (frame->kind == '[')
            {
              if (s->pos < s->length && s->data[s->pos] == ']')
                return _kommune_json_fail_at (s, s->pos, _("not valid JSON: a comma must not come before “]”"));
              push_index (s, ++frame->index);
              *done = FALSE;
              return TRUE;
            }
          if (!scan_member_name (s, frame, TRUE))
            return FALSE;
          *done = FALSE;
          return TRUE;
        }
      if (s->pos < s->length && s->data[s->pos] == close)
        {
          s->pos++;
          if (frame->names != NULL)
            g_hash_table_remove_all (frame->names);
          s->depth--;
          continue;
        }
      return unexpected (s, frame->kind == '[' ? _("“,” or “]”") : _("“,” or “}”"));
    }
}

static gboolean
scan_text (Scanner *s)
{
  /* A byte order mark is not data: skip it, and count columns after it. */
  if (s->length >= 3 && memcmp (s->data, "\xEF\xBB\xBF", 3) == 0)
    s->pos = s->line_start = 3;

  skip_whitespace (s);
  if (s->pos >= s->length)
    return TRUE;

  for (;;)
    {
      gboolean done = FALSE;
      guchar c;

      skip_whitespace (s);
      if (s->pos >= s->length)
        return unexpected (s, _("a value"));
      c = s->data[s->pos];
      if (s->n_values == KOMMUNE_JSON_MAX_VALUES)
        return _kommune_json_fail_at (s, s->pos, _("the document holds more than %u values"), KOMMUNE_JSON_MAX_VALUES);
      s->n_values++;

      if (c == '[' || c == '{')
        {
          ScanFrame *frame;

          if (s->depth == KOMMUNE_JSON_MAX_DEPTH)
            return _kommune_json_fail_at (s, s->pos, _("arrays and objects nest deeper than %u levels"), KOMMUNE_JSON_MAX_DEPTH);
          frame = &s->stack[s->depth++];
          if (s->depth > s->depth_used)
            {
              frame->names = NULL;
              s->depth_used = s->depth;
            }
          frame->kind = (char) c;
          frame->index = 0;
          frame->path_len = s->path->len;
          s->pos++;
          skip_whitespace (s);
          if (s->pos < s->length && s->data[s->pos] == (c == '[' ? ']' : '}'))
            {
              s->pos++;
              s->depth--;
            }
          else if (c == '[')
            {
              push_index (s, 0);
              continue;
            }
          else
            {
              if (!scan_member_name (s, frame, FALSE))
                return FALSE;
              continue;
            }
        }
      else if (c == '"')
        {
          if (!_kommune_json_scan_string (s, NULL))
            return FALSE;
        }
      else if (c == '-' || g_ascii_isdigit (c))
        {
          if (!_kommune_json_scan_number (s))
            return FALSE;
        }
      else if (g_ascii_isalpha (c))
        {
          if (!_kommune_json_scan_word (s))
            return FALSE;
        }
      else if (c == '+')
        return _kommune_json_number_fail (s, s->pos, _("a number must not start with “+”"));
      else if (c == '.' && s->pos + 1 < s->length && g_ascii_isdigit (s->data[s->pos + 1]))
        return _kommune_json_number_fail (s, s->pos, _("a digit must come before the decimal point"));
      else
        return unexpected (s, _("a value"));

      if (!scan_after_value (s, &done))
        return FALSE;
      if (done)
        return TRUE;
    }
}

gboolean
_kommune_json_scan (const char  *data,
                    gssize       length,
                    const char  *name,
                    GError     **error)
{
  Scanner *s;
  gboolean ok;

  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  s = g_new (Scanner, 1);
  s->data = (const guchar *) data;
  s->length = length < 0 ? strlen (data) : (gsize) length;
  s->pos = 0;
  s->name = name;
  s->line = 1;
  s->line_start = 0;
  s->path = g_string_new ("$");
  s->member = g_string_new (NULL);
  s->names = g_string_chunk_new (4096);
  s->depth = 0;
  s->depth_used = 0;
  s->n_values = 0;
  s->error = error;

  ok = scan_text (s);

  for (guint i = 0; i < s->depth_used; i++)
    g_clear_pointer (&s->stack[i].names, g_hash_table_unref);
  g_string_chunk_free (s->names);
  g_string_free (s->path, TRUE);
  g_string_free (s->member, TRUE);
  g_free (s);
  return ok;
}

JsonNode *
_kommune_json_parse_strict (const char  *data,
                            gssize       length,
                            const char  *name,
                            GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) parse_error = NULL;
  JsonNode *root;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length < 0)
    length = (gssize) strlen (data);
  if (!_kommune_json_scan (data, length, name, error))
    return NULL;

  /* The text is strict JSON no deeper than the limit: json-glib reads it
   * as written. */
  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, length, &parse_error))
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_DOCUMENT,
                   _("%s: not valid JSON: %s"), name, parse_error->message);
      return NULL;
    }
  root = json_parser_steal_root (parser);
  if (root == NULL)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_DOCUMENT,
                   _("%s: the file is empty"), name);
      return NULL;
    }
  return root;
}
