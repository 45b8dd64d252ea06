/* kommune-accounts-records-private.h: the records of an accounts file as
 * a read-only GListModel
 *
 * A loaded file keeps its bytes, not a million record objects: this model
 * makes a KommuneAccountsRecord from a record's line when get_item() asks
 * for it (a new object each time), so loading costs no object at all. A
 * file built in code holds its records, and the model hands those out.
 * Callers get it as a plain GListModel; only the file changes it.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <gio/gio.h>

#include "kommune-accounts-record.h"
#include "kostra/kommune-accounts-lines-private.h"

G_BEGIN_DECLS

#define KOMMUNE_TYPE_ACCOUNTS_RECORDS (_kommune_accounts_records_get_type ())
G_DECLARE_FINAL_TYPE (KommuneAccountsRecords, _kommune_accounts_records, KOMMUNE, ACCOUNTS_RECORDS, GObject)

/* The records among @lines: @n_records of them, at the line positions in
 * @positions (taken; NULL when every line is a record). */
KommuneAccountsRecords *_kommune_accounts_records_new_lazy (KommuneAccountsLines   *lines,
                                                            guint32                *positions,
                                                            guint                   n_records);
/* An empty model that holds the records appended to it. */
KommuneAccountsRecords *_kommune_accounts_records_new_held (void);

guint                   _kommune_accounts_records_get_n    (KommuneAccountsRecords *self);
/* Appends @record (a reference is taken) to a model made by
 * _kommune_accounts_records_new_held (), with items-changed. */
void                    _kommune_accounts_records_append   (KommuneAccountsRecords *self,
                                                            KommuneAccountsRecord  *record);
/* Borrowed; only for a held model, @position in range. */
KommuneAccountsRecord  *_kommune_accounts_records_get_held (KommuneAccountsRecords *self,
                                                            guint                   position);

G_END_DECLS
