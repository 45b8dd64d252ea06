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
#include "kostra/kommune-accounts-file-private.h"
#include "kostra/kommune-accounts-layout-private.h"
#include "kostra/kommune-validation-entry-private.h"
#include "kostra/kommune-validation-private.h"
#include "kostra/kommune-validation-report-private.h"
#include "kostra/kommune-validation-rules-private.h"
#include "kostra/kommune-validation-run-private.h"
#include "core/kommune-i18n-private.h"

#define pack _kommune_run_pack

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
      guint8 types;
      char account;

      _kommune_run_trim (&amount, &len);
      if (len == 1 && amount[0] == '0')
        continue;
      rec->text = text;
      rec->line = run->lines[i].number;
      rec->amount = 0;
      _kommune_run_parse_int (amount, len, &rec->amount);
      {
        const char *fk = text + KOMMUNE_ACCOUNTS_FUNCTION_AT;
        const char *art = text + KOMMUNE_ACCOUNTS_ART_AT;
        guint fk_len = KOMMUNE_ACCOUNTS_FUNCTION_WIDTH, art_len = KOMMUNE_ACCOUNTS_ART_WIDTH;
        gint32 fk_num = 0, art_num = 0;

        rec->fk_key = (guint32) pack (fk, fk_len);
        rec->art_key = (guint32) pack (art, art_len);
        _kommune_run_trim (&fk, &fk_len);
        _kommune_run_trim (&art, &art_len);
        rec->fk_trim = (guint32) pack (fk, fk_len);
        rec->fk_trim_len = (guint8) fk_len;
        /* Four digits and three digits fit 16 bits, sign included. */
        _kommune_run_parse_int (fk, fk_len, &fk_num);
        _kommune_run_parse_int (art, art_len, &art_num);
        rec->fk_num = (gint16) fk_num;
        rec->art_num = (gint16) art_num;
      }
      rec->flags = 0;
      if (!amount_format_ok (text + KOMMUNE_ACCOUNTS_AMOUNT_AT, KOMMUNE_ACCOUNTS_AMOUNT_WIDTH))
        rec->flags |= KOMMUNE_REC_BAD_AMOUNT_FORMAT;
      if (memcmp (text + KOMMUNE_ACCOUNTS_REGION_AT, "0301", 4) == 0 &&
          memcmp (text + KOMMUNE_ACCOUNTS_REGION_AT + 4, "00", 2) != 0)
        rec->flags |= KOMMUNE_REC_OSLO_BYDEL;
      types = 0;
      account = 0;
      if ((s = record_skjema (run, text, &last, last_code)) != NULL)
        {
          types = s->types;
          for (guint c = 0; c < s->n_classes; c++)
            if (s->classes[c] == text[KOMMUNE_ACCOUNTS_CLASS_AT])
              {
                account = s->kontotypes[c];
                break;
              }
        }
      rec->cls = _kommune_run_record_class (types, account, (rec->flags & KOMMUNE_REC_OSLO_BYDEL) != 0);
      run->n_recs++;
    }
}

static gboolean
is_blank (const char *s)
{
  guint len = (guint) strlen (s);

  _kommune_run_trim (&s, &len);
  return len == 0;
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
                           _("The skjema, year and region of a KOSTRA validation are UTF-8 text"));
      return NULL;
    }
  if (is_blank (skjema) || is_blank (year) || is_blank (region))
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                   _("A KOSTRA validation needs a skjema, a year and a region (got “%s”, “%s”, “%s”)"),
                   skjema, year, region);
      return NULL;
    }
  if (quarter > 4)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                   _("A quarter is 1 to 4, or 0 for the annual accounts, not %u"), quarter);
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
                   _("SSB's controls for skjema %s (validator “%s”) are not implemented"),
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
  run.lists = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) _kommune_run_list_free);
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
  _kommune_run_index_classes (&run);
  for (guint i = 0; i < run.validator->rules->len; i++)
    _kommune_run_rule (&run, run.validator->rules->pdata[i]);
  n_controls = (guint64) run.n_lines * run.validator->pre->len +
               (guint64) run.n_recs * run.validator->rules->len;

done:
  _kommune_validation_report_finish (report, entries, n_controls);
  _kommune_run_clear_classes (&run);
  g_free (run.recs);
  g_hash_table_unref (run.lists);
  g_free (run.l_skjema);
  g_free (run.l_year);
  g_free (run.l_region);
  g_free (run.l_orgnr);
  return g_steal_pointer (&report);
}

/**
 * kommune_accounts_file_validate:
 * @self: a #KommuneAccountsFile
 * @skjema: the form the file is sent as, as SSB's `-s`: `0A`, `0AK4`, `0B`…
 * @year: the reporting year, as SSB's `-y`: `2019`
 * @quarter: the quarter, 1 to 4, or 0 for the annual accounts (SSB's `-q`)
 * @region: the region, six digits as SSB's `-r`: `040200`
 * @orgnr: (nullable): the organisation number (SSB's `-u`), or %NULL for
 *   none (nine blanks)
 * @error: return location for a #GError, or %NULL
 *
 * Runs SSB's controls for the file's form over the file, as SSB's control
 * program does with these arguments: control 001 on every line, and when
 * it finds nothing, the rules of the form's validator over the records
 * whose amount is not `0`. See the [KOSTRA controls](kostra-controls.html)
 * for the rules, their data and what SSB's program does that is kept.
 *
 * What the controls find is in the report, not an error: a form SSB's
 * program does not know gives a report with one %KOMMUNE_SEVERITY_FATAL
 * entry, as the program does. Blank arguments, text that is not UTF-8 and
 * a quarter above 4 are refused with %KOMMUNE_ERROR_INVALID_ARGUMENT.
 *
 * In Python the year may also be an int: `validate('0AK4', 2019, 4,
 * '040200', None)`.
 *
 * Returns: (transfer full): the report, or %NULL with @error set
 *
 * Since: 0.1
 */
KommuneValidationReport *
kommune_accounts_file_validate (KommuneAccountsFile  *self,
                                const char           *skjema,
                                const char           *year,
                                guint                 quarter,
                                const char           *region,
                                const char           *orgnr,
                                GError              **error)
{
  g_return_val_if_fail (KOMMUNE_IS_ACCOUNTS_FILE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return _kommune_kostra_validate_lines (_kommune_accounts_file_get_lines (self),
                                         skjema, year, quarter, region, orgnr, error);
}
