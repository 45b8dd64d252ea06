/* fuzz-amount-parse.c: libFuzzer target for kommune_amount_parse()
 *
 * Any input must give an amount or a GError — never a crash, a leak or
 * undefined behaviour — and an accepted amount must format and parse back
 * to itself in every mode that writes all the øre. Where the decimal
 * parser reads the same text too, it must read the same number: the two
 * share one grammar.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <stdint.h>
#include <stdlib.h>

#include <libkommune.h>

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static void
check_round_trip (gint64              oere,
                  KommuneAmountScale  scale,
                  guint               decimals,
                  const char         *unit)
{
  g_autofree char *number = kommune_amount_format (oere, scale, decimals);
  g_autofree char *text = g_strconcat (number, unit, NULL);
  g_autoptr(GError) error = NULL;

  if (kommune_amount_parse (text, &error) != oere || error != NULL)
    abort ();
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = g_strndup ((const char *) data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) decimal_error = NULL;
  gint64 oere = kommune_amount_parse (text, &error);
  gint64 thousandths;

  if (error != NULL)
    {
      if (oere != 0 || error->domain != KOMMUNE_ERROR)
        abort ();
      return 0;
    }

  check_round_trip (oere, KOMMUNE_AMOUNT_SCALE_KRONER, 2, "");
  check_round_trip (oere, KOMMUNE_AMOUNT_SCALE_KRONER, 12, " kr");
  check_round_trip (oere, KOMMUNE_AMOUNT_SCALE_THOUSANDS, 5, " tusen");
  check_round_trip (oere, KOMMUNE_AMOUNT_SCALE_MILLIONS, 8, " mill");

  /* One krone is 100 øre and 1000 thousandths. */
  thousandths = kommune_decimal_parse (text, &decimal_error);
  if (decimal_error == NULL && thousandths != oere * 10)
    abort ();
  return 0;
}
