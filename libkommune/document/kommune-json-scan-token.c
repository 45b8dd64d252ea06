/* kommune-json-scan-token.c: the tokens of strict JSON: strings and
 * their escapes, numbers to the RFC 8259 grammar, and the words true,
 * false and null
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <inttypes.h>

#include <math.h>
#include <string.h>

#include "document/kommune-json-scanner-private.h"
#include "core/kommune-i18n-private.h"

static gboolean
is_word_char (guchar c)
{
  return g_ascii_isalnum (c) || c == '_';
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
gboolean
_kommune_json_scan_string (Scanner *s,
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
        return _kommune_json_fail_at (s, start, _("not valid JSON: the string does not end before the end of the text"));

      c = d[p];
      if (c == '"')
        break;
      if (c < 0x20)
        return _kommune_json_fail_at (s, p, _("not valid JSON: the control character U+%04X must be escaped in a string"), c);
      if (c >= 0x80)
        {
          guint len = _kommune_json_utf8_sequence_length (d + p, n - p);

          if (len == 0)
            return _kommune_json_fail_at (s, p, _("not valid JSON: invalid UTF-8 byte 0x%02X"), c);
          if (decoded != NULL)
            g_string_append_len (decoded, (const char *) d + p, len);
          p += len;
          continue;
        }

      /* A backslash. */
      if (p + 1 >= n)
        return _kommune_json_fail_at (s, start, _("not valid JSON: the string does not end before the end of the text"));
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
                g_autofree char *text = _kommune_json_excerpt (s, p, MIN (n, p + 6));

                return _kommune_json_fail_at (s, p, _("not valid JSON: “%s” is not an escape: \\u takes four hexadecimal digits"), text);
              }
            if (unit == 0)
              return _kommune_json_fail_at (s, p, _("“%.6s” (the nul character) is not allowed in a string"), d + p);
            if (unit >= 0xDC00 && unit <= 0xDFFF)
              return _kommune_json_fail_at (s, p, _("“%.6s” is a low surrogate without a high surrogate before it"), d + p);
            if (unit >= 0xD800 && unit <= 0xDBFF)
              {
                int low = unicode_escape (s, p + 6);

                if (low < 0xDC00 || low > 0xDFFF)
                  return _kommune_json_fail_at (s, p, _("“%.6s” is a high surrogate without a low surrogate after it"), d + p);
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
            g_autofree char *text = _kommune_json_excerpt (s, p, MIN (n, p + 2));

            return _kommune_json_fail_at (s, p, _("not valid JSON: “%s” is not an escape (JSON has \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX)"), text);
          }
        }
      if (decoded != NULL)
        g_string_append_c (decoded, (char) c);
      p += 2;
    }

  s->pos = p + 1;
  return TRUE;
}

gboolean
_kommune_json_number_fail (Scanner    *s,
                           gsize       start,
                           const char *why)
{
  g_autofree char *text = _kommune_json_excerpt (s, start, _kommune_json_token_end (s, start));

  return _kommune_json_fail_at (s, start, _("not valid JSON: “%s” is not a number: %s"), text, why);
}

/* A number at the current position (on “-” or a digit), to the RFC 8259
 * grammar: -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)? */
gboolean
_kommune_json_scan_number (Scanner *s)
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
    return _kommune_json_number_fail (s, start, _("a digit must follow the minus sign"));
  if (d[p] == '0')
    {
      p++;
      if (p < n && (d[p] == 'x' || d[p] == 'X'))
        return _kommune_json_number_fail (s, start, _("hexadecimal numbers are not allowed"));
      if (p < n && g_ascii_isdigit (d[p]))
        return _kommune_json_number_fail (s, start, _("leading zeros are not allowed"));
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
        return _kommune_json_number_fail (s, start, _("a digit must follow the decimal point"));
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
        return _kommune_json_number_fail (s, start, _("the exponent needs a digit"));
      while (p < n && g_ascii_isdigit (d[p]))
        p++;
    }
  if (p < n && _kommune_json_is_token_char (d[p]))
    {
      g_autofree char *before = _kommune_json_excerpt (s, start, p);
      g_autofree char *why = g_strdup_printf (_("“%c” cannot come after “%s”"), d[p], before);

      return _kommune_json_number_fail (s, start, why);
    }

  if (integer && overflow)
    {
      g_autofree char *text = _kommune_json_excerpt (s, start, p);

      return _kommune_json_fail_at (s, start, _("the integer “%s” is outside %" PRId64 "–%" PRId64),
                                    text, G_MININT64, G_MAXINT64);
    }
  if (!integer)
    {
      g_autofree char *copy = g_strndup ((const char *) d + start, p - start);

      if (isinf (g_ascii_strtod (copy, NULL)))
        {
          g_autofree char *text = _kommune_json_excerpt (s, start, p);

          return _kommune_json_fail_at (s, start, _("the number “%s” is too large for a double"), text);
        }
    }
  s->pos = p;
  return TRUE;
}

/* true, false or null at the current position (on a letter). */
gboolean
_kommune_json_scan_word (Scanner *s)
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
      g_autofree char *text = _kommune_json_excerpt (s, start, p);

      return _kommune_json_fail_at (s, start, _("not valid JSON: “%s” is not a value (the only words JSON has are true, false and null)"), text);
    }
}
