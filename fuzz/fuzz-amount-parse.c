/* fuzz-amount-parse.c: libFuzzer target for kommune_amount_parse()
 *
 * Any input must give an amount or a GError — never a crash, a leak or
 * undefined behaviour — and an accepted amount must format and parse back
 * to itself.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <stdint.h>
#include <stdlib.h>

#include <libkommune.h>

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = g_strndup ((const char *) data, size);
  g_autoptr(GError) error = NULL;
  gint64 oere = kommune_amount_parse (text, &error);

  if (error == NULL)
    {
      g_autofree char *formatted = kommune_amount_format (oere, KOMMUNE_AMOUNT_SCALE_KRONER, 2);
      g_autoptr(GError) again = NULL;

      if (kommune_amount_parse (formatted, &again) != oere || again != NULL)
        abort ();
    }
  return 0;
}
