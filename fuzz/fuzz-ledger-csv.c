/* fuzz-ledger-csv.c: libFuzzer target for the ledger's CSV loader
 *
 * Any input must give a ledger or a GError — never a crash, a read past
 * the input, a leak or undefined behaviour. An error names a line of the
 * input. A ledger written back as CSV must load again to the same lines
 * and write the same text: the format is a fixed point after one save.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <libkommune.h>

#include "kostra/kommune-ledger-csv-private.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneLedger) ledger = kommune_ledger_load_csv_from_bytes (bytes, "fuzz", &error);
  g_autoptr(KommuneLedger) again = NULL;
  g_autoptr(GBytes) written = NULL;
  g_autofree char *text = NULL, *text_again = NULL;
  gsize length = 0, length_again = 0;

  if (ledger == NULL)
    {
      if (error == NULL || !g_str_has_prefix (error->message, "fuzz: line "))
        abort ();
      return 0;
    }
  if (error != NULL)
    abort ();

  text = _kommune_ledger_csv_format (ledger, "fuzz", &length, &error);
  if (text == NULL)
    abort ();
  written = g_bytes_new (text, length);
  again = kommune_ledger_load_csv_from_bytes (written, "again", &error);
  if (again == NULL || kommune_ledger_get_n_lines (again) != kommune_ledger_get_n_lines (ledger))
    abort ();
  for (guint i = 0; i < kommune_ledger_get_n_lines (ledger); i++)
    {
      guint y1, y2;
      const char *r1, *r2, *c1, *c2, *f1, *f2, *a1, *a2;
      gint64 m1, m2;

      kommune_ledger_get_line (ledger, i, &y1, &r1, &c1, &f1, &a1, &m1);
      kommune_ledger_get_line (again, i, &y2, &r2, &c2, &f2, &a2, &m2);
      if (y1 != y2 || strcmp (r1, r2) || strcmp (c1, c2) || strcmp (f1, f2) || strcmp (a1, a2) || m1 != m2)
        abort ();
    }
  text_again = _kommune_ledger_csv_format (again, "again", &length_again, &error);
  if (text_again == NULL || length_again != length || memcmp (text, text_again, length) != 0)
    abort ();
  return 0;
}
