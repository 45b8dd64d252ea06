/* kommune-number.c: the one grammar of written numbers
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "core/kommune-number-private.h"
#include "core/kommune-i18n-private.h"

/* Why a dot is refused. A dot is read the Norwegian way, as a thousands
 * separator (6.268 employees are 6 268), never as a decimal point; text
 * that only makes sense with an English decimal point is refused, not
 * guessed. */
#define DOT_GROUPS \
  N_("the dot is ambiguous: a dot groups thousands (6.268 is 6 268), so it needs " \
  "one to three digits before it and exactly three after; write decimals with a comma")
#define DOT_ZERO \
  N_("the dot is ambiguous: a dot groups thousands (6.268 is 6 268), and a number " \
  "grouped in thousands does not start with 0; write decimals with a comma")
#define DOT_AFTER_COMMA \
  N_("the dot after the decimal comma is ambiguous: write thousands before the " \
  "comma (1 234,50 or 1.234,50), not after it as in 1,234.50")

/* The byte length of a thousands separator other than the dot at @p: a
 * space, a no-break space (U+00A0), a thin space (U+2009) or a narrow
 * no-break space (U+202F); 0 if there is none. */
static gsize
group_space_length (const char *p)
{
  if (*p == ' ')
    return 1;
  if ((guchar) p[0] == 0xc2 && (guchar) p[1] == 0xa0)
    return 2;
  if ((guchar) p[0] == 0xe2 && (guchar) p[1] == 0x80 &&
      ((guchar) p[2] == 0x89 || (guchar) p[2] == 0xaf))
    return 3;
  return 0;
}

gsize
_kommune_number_blank_length (const char *p)
{
  if (*p != ' ' && g_ascii_isspace (*p))
    return 1;
  return group_space_length (p);
}

const char *
_kommune_number_skip_blanks (const char *p)
{
  gsize len;

  while ((len = _kommune_number_blank_length (p)) > 0)
    p += len;
  return p;
}

/* The byte length of a minus sign at @p: ASCII hyphen-minus, the Unicode
 * minus U+2212 or the en dash U+2013 that PDF extraction produces. */
static gsize
minus_length (const char *p)
{
  if (*p == '-')
    return 1;
  if ((guchar) p[0] == 0xe2 &&
      (((guchar) p[1] == 0x88 && (guchar) p[2] == 0x92) ||
       ((guchar) p[1] == 0x80 && (guchar) p[2] == 0x93)))
    return 3;
  return 0;
}

static guint
count_digits (const char *p)
{
  guint n = 0;

  while (g_ascii_isdigit (p[n]))
    n++;
  return n;
}

/* Leading zeros of the integer carry no value and are not kept. */
static void
append_integer (KommuneNumber *number,
                const char    *digits,
                guint          n)
{
  for (guint i = 0; i < n; i++)
    {
      if (number->integer_len == 0 && digits[i] == '0')
        continue;
      if (number->integer_len < _KOMMUNE_NUMBER_MAX_DIGITS)
        number->integer[number->integer_len++] = digits[i];
      else
        number->integer_too_long = TRUE;
    }
  number->integer[number->integer_len] = '\0';
}

/* Trailing zeros of the decimals carry no value: they are dropped once the
 * whole fraction is read, and zeros beyond the buffer are not counted. */
static void
append_fraction (KommuneNumber *number,
                 const char    *digits,
                 guint          n)
{
  for (guint i = 0; i < n; i++)
    {
      if (number->fraction_len < _KOMMUNE_NUMBER_MAX_DIGITS)
        number->fraction[number->fraction_len++] = digits[i];
      else if (digits[i] != '0')
        number->fraction_too_long = TRUE;
    }
  while (number->fraction_len > 0 && number->fraction[number->fraction_len - 1] == '0')
    number->fraction_len--;
  number->fraction[number->fraction_len] = '\0';
}

static gboolean G_GNUC_PRINTF (2, 3)
scan_fail (char       **why,
           const char  *format,
           ...)
{
  va_list args;

  va_start (args, format);
  *why = g_strdup_vprintf (format, args);
  va_end (args);
  return FALSE;
}

/* Reads the integer part: plain digits, or a first group of one to three
 * digits followed by groups of exactly three, all separated by the same
 * separator (a space-like character or a dot). */
static gboolean
scan_integer (const char    **pp,
              KommuneNumber  *number,
              char          **why)
{
  const char *p = *pp;
  const char *first_group = p;
  guint first = count_digits (p);
  const char *separator = NULL;
  gsize separator_len = 0;

  if (first == 0 && *p == '\0')
    return scan_fail (why, _("no digits"));
  if (first == 0)
    {
      /* Name the character, whole, where the number should have begun. */
      if ((gint32) g_utf8_get_char_validated (p, -1) < 0)
        return scan_fail (why, _("a number starts with a digit, not a byte that is not UTF-8"));
      return scan_fail (why, _("a number starts with a digit, not “%.*s”"),
                        (int) (g_utf8_next_char (p) - p), p);
    }
  append_integer (number, p, first);
  p += first;

  for (;;)
    {
      gboolean dot = *p == '.';
      gsize len = dot ? 1 : group_space_length (p);
      guint n;

      if (len == 0 || !g_ascii_isdigit (p[len]))
        break;
      n = count_digits (p + len);

      if (dot && (first > 3 || n != 3))
        return scan_fail (why, _(DOT_GROUPS));
      if (dot && first_group[0] == '0')
        return scan_fail (why, _(DOT_ZERO));
      if (separator != NULL &&
          (len != separator_len || memcmp (p, separator, len) != 0))
        {
          g_autofree char *rest = _kommune_number_excerpt (p + len);

          return scan_fail (why, _("mixed thousands separators before “%s”"), rest);
        }
      if (first > 3)
        return scan_fail (why, _("a group of %u digits before the thousands separator"), first);
      if (n != 3)
        return scan_fail (why, _("a group of %u digits after a thousands separator"), n);
      if (first_group[0] == '0')
        return scan_fail (why, _("a number grouped in thousands does not start with 0"));

      append_integer (number, p + len, n);
      separator = p;
      separator_len = len;
      p += len + n;
    }

  *pp = p;
  return TRUE;
}

gboolean
_kommune_number_scan (const char         **pp,
                      KommuneNumberFlags   flags,
                      KommuneNumber       *number,
                      char               **why)
{
  const char *p = *pp;
  gsize len;

  g_return_val_if_fail (pp != NULL && *pp != NULL, FALSE);
  g_return_val_if_fail (number != NULL, FALSE);
  g_return_val_if_fail (why != NULL && *why == NULL, FALSE);

  memset (number, 0, sizeof *number);

  if (*p == '+')
    p++;
  else if ((len = minus_length (p)) > 0)
    {
      number->negative = TRUE;
      p += len;
    }

  if (!scan_integer (&p, number, why))
    return FALSE;

  if (*p == ',')
    {
      guint n = count_digits (p + 1);

      if ((flags & _KOMMUNE_NUMBER_WHOLE_DASH) != 0 &&
          (len = minus_length (p + 1)) > 0)
        p += 1 + len;
      else if (n == 0)
        return scan_fail (why, _("no digits after the decimal comma"));
      else
        {
          append_fraction (number, p + 1, n);
          p += 1 + n;
          if (*p == '.' && g_ascii_isdigit (p[1]))
            return scan_fail (why, _(DOT_AFTER_COMMA));
        }
    }

  *pp = p;
  return TRUE;
}

KommuneNumberResult
_kommune_number_to_int64 (const KommuneNumber *number,
                          guint                exponent,
                          gint64              *out)
{
  /* |G_MININT64| = G_MAXINT64 + 1 fits in a guint64. */
  guint64 limit = number->negative ? (guint64) G_MAXINT64 + 1 : (guint64) G_MAXINT64;
  guint64 magnitude = 0;

  if (number->fraction_too_long || number->fraction_len > exponent)
    return _KOMMUNE_NUMBER_TOO_PRECISE;
  if (number->integer_too_long)
    return _KOMMUNE_NUMBER_OVERFLOW;

  for (guint i = 0; i < number->integer_len + exponent; i++)
    {
      guint digit;

      if (i < number->integer_len)
        digit = (guint) (number->integer[i] - '0');
      else if (i - number->integer_len < number->fraction_len)
        digit = (guint) (number->fraction[i - number->integer_len] - '0');
      else
        digit = 0;

      if (magnitude > (limit - digit) / 10)
        return _KOMMUNE_NUMBER_OVERFLOW;
      magnitude = magnitude * 10 + digit;
    }

  if (number->negative && magnitude != 0)
    *out = -(gint64) (magnitude - 1) - 1;
  else
    *out = (gint64) magnitude;
  return _KOMMUNE_NUMBER_OK;
}

char *
_kommune_number_excerpt (const char *text)
{
  /* A prefix is enough: four bytes per character at most, and each
   * invalid byte becomes one replacement character. */
  gsize len = 0;
  g_autofree char *valid = NULL;
  const char *end;

  while (len < 4 * _KOMMUNE_NUMBER_EXCERPT_CHARS + 8 && text[len] != '\0')
    len++;
  valid = g_utf8_make_valid (text, (gssize) len);
  end = valid;

  for (guint i = 0; i < _KOMMUNE_NUMBER_EXCERPT_CHARS; i++)
    {
      if (*end == '\0')
        return g_steal_pointer (&valid);
      end = g_utf8_next_char (end);
    }
  if (*end == '\0' && text[len] == '\0')
    return g_steal_pointer (&valid);
  /* “…” right after the last word, not after a space. */
  while (end > valid && end[-1] == ' ')
    end--;
  return g_strdup_printf ("%.*s…", (int) (end - valid), valid);
}
