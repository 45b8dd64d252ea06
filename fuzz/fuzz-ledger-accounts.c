/* fuzz-ledger-accounts.c: libFuzzer target for
 * kommune_ledger_load_accounts() and kommune_accounts_file_load()
 *
 * The loaders read paths, so each input is written to one temporary file
 * that the process reuses. What must hold: loading the file by path gives
 * what loading its bytes gives; the ledger loads exactly when every line
 * is a record whose codes and amount it can hold, and then has one line
 * per record with the record's year, its codes without blanks and its
 * amount in øre; the ledger written as CSV loads again to the same lines.
 * A refusal is a KOMMUNE_ERROR naming the file.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <libkommune.h>

#include "kostra/kommune-accounts-layout-private.h"
#include "kostra/kommune-ledger-csv-private.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static char *temporary_path;

static void
remove_temporary (void)
{
  if (temporary_path != NULL)
    g_unlink (temporary_path);
}

/* The field of @record at @at of @width bytes without blanks around it. */
static char *
field (const char *record,
       guint       at,
       guint       width)
{
  g_autofree char *copy = g_strndup (record + at, width);

  return g_strdup (g_strstrip (copy));
}

static void
check_line (KommuneLedger         *ledger,
            guint                  i,
            const char            *text,
            KommuneAccountsRecord *record)
{
  g_autofree char *region = field (text, KOMMUNE_ACCOUNTS_REGION_AT, KOMMUNE_ACCOUNTS_REGION_WIDTH);
  g_autofree char *function = field (text, KOMMUNE_ACCOUNTS_FUNCTION_AT, KOMMUNE_ACCOUNTS_FUNCTION_WIDTH);
  g_autofree char *art = field (text, KOMMUNE_ACCOUNTS_ART_AT, KOMMUNE_ACCOUNTS_ART_WIDTH);
  g_autofree char *year_text = g_strndup (text + KOMMUNE_ACCOUNTS_YEAR_AT, KOMMUNE_ACCOUNTS_YEAR_WIDTH);
  char account_class[2] = { text[KOMMUNE_ACCOUNTS_CLASS_AT], '\0' };
  const char *r, *c, *f, *a;
  guint year;
  gint64 amount;

  if (!kommune_ledger_get_line (ledger, i, &year, &r, &c, &f, &a, &amount))
    abort ();
  if (year != g_ascii_strtoull (year_text, NULL, 10) ||
      strcmp (r, region) != 0 || strcmp (c, account_class) != 0 ||
      strcmp (f, function) != 0 || strcmp (a, art) != 0 ||
      amount != kommune_accounts_record_get_amount (record))
    abort ();
}

/* The fields are taken from the input's own bytes, line by line: a
 * record's text is made valid UTF-8, which moves the bytes after a
 * Latin-1 letter. */
static void
check_lines (KommuneLedger       *ledger,
             KommuneAccountsFile *file,
             const uint8_t       *data,
             size_t               size)
{
  GListModel *records = kommune_accounts_file_get_records (file);
  guint n = g_list_model_get_n_items (records);
  const char *line = (const char *) data, *end = (const char *) data + size;
  guint line_number = 1;

  if (kommune_ledger_get_n_lines (ledger) != n ||
      n != kommune_accounts_file_get_n_lines (file))
    abort ();
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KommuneAccountsRecord) record = g_list_model_get_item (records, i);
      guint wanted = kommune_accounts_record_get_line (record);
      const char *next;

      /* Empty lines hold no record; the record says which line it is. */
      while (line < end && line_number < wanted)
        {
          next = memchr (line, '\n', (size_t) (end - line));
          line = next != NULL ? next + 1 : end;
          line_number++;
        }
      next = memchr (line, '\n', (size_t) (end - line));
      /* SSB's framing trims carriage returns at both ends of a line, so a
       * record may follow a "\r" that a "\n\r" line end left behind. */
      while (line < (next != NULL ? next : end) && *line == '\r')
        line++;
      /* Every line is a record of 48 bytes and its line end. */
      if (line_number != wanted || (next != NULL ? next : end) - line < KOMMUNE_ACCOUNTS_RECORD_LENGTH)
        abort ();
      check_line (ledger, i, line, record);
    }
}

static void
check_csv (KommuneLedger *ledger)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) written = NULL;
  g_autoptr(KommuneLedger) again = NULL;
  gsize length = 0;
  char *text = _kommune_ledger_csv_format (ledger, "fuzz", &length, &error);

  if (text == NULL)
    abort ();
  written = g_bytes_new_take (text, length);
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
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) file_error = NULL;
  g_autoptr(KommuneAccountsFile) from_bytes = NULL;
  g_autoptr(KommuneAccountsFile) from_path = NULL;
  g_autoptr(KommuneLedger) ledger = NULL;
  const char *paths[2] = { NULL, NULL };

  if (temporary_path == NULL)
    {
      int fd = g_file_open_tmp ("fuzz-ledger-accounts-XXXXXX.dat", &temporary_path, NULL);

      if (fd < 0)
        abort ();
      close (fd);
      atexit (remove_temporary);
    }
  if (!g_file_set_contents (temporary_path, (const char *) data, (gssize) size, NULL))
    abort ();
  paths[0] = temporary_path;

  from_bytes = kommune_accounts_file_load_from_bytes (bytes, temporary_path, NULL);
  from_path = kommune_accounts_file_load (temporary_path, &file_error);
  if ((from_bytes == NULL) != (from_path == NULL))
    abort ();
  if (from_path != NULL)
    {
      g_autoptr(GBytes) saved = kommune_accounts_file_to_bytes (from_path);

      if (!g_bytes_equal (saved, bytes) ||
          kommune_accounts_file_get_n_records (from_path) != kommune_accounts_file_get_n_records (from_bytes))
        abort ();
    }
  else if (file_error == NULL || file_error->domain != KOMMUNE_ERROR)
    abort ();

  ledger = kommune_ledger_load_accounts (paths, &error);
  if (ledger == NULL)
    {
      if (error == NULL || error->domain != KOMMUNE_ERROR ||
          !g_str_has_prefix (error->message, temporary_path) ||
          !g_utf8_validate (error->message, -1, NULL))
        abort ();
      return 0;
    }
  if (error != NULL || from_path == NULL)
    abort ();
  check_lines (ledger, from_path, data, size);
  check_csv (ledger);
  return 0;
}
