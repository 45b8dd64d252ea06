/* kommune-tool-ledger.c: loads the files of a command line into one
 * ledger. A file named *.csv, or one that begins with the ledger CSV's
 * header (`year,`), is a ledger CSV; any other is an SSB accounts file.
 * The accounts files load together, in one call, so that SSB's checks
 * see them as the loader does; the lines of the other ledgers are then
 * appended to the first.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <stdio.h>
#include <string.h>

#include "kommune-tool-ledger.h"

gboolean
kommune_tool_is_ledger_csv (const char *path)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);
  char head[5] = { 0 };
  FILE *file;
  size_t n = 0;

  if (g_str_has_suffix (lower, ".csv"))
    return TRUE;
  /* Only a regular file is opened: a FIFO would be waited for. The
   * loader then says what is wrong with anything else. */
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    return FALSE;
  file = fopen (path, "rb");
  if (file == NULL)
    return FALSE;
  n = fread (head, 1, sizeof head, file);
  fclose (file);
  return n == sizeof head && memcmp (head, "year,", sizeof head) == 0;
}

static gboolean
append_ledger (KommuneLedger  *into,
               KommuneLedger  *from,
               GError        **error)
{
  guint n = kommune_ledger_get_n_lines (from);

  for (guint i = 0; i < n; i++)
    {
      guint year;
      const char *region, *account_class, *function, *art;
      gint64 amount;

      kommune_ledger_get_line (from, i, &year, &region, &account_class, &function, &art, &amount);
      if (!kommune_ledger_append (into, year, region, account_class, function, art, amount, error))
        return FALSE;
    }
  return TRUE;
}

/* Returns the ledger of @paths, or NULL with @error and, in
 * @failed_path, the file it is about. */
KommuneLedger *
kommune_tool_load_ledger (const char * const  *paths,
                          char               **failed_path,
                          GError             **error)
{
  g_autoptr(GPtrArray) accounts = g_ptr_array_new ();
  g_autoptr(KommuneLedger) ledger = NULL;

  for (gsize k = 0; paths[k] != NULL; k++)
    {
      g_autoptr(KommuneLedger) csv = NULL;

      if (!kommune_tool_is_ledger_csv (paths[k]))
        {
          g_ptr_array_add (accounts, (gpointer) paths[k]);
          continue;
        }
      csv = kommune_ledger_load_csv (paths[k], error);
      if (csv == NULL || (ledger != NULL && !append_ledger (ledger, csv, error)))
        {
          *failed_path = g_strdup (paths[k]);
          return NULL;
        }
      if (ledger == NULL)
        ledger = g_steal_pointer (&csv);
    }
  if (accounts->len > 0)
    {
      g_autoptr(KommuneLedger) loaded = NULL;

      g_ptr_array_add (accounts, NULL);
      loaded = kommune_ledger_load_accounts ((const char * const *) accounts->pdata, error);
      if (loaded == NULL || (ledger != NULL && !append_ledger (ledger, loaded, error)))
        {
          /* The loader names the file that failed first in its message. */
          *failed_path = g_strdup (accounts->pdata[0]);
          for (guint k = 0; k + 1 < accounts->len; k++)
            if (loaded == NULL && error != NULL && *error != NULL &&
                g_str_has_prefix ((*error)->message, accounts->pdata[k]))
              {
                g_free (*failed_path);
                *failed_path = g_strdup (accounts->pdata[k]);
              }
          return NULL;
        }
      if (ledger == NULL)
        ledger = g_steal_pointer (&loaded);
    }
  return g_steal_pointer (&ledger);
}
