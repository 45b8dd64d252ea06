/* accounts-validate.c: how fast SSB's KOSTRA controls run over a file
 *
 * Usage: accounts-validate [RECORDS]
 *
 * Makes a national-size accounts file in memory (1 000 000 records of
 * skjema 0A by default: drift and investment on every kommune function
 * with ordinary arts, balanced so the sum rules hold), splits it into
 * lines and validates it as annual 0A with all 52 rules. It prints the
 * time of the validation alone, records per second, MB per second and
 * the number of entries found (mostly SSB's duplicate warnings, as a
 * file this size repeats its combinations).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <libkommune.h>

#include "kostra/kommune-validation-private.h"

static double
now (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

static const char *functions[] = {
  "100", "110", "120", "121", "130", "170", "171", "172", "173", "180", "201", "202", "211", "213", "215",
  "221", "222", "223", "231", "232", "233", "234", "241", "242", "243", "244", "251", "252", "253", "256",
  "257", "258", "261", "265", "273", "275", "276", "281", "283", "285", "301", "302", "303", "315", "320",
  "321", "322", "325", "329", "330", "332", "335", "338", "339", "340", "345", "350", "353", "354", "355",
  "360", "365", "370", "373", "375", "377", "380", "381", "383", "385", "386", "390", "392", "393",
};
static const char *expense_arts[] = { "010", "020", "030", "040", "050", "100", "105", "115", "120", "200" };
static const char *income_arts[] = { "600", "620", "630", "650", "700", "710", "730", "750", "770", "780" };
static const char *investment_income_arts[] = { "700", "710", "730", "750", "770", "780", "700", "710", "730", "750" };

static char *
synthetic_file (guint records,
                gsize *length)
{
  GString *out = g_string_sized_new ((gsize) records * 49);
  guint32 state = 20250101;

  for (guint i = 0; i < records; i++)
    {
      /* Pairs of an expense and the same income, so every sum balances. */
      const char *function = functions[(i / 2) % G_N_ELEMENTS (functions)];
      gboolean expense = i % 2 == 0;
      /* A quarter of the blocks are investments, on functions where that is logical. */
      char klasse = (i / 1480) % 4 == 3 && strcmp (function, "200") > 0 ? '0' : '1';
      const char *art = expense ? expense_arts[(i / 148) % G_N_ELEMENTS (expense_arts)]
                      : klasse == '0' ? investment_income_arts[(i / 148) % G_N_ELEMENTS (investment_income_arts)]
                      : income_arts[(i / 148) % G_N_ELEMENTS (income_arts)];
      int amount;

      if (expense)
        state = state * 1664525u + 1013904223u;
      amount = (int) (1 + state % 999u);
      g_string_append_printf (out, "0A2025 040200                  %c%-4s%s%9d\n",
                              klasse, function, art, expense ? amount : -amount);
    }
  /* Taxes and rammetilskudd, as every kommune has them. */
  g_string_append (out, "0A2025 040200                  1800 870  -500000\n");
  g_string_append (out, "0A2025 040200                  1840 800  -400000\n");
  g_string_append (out, "0A2025 040200                  1100 010   900000\n");
  *length = out->len;
  return g_string_free (out, FALSE);
}

int
main (int    argc,
      char **argv)
{
  guint records = argc > 1 ? (guint) strtoul (argv[1], NULL, 10) : 1000000;
  gsize length;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(KommuneAccountsLines) lines = NULL;
  g_autoptr(KommuneValidationReport) report = NULL;
  g_autoptr(GError) error = NULL;
  double start, split, done;
  char *text;



  text = synthetic_file (records, &length);
  bytes = g_bytes_new_take (text, length);
  start = now ();
  lines = _kommune_accounts_lines_new (bytes, "synthetic", &error);
  split = now ();
  report = _kommune_kostra_validate_lines (lines, "0A", "2025", 0, "040200", NULL, &error);
  done = now ();
  if (report == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  printf ("records %u, %.1f MB, %" G_GUINT64_FORMAT " controls, %u entries, exit code %d\n",
          records, length / 1e6, kommune_validation_report_get_n_controls (report),
          g_list_model_get_n_items (kommune_validation_report_get_entries (report)),
          kommune_validation_report_get_exit_code (report));
  printf ("TIME split %.3f s\n", split - start);
  printf ("TIME validate %.3f s: %.0f records/s, %.0f MB/s\n", done - split,
          records / (done - split), length / 1e6 / (done - split));
  return 0;
}
