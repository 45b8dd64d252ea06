/* test-threads.c: read-only use of loaded objects from four threads
 *
 * doc/threads.md promises that a loaded ledger, an accounts file with
 * its validation report and a loaded document with its adopted plan may
 * be read from several threads at once. This test loads each twice: one
 * copy is read by the main thread alone and gives the expected results,
 * the other is read by four threads started together, so that every
 * first use (a cache filled on demand, a list built lazily) races. Each
 * thread writes what it read into one text, which must equal the
 * single-threaded one byte for byte. Run under ThreadSanitizer (the
 * `tsan` build of .ci/run) it also proves there is no data race.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <libkommune.h>

#define N_THREADS 4
#define N_ROUNDS  2

static const char * const documents[] = {
  "drammen-2014-sosiale-tjenester.json",
  "drammen-2017-t1-programomrade-07.json",
  "drammen-2021-kompetansestrategi.json",
  "drammen-2023-arsevaluering.json",
  "kragero-2018-stab-og-stotte.json",
};

/* Everything the threads read, loaded once per copy. */
typedef struct
{
  KommuneLedger           *accounts_ledger;
  KommuneLedger           *csv_ledger;
  KommuneAccountsFile     *file;
  KommuneAccountsFile     *built;     /* made in code: its lines come lazily */
  KommuneValidationReport *report;
  KommuneDocument         *documents[G_N_ELEMENTS (documents)];
} Loaded;

static char *
accounts_path (void)
{
  return g_test_build_filename (G_TEST_DIST, "..", "examples", "data", "0A_V2019_K4_R040200_OK.dat", NULL);
}

/* A ledger of many municipalities, saved as CSV, for the CSV loader. */
static char *
write_csv (void)
{
  g_autoptr(KommuneLedger) ledger = kommune_ledger_new ();
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (g_get_tmp_dir (), "test-threads-XXXXXX.csv", NULL);
  guint32 state = 20240101;
  int fd = g_mkstemp (path);

  g_assert_cmpint (fd, >=, 0);
  close (fd);
  for (guint i = 0; i < 40000; i++)
    {
      char region[8], function[4], art[4];

      state = state * 1664525u + 1013904223u;
      g_snprintf (region, sizeof region, "%04u", 301 + (i / 37) % 357);
      g_snprintf (function, sizeof function, "%03u", 100 + (state >> 9) % 84 * 9);
      g_snprintf (art, sizeof art, "%03u", 10 + (state >> 13) % 98 * 10);
      g_assert_true (kommune_ledger_append (ledger, 2019 + i % 3, region, (state >> 7) & 1 ? "1" : "0",
                                            function, art, ((gint64) (state % 2000000u) - 1000000) * 100, &error));
    }
  g_assert_true (kommune_ledger_save_csv (ledger, path, &error));
  g_assert_no_error (error);
  return path;
}

static KommuneAccountsFile *
built_file (KommuneAccountsFile *from)
{
  KommuneAccountsFile *built = kommune_accounts_file_new ();
  GListModel *records = kommune_accounts_file_get_records (from);

  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(KommuneAccountsRecord) record = g_list_model_get_item (records, i);
      g_autoptr(GError) error = NULL;

      g_assert_true (kommune_accounts_file_add_record (built, record, &error));
      g_assert_no_error (error);
    }
  return built;
}

static void
load (Loaded     *loaded,
      const char *csv)
{
  g_autofree char *path = accounts_path ();
  const char *paths[] = { path, NULL };
  g_autoptr(GError) error = NULL;

  loaded->accounts_ledger = kommune_ledger_load_accounts (paths, &error);
  g_assert_no_error (error);
  loaded->csv_ledger = kommune_ledger_load_csv (csv, &error);
  g_assert_no_error (error);
  loaded->file = kommune_accounts_file_load (path, &error);
  g_assert_no_error (error);
  loaded->built = built_file (loaded->file);
  loaded->report = kommune_accounts_file_validate (loaded->file, "0A", "2019", 4, "040200", NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (documents); i++)
    {
      g_autofree char *doc = g_test_build_filename (G_TEST_DIST, "data", documents[i], NULL);

      loaded->documents[i] = kommune_document_load (doc, &error);
      g_assert_no_error (error);
    }
}

static void
unload (Loaded *loaded)
{
  g_clear_object (&loaded->accounts_ledger);
  g_clear_object (&loaded->csv_ledger);
  g_clear_object (&loaded->file);
  g_clear_object (&loaded->built);
  g_clear_object (&loaded->report);
  for (guint i = 0; i < G_N_ELEMENTS (documents); i++)
    g_clear_object (&loaded->documents[i]);
}

static void
read_bytes (GString *out,
            GBytes  *bytes)
{
  gsize size;
  gconstpointer data = g_bytes_get_data (bytes, &size);
  g_autofree char *sum = g_compute_checksum_for_data (G_CHECKSUM_SHA256, data, size);

  g_string_append_printf (out, " %" G_GSIZE_FORMAT ":%s", size, sum);
  g_bytes_unref (bytes);
}

static void
read_ledger (GString       *out,
             KommuneLedger *ledger,
             const char    *region,
             guint          year)
{
  static const char * const columns[] = { "region", "account_class", "function", NULL };
  static const char * const by_art[] = { "year", "art", NULL };
  guint n_lines = kommune_ledger_get_n_lines (ledger);
  g_autoptr(KommuneLedgerFilter) filter = kommune_ledger_filter_new ();
  g_autoptr(KommuneLedgerTable) table = NULL;
  g_autoptr(KommuneLedgerTable) arts = NULL;
  g_autoptr(KommuneKostraFigures) figures = NULL;
  g_autoptr(GError) error = NULL;
  const char * const operating[] = { "1", NULL };

  g_string_append_printf (out, "ledger %u\n", n_lines);
  for (guint i = 0; i < n_lines; i += 1 + n_lines / 500)
    {
      guint y;
      const char *r, *c, *f, *a;
      gint64 amount;

      g_assert_true (kommune_ledger_get_line (ledger, i, &y, &r, &c, &f, &a, &amount));
      g_string_append_printf (out, "%u %s %s %s %s %" G_GINT64_FORMAT "\n", y, r, c, f, a, amount);
    }

  table = kommune_ledger_aggregate_full (ledger, columns, NULL,
                                         KOMMUNE_LEDGER_AGGREGATE_ROLLUP | KOMMUNE_LEDGER_AGGREGATE_SPLIT,
                                         &error);
  g_assert_no_error (error);
  g_string_append_printf (out, "table %u %" G_GINT64_FORMAT, kommune_ledger_table_get_n_rows (table),
                          kommune_ledger_table_get_total (table));
  read_bytes (out, kommune_ledger_table_get_amounts (table));
  read_bytes (out, kommune_ledger_table_get_expenses (table));
  read_bytes (out, kommune_ledger_table_get_levels (table));
  g_string_append_c (out, '\n');
  for (guint i = 0; i < kommune_ledger_table_get_n_rows (table); i += 1 + kommune_ledger_table_get_n_rows (table) / 100)
    {
      g_autoptr(KommuneLedgerRow) row = kommune_ledger_table_get_row (table, i);

      g_string_append_printf (out, "row %s %s %s %" G_GINT64_FORMAT " %u\n",
                              kommune_ledger_row_get_key (row, "region"),
                              kommune_ledger_row_get_key (row, "account_class"),
                              kommune_ledger_row_get_key (row, "function"),
                              kommune_ledger_row_get_amount (row), kommune_ledger_row_get_level (row));
    }

  kommune_ledger_filter_set_account_classes (filter, operating);
  kommune_ledger_filter_set_art_range (filter, 0, 599);
  arts = kommune_ledger_aggregate (ledger, by_art, filter, &error);
  g_assert_no_error (error);
  g_string_append_printf (out, "arts %u %" G_GINT64_FORMAT, kommune_ledger_table_get_n_rows (arts),
                          kommune_ledger_table_get_total (arts));
  read_bytes (out, kommune_ledger_table_get_amounts (arts));
  g_string_append_c (out, '\n');

  figures = kommune_ledger_key_figures (ledger, region, year, &error);
  g_assert_no_error (error);
  g_string_append_printf (out, "figures %" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %" G_GINT64_FORMAT
                          " %" G_GINT64_FORMAT " %" G_GINT64_FORMAT "\n",
                          kommune_kostra_figures_get_gross_operating_revenue (figures),
                          kommune_kostra_figures_get_gross_operating_expenses (figures),
                          kommune_kostra_figures_get_net_operating_result (figures),
                          kommune_kostra_figures_get_net_operating_result_percent (figures),
                          kommune_kostra_figures_net_operating_expenses_for_group (figures, "barnehage", NULL));
}

/* The report's text without the lines that say when it was made. */
static void
append_timeless (GString    *out,
                 const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (strstr (lines[i], "reportStartedAt") == NULL && strstr (lines[i], "reportCompletedAt") == NULL &&
        strstr (lines[i], "reportGenerationTime") == NULL)
      g_string_append_printf (out, "%s\n", lines[i]);
}

static void
read_report (GString                 *out,
             KommuneValidationReport *report)
{
  GListModel *entries = kommune_validation_report_get_entries (report);
  g_autofree char *json = kommune_validation_report_to_json (report);
  g_autofree char *text = kommune_validation_report_format (report);

  g_string_append_printf (out, "report %d %d %" G_GUINT64_FORMAT " %u %u %s %s %u %s\n",
                          kommune_validation_report_get_severity (report),
                          kommune_validation_report_get_exit_code (report),
                          kommune_validation_report_get_n_controls (report),
                          kommune_validation_report_get_count (report, KOMMUNE_SEVERITY_WARNING),
                          g_list_model_get_n_items (entries),
                          kommune_validation_report_get_skjema (report),
                          kommune_validation_report_get_year (report),
                          kommune_validation_report_get_quarter (report),
                          kommune_validation_report_get_region (report));
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(KommuneValidationEntry) entry = g_list_model_get_item (entries, i);

      g_string_append_printf (out, "entry %d\n", kommune_validation_entry_get_severity (entry));
    }
  append_timeless (out, json);
  append_timeless (out, text);
}

static void
read_accounts (GString             *out,
               KommuneAccountsFile *file)
{
  GListModel *records = kommune_accounts_file_get_records (file);
  g_autoptr(KommuneValidationReport) report = NULL;
  g_autoptr(GError) error = NULL;

  g_string_append_printf (out, "accounts %u %u", kommune_accounts_file_get_n_lines (file),
                          kommune_accounts_file_get_n_records (file));
  read_bytes (out, kommune_accounts_file_to_bytes (file));
  g_string_append_c (out, '\n');
  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(KommuneAccountsRecord) record = g_list_model_get_item (records, i);

      g_string_append_printf (out, "%s %u %s %s %s %" G_GINT64_FORMAT "\n",
                              kommune_accounts_record_get_skjema (record),
                              kommune_accounts_record_get_year (record),
                              kommune_accounts_record_get_region (record),
                              kommune_accounts_record_get_function (record),
                              kommune_accounts_record_get_art (record),
                              kommune_accounts_record_get_amount (record));
    }
  report = kommune_accounts_file_validate (file, "0A", "2019", 4, "040200", NULL, &error);
  g_assert_no_error (error);
  read_report (out, report);
}

static void
read_plan (GString             *out,
           KommuneEconomicPlan *plan)
{
  GListModel *areas = kommune_economic_plan_get_areas (plan);
  g_autoptr(GListModel) frames = kommune_economic_plan_list_budget_frames (plan);
  guint first = kommune_economic_plan_get_first_year (plan);
  guint last = kommune_economic_plan_get_last_year (plan);

  g_string_append_printf (out, "plan %u %u %u %u\n", first, last, g_list_model_get_n_items (areas),
                          g_list_model_get_n_items (frames));
  for (KommuneBudgetType type = KOMMUNE_BUDGET_TYPE_OPERATING; type <= KOMMUNE_BUDGET_TYPE_INVESTMENT; type++)
    {
      for (guint year = first; year <= last; year++)
        g_string_append_printf (out, "total %u %d %" G_GINT64_FORMAT "\n", year, type,
                                kommune_economic_plan_get_total (plan, year, type, NULL, NULL));
      for (guint i = 0; i < g_list_model_get_n_items (areas); i++)
        {
          g_autoptr(KommuneProgrammeArea) area = g_list_model_get_item (areas, i);
          const char *code = kommune_programme_area_get_code (area);

          g_string_append_printf (out, "area %s %d %" G_GINT64_FORMAT, code, type,
                                  kommune_economic_plan_get_area_total (plan, code, type, NULL, NULL));
          for (guint year = first; year <= last; year++)
            g_string_append_printf (out, " %" G_GINT64_FORMAT "/%" G_GINT64_FORMAT,
                                    kommune_economic_plan_get_original_frame_amount (plan, code, year, type, NULL),
                                    kommune_economic_plan_get_frame_amount (plan, code, year, type, NULL, NULL));
          g_string_append_c (out, '\n');
        }
    }
}

static void
read_document (GString         *out,
               KommuneDocument *document)
{
  GListModel *goals = kommune_document_get_goals (document);
  g_autofree char *data = kommune_document_to_data (document, NULL);

  g_string_append_printf (out, "document %s\n%s\n", kommune_document_check (document, NULL) ? "checked" : "unchecked",
                          data);
  if (kommune_document_get_plan (document) != NULL)
    read_plan (out, kommune_document_get_plan (document));
  {
    /* A report of its own in each thread, over the shared document. */
    g_autoptr(KommuneReport) report = kommune_report_new (document);
    g_autofree char *html = kommune_report_to_html (report, NULL);

    g_assert_nonnull (html);
    g_string_append_printf (out, "%s\n", html);
  }
  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(KommuneGoal) goal = g_list_model_get_item (goals, i);
      g_autoptr(KommuneScorecard) scorecard = NULL;
      g_autofree char *text = NULL;

      if (kommune_goal_get_parent (goal) != NULL)
        continue;
      scorecard = kommune_scorecard_new (goal, NULL, NULL);
      g_assert_nonnull (scorecard);
      text = kommune_scorecard_format (scorecard);
      g_string_append_printf (out, "scorecard %s %d\n%s\n", kommune_goal_get_id (goal),
                              kommune_scorecard_get_status (scorecard), text);
    }
}

/* Everything read-only the contract allows, written down in one text. */
static char *
read_all (Loaded *loaded)
{
  GString *out = g_string_new (NULL);

  read_ledger (out, loaded->accounts_ledger, "040200", 2019);
  read_ledger (out, loaded->csv_ledger, "0301", 2020);
  read_accounts (out, loaded->file);
  read_accounts (out, loaded->built);
  read_report (out, loaded->report);
  for (guint i = 0; i < G_N_ELEMENTS (documents); i++)
    read_document (out, loaded->documents[i]);
  return g_string_free (out, FALSE);
}

typedef struct
{
  Loaded *loaded;
  int     waiting;   /* the threads not yet at the start line */
} Race;

static gpointer
reader (gpointer data)
{
  Race *race = data;
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);

  /* A barrier made of one atomic counter: every thread begins its first
   * read at the same moment, so first uses meet. */
  g_atomic_int_dec_and_test (&race->waiting);
  while (g_atomic_int_get (&race->waiting) > 0)
    g_thread_yield ();
  for (guint r = 0; r < N_ROUNDS; r++)
    g_ptr_array_add (texts, read_all (race->loaded));
  return texts;
}

static void
test_threads_read_only (void)
{
  g_autofree char *csv = write_csv ();
  Loaded alone = { 0 }, shared = { 0 };
  g_autofree char *expected = NULL;
  GThread *threads[N_THREADS];
  Race race = { &shared, N_THREADS };

  load (&alone, csv);
  load (&shared, csv);
  expected = read_all (&alone);
  g_assert_cmpuint (strlen (expected), >, 100000);

  for (guint t = 0; t < N_THREADS; t++)
    threads[t] = g_thread_new ("reader", reader, &race);
  for (guint t = 0; t < N_THREADS; t++)
    {
      GPtrArray *texts = g_thread_join (threads[t]);

      g_assert_cmpuint (texts->len, ==, N_ROUNDS);
      for (guint r = 0; r < texts->len; r++)
        {
          const char *text = g_ptr_array_index (texts, r);
          gsize at = 0;

          /* Where they part, not two texts of a megabyte. */
          while (text[at] != '\0' && text[at] == expected[at])
            at++;
          if (text[at] != expected[at])
            g_test_message ("thread %u round %u differs at byte %" G_GSIZE_FORMAT ": “%.80s” not “%.80s”",
                            t, r, at, text + at, expected + at);
          g_assert_cmpuint (at, ==, strlen (expected));
          g_assert_cmpuint (strlen (text), ==, strlen (expected));
        }
      g_ptr_array_unref (texts);
    }

  unload (&alone);
  unload (&shared);
  g_unlink (csv);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/threads/read-only", test_threads_read_only);

  return g_test_run ();
}
