/* kommune-amount-parse.c: reading amounts as municipal documents write them
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "core/kommune-amount-private.h"
#include "kommune-error.h"
#include "core/kommune-number-private.h"
#include "core/kommune-i18n-private.h"

static gint64
parse_fail (const char  *text,
            GError     **error,
            const char  *why)
{
  g_autofree char *shown = _kommune_number_excerpt (text);

  g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_AMOUNT,
               _("“%s” is not an amount: %s"), shown, why);
  return 0;
}

/* Matches one of @words (case-insensitively) at *@p as a whole word: it
 * must be followed by the end, white space or a digit. */
static gboolean
match_word (const char        **p,
            const char * const *words)
{
  /* Every word begins with a letter: most amounts have none, and this is
   * the parser's hot path. */
  if (!g_ascii_isalpha (**p))
    return FALSE;
  for (guint i = 0; words[i] != NULL; i++)
    {
      gsize len = strlen (words[i]);
      const char *after = *p + len;

      if (g_ascii_strncasecmp (*p, words[i], len) != 0)
        continue;
      if (*after != '\0' && _kommune_number_blank_length (after) == 0 &&
          !g_ascii_isdigit (*after))
        continue;
      *p = after;
      return TRUE;
    }
  return FALSE;
}

static const char * const currency_words[] = {
  "kroner", "kr.", "kr", "nok", NULL
};

typedef struct
{
  const char * const words[5];
  guint              exponent;   /* of ten, in kroner */
} Multiplier;

static const Multiplier multipliers[] = {
  { { "tusen", NULL }, 3 },
  { { "millioner", "million", "mill.", "mill", NULL }, 6 },
  { { "milliarder", "milliard", "mrd.", "mrd", NULL }, 9 },
};

/* The digits of one øre per krone: amounts are read in øre. */
#define OERE_DIGITS 2

/**
 * kommune_amount_parse:
 * @text: an amount as written in a municipal document
 * @error: return location for a #GError
 *
 * Reads an amount of money the way Norwegian municipal documents write it
 * and returns it in øre, converted exactly (never through floating point).
 * The number itself follows the grammar [func@Kommune.decimal_parse]
 * shares, described in [the number grammar](money.html#the-number-grammar):
 *
 * - digits grouped by thousands with a space, a no-break space (U+00A0),
 *   a narrow no-break or thin space, or a dot: `38 228 737`, `7.185`,
 *   `6.268` (6 268 kr: a dot is never a decimal point); or not grouped:
 *   `1000`;
 * - a sign `-`, `+`, the minus sign `−` (U+2212) or an en dash;
 * - a decimal comma: `1 234,50`, or `,-` for whole kroner: `7.185,-`;
 * - a multiplier word: `tusen`, `mill`, `mill.`, `million`, `millioner`,
 *   `mrd`, `mrd.`, `milliard`, `milliarder`, with or without a space:
 *   `0,74mill`;
 * - a currency word before or after the number, once: `kr`, `kr.`,
 *   `kroner`, `NOK`: `1 234,50 kr`, `0,15 millioner kroner`,
 *   `kr. 7.185,-`, `kr. 0,74mill`, `kr. 2,0 mill.`.
 *
 * Anything else is an error of code %KOMMUNE_ERROR_INVALID_AMOUNT whose
 * message quotes the text (at most its first 40 characters, then `…`)
 * and says why: a second decimal comma (`12,3,4`), digit groups that are
 * not three long, a dot that would only make sense as an English decimal
 * point (`1.5`, `0.125`, `1,234.50`), more precision than one øre, or
 * unknown words. An amount that does not fit in a #gint64 number of øre
 * is %KOMMUNE_ERROR_OVERFLOW. Every #gint64 written by
 * [func@Kommune.amount_format] with all its øre reads back unchanged.
 *
 * Returns: the amount in øre, or 0 with @error set
 */
gint64
kommune_amount_parse (const char  *text,
                      GError     **error)
{
  g_autofree char *why = NULL;
  KommuneNumber number;
  const char *p;
  gboolean currency_seen;
  guint exponent = OERE_DIGITS;
  gint64 result = 0;

  g_return_val_if_fail (text != NULL, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!g_utf8_validate (text, -1, NULL))
    return parse_fail (text, error, _("not valid UTF-8"));

  p = _kommune_number_skip_blanks (text);
  currency_seen = match_word (&p, currency_words);
  p = _kommune_number_skip_blanks (p);

  if (!_kommune_number_scan (&p, _KOMMUNE_NUMBER_WHOLE_DASH, &number, &why))
    return parse_fail (text, error, why);

  p = _kommune_number_skip_blanks (p);
  for (guint i = 0; i < G_N_ELEMENTS (multipliers); i++)
    if (match_word (&p, multipliers[i].words))
      {
        exponent += multipliers[i].exponent;
        p = _kommune_number_skip_blanks (p);
        break;
      }
  if (!currency_seen && match_word (&p, currency_words))
    p = _kommune_number_skip_blanks (p);

  if (*p != '\0')
    {
      g_autofree char *rest = _kommune_number_excerpt (p);

      why = g_strdup_printf (_("unexpected “%s” after the number"), rest);
      return parse_fail (text, error, why);
    }

  switch (_kommune_number_to_int64 (&number, exponent, &result))
    {
    case _KOMMUNE_NUMBER_OK:
      return result;
    case _KOMMUNE_NUMBER_TOO_PRECISE:
      return parse_fail (text, error, _("more decimals than whole øre"));
    case _KOMMUNE_NUMBER_OVERFLOW:
    default:
      {
        g_autofree char *shown = _kommune_number_excerpt (text);

        g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_OVERFLOW,
                     _("“%s” is too large: amounts must fit in 64-bit øre"), shown);
        return 0;
      }
    }
}
