/* kommune-ledger-filter-private.h: what a filter holds, for aggregation
 *
 * Each criterion is optional: an unset one admits every line. A region
 * of four digits also admits the file's six-digit form (`0402` admits
 * `040200`).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "kommune-ledger-filter.h"

G_BEGIN_DECLS

struct _KommuneLedgerFilter
{
  gatomicrefcount  ref_count;

  GArray          *years;            /* guint, or NULL: every year */
  GStrv            regions;          /* or NULL: every region */
  GStrv            account_classes;  /* or NULL: every class */
  GStrv            functions;        /* or NULL: every function */
  gboolean         has_art_range;
  guint            art_first;
  guint            art_last;
};

/* Whether @region (as the ledger holds it) is admitted. */
gboolean _kommune_ledger_filter_admits_region (const KommuneLedgerFilter *self,
                                               const char                *region);

/* The value of an art code of digits, or -1 when it is not one. */
gint     _kommune_ledger_art_value            (const char                *art);

G_END_DECLS
