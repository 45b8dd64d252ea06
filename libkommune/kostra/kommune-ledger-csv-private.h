/* kommune-ledger-csv-private.h: the CSV scanner of a ledger, for its
 * loaders
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "kostra/kommune-ledger-private.h"

G_BEGIN_DECLS

/* Reads the @length bytes at @data as ledger CSV into a new ledger, using
 * one thread per core on large inputs. @name starts every message
 * ("NAME: line N: FIELD: why"). Checks @cancellable and calls @progress
 * (when not NULL) now and then from the calling thread with the bytes
 * scanned and @length, and last with @length twice. */
KommuneLedger *_kommune_ledger_csv_parse (const char                *data,
                                          gsize                      length,
                                          const char                *name,
                                          GCancellable              *cancellable,
                                          GFileProgressCallback      progress,
                                          gpointer                   progress_data,
                                          GError                   **error);

/* Whether the @length bytes at @data start with the header, exactly:
 * otherwise fails as _kommune_ledger_csv_parse() does. Only the first
 * KOMMUNE_LEDGER_CSV_HEADER_LENGTH bytes are looked at. */
#define KOMMUNE_LEDGER_CSV_HEADER_LENGTH 52
gboolean       _kommune_ledger_csv_check_header (const char  *data,
                                                 gsize        length,
                                                 const char  *name,
                                                 GError     **error);

/* The CSV text of the ledger, as load_csv reads it; NULL with
 * KOMMUNE_ERROR_INVALID_ARGUMENT (naming @name and the line) when an
 * amount is not whole kroner. g_free () it. */
char          *_kommune_ledger_csv_format (KommuneLedger  *self,
                                           const char     *name,
                                           gsize          *length,
                                           GError        **error);

/* Memory for a large column, released with g_free () and resized with
 * g_realloc (). */
gpointer       _kommune_ledger_big_alloc (gsize                      bytes);

G_END_DECLS
