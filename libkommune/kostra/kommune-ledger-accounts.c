/* kommune-ledger-accounts.c: a ledger of the records of SSB's accounts
 * files
 *
 * An accounts file is read with the accounts file's own loader, and each
 * of its records becomes a ledger line as the file holds it. It is apart
 * from the CSV reader because it is another format, one read through the
 * accounts file's types.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "kommune-error.h"
#include "kostra/kommune-accounts-amount-private.h"
#include "kostra/kommune-accounts-file-private.h"
#include "kostra/kommune-ledger-private.h"
#include "core/kommune-i18n-private.h"

/* The field at @at of @width bytes without the blanks around it. */
static const char *
trimmed (const char *record,
         guint       at,
         guint       width,
         gsize      *length)
{
  const char *from = record + at, *to = record + at + width;

  while (from < to && from[0] == ' ')
    from++;
  while (to > from && to[-1] == ' ')
    to--;
  *length = (gsize) (to - from);
  return from;
}

/* Appends the records of @file; a refused record leaves the ledger with
 * the lines appended so far, which the caller drops. */
static gboolean
append_file (KommuneLedger        *self,
             KommuneAccountsFile  *file,
             const char           *path,
             GError              **error)
{
  KommuneAccountsLines *lines = _kommune_accounts_file_get_lines (file);
  const KommuneAccountsLine *line;
  guint n_lines = 0;

  line = _kommune_accounts_lines_get (lines, &n_lines);
  if (!_kommune_ledger_reserve (self, n_lines, error))
    return FALSE;
  for (guint i = 0; i < n_lines; i++)
    {
      const char *text = line[i].text, *code;
      GError *local_error = NULL;
      const char *field = "year";
      guint year = 0;
      gboolean digits = TRUE;
      guint8 year_id;
      guint16 region, function, art;
      gint32 thousands = 0;
      gsize length;

      /* A ledger holds numbers an analysis trusts: a line that is no
       * record, or an amount SSB's control 014 refuses, fails the load
       * rather than vanish or count as 0. */
      if (!_kommune_accounts_line_is_record (&line[i]))
        {
          field = "record";
          local_error = g_error_new (KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ACCOUNTS,
                                     memchr (text, '\t', line[i].length) != NULL
                                     ? _("a TAB in the line, which a record may not hold (SSB's control 001)")
                                     : _("%u bytes, not a record of %u (SSB's control 001)"),
                                     line[i].length, KOMMUNE_ACCOUNTS_RECORD_LENGTH);
          goto failed;
        }

      for (guint k = 0; k < KOMMUNE_ACCOUNTS_YEAR_WIDTH; k++)
        {
          digits &= g_ascii_isdigit (text[KOMMUNE_ACCOUNTS_YEAR_AT + k]);
          year = year * 10 + (guint) (text[KOMMUNE_ACCOUNTS_YEAR_AT + k] - '0');
        }
      /* The year as written, not the number its digits happen to make. */
      if (!digits)
        {
          g_autofree char *written = g_strndup (text + KOMMUNE_ACCOUNTS_YEAR_AT, KOMMUNE_ACCOUNTS_YEAR_WIDTH);
          g_autofree char *shown = g_utf8_make_valid (written, -1);

          local_error = g_error_new (KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_PERIOD,
                                     _("“%s” is not a year of four digits"), shown);
          goto failed;
        }
      if (!_kommune_ledger_year_id (self, year, &year_id, &local_error))
        goto failed;
      field = "region";
      code = trimmed (text, KOMMUNE_ACCOUNTS_REGION_AT, KOMMUNE_ACCOUNTS_REGION_WIDTH, &length);
      if (!_kommune_ledger_dict_intern (&self->regions, code, length, &region, &local_error))
        goto failed;
      field = "account class";
      if (!g_ascii_isdigit (text[KOMMUNE_ACCOUNTS_CLASS_AT]))
        {
          local_error = g_error_new (KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_CODE,
                                     _("“%c” is not an account class (one digit)"),
                                     /* A message is UTF-8: no byte of a Latin-1 letter. */
                                     g_ascii_isprint (text[KOMMUNE_ACCOUNTS_CLASS_AT]) ? text[KOMMUNE_ACCOUNTS_CLASS_AT] : '?');
          goto failed;
        }
      field = "function";
      code = trimmed (text, KOMMUNE_ACCOUNTS_FUNCTION_AT, KOMMUNE_ACCOUNTS_FUNCTION_WIDTH, &length);
      if (!_kommune_ledger_dict_intern (&self->functions, code, length, &function, &local_error))
        goto failed;
      field = "art";
      code = trimmed (text, KOMMUNE_ACCOUNTS_ART_AT, KOMMUNE_ACCOUNTS_ART_WIDTH, &length);
      if (!_kommune_ledger_dict_intern (&self->arts, code, length, &art, &local_error))
        goto failed;
      field = "amount";
      if (!_kommune_accounts_parse_amount (text + KOMMUNE_ACCOUNTS_AMOUNT_AT, &thousands))
        {
          g_autofree char *written = g_strndup (text + KOMMUNE_ACCOUNTS_AMOUNT_AT, KOMMUNE_ACCOUNTS_AMOUNT_WIDTH);
          g_autofree char *shown = g_utf8_make_valid (written, -1);

          local_error = g_error_new (KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ACCOUNTS,
                                     _("“%s” is not a right-justified whole number of 1000 kr (SSB's control 014)"),
                                     shown);
          goto failed;
        }

      _kommune_ledger_append_ids (self, year_id, region, (guint8) text[KOMMUNE_ACCOUNTS_CLASS_AT],
                                  function, art, (gint64) thousands * KOMMUNE_ACCOUNTS_ORE_PER_UNIT);
      continue;

    failed:
      g_set_error (error, local_error->domain, local_error->code, _("%s: line %u: %s: %s"),
                   path, line[i].number, field, local_error->message);
      g_error_free (local_error);
      return FALSE;
    }
  return TRUE;
}

/**
 * kommune_ledger_load_accounts:
 * @paths: (array zero-terminated=1) (element-type filename): the accounts
 *   files
 * @error: return location for a #GError, or %NULL
 *
 * Loads the records of KOSTRA accounts files into a new ledger; see
 * kommune_ledger_load_accounts_full().
 *
 * Returns: (transfer full): a new #KommuneLedger, or %NULL with @error set
 *
 * Since: 0.1
 */
KommuneLedger *
kommune_ledger_load_accounts (const char * const  *paths,
                              GError             **error)
{
  g_return_val_if_fail (paths != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return kommune_ledger_load_accounts_full (paths, NULL, NULL, NULL, error);
}

/**
 * kommune_ledger_load_accounts_full:
 * @paths: (array zero-terminated=1) (element-type filename): the accounts
 *   files
 * @cancellable: (nullable): a #GCancellable, or %NULL
 * @progress: (nullable) (scope call) (closure progress_data): called
 *   after each file with the number of files read and of @paths, or %NULL
 * @progress_data: data for @progress
 * @error: return location for a #GError, or %NULL
 *
 * Loads the records of KOSTRA accounts files (SSB's 48-character
 * “Regnskap” lines, as kommune_accounts_file_load() reads them) into a new
 * ledger, file after file, each file's records in the order it holds
 * them: the year and region of the record (the region as the file writes
 * it, such as `040200`), its account class, its function and art without
 * the blanks around them, and its amount in øre (the file's 1000 kr ×
 * 100000). Amounts of zero are kept.
 *
 * The numbers of a ledger are what an analysis trusts, so what SSB's
 * controls 001 and 014 refuse fails the load rather than vanish or count
 * as zero: a line that is not a record (of another length, or with a TAB)
 * and an amount that is not a right-justified whole number fail with
 * %KOMMUNE_ERROR_INVALID_ACCOUNTS, and a record whose year, region, class,
 * function or art is not digits with the file, line and field; so does a
 * file that cannot be loaded. Run kommune_accounts_file_validate() on such
 * a file to see all that is wrong with it. A failed
 * or cancelled (%G_IO_ERROR_CANCELLED) load gives no ledger.
 *
 * Returns: (transfer full): a new #KommuneLedger, or %NULL with @error set
 *
 * Since: 0.1
 */
KommuneLedger *
kommune_ledger_load_accounts_full (const char * const         *paths,
                                   GCancellable               *cancellable,
                                   GFileProgressCallback       progress,
                                   gpointer                    progress_data,
                                   GError                    **error)
{
  g_autoptr(KommuneLedger) self = NULL;
  guint n_paths;

  g_return_val_if_fail (paths != NULL, NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = kommune_ledger_new ();
  n_paths = g_strv_length ((char **) paths);
  for (guint k = 0; k < n_paths; k++)
    {
      g_autoptr(KommuneAccountsFile) file = NULL;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;
      file = kommune_accounts_file_load (paths[k], error);
      if (file == NULL || !append_file (self, file, paths[k], error))
        return NULL;
      if (progress != NULL)
        progress ((goffset) k + 1, (goffset) n_paths, progress_data);
    }
  return g_steal_pointer (&self);
}
