/* kommune-accounts-file-private.h: what validation needs of an accounts
 * file beyond its public API
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <string.h>

#include "kommune-accounts-file.h"
#include "kostra/kommune-accounts-layout-private.h"
#include "kostra/kommune-accounts-lines-private.h"

G_BEGIN_DECLS

/* Every non-empty line of the file, records and raw lines alike, with
 * their line numbers (borrowed). For a file built in code: the lines of
 * its canonical text, numbered 1…n, made when first asked for. */
KommuneAccountsLines *_kommune_accounts_file_get_lines (KommuneAccountsFile *self);

/* Whether @line is a record: exactly 48 bytes and no TAB. Any other
 * line is a raw line, which SSB's control 001 reports. */
static inline gboolean
_kommune_accounts_line_is_record (const KommuneAccountsLine *line)
{
  return line->length == KOMMUNE_ACCOUNTS_RECORD_LENGTH &&
         memchr (line->text, '\t', KOMMUNE_ACCOUNTS_RECORD_LENGTH) == NULL;
}

G_END_DECLS
