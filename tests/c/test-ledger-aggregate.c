/* test-ledger-aggregate.c: grouping a ledger, filters, rollup, the
 * expense/revenue split, whole columns and overflow
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "libkommune.h"

static void
append (KommuneLedger *ledger,
        guint          year,
        const char    *region,
        const char    *klass,
        const char    *function,
        const char    *art,
        gint64         amount)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (kommune_ledger_append (ledger, year, region, klass, function, art, amount, &error));
  g_assert_no_error (error);
}

static KommuneLedger *
small_ledger (void)
{
  KommuneLedger *ledger = kommune_ledger_new ();

  append (ledger, 2020, "3005", "1", "202", "010", 1000);
  append (ledger, 2019, "0402", "1", "201", "010", 300);
  append (ledger, 2019, "0402", "1", "201", "600", -100);
  append (ledger, 2019, "0402", "0", "201", "010", 50);
  append (ledger, 2019, "0301", "1", "202", "700", -40);
  append (ledger, 2019, "0402", "1", "202", "010", 7);
  append (ledger, 2020, "3005", "1", "202", "010", 1);
  return ledger;
}

static const char *
key (KommuneLedgerTable *table,
     guint               i,
     const char         *column)
{
  g_autoptr(KommuneLedgerRow) row = kommune_ledger_table_get_row (table, i);

  return kommune_ledger_row_get_key (row, column);
}

static gint64
amount (KommuneLedgerTable *table,
        guint               i)
{
  g_autoptr(KommuneLedgerRow) row = kommune_ledger_table_get_row (table, i);

  return kommune_ledger_row_get_amount (row);
}

static void
test_aggregate_groups (void)
{
  g_autoptr(KommuneLedger) ledger = small_ledger ();
  g_autoptr(GError) error = NULL;
  const char *columns[] = { "region", "year", NULL };
  g_autoptr(KommuneLedgerTable) table = kommune_ledger_aggregate (ledger, columns, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (kommune_ledger_table_get_n_rows (table), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (table)), ==, 3);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (table)) == KOMMUNE_TYPE_LEDGER_ROW);
  /* Sorted by region, then year. */
  g_assert_cmpstr (key (table, 0, "region"), ==, "0301");
  g_assert_cmpstr (key (table, 0, "year"), ==, "2019");
  g_assert_cmpint (amount (table, 0), ==, -40);
  g_assert_cmpstr (key (table, 1, "region"), ==, "0402");
  g_assert_cmpint (amount (table, 1), ==, 257);
  g_assert_cmpstr (key (table, 2, "region"), ==, "3005");
  g_assert_cmpstr (key (table, 2, "year"), ==, "2020");
  g_assert_cmpint (amount (table, 2), ==, 1001);
  g_assert_null (key (table, 2, "function"));
  g_assert_cmpint (kommune_ledger_table_get_total (table), ==, 1218);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (table), 3));
}

static void
test_aggregate_filter (void)
{
  g_autoptr(KommuneLedger) ledger = small_ledger ();
  g_autoptr(KommuneLedgerFilter) filter = kommune_ledger_filter_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneLedgerTable) table = NULL;
  g_autoptr(KommuneLedgerTable) total = NULL;
  const char *columns[] = { "function", NULL };
  const char *regions[] = { "040200", "3005", NULL };
  const char *classes[] = { "1", NULL };
  const char *functions[] = { "201", NULL };
  guint years[] = { 2019 };

  kommune_ledger_filter_set_years (filter, years, 1);
  kommune_ledger_filter_set_account_classes (filter, classes);
  table = kommune_ledger_aggregate (ledger, columns, filter, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kommune_ledger_table_get_n_rows (table), ==, 2);
  g_assert_cmpint (amount (table, 0), ==, 200);
  g_assert_cmpint (amount (table, 1), ==, -33);
  g_clear_object (&table);

  /* A six-digit region admits the four digits of the same municipality
   * only the other way round: 3005 is given as itself. */
  kommune_ledger_filter_clear_years (filter);
  kommune_ledger_filter_set_regions (filter, regions);
  kommune_ledger_filter_set_functions (filter, functions);
  kommune_ledger_filter_set_art_range (filter, 600, 999);
  table = kommune_ledger_aggregate (ledger, NULL, filter, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kommune_ledger_table_get_n_rows (table), ==, 1);
  g_assert_cmpint (kommune_ledger_table_get_total (table), ==, 0);
  g_clear_object (&table);

  kommune_ledger_filter_set_regions (filter, (const char *[]) { "0402", NULL });
  table = kommune_ledger_aggregate (ledger, NULL, filter, &error);
  g_assert_cmpint (kommune_ledger_table_get_total (table), ==, -100);
  kommune_ledger_filter_clear_art_range (filter);
  total = kommune_ledger_aggregate (ledger, columns, filter, &error);
  g_assert_cmpint (kommune_ledger_table_get_total (total), ==, 200);
}

static void
test_aggregate_rollup_split (void)
{
  g_autoptr(KommuneLedger) ledger = small_ledger ();
  g_autoptr(GError) error = NULL;
  const char *columns[] = { "year", "region", NULL };
  g_autoptr(KommuneLedgerTable) table = NULL;
  g_autoptr(KommuneLedgerRow) last = NULL;
  g_autoptr(KommuneLedgerRow) first = NULL;

  table = kommune_ledger_aggregate_full (ledger, columns, NULL,
                                         KOMMUNE_LEDGER_AGGREGATE_ROLLUP | KOMMUNE_LEDGER_AGGREGATE_SPLIT,
                                         &error);
  g_assert_no_error (error);
  /* 3 groups, 2 years, 1 grand total. */
  g_assert_cmpuint (kommune_ledger_table_get_n_rows (table), ==, 6);
  g_assert_true (kommune_ledger_table_is_split (table));
  first = kommune_ledger_table_get_row (table, 0);
  g_assert_cmpstr (kommune_ledger_row_get_key (first, "region"), ==, "0301");
  g_assert_cmpint (kommune_ledger_row_get_expenses (first), ==, 0);
  g_assert_cmpint (kommune_ledger_row_get_revenues (first), ==, -40);
  g_assert_cmpuint (kommune_ledger_row_get_level (first), ==, 2);
  g_assert_cmpstr (key (table, 3, "year"), ==, "2019");
  g_assert_null (key (table, 3, "region"));
  g_assert_cmpint (amount (table, 3), ==, 217);
  g_assert_cmpint (amount (table, 4), ==, 1001);
  last = kommune_ledger_table_get_row (table, 5);
  g_assert_cmpuint (kommune_ledger_row_get_level (last), ==, 0);
  g_assert_null (kommune_ledger_row_get_key (last, "year"));
  g_assert_cmpint (kommune_ledger_row_get_amount (last), ==, 1218);
  g_assert_cmpint (kommune_ledger_row_get_expenses (last), ==, 1358);
  g_assert_cmpint (kommune_ledger_row_get_revenues (last), ==, -140);
  g_assert_cmpint (kommune_ledger_table_get_total (table), ==, 1218);
}

static void
test_aggregate_columns (void)
{
  g_autoptr(KommuneLedger) ledger = small_ledger ();
  g_autoptr(GError) error = NULL;
  const char *columns[] = { "function", "account_class", NULL };
  g_autoptr(KommuneLedgerTable) table = kommune_ledger_aggregate (ledger, columns, NULL, &error);
  g_autoptr(GBytes) amounts = kommune_ledger_table_get_amounts (table);
  g_autoptr(GBytes) ids = kommune_ledger_table_get_key_ids (table, "function", &error);
  g_autoptr(GBytes) none = NULL;
  const char * const *codes = kommune_ledger_table_get_key_codes (table, "function", &error);
  const gint64 *a;
  const guint32 *id;
  gsize size;
  gint64 sum = 0;

  g_assert_no_error (error);
  g_assert_cmpstrv (kommune_ledger_table_get_columns (table), columns);
  a = g_bytes_get_data (amounts, &size);
  id = g_bytes_get_data (ids, NULL);
  g_assert_cmpuint (size, ==, kommune_ledger_table_get_n_rows (table) * sizeof (gint64));
  for (guint i = 0; i < kommune_ledger_table_get_n_rows (table); i++)
    {
      g_assert_cmpstr (codes[id[i]], ==, key (table, i, "function"));
      g_assert_cmpint (a[i], ==, amount (table, i));
      sum += a[i];
    }
  g_assert_cmpint (sum, ==, kommune_ledger_table_get_total (table));
  g_assert_null (kommune_ledger_table_get_expenses (table));

  none = kommune_ledger_table_get_key_ids (table, "year", &error);
  g_assert_null (none);
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
}

static void
test_aggregate_errors (void)
{
  g_autoptr(KommuneLedger) ledger = small_ledger ();
  g_autoptr(GError) error = NULL;
  const char *unknown[] = { "kommune", NULL };
  const char *twice[] = { "art", "art", NULL };
  const char *columns[] = { "region", NULL };
  g_autoptr(KommuneLedger) big = kommune_ledger_new ();
  KommuneLedgerTable *table;

  table = kommune_ledger_aggregate (ledger, unknown, NULL, &error);
  g_assert_null (table);
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  table = kommune_ledger_aggregate (ledger, twice, NULL, &error);
  g_assert_null (table);
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);

  append (big, 2019, "0402", "1", "201", "010", G_MAXINT64);
  append (big, 2019, "0402", "1", "202", "010", 1);
  table = kommune_ledger_aggregate (big, columns, NULL, &error);
  g_assert_null (table);
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_OVERFLOW);
}

static void
test_aggregate_empty (void)
{
  g_autoptr(KommuneLedger) ledger = kommune_ledger_new ();
  g_autoptr(GError) error = NULL;
  const char *columns[] = { "year", "art", NULL };
  g_autoptr(KommuneLedgerTable) table = kommune_ledger_aggregate (ledger, columns, NULL, &error);
  g_autoptr(KommuneLedgerTable) total = kommune_ledger_aggregate (ledger, NULL, NULL, &error);
  g_autoptr(KommuneLedgerTable) bare = g_object_new (KOMMUNE_TYPE_LEDGER_TABLE, NULL);
  g_autoptr(GBytes) amounts = kommune_ledger_table_get_amounts (bare);

  g_assert_no_error (error);
  g_assert_cmpuint (kommune_ledger_table_get_n_rows (table), ==, 0);
  g_assert_cmpuint (kommune_ledger_table_get_n_rows (total), ==, 1);
  g_assert_cmpint (kommune_ledger_table_get_total (total), ==, 0);
  g_assert_cmpuint (g_bytes_get_size (amounts), ==, 0);
}

/* A key space beyond the dense array goes through the hash: the same
 * sums either way. */
static void
test_aggregate_sparse (void)
{
  g_autoptr(KommuneLedger) ledger = kommune_ledger_new ();
  g_autoptr(GError) error = NULL;
  const char *all[] = { "year", "region", "account_class", "function", "art", NULL };
  const char *two[] = { "region", "art", NULL };
  g_autoptr(KommuneLedgerTable) fine = NULL;
  g_autoptr(KommuneLedgerTable) coarse = NULL;
  gint64 expected = 0;

  for (guint i = 0; i < 3000; i++)
    {
      char region[8], function[8], art[8];

      g_snprintf (region, sizeof region, "%04u", 100 + (i * 7) % 400);
      g_snprintf (function, sizeof function, "%03u", 100 + (i * 11) % 300);
      g_snprintf (art, sizeof art, "%03u", 10 + (i * 13) % 900);
      append (ledger, 2000 + i % 20, region, i % 3 ? "1" : "0", function, art, i);
      expected += i;
    }
  fine = kommune_ledger_aggregate (ledger, all, NULL, &error);
  g_assert_no_error (error);
  coarse = kommune_ledger_aggregate (ledger, two, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (kommune_ledger_table_get_total (fine), ==, expected);
  g_assert_cmpint (kommune_ledger_table_get_total (coarse), ==, expected);
  for (guint i = 1; i < kommune_ledger_table_get_n_rows (fine); i++)
    g_assert_cmpint (strcmp (key (fine, i - 1, "year"), key (fine, i, "year")), <=, 0);
}

/* Enough lines for two threads: every group against a plain sum. */
static void
test_aggregate_threads (void)
{
  g_autoptr(KommuneLedger) ledger = kommune_ledger_new ();
  g_autoptr(GError) error = NULL;
  const char *columns[] = { "region", "function", NULL };
  g_autoptr(KommuneLedgerTable) table = NULL;
  g_autoptr(KommuneLedgerTable) split = NULL;
  g_autoptr(KommuneLedgerTable) sparse = NULL;
  const char *all[] = { "year", "region", "account_class", "function", "art", NULL };
  gint64 expected[40][30] = { { 0 } };
  gboolean met[40][30] = { { FALSE } };
  guint n_groups = 0, row = 0;
  gint64 expenses = 0, total = 0;
  guint n = 700000;

  for (guint i = 0; i < n; i++)
    {
      char region[8], function[8], art[8];
      guint r = (i * 7919) % 40, f = (i / 3) % 30, a = (i * 31) % 99;
      gint64 value = (gint64) (i % 1000) - 300;

      g_snprintf (region, sizeof region, "%04u", 1000 + r);
      g_snprintf (function, sizeof function, "%03u", 100 + f);
      g_snprintf (art, sizeof art, "%03u", 10 + a * 10);
      append (ledger, 2019 + i % 3, region, i % 4 ? "1" : "0", function, art, value);
      expected[r][f] += value;
      n_groups += !met[r][f];
      met[r][f] = TRUE;
      total += value;
      if (10 + a * 10 <= 599)
        expenses += value;
    }
  table = kommune_ledger_aggregate (ledger, columns, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kommune_ledger_table_get_n_rows (table), ==, n_groups);
  for (guint i = 0; i < 40 * 30; i++)
    if (met[i / 30][i % 30])
      {
        char region[8], function[8];

        g_snprintf (region, sizeof region, "%04u", 1000 + i / 30);
        g_snprintf (function, sizeof function, "%03u", 100 + i % 30);
        g_assert_cmpstr (key (table, row, "region"), ==, region);
        g_assert_cmpstr (key (table, row, "function"), ==, function);
        g_assert_cmpint (amount (table, row), ==, expected[i / 30][i % 30]);
        row++;
      }
  g_assert_cmpint (kommune_ledger_table_get_total (table), ==, total);

  split = kommune_ledger_aggregate_full (ledger, columns, NULL,
                                         KOMMUNE_LEDGER_AGGREGATE_SPLIT | KOMMUNE_LEDGER_AGGREGATE_ROLLUP,
                                         &error);
  g_assert_no_error (error);
  {
    g_autoptr(KommuneLedgerRow) last = kommune_ledger_table_get_row (split, kommune_ledger_table_get_n_rows (split) - 1);

    g_assert_cmpint (kommune_ledger_row_get_amount (last), ==, total);
    g_assert_cmpint (kommune_ledger_row_get_expenses (last), ==, expenses);
    g_assert_cmpint (kommune_ledger_row_get_revenues (last), ==, total - expenses);
  }

  /* All five columns: the hash, with the split. */
  sparse = kommune_ledger_aggregate_full (ledger, all, NULL, KOMMUNE_LEDGER_AGGREGATE_SPLIT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (kommune_ledger_table_get_total (sparse), ==, total);
  {
    g_autoptr(GBytes) e = kommune_ledger_table_get_expenses (sparse);
    const gint64 *v = g_bytes_get_data (e, NULL);
    gint64 sum = 0;

    for (guint i = 0; i < kommune_ledger_table_get_n_rows (sparse); i++)
      sum += v[i];
    g_assert_cmpint (sum, ==, expenses);
  }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Kommune/Ledger/aggregate/groups", test_aggregate_groups);
  g_test_add_func ("/Kommune/Ledger/aggregate/filter", test_aggregate_filter);
  g_test_add_func ("/Kommune/Ledger/aggregate/rollup-split", test_aggregate_rollup_split);
  g_test_add_func ("/Kommune/Ledger/aggregate/columns", test_aggregate_columns);
  g_test_add_func ("/Kommune/Ledger/aggregate/errors", test_aggregate_errors);
  g_test_add_func ("/Kommune/Ledger/aggregate/empty", test_aggregate_empty);
  g_test_add_func ("/Kommune/Ledger/aggregate/sparse", test_aggregate_sparse);
  g_test_add_func ("/Kommune/Ledger/aggregate/threads", test_aggregate_threads);

  return g_test_run ();
}
