/* kommune-decimal.c: exact decimal values in thousandths
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <math.h>

#include "kommune-amount-private.h"
#include "kommune-decimal.h"
#include "kommune-error.h"

/* Indicator values — percentages, scores, counts, ratios — are held as
 * whole numbers of thousandths, so that “55” in a document is exactly 55
 * and a comparison with a band boundary means what the document means. */

/**
 * kommune_decimal_parse:
 * @text: a decimal such as `55`, `3,5`, `-0.25` or `4,125`
 * @error: return location for a #GError
 *
 * Reads a decimal exactly into thousandths: an optional sign, digits, and
 * optionally a decimal comma (or point) with at most three digits after
 * it. Surrounding white space is allowed. Anything else, or more than three
 * decimals, fails with %KOMMUNE_ERROR_INVALID_ARGUMENT quoting the text.
 *
 * Returns: the value in thousandths, or 0 with @error set
 *
 * Since: 0.1
 */
gint64
kommune_decimal_parse (const char  *text,
                       GError     **error)
{
  const char *p;
  gboolean negative = FALSE;
  gint64 integer = 0;
  gint64 fraction = 0;
  guint integer_digits = 0;
  guint fraction_digits = 0;
  gint64 result;

  g_return_val_if_fail (text != NULL, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  p = text;
  while (g_ascii_isspace (*p))
    p++;
  if (*p == '-' || *p == '+')
    negative = *p++ == '-';

  for (; g_ascii_isdigit (*p); p++, integer_digits++)
    if (!_kommune_checked_mul (integer, 10, &integer) ||
        !_kommune_checked_add (integer, *p - '0', &integer))
      goto invalid;

  if (*p == ',' || *p == '.')
    {
      for (p++; g_ascii_isdigit (*p); p++, fraction_digits++)
        {
          if (fraction_digits == 3)
            goto invalid;
          fraction = fraction * 10 + (*p - '0');
        }
      if (fraction_digits == 0)
        goto invalid;
    }

  while (g_ascii_isspace (*p))
    p++;
  if (*p != '\0' || integer_digits == 0)
    goto invalid;

  for (guint i = fraction_digits; i < 3; i++)
    fraction *= 10;
  if (!_kommune_checked_mul (integer, KOMMUNE_DECIMAL_ONE, &result) ||
      !_kommune_checked_add (result, fraction, &result))
    goto invalid;
  return negative ? -result : result;

invalid:
  g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
               "“%s” is not a decimal with at most three decimals, such as 55 or 3,5", text);
  return 0;
}

/**
 * kommune_decimal_from_double:
 * @value: a finite number
 *
 * Takes a binary floating-point number to thousandths, rounding half away
 * from zero: 54.5 is 54 500 and 49.9 is 49 900. This is how Python floats
 * and JavaScript numbers enter the exact world; text is exact from the
 * start ([func@Kommune.decimal_parse]).
 *
 * Returns: the value in thousandths
 *
 * Since: 0.1
 */
gint64
kommune_decimal_from_double (double value)
{
  g_return_val_if_fail (isfinite (value), 0);
  g_return_val_if_fail (fabs (value) < 9.0e15, 0);

  return (gint64) llround (value * 1000.0);
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
 * Fails with %KOMMUNE_ERROR_INVALID_ARGUMENT when @old_value is 0.
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

  g_return_val_if_fail (decimals <= 12, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!_kommune_checked_add (new_value, old_value == G_MININT64 ? 0 : -old_value, &difference) ||
      old_value == G_MININT64)
    {
      g_set_error_literal (error, KOMMUNE_ERROR, KOMMUNE_ERROR_OVERFLOW,
                           "the change does not fit in 64 bits");
      return NULL;
    }
  if (old_value == 0)
    {
      g_set_error_literal (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                           "a change from 0 has no percentage");
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
 * Fails with %KOMMUNE_ERROR_INVALID_ARGUMENT when @whole is 0.
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
  g_return_val_if_fail (decimals <= 12, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return _kommune_percent_text (part, whole, decimals, error);
}
