/* kommune-ledger.h: KOSTRA accounts lines of many municipalities and
 * years, in memory
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(KOMMUNE_INSIDE) && !defined(KOMMUNE_COMPILATION)
# error "Only <libkommune.h> can be included directly."
#endif

#include <gio/gio.h>

#include "kommune-types.h"

G_BEGIN_DECLS

#define KOMMUNE_TYPE_LEDGER (kommune_ledger_get_type ())

KOMMUNE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (KommuneLedger, kommune_ledger, KOMMUNE, LEDGER, GObject)

KOMMUNE_AVAILABLE_IN_ALL
KommuneLedger *kommune_ledger_new         (void) G_GNUC_WARN_UNUSED_RESULT;
KOMMUNE_AVAILABLE_IN_ALL
guint          kommune_ledger_get_n_lines (KommuneLedger  *self);
KOMMUNE_AVAILABLE_IN_ALL
gboolean       kommune_ledger_append      (KommuneLedger  *self,
                                           guint           year,
                                           const char     *region,
                                           const char     *account_class,
                                           const char     *function,
                                           const char     *art,
                                           gint64          amount,
                                           GError        **error);
KOMMUNE_AVAILABLE_IN_ALL
gboolean       kommune_ledger_get_line    (KommuneLedger  *self,
                                           guint           index,
                                           guint          *year,
                                           const char    **region,
                                           const char    **account_class,
                                           const char    **function,
                                           const char    **art,
                                           gint64         *amount);

KOMMUNE_AVAILABLE_IN_ALL
KommuneLedger *kommune_ledger_load_csv            (const char                *path,
                                                   GError                   **error) G_GNUC_WARN_UNUSED_RESULT;
KOMMUNE_AVAILABLE_IN_ALL
KommuneLedger *kommune_ledger_load_csv_from_bytes (GBytes                    *bytes,
                                                   const char                *name,
                                                   GError                   **error) G_GNUC_WARN_UNUSED_RESULT;
KOMMUNE_AVAILABLE_IN_ALL
KommuneLedger *kommune_ledger_load_csv_full       (const char                *path,
                                                   GCancellable              *cancellable,
                                                   GFileProgressCallback      progress,
                                                   gpointer                   progress_data,
                                                   GError                   **error) G_GNUC_WARN_UNUSED_RESULT;
KOMMUNE_AVAILABLE_IN_ALL
void           kommune_ledger_load_csv_async      (const char                *path,
                                                   GCancellable              *cancellable,
                                                   GAsyncReadyCallback        callback,
                                                   gpointer                   user_data);
KOMMUNE_AVAILABLE_IN_ALL
KommuneLedger *kommune_ledger_load_csv_finish     (GAsyncResult              *result,
                                                   GError                   **error) G_GNUC_WARN_UNUSED_RESULT;
KOMMUNE_AVAILABLE_IN_ALL
gboolean       kommune_ledger_save_csv            (KommuneLedger             *self,
                                                   const char                *path,
                                                   GError                   **error);
KOMMUNE_AVAILABLE_IN_ALL
KommuneLedger *kommune_ledger_load_accounts       (const char * const        *paths,
                                                   GError                   **error) G_GNUC_WARN_UNUSED_RESULT;
KOMMUNE_AVAILABLE_IN_ALL
KommuneLedger *kommune_ledger_load_accounts_full  (const char * const        *paths,
                                                   GCancellable              *cancellable,
                                                   GFileProgressCallback      progress,
                                                   gpointer                   progress_data,
                                                   GError                   **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
