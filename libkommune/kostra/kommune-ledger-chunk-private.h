/* kommune-ledger-chunk-private.h: one piece of a CSV input, scanned by
 * one thread into the ledger's columns
 *
 * The CSV loader (kommune-ledger-csv.c) cuts its input at line ends into
 * chunks, counts each chunk's lines, then scans every chunk in a thread
 * of its own straight into its place in the columns, with dictionaries
 * local to the chunk; it merges those afterwards.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "kostra/kommune-ledger-private.h"

G_BEGIN_DECLS

#define KOMMUNE_LEDGER_CHUNK_REPORT_EVERY (1u << 16) /* lines between progress and cancel checks */

/* The CSV's columns by number, for messages: "year" … "amount". */
extern const char *const _kommune_ledger_chunk_fields[6];

/* 10^n for n = 0…6. */
extern const guint32 _kommune_ledger_chunk_pow10[7];

/* The codes of one column seen by one chunk: a code of n digits and value
 * v is the key 10^n + v, which keeps leading zeros apart ("010" ≠ "10"). */
typedef struct
{
  guint32 *slot;     /* key -> local id + 1; 0 when not seen */
  guint32 *keys;     /* local id -> key */
  guint    n;
} KommuneLedgerChunkDict;

typedef struct _KommuneLedgerChunk
{
  KommuneLedger *ledger;
  const char    *start;      /* the first line's start */
  const char    *end;        /* just past the last line's '\n' */
  const char    *buffer_end; /* the end of the whole input: reads stop there */
  gsize          out;        /* where its first line goes in the columns */
  gsize          n;          /* lines read */
  KommuneLedgerChunkDict      regions, functions, arts;
  guint16        year_slot[10000];
  guint16        years[KOMMUNE_LEDGER_MAX_YEARS];
  guint          n_years;

  /* what went wrong, if anything */
  const char    *error_line; /* the start of the line, or NULL */
  guint          error_field;
  gint           error_code;
  char           error_why[160];

  GCancellable  *cancellable;
  guint          index;      /* its place among the chunks, from 0 */
  gint          *first_failed; /* shared: the first chunk that failed, or G_MAXINT */
  gint           done_kb;    /* bytes scanned / 1024, atomically */
  gint           finished;

  /* the first chunk, scanned by the calling thread, reports progress */
  GFileProgressCallback progress;
  gpointer       progress_data;
  struct _KommuneLedgerChunk **all;
  guint          n_all;
  gsize          total;
} KommuneLedgerChunk;

/* Tables for a column of codes of up to @max_digits digits. */
void     _kommune_ledger_chunk_dict_init  (KommuneLedgerChunkDict *dict,
                                           guint      max_digits);
void     _kommune_ledger_chunk_dict_clear (KommuneLedgerChunkDict *dict);

/* Counts the lines of the chunk @data into its n (a GThreadFunc). */
gpointer _kommune_ledger_chunk_count      (gpointer   data);

/* Scans the lines of @chunk into the ledger's columns from chunk->out,
 * setting n; on a malformed line sets error_line and its fields, and
 * lowers *first_failed to its index. Stops early when a chunk before it
 * failed (its own lines come later in the input) or when cancelled. */
void     _kommune_ledger_chunk_scan       (KommuneLedgerChunk     *chunk);

/* Calls the first chunk's progress callback with the bytes all chunks
 * have scanned. */
void     _kommune_ledger_chunk_report     (KommuneLedgerChunk     *chunk);

/* _kommune_ledger_chunk_scan () as a GThreadFunc; sets finished. */
gpointer _kommune_ledger_chunk_thread     (gpointer   data);

G_END_DECLS
