/* kommune-ledger.h: KOSTRA accounts lines of many municipalities and
 * years, in memory
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

G_END_DECLS
