/* kommune-validation-run-private.h: one run of the controls over a file
 *
 * What the rule kinds (kommune-validation-rules.c) share with the code
 * that sets a run up (kommune-validation.c), implemented in
 * kommune-validation-run.c: the arguments, the lists
 * composed for them, the records read once into what the rules test, and
 * the finding of entries. Records are read as ISO-8859-1, one byte one
 * character, and trimmed the way SSB's program trims (Kotlin's trim()).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "kostra/kommune-accounts-lines-private.h"
#include "kostra/kommune-control-data-private.h"

G_BEGIN_DECLS

enum
{
  KOMMUNE_REC_OSLO_BYDEL        = 1 << 0,
  KOMMUNE_REC_BAD_AMOUNT_FORMAT = 1 << 1,
};

/* A record as the rules see it: its bytes and what is read from them. */
typedef struct
{
  const char *text;        /* the 48 bytes */
  guint32     line;        /* SSB's line number */
  gint32      amount;      /* the amount as SSB reads it: 0 if unreadable */
  guint32     fk_key;      /* funksjon/kapittel's 4 bytes */
  guint32     fk_trim;     /* … trimmed, fk_trim_len of them */
  guint32     art_key;     /* art/sektor's 3 bytes */
  gint16      fk_num;      /* funksjon/kapittel read as a number, or 0 */
  gint16      art_num;     /* art/sektor read as a number, or 0 */
  guint8      fk_trim_len;
  guint8      flags;
  guint8      cls;         /* the skjema's types, the account and Oslo bydel */
} KommuneRec;

/* The byte a record's types, account and Oslo bydel flag make. */
guint8                _kommune_run_record_class (guint8      types,
                                                 char        account,
                                                 gboolean    oslo_bydel);

typedef struct
{
  char      *name;
  GPtrArray *codes;
  char      *joined;       /* ", "-separated, as SSB's messages list them */
} KommuneRunList;

typedef enum
{
  KOMMUNE_RUN_KEY_FIELD,     /* computed from the record's bytes */
  KOMMUNE_RUN_KEY_FK,
  KOMMUNE_RUN_KEY_FK_TRIMMED,
  KOMMUNE_RUN_KEY_ART,
} KommuneRunKey;

typedef struct
{
  guint          at, width;
  gboolean       trimmed, negate;
  KommuneRunKey  key;
  guint64        mask;     /* one bit per key's hash: a quick “not there” */
  guint64       *keys;     /* sorted */
  guint          n_keys;
} KommuneRunTest;

typedef struct
{
  const KommunePredicate *p;
  KommuneRunTest         *tests;
  guint                   n_tests;
  gboolean                simple;        /* nothing beyond cls_ok to test */
  guint8                  cls_ok[256];   /* by KommuneRec.cls */
} KommuneRunPredicate;

typedef struct
{
  const KommuneControlData *data;
  const KommuneValidator   *validator;
  const KommuneSkjema      *skjema;
  const char               *arg_skjema;
  const char               *arg_year;
  const char               *arg_region;
  const char               *arg_orgnr;
  char                      arg_quarter[2];
  char                     *l_skjema, *l_year, *l_region, *l_orgnr;  /* as ISO-8859-1, or NULL */
  GHashTable               *lists;           /* name -> KommuneRunList */
  const KommuneAccountsLine *lines;
  guint                     n_lines;
  KommuneRec               *recs;
  guint                     n_recs;
  guint8                    classes[8];      /* the record classes present, if at most 8 */
  guint                     n_classes;       /* or G_MAXUINT when more */
  guint32                  *by_classes[256]; /* records of a set of them, by bit mask */
  guint                     n_by_classes[256];
  GPtrArray                *entries;
} KommuneRun;

/* A code list by name: the run's own, else the data's. NULL if none. */
const KommuneRunList *_kommune_run_list         (KommuneRun                *run,
                                                 const KommuneCodeSource   *source);
void                  _kommune_run_predicate_init  (KommuneRun             *run,
                                                    KommuneRunPredicate    *rp,
                                                    const KommunePredicate *p);
void                  _kommune_run_predicate_clear (KommuneRunPredicate    *rp);
/* The tests beyond the record's class: amount, ranges, codes. */
gboolean              _kommune_run_predicate_rest  (const KommuneRunPredicate *rp,
                                                    const KommuneRec          *rec);

static inline gboolean
_kommune_run_predicate_match (const KommuneRunPredicate *rp,
                              const KommuneRec          *rec)
{
  if (!rp->cls_ok[rec->cls])
    return FALSE;
  return rp->simple || _kommune_run_predicate_rest (rp, rec);
}
KommuneRunTest        _kommune_run_test_new     (KommuneRun                *run,
                                                 const KommuneCodeTest     *test);
gboolean              _kommune_run_test_match   (const KommuneRunTest      *test,
                                                 const KommuneRec          *rec);
/* A code as a key: up to 7 bytes and its length. */
static inline guint64
_kommune_run_pack (const char *s,
                   guint       len)
{
  guint64 key = (guint64) len << 56;

  for (guint i = 0; i < len; i++)
    key |= (guint64) (guchar) s[i] << (8 * i);
  return key;
}
KommuneSeverity       _kommune_run_severity     (KommuneRun                *run,
                                                 const KommuneRule         *rule,
                                                 const KommuneRec          *rec);

/* Kotlin's trim() and toInt() on ISO-8859-1 bytes. */
void                  _kommune_run_trim         (const char               **s,
                                                 guint                     *len);
gboolean              _kommune_run_parse_int    (const char                *s,
                                                 guint                      len,
                                                 gint32                    *out);
/* ISO-8859-1 bytes appended as UTF-8. */
void                  _kommune_run_append_latin1 (GString                  *out,
                                                  const char               *s,
                                                  guint                     len);

/* Values a message may name beyond the record's fields and the arguments. */
typedef struct
{
  const char *list;
  gint32      a, b;
  const char *a_funksjoner, *a_funksjoner_distinct;
  const char *key, *amounts;
  guint       length, actual;
} KommuneMessageValues;

char                 *_kommune_run_message      (KommuneRun                 *run,
                                                 const char                 *template,
                                                 const KommuneRec           *rec,
                                                 const KommuneMessageValues *values);
void                  _kommune_run_add          (KommuneRun                 *run,
                                                 const KommuneRule          *rule,
                                                 KommuneSeverity             severity,
                                                 char                       *message,
                                                 const guint                *lines,
                                                 guint                       n_lines);

/* The records whose class @rp admits, in order: NULL with *n_recs the
 * count when that is all of them (index i is record i), else a list of
 * record indices the run keeps. */
const guint32        *_kommune_run_records_for  (KommuneRun                 *run,
                                                 const KommuneRunPredicate  *rp,
                                                 guint                      *n_recs);
/* Notes the classes present once the records are read. */
void                  _kommune_run_index_classes (KommuneRun                *run);
void                  _kommune_run_clear_classes (KommuneRun                *run);

/* A record field read as SSB's fieldAsIntOrDefault() reads it. */
gint32                _kommune_run_field_int    (const char                 *text,
                                                 guint                       at,
                                                 guint                       width);
void                  _kommune_run_list_free    (KommuneRunList             *list);

G_END_DECLS
