/* test-limits.c: the limits doc/limits.md lists, each at the limit
 * (accepted) and one past it (refused with the documented error)
 *
 * The file size caps are checked before a byte is read, so one past each
 * cap is a sparse file that costs no disk and no memory. At the cap, the
 * document's 16 MiB are read for real; the accounts file's 1 GiB and the
 * ledger CSV's 4 GiB would cost that much memory, so their boundary is
 * proven on the one check every loader shares, with a small cap.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include <libkommune.h>

#include "core/kommune-file-private.h"
#include "document/kommune-json-scan-private.h"

/* A file of @size zero bytes, sparse: no disk is used. */
static char *
sparse_file (const char *dir,
             const char *name,
             guint64     size)
{
  char *path = g_build_filename (dir, name, NULL);
  int fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC, 0644);

  g_assert_cmpint (fd, >=, 0);
  if (ftruncate (fd, (off_t) size) != 0)
    g_error ("cannot make a sparse file of %" G_GUINT64_FORMAT " bytes", size);
  close (fd);
  return path;
}

static void
assert_too_large (const GError *error,
                  int           code,
                  guint64       size,
                  guint64       max_size)
{
  g_autofree char *expected = g_strdup_printf ("the file is too large: %" G_GUINT64_FORMAT " bytes, at most %" G_GUINT64_FORMAT,
                                               size, max_size);

  g_assert_error (error, KOMMUNE_ERROR, code);
  if (strstr (error->message, expected) == NULL)
    g_error ("“%s” does not say “%s”", error->message, expected);
}

static void
test_check_size (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (_kommune_file_check_size ("a.json", 100, 100, KOMMUNE_ERROR_INVALID_DOCUMENT, &error));
  g_assert_no_error (error);
  g_assert_false (_kommune_file_check_size ("a.json", 101, 100, KOMMUNE_ERROR_INVALID_DOCUMENT, &error));
  assert_too_large (error, KOMMUNE_ERROR_INVALID_DOCUMENT, 101, 100);
  g_assert_true (g_str_has_prefix (error->message, "a.json: "));
  g_clear_error (&error);
  g_assert_true (_kommune_file_check_size ("big.csv", KOMMUNE_FILE_MAX_LEDGER_CSV, KOMMUNE_FILE_MAX_LEDGER_CSV,
                                           KOMMUNE_ERROR_INVALID_ARGUMENT, &error));
  g_assert_false (_kommune_file_check_size ("big.csv", KOMMUNE_FILE_MAX_LEDGER_CSV + 1, KOMMUNE_FILE_MAX_LEDGER_CSV,
                                            KOMMUNE_ERROR_INVALID_ARGUMENT, &error));
  assert_too_large (error, KOMMUNE_ERROR_INVALID_ARGUMENT, KOMMUNE_FILE_MAX_LEDGER_CSV + 1, KOMMUNE_FILE_MAX_LEDGER_CSV);
}

/* The read every whole-file loader goes through, with a small cap. */
static void
test_read_cap (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kommune-limits-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "file", NULL);
  g_autofree char *name = NULL;
  g_autoptr(GBytes) bytes = NULL;
  char text[101];

  memset (text, 'x', sizeof text);
  g_assert_true (g_file_set_contents (path, text, 100, &error));
  bytes = _kommune_file_read (path, 100, KOMMUNE_ERROR_INVALID_ACCOUNTS, &name, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_bytes_get_size (bytes), ==, 100);
  g_assert_cmpstr (name, ==, path);

  g_assert_true (g_file_set_contents (path, text, 101, &error));
  g_assert_null (_kommune_file_read (path, 100, KOMMUNE_ERROR_INVALID_ACCOUNTS, NULL, &error));
  assert_too_large (error, KOMMUNE_ERROR_INVALID_ACCOUNTS, 101, 100);
  g_clear_error (&error);

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_null (_kommune_file_read (path, 100, KOMMUNE_ERROR_INVALID_ACCOUNTS, NULL, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_document_size (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kommune-limits-XXXXXX", &error);
  g_autofree char *at = sparse_file (dir, "at.json", KOMMUNE_FILE_MAX_DOCUMENT);
  g_autofree char *past = sparse_file (dir, "past.json", KOMMUNE_FILE_MAX_DOCUMENT + 1);

  g_assert_cmpuint (KOMMUNE_FILE_MAX_DOCUMENT, ==, 16 * 1024 * 1024);
  /* At the cap the file is read, and refused for what it holds. */
  g_assert_null (kommune_document_load (at, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_DOCUMENT);
  g_assert_null (strstr (error->message, "too large"));
  g_assert_nonnull (strstr (error->message, "not valid JSON"));
  g_clear_error (&error);

  g_assert_null (kommune_document_load (past, &error));
  assert_too_large (error, KOMMUNE_ERROR_INVALID_DOCUMENT, KOMMUNE_FILE_MAX_DOCUMENT + 1, KOMMUNE_FILE_MAX_DOCUMENT);
  g_assert_nonnull (strstr (error->message, "past.json"));

  g_assert_cmpint (g_remove (at), ==, 0);
  g_assert_cmpint (g_remove (past), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_accounts_size (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kommune-limits-XXXXXX", &error);
  g_autofree char *past = sparse_file (dir, "past.dat", KOMMUNE_FILE_MAX_ACCOUNTS + 1);
  const char *paths[] = { past, NULL };

  g_assert_cmpuint (KOMMUNE_FILE_MAX_ACCOUNTS, ==, G_GUINT64_CONSTANT (1) << 30);
  g_assert_null (kommune_accounts_file_load (past, &error));
  assert_too_large (error, KOMMUNE_ERROR_INVALID_ACCOUNTS, KOMMUNE_FILE_MAX_ACCOUNTS + 1, KOMMUNE_FILE_MAX_ACCOUNTS);
  g_assert_nonnull (strstr (error->message, "past.dat"));
  g_clear_error (&error);
  /* The ledger reads accounts files through the same loader. */
  g_assert_null (kommune_ledger_load_accounts (paths, &error));
  assert_too_large (error, KOMMUNE_ERROR_INVALID_ACCOUNTS, KOMMUNE_FILE_MAX_ACCOUNTS + 1, KOMMUNE_FILE_MAX_ACCOUNTS);

  g_assert_cmpint (g_remove (past), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_ledger_csv_size (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kommune-limits-XXXXXX", &error);
  g_autofree char *past = sparse_file (dir, "past.csv", KOMMUNE_FILE_MAX_LEDGER_CSV + 1);

  g_assert_cmpuint (KOMMUNE_FILE_MAX_LEDGER_CSV, ==, G_GUINT64_CONSTANT (4) << 30);
  g_assert_null (kommune_ledger_load_csv (past, &error));
  assert_too_large (error, KOMMUNE_ERROR_INVALID_ARGUMENT, KOMMUNE_FILE_MAX_LEDGER_CSV + 1, KOMMUNE_FILE_MAX_LEDGER_CSV);
  g_assert_nonnull (strstr (error->message, "past.csv"));

  g_assert_cmpint (g_remove (past), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* The peak resident size of this process, in kB. */
static guint64
peak_kb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  g_assert_true (g_file_get_contents ("/proc/self/status", &status, NULL, NULL));
  line = strstr (status, "VmHWM:");
  g_assert_nonnull (line);
  return g_ascii_strtoull (line + strlen ("VmHWM:"), NULL, 10);
}

/* 3 GiB of zeros, under the cap: the header is read first, and the error
 * costs no memory. */
static void
test_ledger_csv_garbage (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kommune-limits-XXXXXX", &error);
  g_autofree char *zeros = sparse_file (dir, "zeros.csv", G_GUINT64_CONSTANT (3) << 30);
  guint64 before = peak_kb ();

  g_assert_null (kommune_ledger_load_csv (zeros, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_assert_nonnull (strstr (error->message, "zeros.csv: line 1: header: not"));
  g_assert_cmpuint (peak_kb () - before, <, 64 * 1024);

  g_assert_cmpint (g_remove (zeros), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* `[0,0,…]` of exactly KOMMUNE_JSON_MAX_VALUES values (the array is one),
 * then one more. */
static void
test_json_values (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) text = g_string_new ("[");
  g_autofree char *expected = NULL;

  g_assert_cmpuint (KOMMUNE_JSON_MAX_VALUES, ==, 1048576);
  for (guint i = 1; i < KOMMUNE_JSON_MAX_VALUES; i++)
    g_string_append (text, i == 1 ? "0" : ",0");
  g_string_append_c (text, ']');
  g_assert_true (_kommune_json_scan (text->str, (gssize) text->len, "values.json", &error));
  g_assert_no_error (error);

  g_string_truncate (text, text->len - 1);
  g_string_append (text, ",0]");
  g_assert_false (_kommune_json_scan (text->str, (gssize) text->len, "values.json", &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_DOCUMENT);
  expected = g_strdup_printf ("values.json: line 1, column %u: $[%u]: the document holds more than 1048576 values",
                              (guint) text->len - 1, KOMMUNE_JSON_MAX_VALUES - 1);
  g_assert_cmpstr (error->message, ==, expected);
}

/* 256 different years fit in a ledger, a 257th does not: from code and
 * from a CSV. */
static void
test_ledger_years (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneLedger) ledger = kommune_ledger_new ();
  g_autoptr(GString) csv = g_string_new ("year,municipality,account_class,function,art,amount\n");
  g_autoptr(KommuneLedger) loaded = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kommune-limits-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "years.csv", NULL);

  for (guint year = 1000; year < 1256; year++)
    {
      g_assert_true (kommune_ledger_append (ledger, year, "0301", "0", "100", "010", 100, &error));
      g_string_append_printf (csv, "%u,0301,0,100,010,1\n", year);
    }
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, csv->str, (gssize) csv->len, &error));
  loaded = kommune_ledger_load_csv (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kommune_ledger_get_n_lines (loaded), ==, 256);

  g_assert_false (kommune_ledger_append (ledger, 1256, "0301", "0", "100", "010", 100, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_OVERFLOW);
  g_assert_nonnull (strstr (error->message, "at most 256 different years"));
  g_clear_error (&error);
  g_assert_cmpuint (kommune_ledger_get_n_lines (ledger), ==, 256);

  g_string_append (csv, "1256,0301,0,100,010,1\n");
  g_assert_true (g_file_set_contents (path, csv->str, (gssize) csv->len, &error));
  g_assert_null (kommune_ledger_load_csv (path, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_OVERFLOW);
  g_assert_nonnull (strstr (error->message, "line 258"));
  g_assert_nonnull (strstr (error->message, "at most 256 different years"));

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Kommune/Limits/check-size", test_check_size);
  g_test_add_func ("/Kommune/Limits/read-cap", test_read_cap);
  g_test_add_func ("/Kommune/Limits/document-size", test_document_size);
  g_test_add_func ("/Kommune/Limits/accounts-size", test_accounts_size);
  g_test_add_func ("/Kommune/Limits/ledger-csv-size", test_ledger_csv_size);
  g_test_add_func ("/Kommune/Limits/ledger-csv-garbage", test_ledger_csv_garbage);
  g_test_add_func ("/Kommune/Limits/json-values", test_json_values);
  g_test_add_func ("/Kommune/Limits/ledger-years", test_ledger_years);

  return g_test_run ();
}
