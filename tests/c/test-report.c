/* test-report.c: KommuneReport — the Kragerø report's exact texts, its
 * language, its accounts, and the errors of a report without a document.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <string.h>

#include <glib/gstdio.h>
#include <libkommune.h>

#include "report/kommune-report-private.h"

static KommuneDocument *
load_kragero (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "kragero-2018-stab-og-stotte.json", NULL);
  KommuneDocument *document = kommune_document_load (path, &error);

  g_assert_no_error (error);
  return document;
}

static void
test_report_kragero (void)
{
  g_autoptr(KommuneDocument) document = load_kragero ();
  g_autoptr(KommuneReport) report = kommune_report_new (document);
  g_autoptr(GError) error = NULL;
  g_autofree char *html = kommune_report_to_html (report, &error);

  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (html, "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"nb\""));
  g_assert_nonnull (strstr (html, "<meta charset=\"utf-8\"/>"));
  g_assert_nonnull (strstr (html, "@page { size: A4;"));
  g_assert_nonnull (strstr (html, "<h1>Styringsrapport<br/><span class=\"municipality\">Kragerø</span></h1>"));
  g_assert_nonnull (strstr (html, "<dd class=\"plan-period\">2018–2021</dd>"));
  g_assert_nonnull (strstr (html, "<section id=\"frames\">\n<h2>Rammer per område og år</h2>"));
  g_assert_nonnull (strstr (html, "data-frame=\"3822873700\" data-total=\"3822873700\""));
  g_assert_nonnull (strstr (html, "<svg"));
  g_assert_nonnull (strstr (html, "38 228 737"));
  /* Ticks of "40,0" are millions, and the axis says so. */
  g_assert_nonnull (strstr (html, "\">Beløp (mill. kr)</text>"));
  g_assert_null (strstr (html, "\">Beløp</text>"));
  g_assert_nonnull (strstr (html, "Dokumentet har ingen budsjettendringer."));
  g_assert_nonnull (strstr (html, "Rapporten er laget uten regnskap"));
  g_assert_null (strstr (html, "<script"));
  g_assert_true (g_str_has_suffix (html, "</html>\n"));
}

static void
test_report_language (void)
{
  g_autoptr(KommuneDocument) document = load_kragero ();
  g_autoptr(KommuneReport) report = kommune_report_new (document);
  g_autoptr(GError) error = NULL;
  g_autofree char *html = NULL;
  guint notified = 0;

  g_assert_cmpint (kommune_report_get_language (report), ==, KOMMUNE_REPORT_LANGUAGE_NB);
  g_assert_true (kommune_report_get_document (report) == document);
  g_signal_connect_swapped (report, "notify::language", G_CALLBACK (g_atomic_int_inc), &notified);
  kommune_report_set_language (report, KOMMUNE_REPORT_LANGUAGE_EN);
  kommune_report_set_language (report, KOMMUNE_REPORT_LANGUAGE_EN);
  g_assert_cmpuint (notified, ==, 1);

  html = kommune_report_to_html (report, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (html, "lang=\"en\""));
  g_assert_nonnull (strstr (html, "<h2>Frames per area and year</h2>"));
  g_assert_nonnull (strstr (html, "The document has no budget adjustments."));
  g_assert_null (strstr (html, "Styringsrapport"));
  /* Numbers are written as the documents write them in either language. */
  g_assert_nonnull (strstr (html, "38 228 737"));
  g_assert_nonnull (strstr (html, "\">Amount (NOK million)</text>"));
}

/* Drammen's first tertial of 2017: frames under 10 million, in kroner,
 * and the axis says that too. */
static void
test_report_kroner_axis (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "drammen-2017-t1-programomrade-07.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneDocument) document = kommune_document_load (path, &error);
  g_autoptr(KommuneReport) report = NULL;
  g_autofree char *html = NULL;

  g_assert_no_error (error);
  report = kommune_report_new (document);
  html = kommune_report_to_html (report, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (html, "\">Beløp (kr)</text>"));
  g_assert_null (strstr (html, "\">Beløp (mill. kr)</text>"));
  kommune_report_set_language (report, KOMMUNE_REPORT_LANGUAGE_EN);
  g_free (html);
  html = kommune_report_to_html (report, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (html, "\">Amount (NOK)</text>"));
}

static void
test_report_accounts (void)
{
  g_autoptr(KommuneDocument) document = load_kragero ();
  g_autoptr(KommuneReport) report = kommune_report_new (document);
  g_autofree char *accounts = g_test_build_filename (G_TEST_DIST, "..", "examples", "data",
                                                     "0A_V2019_K4_R040200_OK.dat", NULL);
  const char *paths[] = { accounts, NULL };
  g_autoptr(KommuneLedger) ledger = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *html = NULL;

  ledger = kommune_ledger_load_accounts (paths, &error);
  g_assert_no_error (error);
  g_assert_false (kommune_report_set_accounts (report, ledger, "999999", 0, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_MISSING_DATA);
  g_clear_error (&error);
  g_assert_true (kommune_report_set_accounts (report, ledger, NULL, 0, &error));
  g_assert_no_error (error);

  html = kommune_report_to_html (report, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (html, "Regnskap for region 040200, 2019"));
  g_assert_nonnull (strstr (html, "<table class=\"key-figures\" id=\"key-figures\">"));
  g_assert_nonnull (strstr (html, "id=\"kostra-function-groups\""));
  g_assert_null (strstr (html, "Rapporten er laget uten regnskap"));

  /* Without a ledger the section is gone again. */
  g_assert_true (kommune_report_set_accounts (report, NULL, NULL, 0, &error));
  g_free (html);
  html = kommune_report_to_html (report, &error);
  g_assert_nonnull (strstr (html, "Rapporten er laget uten regnskap"));
}

static void
test_report_no_document (void)
{
  g_autoptr(KommuneReport) report = g_object_new (KOMMUNE_TYPE_REPORT, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kommune-report-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "report.html", NULL);

  g_assert_null (kommune_report_get_document (report));
  g_assert_null (kommune_report_to_html (report, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_MISSING_DATA);
  g_clear_error (&error);
  g_assert_false (kommune_report_save (report, path, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_MISSING_DATA);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_rmdir (dir);
}

static void
test_report_save (void)
{
  g_autoptr(KommuneDocument) document = load_kragero ();
  g_autoptr(KommuneReport) report = kommune_report_new (document);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kommune-report-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "report.html", NULL);
  g_autofree char *bad = g_build_filename (dir, "missing", "report.html", NULL);
  g_autofree char *saved = NULL;
  g_autofree char *html = kommune_report_to_html (report, NULL);

  g_assert_true (kommune_report_save (report, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &saved, NULL, NULL));
  /* The same page, to the byte. */
  g_assert_cmpstr (saved, ==, html);

  g_assert_false (kommune_report_save (report, bad, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_assert_false (g_file_test (bad, G_FILE_TEST_EXISTS));
  g_unlink (path);
  g_rmdir (dir);
}

/* Every label has a text in both languages, and they differ where they
 * should: the table is the one home of the report's words. */
static void
test_report_labels (void)
{
  guint same = 0;

  for (guint label = 0; label < L_N_LABELS; label++)
    {
      const char *nb = _kommune_report_label (KOMMUNE_REPORT_LANGUAGE_NB, label);
      const char *en = _kommune_report_label (KOMMUNE_REPORT_LANGUAGE_EN, label);

      g_assert_true (nb != NULL && *nb != '\0');
      g_assert_true (en != NULL && *en != '\0');
      g_assert_true (g_utf8_validate (nb, -1, NULL) && g_utf8_validate (en, -1, NULL));
      same += strcmp (nb, en) == 0;
    }
  /* "Status", "Turnover": a handful of words are the same in both. */
  g_assert_cmpuint (same, <, 5);
}

/* Each id="…" of @html, counted; fails if one is there twice. */
static guint
assert_unique_ids (const char *html)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (const char *p = strstr (html, " id=\""); p != NULL; p = strstr (p, " id=\""))
    {
      const char *start = p + 5, *end = strchr (start, '"');
      char *id;

      g_assert_nonnull (end);
      id = g_strndup (start, end - start);
      if (g_hash_table_contains (seen, id))
        g_error ("id \"%s\" is in the page twice", id);
      g_hash_table_add (seen, id);
      p = end;
    }
  return g_hash_table_size (seen);
}

/* Writing a report twice gives the same page, whatever other charts were
 * made in between, and no id is in a page twice. */
static void
test_report_reproducible (void)
{
  const char *names[] = { "kragero-2018-stab-og-stotte.json", "drammen-2017-t1-programomrade-07.json",
                          "drammen-2014-sosiale-tjenester.json", "drammen-2023-arsevaluering.json" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", names[i], NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(KommuneDocument) document = kommune_document_load (path, &error);
      g_autoptr(KommuneReport) report = NULL;
      g_autoptr(KommuneReport) other = NULL;
      g_autofree char *first = NULL;
      g_autofree char *between = NULL;
      g_autofree char *second = NULL;

      g_assert_no_error (error);
      report = kommune_report_new (document);
      other = kommune_report_new (document);
      first = kommune_report_to_html (report, &error);
      g_assert_no_error (error);
      between = kommune_report_to_html (other, &error);
      g_assert_no_error (error);
      second = kommune_report_to_html (report, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (first, ==, second);
      g_assert_cmpstr (first, ==, between);
      /* Every chart has its svg, its title and desc and its table. */
      g_assert_cmpuint (assert_unique_ids (first), >, 4);
      g_assert_null (strstr (first, "\"kommune-chart\""));
    }
}

static void
test_report_finalize (void)
{
  KommuneDocument *document = load_kragero ();
  KommuneReport *report = kommune_report_new (document);
  g_autofree char *html = kommune_report_to_html (report, NULL);

  g_assert_nonnull (html);
  g_assert_finalize_object (report);
  g_assert_finalize_object (document);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Kommune/Report/kragero", test_report_kragero);
  g_test_add_func ("/Kommune/Report/language", test_report_language);
  g_test_add_func ("/Kommune/Report/accounts", test_report_accounts);
  g_test_add_func ("/Kommune/Report/no-document", test_report_no_document);
  g_test_add_func ("/Kommune/Report/save", test_report_save);
  g_test_add_func ("/Kommune/Report/labels", test_report_labels);
  g_test_add_func ("/Kommune/Report/finalize", test_report_finalize);
  g_test_add_func ("/Kommune/Report/reproducible", test_report_reproducible);
  g_test_add_func ("/Kommune/Report/kroner-axis", test_report_kroner_axis);

  return g_test_run ();
}
