/* kommune-ledger-filter.h: which lines of a ledger an aggregation reads
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(KOMMUNE_INSIDE) && !defined(KOMMUNE_COMPILATION)
# error "Only <libkommune.h> can be included directly."
#endif

#include <glib-object.h>

#include "kommune-version-macros.h"

G_BEGIN_DECLS

#define KOMMUNE_TYPE_LEDGER_FILTER (kommune_ledger_filter_get_type ())

typedef struct _KommuneLedgerFilter KommuneLedgerFilter;

KOMMUNE_AVAILABLE_IN_ALL
GType                kommune_ledger_filter_get_type            (void) G_GNUC_CONST;
KOMMUNE_AVAILABLE_IN_ALL
KommuneLedgerFilter *kommune_ledger_filter_new                 (void) G_GNUC_WARN_UNUSED_RESULT;
KOMMUNE_AVAILABLE_IN_ALL
KommuneLedgerFilter *kommune_ledger_filter_ref                 (KommuneLedgerFilter  *self);
KOMMUNE_AVAILABLE_IN_ALL
void                 kommune_ledger_filter_unref               (KommuneLedgerFilter  *self);
KOMMUNE_AVAILABLE_IN_ALL
void                 kommune_ledger_filter_set_years           (KommuneLedgerFilter  *self,
                                                                const guint          *years,
                                                                gsize                 n_years);
KOMMUNE_AVAILABLE_IN_ALL
void                 kommune_ledger_filter_set_regions         (KommuneLedgerFilter  *self,
                                                                const char * const   *regions);
KOMMUNE_AVAILABLE_IN_ALL
void                 kommune_ledger_filter_set_account_classes (KommuneLedgerFilter  *self,
                                                                const char * const   *account_classes);
KOMMUNE_AVAILABLE_IN_ALL
void                 kommune_ledger_filter_set_functions       (KommuneLedgerFilter  *self,
                                                                const char * const   *functions);
KOMMUNE_AVAILABLE_IN_ALL
void                 kommune_ledger_filter_set_art_range       (KommuneLedgerFilter  *self,
                                                                guint                 first,
                                                                guint                 last);
KOMMUNE_AVAILABLE_IN_ALL
void                 kommune_ledger_filter_clear_art_range     (KommuneLedgerFilter  *self);
KOMMUNE_AVAILABLE_IN_ALL
void                 kommune_ledger_filter_clear_years         (KommuneLedgerFilter  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KommuneLedgerFilter, kommune_ledger_filter_unref)

G_END_DECLS
