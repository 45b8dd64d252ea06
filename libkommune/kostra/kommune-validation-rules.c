/* kommune-validation-rules.c: the kinds of SSB's controls
 *
 * Each kind runs one rule of the data over the records in one pass, in
 * record order, and finds entries as SSB's program does: the record
 * checks one entry per record, the sums one entry without lines, the
 * duplicate check one entry per group of records with the same key. The
 * rules themselves (which codes, which sums, which windows, which
 * messages) are data; see kommune-control-data-private.h.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "kostra/kommune-accounts-layout-private.h"
#include "kostra/kommune-validation-rules-private.h"

/* Control 001: every line is exactly the record length, with no TAB. */
void
_kommune_run_record_length (KommuneRun        *run,
                            const KommuneRule *rule)
{
  for (guint i = 0; i < run->n_lines; i++)
    {
      const KommuneAccountsLine *line = &run->lines[i];
      KommuneMessageValues values = { 0 };
      guint number = line->number;

      if (line->length == rule->length && memchr (line->text, '\t', line->length) == NULL)
        continue;
      values.length = rule->length;
      values.actual = line->length;
      _kommune_run_add (run, rule, _kommune_run_severity (run, rule, NULL),
                        _kommune_run_message (run, rule->message, NULL, &values), &number, 1);
    }
}

static const char *
argument_latin1 (KommuneRun       *run,
                 KommuneArgument   argument,
                 guint            *len)
{
  const char *value = NULL;

  switch (argument)
    {
    case KOMMUNE_ARGUMENT_SKJEMA_PREFIX:
      value = run->l_skjema;
      if (value != NULL)
        *len = MIN ((guint) strlen (value), 2);
      return value;
    case KOMMUNE_ARGUMENT_YEAR:
      value = run->l_year;
      break;
    case KOMMUNE_ARGUMENT_QUARTER:
      value = run->arg_quarter;
      break;
    case KOMMUNE_ARGUMENT_REGION:
      value = run->l_region;
      break;
    case KOMMUNE_ARGUMENT_ORGNR:
    default:
      value = run->l_orgnr;
      break;
    }
  if (value != NULL)
    *len = (guint) strlen (value);
  return value;
}

/* 003–008: a field equals an argument (or, with allow_blank, is blank). */
static void
run_field_equals (KommuneRun        *run,
                  const KommuneRule *rule)
{
  guint at, width, len = 0;
  const char *value = argument_latin1 (run, rule->argument, &len);

  _kommune_field_location (rule->field, &at, &width);
  for (guint i = 0; i < run->n_recs; i++)
    {
      const KommuneRec *rec = &run->recs[i];
      const char *field = rec->text + at;

      guint same = 0;

      while (value != NULL && len == width && same < width && field[same] == value[same])
        same++;
      if (value != NULL && len == width && same == width)
        continue;
      if (rule->allow_blank)
        {
          guint blank = 0;

          while (blank < width && field[blank] == ' ')
            blank++;
          if (blank == width)
            continue;
        }
      _kommune_run_add (run, rule, _kommune_run_severity (run, rule, rec),
                        _kommune_run_message (run, rule->message, rec, NULL), &rec->line, 1);
    }
}

/* 009–013: a field is in (or, for 010's expired functions, not in) a list. */
static void
run_code_in_list (KommuneRun        *run,
                  const KommuneRule *rule)
{
  const KommuneRunList *list = _kommune_run_list (run, &rule->list.source);
  KommuneRunTest test;
  KommuneRunPredicate records;
  KommuneMessageValues values = { 0 };
  const guint32 *index;
  guint n;

  if (rule->skip_if_list_empty && (list == NULL || list->codes->len == 0))
    return;
  test = _kommune_run_test_new (run, &rule->list);
  _kommune_run_predicate_init (run, &records, &rule->records);
  values.list = list != NULL ? list->joined : "";
  index = _kommune_run_records_for (run, &records, &n);
  for (guint k = 0; k < n; k++)
    {
      const KommuneRec *rec = &run->recs[index != NULL ? index[k] : k];

      if (!_kommune_run_predicate_match (&records, rec) ||
          _kommune_run_test_match (&test, rec) != rule->fires_when_present)
        continue;
      _kommune_run_add (run, rule, _kommune_run_severity (run, rule, rec),
                        _kommune_run_message (run, rule->message, rec, &values), &rec->line, 1);
    }
  _kommune_run_predicate_clear (&records);
  g_free (test.keys);
}

/* 014, 016, 020–081: a condition on one record. */
static void
run_record_match (KommuneRun        *run,
                  const KommuneRule *rule)
{
  KommuneRunPredicate records;
  KommuneRunPredicate *whens = NULL;
  guint n_whens = rule->messages != NULL ? rule->messages->len : 0;
  const guint32 *index;
  guint n;

  _kommune_run_predicate_init (run, &records, &rule->records);
  whens = g_new0 (KommuneRunPredicate, n_whens + 1);
  for (guint m = 0; m < n_whens; m++)
    _kommune_run_predicate_init (run, &whens[m],
                                 &g_array_index (rule->messages, KommuneConditionalMessage, m).when);
  index = _kommune_run_records_for (run, &records, &n);
  for (guint k = 0; k < n; k++)
    {
      const KommuneRec *rec = &run->recs[index != NULL ? index[k] : k];
      const char *template = rule->message;

      if (!_kommune_run_predicate_match (&records, rec))
        continue;
      for (guint m = 0; template == NULL && m < n_whens; m++)
        if (_kommune_run_predicate_match (&whens[m], rec))
          template = g_array_index (rule->messages, KommuneConditionalMessage, m).message;
      if (template == NULL)
        continue;
      _kommune_run_add (run, rule, _kommune_run_severity (run, rule, rec),
                        _kommune_run_message (run, template, rec, NULL), &rec->line, 1);
    }
  for (guint m = 0; m < n_whens; m++)
    _kommune_run_predicate_clear (&whens[m]);
  g_free (whens);
  _kommune_run_predicate_clear (&records);
}

/* 065: two conditions must hold together or not at all. */
static void
run_equivalence (KommuneRun        *run,
                 const KommuneRule *rule)
{
  KommuneRunPredicate records, left, right;
  const guint32 *index;
  guint n;

  _kommune_run_predicate_init (run, &records, &rule->records);
  _kommune_run_predicate_init (run, &left, &rule->left);
  _kommune_run_predicate_init (run, &right, &rule->right);
  index = _kommune_run_records_for (run, &records, &n);
  for (guint k = 0; k < n; k++)
    {
      const KommuneRec *rec = &run->recs[index != NULL ? index[k] : k];

      if (!_kommune_run_predicate_match (&records, rec) ||
          _kommune_run_predicate_match (&left, rec) == _kommune_run_predicate_match (&right, rec))
        continue;
      _kommune_run_add (run, rule, _kommune_run_severity (run, rule, rec),
                        _kommune_run_message (run, rule->message, rec, NULL), &rec->line, 1);
    }
  _kommune_run_predicate_clear (&records);
  _kommune_run_predicate_clear (&left);
  _kommune_run_predicate_clear (&right);
}

static gboolean
check_holds (const KommuneSumCheck *check,
             gint32                 a,
             gint32                 b)
{
  /* Kotlin's Int arithmetic: sums wrap around at 32 bits. */
  gint32 v = check->value == KOMMUNE_SUM_A ? a :
             check->value == KOMMUNE_SUM_B ? b : (gint32) ((guint32) a + (guint32) b);

  switch (check->op)
    {
    case KOMMUNE_CHECK_GREATER:
      return v > check->bound;
    case KOMMUNE_CHECK_LESS:
      return v < check->bound;
    case KOMMUNE_CHECK_NOT_EQUAL:
      return v != check->bound;
    case KOMMUNE_CHECK_EQUAL:
      return v == check->bound;
    case KOMMUNE_CHECK_WITHIN:
    default:
      return v >= -check->bound && v <= check->bound;
    }
}

static void
append_funksjon (GString          *list,
                 GHashTable       *seen,
                 const KommuneRec *rec)
{
  const char *s = rec->text + KOMMUNE_ACCOUNTS_FUNCTION_AT;
  guint len = KOMMUNE_ACCOUNTS_FUNCTION_WIDTH;
  g_autoptr(GString) one = g_string_new (NULL);

  _kommune_run_trim (&s, &len);
  _kommune_run_append_latin1 (one, s, len);
  if (seen != NULL)
    {
      if (g_hash_table_contains (seen, one->str))
        return;
      g_hash_table_add (seen, g_strdup (one->str));
    }
  if (list->len > 1)
    g_string_append (list, ", ");
  g_string_append (list, one->str);
}

/* 085–190: sums over a subset of the records, found only when the subset
 * is not empty, checked against signs and windows. */
static void
run_sum (KommuneRun        *run,
         const KommuneRule *rule)
{
  KommuneRunPredicate subset, a, b;
  const KommuneRec *first = NULL;
  guint32 sum_a = 0, sum_b = 0;
  gboolean holds = TRUE;
  g_autoptr(GString) funksjoner = rule->wants_funksjoner ? g_string_new ("[") : NULL;
  g_autoptr(GString) distinct = rule->wants_funksjoner ? g_string_new ("[") : NULL;
  g_autoptr(GHashTable) seen = rule->wants_funksjoner ? g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL) : NULL;
  KommuneMessageValues values = { 0 };
  const guint32 *index;
  guint n;

  _kommune_run_predicate_init (run, &subset, &rule->subset);
  _kommune_run_predicate_init (run, &a, &rule->a);
  if (rule->has_b)
    _kommune_run_predicate_init (run, &b, &rule->b);
  index = _kommune_run_records_for (run, &subset, &n);
  for (guint k = 0; k < n; k++)
    {
      const KommuneRec *rec = &run->recs[index != NULL ? index[k] : k];

      if (!_kommune_run_predicate_match (&subset, rec))
        continue;
      if (first == NULL)
        first = rec;
      if (_kommune_run_predicate_match (&a, rec))
        {
          sum_a += (guint32) rec->amount;
          if (funksjoner != NULL)
            {
              append_funksjon (funksjoner, NULL, rec);
              append_funksjon (distinct, seen, rec);
            }
        }
      if (rule->has_b && _kommune_run_predicate_match (&b, rec))
        sum_b += (guint32) rec->amount;
    }
  _kommune_run_predicate_clear (&subset);
  _kommune_run_predicate_clear (&a);
  if (rule->has_b)
    _kommune_run_predicate_clear (&b);
  if (first == NULL)
    return;

  for (guint i = 0; holds && i < rule->holds->len; i++)
    holds = check_holds (&g_array_index (rule->holds, KommuneSumCheck, i), (gint32) sum_a, (gint32) sum_b);
  if (holds)
    return;
  values.a = (gint32) sum_a;
  values.b = (gint32) sum_b;
  if (funksjoner != NULL)
    {
      g_string_append_c (funksjoner, ']');
      g_string_append_c (distinct, ']');
      values.a_funksjoner = funksjoner->str;
      values.a_funksjoner_distinct = distinct->str;
    }
  _kommune_run_add (run, rule, _kommune_run_severity (run, rule, first),
                    _kommune_run_message (run, rule->message, first, &values), NULL, 0);
}

/* 015: records with the same key, by a hash of the trimmed key fields. */
typedef struct
{
  guint8  key[40];
  guint   len;
  guint   first, last, count;
} Group;

static guint64
hash_key (const guint8 *key,
          guint         len)
{
  guint64 h = 14695981039346656037ull;

  for (guint i = 0; i < len; i++)
    h = (h ^ key[i]) * 1099511628211ull;
  return h;
}

static void
run_duplicates (KommuneRun        *run,
                const KommuneRule *rule)
{
  const GArray *fields = NULL;
  g_autoptr(GArray) groups = g_array_new (FALSE, FALSE, sizeof (Group));
  g_autofree guint *next = g_new (guint, run->n_recs + 1);
  g_autofree guint *table = NULL;
  gsize size = 16;

  for (guint bit = 0; bit < 4; bit++)
    if (run->skjema->first_type == (1u << bit))
      fields = rule->keys[bit];
  while (size < (gsize) run->n_recs * 2)
    size *= 2;
  table = g_new (guint, size);
  memset (table, 0xff, size * sizeof (guint));

  for (guint i = 0; i < run->n_recs; i++)
    {
      const KommuneRec *rec = &run->recs[i];
      guint8 key[40];
      guint len = 0;
      gsize slot;

      for (guint f = 0; fields != NULL && f < fields->len; f++)
        {
          guint at, width;
          const char *s;

          _kommune_field_location (g_array_index (fields, KommuneField, f), &at, &width);
          s = rec->text + at;
          _kommune_run_trim (&s, &width);
          key[len++] = (guint8) width;
          memcpy (key + len, s, width);
          len += width;
        }
      for (slot = hash_key (key, len) & (size - 1); table[slot] != G_MAXUINT; slot = (slot + 1) & (size - 1))
        {
          Group *g = &g_array_index (groups, Group, table[slot]);

          if (g->len == len && memcmp (g->key, key, len) == 0)
            break;
        }
      next[i] = G_MAXUINT;
      if (table[slot] == G_MAXUINT)
        {
          Group g = { .len = len, .first = i, .last = i, .count = 1 };

          memcpy (g.key, key, len);
          table[slot] = groups->len;
          g_array_append_val (groups, g);
        }
      else
        {
          Group *g = &g_array_index (groups, Group, table[slot]);

          next[g->last] = i;
          g->last = i;
          g->count++;
        }
    }

  for (guint gi = 0; gi < groups->len; gi++)
    {
      const Group *g = &g_array_index (groups, Group, gi);
      const KommuneRec *first = &run->recs[g->first];
      g_autoptr(GString) key = g_string_new (NULL);
      g_autoptr(GString) amounts = g_string_new ("[");
      g_autofree guint *lines = NULL;
      KommuneMessageValues values = { 0 };
      guint n = 0;

      if (g->count < 2)
        continue;
      for (guint f = 0; fields != NULL && f < fields->len; f++)
        {
          KommuneField field = g_array_index (fields, KommuneField, f);
          guint at, width;
          const char *s;

          _kommune_field_location (field, &at, &width);
          s = first->text + at;
          _kommune_run_trim (&s, &width);
          if (f > 0)
            g_string_append (key, " * ");
          g_string_append_printf (key, "%s = '", rule->titles[field]);
          _kommune_run_append_latin1 (key, s, width);
          g_string_append_c (key, '\'');
        }
      lines = g_new (guint, g->count);
      for (guint i = g->first; i != G_MAXUINT; i = next[i])
        {
          if (n > 0)
            g_string_append (amounts, ", ");
          _kommune_run_append_latin1 (amounts, run->recs[i].text + KOMMUNE_ACCOUNTS_AMOUNT_AT,
                                      KOMMUNE_ACCOUNTS_AMOUNT_WIDTH);
          lines[n++] = run->recs[i].line;
        }
      g_string_append_c (amounts, ']');
      values.key = key->str;
      values.amounts = amounts->str;
      _kommune_run_add (run, rule, _kommune_run_severity (run, rule, first),
                        _kommune_run_message (run, rule->message, first, &values), lines, n);
    }
}

void
_kommune_run_rule (KommuneRun        *run,
                   const KommuneRule *rule)
{
  switch (rule->kind)
    {
    case KOMMUNE_RULE_FIELD_EQUALS_ARGUMENT:
      run_field_equals (run, rule);
      break;
    case KOMMUNE_RULE_CODE_IN_LIST:
      run_code_in_list (run, rule);
      break;
    case KOMMUNE_RULE_RECORD_MATCH:
      run_record_match (run, rule);
      break;
    case KOMMUNE_RULE_EQUIVALENCE:
      run_equivalence (run, rule);
      break;
    case KOMMUNE_RULE_SUM:
      run_sum (run, rule);
      break;
    case KOMMUNE_RULE_DUPLICATES:
      run_duplicates (run, rule);
      break;
    case KOMMUNE_RULE_RECORD_LENGTH:
    default:
      g_assert_not_reached ();
    }
}
