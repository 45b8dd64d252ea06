/* kommune-validation.c: a run of SSB's controls over the lines of a file
 *
 * Sets a run up as SSB's program does: picks the validator of the skjema
 * (or answers "Ukjent skjema"), composes the validator's code lists for
 * the arguments, runs control 001 on the lines, reads every record whose
 * amount is not "0" once into what the rules test, and lets each rule run
 * over them in the validator's order. The helpers the rules share (code
 * tests, conditions, severities, messages) are here too.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "kommune-error.h"
#include "kostra/kommune-accounts-layout-private.h"
#include "kostra/kommune-validation-entry-private.h"
#include "kostra/kommune-validation-private.h"
#include "kostra/kommune-validation-report-private.h"
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

static gint32
field_int (const char *text,
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
  for (guint i = 0; i < len; i++)
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

/* @utf8 as ISO-8859-1 bytes, or NULL when it has a character beyond. */
static char *
to_latin1 (const char *utf8)
{
  GString *out = g_string_new (NULL);

  for (const char *p = utf8; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c > 0xFF)
        return g_string_free (out, TRUE), NULL;
      g_string_append_c (out, (char) c);
    }
  return g_string_free (out, FALSE);
}

static inline guint64
pack (const char *s,
      guint       len)
{
  guint64 key = (guint64) len << 56;

  for (guint i = 0; i < len; i++)
    key |= (guint64) (guchar) s[i] << (8 * i);
  return key;
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
  return t;
}

gboolean
_kommune_run_test_match (const KommuneRunTest *t,
                         const char           *text)
{
  const char *s = text + t->at;
  guint len = t->width;
  guint64 key;
  guint lo = 0, hi = t->n_keys;

  if (t->trimmed)
    _kommune_run_trim (&s, &len);
  key = pack (s, len);
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
}

void
_kommune_run_predicate_clear (KommuneRunPredicate *rp)
{
  for (guint i = 0; i < rp->n_tests; i++)
    g_free (rp->tests[i].keys);
  g_clear_pointer (&rp->tests, g_free);
}

gboolean
_kommune_run_predicate_match (const KommuneRunPredicate *rp,
                              const KommuneRec          *rec)
{
  const KommunePredicate *p = rp->p;

  if (p->types_any != 0 && (rec->types & p->types_any) == 0)
    return FALSE;
  if ((rec->types & p->types_all) != p->types_all)
    return FALSE;
  if (p->account != 0 && rec->account != p->account)
    return FALSE;
  if (p->account_not != 0 && rec->account == p->account_not)
    return FALSE;
  if (p->oslo_bydel >= 0 && ((rec->flags & KOMMUNE_REC_OSLO_BYDEL) != 0) != (p->oslo_bydel == 1))
    return FALSE;
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
          value = field_int (rec->text, at, width);
        }
      if ((value >= r->from && value <= r->to) == r->negate)
        return FALSE;
    }
  for (guint i = 0; i < rp->n_tests; i++)
    if (_kommune_run_test_match (&rp->tests[i], rec->text) == rp->tests[i].negate)
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
        if ((rec->types & (1u << bit)) != 0)
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

static void
run_list_free (KommuneRunList *list)
{
  g_free (list->name);
  g_ptr_array_unref (list->codes);
  g_free (list->joined);
  g_free (list);
}

static gboolean
source_contains (KommuneRun              *run,
                 const KommuneCodeSource *source,
                 const char              *value)
{
  GPtrArray *codes = source->ref != NULL ? g_hash_table_lookup (run->data->lists, source->ref) : source->codes;

  for (guint i = 0; codes != NULL && i < codes->len; i++)
    if (g_str_equal (codes->pdata[i], value))
      return TRUE;
  return FALSE;
}

static gboolean
part_applies (KommuneRun            *run,
              const KommuneListPart *part)
{
  const KommuneListWhen *w = &part->when;

  if (w->skjema != NULL && !g_ptr_array_find_with_equal_func (w->skjema, run->arg_skjema, g_str_equal, NULL))
    return FALSE;
  if ((w->region.ref != NULL || w->region.codes != NULL) && !source_contains (run, &w->region, run->arg_region))
    return FALSE;
  if ((w->orgnr.ref != NULL || w->orgnr.codes != NULL) && !source_contains (run, &w->orgnr, run->arg_orgnr))
    return FALSE;
  if ((w->orgnr_not.ref != NULL || w->orgnr_not.codes != NULL) && source_contains (run, &w->orgnr_not, run->arg_orgnr))
    return FALSE;
  return TRUE;
}

static int
compare_codes (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

/* A validator's list for this run's arguments: the parts that apply,
 * padded, without repeats, sorted as SSB sorts (by character code). */
static void
compose_list (KommuneRun           *run,
              const KommuneListDef *def)
{
  KommuneRunList *list = g_new0 (KommuneRunList, 1);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  list->name = g_strdup (def->name);
  list->codes = g_ptr_array_new_with_free_func (g_free);
  if (def->from_skjema_classes)
    {
      for (guint i = 0; i < run->skjema->n_classes; i++)
        {
          char code[2] = { run->skjema->classes[i], '\0' };

          if (!g_ptr_array_find_with_equal_func (list->codes, code, g_str_equal, NULL))
            g_ptr_array_add (list->codes, g_strdup (code));
        }
    }
  for (guint i = 0; def->parts != NULL && i < def->parts->len; i++)
    {
      const KommuneListPart *part = &g_array_index (def->parts, KommuneListPart, i);
      GPtrArray *codes;

      if (!part_applies (run, part))
        continue;
      codes = part->codes.ref != NULL ? g_hash_table_lookup (run->data->lists, part->codes.ref) : part->codes.codes;
      for (guint c = 0; c < codes->len; c++)
        {
          char *code = g_strdup (codes->pdata[c]);

          if (def->pad > 0 && strlen (code) < def->pad)
            {
              char *padded = g_strdup_printf ("%-*s", (int) def->pad, code);

              g_free (code);
              code = padded;
            }
          if (g_hash_table_contains (seen, code))
            {
              g_free (code);
              continue;
            }
          g_ptr_array_add (list->codes, code);
          g_hash_table_add (seen, code);
        }
      if (def->first_only)
        break;
    }
  if (def->sort)
    g_ptr_array_sort (list->codes, compare_codes);
  g_ptr_array_add (list->codes, NULL);
  list->joined = g_strjoinv (", ", (char **) list->codes->pdata);
  g_ptr_array_remove_index (list->codes, list->codes->len - 1);
  g_hash_table_insert (run->lists, list->name, list);
}

/* The 014 pattern, ^\s*?-?\d+$, with Java's \s and \d, and no TAB. */
static gboolean
amount_format_ok (const char *s,
                  guint       len)
{
  guint i = 0;

  if (memchr (s, '\t', len) != NULL)
    return FALSE;
  while (i < len && (s[i] == ' ' || (s[i] >= '\t' && s[i] <= '\r')))
    i++;
  if (i < len && s[i] == '-')
    i++;
  if (i == len)
    return FALSE;
  for (; i < len; i++)
    if (s[i] < '0' || s[i] > '9')
      return FALSE;
  return TRUE;
}

static const KommuneSkjema *
record_skjema (KommuneRun       *run,
               const char       *text,
               const KommuneSkjema **last,
               char              last_code[3])
{
  char code[3] = { text[0], text[1], '\0' };

  if (last_code[0] != '\0' && code[0] == last_code[0] && code[1] == last_code[1])
    return *last;
  memcpy (last_code, code, 3);
  *last = g_hash_table_lookup (run->data->skjema, code);
  return *last;
}

/* Every record whose amount is not "0", read once. */
static void
read_records (KommuneRun *run)
{
  const KommuneSkjema *last = NULL;
  char last_code[3] = { '\0' };

  run->recs = g_new (KommuneRec, run->n_lines + 1);
  for (guint i = 0; i < run->n_lines; i++)
    {
      const char *text = run->lines[i].text;
      const char *amount = text + KOMMUNE_ACCOUNTS_AMOUNT_AT;
      guint len = KOMMUNE_ACCOUNTS_AMOUNT_WIDTH;
      KommuneRec *rec = &run->recs[run->n_recs];
      const KommuneSkjema *s;

      _kommune_run_trim (&amount, &len);
      if (len == 1 && amount[0] == '0')
        continue;
      rec->text = text;
      rec->line = i + 1;
      rec->amount = 0;
      _kommune_run_parse_int (amount, len, &rec->amount);
      rec->fk_num = field_int (text, KOMMUNE_ACCOUNTS_FUNCTION_AT, KOMMUNE_ACCOUNTS_FUNCTION_WIDTH);
      rec->art_num = field_int (text, KOMMUNE_ACCOUNTS_ART_AT, KOMMUNE_ACCOUNTS_ART_WIDTH);
      rec->flags = 0;
      if (!amount_format_ok (text + KOMMUNE_ACCOUNTS_AMOUNT_AT, KOMMUNE_ACCOUNTS_AMOUNT_WIDTH))
        rec->flags |= KOMMUNE_REC_BAD_AMOUNT_FORMAT;
      if (memcmp (text + KOMMUNE_ACCOUNTS_REGION_AT, "0301", 4) == 0 &&
          memcmp (text + KOMMUNE_ACCOUNTS_REGION_AT + 4, "00", 2) != 0)
        rec->flags |= KOMMUNE_REC_OSLO_BYDEL;
      rec->types = 0;
      rec->account = 0;
      if ((s = record_skjema (run, text, &last, last_code)) != NULL)
        {
          rec->types = s->types;
          for (guint c = 0; c < s->n_classes; c++)
            if (s->classes[c] == text[KOMMUNE_ACCOUNTS_CLASS_AT])
              {
                rec->account = s->kontotypes[c];
                break;
              }
        }
      run->n_recs++;
    }
}

static gboolean
is_blank (const char *s)
{
  for (; *s != '\0'; s++)
    if (!is_space ((guchar) *s))
      return FALSE;
  return TRUE;
}

KommuneValidationReport *
_kommune_kostra_validate_lines (KommuneAccountsLines *lines,
                                const char           *skjema,
                                const char           *year,
                                guint                 quarter,
                                const char           *region,
                                const char           *orgnr,
                                GError              **error)
{
  g_autoptr(KommuneValidationReport) report = NULL;
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  KommuneRun run = { 0 };
  guint64 n_controls = 0;

  g_return_val_if_fail (lines != NULL, NULL);

  if (skjema == NULL || year == NULL || region == NULL ||
      !g_utf8_validate (skjema, -1, NULL) || !g_utf8_validate (year, -1, NULL) ||
      !g_utf8_validate (region, -1, NULL) || (orgnr != NULL && !g_utf8_validate (orgnr, -1, NULL)))
    {
      g_set_error_literal (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                           "The skjema, year and region of a KOSTRA validation are UTF-8 text");
      return NULL;
    }
  if (is_blank (skjema) || is_blank (year) || is_blank (region))
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                   "A KOSTRA validation needs a skjema, a year and a region (got “%s”, “%s”, “%s”)",
                   skjema, year, region);
      return NULL;
    }
  if (quarter > 4)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                   "A quarter is 1 to 4, or 0 for the annual accounts, not %u", quarter);
      return NULL;
    }

  run.data = _kommune_control_data_for_year (year, error);
  if (run.data == NULL)
    return NULL;
  report = _kommune_validation_report_new (skjema, year, quarter, region, run.data->year);
  run.skjema = g_hash_table_lookup (run.data->skjema, skjema);
  if (run.skjema == NULL || run.skjema->validator == NULL)
    {
      g_autofree char *message = g_strdup_printf ("Korrigér filutrekket. Skjema '%s' er ukjent for "
                                                  "kostra-kontrollprogram. Avslutter....", skjema);

      g_ptr_array_add (entries, _kommune_validation_entry_new ("", "Ukjent skjema", KOMMUNE_SEVERITY_FATAL,
                                                               message, NULL, 0));
      _kommune_validation_report_finish (report, entries, 1);
      return g_steal_pointer (&report);
    }
  run.validator = g_hash_table_lookup (run.data->validators, run.skjema->validator);
  if (run.validator == NULL)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                   "SSB's controls for skjema %s (validator “%s”) are not implemented",
                   skjema, run.skjema->validator);
      return NULL;
    }

  run.arg_skjema = skjema;
  run.arg_year = year;
  run.arg_region = region;
  run.arg_orgnr = orgnr != NULL ? orgnr : "         ";
  run.arg_quarter[0] = quarter == 0 ? ' ' : (char) ('0' + quarter);
  run.l_skjema = to_latin1 (skjema);
  run.l_year = to_latin1 (year);
  run.l_region = to_latin1 (region);
  run.l_orgnr = to_latin1 (run.arg_orgnr);
  run.lists = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) run_list_free);
  run.lines = _kommune_accounts_lines_get (lines, &run.n_lines);
  run.entries = entries;
  for (guint i = 0; i < run.validator->lists->len; i++)
    compose_list (&run, run.validator->lists->pdata[i]);

  for (guint i = 0; i < run.validator->pre->len; i++)
    {
      _kommune_run_record_length (&run, run.validator->pre->pdata[i]);
      if (entries->len > 0)
        {
          /* SSB counts one control per line rule when they stop the run. */
          n_controls = run.validator->pre->len;
          goto done;
        }
    }

  read_records (&run);
  for (guint i = 0; i < run.validator->rules->len; i++)
    _kommune_run_rule (&run, run.validator->rules->pdata[i]);
  n_controls = (guint64) run.n_lines * run.validator->pre->len +
               (guint64) run.n_recs * run.validator->rules->len;

done:
  _kommune_validation_report_finish (report, entries, n_controls);
  g_free (run.recs);
  g_hash_table_unref (run.lists);
  g_free (run.l_skjema);
  g_free (run.l_year);
  g_free (run.l_region);
  g_free (run.l_orgnr);
  return g_steal_pointer (&report);
}
