/* kommune-accounts-record.h: one record of SSB's KOSTRA accounts file
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(KOMMUNE_INSIDE) && !defined(KOMMUNE_COMPILATION)
# error "Only <libkommune.h> can be included directly."
#endif

#include <glib-object.h>

#include "kommune-types.h"

G_BEGIN_DECLS

#define KOMMUNE_TYPE_ACCOUNTS_RECORD (kommune_accounts_record_get_type ())

KOMMUNE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (KommuneAccountsRecord, kommune_accounts_record, KOMMUNE, ACCOUNTS_RECORD, GObject)

KOMMUNE_AVAILABLE_IN_ALL
KommuneAccountsRecord *kommune_accounts_record_new               (const char            *skjema,
                                                                  guint                  year,
                                                                  guint                  quarter,
                                                                  const char            *region,
                                                                  const char            *orgnr,
                                                                  const char            *foretaksnr,
                                                                  const char            *account_class,
                                                                  const char            *function,
                                                                  const char            *art,
                                                                  gint64                 amount,
                                                                  GError               **error) G_GNUC_WARN_UNUSED_RESULT;
KOMMUNE_AVAILABLE_IN_ALL
const char            *kommune_accounts_record_get_skjema        (KommuneAccountsRecord *self);
KOMMUNE_AVAILABLE_IN_ALL
guint                  kommune_accounts_record_get_year          (KommuneAccountsRecord *self);
KOMMUNE_AVAILABLE_IN_ALL
guint                  kommune_accounts_record_get_quarter       (KommuneAccountsRecord *self);
KOMMUNE_AVAILABLE_IN_ALL
const char            *kommune_accounts_record_get_region        (KommuneAccountsRecord *self);
KOMMUNE_AVAILABLE_IN_ALL
const char            *kommune_accounts_record_get_orgnr         (KommuneAccountsRecord *self);
KOMMUNE_AVAILABLE_IN_ALL
const char            *kommune_accounts_record_get_foretaksnr    (KommuneAccountsRecord *self);
KOMMUNE_AVAILABLE_IN_ALL
const char            *kommune_accounts_record_get_account_class (KommuneAccountsRecord *self);
KOMMUNE_AVAILABLE_IN_ALL
const char            *kommune_accounts_record_get_function      (KommuneAccountsRecord *self);
KOMMUNE_AVAILABLE_IN_ALL
const char            *kommune_accounts_record_get_art           (KommuneAccountsRecord *self);
KOMMUNE_AVAILABLE_IN_ALL
gboolean               kommune_accounts_record_has_amount        (KommuneAccountsRecord *self);
KOMMUNE_AVAILABLE_IN_ALL
gint64                 kommune_accounts_record_get_amount        (KommuneAccountsRecord *self);
KOMMUNE_AVAILABLE_IN_ALL
guint                  kommune_accounts_record_get_line          (KommuneAccountsRecord *self);
KOMMUNE_AVAILABLE_IN_ALL
const char            *kommune_accounts_record_get_text          (KommuneAccountsRecord *self);

G_END_DECLS
