/* test-ledger.c: the ledger store, its CSV and accounts loaders, and
 * saving
 *
 * The unit tests make their CSV files themselves and read SSB's real
 * 2019 file (tests/data/kostra), recomputing its totals from its text.
 * The bad CSV inputs are test-bad-inputs'.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <libkommune.h>

#include "kostra/kommune-ledger-private.h"

#define HEADER "year,municipality,account_class,function,art,amount\n"

typedef struct
{
  guint       year;
  char        region[8];
  char        account_class[2];
  char        function[8];
  char        art[8];
  gint64      kroner;
} Line;

static char *
temp_path (const char *name)
{
  g_autofree char *dir = g_dir_make_tmp ("test-ledger-XXXXXX", NULL);

  g_assert_nonnull (dir);
  return g_build_filename (dir, name, NULL);
}

static void
remove_temp (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  g_unlink (path);
  g_rmdir (dir);
}

/* @n random lines, sorted by year as an extract is, and their CSV. */
static Line *
random_lines (guint     n,
              GString  *csv)
{
  Line *lines = g_new0 (Line, n);
  GRand *rand = g_rand_new_with_seed (20240101);

  g_string_append (csv, HEADER);
  for (guint i = 0; i < n; i++)
    {
      Line *line = &lines[i];
      static const char *const regions[] = { "0301", "1101", "040200", "5618", "3", "0402" };
      static const char *const functions[] = { "100", "120", "201", "", "8999", "0", "202" };
      static const char *const arts[] = { "010", "10", "590", "600", "", "990", "001" };

      line->year = 2015 + i * 10 / n;
      g_strlcpy (line->region, regions[g_rand_int_range (rand, 0, G_N_ELEMENTS (regions))], sizeof line->region);
      g_strlcpy (line->account_class, g_rand_boolean (rand) ? "1" : "0", sizeof line->account_class);
      g_strlcpy (line->function, functions[g_rand_int_range (rand, 0, G_N_ELEMENTS (functions))], sizeof line->function);
      g_strlcpy (line->art, arts[g_rand_int_range (rand, 0, G_N_ELEMENTS (arts))], sizeof line->art);
      line->kroner = (gint64) g_rand_int_range (rand, -2000000, 2000000) * (i % 97 == 0 ? 1000000 : 1);
      if (i == 7)
        line->kroner = G_GINT64_CONSTANT (92233720368547758);
      if (i == 8)
        line->kroner = -G_GINT64_CONSTANT (92233720368547758);
      g_string_append_printf (csv, "%u,%s,%s,%s,%s,%" G_GINT64_FORMAT "\n", line->year, line->region,
                              line->account_class, line->function, line->art, line->kroner);
    }
  g_rand_free (rand);
  return lines;
}

static void
assert_lines (KommuneLedger *ledger,
              const Line    *lines,
              guint          n)
{
  g_autoptr(KommuneLedger) appended = kommune_ledger_new ();

  g_assert_cmpuint (kommune_ledger_get_n_lines (ledger), ==, n);
  for (guint i = 0; i < n; i++)
    {
      guint year;
      const char *region, *account_class, *function, *art;
      gint64 amount;

      g_assert_true (kommune_ledger_get_line (ledger, i, &year, &region, &account_class, &function, &art, &amount));
      g_assert_cmpuint (year, ==, lines[i].year);
      g_assert_cmpstr (region, ==, lines[i].region);
      g_assert_cmpstr (account_class, ==, lines[i].account_class);
      g_assert_cmpstr (function, ==, lines[i].function);
      g_assert_cmpstr (art, ==, lines[i].art);
      g_assert_cmpint (amount, ==, lines[i].kroner * 100);
      g_assert_true (kommune_ledger_append (appended, lines[i].year, lines[i].region, lines[i].account_class,
                                            lines[i].function, lines[i].art, lines[i].kroner * 100, NULL));
    }
  g_assert_false (kommune_ledger_get_line (ledger, n, NULL, NULL, NULL, NULL, NULL, NULL));

  /* The ids are those of appending line by line: first seen, first. */
  g_assert_cmpuint (ledger->n_years, ==, appended->n_years);
  g_assert_cmpmem (ledger->years, ledger->n_years * 2, appended->years, appended->n_years * 2);
  g_assert_cmpuint (ledger->regions.codes->len, ==, appended->regions.codes->len);
  g_assert_cmpuint (ledger->functions.codes->len, ==, appended->functions.codes->len);
  g_assert_cmpuint (ledger->arts.codes->len, ==, appended->arts.codes->len);
  if (n > 0)
    {
      g_assert_cmpmem (ledger->region, n * 2, appended->region, n * 2);
      g_assert_cmpmem (ledger->function, n * 2, appended->function, n * 2);
      g_assert_cmpmem (ledger->art, n * 2, appended->art, n * 2);
      g_assert_cmpmem (ledger->year, n, appended->year, n);
    }
}

static void
test_append (void)
{
  g_autoptr(KommuneLedger) ledger = kommune_ledger_new ();
  g_autoptr(GError) error = NULL;
  const char *region, *function, *art, *account_class;
  guint year, n_lines = 99;
  gint64 amount;

  g_assert_cmpuint (kommune_ledger_get_n_lines (ledger), ==, 0);
  g_assert_true (kommune_ledger_append (ledger, 2019, "040200", "1", "120", "010", 3632800000, &error));
  g_assert_no_error (error);
  g_assert_true (kommune_ledger_append (ledger, 2019, "040200", "0", "", "", -5, &error));
  g_assert_true (kommune_ledger_append (ledger, 2020, "0402", "1", "120", "10", 0, &error));
  g_assert_cmpuint (kommune_ledger_get_n_lines (ledger), ==, 3);
  g_object_get (ledger, "n-lines", &n_lines, NULL);
  g_assert_cmpuint (n_lines, ==, 3);

  g_assert_true (kommune_ledger_get_line (ledger, 2, &year, &region, &account_class, &function, &art, &amount));
  g_assert_cmpuint (year, ==, 2020);
  g_assert_cmpstr (region, ==, "0402");
  g_assert_cmpstr (account_class, ==, "1");
  g_assert_cmpstr (function, ==, "120");
  g_assert_cmpstr (art, ==, "10");
  g_assert_cmpint (amount, ==, 0);

  /* Dictionaries: one id per code, leading zeros kept apart. */
  g_assert_cmpuint (ledger->n_years, ==, 2);
  g_assert_cmpuint (ledger->regions.codes->len, ==, 2);
  g_assert_cmpuint (ledger->functions.codes->len, ==, 2);
  g_assert_cmpuint (ledger->arts.codes->len, ==, 3);
  g_assert_cmpuint (ledger->function[0], ==, ledger->function[2]);
  g_assert_cmpuint (ledger->art[0], !=, ledger->art[2]);
  g_assert_cmpuint (ledger->year[0], ==, ledger->year[1]);
}

static void
test_append_refusals (void)
{
  g_autoptr(KommuneLedger) ledger = kommune_ledger_new ();
  struct { guint year; const char *region, *account_class, *function, *art; gint code; } cases[] = {
    { 999, "0301", "1", "120", "010", KOMMUNE_ERROR_INVALID_PERIOD },
    { 10000, "0301", "1", "120", "010", KOMMUNE_ERROR_INVALID_PERIOD },
    { 2019, "", "1", "120", "010", KOMMUNE_ERROR_INVALID_CODE },
    { 2019, "0301000", "1", "120", "010", KOMMUNE_ERROR_INVALID_CODE },
    { 2019, "03a1", "1", "120", "010", KOMMUNE_ERROR_INVALID_CODE },
    { 2019, "0301", "11", "120", "010", KOMMUNE_ERROR_INVALID_CODE },
    { 2019, "0301", "x", "120", "010", KOMMUNE_ERROR_INVALID_CODE },
    { 2019, "0301", "1", "12345", "010", KOMMUNE_ERROR_INVALID_CODE },
    { 2019, "0301", "1", "120", "0100", KOMMUNE_ERROR_INVALID_CODE },
    { 2019, "0301", "1", "120", " 10", KOMMUNE_ERROR_INVALID_CODE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (kommune_ledger_append (ledger, cases[i].year, cases[i].region, cases[i].account_class,
                                             cases[i].function, cases[i].art, 1, &error));
      g_assert_error (error, KOMMUNE_ERROR, cases[i].code);
    }
  /* Nothing of a refused line stays: no line, no code. */
  g_assert_cmpuint (kommune_ledger_get_n_lines (ledger), ==, 0);
  g_assert_cmpuint (ledger->n_years, ==, 0);
  g_assert_cmpuint (ledger->regions.codes->len, ==, 0);
  g_assert_cmpuint (ledger->functions.codes->len, ==, 0);
  g_assert_cmpuint (ledger->arts.codes->len, ==, 0);
}

/* Loads @n random lines from a file and from bytes; large @n runs
 * several chunks in parallel. */
static void
check_load_csv (guint n)
{
  g_autoptr(GString) csv = g_string_new (NULL);
  g_autofree Line *lines = random_lines (n, csv);
  g_autofree char *path = temp_path ("ledger.csv");
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneLedger) from_file = NULL, from_bytes = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new (csv->str, csv->len);

  g_assert_true (g_file_set_contents (path, csv->str, (gssize) csv->len, &error));
  from_file = kommune_ledger_load_csv (path, &error);
  g_assert_no_error (error);
  assert_lines (from_file, lines, n);
  from_bytes = kommune_ledger_load_csv_from_bytes (bytes, "memory", &error);
  g_assert_no_error (error);
  assert_lines (from_bytes, lines, n);
  remove_temp (path);
}

static void
test_load_csv_small (void)
{
  g_autoptr(GError) error = NULL;
  static const char text[] = HEADER "2015,0301,0,121,020,2623771\n" "2024,5618,1,899,990,-17\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, strlen (text));
  g_autoptr(KommuneLedger) ledger = kommune_ledger_load_csv_from_bytes (bytes, NULL, &error);
  const Line expected[] = {
    { 2015, "0301", "0", "121", "020", 2623771 },
    { 2024, "5618", "1", "899", "990", -17 },
  };

  g_assert_no_error (error);
  assert_lines (ledger, expected, 2);
  check_load_csv (1000);
}

static void
test_load_csv_parallel (void)
{
  g_autoptr(GString) csv = g_string_new (NULL);
  g_autofree Line *lines = random_lines (250000, csv);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneLedger) ledger = NULL;

  /* About 6 MB: several chunks on any machine with more than one core. */
  check_load_csv (250000);

  /* A bad line in the last chunk only, then in the first too: the first
   * bad line of the file is the one named. */
  g_string_append (csv, "2019,0402,1,120,01x,1\n");
  bytes = g_bytes_new (csv->str, csv->len);
  ledger = kommune_ledger_load_csv_from_bytes (bytes, "late", &error);
  g_assert_null (ledger);
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_assert_cmpstr (error->message, ==, "late: line 250002: art: “01x” is not a number");
  g_clear_error (&error);
  g_clear_pointer (&bytes, g_bytes_unref);
  memcpy (strchr (csv->str + strlen (HEADER) + 1000, '\n') + 1, "20X9", 4);
  bytes = g_bytes_new (csv->str, csv->len);
  ledger = kommune_ledger_load_csv_from_bytes (bytes, "early", &error);
  g_assert_null (ledger);
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_assert_true (g_str_has_prefix (error->message, "early: line "));
  g_assert_nonnull (strstr (error->message, ": year: “20X9"));
  g_assert_cmpuint (g_ascii_strtoull (error->message + strlen ("early: line "), NULL, 10), <, 100);
}

static void
test_round_trip (void)
{
  g_autoptr(GString) csv = g_string_new (NULL);
  g_autofree Line *lines = random_lines (5000, csv);
  g_autoptr(GBytes) bytes = g_bytes_new (csv->str, csv->len);
  g_autofree char *path = temp_path ("saved.csv");
  g_autofree char *saved = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneLedger) ledger = kommune_ledger_load_csv_from_bytes (bytes, NULL, &error);
  g_autoptr(KommuneLedger) again = NULL;
  gsize length;

  g_assert_no_error (error);
  g_assert_true (kommune_ledger_save_csv (ledger, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &saved, &length, NULL));
  g_assert_cmpmem (saved, length, csv->str, csv->len);
  again = kommune_ledger_load_csv (path, &error);
  g_assert_no_error (error);
  assert_lines (again, lines, 5000);

  /* An empty ledger saves as the header alone, which loads empty. */
  g_clear_object (&again);
  g_clear_object (&ledger);
  ledger = kommune_ledger_new ();
  g_assert_true (kommune_ledger_save_csv (ledger, path, &error));
  g_clear_pointer (&saved, g_free);
  g_assert_true (g_file_get_contents (path, &saved, NULL, NULL));
  g_assert_cmpstr (saved, ==, HEADER);
  again = kommune_ledger_load_csv (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kommune_ledger_get_n_lines (again), ==, 0);

  /* Øre the format cannot hold: refused, and the file left as it was. */
  g_assert_true (kommune_ledger_append (ledger, 2019, "0402", "1", "120", "010", 150, NULL));
  g_assert_false (kommune_ledger_save_csv (ledger, path, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_assert_nonnull (strstr (error->message, "ledger line 1: amount: 150 øre is not whole kroner"));
  g_clear_pointer (&saved, g_free);
  g_assert_true (g_file_get_contents (path, &saved, NULL, NULL));
  g_assert_cmpstr (saved, ==, HEADER);
  remove_temp (path);
}

/* 65536 codes of a column fit, one more does not, whether the chunk that
 * meets it is alone or the merge of chunks does. */
static void
check_codes (guint        n_lines,
             guint        n_codes,
             const char  *expected)
{
  g_autoptr(GString) csv = g_string_new (HEADER);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneLedger) ledger = NULL;

  for (guint i = 0; i < n_lines; i++)
    g_string_append_printf (csv, "2019,%06u,1,120,010,1\n", i % n_codes);
  bytes = g_string_free_to_bytes (g_steal_pointer (&csv));
  ledger = kommune_ledger_load_csv_from_bytes (bytes, "many", &error);
  if (expected == NULL)
    {
      g_assert_no_error (error);
      g_assert_cmpuint (ledger->regions.codes->len, ==, n_codes);
    }
  else
    {
      g_assert_null (ledger);
      g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_OVERFLOW);
      g_assert_cmpstr (error->message, ==, expected);
    }
}

static void
test_too_many_codes (void)
{
  const char *expected = "many: line 65538: municipality: a ledger holds at most 65536 different region codes";

  check_codes (65536 * 2, 65536, NULL);
  check_codes (65537, 65537, expected);     /* one chunk (1.4 MB) meets it */
  check_codes (100000, 100000, expected);   /* two chunks of 50000 codes: the merge */
  check_codes (300000, 300000, expected);   /* the first of two chunks meets it */
}

static void
test_load_errors (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneLedger) ledger = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-ledger-XXXXXX", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.csv", NULL);

  ledger = kommune_ledger_load_csv (missing, &error);
  g_assert_null (ledger);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_clear_error (&error);
  ledger = kommune_ledger_load_csv (dir, &error);
  g_assert_null (ledger);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR);
  g_rmdir (dir);
}

/* SSB's real file: every record a line, the totals from the text. */
static void
test_load_accounts (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "kostra", "0A_V2019_K4_R040200_OK.dat", NULL);
  const char *paths[] = { path, path, NULL };
  g_autofree char *text = NULL;
  g_auto(GStrv) rows = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneLedger) ledger = NULL;
  gint64 total = 0, operating = 0, ledger_total = 0, ledger_operating = 0;
  guint n_records = 0, n_zero = 0, ledger_zero = 0;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  rows = g_strsplit (text, "\n", -1);
  for (guint i = 0; rows[i] != NULL; i++)
    {
      g_autofree char *amount = NULL;
      gint64 thousands;

      g_strchomp (rows[i]);
      if (strlen (rows[i]) != 48)
        continue;
      amount = g_strndup (rows[i] + 39, 9);
      thousands = g_ascii_strtoll (g_strstrip (amount), NULL, 10);
      n_records++;
      total += thousands;
      n_zero += thousands == 0;
      if (rows[i][31] == '1')
        operating += thousands;
    }
  g_assert_cmpuint (n_records, >, 1000);

  ledger = kommune_ledger_load_accounts (paths, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kommune_ledger_get_n_lines (ledger), ==, 2 * n_records);
  for (guint i = 0; i < 2 * n_records; i++)
    {
      guint year;
      const char *region, *account_class, *function, *art;
      gint64 amount;

      g_assert_true (kommune_ledger_get_line (ledger, i, &year, &region, &account_class, &function, &art, &amount));
      g_assert_cmpuint (year, ==, 2019);
      g_assert_cmpstr (region, ==, "040200");
      g_assert_cmpuint (strlen (function), ==, 3);
      g_assert_cmpuint (strlen (art), ==, 3);
      g_assert_cmpint (amount % 100000, ==, 0);
      ledger_total += amount;
      ledger_zero += amount == 0;
      if (account_class[0] == '1')
        ledger_operating += amount;
    }
  g_assert_cmpint (ledger_total, ==, 2 * total * 100000);
  g_assert_cmpint (ledger_operating, ==, 2 * operating * 100000);
  g_assert_cmpuint (ledger_zero, ==, 2 * n_zero);

  /* A file that is not there: the error of the accounts file's loader. */
  {
    const char *bad[] = { path, "/nonexistent/file.dat", NULL };
    g_autoptr(KommuneLedger) none = NULL;

    g_clear_error (&error);
    none = kommune_ledger_load_accounts (bad, &error);
    g_assert_null (none);
    g_assert_nonnull (error);
  }
}

typedef struct
{
  GCancellable *cancellable;
  double        last;
  guint         calls;
  gboolean      cancel_at_first;
} Progress;

static void
on_progress (goffset  current,
             goffset  total,
             gpointer user_data)
{
  Progress *progress = user_data;
  double fraction = (double) current / (double) total;

  g_assert_cmpfloat (fraction, >=, progress->last);
  g_assert_cmpfloat (fraction, <=, 1.0);
  progress->last = fraction;
  progress->calls++;
  if (progress->cancel_at_first)
    g_cancellable_cancel (progress->cancellable);
}

static void
test_progress_and_cancel (void)
{
  g_autoptr(GString) csv = g_string_new (NULL);
  g_autofree Line *lines = random_lines (400000, csv);
  g_autofree char *path = temp_path ("big.csv");
  g_autofree char *accounts = g_test_build_filename (G_TEST_DIST, "data", "kostra", "0A_V2019_K4_R040200_OK.dat", NULL);
  const char *paths[] = { accounts, accounts, accounts, NULL };
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneLedger) ledger = NULL;
  Progress progress = { cancellable, 0, 0, FALSE };

  g_assert_true (g_file_set_contents (path, csv->str, (gssize) csv->len, NULL));
  ledger = kommune_ledger_load_csv_full (path, cancellable, on_progress, &progress, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kommune_ledger_get_n_lines (ledger), ==, 400000);
  g_assert_cmpuint (progress.calls, >=, 1);
  g_assert_cmpfloat (progress.last, ==, 1.0);
  g_clear_object (&ledger);

  progress = (Progress) { cancellable, 0, 0, TRUE };
  ledger = kommune_ledger_load_csv_full (path, cancellable, on_progress, &progress, &error);
  g_assert_null (ledger);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);

  /* Cancelled before it starts. */
  ledger = kommune_ledger_load_csv_full (path, cancellable, NULL, NULL, &error);
  g_assert_null (ledger);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);

  /* Accounts files: a call after each file, cancelled after the first. */
  g_cancellable_reset (cancellable);
  progress = (Progress) { cancellable, 0, 0, FALSE };
  ledger = kommune_ledger_load_accounts_full (paths, cancellable, on_progress, &progress, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (progress.calls, ==, 3);
  g_assert_cmpfloat (progress.last, ==, 1.0);
  g_clear_object (&ledger);
  progress = (Progress) { cancellable, 0, 0, TRUE };
  ledger = kommune_ledger_load_accounts_full (paths, cancellable, on_progress, &progress, &error);
  g_assert_null (ledger);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (progress.calls, ==, 1);
  remove_temp (path);
}

static void
on_loaded (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  KommuneLedger **ledger = user_data;
  g_autoptr(GError) error = NULL;

  *ledger = kommune_ledger_load_csv_finish (result, &error);
  g_assert_no_error (error);
}

static void
test_async (void)
{
  g_autoptr(GString) csv = g_string_new (NULL);
  g_autofree Line *lines = random_lines (3000, csv);
  g_autofree char *path = temp_path ("async.csv");
  g_autoptr(KommuneLedger) ledger = NULL;

  g_assert_true (g_file_set_contents (path, csv->str, (gssize) csv->len, NULL));
  kommune_ledger_load_csv_async (path, NULL, on_loaded, &ledger);
  while (ledger == NULL)
    g_main_context_iteration (NULL, TRUE);
  assert_lines (ledger, lines, 3000);
  remove_temp (path);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Kommune/Ledger/append", test_append);
  g_test_add_func ("/Kommune/Ledger/append-refusals", test_append_refusals);
  g_test_add_func ("/Kommune/Ledger/load-csv-small", test_load_csv_small);
  g_test_add_func ("/Kommune/Ledger/load-csv-parallel", test_load_csv_parallel);
  g_test_add_func ("/Kommune/Ledger/round-trip", test_round_trip);
  g_test_add_func ("/Kommune/Ledger/load-errors", test_load_errors);
  g_test_add_func ("/Kommune/Ledger/too-many-codes", test_too_many_codes);
  g_test_add_func ("/Kommune/Ledger/load-accounts", test_load_accounts);
  g_test_add_func ("/Kommune/Ledger/progress-and-cancel", test_progress_and_cancel);
  g_test_add_func ("/Kommune/Ledger/async", test_async);

  return g_test_run ();
}
