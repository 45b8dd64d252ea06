/* kommune-amount.c: reading, writing, adding and splitting amounts of money
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <inttypes.h>

#include <stdlib.h>
#include <string.h>

#include "core/kommune-amount-private.h"
#include "kommune-error.h"
#include "core/kommune-i18n-private.h"

/* Powers of ten up to 10^18, the largest that fits in a gint64. */
const gint64 _kommune_pow10[19] = {
  G_GINT64_CONSTANT (1),
  G_GINT64_CONSTANT (10),
  G_GINT64_CONSTANT (100),
  G_GINT64_CONSTANT (1000),
  G_GINT64_CONSTANT (10000),
  G_GINT64_CONSTANT (100000),
  G_GINT64_CONSTANT (1000000),
  G_GINT64_CONSTANT (10000000),
  G_GINT64_CONSTANT (100000000),
  G_GINT64_CONSTANT (1000000000),
  G_GINT64_CONSTANT (10000000000),
  G_GINT64_CONSTANT (100000000000),
  G_GINT64_CONSTANT (1000000000000),
  G_GINT64_CONSTANT (10000000000000),
  G_GINT64_CONSTANT (100000000000000),
  G_GINT64_CONSTANT (1000000000000000),
  G_GINT64_CONSTANT (10000000000000000),
  G_GINT64_CONSTANT (100000000000000000),
  G_GINT64_CONSTANT (1000000000000000000),
};

#define MAX_FORMAT_DECIMALS 12

/* Checked arithmetic on gint64: compiler builtins where there are any,
 * portable C11 otherwise. */
gboolean
_kommune_checked_add (gint64  a,
                      gint64  b,
                      gint64 *out)
{
#if defined(__GNUC__) || defined(__clang__)
  return !__builtin_add_overflow (a, b, out);
#else
  if ((b > 0 && a > G_MAXINT64 - b) || (b < 0 && a < G_MININT64 - b))
    return FALSE;
  *out = a + b;
  return TRUE;
#endif
}

static guint64
magnitude (gint64 value)
{
  /* |G_MININT64| does not fit in a gint64 but does in a guint64. */
  return value < 0 ? (guint64) (-(value + 1)) + 1 : (guint64) value;
}

static gint64
negate_magnitude (guint64 mag)
{
  return mag == 0 ? 0 : -(gint64) (mag - 1) - 1;
}

void
_kommune_muldiv_u64 (guint64  a,
                     guint64  b,
                     guint64  d,
                     guint64 *quotient,
                     guint64 *remainder)
{
#ifdef __SIZEOF_INT128__
  __extension__ typedef unsigned __int128 u128;
  u128 product = (u128) a * b;

  *quotient = (guint64) (product / d);
  *remainder = (guint64) (product % d);
#else
  /* 64 × 64 → 128-bit product from 32-bit halves, then binary long
   * division. The quotient fits in 64 bits because b <= d. */
  guint64 a_lo = a & 0xffffffffu, a_hi = a >> 32;
  guint64 b_lo = b & 0xffffffffu, b_hi = b >> 32;
  guint64 lo_lo = a_lo * b_lo, hi_lo = a_hi * b_lo;
  guint64 lo_hi = a_lo * b_hi, hi_hi = a_hi * b_hi;
  guint64 cross = (lo_lo >> 32) + (hi_lo & 0xffffffffu) + lo_hi;
  guint64 hi = hi_hi + (hi_lo >> 32) + (cross >> 32);
  guint64 lo = (cross << 32) | (lo_lo & 0xffffffffu);
  guint64 q = 0, r = 0;

  for (int bit = 127; bit >= 0; bit--)
    {
      guint64 next = bit >= 64 ? (hi >> (bit - 64)) & 1 : (lo >> bit) & 1;
      gboolean carry = (r >> 63) != 0;

      r = (r << 1) | next;
      q <<= 1;
      if (carry || r >= d)
        {
          r -= d;
          q |= 1;
        }
    }
  *quotient = q;
  *remainder = r;
#endif
}

/* ------------------------------------------------------------------ */
/* Formatting                                                          */
/* ------------------------------------------------------------------ */

/* Appends @value with a space between groups of three digits. */
static void
append_grouped (GString *out,
                guint64  value)
{
  char digits[24];
  int len = g_snprintf (digits, sizeof digits, "%" G_GUINT64_FORMAT, value);

  for (int i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append_c (out, ' ');
      g_string_append_c (out, digits[i]);
    }
}

/* Formats @mag / 10^@digits with @digits decimals, then @pad zeros. */
static char *
format_fixed (gboolean negative,
              guint64  mag,
              guint    digits,
              guint    pad)
{
  GString *out = g_string_new (NULL);
  guint64 unit = (guint64) _kommune_pow10[digits];

  if (negative && mag != 0)
    g_string_append_c (out, '-');
  append_grouped (out, mag / unit);
  if (digits + pad > 0)
    {
      g_string_append_c (out, ',');
      if (digits > 0)
        g_string_append_printf (out, "%0*" G_GUINT64_FORMAT, (int) digits, mag % unit);
      for (guint i = 0; i < pad; i++)
        g_string_append_c (out, '0');
    }
  return g_string_free (out, FALSE);
}

/**
 * kommune_amount_format:
 * @oere: an amount in øre
 * @scale: the unit to show it in
 * @decimals: how many decimals to show, at most 12
 *
 * Formats an amount the Norwegian way: a space between thousands, a
 * decimal comma and a leading `-` for negative amounts, with no unit word.
 * The amount is rounded to @decimals half away from zero, exactly:
 * 3 822 873 700 øre is `38 228 737` in kroner, `38 229` in thousands and
 * `38,2` in millions with one decimal. An amount that rounds to zero is
 * shown without a sign.
 *
 * Returns: (transfer full): the formatted amount
 */
char *
kommune_amount_format (gint64             oere,
                       KommuneAmountScale scale,
                       guint              decimals)
{
  guint scale_digits;
  guint64 mag = magnitude (oere);

  g_return_val_if_fail (decimals <= MAX_FORMAT_DECIMALS, NULL);
  g_return_val_if_fail ((guint) scale <= KOMMUNE_AMOUNT_SCALE_MILLIONS, NULL);

  switch (scale)
    {
    case KOMMUNE_AMOUNT_SCALE_KRONER:
      scale_digits = 2;
      break;
    case KOMMUNE_AMOUNT_SCALE_THOUSANDS:
      scale_digits = 5;
      break;
    case KOMMUNE_AMOUNT_SCALE_MILLIONS:
      scale_digits = 8;
      break;
    default:
      g_return_val_if_reached (NULL);
    }

  if (decimals > scale_digits)
    return format_fixed (oere < 0, mag, scale_digits, decimals - scale_digits);

  {
    guint64 divisor = (guint64) _kommune_pow10[scale_digits - decimals];
    /* Half away from zero on the magnitude; cannot overflow a guint64
     * because mag <= 2^63 and divisor / 2 < 2^63. */
    guint64 rounded = (mag + divisor / 2) / divisor;

    return format_fixed (oere < 0, rounded, decimals, 0);
  }
}

char *
_kommune_amount_describe (gint64 oere)
{
  g_autofree char *number = NULL;

  number = kommune_amount_format (oere, KOMMUNE_AMOUNT_SCALE_KRONER,
                                  oere % KOMMUNE_OERE_PER_KRONE == 0 ? 0 : 2);
  return g_strdup_printf ("%s kr", number);
}

/* ------------------------------------------------------------------ */
/* Checked arithmetic                                                  */
/* ------------------------------------------------------------------ */

static gint64
overflow_error (GError     **error,
                const char  *operation,
                gint64       a,
                gint64       b)
{
  g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_OVERFLOW,
               _("%" PRId64 " %s %" PRId64
               " øre does not fit in 64-bit øre"), a, operation, b);
  return 0;
}

/**
 * kommune_amount_add:
 * @a: an amount in øre
 * @b: an amount in øre
 * @error: return location for a #GError
 *
 * Adds two amounts, failing with %KOMMUNE_ERROR_OVERFLOW instead of
 * wrapping around.
 *
 * Returns: @a + @b, or 0 with @error set
 */
gint64
kommune_amount_add (gint64   a,
                    gint64   b,
                    GError **error)
{
  gint64 result;

  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!_kommune_checked_add (a, b, &result))
    return overflow_error (error, "+", a, b);
  return result;
}

/**
 * kommune_amount_subtract:
 * @a: an amount in øre
 * @b: the amount in øre to subtract from @a
 * @error: return location for a #GError
 *
 * Subtracts two amounts, failing with %KOMMUNE_ERROR_OVERFLOW instead of
 * wrapping around.
 *
 * Returns: @a − @b, or 0 with @error set
 */
gint64
kommune_amount_subtract (gint64   a,
                         gint64   b,
                         GError **error)
{
  gint64 result;

  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if ((b < 0 && a > G_MAXINT64 + b) || (b > 0 && a < G_MININT64 + b))
    return overflow_error (error, "-", a, b);
  result = a - b;
  return result;
}

/**
 * kommune_amount_sum:
 * @amounts: (array length=n_amounts) (nullable): amounts in øre
 * @n_amounts: the number of amounts
 * @error: return location for a #GError
 *
 * Adds up amounts, failing with %KOMMUNE_ERROR_OVERFLOW as soon as a
 * partial sum leaves the range of #gint64. The sum of no amounts is 0.
 *
 * Returns: the sum, or 0 with @error set
 */
gint64
kommune_amount_sum (const gint64  *amounts,
                    gsize          n_amounts,
                    GError       **error)
{
  gint64 total = 0;

  g_return_val_if_fail (amounts != NULL || n_amounts == 0, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  for (gsize i = 0; i < n_amounts; i++)
    if (!_kommune_checked_add (total, amounts[i], &total))
      {
        g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_OVERFLOW,
                     _("the sum overflows 64-bit øre at amount %zu (%" PRId64 " øre)"), i, amounts[i]);
        return 0;
      }
  return total;
}

/* ------------------------------------------------------------------ */
/* Allocation                                                          */
/* ------------------------------------------------------------------ */

typedef struct
{
  guint64 remainder;
  gsize   index;
} Share;

static int
compare_shares (const void *a,
                const void *b)
{
  const Share *x = a, *y = b;

  /* Largest remainder first; on a tie the lower index first. */
  if (x->remainder != y->remainder)
    return x->remainder > y->remainder ? -1 : 1;
  return x->index < y->index ? -1 : (x->index > y->index);
}

/**
 * kommune_amount_allocate:
 * @total: the amount in øre to split
 * @weights: (array length=n_weights): non-negative weights, one per part
 * @n_weights: the number of weights
 * @n_parts: (out): the number of parts returned, equal to @n_weights
 * @error: return location for a #GError
 *
 * Splits @total in proportion to @weights so that the parts add up to
 * @total exactly, by the largest-remainder method: every part first gets
 * its proportional share rounded towards zero, then the øre left over go
 * one each to the parts with the largest remainders. Equal remainders are
 * broken deterministically, the lower index first, so 10 000 000 øre split
 * over `[1, 1, 1]` gives `[3 333 334, 3 333 333, 3 333 333]`.
 *
 * A negative total is split as its magnitude and every part negated; a
 * part with weight 0 gets 0. The arithmetic is exact for any #gint64
 * total and weights whose sum fits in a #gint64.
 *
 * Fails with %KOMMUNE_ERROR_INVALID_ARGUMENT when there are no weights,
 * a weight is negative or all weights are zero, and with
 * %KOMMUNE_ERROR_OVERFLOW when the weights' sum overflows.
 *
 * Returns: (array length=n_parts) (transfer full) (nullable): the parts,
 *   or %NULL with @error set
 */
gint64 *
kommune_amount_allocate (gint64         total,
                         const gint64  *weights,
                         gsize          n_weights,
                         gsize         *n_parts,
                         GError       **error)
{
  g_autofree guint64 *magnitudes = NULL;
  g_autofree Share *shares = NULL;
  gint64 *parts;
  guint64 mag = magnitude (total);
  guint64 allocated = 0;
  gint64 weight_sum = 0;

  g_return_val_if_fail (weights != NULL || n_weights == 0, NULL);
  g_return_val_if_fail (n_parts != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  *n_parts = 0;

  if (n_weights == 0)
    {
      g_set_error_literal (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                           _("cannot allocate an amount over no weights"));
      return NULL;
    }

  for (gsize i = 0; i < n_weights; i++)
    {
      if (weights[i] < 0)
        {
          g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                       _("weight %zu is negative (%" PRId64 ")"),
                       i, weights[i]);
          return NULL;
        }
      if (!_kommune_checked_add (weight_sum, weights[i], &weight_sum))
        {
          g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_OVERFLOW,
                       _("the sum of the weights overflows at weight %zu"), i);
          return NULL;
        }
    }

  if (weight_sum == 0)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                   _("all %zu weights are zero"), n_weights);
      return NULL;
    }

  /* Shares are computed on the magnitude of the total, which for
   * G_MININT64 is 2^63 and only fits in a guint64. */
  magnitudes = g_new (guint64, n_weights);
  shares = g_new (Share, n_weights);

  for (gsize i = 0; i < n_weights; i++)
    {
      _kommune_muldiv_u64 (mag, (guint64) weights[i], (guint64) weight_sum,
                           &magnitudes[i], &shares[i].remainder);
      shares[i].index = i;
      allocated += magnitudes[i];
    }

  /* Less than one øre per part is left over; hand it out one øre at a
   * time, largest remainder first. */
  qsort (shares, n_weights, sizeof *shares, compare_shares);
  for (guint64 left = mag - allocated, k = 0; left > 0; left--, k++)
    magnitudes[shares[k].index]++;

  parts = g_new (gint64, n_weights);
  for (gsize i = 0; i < n_weights; i++)
    parts[i] = total < 0 ? negate_magnitude (magnitudes[i]) : (gint64) magnitudes[i];

  *n_parts = n_weights;
  return parts;
}

/* ------------------------------------------------------------------ */
/* Percentages                                                         */
/* ------------------------------------------------------------------ */

char *
_kommune_percent_text (gint64    numerator,
                       gint64    denominator,
                       guint     decimals,
                       GError  **error)
{
  guint64 num = magnitude (numerator);
  guint64 den = magnitude (denominator);
  gboolean negative = (numerator < 0) != (denominator < 0);
  guint digits = decimals + 2;          /* two more: percent, not ratio */
  guint64 value;
  guint64 remainder;

  g_return_val_if_fail (decimals <= 12, NULL);

  if (den == 0)
    {
      g_set_error_literal (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                           _("a percentage of zero is undefined"));
      return NULL;
    }

  /* Long division, one decimal digit at a time, so nothing overflows:
   * the remainder is always below the denominator. */
  value = num / den;
  remainder = num % den;
  for (guint i = 0; i <= digits; i++)
    {
      guint64 digit;

      _kommune_muldiv_u64 (remainder, 10, den, &digit, &remainder);
      if (i == digits)
        {
          if (digit >= 5)             /* at least one half: away from zero */
            value++;
          break;
        }
      if (value > (G_MAXUINT64 - digit) / 10)
        {
          g_set_error_literal (error, KOMMUNE_ERROR, KOMMUNE_ERROR_OVERFLOW,
                               _("the percentage is too large"));
          return NULL;
        }
      value = value * 10 + digit;
    }

  return format_fixed (negative, value, decimals, 0);
}
