/* kommune-validation-run.c: what the rules of a run share
 *
 * Reading a record's bytes as SSB's program reads them (Kotlin's trim()
 * and toInt() over ISO-8859-1), code tests with sorted keys and a bit
 * mask for the quick “not there”, conditions on records (the class part
 * answered from a table of 256), severities, and messages with their
 * placeholders filled in.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "kostra/kommune-accounts-layout-private.h"
#include "kostra/kommune-validation-entry-private.h"
#include "kostra/kommune-validation-run-private.h"

/* Kotlin's Char.isWhitespace() for the characters of ISO-8859-1. */
static inline gboolean
is_space (guchar c)
{
  return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0xA0;
}

void
_kommune_run_trim (const char **s,
                   guint       *len)
{
  while (*len > 0 && is_space ((guchar) (*s)[0]))
    (*s)++, (*len)--;
  while (*len > 0 && is_space ((guchar) (*s)[*len - 1]))
    (*len)--;
}

/* Kotlin's String.toInt(): an optional sign, then ASCII digits, in 32 bits. */
gboolean
_kommune_run_parse_int (const char *s,
                        guint       len,
                        gint32     *out)
{
  gint64 value = 0;
  gboolean negative = FALSE;
  guint i = 0;

  if (len == 0)
    return FALSE;
  if (s[0] == '-' || s[0] == '+')
    {
      if (len == 1)
        return FALSE;
      negative = s[0] == '-';
      i = 1;
    }
  for (; i < len; i++)
    {
      if (s[i] < '0' || s[i] > '9')
        return FALSE;
      value = value * 10 + (s[i] - '0');
      if (value > (gint64) G_MAXINT32 + 1)
        return FALSE;
    }
  if (negative)
    value = -value;
  if (value > G_MAXINT32)
    return FALSE;
  *out = (gint32) value;
  return TRUE;
}

gint32
_kommune_run_field_int (const char *text,
           guint       at,
           guint       width)
{
  const char *s = text + at;
  guint len = width;
  gint32 value = 0;

  _kommune_run_trim (&s, &len);
  return _kommune_run_parse_int (s, len, &value) ? value : 0;
}

void
_kommune_run_append_latin1 (GString    *out,
                            const char *s,
                            guint       len)
{
  guint plain = 0;

  while (plain < len && (guchar) s[plain] < 0x80 && s[plain] != '\0')
    plain++;
  g_string_append_len (out, s, plain);
  for (guint i = plain; i < len; i++)
    {
      guchar c = (guchar) s[i];

      if (c == 0)
        g_string_append (out, "\xEF\xBF\xBD");   /* no NUL inside a C string */
      else if (c < 0x80)
        g_string_append_c (out, (char) c);
      else
        g_string_append_unichar (out, c);
    }
}

#define pack _kommune_run_pack

static inline guint64
key_bit (guint64 key)
{
  return G_GUINT64_CONSTANT (1) << ((key ^ (key >> 17) ^ (key >> 31)) & 63);
}

static int
compare_keys (gconstpointer a,
              gconstpointer b)
{
  guint64 x = *(const guint64 *) a, y = *(const guint64 *) b;

  return x < y ? -1 : x > y;
}

const KommuneRunList *
_kommune_run_list (KommuneRun              *run,
                   const KommuneCodeSource *source)
{
  KommuneRunList *list;
  GPtrArray *codes;

  if (source->ref == NULL)
    return NULL;
  if ((list = g_hash_table_lookup (run->lists, source->ref)) != NULL)
    return list;
  if ((codes = g_hash_table_lookup (run->data->lists, source->ref)) == NULL)
    return NULL;
  /* A list of lists.tsv used as it is: joined once, kept for the run. */
  list = g_new0 (KommuneRunList, 1);
  list->name = g_strdup (source->ref);
  list->codes = g_ptr_array_ref (codes);
  {
    g_autoptr(GPtrArray) strv = g_ptr_array_sized_new (codes->len + 1);

    for (guint i = 0; i < codes->len; i++)
      g_ptr_array_add (strv, codes->pdata[i]);
    g_ptr_array_add (strv, NULL);
    list->joined = g_strjoinv (", ", (char **) strv->pdata);
  }
  g_hash_table_insert (run->lists, list->name, list);
  return list;
}

KommuneRunTest
_kommune_run_test_new (KommuneRun            *run,
                       const KommuneCodeTest *test)
{
  KommuneRunTest t = { 0 };
  const KommuneRunList *list = _kommune_run_list (run, &test->source);
  GPtrArray *codes = list != NULL ? list->codes : test->source.codes;

  _kommune_field_location (test->field, &t.at, &t.width);
  t.trimmed = test->trimmed;
  t.negate = test->negate;
  t.keys = g_new (guint64, codes != NULL ? codes->len + 1 : 1);
  for (guint i = 0; codes != NULL && i < codes->len; i++)
    {
      const char *code = codes->pdata[i];
      guint len = (guint) strlen (code);

      if (t.trimmed)
        {
          _kommune_run_trim (&code, &len);
          if (len <= 7)
            t.keys[t.n_keys++] = pack (code, len);
        }
      else if (len <= t.width)
        {
          char padded[8];

          memset (padded, ' ', sizeof padded);
          memcpy (padded, code, len);
          t.keys[t.n_keys++] = pack (padded, t.width);
        }
    }
  qsort (t.keys, t.n_keys, sizeof (guint64), compare_keys);
  for (guint i = 0; i < t.n_keys; i++)
    t.mask |= key_bit (t.keys[i]);
  if ((test->field == KOMMUNE_FIELD_FUNKSJON || test->field == KOMMUNE_FIELD_KAPITTEL))
    t.key = t.trimmed ? KOMMUNE_RUN_KEY_FK_TRIMMED : KOMMUNE_RUN_KEY_FK;
  else if ((test->field == KOMMUNE_FIELD_ART || test->field == KOMMUNE_FIELD_SEKTOR) && !t.trimmed)
    t.key = KOMMUNE_RUN_KEY_ART;
  return t;
}

gboolean
_kommune_run_test_match (const KommuneRunTest *t,
                         const KommuneRec     *rec)
{
  guint64 key;
  guint lo = 0, hi = t->n_keys;

  switch (t->key)
    {
    case KOMMUNE_RUN_KEY_FK:
      key = ((guint64) KOMMUNE_ACCOUNTS_FUNCTION_WIDTH << 56) | rec->fk_key;
      break;
    case KOMMUNE_RUN_KEY_FK_TRIMMED:
      key = ((guint64) rec->fk_trim_len << 56) | rec->fk_trim;
      break;
    case KOMMUNE_RUN_KEY_ART:
      key = ((guint64) KOMMUNE_ACCOUNTS_ART_WIDTH << 56) | rec->art_key;
      break;
    case KOMMUNE_RUN_KEY_FIELD:
    default:
      {
        const char *s = rec->text + t->at;
        guint len = t->width;

        if (t->trimmed)
          _kommune_run_trim (&s, &len);
        key = pack (s, len);
      }
      break;
    }
  if ((t->mask & key_bit (key)) == 0)
    return FALSE;
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (t->keys[mid] < key)
        lo = mid + 1;
      else if (t->keys[mid] > key)
        hi = mid;
      else
        return TRUE;
    }
  return FALSE;
}

static const char accounts[] = { 0, 'D', 'I', 'B', 'R' };

guint8
_kommune_run_record_class (guint8   types,
                           char     account,
                           gboolean oslo_bydel)
{
  guint a = 0;

  for (guint i = 1; i < G_N_ELEMENTS (accounts); i++)
    if (accounts[i] == account)
      a = i;
  return (guint8) ((types & 0x0f) | (a << 4) | (oslo_bydel ? 0x80 : 0));
}

/* Whether a record of class @cls passes the class part of @p. */
static gboolean
class_passes (const KommunePredicate *p,
              guint                   cls)
{
  guint8 types = cls & 0x0f;
  guint a = (cls >> 4) & 0x07;
  char account = a < G_N_ELEMENTS (accounts) ? accounts[a] : 0;
  gboolean bydel = (cls & 0x80) != 0;

  if (p->types_any != 0 && (types & p->types_any) == 0)
    return FALSE;
  if ((types & p->types_all) != p->types_all)
    return FALSE;
  if (p->account != 0 && account != p->account)
    return FALSE;
  if (p->account_not != 0 && account == p->account_not)
    return FALSE;
  if (p->oslo_bydel >= 0 && bydel != (p->oslo_bydel == 1))
    return FALSE;
  return TRUE;
}

void
_kommune_run_predicate_init (KommuneRun             *run,
                             KommuneRunPredicate    *rp,
                             const KommunePredicate *p)
{
  rp->p = p;
  rp->n_tests = p->codes != NULL ? p->codes->len : 0;
  rp->tests = g_new0 (KommuneRunTest, rp->n_tests + 1);
  for (guint i = 0; i < rp->n_tests; i++)
    rp->tests[i] = _kommune_run_test_new (run, &g_array_index (p->codes, KommuneCodeTest, i));
  for (guint cls = 0; cls < 256; cls++)
    rp->cls_ok[cls] = class_passes (p, cls);
  rp->simple = rp->n_tests == 0 && p->amount == KOMMUNE_AMOUNT_ANY && (p->ranges == NULL || p->ranges->len == 0);
}

void
_kommune_run_predicate_clear (KommuneRunPredicate *rp)
{
  for (guint i = 0; i < rp->n_tests; i++)
    g_free (rp->tests[i].keys);
  g_clear_pointer (&rp->tests, g_free);
}

gboolean
_kommune_run_predicate_rest (const KommuneRunPredicate *rp,
                             const KommuneRec          *rec)
{
  const KommunePredicate *p = rp->p;

  switch (p->amount)
    {
    case KOMMUNE_AMOUNT_NONZERO:
      if (rec->amount == 0)
        return FALSE;
      break;
    case KOMMUNE_AMOUNT_NEGATIVE:
      if (rec->amount >= 0)
        return FALSE;
      break;
    case KOMMUNE_AMOUNT_INVALID_FORMAT:
      if ((rec->flags & KOMMUNE_REC_BAD_AMOUNT_FORMAT) == 0)
        return FALSE;
      break;
    case KOMMUNE_AMOUNT_ANY:
    default:
      break;
    }
  for (guint i = 0; p->ranges != NULL && i < p->ranges->len; i++)
    {
      const KommuneRangeTest *r = &g_array_index (p->ranges, KommuneRangeTest, i);
      gint64 value;

      if (r->field == KOMMUNE_FIELD_FUNKSJON || r->field == KOMMUNE_FIELD_KAPITTEL)
        value = rec->fk_num;
      else if (r->field == KOMMUNE_FIELD_ART || r->field == KOMMUNE_FIELD_SEKTOR)
        value = rec->art_num;
      else if (r->field == KOMMUNE_FIELD_BELOP)
        value = rec->amount;
      else
        {
          guint at, width;

          _kommune_field_location (r->field, &at, &width);
          value = _kommune_run_field_int (rec->text, at, width);
        }
      if ((value >= r->from && value <= r->to) == r->negate)
        return FALSE;
    }
  for (guint i = 0; i < rp->n_tests; i++)
    if (_kommune_run_test_match (&rp->tests[i], rec) == rp->tests[i].negate)
      return FALSE;
  return TRUE;
}

KommuneSeverity
_kommune_run_severity (KommuneRun        *run,
                       const KommuneRule *rule,
                       const KommuneRec  *rec)
{
  const KommuneSeverityRule *s = &rule->severity;
  int sev = -1;

  switch (s->by)
    {
    case KOMMUNE_SEVERITY_BY_RECORD_QUARTER:
      sev = rec != NULL ? s->by_char[(guchar) rec->text[KOMMUNE_ACCOUNTS_QUARTER_AT]] : -1;
      break;
    case KOMMUNE_SEVERITY_BY_ARGUMENT_QUARTER:
      sev = s->by_char[(guchar) run->arg_quarter[0]];
      break;
    case KOMMUNE_SEVERITY_BY_FIRST_RECORD_TYPE:
      for (guint bit = 0; rec != NULL && bit < 4 && sev < 0; bit++)
        if ((rec->cls & (1u << bit)) != 0)
          sev = s->by_type[bit];
      break;
    case KOMMUNE_SEVERITY_BY_NONE:
    default:
      break;
    }
  return sev >= 0 ? (KommuneSeverity) sev : s->fallback;
}

static void
append_field (GString          *out,
              const KommuneRec *rec,
              KommuneField      field,
              gboolean          trimmed)
{
  guint at, width;
  const char *s;

  _kommune_field_location (field, &at, &width);
  s = rec->text + at;
  if (trimmed)
    _kommune_run_trim (&s, &width);
  _kommune_run_append_latin1 (out, s, width);
}

char *
_kommune_run_message (KommuneRun                 *run,
                      const char                 *template,
                      const KommuneRec           *rec,
                      const KommuneMessageValues *values)
{
  static const char * const field_names[KOMMUNE_N_FIELDS] = {
    "skjema", "aargang", "kvartal", "region", "orgnr", "foretaksnr", "kontoklasse",
    "funksjon", "kapittel", "art", "sektor", "belop"
  };
  GString *out = g_string_sized_new (strlen (template) + 64);

  for (const char *p = template; *p != '\0'; )
    {
      const char *open = strchr (p, '{');
      const char *close;
      g_autofree char *name = NULL;
      gboolean done = FALSE;

      if (open == NULL || (close = strchr (open, '}')) == NULL)
        {
          g_string_append (out, p);
          break;
        }
      g_string_append_len (out, p, open - p);
      name = g_strndup (open + 1, (gsize) (close - open - 1));
      p = close + 1;

      for (int f = 0; rec != NULL && f < KOMMUNE_N_FIELDS && !done; f++)
        if (g_str_equal (name, field_names[f]))
          append_field (out, rec, (KommuneField) f, FALSE), done = TRUE;
      if (done)
        continue;
      if (rec != NULL && g_str_equal (name, "funksjon_trimmed"))
        append_field (out, rec, KOMMUNE_FIELD_FUNKSJON, TRUE);
      else if (g_str_equal (name, "arg_skjema"))
        g_string_append (out, run->arg_skjema);
      else if (g_str_equal (name, "arg_year"))
        g_string_append (out, run->arg_year);
      else if (g_str_equal (name, "arg_quarter"))
        g_string_append (out, run->arg_quarter);
      else if (g_str_equal (name, "arg_region"))
        g_string_append (out, run->arg_region);
      else if (g_str_equal (name, "arg_orgnr"))
        g_string_append (out, run->arg_orgnr);
      else if (g_str_equal (name, "arg_orgnr_list"))
        {
          /* Kotlin's List.toString() of the argument split on commas. */
          g_auto(GStrv) parts = g_strsplit (run->arg_orgnr, ",", -1);
          g_autofree char *joined = g_strjoinv (", ", parts);

          g_string_append_printf (out, "[%s]", joined);
        }
      else if (g_str_has_prefix (name, "list:"))
        {
          KommuneCodeSource source = { name + 5, NULL };
          const KommuneRunList *list = _kommune_run_list (run, &source);

          g_string_append (out, list != NULL ? list->joined : "");
        }
      else if (values != NULL && g_str_equal (name, "list"))
        g_string_append (out, values->list);
      else if (values != NULL && g_str_equal (name, "a"))
        g_string_append_printf (out, "%d", values->a);
      else if (values != NULL && g_str_equal (name, "b"))
        g_string_append_printf (out, "%d", values->b);
      else if (values != NULL && g_str_equal (name, "a+b"))
        g_string_append_printf (out, "%d", (gint32) ((guint32) values->a + (guint32) values->b));
      else if (values != NULL && g_str_equal (name, "a_funksjoner"))
        g_string_append (out, values->a_funksjoner);
      else if (values != NULL && g_str_equal (name, "a_funksjoner_distinct"))
        g_string_append (out, values->a_funksjoner_distinct);
      else if (values != NULL && g_str_equal (name, "key"))
        g_string_append (out, values->key);
      else if (values != NULL && g_str_equal (name, "amounts"))
        g_string_append (out, values->amounts);
      else if (values != NULL && g_str_equal (name, "length"))
        g_string_append_printf (out, "%u", values->length);
      else if (values != NULL && g_str_equal (name, "actual"))
        g_string_append_printf (out, "%u", values->actual);
      else
        g_string_append_printf (out, "{%s}", name);
    }
  return g_string_free (out, FALSE);
}

void
_kommune_run_add (KommuneRun        *run,
                  const KommuneRule *rule,
                  KommuneSeverity    severity,
                  char              *message,
                  const guint       *lines,
                  guint              n_lines)
{
  g_ptr_array_add (run->entries,
                   _kommune_validation_entry_new (rule->id, rule->name, severity, message, lines, n_lines));
  g_free (message);
}

void
_kommune_run_list_free (KommuneRunList *list)
{
  g_free (list->name);
  g_ptr_array_unref (list->codes);
  g_free (list->joined);
  g_free (list);
}


void
_kommune_run_index_classes (KommuneRun *run)
{
  gboolean seen[256] = { FALSE };

  run->n_classes = 0;
  for (guint i = 0; i < run->n_recs && run->n_classes != G_MAXUINT; i++)
    {
      guint8 cls = run->recs[i].cls;

      if (seen[cls])
        continue;
      seen[cls] = TRUE;
      if (run->n_classes == G_N_ELEMENTS (run->classes))
        run->n_classes = G_MAXUINT;
      else
        run->classes[run->n_classes++] = cls;
    }
}

void
_kommune_run_clear_classes (KommuneRun *run)
{
  for (guint m = 0; m < G_N_ELEMENTS (run->by_classes); m++)
    g_clear_pointer (&run->by_classes[m], g_free);
}

const guint32 *
_kommune_run_records_for (KommuneRun                *run,
                          const KommuneRunPredicate *rp,
                          guint                     *n_recs)
{
  guint mask = 0, all;

  *n_recs = run->n_recs;
  if (run->n_classes == G_MAXUINT)
    return NULL;
  all = (1u << run->n_classes) - 1;
  for (guint c = 0; c < run->n_classes; c++)
    if (rp->cls_ok[run->classes[c]])
      mask |= 1u << c;
  if (mask == all)
    return NULL;
  if (run->by_classes[mask] == NULL)
    {
      gboolean in[256] = { FALSE };
      guint32 *list = g_new (guint32, run->n_recs + 1);
      guint n = 0;

      for (guint c = 0; c < run->n_classes; c++)
        if ((mask & (1u << c)) != 0)
          in[run->classes[c]] = TRUE;
      for (guint i = 0; i < run->n_recs; i++)
        if (in[run->recs[i].cls])
          list[n++] = i;
      run->by_classes[mask] = list;
      run->n_by_classes[mask] = n;
    }
  *n_recs = run->n_by_classes[mask];
  return run->by_classes[mask];
}
