/* kommune-accounts-record-private.h: what the accounts file needs of a
 * record beyond its public getters
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "kommune-accounts-record.h"
#include "kostra/kommune-accounts-amount-private.h"

G_BEGIN_DECLS

/* A record from the 48 bytes at @text (ISO-8859-1, not NUL-terminated,
 * with no TAB), found on line @line of its file. */
KommuneAccountsRecord *_kommune_accounts_record_new_from_line (const char            *text,
                                                               guint                  line);

/* The record's 48 bytes as in the file (ISO-8859-1, not NUL-terminated),
 * or NULL for a record made with g_object_new(), which holds no record. */
const char            *_kommune_accounts_record_get_raw       (KommuneAccountsRecord *self);

G_END_DECLS
