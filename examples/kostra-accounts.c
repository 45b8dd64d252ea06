/* kostra-accounts.c: a KOSTRA accounts file read record by record.
 *
 * Run in examples/data (meson test does): it reads SSB's sample file
 * 0A_V2019_K4_R040200_OK.dat there.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <locale.h>

#include <libkommune.h>

int
main (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneAccountsFile) file =
    kommune_accounts_file_load ("0A_V2019_K4_R040200_OK.dat", &error);
  GListModel *records;
  gint64 drift = 0;

  /* Characters as the locale has them (“øre”, not “?re”). */
  setlocale (LC_ALL, "");

  if (file == NULL)
    g_error ("%s", error->message);
  records = kommune_accounts_file_get_records (file);
  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(KommuneAccountsRecord) record = g_list_model_get_item (records, i);

      if (g_str_equal (kommune_accounts_record_get_account_class (record), "1"))
        drift += kommune_accounts_record_get_amount (record);
    }
  g_print ("%u records, drift %" G_GINT64_FORMAT " øre\n",
           kommune_accounts_file_get_n_records (file), drift);

  /* The sum the tests recompute from the file's own text. */
  g_assert_cmpuint (kommune_accounts_file_get_n_records (file), ==, 1644);
  return 0;
}
