/* kommune-ledger-private.h: the columns of a ledger, for its loaders and
 * for aggregation
 *
 * A ledger holds one line per (year, region, account class, function,
 * art, amount) in six columns. Every text column is dictionary-encoded:
 * a line holds the id of its code, the dictionary the code; the class is
 * its one character. A line takes 16 bytes: year id 1, region id 2,
 * class 1, function id 2, art id 2, amount 8.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "kommune-ledger.h"

G_BEGIN_DECLS

#define KOMMUNE_LEDGER_MAX_YEARS     256     /* ids of a guint8 */
#define KOMMUNE_LEDGER_MAX_CODES     65536   /* ids of a guint16 */
#define KOMMUNE_LEDGER_CODE_LENGTH   6       /* the longest code: a region */

/* The codes of one text column in the order they were first seen; a code
 * is at most KOMMUNE_LEDGER_CODE_LENGTH characters. */
typedef struct
{
  const char *what;       /* "region", "function", "art": for messages */
  guint       max_length; /* the longest code the column takes */
  GPtrArray  *codes;      /* char *, by id */
  GHashTable *index;      /* code -> GUINT_TO_POINTER (id + 1) */
} KommuneLedgerDict;

struct _KommuneLedger
{
  GObject            parent_instance;

  guint              n_lines;
  guint              capacity;
  guint8            *year;            /* id into years[] */
  guint16           *region;          /* id into regions */
  guint8            *account_class;   /* the class's character, '0'…'9' */
  guint16           *function;        /* id into functions */
  guint16           *art;             /* id into arts */
  gint64            *amount;          /* øre */

  guint16            years[KOMMUNE_LEDGER_MAX_YEARS];
  guint              n_years;
  KommuneLedgerDict  regions;
  KommuneLedgerDict  functions;
  KommuneLedgerDict  arts;

  /* The account classes met in lines [0, classes_scanned), a bit per
   * byte value: filled in by aggregation when first needed, which may
   * happen in several threads at once, so read and written only with
   * g_atomic_int_*() (doc/threads.md). */
  guint              classes_scanned;
  guint              class_bits[8];
};

/* The id of @code (of @length bytes, not NUL-terminated) in @dict, added
 * when new. Fails with KOMMUNE_ERROR_INVALID_CODE when the code is not
 * 0…max_length ASCII digits (a region needs at least one), and with
 * KOMMUNE_ERROR_OVERFLOW when the column has 65536 codes already. */
gboolean _kommune_ledger_dict_intern (KommuneLedgerDict  *dict,
                                      const char         *code,
                                      gsize               length,
                                      guint16            *id,
                                      GError            **error);

/* The id of @year (1000…9999), added when new; KOMMUNE_ERROR_INVALID_PERIOD
 * outside that range, KOMMUNE_ERROR_OVERFLOW past 256 years. */
gboolean _kommune_ledger_year_id     (KommuneLedger      *self,
                                      guint               year,
                                      guint8             *id,
                                      GError            **error);

/* Room for @n_more lines beyond n_lines; KOMMUNE_ERROR_OVERFLOW past
 * G_MAXUINT lines. */
gboolean _kommune_ledger_reserve     (KommuneLedger      *self,
                                      gsize               n_more,
                                      GError            **error);

/* Appends a line of checked ids; room must have been reserved. */
static inline void
_kommune_ledger_append_ids (KommuneLedger *self,
                            guint8         year,
                            guint16        region,
                            guint8         account_class,
                            guint16        function,
                            guint16        art,
                            gint64         amount)
{
  guint i = self->n_lines++;

  self->year[i] = year;
  self->region[i] = region;
  self->account_class[i] = account_class;
  self->function[i] = function;
  self->art[i] = art;
  self->amount[i] = amount;
}

G_END_DECLS
