/* kommune-control-data-private.h: SSB's controls as data
 *
 * The code lists and the parameters of SSB's KOSTRA controls (which
 * skjema, which codes, which windows, which severities, which messages)
 * live in data files under libkommune/kostra/data/<year>/, compiled in as
 * a GResource: lists.tsv (named code lists) and controls.json (the skjema
 * table, the validators with their per-run lists, and the rules). This
 * header holds what they parse into; the engine that evaluates them is
 * kommune-validation.c. The format is described in data/README.md.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <glib.h>

#include "kommune-types.h"

G_BEGIN_DECLS

/* The fields of a record, by SSB's names (funksjon and kapittel share
 * their bytes, as do art and sektor). */
typedef enum
{
  KOMMUNE_FIELD_SKJEMA,
  KOMMUNE_FIELD_AARGANG,
  KOMMUNE_FIELD_KVARTAL,
  KOMMUNE_FIELD_REGION,
  KOMMUNE_FIELD_ORGNR,
  KOMMUNE_FIELD_FORETAKSNR,
  KOMMUNE_FIELD_KONTOKLASSE,
  KOMMUNE_FIELD_FUNKSJON,
  KOMMUNE_FIELD_KAPITTEL,
  KOMMUNE_FIELD_ART,
  KOMMUNE_FIELD_SEKTOR,
  KOMMUNE_FIELD_BELOP,
  KOMMUNE_N_FIELDS
} KommuneField;

/* The accounting types of a skjema (SSB's BEV, REG, BAL, RES), as bits. */
enum
{
  KOMMUNE_TYPE_BIT_BEV = 1 << 0,
  KOMMUNE_TYPE_BIT_REG = 1 << 1,
  KOMMUNE_TYPE_BIT_BAL = 1 << 2,
  KOMMUNE_TYPE_BIT_RES = 1 << 3,
};

typedef enum
{
  KOMMUNE_RULE_RECORD_LENGTH,
  KOMMUNE_RULE_FIELD_EQUALS_ARGUMENT,
  KOMMUNE_RULE_CODE_IN_LIST,
  KOMMUNE_RULE_RECORD_MATCH,
  KOMMUNE_RULE_EQUIVALENCE,
  KOMMUNE_RULE_SUM,
  KOMMUNE_RULE_DUPLICATES,
} KommuneRuleKind;

typedef enum
{
  KOMMUNE_ARGUMENT_SKJEMA_PREFIX,
  KOMMUNE_ARGUMENT_YEAR,
  KOMMUNE_ARGUMENT_QUARTER,
  KOMMUNE_ARGUMENT_REGION,
  KOMMUNE_ARGUMENT_ORGNR,
} KommuneArgument;

typedef enum
{
  KOMMUNE_AMOUNT_ANY,
  KOMMUNE_AMOUNT_NONZERO,
  KOMMUNE_AMOUNT_NEGATIVE,
  KOMMUNE_AMOUNT_INVALID_FORMAT,
} KommuneAmountTest;

/* Codes given inline or by name ("@name": a list of the validator, else a
 * list of lists.tsv), resolved when a run starts. */
typedef struct
{
  char      *ref;        /* without the "@", or NULL */
  GPtrArray *codes;      /* inline codes, or NULL */
} KommuneCodeSource;

typedef struct
{
  KommuneField       field;
  gboolean           trimmed;   /* compare trimmed, else padded to the field */
  gboolean           negate;
  KommuneCodeSource  source;
} KommuneCodeTest;

typedef struct
{
  KommuneField  field;
  gint64        from, to;       /* inclusive, on the field read as a number */
  gboolean      negate;
} KommuneRangeTest;

/* A condition on one record: every part given must hold. */
typedef struct
{
  guint8             types_any;    /* 0: no condition */
  guint8             types_all;
  char               account;      /* 'D', 'I', 'B', 'R' or 0 */
  char               account_not;
  gint8              oslo_bydel;   /* -1: no condition */
  KommuneAmountTest  amount;
  GArray            *codes;        /* of KommuneCodeTest */
  GArray            *ranges;       /* of KommuneRangeTest */
} KommunePredicate;

typedef enum
{
  KOMMUNE_SEVERITY_BY_NONE,
  KOMMUNE_SEVERITY_BY_RECORD_QUARTER,
  KOMMUNE_SEVERITY_BY_ARGUMENT_QUARTER,
  KOMMUNE_SEVERITY_BY_FIRST_RECORD_TYPE,
} KommuneSeverityBy;

typedef struct
{
  KommuneSeverityBy by;
  KommuneSeverity   fallback;
  gint8             by_char[256];   /* -1: fallback */
  gint8             by_type[4];     /* per type bit index */
} KommuneSeverityRule;

typedef enum
{
  KOMMUNE_SUM_A,
  KOMMUNE_SUM_B,
  KOMMUNE_SUM_A_PLUS_B,
} KommuneSumValue;

typedef enum
{
  KOMMUNE_CHECK_GREATER,
  KOMMUNE_CHECK_LESS,
  KOMMUNE_CHECK_NOT_EQUAL,
  KOMMUNE_CHECK_EQUAL,
  KOMMUNE_CHECK_WITHIN,
} KommuneCheckOp;

typedef struct
{
  KommuneSumValue value;
  KommuneCheckOp  op;
  gint64          bound;
} KommuneSumCheck;

typedef struct
{
  KommunePredicate  when;
  char             *message;
} KommuneConditionalMessage;

typedef struct
{
  char                *key;     /* unique: "010u" */
  char                *id;      /* SSB's number: "010" */
  char                *name;
  KommuneRuleKind      kind;
  KommuneSeverityRule  severity;
  char                *message;
  GArray              *messages;   /* of KommuneConditionalMessage, or NULL */

  guint                length;          /* record-length */
  KommuneField         field;           /* field-equals-argument, code-in-list */
  KommuneArgument      argument;
  gboolean             allow_blank;
  KommuneCodeTest      list;            /* code-in-list */
  gboolean             fires_when_present;
  gboolean             skip_if_list_empty;
  KommunePredicate     records;         /* code-in-list, record-match, equivalence */
  KommunePredicate     left, right;     /* equivalence */
  KommunePredicate     subset, a, b;    /* sum */
  gboolean             has_b;
  GArray              *holds;           /* of KommuneSumCheck */
  gboolean             wants_funksjoner;
  GArray              *keys[4];         /* duplicates: KommuneField per type bit */
  char                *titles[KOMMUNE_N_FIELDS];
} KommuneRule;

typedef struct
{
  GPtrArray         *skjema;       /* argument skjema in, or NULL */
  KommuneCodeSource  region;       /* argument region in (ref or codes), or empty */
  KommuneCodeSource  orgnr;
  KommuneCodeSource  orgnr_not;
} KommuneListWhen;

typedef struct
{
  KommuneListWhen    when;
  KommuneCodeSource  codes;
} KommuneListPart;

typedef struct
{
  char     *name;
  gboolean  from_skjema_classes;
  guint     pad;
  gboolean  sort;
  gboolean  first_only;
  GArray   *parts;                 /* of KommuneListPart */
} KommuneListDef;

typedef struct
{
  char      *name;
  GPtrArray *pre;                  /* KommuneRule*, run on the lines */
  GPtrArray *rules;                /* KommuneRule*, run on the records */
  GPtrArray *lists;                /* KommuneListDef* */
} KommuneValidator;

typedef struct
{
  char    *code;
  guint8   types;
  guint8   first_type;              /* the bit of the first type named */
  char     classes[8];              /* kontoklasse bytes, in order */
  char     kontotypes[8];
  guint    n_classes;
  char    *validator;               /* NULL: SSB answers "Ukjent skjema" */
} KommuneSkjema;

typedef struct
{
  int         year;
  GHashTable *lists;                /* name -> GPtrArray of codes (lists.tsv) */
  GHashTable *skjema;               /* code -> KommuneSkjema* */
  GHashTable *validators;           /* name -> KommuneValidator* */
  GHashTable *rules;                /* key -> KommuneRule* */
} KommuneControlData;

/* Parses the two files strictly: an unknown member, a missing one, a code
 * wider than its field, a name that resolves to nothing, a placeholder a
 * message cannot fill, all fail with KOMMUNE_ERROR_INVALID_DOCUMENT. */
KommuneControlData *_kommune_control_data_parse    (GBytes      *lists_tsv,
                                                    GBytes      *controls_json,
                                                    GError     **error);
void                _kommune_control_data_free     (KommuneControlData *data);

/* The compiled-in data for a file of @year: the newest data year not
 * after it, else the oldest; a year that is not a number gets the newest.
 * Parsed once and kept. */
const KommuneControlData *_kommune_control_data_for_year (const char *year,
                                                          GError    **error);

/* The data years compiled in, ascending. */
GArray             *_kommune_control_data_years    (void);

/* Where a field is in the 48-byte record. */
void                _kommune_field_location        (KommuneField  field,
                                                    guint        *at,
                                                    guint        *width);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KommuneControlData, _kommune_control_data_free)

G_END_DECLS
