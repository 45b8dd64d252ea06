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

#include <math.h>
#include <string.h>

#include "kommune-error.h"
#include "kommune-json-scan-private.h"

typedef struct
{
  char        kind;       /* '[' or '{' */
  guint       index;      /* arrays: the index of the element being read */
  gsize       path_len;   /* the length of the path of the container */
  GHashTable *names;      /* objects: member name → offset of its first
                           * occurrence; kept for the next object at this
                           * depth */
} ScanFrame;

typedef struct
{
  const guchar *data;
  gsize         length;
  gsize         pos;
  const char   *name;
  guint         line;        /* of pos, from 1 */
  gsize         line_start;  /* offset of the first character of that line */
  GString      *path;
  GString      *member;      /* the decoded name of the member being read */
  GStringChunk *names;       /* the member names held by the hash sets */
  guint         depth_used;  /* frames whose hash set may be allocated */
  guint         depth;
  ScanFrame     stack[KOMMUNE_JSON_MAX_DEPTH];
  GError      **error;
} Scanner;

/* The length of the valid UTF-8 sequence at @p (1 to 4), or 0 if the
 * bytes there are not one: overlong forms, encoded surrogates and code
 * points beyond U+10FFFF are refused, as are sequences cut by the end. */
static guint
utf8_sequence_length (const guchar *p,
                      gsize         avail)
{
  guchar c = p[0];
  guchar lo = 0x80, hi = 0xBF;
  guint len;

  if (c < 0x80)
    return 1;
  if (c >= 0xC2 && c <= 0xDF)
    len = 2;
  else if (c >= 0xE0 && c <= 0xEF)
    {
      len = 3;
      if (c == 0xE0)
        lo = 0xA0;
      else if (c == 0xED)
        hi = 0x9F;
    }
  else if (c >= 0xF0 && c <= 0xF4)
    {
      len = 4;
      if (c == 0xF0)
        lo = 0x90;
      else if (c == 0xF4)
        hi = 0x8F;
    }
  else
    return 0;

  if (avail < len)
    return 0;
  if (p[1] < lo || p[1] > hi)
    return 0;
  for (guint i = 2; i < len; i++)
    if (p[i] < 0x80 || p[i] > 0xBF)
      return 0;
  return len;
}

/* Bytes that make up a number or a bare word, for excerpts. */
static gboolean
is_token_char (guchar c)
{
  return g_ascii_isalnum (c) || c == '_' || c == '.' || c == '+' || c == '-';
}

static gboolean
is_word_char (guchar c)
{
  return g_ascii_isalnum (c) || c == '_';
}

/* The text from @pos up to @end, stopping early at a control character
 * or invalid UTF-8, cut after KOMMUNE_JSON_EXCERPT_LENGTH characters;
 * “…” marks a cut. */
static char *
excerpt (const Scanner *s,
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
      len = utf8_sequence_length (s->data + p, s->length - p);
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

static gsize
token_end (const Scanner *s,
           gsize          pos)
{
  while (pos < s->length && is_token_char (s->data[pos]))
    pos++;
  return pos;
}

static gboolean
fail_at (Scanner    *s,
         gsize       pos,
         const char *format,
         ...) G_GNUC_PRINTF (3, 4);

static gboolean
fail_at (Scanner    *s,
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
               "%s: line %u, column %u: %s: %s", s->name, s->line, column, s->path->str, why);
  return FALSE;
}

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

  if (is_token_char (c))
    {
      g_autofree char *token = excerpt (s, pos, token_end (s, pos));

      return g_strdup_printf ("“%s”", token);
    }
  if (c < 0x20 || c == 0x7F)
    return g_strdup_printf ("the control character U+%04X", c);
  len = utf8_sequence_length (s->data + pos, s->length - pos);
  if (len > 1)
    {
      gunichar ch = g_utf8_get_char ((const char *) s->data + pos);

      if (!g_unichar_isprint (ch) || g_unichar_isspace (ch))
        return g_strdup_printf ("the character U+%04X", ch);
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
    return fail_at (s, p, "not valid JSON: expected %s, found the end of the text", expected);
  c = s->data[p];
  if (c == '/' && p + 1 < s->length && (s->data[p + 1] == '/' || s->data[p + 1] == '*'))
    return fail_at (s, p, "not valid JSON: comments are not allowed");
  if (c == '\'')
    return fail_at (s, p, "not valid JSON: strings take double quotes, not single quotes");
  if (utf8_sequence_length (s->data + p, s->length - p) == 0)
    return fail_at (s, p, "not valid JSON: invalid UTF-8 byte 0x%02X", c);
  found = describe (s, p);
  return fail_at (s, p, "not valid JSON: expected %s, found %s", expected, found);
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

static int
hex_value (guchar c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

/* The code unit of the “\uXXXX” escape at @pos, or -1 if there is none. */
static int
unicode_escape (const Scanner *s,
                gsize          pos)
{
  int value = 0;

  if (pos + 6 > s->length || s->data[pos] != '\\' || s->data[pos + 1] != 'u')
    return -1;
  for (guint i = 2; i < 6; i++)
    {
      int digit = hex_value (s->data[pos + i]);

      if (digit < 0)
        return -1;
      value = value * 16 + digit;
    }
  return value;
}

/* A string at the current position (on its opening quote). With
 * @decoded, its value is appended there. */
static gboolean
scan_string (Scanner *s,
             GString *decoded)
{
  const guchar *d = s->data;
  gsize n = s->length;
  gsize start = s->pos;
  gsize p = start + 1;

  for (;;)
    {
      guchar c;

      /* Plain ASCII: the common case, kept tight. */
      while (p < n && d[p] >= 0x20 && d[p] < 0x80 && d[p] != '"' && d[p] != '\\')
        {
          if (decoded != NULL)
            g_string_append_c (decoded, (char) d[p]);
          p++;
        }
      if (p >= n)
        return fail_at (s, start, "not valid JSON: the string does not end before the end of the text");

      c = d[p];
      if (c == '"')
        break;
      if (c < 0x20)
        return fail_at (s, p, "not valid JSON: the control character U+%04X must be escaped in a string", c);
      if (c >= 0x80)
        {
          guint len = utf8_sequence_length (d + p, n - p);

          if (len == 0)
            return fail_at (s, p, "not valid JSON: invalid UTF-8 byte 0x%02X", c);
          if (decoded != NULL)
            g_string_append_len (decoded, (const char *) d + p, len);
          p += len;
          continue;
        }

      /* A backslash. */
      if (p + 1 >= n)
        return fail_at (s, start, "not valid JSON: the string does not end before the end of the text");
      switch (d[p + 1])
        {
        case '"': case '\\': case '/':
          c = d[p + 1];
          break;
        case 'b':
          c = '\b';
          break;
        case 'f':
          c = '\f';
          break;
        case 'n':
          c = '\n';
          break;
        case 'r':
          c = '\r';
          break;
        case 't':
          c = '\t';
          break;
        case 'u':
          {
            int unit = unicode_escape (s, p);
            gunichar ch;

            if (unit < 0)
              {
                g_autofree char *text = excerpt (s, p, MIN (n, p + 6));

                return fail_at (s, p, "not valid JSON: “%s” is not an escape: \\u takes four hexadecimal digits", text);
              }
            if (unit == 0)
              return fail_at (s, p, "“%.6s” (the nul character) is not allowed in a string", d + p);
            if (unit >= 0xDC00 && unit <= 0xDFFF)
              return fail_at (s, p, "“%.6s” is a low surrogate without a high surrogate before it", d + p);
            if (unit >= 0xD800 && unit <= 0xDBFF)
              {
                int low = unicode_escape (s, p + 6);

                if (low < 0xDC00 || low > 0xDFFF)
                  return fail_at (s, p, "“%.6s” is a high surrogate without a low surrogate after it", d + p);
                ch = 0x10000 + (((gunichar) unit - 0xD800) << 10) + ((gunichar) low - 0xDC00);
                p += 12;
              }
            else
              {
                ch = (gunichar) unit;
                p += 6;
              }
            if (decoded != NULL)
              g_string_append_unichar (decoded, ch);
            continue;
          }
        default:
          {
            g_autofree char *text = excerpt (s, p, MIN (n, p + 2));

            return fail_at (s, p, "not valid JSON: “%s” is not an escape (JSON has \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX)", text);
          }
        }
      if (decoded != NULL)
        g_string_append_c (decoded, (char) c);
      p += 2;
    }

  s->pos = p + 1;
  return TRUE;
}

static gboolean
number_fail (Scanner    *s,
             gsize       start,
             const char *why)
{
  g_autofree char *text = excerpt (s, start, token_end (s, start));

  return fail_at (s, start, "not valid JSON: “%s” is not a number: %s", text, why);
}

/* A number at the current position (on “-” or a digit), to the RFC 8259
 * grammar: -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)? */
static gboolean
scan_number (Scanner *s)
{
  const guchar *d = s->data;
  gsize n = s->length;
  gsize start = s->pos;
  gsize p = start;
  gboolean negative = FALSE;
  gboolean integer = TRUE;
  gboolean overflow = FALSE;
  guint64 magnitude = 0;

  if (d[p] == '-')
    {
      negative = TRUE;
      p++;
    }
  if (p >= n || !g_ascii_isdigit (d[p]))
    return number_fail (s, start, "a digit must follow the minus sign");
  if (d[p] == '0')
    {
      p++;
      if (p < n && (d[p] == 'x' || d[p] == 'X'))
        return number_fail (s, start, "hexadecimal numbers are not allowed");
      if (p < n && g_ascii_isdigit (d[p]))
        return number_fail (s, start, "leading zeros are not allowed");
    }
  else
    {
      guint64 limit = negative ? (guint64) G_MAXINT64 + 1 : (guint64) G_MAXINT64;

      for (; p < n && g_ascii_isdigit (d[p]); p++)
        {
          guint digit = d[p] - '0';

          if (overflow || magnitude > (limit - digit) / 10)
            overflow = TRUE;
          else
            magnitude = magnitude * 10 + digit;
        }
    }
  if (p < n && d[p] == '.')
    {
      integer = FALSE;
      p++;
      if (p >= n || !g_ascii_isdigit (d[p]))
        return number_fail (s, start, "a digit must follow the decimal point");
      while (p < n && g_ascii_isdigit (d[p]))
        p++;
    }
  if (p < n && (d[p] == 'e' || d[p] == 'E'))
    {
      integer = FALSE;
      p++;
      if (p < n && (d[p] == '+' || d[p] == '-'))
        p++;
      if (p >= n || !g_ascii_isdigit (d[p]))
        return number_fail (s, start, "the exponent needs a digit");
      while (p < n && g_ascii_isdigit (d[p]))
        p++;
    }
  if (p < n && is_token_char (d[p]))
    {
      g_autofree char *before = excerpt (s, start, p);
      g_autofree char *why = g_strdup_printf ("“%c” cannot come after “%s”", d[p], before);

      return number_fail (s, start, why);
    }

  if (integer && overflow)
    {
      g_autofree char *text = excerpt (s, start, p);

      return fail_at (s, start, "the integer “%s” is outside %" G_GINT64_FORMAT "–%" G_GINT64_FORMAT,
                      text, G_MININT64, G_MAXINT64);
    }
  if (!integer)
    {
      g_autofree char *copy = g_strndup ((const char *) d + start, p - start);

      if (isinf (g_ascii_strtod (copy, NULL)))
        {
          g_autofree char *text = excerpt (s, start, p);

          return fail_at (s, start, "the number “%s” is too large for a double", text);
        }
    }
  s->pos = p;
  return TRUE;
}

/* true, false or null at the current position (on a letter). */
static gboolean
scan_word (Scanner *s)
{
  gsize start = s->pos;
  gsize p = start;
  gsize len;

  while (p < s->length && is_word_char (s->data[p]))
    p++;
  len = p - start;
  if ((len == 4 && memcmp (s->data + start, "true", 4) == 0) ||
      (len == 5 && memcmp (s->data + start, "false", 5) == 0) ||
      (len == 4 && memcmp (s->data + start, "null", 4) == 0))
    {
      s->pos = p;
      return TRUE;
    }
  else
    {
      g_autofree char *text = excerpt (s, start, p);

      return fail_at (s, start, "not valid JSON: “%s” is not a value (the only words JSON has are true, false and null)", text);
    }
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
        return fail_at (s, start, "not valid JSON: a comma must not come before “}”");
      return unexpected (s, "a member name in double quotes");
    }

  g_string_truncate (s->member, 0);
  if (!scan_string (s, s->member))
    return FALSE;

  if (frame->names == NULL)
    frame->names = g_hash_table_new (g_str_hash, g_str_equal);
  push_member (s, s->member->str, s->member->len);
  if (g_hash_table_lookup_extended (frame->names, s->member->str, NULL, &first))
    {
      guint line, column;

      position_of (s, GPOINTER_TO_SIZE (first), &line, &column);
      return fail_at (s, start, "duplicate member name (first given at line %u, column %u)", line, column);
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

              if (c == '/' || utf8_sequence_length (s->data + s->pos, s->length - s->pos) == 0)
                return unexpected (s, "the end of the text");
              if (c < 0x20 || c == 0x7F)
                {
                  text = describe (s, s->pos);
                  return fail_at (s, s->pos, "not valid JSON: text after the end of the document: %s", text);
                }
              while (end < s->length && s->data[end] != '\n' && s->data[end] != '\r')
                end++;
              text = excerpt (s, s->pos, end);
              return fail_at (s, s->pos, "not valid JSON: text after the end of the document: “%s”", text);
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
                return fail_at (s, s->pos, "not valid JSON: a comma must not come before “]”");
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
      return unexpected (s, frame->kind == '[' ? "“,” or “]”" : "“,” or “}”");
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
        return unexpected (s, "a value");
      c = s->data[s->pos];

      if (c == '[' || c == '{')
        {
          ScanFrame *frame;

          if (s->depth == KOMMUNE_JSON_MAX_DEPTH)
            return fail_at (s, s->pos, "arrays and objects nest deeper than %u levels", KOMMUNE_JSON_MAX_DEPTH);
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
          if (!scan_string (s, NULL))
            return FALSE;
        }
      else if (c == '-' || g_ascii_isdigit (c))
        {
          if (!scan_number (s))
            return FALSE;
        }
      else if (g_ascii_isalpha (c))
        {
          if (!scan_word (s))
            return FALSE;
        }
      else if (c == '+')
        return number_fail (s, s->pos, "a number must not start with “+”");
      else if (c == '.' && s->pos + 1 < s->length && g_ascii_isdigit (s->data[s->pos + 1]))
        return number_fail (s, s->pos, "a digit must come before the decimal point");
      else
        return unexpected (s, "a value");

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
                   "%s: not valid JSON: %s", name, parse_error->message);
      return NULL;
    }
  root = json_parser_steal_root (parser);
  if (root == NULL)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_DOCUMENT,
                   "%s: the file is empty", name);
      return NULL;
    }
  return root;
}
