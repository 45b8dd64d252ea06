/* kommune-decimal.c: exact decimal values in thousandths
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <math.h>

#include "core/kommune-amount-private.h"
#include "kommune-decimal.h"
#include "kommune-error.h"
#include "core/kommune-number-private.h"
#include "core/kommune-i18n-private.h"

/* Indicator values — percentages, scores, counts, ratios — are held as
 * whole numbers of thousandths, so that “55” in a document is exactly 55
 * and a comparison with a band boundary means what the document means. */

/* The digits of one thousandth: decimals are read in thousandths. */
#define THOUSANDTHS_DIGITS 3

static gint64
parse_fail (const char  *text,
            GError     **error,
            gint         code,
            const char  *why)
{
  g_autofree char *shown = _kommune_number_excerpt (text);

  g_set_error (error, KOMMUNE_ERROR, code, _("“%s” is not a decimal: %s"), shown, why);
  return 0;
}

/**
 * kommune_decimal_parse:
 * @text: a decimal such as `55`, `3,5`, `−0,25`, `6 268` or `4,125`
 * @error: return location for a #GError
 *
 * Reads a decimal exactly into thousandths. The number follows the
 * grammar [func@Kommune.amount_parse] shares, described in
 * [the number grammar](money.html#the-number-grammar): an optional sign
 * (`-`, `+`, `−` U+2212 or an en dash), digits, grouped in thousands by a space-like
 * character or a dot (`6 268`, `6.268`: both are 6 268, a dot is never a
 * decimal point) or not grouped, and optionally a decimal comma with at
 * most three significant decimals (`3,5`, `66,125`, `1,2500`).
 * Surrounding white space is allowed; unit words are not.
 *
 * Anything else fails with %KOMMUNE_ERROR_INVALID_ARGUMENT, a value beyond
 * the range of a #gint64 number of thousandths with
 * %KOMMUNE_ERROR_OVERFLOW; the message quotes the text (at most its first
 * 40 characters, then `…`) and says why. Text that would only make sense
 * with an English decimal point, such as `3.5` or `0.125`, is refused as
 * ambiguous rather than guessed.
 *
 * Returns: the value in thousandths, or 0 with @error set
 *
 * Since: 0.1
 */
gint64
kommune_decimal_parse (const char  *text,
                       GError     **error)
{
  g_autofree char *why = NULL;
  KommuneNumber number;
  const char *p;
  gint64 result = 0;

  g_return_val_if_fail (text != NULL, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!g_utf8_validate (text, -1, NULL))
    return parse_fail (text, error, KOMMUNE_ERROR_INVALID_ARGUMENT, _("not valid UTF-8"));

  p = _kommune_number_skip_blanks (text);
  if (!_kommune_number_scan (&p, _KOMMUNE_NUMBER_DEFAULT, &number, &why))
    return parse_fail (text, error, KOMMUNE_ERROR_INVALID_ARGUMENT, why);

  p = _kommune_number_skip_blanks (p);
  if (*p != '\0')
    {
      g_autofree char *rest = _kommune_number_excerpt (p);

      why = g_strdup_printf (_("unexpected “%s” after the number"), rest);
      return parse_fail (text, error, KOMMUNE_ERROR_INVALID_ARGUMENT, why);
    }

  switch (_kommune_number_to_int64 (&number, THOUSANDTHS_DIGITS, &result))
    {
    case _KOMMUNE_NUMBER_OK:
      return result;
    case _KOMMUNE_NUMBER_TOO_PRECISE:
      return parse_fail (text, error, KOMMUNE_ERROR_INVALID_ARGUMENT,
                         _("more than three decimals"));
    case _KOMMUNE_NUMBER_OVERFLOW:
    default:
      return parse_fail (text, error, KOMMUNE_ERROR_OVERFLOW,
                         _("too large for 64-bit thousandths"));
    }
}

/* Writes @value (finite) as the shortest decimal in exponent notation that
 * reads back as the same double, as Python's repr() does: 0.1 is “1e-01”,
 * not 0.1000000000000000055511151231257827. */
static void
shortest_decimal (double  value,
                  char   *buffer,
                  gsize   size)
{
  for (int digits = 1; digits <= 17; digits++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%de", digits - 1);
      g_ascii_formatd (buffer, (int) size, format, value);
      if (g_ascii_strtod (buffer, NULL) == value)
        return;
    }
}

/**
 * kommune_decimal_from_double:
 * @value: a finite number
 * @error: return location for a #GError
 *
 * Takes a binary floating-point number to thousandths. The double is read
 * as the shortest decimal that gives it back (the digits Python's `repr()`
 * shows, so `0.1` is 0,1 and not 0,1000000000000000055…), which is then
 * rounded to three decimals half away from zero, exactly: 54.5 is 54 500,
 * 49.9 is 49 900 and 0.0015 is 2. This is how Python floats and
 * JavaScript numbers enter the exact world; text is exact from the start
 * ([func@Kommune.decimal_parse]). A double holds at most 17 significant
 * digits, so beyond some 9 000 000 000 its thousandths may already differ
 * from the number that was written; pass text where that matters.
 *
 * NaN and ±infinity fail with %KOMMUNE_ERROR_INVALID_ARGUMENT, and a value
 * whose thousandths do not fit in a #gint64 (beyond
 * ±9 223 372 036 854 775,807) with %KOMMUNE_ERROR_OVERFLOW; the message
 * names the value. Neither is ever taken as 0.
 *
 * Returns: the value in thousandths, or 0 with @error set
 *
 * Since: 0.1
 */
gint64
kommune_decimal_from_double (double   value,
                             GError **error)
{
  char text[G_ASCII_DTOSTR_BUF_SIZE];
  const char *p;
  guint64 digits = 0;
  guint64 limit;
  guint n_digits = 0;
  gint64 exponent;
  gint64 result;

  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (isnan (value))
    {
      g_set_error_literal (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                           _("NaN is not a decimal: it is not a number"));
      return 0;
    }
  if (isinf (value))
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                   _("%s is not a decimal: it is infinite"), value < 0 ? "-inf" : "inf");
      return 0;
    }

  /* “-d.ddde±x”: at most 17 digits, which fit in a guint64. */
  shortest_decimal (value, text, sizeof text);
  for (p = text; *p != 'e'; p++)
    if (g_ascii_isdigit (*p))
      {
        digits = digits * 10 + (guint64) (*p - '0');
        n_digits++;
      }
  /* value = digits × 10^(x − (n_digits − 1)); thousandths three more. */
  exponent = g_ascii_strtoll (p + 1, NULL, 10) - (n_digits - 1) + 3;

  limit = value < 0 ? (guint64) G_MAXINT64 + 1 : (guint64) G_MAXINT64;
  if (exponent < 0)
    {
      /* digits < 10^17, so dividing by 10^18 or more leaves less than
       * half of one. */
      guint64 divisor;
      guint64 remainder;

      if (exponent < -18)
        return 0;
      divisor = (guint64) _kommune_pow10[-exponent];
      remainder = digits % divisor;
      digits /= divisor;
      if (remainder >= divisor - remainder)     /* at least a half: away from zero */
        digits++;
    }
  else
    {
      for (gint64 i = 0; i < exponent && digits != 0; i++)
        {
          if (digits > limit / 10)
            goto overflow;
          digits *= 10;
        }
    }
  if (digits > limit)
    goto overflow;

  result = value < 0 && digits != 0 ? -(gint64) (digits - 1) - 1 : (gint64) digits;
  return result;

overflow:
  g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_OVERFLOW,
               _("%s is not a decimal: beyond ±9 223 372 036 854 775,807, the range of "
               "64-bit thousandths"), text);
  return 0;
}

/**
 * kommune_decimal_format:
 * @thousandths: a value in thousandths
 * @decimals: the number of decimals to show, at most 3
 *
 * Writes a decimal with a decimal comma, rounded half away from zero to
 * the given number of decimals: 54 500 with one decimal is `54,5`, with
 * none `55`.
 *
 * Returns: (transfer full): the text
 *
 * Since: 0.1
 */
char *
kommune_decimal_format (gint64 thousandths,
                        guint  decimals)
{
  guint64 mag = thousandths < 0 ? (guint64) (-(thousandths + 1)) + 1 : (guint64) thousandths;
  guint64 divisor;
  guint64 rounded;
  GString *out;

  g_return_val_if_fail (decimals <= 3, NULL);

  divisor = (guint64) _kommune_pow10[3 - decimals];
  rounded = (mag + divisor / 2) / divisor;
  out = g_string_new (NULL);
  if (thousandths < 0 && rounded != 0)
    g_string_append_c (out, '-');
  g_string_append_printf (out, "%" G_GUINT64_FORMAT, rounded / (guint64) _kommune_pow10[decimals]);
  if (decimals > 0)
    g_string_append_printf (out, ",%0*" G_GUINT64_FORMAT, (int) decimals,
                            rounded % (guint64) _kommune_pow10[decimals]);
  return g_string_free (out, FALSE);
}

/**
 * kommune_decimal_to_string:
 * @thousandths: a value in thousandths
 *
 * Writes a decimal exactly with as few decimals as it needs: `55`, `3,5`,
 * `66,125`.
 *
 * Returns: (transfer full): the text
 *
 * Since: 0.1
 */
char *
kommune_decimal_to_string (gint64 thousandths)
{
  guint decimals = 3;

  while (decimals > 0 && thousandths % _kommune_pow10[4 - decimals] == 0)
    decimals--;
  return kommune_decimal_format (thousandths, decimals);
}

static gboolean
check_percent_decimals (guint    decimals,
                        GError **error)
{
  if (decimals <= 12)
    return TRUE;
  g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
               _("a percentage has at most 12 decimals, not %u"), decimals);
  return FALSE;
}

/**
 * kommune_percent_change:
 * @old_value: the earlier value, not 0
 * @new_value: the later value, in the same unit
 * @decimals: the number of decimals, at most 12
 * @error: return location for a #GError
 *
 * Computes the change from @old_value to @new_value in percent of
 * @old_value, exactly, rounded half away from zero, with a decimal comma:
 * Drammen's employees went from 6 159 to 6 268, `1,8`. The values may be
 * counts, amounts or thousandths, as long as both are in the same unit.
 * Fails with %KOMMUNE_ERROR_INVALID_ARGUMENT when @old_value is 0 or
 * @decimals is more than 12.
 *
 * Returns: (transfer full) (nullable): the change, or %NULL with @error set
 *
 * Since: 0.1
 */
char *
kommune_percent_change (gint64   old_value,
                        gint64   new_value,
                        guint    decimals,
                        GError **error)
{
  gint64 difference;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_percent_decimals (decimals, error))
    return NULL;
  if (!_kommune_checked_add (new_value, old_value == G_MININT64 ? 0 : -old_value, &difference) ||
      old_value == G_MININT64)
    {
      g_set_error_literal (error, KOMMUNE_ERROR, KOMMUNE_ERROR_OVERFLOW,
                           _("the change does not fit in 64 bits"));
      return NULL;
    }
  if (old_value == 0)
    {
      g_set_error_literal (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                           _("a change from 0 has no percentage"));
      return NULL;
    }
  /* A change is relative to the size of the old value. */
  return _kommune_percent_text (difference, old_value < 0 ? -old_value : old_value, decimals, error);
}

/**
 * kommune_percent_of:
 * @part: the part
 * @whole: the whole, not 0, in the same unit
 * @decimals: the number of decimals, at most 12
 * @error: return location for a #GError
 *
 * Computes @part as a percentage of @whole exactly, rounded half away from
 * zero, with a decimal comma: 17 500 000 of 1 000 000 000 is `1,75`.
 * Fails with %KOMMUNE_ERROR_INVALID_ARGUMENT when @whole is 0 or
 * @decimals is more than 12.
 *
 * Returns: (transfer full) (nullable): the percentage, or %NULL with
 *   @error set
 *
 * Since: 0.1
 */
char *
kommune_percent_of (gint64   part,
                    gint64   whole,
                    guint    decimals,
                    GError **error)
{
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_percent_decimals (decimals, error))
    return NULL;
  return _kommune_percent_text (part, whole, decimals, error);
}
