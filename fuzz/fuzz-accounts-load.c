/* fuzz-accounts-load.c: libFuzzer target for kommune_accounts_file_load_from_bytes()
 *
 * Any input must give a file or a GError in KOMMUNE_ERROR; a file that
 * loads must give back exactly its bytes, hold as many records as it
 * has lines of 48 bytes without a TAB, and every record must be 48
 * characters of valid UTF-8. The records, rebuilt in code, must load
 * again from their canonical text to the same records.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <libkommune.h>

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(KommuneAccountsFile) file = kommune_accounts_file_load_from_bytes (bytes, "fuzz.dat", &error);
  g_autoptr(KommuneAccountsFile) built = NULL;
  g_autoptr(KommuneAccountsFile) again = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) canonical = NULL;
  GListModel *records;
  guint n;

  if (file == NULL)
    {
      if (error == NULL || error->domain != KOMMUNE_ERROR ||
          error->code != KOMMUNE_ERROR_INVALID_ACCOUNTS)
        abort ();
      return 0;
    }

  saved = kommune_accounts_file_to_bytes (file);
  if (!g_bytes_equal (saved, bytes))
    abort ();

  records = kommune_accounts_file_get_records (file);
  n = g_list_model_get_n_items (records);
  if (n != kommune_accounts_file_get_n_records (file) || n > kommune_accounts_file_get_n_lines (file))
    abort ();

  built = kommune_accounts_file_new ();
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KommuneAccountsRecord) record = g_list_model_get_item (records, i);
      const char *text = kommune_accounts_record_get_text (record);

      if (!g_utf8_validate (text, -1, NULL) || g_utf8_strlen (text, -1) != 48 ||
          strchr (text, '\t') != NULL)
        abort ();
      if (kommune_accounts_record_get_amount (record) % 100000 != 0)
        abort ();
      /* Only a record ending in "\r" cannot be written canonically. */
      if (!kommune_accounts_file_add_record (built, record, NULL))
        {
          if (!g_str_has_suffix (text, "\r"))
            abort ();
          return 0;
        }
    }
  if (n == 0)
    return 0;

  canonical = kommune_accounts_file_to_bytes (built);
  if (g_bytes_get_size (canonical) != (gsize) n * 49)
    abort ();
  again = kommune_accounts_file_load_from_bytes (canonical, "canonical.dat", NULL);
  if (again == NULL || kommune_accounts_file_get_n_records (again) != n)
    abort ();
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KommuneAccountsRecord) a = g_list_model_get_item (records, i);
      g_autoptr(KommuneAccountsRecord) b = g_list_model_get_item (kommune_accounts_file_get_records (again), i);

      if (strcmp (kommune_accounts_record_get_text (a), kommune_accounts_record_get_text (b)) != 0 ||
          kommune_accounts_record_get_amount (a) != kommune_accounts_record_get_amount (b) ||
          kommune_accounts_record_get_line (b) != i + 1)
        abort ();
    }
  return 0;
}
