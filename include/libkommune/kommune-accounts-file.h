/* kommune-accounts-file.h: SSB's KOSTRA accounts file, read and written
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(KOMMUNE_INSIDE) && !defined(KOMMUNE_COMPILATION)
# error "Only <libkommune.h> can be included directly."
#endif

#include <gio/gio.h>

#include "kommune-types.h"
#include "kommune-accounts-record.h"
#include "kommune-validation-report.h"

G_BEGIN_DECLS

#define KOMMUNE_TYPE_ACCOUNTS_FILE (kommune_accounts_file_get_type ())

KOMMUNE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (KommuneAccountsFile, kommune_accounts_file, KOMMUNE, ACCOUNTS_FILE, GObject)

KOMMUNE_AVAILABLE_IN_ALL
KommuneAccountsFile *kommune_accounts_file_new             (void) G_GNUC_WARN_UNUSED_RESULT;
KOMMUNE_AVAILABLE_IN_ALL
KommuneAccountsFile *kommune_accounts_file_load            (const char             *path,
                                                            GError                **error) G_GNUC_WARN_UNUSED_RESULT;
KOMMUNE_AVAILABLE_IN_ALL
KommuneAccountsFile *kommune_accounts_file_load_from_bytes (GBytes                 *bytes,
                                                            const char             *name,
                                                            GError                **error) G_GNUC_WARN_UNUSED_RESULT;
KOMMUNE_AVAILABLE_IN_ALL
const char          *kommune_accounts_file_get_name        (KommuneAccountsFile    *self);
KOMMUNE_AVAILABLE_IN_ALL
guint                kommune_accounts_file_get_n_lines     (KommuneAccountsFile    *self);
KOMMUNE_AVAILABLE_IN_ALL
guint                kommune_accounts_file_get_n_records   (KommuneAccountsFile    *self);
KOMMUNE_AVAILABLE_IN_ALL
GListModel          *kommune_accounts_file_get_records     (KommuneAccountsFile    *self);
KOMMUNE_AVAILABLE_IN_ALL
gboolean             kommune_accounts_file_add_record      (KommuneAccountsFile    *self,
                                                            KommuneAccountsRecord  *record,
                                                            GError                **error);
KOMMUNE_AVAILABLE_IN_ALL
GBytes              *kommune_accounts_file_to_bytes        (KommuneAccountsFile    *self) G_GNUC_WARN_UNUSED_RESULT;
KOMMUNE_AVAILABLE_IN_ALL
gboolean             kommune_accounts_file_save            (KommuneAccountsFile    *self,
                                                            const char             *path,
                                                            GError                **error);
KOMMUNE_AVAILABLE_IN_ALL
KommuneValidationReport *kommune_accounts_file_validate    (KommuneAccountsFile    *self,
                                                            const char             *skjema,
                                                            const char             *year,
                                                            guint                   quarter,
                                                            const char             *region,
                                                            const char             *orgnr,
                                                            GError                **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
