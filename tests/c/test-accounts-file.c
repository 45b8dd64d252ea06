/* test-accounts-file.c: SSB's KOSTRA accounts file, read and written
 *
 * The unit tests use SSB's real 2019 file (tests/data/kostra) and files
 * made in the test; the files of the bad-input corpus that this loader
 * reads leniently are tests too (the refusals are test-bad-inputs'), and
 * so are 10 MB of generated garbage, with and without NUL bytes.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <errno.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <libkommune.h>

#include "kostra/kommune-accounts-file-private.h"

#define REAL_FILE "0A_V2019_K4_R040200_OK.dat"

static char *
real_path (void)
{
  return g_test_build_filename (G_TEST_DIST, "data", "kostra", REAL_FILE, NULL);
}

static KommuneAccountsFile *
load_real (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = real_path ();
  KommuneAccountsFile *file = kommune_accounts_file_load (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (file);
  return file;
}

static KommuneAccountsRecord *
record_at (KommuneAccountsFile *file,
           guint                position)
{
  KommuneAccountsRecord *record = g_list_model_get_item (kommune_accounts_file_get_records (file), position);

  g_assert_nonnull (record);
  return record;
}

static GBytes *
file_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

static void
assert_same_bytes (GBytes *a,
                   GBytes *b)
{
  gsize la, lb;
  const char *da = g_bytes_get_data (a, &la);
  const char *db = g_bytes_get_data (b, &lb);

  g_assert_cmpmem (da, la, db, lb);
}

static void
test_real_file (void)
{
  g_autoptr(KommuneAccountsFile) file = load_real ();
  g_autoptr(KommuneAccountsRecord) first = record_at (file, 0);
  g_autoptr(KommuneAccountsRecord) last = record_at (file, 1643);
  GListModel *records = kommune_accounts_file_get_records (file);
  guint zero = 0, zero_text = 0;
  gint64 sum = 0;

  g_assert_cmpuint (kommune_accounts_file_get_n_records (file), ==, 1644);
  g_assert_cmpuint (kommune_accounts_file_get_n_lines (file), ==, 1644);
  g_assert_cmpuint (g_list_model_get_n_items (records), ==, 1644);
  g_assert_true (g_list_model_get_item_type (records) == KOMMUNE_TYPE_ACCOUNTS_RECORD);
  g_assert_null (g_list_model_get_item (records, 1644));
  g_assert_true (g_str_has_suffix (kommune_accounts_file_get_name (file), REAL_FILE));

  g_assert_cmpstr (kommune_accounts_record_get_text (first), ==, "0A20194040200                  1120 010    36328");
  g_assert_cmpstr (kommune_accounts_record_get_skjema (first), ==, "0A");
  g_assert_cmpuint (kommune_accounts_record_get_year (first), ==, 2019);
  g_assert_cmpuint (kommune_accounts_record_get_quarter (first), ==, 4);
  g_assert_cmpstr (kommune_accounts_record_get_region (first), ==, "040200");
  g_assert_cmpstr (kommune_accounts_record_get_orgnr (first), ==, "");
  g_assert_cmpstr (kommune_accounts_record_get_foretaksnr (first), ==, "");
  g_assert_cmpstr (kommune_accounts_record_get_account_class (first), ==, "1");
  g_assert_cmpstr (kommune_accounts_record_get_function (first), ==, "120");
  g_assert_cmpstr (kommune_accounts_record_get_art (first), ==, "010");
  g_assert_true (kommune_accounts_record_has_amount (first));
  g_assert_cmpint (kommune_accounts_record_get_amount (first), ==, G_GINT64_CONSTANT (3632800000));
  g_assert_cmpuint (kommune_accounts_record_get_line (first), ==, 1);

  g_assert_cmpstr (kommune_accounts_record_get_text (last), ==, "0A20194040200                  0283 958   -25000");
  g_assert_cmpstr (kommune_accounts_record_get_account_class (last), ==, "0");
  g_assert_cmpstr (kommune_accounts_record_get_function (last), ==, "283");
  g_assert_cmpstr (kommune_accounts_record_get_art (last), ==, "958");
  g_assert_cmpint (kommune_accounts_record_get_amount (last), ==, G_GINT64_CONSTANT (-2500000000));
  g_assert_cmpuint (kommune_accounts_record_get_line (last), ==, 1644);

  /* Zero amounts are kept: 63 written "0" and 7 written "-0". */
  for (guint i = 0; i < 1644; i++)
    {
      g_autoptr(KommuneAccountsRecord) record = record_at (file, i);
      g_autofree char *amount = g_strstrip (g_strdup (kommune_accounts_record_get_text (record) + 39));

      g_assert_true (kommune_accounts_record_has_amount (record));
      g_assert_cmpuint (kommune_accounts_record_get_line (record), ==, i + 1);
      g_assert_cmpint (kommune_accounts_record_get_amount (record) % 100000, ==, 0);
      sum += kommune_accounts_record_get_amount (record);
      zero += kommune_accounts_record_get_amount (record) == 0;
      zero_text += g_str_equal (amount, "0");
    }
  g_assert_cmpuint (zero, ==, 70);
  g_assert_cmpuint (zero_text, ==, 63);
  g_assert_cmpint (sum % 100000, ==, 0);
}

static void
test_real_file_properties (void)
{
  g_autoptr(KommuneAccountsFile) file = load_real ();
  g_autoptr(KommuneAccountsRecord) first = record_at (file, 0);
  g_autoptr(KommuneAccountsRecord) again = record_at (file, 0);
  g_autofree char *skjema = NULL, *function = NULL, *text = NULL, *name = NULL;
  guint year, quarter, line, n_records, n_lines;
  gint64 amount;
  gboolean has_amount;

  g_object_get (first, "skjema", &skjema, "year", &year, "quarter", &quarter,
                "function", &function, "amount", &amount, "has-amount", &has_amount,
                "line", &line, "text", &text, NULL);
  g_assert_cmpstr (skjema, ==, "0A");
  g_assert_cmpuint (year, ==, 2019);
  g_assert_cmpuint (quarter, ==, 4);
  g_assert_cmpstr (function, ==, "120");
  g_assert_cmpint (amount, ==, G_GINT64_CONSTANT (3632800000));
  g_assert_true (has_amount);
  g_assert_cmpuint (line, ==, 1);
  g_assert_cmpstr (text, ==, kommune_accounts_record_get_text (first));

  /* Each get_item makes its own record: equal, not the same. */
  g_assert_true (first != again);
  g_assert_cmpstr (kommune_accounts_record_get_text (again), ==, text);

  g_object_get (file, "name", &name, "n-records", &n_records, "n-lines", &n_lines, NULL);
  g_assert_true (g_str_has_suffix (name, REAL_FILE));
  g_assert_cmpuint (n_records, ==, 1644);
  g_assert_cmpuint (n_lines, ==, 1644);

  g_assert_finalize_object (g_steal_pointer (&first));
  g_assert_finalize_object (g_steal_pointer (&again));
  g_assert_finalize_object (g_steal_pointer (&file));
}

static void
test_save_identical (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneAccountsFile) file = load_real ();
  g_autofree char *path = real_path ();
  g_autofree char *dir = g_dir_make_tmp ("accounts-XXXXXX", &error);
  g_autofree char *out = g_build_filename (dir, "saved.dat", NULL);
  g_autoptr(GBytes) original = file_bytes (path);
  g_autoptr(GBytes) bytes = kommune_accounts_file_to_bytes (file);
  g_autoptr(GBytes) saved = NULL;

  g_assert_no_error (error);
  /* The real file has no newline after its last record. */
  g_assert_cmpint (((const char *) g_bytes_get_data (original, NULL))[g_bytes_get_size (original) - 1], !=, '\n');
  assert_same_bytes (bytes, original);

  g_assert_true (kommune_accounts_file_save (file, out, &error));
  g_assert_no_error (error);
  saved = file_bytes (out);
  assert_same_bytes (saved, original);

  /* Saving again over the file replaces it with the same bytes. */
  g_assert_true (kommune_accounts_file_save (file, out, &error));
  g_assert_no_error (error);
  g_clear_pointer (&saved, g_bytes_unref);
  saved = file_bytes (out);
  assert_same_bytes (saved, original);

  g_assert_cmpint (g_unlink (out), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* The real file with "\r\n" line ends, and once more with a final one. */
static void
test_crlf (void)
{
  g_autofree char *path = real_path ();
  g_autoptr(GBytes) original = file_bytes (path);
  g_autofree char *text = g_strndup (g_bytes_get_data (original, NULL), g_bytes_get_size (original));
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autofree char *joined = g_strjoinv ("\r\n", lines);

  for (guint final = 0; final < 2; final++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *crlf = g_strconcat (joined, final ? "\r\n" : "", NULL);
      g_autoptr(GBytes) bytes = g_bytes_new (crlf, strlen (crlf));
      g_autoptr(KommuneAccountsFile) file = kommune_accounts_file_load_from_bytes (bytes, "crlf.dat", &error);
      g_autoptr(KommuneAccountsRecord) first = NULL;
      g_autoptr(KommuneAccountsRecord) last = NULL;
      g_autoptr(GBytes) back = NULL;

      g_assert_no_error (error);
      g_assert_cmpuint (kommune_accounts_file_get_n_records (file), ==, 1644);
      g_assert_cmpuint (kommune_accounts_file_get_n_lines (file), ==, 1644);
      first = record_at (file, 0);
      last = record_at (file, 1643);
      g_assert_cmpstr (kommune_accounts_record_get_text (first), ==, "0A20194040200                  1120 010    36328");
      g_assert_cmpint (kommune_accounts_record_get_amount (last), ==, G_GINT64_CONSTANT (-2500000000));
      g_assert_cmpuint (kommune_accounts_record_get_line (last), ==, 1644);
      back = kommune_accounts_file_to_bytes (file);
      assert_same_bytes (back, bytes);
    }
}

static void
test_final_newline (void)
{
  const char *with = "0A20194040200                  1120 010    36328\n";
  const char *without = "0A20194040200                  1120 010    36328";
  const char *texts[] = { with, without };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = g_bytes_new_static (texts[i], strlen (texts[i]));
      g_autoptr(KommuneAccountsFile) file = kommune_accounts_file_load_from_bytes (bytes, NULL, &error);
      g_autoptr(GBytes) back = NULL;

      g_assert_no_error (error);
      g_assert_cmpuint (kommune_accounts_file_get_n_records (file), ==, 1);
      g_assert_null (kommune_accounts_file_get_name (file));
      back = kommune_accounts_file_to_bytes (file);
      assert_same_bytes (back, bytes);
    }
}

static void
test_iso_8859_1 (void)
{
  g_autoptr(GError) error = NULL;
  static const char text[] = "0F20194040200Kirke\xf8r\xe5          1120 010    36328";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, sizeof text - 1);
  g_autoptr(KommuneAccountsFile) file = kommune_accounts_file_load_from_bytes (bytes, "latin1.dat", &error);
  g_autoptr(KommuneAccountsRecord) record = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (sizeof text - 1, ==, 48);
  record = record_at (file, 0);
  g_assert_cmpstr (kommune_accounts_record_get_orgnr (record), ==, "Kirkeørå");
  g_assert_cmpstr (kommune_accounts_record_get_text (record), ==, "0F20194040200Kirkeørå          1120 010    36328");
  g_assert_true (g_utf8_validate (kommune_accounts_record_get_text (record), -1, NULL));
}

/* An amount field: whether control 014 accepts how it is written, and
 * the figure SSB's sums read from it. */
static void
test_amounts (void)
{
  static const struct {
    const char *field;
    gboolean    has_amount;
    gint64      thousands;
  } cases[] = {
    { "    36328", TRUE, 36328 },
    { "      -25", TRUE, -25 },
    { "       -0", TRUE, 0 },
    { "999999999", TRUE, 999999999 },
    { "-99999999", TRUE, -99999999 },
    { "000000001", TRUE, 1 },
    { "\v     123", TRUE, 123 },
    { "1        ", FALSE, 1 },
    { "-1       ", FALSE, -1 },
    { "  +123456", FALSE, 123456 },
    { "  123\f   ", FALSE, 123 },
    { "    - 123", FALSE, 0 },
    { "      XXX", FALSE, 0 },
    { "   12 345", FALSE, 0 },
    { "         ", FALSE, 0 },
    { "        -", FALSE, 0 },
    { "      1.5", FALSE, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *text = g_strconcat ("0A20194040200                  1120 010", cases[i].field, NULL);
      g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
      g_autoptr(KommuneAccountsFile) file = kommune_accounts_file_load_from_bytes (bytes, "amount.dat", &error);
      g_autoptr(KommuneAccountsRecord) record = NULL;

      g_test_message ("amount “%s”", cases[i].field);
      g_assert_no_error (error);
      g_assert_cmpuint (strlen (text), ==, 48);
      record = record_at (file, 0);
      g_assert_cmpint (kommune_accounts_record_has_amount (record), ==, cases[i].has_amount);
      g_assert_cmpint (kommune_accounts_record_get_amount (record), ==, cases[i].thousands * 100000);
    }
}

static void
test_not_records (void)
{
  g_autoptr(GError) error = NULL;
  static const char text[] =
    "0A20194040200                  1120 010    36328\n"
    "0A20194040200                  1120 010    3632\n"           /* 47 */
    "\n"
    "0A20194040200                  1120 010     36328\r\n"       /* 49 */
    "0A20194040200                  1120 010\t   36328\n"         /* TAB */
    "0A2019 040200                  1120 010       XX\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, sizeof text - 1);
  g_autoptr(KommuneAccountsFile) file = kommune_accounts_file_load_from_bytes (bytes, "mixed.dat", &error);
  g_autoptr(KommuneAccountsRecord) second = NULL;
  KommuneAccountsLines *lines;
  const KommuneAccountsLine *line;
  guint n;

  g_assert_no_error (error);
  g_assert_cmpuint (kommune_accounts_file_get_n_records (file), ==, 2);
  g_assert_cmpuint (kommune_accounts_file_get_n_lines (file), ==, 5);
  second = record_at (file, 1);
  g_assert_cmpuint (kommune_accounts_record_get_line (second), ==, 6);
  g_assert_cmpuint (kommune_accounts_record_get_quarter (second), ==, 0);
  g_assert_false (kommune_accounts_record_has_amount (second));
  g_assert_cmpint (kommune_accounts_record_get_amount (second), ==, 0);

  /* Validation sees every line, with its number. */
  lines = _kommune_accounts_file_get_lines (file);
  line = _kommune_accounts_lines_get (lines, &n);
  g_assert_cmpuint (n, ==, 5);
  g_assert_cmpuint (line[1].number, ==, 2);
  g_assert_cmpuint (line[1].length, ==, 47);
  g_assert_cmpuint (line[2].number, ==, 4);
  g_assert_cmpuint (line[2].length, ==, 49);
  g_assert_false (_kommune_accounts_line_is_record (&line[3]));
  g_assert_true (_kommune_accounts_line_is_record (&line[4]));
}

static void
test_built_in_code (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneAccountsFile) file = kommune_accounts_file_new ();
  g_autoptr(KommuneAccountsFile) real = load_real ();
  g_autoptr(KommuneAccountsRecord) drift = NULL;
  g_autoptr(KommuneAccountsRecord) balanse = NULL;
  g_autoptr(KommuneAccountsRecord) from_real = record_at (real, 1643);
  g_autoptr(KommuneAccountsFile) reloaded = NULL;
  g_autoptr(KommuneAccountsRecord) back = NULL;
  g_autoptr(GBytes) bytes = NULL;
  KommuneAccountsLines *lines;
  const KommuneAccountsLine *line;
  guint n;
  const char *expected =
    "0A20194040200                  1120 010    36328\n"
    "0B2019 040200964947082         210  450     -125\n"
    "0A20194040200                  0283 958   -25000\n";

  g_assert_cmpuint (kommune_accounts_file_get_n_records (file), ==, 0);
  g_assert_null (kommune_accounts_file_get_name (file));
  bytes = kommune_accounts_file_to_bytes (file);
  g_assert_cmpuint (g_bytes_get_size (bytes), ==, 0);
  g_clear_pointer (&bytes, g_bytes_unref);

  drift = kommune_accounts_record_new ("0A", 2019, 4, "040200", NULL, "", "1", "120", "010",
                                       G_GINT64_CONSTANT (3632800000), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kommune_accounts_record_get_line (drift), ==, 0);
  g_assert_cmpstr (kommune_accounts_record_get_function (drift), ==, "120");
  balanse = kommune_accounts_record_new ("0B", 2019, 0, "040200", "964947082", NULL, "2", "10", "450",
                                         G_GINT64_CONSTANT (-12500000), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kommune_accounts_record_get_function (balanse), ==, "10");
  g_assert_cmpuint (kommune_accounts_record_get_quarter (balanse), ==, 0);

  g_assert_true (kommune_accounts_file_add_record (file, drift, &error));
  g_assert_true (kommune_accounts_file_add_record (file, balanse, &error));
  /* A record from a loaded file keeps its 48 characters. */
  g_assert_true (kommune_accounts_file_add_record (file, from_real, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (kommune_accounts_file_get_n_records (file), ==, 3);
  g_assert_cmpuint (kommune_accounts_file_get_n_lines (file), ==, 3);

  bytes = kommune_accounts_file_to_bytes (file);
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), expected, strlen (expected));

  /* The lines validation reads are those of the canonical text. */
  lines = _kommune_accounts_file_get_lines (file);
  line = _kommune_accounts_lines_get (lines, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpuint (line[2].number, ==, 3);
  g_assert_cmpmem (line[1].text, line[1].length, expected + 49, 48);

  /* The list hands out the records added. */
  back = g_list_model_get_item (kommune_accounts_file_get_records (file), 1);
  g_assert_true (back == balanse);

  reloaded = kommune_accounts_file_load_from_bytes (bytes, "built.dat", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kommune_accounts_file_get_n_records (reloaded), ==, 3);
  g_clear_object (&back);
  back = record_at (reloaded, 1);
  g_assert_cmpstr (kommune_accounts_record_get_orgnr (back), ==, "964947082");
  g_assert_cmpint (kommune_accounts_record_get_amount (back), ==, G_GINT64_CONSTANT (-12500000));
  g_assert_cmpuint (kommune_accounts_record_get_line (back), ==, 2);
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
count_items_changed (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     guint      *count)
{
  g_assert_cmpuint (removed, ==, 0);
  g_assert_cmpuint (added, ==, 1);
  g_assert_cmpuint (position + 1, ==, g_list_model_get_n_items (model));
  (*count)++;
}

static void
test_add_record_refusals (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneAccountsFile) file = kommune_accounts_file_new ();
  g_autoptr(KommuneAccountsFile) real = load_real ();
  g_autoptr(KommuneAccountsRecord) bare = g_object_new (KOMMUNE_TYPE_ACCOUNTS_RECORD, NULL);
  g_autoptr(KommuneAccountsRecord) record =
    kommune_accounts_record_new ("0A", 2019, 4, "040200", NULL, NULL, "1", "120", "010", 0, &error);
  guint notified = 0, changed = 0;

  g_assert_no_error (error);
  g_signal_connect (file, "notify::n-records", G_CALLBACK (count_notify), &notified);
  g_signal_connect (kommune_accounts_file_get_records (file), "items-changed",
                    G_CALLBACK (count_items_changed), &changed);

  /* A bare record holds no line. */
  g_assert_cmpstr (kommune_accounts_record_get_text (bare), ==, "");
  g_assert_cmpstr (kommune_accounts_record_get_skjema (bare), ==, "");
  g_assert_false (kommune_accounts_record_has_amount (bare));
  g_assert_false (kommune_accounts_file_add_record (file, bare, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_cmpuint (kommune_accounts_file_get_n_records (file), ==, 0);

  /* A loaded file keeps its bytes. */
  g_assert_false (kommune_accounts_file_add_record (real, record, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_READ_ONLY);
  g_assert_true (strstr (error->message, REAL_FILE) != NULL);
  g_clear_error (&error);
  g_assert_cmpuint (kommune_accounts_file_get_n_records (real), ==, 1644);

  /* Carriage returns at the ends of a line are no part of it, as SSB's
   * program trims them: 47 characters and two "\r" are no record, so no
   * record can end in one. */
  {
    g_autoptr(GBytes) bytes = g_bytes_new_static ("0A20194040200                  1120 010    3632\r\r\n", 50);
    g_autoptr(KommuneAccountsFile) odd = kommune_accounts_file_load_from_bytes (bytes, "odd.dat", &error);

    g_assert_no_error (error);
    g_assert_cmpuint (kommune_accounts_file_get_n_records (odd), ==, 0);
    g_assert_cmpuint (kommune_accounts_file_get_n_lines (odd), ==, 1);
  }

  g_assert_cmpuint (notified, ==, 0);
  g_assert_cmpuint (changed, ==, 0);
  g_assert_true (kommune_accounts_file_add_record (file, record, &error));
  g_assert_true (kommune_accounts_file_add_record (file, record, &error));
  g_assert_cmpuint (notified, ==, 2);
  g_assert_cmpuint (changed, ==, 2);
  g_signal_handlers_disconnect_by_data (kommune_accounts_file_get_records (file), &changed);
  g_signal_handlers_disconnect_by_data (file, &notified);
  g_assert_finalize_object (g_steal_pointer (&file));
  g_assert_finalize_object (g_steal_pointer (&record));
  g_assert_finalize_object (g_steal_pointer (&bare));
}

typedef struct
{
  const char *skjema;
  guint       year;
  guint       quarter;
  const char *region;
  const char *orgnr;
  const char *class;
  const char *function;
  const char *art;
  gint64      amount;
  int         code;
} RecordCase;

static void
test_record_new_checks (void)
{
  static const RecordCase cases[] = {
    { "0A", 2019, 4, "040200", NULL, "1", "120", "010", 100000, -1 },
    { "0A", 2019, 4, "040200", NULL, "1", "120", "010", G_GINT64_CONSTANT (99999999900000), -1 },
    { "0A", 2019, 4, "040200", NULL, "1", "120", "010", G_GINT64_CONSTANT (-9999999900000), -1 },
    { "0G", 2019, 0, "040200", "123456789", "5", "5900", NULL, 0, -1 },
    { "0X", 2019, 0, "040200", NULL, "", NULL, NULL, 0, -1 },
    { "0",  2019, 4, "040200", NULL, "1", "120", "010", 0, KOMMUNE_ERROR_INVALID_ARGUMENT },
    { "0AK", 2019, 4, "040200", NULL, "1", "120", "010", 0, KOMMUNE_ERROR_INVALID_ARGUMENT },
    { "0 ", 2019, 4, "040200", NULL, "1", "120", "010", 0, KOMMUNE_ERROR_INVALID_ARGUMENT },
    { NULL, 2019, 4, "040200", NULL, "1", "120", "010", 0, KOMMUNE_ERROR_INVALID_ARGUMENT },
    { "0A", 10000, 4, "040200", NULL, "1", "120", "010", 0, KOMMUNE_ERROR_INVALID_ARGUMENT },
    { "0A", 2019, 5, "040200", NULL, "1", "120", "010", 0, KOMMUNE_ERROR_INVALID_ARGUMENT },
    { "0A", 2019, 4, "0402", NULL, "1", "120", "010", 0, KOMMUNE_ERROR_INVALID_ARGUMENT },
    { "0A", 2019, 4, "04020X", NULL, "1", "120", "010", 0, KOMMUNE_ERROR_INVALID_ARGUMENT },
    { "0A", 2019, 4, NULL, NULL, "1", "120", "010", 0, KOMMUNE_ERROR_INVALID_ARGUMENT },
    { "0A", 2019, 4, "040200", "12345678", "1", "120", "010", 0, KOMMUNE_ERROR_INVALID_ARGUMENT },
    { "0A", 2019, 4, "040200", "12345678X", "1", "120", "010", 0, KOMMUNE_ERROR_INVALID_ARGUMENT },
    { "0A", 2019, 4, "040200", NULL, "12", "120", "010", 0, KOMMUNE_ERROR_INVALID_ARGUMENT },
    { "0A", 2019, 4, "040200", NULL, "\t", "120", "010", 0, KOMMUNE_ERROR_INVALID_ARGUMENT },
    { "0A", 2019, 4, "040200", NULL, "ø", "120", "010", 0, KOMMUNE_ERROR_INVALID_ARGUMENT },
    { "0A", 2019, 4, "040200", NULL, "1", "12345", "010", 0, KOMMUNE_ERROR_INVALID_ARGUMENT },
    { "0A", 2019, 4, "040200", NULL, "1", "12 ", "010", 0, KOMMUNE_ERROR_INVALID_ARGUMENT },
    { "0A", 2019, 4, "040200", NULL, "1", "120", "0100", 0, KOMMUNE_ERROR_INVALID_ARGUMENT },
    { "0A", 2019, 4, "040200", NULL, "1", "120", "A10", 0, KOMMUNE_ERROR_INVALID_ARGUMENT },
    { "0A", 2019, 4, "040200", NULL, "1", "120", "010", 1, KOMMUNE_ERROR_INVALID_AMOUNT },
    { "0A", 2019, 4, "040200", NULL, "1", "120", "010", 50000, KOMMUNE_ERROR_INVALID_AMOUNT },
    { "0A", 2019, 4, "040200", NULL, "1", "120", "010", G_GINT64_CONSTANT (100000000000000), KOMMUNE_ERROR_INVALID_AMOUNT },
    { "0A", 2019, 4, "040200", NULL, "1", "120", "010", G_GINT64_CONSTANT (-10000000000000), KOMMUNE_ERROR_INVALID_AMOUNT },
    { "0A", 2019, 4, "040200", NULL, "1", "120", "010", G_MININT64, KOMMUNE_ERROR_INVALID_AMOUNT },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const RecordCase *c = &cases[i];
      g_autoptr(GError) error = NULL;
      g_autoptr(KommuneAccountsRecord) record =
        kommune_accounts_record_new (c->skjema, c->year, c->quarter, c->region, c->orgnr, NULL,
                                     c->class, c->function, c->art, c->amount, &error);

      g_test_message ("case %u", i);
      if (c->code < 0)
        {
          g_assert_no_error (error);
          g_assert_cmpuint (strlen (kommune_accounts_record_get_text (record)), ==, 48);
          g_assert_cmpint (kommune_accounts_record_get_amount (record), ==, c->amount);
          g_assert_true (kommune_accounts_record_has_amount (record));
          g_assert_cmpuint (kommune_accounts_record_get_year (record), ==, c->year);
          g_assert_cmpuint (kommune_accounts_record_get_quarter (record), ==, c->quarter);
        }
      else
        {
          g_assert_null (record);
          g_assert_error (error, KOMMUNE_ERROR, c->code);
        }
    }
}

/* Replacing @out in a directory that cannot be written fails cleanly
 * with @code: the old file stays as it was, and no temporary file is
 * left beside it. */
static void
assert_save_refused (const char *dir,
                     const char *out,
                     int         code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneAccountsFile) built = kommune_accounts_file_new ();
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GDir) listing = NULL;
  g_autofree char *path = real_path ();

  g_assert_false (kommune_accounts_file_save (built, out, &error));
  g_assert_error (error, G_FILE_ERROR, code);
  g_assert_nonnull (strstr (error->message, "saved.dat"));
  g_clear_error (&error);
  before = file_bytes (path);
  after = file_bytes (out);
  assert_same_bytes (before, after);

  listing = g_dir_open (dir, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (g_dir_read_name (listing), ==, "saved.dat");
  g_assert_null (g_dir_read_name (listing));
}

static void
test_save_read_only_dir (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneAccountsFile) file = load_real ();
  g_autofree char *dir = g_dir_make_tmp ("accounts-XXXXXX", &error);
  g_autofree char *out = g_build_filename (dir, "saved.dat", NULL);
  gboolean mounted = FALSE;

  g_assert_no_error (error);
  /* Root writes into a directory of mode 0555: there, the directory is
   * a small tmpfs mounted again read-only. */
  if (geteuid () == 0)
    {
      if (mount ("tmpfs", dir, "tmpfs", 0, "size=256k") != 0)
        {
          g_autofree char *why = g_strdup_printf ("cannot mount a tmpfs here: %s", g_strerror (errno));

          g_rmdir (dir);
          g_test_skip (why);
          return;
        }
      mounted = TRUE;
    }
  g_assert_true (kommune_accounts_file_save (file, out, &error));
  g_assert_no_error (error);

  if (mounted)
    {
      g_assert_cmpint (mount ("tmpfs", dir, "tmpfs", MS_REMOUNT | MS_RDONLY, "size=256k"), ==, 0);
      assert_save_refused (dir, out, G_FILE_ERROR_ROFS);
      g_assert_cmpint (umount (dir), ==, 0);
    }
  else
    {
      g_assert_cmpint (g_chmod (dir, 0555), ==, 0);
      assert_save_refused (dir, out, G_FILE_ERROR_ACCES);
      g_assert_cmpint (g_chmod (dir, 0755), ==, 0);
      g_assert_cmpint (g_unlink (out), ==, 0);
    }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_load_errors (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) nul = g_bytes_new_static ("0A\n\n12\0003", 8);
  g_autoptr(GBytes) empty = g_bytes_new_static ("", 0);
  g_autoptr(KommuneAccountsFile) file = NULL;
  g_autofree char *dir = g_dir_make_tmp ("accounts-XXXXXX", &error);
  g_autofree char *missing = g_build_filename (dir, "missing.dat", NULL);

  g_assert_no_error (error);
  file = kommune_accounts_file_load_from_bytes (nul, NULL, &error);
  g_assert_null (file);
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ACCOUNTS);
  g_assert_cmpstr (error->message, ==, "accounts data: line 3: a NUL byte at column 3: binary data, not an accounts file");
  g_clear_error (&error);

  file = kommune_accounts_file_load_from_bytes (empty, "tom.dat", &error);
  g_assert_null (file);
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ACCOUNTS);
  g_assert_cmpstr (error->message, ==, "tom.dat: the file is empty");
  g_clear_error (&error);

  file = kommune_accounts_file_load (missing, &error);
  g_assert_null (file);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_clear_error (&error);

  file = kommune_accounts_file_load (dir, &error);
  g_assert_null (file);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR);
  g_clear_error (&error);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* Files of the bad-input corpus (tests/data/bad/) that this loader reads
 * leniently, as SSB's program does, with what each gives: the records,
 * all non-empty lines, the line numbers of the records, the records whose
 * amount SSB's control 014 refuses. Each must also save byte for byte.
 * The loaders that refuse them are checked by test-bad-inputs. */

typedef struct
{
  const char *file;
  const char *expected;
} LenientCase;

static const LenientCase lenient_cases[] = {
  { "accounts-short-line.dat", "records=1 lines=2 record-lines=1 no-amount=0" },
  { "accounts-long-line.dat", "records=0 lines=1 record-lines= no-amount=0" },
  { "accounts-tab.dat", "records=1 lines=2 record-lines=1 no-amount=0" },
  { "accounts-crlf.dat", "records=3 lines=3 record-lines=1,2,3 no-amount=0" },
  { "accounts-crlf-no-final-newline.dat", "records=2 lines=2 record-lines=1,2 no-amount=0" },
  { "accounts-cr-inside.dat", "records=1 lines=1 record-lines=1 no-amount=0" },
  { "accounts-cr-cr-lf.dat", "records=0 lines=1 record-lines= no-amount=0" },
  { "accounts-latin1.dat", "records=1 lines=1 record-lines=1 no-amount=0" },
  { "accounts-utf8-letter.dat", "records=0 lines=1 record-lines= no-amount=0" },
  { "accounts-bom.dat", "records=1 lines=2 record-lines=2 no-amount=0" },
  { "accounts-amount-letters.dat", "records=2 lines=2 record-lines=1,2 no-amount=2" },
  { "accounts-amount-left.dat", "records=4 lines=4 record-lines=1,2,3,4 no-amount=4" },
  { "accounts-amount-32-bits.dat", "records=2 lines=4 record-lines=1,2 no-amount=0" },
  { "accounts-only-blanks.dat", "records=0 lines=1 record-lines= no-amount=0" },
  { "accounts-blank-record.dat", "records=1 lines=1 record-lines=1 no-amount=1" },
  { "accounts-empty-lines.dat", "records=2 lines=2 record-lines=2,5 no-amount=0" },
  { "accounts-form-feed.dat", "records=1 lines=2 record-lines=1 no-amount=0" },
};

/* “records=N lines=M record-lines=… no-amount=K” of a loaded file. */
static char *
describe (KommuneAccountsFile *file)
{
  GListModel *records = kommune_accounts_file_get_records (file);
  g_autoptr(GString) lines = g_string_new ("");
  guint n = g_list_model_get_n_items (records), no_amount = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KommuneAccountsRecord) record = g_list_model_get_item (records, i);
      const char *text = kommune_accounts_record_get_text (record);

      g_assert_true (g_utf8_validate (text, -1, NULL));
      g_assert_cmpint (g_utf8_strlen (text, -1), ==, 48);
      g_string_append_printf (lines, "%s%u", i > 0 ? "," : "", kommune_accounts_record_get_line (record));
      no_amount += !kommune_accounts_record_has_amount (record);
    }
  return g_strdup_printf ("records=%u lines=%u record-lines=%s no-amount=%u",
                          n, kommune_accounts_file_get_n_lines (file), lines->str, no_amount);
}

static void
run_lenient_case (gconstpointer data)
{
  const LenientCase *c = data;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "bad", c->file, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneAccountsFile) file = kommune_accounts_file_load (path, &error);
  g_autofree char *got = NULL;
  g_autoptr(GBytes) original = file_bytes (path);
  g_autoptr(GBytes) back = NULL;

  g_assert_no_error (error);
  got = describe (file);
  g_assert_cmpstr (got, ==, c->expected);
  back = kommune_accounts_file_to_bytes (file);
  assert_same_bytes (back, original);
}


#define GARBAGE_SIZE (10 * 1024 * 1024)

/* 10 MB of random bytes; with @nul FALSE, no byte is 0. */
static GBytes *
garbage (gboolean nul)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20191231);
  guint8 *data = g_malloc (GARBAGE_SIZE);

  for (gsize i = 0; i < GARBAGE_SIZE; i++)
    {
      data[i] = (guint8) g_rand_int_range (rand, nul ? 0 : 1, 256);
      /* Some line ends, so that some lines are 48 bytes long. */
      if (!nul && g_rand_int_range (rand, 0, 49) == 0)
        data[i] = '\n';
    }
  return g_bytes_new_take (data, GARBAGE_SIZE);
}

static void
test_garbage_binary (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = garbage (TRUE);
  const char *data = g_bytes_get_data (bytes, NULL);
  const char *nul = memchr (data, '\0', GARBAGE_SIZE);
  g_autoptr(KommuneAccountsFile) file = kommune_accounts_file_load_from_bytes (bytes, "garbage", &error);
  g_autofree char *expected = NULL;
  guint line = 1;
  gsize column = 1;

  g_assert_nonnull (nul);
  for (const char *p = data; p < nul; p++)
    {
      column++;
      if (*p == '\n')
        line++, column = 1;
    }
  expected = g_strdup_printf ("garbage: line %u: a NUL byte at column %" G_GSIZE_FORMAT
                              ": binary data, not an accounts file", line, column);
  g_assert_null (file);
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ACCOUNTS);
  g_assert_cmpstr (error->message, ==, expected);
}

static void
test_garbage_text (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = garbage (FALSE);
  g_autoptr(KommuneAccountsFile) file = kommune_accounts_file_load_from_bytes (bytes, "garbage", &error);
  g_autoptr(GBytes) back = NULL;
  gsize size;
  const char *text = g_bytes_get_data (bytes, &size);
  const char *end = text + size;
  g_autofree char *got = NULL;
  guint n_lines = 0, n_records = 0;

  g_assert_no_error (error);
  /* Counted again the plain way, a line at a time (no strstr: under ASan
   * it measures the rest of the buffer at every call). */
  for (const char *p = text; p < end; )
    {
      const char *newline = memchr (p, '\n', (gsize) (end - p));
      const char *start = p;
      gsize length = (gsize) ((newline != NULL ? newline : end) - p);

      while (length > 0 && *start == '\r')
        start++, length--;
      while (length > 0 && start[length - 1] == '\r')
        length--;
      n_lines += length > 0;
      n_records += length == 48 && memchr (start, '\t', 48) == NULL;
      p = newline != NULL ? newline + 1 : end;
    }
  g_assert_cmpuint (kommune_accounts_file_get_n_lines (file), ==, n_lines);
  g_assert_cmpuint (kommune_accounts_file_get_n_records (file), ==, n_records);
  g_assert_cmpuint (n_records, >, 100);
  got = describe (file);
  back = kommune_accounts_file_to_bytes (file);
  assert_same_bytes (back, bytes);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Kommune/AccountsFile/real-file", test_real_file);
  g_test_add_func ("/Kommune/AccountsFile/real-file-properties", test_real_file_properties);
  g_test_add_func ("/Kommune/AccountsFile/save-identical", test_save_identical);
  g_test_add_func ("/Kommune/AccountsFile/crlf", test_crlf);
  g_test_add_func ("/Kommune/AccountsFile/final-newline", test_final_newline);
  g_test_add_func ("/Kommune/AccountsFile/iso-8859-1", test_iso_8859_1);
  g_test_add_func ("/Kommune/AccountsFile/amounts", test_amounts);
  g_test_add_func ("/Kommune/AccountsFile/not-records", test_not_records);
  g_test_add_func ("/Kommune/AccountsFile/built-in-code", test_built_in_code);
  g_test_add_func ("/Kommune/AccountsFile/add-record-refusals", test_add_record_refusals);
  g_test_add_func ("/Kommune/AccountsRecord/new-checks", test_record_new_checks);
  g_test_add_func ("/Kommune/AccountsFile/save-read-only-dir", test_save_read_only_dir);
  g_test_add_func ("/Kommune/AccountsFile/load-errors", test_load_errors);

  for (gsize i = 0; i < G_N_ELEMENTS (lenient_cases); i++)
    {
      g_autofree char *test_path = g_strdup_printf ("/Kommune/AccountsFile/lenient/%s", lenient_cases[i].file);

      g_test_add_data_func (test_path, &lenient_cases[i], run_lenient_case);
    }
  g_test_add_func ("/Kommune/AccountsFile/garbage-binary", test_garbage_binary);
  g_test_add_func ("/Kommune/AccountsFile/garbage-text", test_garbage_text);

  return g_test_run ();
}
