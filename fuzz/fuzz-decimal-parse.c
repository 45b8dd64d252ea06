/* fuzz-decimal-parse.c: libFuzzer target for kommune_decimal_parse()
 *
 * Any input must give a decimal or a GError — never a crash, a leak or
 * undefined behaviour — and an accepted decimal must write and read back
 * to itself. Where the amount parser reads the same text too, it must
 * read the same number: the two share one grammar. The input's first
 * eight bytes, taken as a double, also go through
 * kommune_decimal_from_double(), which must give a value or an error.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <libkommune.h>

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = g_strndup ((const char *) data, size);
  g_autoptr(GError) error = NULL;
  gint64 thousandths = kommune_decimal_parse (text, &error);

  if (size >= sizeof (double))
    {
      g_autoptr(GError) double_error = NULL;
      double value;
      gint64 converted;

      memcpy (&value, data, sizeof value);
      converted = kommune_decimal_from_double (value, &double_error);
      if (!isfinite (value) && double_error == NULL)
        abort ();
      if (double_error != NULL && converted != 0)
        abort ();
    }

  if (error != NULL)
    {
      if (thousandths != 0 || error->domain != KOMMUNE_ERROR)
        abort ();
      return 0;
    }

  {
    g_autofree char *written = kommune_decimal_to_string (thousandths);
    g_autoptr(GError) again = NULL;
    g_autoptr(GError) amount_error = NULL;
    gint64 oere;

    if (kommune_decimal_parse (written, &again) != thousandths || again != NULL)
      abort ();

    oere = kommune_amount_parse (text, &amount_error);
    if (amount_error == NULL && thousandths != oere * 10)
      abort ();
  }
  return 0;
}
