/* kommune-ledger-column.c: the names of a ledger's columns
 *
 * Apart from the table and its rows, which both name columns: one home
 * for the spelling of each name.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "kommune-error.h"
#include "analysis/kommune-ledger-column-private.h"
#include "core/kommune-i18n-private.h"

static const char * const column_names[KOMMUNE_LEDGER_N_COLUMNS] = {
  "year", "region", "account_class", "function", "art",
};

gint
_kommune_ledger_column_from_name (const char  *name,
                                  GError     **error)
{
  for (guint i = 0; i < KOMMUNE_LEDGER_N_COLUMNS; i++)
    if (name != NULL && strcmp (name, column_names[i]) == 0)
      return (gint) i;
  g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
               _("“%s” is no column of a ledger: year, region, account_class, function or art"),
               name != NULL ? name : "(null)");
  return -1;
}

const char *
_kommune_ledger_column_name (KommuneLedgerColumn column)
{
  return column_names[column];
}

