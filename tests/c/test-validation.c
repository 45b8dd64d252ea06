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

static KommuneValidationReport *
validate_file (const char *skjema,
               guint       quarter)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "kostra", "0A_V2019_K4_R040200_OK.dat", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(KommuneAccountsLines) lines = NULL;
  KommuneValidationReport *report;

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  lines = _kommune_accounts_lines_new (bytes, path, &error);
  g_assert_no_error (error);
  report = _kommune_kostra_validate_lines (lines, skjema, "2019", quarter, "040200", NULL, &error);
  g_assert_no_error (error);
  return report;
}

/* How many entries each rule has, as "id:count id:count", in report order. */
static char *
rule_counts (KommuneValidationReport *report)
{
  GListModel *entries = kommune_validation_report_get_entries (report);
  GString *out = g_string_new (NULL);
  const char *current = NULL;
  guint count = 0;

  for (guint i = 0; i <= g_list_model_get_n_items (entries); i++)
    {
      const char *id = i < g_list_model_get_n_items (entries)
                       ? kommune_validation_entry_get_rule_id (entry_at (report, i)) : NULL;

      if (current != NULL && g_strcmp0 (id, current) != 0)
        {
          g_string_append_printf (out, "%s%s:%u", out->len > 0 ? " " : "", current, count);
          count = 0;
        }
      current = id;
      count++;
    }
  return g_string_free (out, FALSE);
}

/* The file as SSB's fourth quarter: 1644 lines, 63 of them with amount 0,
 * so 1644 + 1581 × 33 controls. Function 254 is expired but accepted
 * (010, WARNING, 52 records); the art list is empty for 0AK4, so 012
 * never fires (SSB's oddity); five investments on functions 100 and 121
 * are illogical (045, INFO); one record on function 850 with art 270 is
 * an ERROR in quarter 4 (081). The sums of 100, 105, 130 and 135 hold;
 * 095, 110 and the other sum rules are not in the quarterly set. */
static void
test_real_file_quarterly (void)
{
  g_autoptr(KommuneValidationReport) report = validate_file ("0AK4", 4);
  g_autofree char *counts = rule_counts (report);
  KommuneValidationEntry *entry;
  const guint *lines;
  guint n;

  g_assert_cmpuint (kommune_validation_report_get_n_controls (report), ==, 1644 + 1581 * 33);
  g_assert_cmpstr (counts, ==, "045:5 010:52 081:1");
  g_assert_cmpint (kommune_validation_report_get_severity (report), ==, KOMMUNE_SEVERITY_ERROR);
  g_assert_cmpint (kommune_validation_report_get_exit_code (report), ==, 2);
  g_assert_cmpuint (kommune_validation_report_get_count (report, KOMMUNE_SEVERITY_INFO), ==, 5);
  g_assert_cmpuint (kommune_validation_report_get_count (report, KOMMUNE_SEVERITY_WARNING), ==, 52);
  g_assert_cmpuint (kommune_validation_report_get_count (report, KOMMUNE_SEVERITY_ERROR), ==, 1);
  g_assert_cmpuint (kommune_validation_report_get_count (report, KOMMUNE_SEVERITY_FATAL), ==, 0);

  entry = entry_at (report, 0);
  g_assert_cmpstr (kommune_validation_entry_get_message (entry), ==,
                   "Kun advarsel, hindrer ikke innsending: (100 ) regnes å være ulogisk funksjon i "
                   "investeringsregnskapet. Vennligst vurder å postere på annen funksjon eller om "
                   "posteringen hører til i driftsregnskapet.");
  lines = kommune_validation_entry_get_line_numbers (entry, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpuint (lines[0], ==, 1537);

  entry = entry_at (report, 5);
  g_assert_cmpstr (kommune_validation_entry_get_rule_name (entry), ==, "Kontroll 010 : Utgått funksjon");
  g_assert_cmpint (kommune_validation_entry_get_severity (entry), ==, KOMMUNE_SEVERITY_WARNING);
  g_assert_cmpstr (kommune_validation_entry_get_message (entry), ==,
                   "Fant utgått funksjon '254 ', men godtas midlertidig.");
  lines = kommune_validation_entry_get_line_numbers (entry, &n);
  g_assert_cmpuint (lines[0], ==, 19);

  entry = entry_at (report, 57);
  g_assert_cmpstr (kommune_validation_entry_get_rule_id (entry), ==, "081");
  g_assert_cmpint (kommune_validation_entry_get_severity (entry), ==, KOMMUNE_SEVERITY_ERROR);
  lines = kommune_validation_entry_get_line_numbers (entry, &n);
  g_assert_cmpuint (lines[0], ==, 1029);
}

/* The same file as annual accounts: every kept record has kvartal 4 where
 * the annual file has a blank (005), function 254 is not in the annual
 * list (010, ERROR as the record's quarter is 4), 80 records have an art
 * outside the 2025 list (270, 375, 690, 775, 874, 875, 895, 930, 948,
 * 958: 012), nine investments use art 070 (050), 081 is a WARNING in an
 * annual run, and three sums fail: investments 238889 + -125504 = 113385
 * (095), drift 1557532 + -1521694 = 35838 (110), and function 290 in
 * investments sums to 97 (170). Taxes (-470681) and rammetilskudd
 * (-547580) are negative, depreciation 53132 against -53133 is within
 * ±30, transfers 570/970 are both 0: those rules are quiet. */
static void
test_real_file_annual (void)
{
  g_autoptr(KommuneValidationReport) report = validate_file ("0A", 0);
  g_autofree char *counts = rule_counts (report);
  GListModel *entries = kommune_validation_report_get_entries (report);
  guint n = g_list_model_get_n_items (entries);

  g_assert_cmpuint (kommune_validation_report_get_n_controls (report), ==, 1644 + 1581 * 52);
  g_assert_cmpstr (counts, ==, "005:1581 010:52 012:80 045:5 050:9 081:1 095:1 110:1 170:1");
  g_assert_cmpuint (kommune_validation_report_get_count (report, KOMMUNE_SEVERITY_ERROR), ==,
                    1581 + 52 + 80 + 9 + 3);
  g_assert_cmpuint (kommune_validation_report_get_count (report, KOMMUNE_SEVERITY_WARNING), ==, 1);
  g_assert_cmpuint (kommune_validation_report_get_count (report, KOMMUNE_SEVERITY_INFO), ==, 5);
  g_assert_cmpint (kommune_validation_report_get_exit_code (report), ==, 2);

  g_assert_cmpstr (kommune_validation_entry_get_message (entry_at (report, 0)), ==,
                   "Fant ugyldig kvartal '4'. Korrigér kvartal til ' '");
  g_assert_cmpint (kommune_validation_entry_get_severity (entry_at (report, 1581)), ==, KOMMUNE_SEVERITY_ERROR);
  g_assert_true (g_str_has_prefix (kommune_validation_entry_get_message (entry_at (report, 1581)),
                                   "Fant ugyldig funksjon '254 '. Korrigér funksjon til en av '100 , 110 , 120 , "));
  g_assert_true (g_str_has_suffix (kommune_validation_entry_get_message (entry_at (report, 1581)),
                                   "880 , 899 '"));
  g_assert_true (g_str_has_prefix (kommune_validation_entry_get_message (entry_at (report, 1633)),
                                   "Fant ugyldig art '270'. Korrigér art til en av '010, 020, "));
  g_assert_cmpint (kommune_validation_entry_get_severity (entry_at (report, n - 4)), ==, KOMMUNE_SEVERITY_WARNING);
  g_assert_cmpstr (kommune_validation_entry_get_message (entry_at (report, n - 3)), ==,
                   "Korrigér differansen (113385) mellom inntekter (-125504) og utgifter (238889) i "
                   "investeringsregnskapet (margin på +/- 30')");
  g_assert_cmpstr (kommune_validation_entry_get_message (entry_at (report, n - 2)), ==,
                   "Korrigér differansen (35838) mellom inntekter (-1521694) og utgifter (1557532) i "
                   "driftsregnskapet (margin på +/- 30')");
  g_assert_cmpstr (kommune_validation_entry_get_message (entry_at (report, n - 1)), ==,
                   "Korrigér i fila slik at differanse (97) på funksjon 290 interkommunale samarbeid går "
                   "i 0 i investeringsregnskapet . (margin på +/- 30')");
}

/* SSB's KirkeKostraMainTest: 30 controls for one record (001 and 29
 * rules); a blank record has the five entries of the others; the valid
 * record is clean for 0F and has 009, 011, 013 (sectors must be blank),
 * 120 and 125 for 0G; a bad year gives 004 alone. */
static void
test_church (void)
{
  g_autofree char *blank = g_strnfill (48, ' ');
  g_autofree char *line = g_strnfill (58, ' ');
  const char *church[] = { "0F", "0G" };

  for (guint s = 0; s < G_N_ELEMENTS (church); s++)
    {
      g_autofree char *valid = record (church[s], "2024", " ", "420400", "4", "041", "200", "1");
      g_autofree char *bad_year = record ("0F", "XXXX", " ", "420400", "4", "041", "200", "1");
      g_autoptr(KommuneValidationReport) r1 = validate_text (line, church[s], "2024", 0, "420400", NULL);
      g_autoptr(KommuneValidationReport) r2 = validate_text (blank, church[s], "2024", 0, "420400", NULL);
      g_autoptr(KommuneValidationReport) r3 = validate_text (valid, church[s], "2024", 0, "420400", NULL);
      g_autoptr(KommuneValidationReport) r4 = validate_text (bad_year, "0F", "2024", 0, "420400", NULL);
      g_autofree char *ids2 = rule_ids (r2);
      g_autofree char *ids3 = rule_ids (r3);
      g_autofree char *ids4 = rule_ids (r4);

      g_assert_cmpuint (kommune_validation_report_get_n_controls (r1), ==, 1);
      g_assert_cmpuint (kommune_validation_report_get_n_controls (r2), ==, 30);
      g_assert_cmpstr (ids2, ==, "003 004 006 009 014");
      g_assert_cmpuint (kommune_validation_report_get_n_controls (r3), ==, 30);
      g_assert_cmpstr (ids3, ==, s == 0 ? "" : "009 011 013 120 125");
      if (s == 1)
        g_assert_cmpstr (kommune_validation_entry_get_message (entry_at (r3, 2)), ==,
                         "Fant ugyldig sektor '200'. Posisjoner for sektorkoder skal være blanke");
      g_assert_cmpstr (ids4, ==, "004");
    }
}

/* The church rules of their own: 113, 143, 200, 210 with SSB's figures. */
static void
test_church_rules (void)
{
  g_autofree char *r1 = record ("0F", "2024", " ", "420400", "3", "089", "499", "1");
  g_autofree char *r2 = record ("0F", "2024", " ", "420400", "3", "041", "590", "100");
  g_autofree char *r3 = record ("0F", "2024", " ", "420400", "3", "041", "990", "-131");
  g_autofree char *r4 = record ("0F", "2024", " ", "420400", "3", "042", "380", "50");
  g_autofree char *text = g_strdup_printf ("%s\n%s\n%s\n%s\n", r1, r2, r3, r4);
  g_autoptr(KommuneValidationReport) report = validate_text (text, "0F", "2024", 0, "420400", NULL);
  g_autofree char *ids = rule_ids (report);

  /* 499 is no church art either (012). */
  g_assert_cmpstr (ids, ==, "012 113 143 200 210");
  g_assert_cmpstr (kommune_validation_entry_get_message (entry_at (report, 1)), ==,
                   "Korrigér slik at fila inneholder tilskudd (0) fra kommunen");
  g_assert_cmpstr (kommune_validation_entry_get_message (entry_at (report, 2)), ==,
                   "Korrigér i fila slik at differansen (-31) mellom art 590 (100) stemmer overens med art "
                   "990 (-131) (margin på +/- 30')");
  g_assert_cmpstr (kommune_validation_entry_get_message (entry_at (report, 3)), ==,
                   "Art (499) er ugyldig mot funksjon 089. Gyldige arter er: ([500, 510, 520, 530, 540, 550, "
                   "570, 580, 830, 900, 905, 910, 920, 930, 940, 950, 970, 980]).");
  g_assert_cmpstr (kommune_validation_entry_get_message (entry_at (report, 4)), ==,
                   "Korrigér i fila slik at differansen (50) mellom internkjøp (50) og internsalg (0) stemmer "
                   "overens (margin på +/- 30')");
}

static void
test_unknown_skjema (void)
{
  g_autofree char *text = record ("0X", "2024", " ", "123400", " ", "100", "010", "1");
  g_autoptr(KommuneValidationReport) report = validate_text (text, "0X", "2024", 0, "123400", NULL);
  KommuneValidationEntry *entry;

  g_assert_cmpuint (kommune_validation_report_get_n_controls (report), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (kommune_validation_report_get_entries (report)), ==, 1);
  entry = entry_at (report, 0);
  g_assert_cmpstr (kommune_validation_entry_get_rule_id (entry), ==, "");
  g_assert_cmpstr (kommune_validation_entry_get_rule_name (entry), ==, "Ukjent skjema");
  g_assert_cmpint (kommune_validation_entry_get_severity (entry), ==, KOMMUNE_SEVERITY_FATAL);
  g_assert_cmpstr (kommune_validation_entry_get_message (entry), ==,
                   "Korrigér filutrekket. Skjema '0X' er ukjent for kostra-kontrollprogram. Avslutter....");
  g_assert_cmpint (kommune_validation_report_get_exit_code (report), ==, 2);
}

static void
test_bad_arguments (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static ("", 0);
  g_autoptr(KommuneAccountsLines) lines = _kommune_accounts_lines_new (bytes, "empty", NULL);
  struct { const char *skjema, *year, *region; guint quarter; } cases[] = {
    { " ", "2024", "123400", 0 }, { "0A", "", "123400", 0 }, { "0A", "2024", "  ", 0 },
    { "0A", "2024", "123400", 5 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(KommuneValidationReport) report =
        _kommune_kostra_validate_lines (lines, cases[i].skjema, cases[i].year, cases[i].quarter,
                                        cases[i].region, NULL, &error);

      g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
      g_assert_null (report);
    }
}

/* No lines: no controls, and then SSB's result is ERROR. */
static void
test_empty_file (void)
{
  g_autoptr(KommuneValidationReport) report = validate_text ("\n\n", "0A", "2024", 0, "123400", NULL);

  g_assert_cmpuint (kommune_validation_report_get_n_controls (report), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (kommune_validation_report_get_entries (report)), ==, 0);
  g_assert_cmpint (kommune_validation_report_get_severity (report), ==, KOMMUNE_SEVERITY_ERROR);
  g_assert_cmpint (kommune_validation_report_get_exit_code (report), ==, 2);
}

static void
test_clean_file (void)
{
  g_autofree char *r1 = record ("0A", "2024", " ", "123400", "1", "100", "010", "100");
  g_autofree char *r2 = record ("0A", "2024", " ", "123400", "1", "100", "600", "-100");
  g_autofree char *text = g_strdup_printf ("%s\r\n%s", r1, r2);
  g_autoptr(KommuneValidationReport) report = validate_text (text, "0A", "2024", 0, "123400", NULL);
  g_autofree char *ids = rule_ids (report);

  /* 100 and 130/135: no tax and no rammetilskudd in this tiny file. */
  g_assert_cmpstr (ids, ==, "130 135");
  g_assert_cmpuint (kommune_validation_report_get_n_controls (report), ==, 2 + 2 * 52);
  g_assert_cmpstr (kommune_validation_report_get_skjema (report), ==, "0A");
  g_assert_cmpstr (kommune_validation_report_get_year (report), ==, "2024");
  g_assert_cmpstr (kommune_validation_report_get_region (report), ==, "123400");
  g_assert_cmpuint (kommune_validation_report_get_quarter (report), ==, 0);
}

static void
test_duplicates (void)
{
  g_autofree char *r1 = record ("0A", "2024", " ", "123400", "1", "100", "010", "1");
  g_autofree char *r2 = record ("0A", "2024", " ", "123400", "1", "100 ", "010", "2");
  g_autofree char *r3 = record ("0A", "2024", " ", "123400", "1", "110", "010", "3");
  g_autofree char *text = g_strdup_printf ("%s\n%s\n%s\n", r1, r2, r3);
  g_autoptr(KommuneValidationReport) report = validate_text (text, "0A", "2024", 0, "123400", NULL);
  GListModel *entries = kommune_validation_report_get_entries (report);

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      KommuneValidationEntry *entry = entry_at (report, i);
      const guint *lines;
      guint n;

      if (!g_str_equal (kommune_validation_entry_get_rule_id (entry), "015"))
        continue;
      g_assert_cmpint (kommune_validation_entry_get_severity (entry), ==, KOMMUNE_SEVERITY_WARNING);
      g_assert_cmpstr (kommune_validation_entry_get_message (entry), ==,
                       "Det er oppgitt flere beløp på samme kombinasjon av (Kontoklasse = '1' * Funksjon = '100' * "
                       "Art = '010') med beløpene [        1,         2].<br/>\n"
                       "                 Hvis dette er riktig, kan du sende inn filen, og beløpene summeres hos SSB. \n"
                       "                 Dersom dette er feil må recordene korrigeres før innsending til SSB. ");
      lines = kommune_validation_entry_get_line_numbers (entry, &n);
      g_assert_cmpuint (n, ==, 2);
      g_assert_cmpuint (lines[0], ==, 1);
      g_assert_cmpuint (lines[1], ==, 2);
      return;
    }
  g_assert_not_reached ();
}

static void
test_json (void)
{
  g_autoptr(KommuneValidationReport) report = validate_file ("0AK4", 4);
  g_autofree char *json = kommune_validation_report_to_json (report);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root, *summary, *first;
  JsonArray *entries;
  static const char * const summary_fields[] = {
    "region", "name", "programVersion", "reportStartedAt", "reportCompletedAt", "reportGenerationTime",
    "scheme", "year", "numberOfControls", "severity", "numFatal", "numErrors", "numWarnings", "numInfo",
    "numOk", NULL
  };
  static const char * const entry_fields[] = {
    "severity", "caseworker", "journalId", "individId", "contextId", "ruleName", "messageText",
    "lineNumbers", NULL
  };

  g_assert_true (json_parser_load_from_data (parser, json, -1, &error));
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpuint (json_object_get_size (root), ==, 2);
  summary = json_object_get_object_member (root, "validationSummary");
  g_assert_cmpuint (json_object_get_size (summary), ==, g_strv_length ((char **) summary_fields));
  for (guint i = 0; summary_fields[i] != NULL; i++)
    g_assert_true (json_object_has_member (summary, summary_fields[i]));
  g_assert_cmpstr (json_object_get_string_member (summary, "region"), ==, "040200");
  g_assert_cmpstr (json_object_get_string_member (summary, "name"), ==, "Uoppgitt");
  g_assert_cmpstr (json_object_get_string_member (summary, "scheme"), ==, "0AK4");
  g_assert_cmpstr (json_object_get_string_member (summary, "year"), ==, "2019");
  g_assert_true (g_str_has_prefix (json_object_get_string_member (summary, "programVersion"), "libkommune "));
  g_assert_true (g_str_has_suffix (json_object_get_string_member (summary, "programVersion"), ", KOSTRA 2025"));
  g_assert_true (g_str_has_prefix (json_object_get_string_member (summary, "reportGenerationTime"), "PT"));
  g_assert_nonnull (strchr (json_object_get_string_member (summary, "reportStartedAt"), 'T'));
  g_assert_cmpint (json_object_get_int_member (summary, "numberOfControls"), ==, 53817);
  g_assert_cmpint (json_object_get_int_member (summary, "severity"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (summary, "numFatal"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (summary, "numErrors"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (summary, "numWarnings"), ==, 52);
  g_assert_cmpint (json_object_get_int_member (summary, "numInfo"), ==, 5);
  g_assert_cmpint (json_object_get_int_member (summary, "numOk"), ==, 0);
  entries = json_object_get_array_member (root, "reportEntries");
  g_assert_cmpuint (json_array_get_length (entries), ==, 58);
  first = json_array_get_object_element (entries, 0);
  g_assert_cmpuint (json_object_get_size (first), ==, g_strv_length ((char **) entry_fields));
  for (guint i = 0; entry_fields[i] != NULL; i++)
    g_assert_true (json_object_has_member (first, entry_fields[i]));
  g_assert_cmpstr (json_object_get_string_member (first, "severity"), ==, "INFO");
  g_assert_cmpstr (json_object_get_string_member (first, "caseworker"), ==, "");
  g_assert_cmpstr (json_object_get_string_member (first, "ruleName"), ==,
                   "Kontroll 045 : Kombinasjon i investeringsregnskapet, kontoklasse og funksjon");
  g_assert_cmpint (json_array_get_int_element (json_object_get_array_member (first, "lineNumbers"), 0), ==, 1537);
}

static void
test_bare_objects (void)
{
  g_autoptr(KommuneValidationReport) report = g_object_new (KOMMUNE_TYPE_VALIDATION_REPORT, NULL);
  g_autoptr(KommuneValidationEntry) entry = g_object_new (KOMMUNE_TYPE_VALIDATION_ENTRY, NULL);
  g_autofree char *json = kommune_validation_report_to_json (report);
  g_autoptr(GVariant) lines = NULL;
  g_autofree char *rule_id = NULL;
  KommuneSeverity severity;
  guint n = 7;

  g_assert_cmpint (kommune_validation_report_get_severity (report), ==, KOMMUNE_SEVERITY_ERROR);
  g_assert_cmpint (kommune_validation_report_get_exit_code (report), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (kommune_validation_report_get_entries (report)), ==, 0);
  g_assert_cmpstr (kommune_validation_report_get_skjema (report), ==, "");
  g_assert_nonnull (json);
  g_assert_cmpstr (kommune_validation_entry_get_rule_id (entry), ==, "");
  g_assert_null (kommune_validation_entry_get_line_numbers (entry, &n));
  g_assert_cmpuint (n, ==, 0);
  g_object_get (entry, "line-numbers", &lines, "rule-id", &rule_id, "severity", &severity, NULL);
  g_assert_cmpstr (g_variant_get_type_string (lines), ==, "au");
  g_assert_cmpuint (g_variant_n_children (lines), ==, 0);
  g_assert_cmpstr (rule_id, ==, "");
  g_assert_cmpint (severity, ==, KOMMUNE_SEVERITY_OK);
}

static void
test_line_numbers_property (void)
{
  g_autofree char *blank = g_strnfill (48, ' ');
  g_autofree char *text = g_strdup_printf ("\n%s\n\n%s\n", blank, blank);
  g_autoptr(KommuneValidationReport) report = validate_text (text, "0A", "2024", 0, "123400", NULL);
  g_autoptr(GVariant) lines = NULL;
  KommuneValidationEntry *entry = entry_at (report, 1);
  gsize n;
  const guint32 *values;

  /* Entries name the line of the file, as the records do: the second
   * record is on line 4 (SSB's program would count the non-empty lines
   * and say 2). */
  g_object_get (entry, "line-numbers", &lines, NULL);
  values = g_variant_get_fixed_array (lines, &n, sizeof (guint32));
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpuint (values[0], ==, 4);
  g_assert_finalize_object (g_steal_pointer (&report));
}

static char *
read_data_file (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "libkommune", "kostra", "data", "2025", name, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);
  return contents;
}

static char *
replace_once (const char *text,
              const char *from,
              const char *to)
{
  const char *at = strstr (text, from);

  g_assert_nonnull (at);
  return g_strdup_printf ("%.*s%s%s", (int) (at - text), text, to, at + strlen (from));
}

/* Every bad edit of the data fails to parse, with a message saying what. */
static void
test_data_strict (void)
{
  g_autofree char *lists = read_data_file ("lists.tsv");
  g_autofree char *controls = read_data_file ("controls.json");
  struct { gboolean in_lists; const char *from, *to, *message; } edits[] = {
    { FALSE, "\"kind\": \"sum\",", "\"kind\": \"sum\", \"bogus\": 1,", "unknown member “bogus”" },
    { FALSE, "\"@utlan-arter\"", "\"@utlan-artene\"", "no list “utlan-artene”" },
    { FALSE, "({a+b})", "({c})", "cannot fill “{c}”" },
    { FALSE, "\"key\": \"190\"", "\"key\": \"191\"", "no rule “190”" },
    { FALSE, "\"severity\": \"INFO\"", "\"severity\": \"NOTICE\"", "unknown severity “NOTICE”" },
    { FALSE, "\"compare\": \"trimmed\"", "\"compare\": \"fuzzy\"", "“fuzzy”" },
    { FALSE, "\"within\",\n", "\"around\",\n", "unknown check “around”" },
    { FALSE, "\"validator\": \"annual\"", "\"validator\": \"yearly\"", "“yearly”" },
    { FALSE, "\"field\": \"art\"", "\"field\": \"artt\"", "“artt”" },
    { TRUE, "utlan-arter\t520 920", "utlan-arter\t5200 920", "wider than its field" },
    { TRUE, "list\tcodes", "name\tcodes", "list<TAB>codes" },
    { TRUE, "oslo-interne-arter\t298 798", "oslo-interne-arter\t298  798", "bad code" },
    { TRUE, "orgnr-spesial\t", "sektorer\t", "twice" },
  };

  {
    g_autoptr(GBytes) l = g_bytes_new (lists, strlen (lists));
    g_autoptr(GBytes) c = g_bytes_new (controls, strlen (controls));
    g_autoptr(GError) error = NULL;
    g_autoptr(KommuneControlData) data = _kommune_control_data_parse (l, c, &error);

    g_assert_no_error (error);
    g_assert_cmpint (data->year, ==, 2025);
    g_assert_cmpuint (g_hash_table_size (data->rules), ==, 61);
  }
  for (guint i = 0; i < G_N_ELEMENTS (edits); i++)
    {
      g_autofree char *new_lists = edits[i].in_lists ? replace_once (lists, edits[i].from, edits[i].to) : g_strdup (lists);
      g_autofree char *new_controls = edits[i].in_lists ? g_strdup (controls) : replace_once (controls, edits[i].from, edits[i].to);
      g_autoptr(GBytes) l = g_bytes_new (new_lists, strlen (new_lists));
      g_autoptr(GBytes) c = g_bytes_new (new_controls, strlen (new_controls));
      g_autoptr(GError) error = NULL;
      g_autoptr(KommuneControlData) data = _kommune_control_data_parse (l, c, &error);

      g_test_message ("edit %u: %s", i, error != NULL ? error->message : "(parsed)");
      g_assert_null (data);
      g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_DOCUMENT);
      g_assert_nonnull (strstr (error->message, edits[i].message));
    }
}

/* The newest data year not after the file's, else the oldest. */
static void
test_data_years (void)
{
  const char *years[] = { "2019", "2025", "2031", "XXXX" };

  for (guint i = 0; i < G_N_ELEMENTS (years); i++)
    {
      g_autoptr(GError) error = NULL;
      const KommuneControlData *data = _kommune_control_data_for_year (years[i], &error);

      g_assert_no_error (error);
      g_assert_cmpint (data->year, ==, 2025);
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
  g_test_add_func ("/Kommune/Validation/file/quarterly", test_real_file_quarterly);
  g_test_add_func ("/Kommune/Validation/file/annual", test_real_file_annual);
  g_test_add_func ("/Kommune/Validation/unit/church", test_church);
  g_test_add_func ("/Kommune/Validation/unit/church-rules", test_church_rules);
  g_test_add_func ("/Kommune/Validation/run/unknown-skjema", test_unknown_skjema);
  g_test_add_func ("/Kommune/Validation/run/bad-arguments", test_bad_arguments);
  g_test_add_func ("/Kommune/Validation/run/empty-file", test_empty_file);
  g_test_add_func ("/Kommune/Validation/run/clean-file", test_clean_file);
  g_test_add_func ("/Kommune/Validation/run/duplicates", test_duplicates);
  g_test_add_func ("/Kommune/Validation/report/json", test_json);
  g_test_add_func ("/Kommune/Validation/report/bare", test_bare_objects);
  g_test_add_func ("/Kommune/Validation/report/line-numbers", test_line_numbers_property);
  g_test_add_func ("/Kommune/Validation/data/strict", test_data_strict);
  g_test_add_func ("/Kommune/Validation/data/years", test_data_years);

  return g_test_run ();
}
