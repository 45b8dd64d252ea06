/* kommune-accounts-amount-private.h: the amount field of an accounts
 * record, read as SSB's program reads it
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Number of 1000 kr in an amount field; øre = thousands × this. */
#define KOMMUNE_ACCOUNTS_ORE_PER_UNIT G_GINT64_CONSTANT (100000)

/* Reads the 9 bytes of an amount field as SSB's control 014 does: the
 * pattern ^\s*-?\d+$ (\s being Java's: space, \v, \f, \r; a TAB or a line
 * end is never inside a record). On a match sets *@thousands (it always
 * fits in 32 bits: 9 characters reach 999999999) and returns TRUE. */
gboolean _kommune_accounts_parse_amount (const char *field,
                                         gint32     *thousands);

/* Reads the 9 bytes of an amount field as SSB's program reads it for its
 * sums (Kotlin's trim () then toInt ()): blanks and control characters
 * around it removed, an optional '+' or '-', digits. Also reads what
 * control 014 refuses ("1        "); FALSE where SSB counts 0. */
gboolean _kommune_accounts_read_amount  (const char *field,
                                         gint32     *thousands);

G_END_DECLS
