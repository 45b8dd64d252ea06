/* kommune-amount-parse.c: reading amounts as municipal documents write them
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "kommune-amount-private.h"
#include "kommune-error.h"

/* ------------------------------------------------------------------ */
/* Parsing                                                             */
/* ------------------------------------------------------------------ */

typedef struct
{
  const char *text;   /* the whole input, for messages */
  const char *p;      /* the read position */
} Reader;

static gboolean G_GNUC_PRINTF (3, 4)
parse_fail (const Reader  *reader,
            GError       **error,
            const char    *format,
            ...)
{
  g_autofree char *why = NULL;
  va_list args;

  va_start (args, format);
  why = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_AMOUNT,
               "“%s” is not an amount: %s", reader->text, why);
  return FALSE;
}

/* Returns the byte length of a space-like character at @p (ASCII space or
 * tab, no-break space U+00A0, thin space U+2009, narrow no-break space
 * U+202F), or 0. */
static gsize
space_length (const char *p)
{
  if (*p == ' ' || *p == '\t')
    return 1;
  if ((guchar) p[0] == 0xc2 && (guchar) p[1] == 0xa0)
    return 2;
  if ((guchar) p[0] == 0xe2 && (guchar) p[1] == 0x80 &&
      ((guchar) p[2] == 0x89 || (guchar) p[2] == 0xaf))
    return 3;
  return 0;
}

static void
skip_spaces (Reader *reader)
{
  gsize len;

  while ((len = space_length (reader->p)) > 0)
    reader->p += len;
}

/* Returns the byte length of a minus sign at @p: ASCII hyphen-minus, the
 * Unicode minus U+2212 or the en dash U+2013 that PDF extraction produces. */
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

/* Matches one of @words (case-insensitively) at the read position, as a
 * whole word: it must be followed by the end, a space or a digit. */
static gboolean
match_word (Reader            *reader,
            const char * const *words)
{
  for (guint i = 0; words[i] != NULL; i++)
    {
      gsize len = strlen (words[i]);
      const char *after = reader->p + len;

      if (g_ascii_strncasecmp (reader->p, words[i], len) != 0)
        continue;
      if (*after != '\0' && space_length (after) == 0 && !g_ascii_isdigit (*after))
        continue;
      reader->p = after;
      return TRUE;
    }
  return FALSE;
}

static const char * const currency_words[] = {
  "kroner", "kr.", "kr", "nok", NULL
};
static const char * const million_words[] = {
  "millioner", "million", "mill.", "mill", NULL
};
static const char * const billion_words[] = {
  "milliarder", "milliard", "mrd.", "mrd", NULL
};

/* The digits read so far. A fixed buffer, not a heap string: the parser
 * runs once per amount of a whole ledger. 40 digits are more than any
 * amount that fits in 64-bit øre can have, so a fuller buffer is an
 * overflow anyway. */
typedef struct
{
  char  str[41];
  guint len;
  guint dropped;   /* digits beyond the buffer */
} Digits;

static void
digits_append (Digits *digits,
               char    c)
{
  if (digits->len < sizeof digits->str - 1)
    {
      digits->str[digits->len++] = c;
      digits->str[digits->len] = '\0';
    }
  else
    digits->dropped++;
}

/* Appends the digits at the read position to @digits; returns how many. */
static guint
read_digits (Reader *reader,
             Digits *digits)
{
  guint n = 0;

  while (g_ascii_isdigit (*reader->p))
    {
      digits_append (digits, *reader->p);
      reader->p++;
      n++;
    }
  return n;
}

/* Reads the integer part: either plain digits, or groups of three digits
 * after a first group of one to three, separated throughout by one kind of
 * separator (a space-like character or a dot). */
static gboolean
read_integer_part (Reader   *reader,
                   Digits   *digits,
                   GError  **error)
{
  guint first = read_digits (reader, digits);
  const char *separator = NULL;
  gsize separator_len = 0;

  if (first == 0)
    return parse_fail (reader, error, "no digits");

  for (;;)
    {
      const char *p = reader->p;
      gsize len = *p == '.' ? 1 : space_length (p);
      Reader group = { reader->text, p + len };
      guint n;

      if (len == 0 || !g_ascii_isdigit (p[len]))
        return TRUE;

      if (separator != NULL &&
          (len != separator_len || memcmp (p, separator, len) != 0))
        return parse_fail (reader, error,
                           "mixed thousands separators before “%s”", p + len);

      if (first > 3)
        return parse_fail (reader, error,
                           "a group of %u digits before the thousands separator", first);

      n = read_digits (&group, digits);
      if (n != 3)
        return parse_fail (reader, error,
                           "a group of %u digits after a thousands separator", n);

      separator = p;
      separator_len = len;
      reader->p = group.p;
    }
}

/* Reads “,50”, “,-” (whole kroner) or nothing. */
static gboolean
read_fraction (Reader   *reader,
               Digits   *fraction,
               GError  **error)
{
  gsize dash;

  if (*reader->p != ',')
    return TRUE;
  reader->p++;

  dash = minus_length (reader->p);
  if (dash > 0)
    {
      reader->p += dash;
      return TRUE;
    }

  if (read_digits (reader, fraction) == 0)
    return parse_fail (reader, error, "no digits after the decimal comma");

  return TRUE;
}

/* Reads the words after the number: at most one multiplier (“mill”,
 * “mrd”) and one currency word, unless the currency came first. */
static gboolean
read_units (Reader    *reader,
            gboolean   currency_seen,
            gint64    *scale,
            GError   **error)
{
  gboolean multiplier_seen = FALSE;

  *scale = KOMMUNE_OERE_PER_KRONE;

  for (;;)
    {
      skip_spaces (reader);
      if (*reader->p == '\0')
        return TRUE;

      if (!multiplier_seen && !currency_seen && match_word (reader, million_words))
        {
          *scale = KOMMUNE_OERE_PER_KRONE * _kommune_pow10[6];
          multiplier_seen = TRUE;
        }
      else if (!multiplier_seen && !currency_seen && match_word (reader, billion_words))
        {
          *scale = KOMMUNE_OERE_PER_KRONE * _kommune_pow10[9];
          multiplier_seen = TRUE;
        }
      else if (!currency_seen && match_word (reader, currency_words))
        {
          currency_seen = TRUE;
        }
      else
        {
          return parse_fail (reader, error, "unexpected “%s” after the number",
                             reader->p);
        }
    }
}

static gboolean
combine_overflow (Reader  *reader,
                  GError **error)
{
  g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_OVERFLOW,
               "“%s” is too large: amounts must fit in 64-bit øre", reader->text);
  return FALSE;
}

/* Combines integer digits, fraction digits and a scale in øre per unit
 * exactly, refusing anything finer than one øre. */
static gboolean
combine (Reader      *reader,
         const char  *integer_digits,
         Digits      *fraction,
         gint64       scale,
         gboolean     negative,
         gint64      *out_oere,
         GError     **error)
{
  gint64 integer = 0;
  gint64 fraction_value = 0;
  gint64 result;
  guint scale_digits = 0;

  if (fraction->dropped > 0)
    return parse_fail (reader, error, "too many decimals");

  /* Trailing zeros of the fraction carry no precision. */
  while (fraction->len > 0 && fraction->str[fraction->len - 1] == '0')
    fraction->str[--fraction->len] = '\0';

  while (_kommune_pow10[scale_digits] < scale)
    scale_digits++;

  if (fraction->len > scale_digits)
    return parse_fail (reader, error, "more decimals than whole øre");

  for (const char *d = integer_digits; *d; d++)
    if (!_kommune_checked_mul (integer, 10, &integer) ||
        !_kommune_checked_add (integer, *d - '0', &integer))
      goto overflow;

  for (const char *d = fraction->str; *d; d++)
    fraction_value = fraction_value * 10 + (*d - '0');

  if (!_kommune_checked_mul (integer, scale, &result))
    goto overflow;
  if (fraction->len > 0 &&
      !_kommune_checked_add (result,
                    fraction_value * (scale / _kommune_pow10[fraction->len]),
                    &result))
    goto overflow;

  *out_oere = negative ? -result : result;
  return TRUE;

overflow:
  return combine_overflow (reader, error);
}

/**
 * kommune_amount_parse:
 * @text: an amount as written in a municipal document
 * @error: return location for a #GError
 *
 * Reads an amount of money the way Norwegian municipal documents write it
 * and returns it in øre, converted exactly (never through floating point).
 *
 * Accepted forms:
 *
 * - digits grouped by thousands with a space, a no-break space (U+00A0),
 *   a narrow no-break or thin space, or a dot: `38 228 737`, `7.185`;
 *   or not grouped: `1000`;
 * - a sign `-`, `+`, the minus sign `−` (U+2212) or an en dash;
 * - a decimal comma: `1 234,50`, or `,-` for whole kroner: `7.185,-`;
 * - a multiplier word: `mill`, `mill.`, `million`, `millioner`, `mrd`,
 *   `mrd.`, `milliard`, `milliarder` (with or without a space: `0,74mill`);
 * - a currency word before or after the number: `kr`, `kr.`, `kroner`,
 *   `NOK`: `1 234,50 kr`, `0,15 millioner kroner`, `kr. 7.185,-`.
 *
 * Anything else is an error of code %KOMMUNE_ERROR_INVALID_AMOUNT whose
 * message quotes the text: a second decimal comma (`12,3,4`), digit
 * groups that are not three long, a dot used as a decimal point, more
 * precision than one øre, or unknown words. An amount that does not fit in
 * a #gint64 number of øre is %KOMMUNE_ERROR_OVERFLOW.
 *
 * Returns: the amount in øre, or 0 with @error set
 */
gint64
kommune_amount_parse (const char  *text,
                      GError     **error)
{
  Digits integer = { "", 0, 0 };
  Digits fraction = { "", 0, 0 };
  Reader reader;
  gboolean currency_seen;
  gboolean negative = FALSE;
  gint64 scale;
  gint64 result = 0;
  gsize sign;

  g_return_val_if_fail (text != NULL, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!g_utf8_validate (text, -1, NULL))
    {
      g_autofree char *shown = g_utf8_make_valid (text, -1);

      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_AMOUNT,
                   "“%s” is not an amount: not valid UTF-8", shown);
      return 0;
    }

  reader.text = text;
  reader.p = text;

  skip_spaces (&reader);
  currency_seen = match_word (&reader, currency_words);
  skip_spaces (&reader);

  if (*reader.p == '+')
    reader.p++;
  else if ((sign = minus_length (reader.p)) > 0)
    {
      negative = TRUE;
      reader.p += sign;
    }

  if (!read_integer_part (&reader, &integer, error) ||
      !read_fraction (&reader, &fraction, error) ||
      !read_units (&reader, currency_seen, &scale, error) ||
      (integer.dropped > 0 && !combine_overflow (&reader, error)) ||
      !combine (&reader, integer.str, &fraction, scale, negative, &result, error))
    return 0;

  return result;
}

