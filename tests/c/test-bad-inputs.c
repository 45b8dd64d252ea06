/* test-bad-inputs.c: every file of the bad-input corpus, through the
 * loader that reads it
 *
 * Usage: test-bad-inputs INDEX
 *
 * INDEX (tests/data/bad/index.tsv, described in tests/data/README.md)
 * has one row per file: “file<TAB>loader<TAB>error<TAB>message”. Each
 * row is a test named after its file. With an error nick, the load must
 * fail with that KommuneError code, give no object, and its message must
 * be exactly “FILE: MESSAGE”. With “ok”, the load must succeed and
 * MESSAGE describes what it gives (see describe_ledger()). Then large
 * files of random bytes are made at test time in the build directory
 * and each loader must refuse them with one error.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <string.h>

#include <glib/gstdio.h>
#include <libkommune.h>

typedef struct
{
  char *name;       /* as the index writes it */
  char *path;
  char *loader;
  char *error;      /* a KommuneError nick, or “ok” */
  char *message;
} BadCase;

static void
bad_case_free (gpointer data)
{
  BadCase *c = data;

  g_free (c->name);
  g_free (c->path);
  g_free (c->loader);
  g_free (c->error);
  g_free (c->message);
  g_free (c);
}

/* “lines=N total=ØRE” of a loaded ledger. */
static char *
describe_ledger (KommuneLedger *ledger)
{
  guint n = kommune_ledger_get_n_lines (ledger);
  gint64 total = 0;

  for (guint i = 0; i < n; i++)
    {
      gint64 amount;

      g_assert_true (kommune_ledger_get_line (ledger, i, NULL, NULL, NULL, NULL, NULL, &amount));
      total += amount;
    }
  return g_strdup_printf ("lines=%u total=%" G_GINT64_FORMAT, n, total);
}

/* Loads @path with @loader; returns the object (or NULL) and, for a
 * successful load, its description in @described. */
static GObject *
load (const char  *loader,
      const char  *path,
      char       **described,
      GError     **error)
{
  GObject *object = NULL;

  if (g_str_equal (loader, "document"))
    object = (GObject *) kommune_document_load (path, error);
  else if (g_str_equal (loader, "accounts"))
    {
      KommuneAccountsFile *file = kommune_accounts_file_load (path, error);

      if (file != NULL)
        {
          /* The accounts file keeps every byte: it saves as it was read. */
          g_autoptr(GBytes) back = kommune_accounts_file_to_bytes (file);
          g_autofree char *original = NULL;
          gsize length;

          g_assert_true (g_file_get_contents (path, &original, &length, NULL));
          g_assert_cmpmem (g_bytes_get_data (back, NULL), g_bytes_get_size (back), original, length);
          *described = g_strdup_printf ("records=%u lines=%u", kommune_accounts_file_get_n_records (file),
                                        kommune_accounts_file_get_n_lines (file));
        }
      object = (GObject *) file;
    }
  else if (g_str_equal (loader, "ledger-csv") || g_str_equal (loader, "ledger-accounts"))
    {
      const char *paths[] = { path, NULL };
      KommuneLedger *ledger = g_str_equal (loader, "ledger-csv")
                              ? kommune_ledger_load_csv (path, error)
                              : kommune_ledger_load_accounts (paths, error);

      if (ledger != NULL)
        *described = describe_ledger (ledger);
      object = (GObject *) ledger;
    }
  else if (g_str_equal (loader, "ledger-sum"))
    {
      /* A CSV that loads, but whose amounts overflow when summed: the
       * table of its total is what is refused. The ledger does not know
       * its file, so the message is the table's alone and the test (as
       * the kommune command) puts the file before it. */
      g_autoptr(KommuneLedger) ledger = kommune_ledger_load_csv (path, error);
      GError *local_error = NULL;

      g_assert_nonnull (ledger);
      object = (GObject *) kommune_ledger_aggregate (ledger, NULL, NULL, &local_error);
      if (local_error != NULL)
        {
          g_autofree char *name = g_filename_display_name (path);

          g_propagate_prefixed_error (error, local_error, "%s: ", name);
        }
      else if (object != NULL)
        *described = g_strdup_printf ("total=%" G_GINT64_FORMAT,
                                      kommune_ledger_table_get_total ((KommuneLedgerTable *) object));
    }
  else
    g_error ("unknown loader “%s”", loader);

  if (object != NULL && *described == NULL)
    *described = g_strdup ("-");
  return object;
}

static void
run_case (gconstpointer data)
{
  const BadCase *c = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GObject) object = NULL;
  g_autofree char *described = NULL;

  object = load (c->loader, c->path, &described, &error);
  if (g_str_equal (c->error, "ok"))
    {
      g_assert_no_error (error);
      g_assert_nonnull (object);
      g_assert_cmpstr (described, ==, c->message);
    }
  else
    {
      g_autoptr(GEnumClass) codes = g_type_class_ref (KOMMUNE_TYPE_ERROR);
      GEnumValue *code = g_enum_get_value_by_nick (codes, c->error);
      g_autofree char *name = g_filename_display_name (c->path);
      g_autofree char *exact = g_strdup_printf ("%s: %s", name, c->message);

      if (code == NULL)
        g_error ("%s: “%s” is not a KommuneError nick", c->name, c->error);
      /* Nothing partial: a refused file gives no object at all. */
      g_assert_null (object);
      g_assert_error (error, KOMMUNE_ERROR, code->value);
      g_assert_cmpstr (error->message, ==, exact);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      /* One line, as the kommune command prints it. */
      g_assert_null (strchr (error->message, '\n'));
    }
}

/* Large files of garbage, made here rather than committed. */

#define GARBAGE_SIZE (64 * 1024 * 1024)

typedef struct
{
  const char *loader;
  KommuneError code;
  const char *why;      /* what the message must contain */
} GarbageCase;

static const GarbageCase garbage_cases[] = {
  /* Past the documents' size cap (doc/limits.md): refused before a byte is read. */
  { "document", KOMMUNE_ERROR_INVALID_DOCUMENT, ": the file is too large: 67108864 bytes, at most 16777216" },
  { "accounts", KOMMUNE_ERROR_INVALID_ACCOUNTS, ": binary data, not an accounts file" },
  { "ledger-accounts", KOMMUNE_ERROR_INVALID_ACCOUNTS, ": binary data, not an accounts file" },
  { "ledger-csv", KOMMUNE_ERROR_INVALID_ARGUMENT,
    ": line 1: header: not “year,municipality,account_class,function,art,amount”" },
};

/* 64 MiB of random bytes (never starting with a JSON value or the CSV
 * header) in the build directory. */
static char *
make_garbage (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, "bad-inputs-garbage.bin", NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20260101);
  g_autoptr(GError) error = NULL;
  guint32 *data = g_malloc (GARBAGE_SIZE);

  for (gsize i = 0; i < GARBAGE_SIZE / sizeof (guint32); i++)
    data[i] = g_rand_int (rand);
  ((guint8 *) data)[0] = 0xFF;
  if (!g_file_set_contents (path, (const char *) data, GARBAGE_SIZE, &error))
    g_error ("%s", error->message);
  g_free (data);
  return g_steal_pointer (&path);
}

static void
run_garbage (gconstpointer data)
{
  const GarbageCase *c = data;
  g_autofree char *path = make_garbage ();
  g_autofree char *name = g_filename_display_name (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GObject) object = NULL;
  g_autofree char *described = NULL;

  object = load (c->loader, path, &described, &error);
  g_assert_null (object);
  g_assert_error (error, KOMMUNE_ERROR, (gint) c->code);
  g_assert_true (g_str_has_prefix (error->message, name));
  g_assert_nonnull (strstr (error->message, c->why));
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_null (strchr (error->message, '\n'));
  g_assert_cmpint (g_unlink (path), ==, 0);
}

/* Every file of the corpus's folder has its row, and no row lacks its
 * file. */
static void
test_every_file_listed (gconstpointer data)
{
  GPtrArray *cases = (GPtrArray *) data;
  const BadCase *first = g_ptr_array_index (cases, 0);
  g_autofree char *dir = g_path_get_dirname (first->path);
  g_autoptr(GHashTable) listed = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) folder = g_dir_open (dir, 0, &error);
  const char *entry;

  g_assert_no_error (error);
  for (guint i = 0; i < cases->len; i++)
    {
      const BadCase *c = g_ptr_array_index (cases, i);

      g_assert_true (g_file_test (c->path, G_FILE_TEST_IS_REGULAR));
      g_assert_true (g_hash_table_add (listed, c->name));
    }
  while ((entry = g_dir_read_name (folder)) != NULL)
    if (!g_str_equal (entry, "index.tsv") && !g_hash_table_contains (listed, entry))
      g_error ("%s is in %s but not in its index", entry, dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) cases = g_ptr_array_new_with_free_func (bad_case_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *dir = NULL;
  g_auto(GStrv) rows = NULL;

  g_test_init (&argc, &argv, NULL);

  if (argc != 2)
    {
      g_printerr ("usage: %s INDEX\n", argv[0]);
      return 2;
    }
  if (!g_file_get_contents (argv[1], &contents, NULL, &error))
    g_error ("%s", error->message);
  dir = g_path_get_dirname (argv[1]);
  rows = g_strsplit (contents, "\n", -1);

  for (guint i = 0; rows[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;
      g_autofree char *test_path = NULL;
      BadCase *c;

      if (rows[i][0] == '#' || rows[i][0] == '\0')
        continue;
      fields = g_strsplit (rows[i], "\t", 4);
      if (g_strv_length (fields) != 4)
        g_error ("%s:%u: not four columns", argv[1], i + 1);
      c = g_new0 (BadCase, 1);
      c->name = g_strdup (fields[0]);
      c->path = g_build_filename (dir, fields[0], NULL);
      c->loader = g_strdup (fields[1]);
      c->error = g_strdup (fields[2]);
      c->message = g_strdup (fields[3]);
      g_ptr_array_add (cases, c);
      test_path = g_strdup_printf ("/Kommune/BadInput/%s", c->name);
      g_test_add_data_func (test_path, c, run_case);
    }
  g_assert_cmpuint (cases->len, >, 0);
  g_test_add_data_func ("/Kommune/BadInput/every-file-listed", cases, test_every_file_listed);
  for (gsize i = 0; i < G_N_ELEMENTS (garbage_cases); i++)
    {
      g_autofree char *test_path = g_strdup_printf ("/Kommune/BadInput/garbage-64MiB/%s",
                                                    garbage_cases[i].loader);

      g_test_add_data_func (test_path, &garbage_cases[i], run_garbage);
    }

  return g_test_run ();
}
