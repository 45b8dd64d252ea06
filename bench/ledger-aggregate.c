/* ledger-aggregate.c: times the ledger's aggregation on a synthetic
 * national ledger of the anchors' shape (10 years, 357 municipalities,
 * 84 functions, 103 arts, classes 1 and 0)
 *
 * Usage: ledger-aggregate [LINES] [REPS]; prints the time of Q1 (sum by
 * year, region, class, function) and of the rollup of (year, region).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <stdlib.h>

#include "libkommune.h"
#include "kostra/kommune-ledger-private.h"

static guint64
next (guint64 *state)
{
  *state ^= *state << 13;
  *state ^= *state >> 7;
  *state ^= *state << 17;
  return *state;
}

int
main (int argc, char **argv)
{
  guint n = argc > 1 ? (guint) strtoul (argv[1], NULL, 10) : 10000000;
  guint reps = argc > 2 ? (guint) strtoul (argv[2], NULL, 10) : 5;
  g_autoptr(KommuneLedger) ledger = kommune_ledger_new ();
  g_autoptr(GError) error = NULL;
  guint16 regions[357], functions[84], arts[103];
  guint8 years[10];
  guint64 state = 20240101;
  guint per = n / 3570 + 1;
  const char *q1[] = { "year", "region", "account_class", "function", NULL };
  const char *q3[] = { "year", "region", NULL };
  double best1 = 1e9, best3 = 1e9;
  guint64 t0;

  for (guint i = 0; i < 357; i++)
    {
      char code[8];

      g_snprintf (code, sizeof code, "%04u", 301 + i * 13);
      _kommune_ledger_dict_intern (&ledger->regions, code, 4, &regions[i], &error);
    }
  for (guint i = 0; i < 84; i++)
    {
      char code[8];

      g_snprintf (code, sizeof code, "%03u", 100 + i * 9);
      _kommune_ledger_dict_intern (&ledger->functions, code, 3, &functions[i], &error);
    }
  for (guint i = 0; i < 103; i++)
    {
      char code[8];

      g_snprintf (code, sizeof code, "%03u", 10 + i * 9);
      _kommune_ledger_dict_intern (&ledger->arts, code, 3, &arts[i], &error);
    }
  for (guint y = 0; y < 10; y++)
    _kommune_ledger_year_id (ledger, 2015 + y, &years[y], &error);
  g_assert_no_error (error);
  _kommune_ledger_reserve (ledger, n, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < n; i++)
    {
      guint my = i / per;
      guint64 r = next (&state);

      _kommune_ledger_append_ids (ledger, years[(my / 357) % 10], regions[my % 357],
                                  (r % 100) < 74 ? '1' : '0', functions[(r >> 8) % 84],
                                  arts[(r >> 16) % 103], (gint64) ((r >> 24) % 100000000) * 100);
    }

  for (guint rep = 0; rep < reps; rep++)
    {
      g_autoptr(KommuneLedgerTable) t1 = NULL;
      g_autoptr(KommuneLedgerTable) t3 = NULL;
      double s;

      t0 = g_get_monotonic_time ();
      t1 = kommune_ledger_aggregate (ledger, q1, NULL, &error);
      s = (g_get_monotonic_time () - t0) / 1e6;
      g_assert_no_error (error);
      best1 = MIN (best1, s);
      t0 = g_get_monotonic_time ();
      t3 = kommune_ledger_aggregate_full (ledger, q3, NULL, KOMMUNE_LEDGER_AGGREGATE_ROLLUP, &error);
      s = (g_get_monotonic_time () - t0) / 1e6;
      g_assert_no_error (error);
      best3 = MIN (best3, s);
      if (rep == 0)
        g_print ("lines %u Q1 groups %u total %" G_GINT64_FORMAT " Q3 rows %u\n",
                 kommune_ledger_get_n_lines (ledger), kommune_ledger_table_get_n_rows (t1),
                 kommune_ledger_table_get_total (t1), kommune_ledger_table_get_n_rows (t3));
    }
  g_print ("TIME Q1 %.4f\nTIME Q3 %.4f\n", best1, best3);
  return 0;
}
