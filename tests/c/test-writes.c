/* test-writes.c: every save of the library, under failure injection
 *
 * The four savers — a document, an accounts file, a ledger's CSV and a
 * report's page — replace their file atomically through one helper. Each
 * is run here against a full file system (RLIMIT_FSIZE in a child, and a
 * small tmpfs where the container lets the test mount one), a read-only
 * directory (a child without root's privileges, and a read-only bind
 * mount), a path that is a directory, a missing directory, a symbolic link
 * to the file, a dangling link and a link to a directory. After every
 * failure the old file is byte for byte what it was, no temporary file is
 * left, and the error is a G_FILE_ERROR naming the file and its cause.
 * After every success the file holds what a save to a new file holds and
 * keeps the old file's permission bits; a new file gets 0666 less the
 * umask.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

/* fork(), setgroups(), mount(), symlink(), lstat() under -std=c11 */
#define _GNU_SOURCE

#include <errno.h>
#include <grp.h>
#include <signal.h>
#include <stdarg.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include <libkommune.h>

/* What the old file holds: bytes a text-mode slip would change. */
static const char old_bytes[] = "old\r\n\0\xff\xfe contents\n";
#define OLD_LENGTH (sizeof old_bytes - 1)

/* The limit of the child with RLIMIT_FSIZE: more than the old file, less
 * than any save. */
#define FSIZE_LIMIT 64

/* The exit status of a child that could not set itself up: a skip. */
#define CHILD_SKIP 77

typedef gboolean (*SaveFunc) (gpointer     object,
                              const char  *path,
                              GError     **error);

typedef struct
{
  const char *name;
  const char *file;     /* the base name of the file saved */
  SaveFunc    save;
  gpointer    object;
} Writer;

static gboolean
save_document (gpointer object, const char *path, GError **error)
{
  return kommune_document_save (object, path, error);
}

static gboolean
save_accounts (gpointer object, const char *path, GError **error)
{
  return kommune_accounts_file_save (object, path, error);
}

static gboolean
save_ledger (gpointer object, const char *path, GError **error)
{
  return kommune_ledger_save_csv (object, path, error);
}

static gboolean
save_report (gpointer object, const char *path, GError **error)
{
  return kommune_report_save (object, path, error);
}

/* The library's atomic replace itself, as programs such as the kommune
 * command use it for files of their own. */
static const char new_contents[] =
  "year,municipality,sum\n2019,0402,35838000\n2018,0402,35000000\n2017,0402,34000000\n";

static gboolean
save_contents (gpointer object, const char *path, GError **error)
{
  return kommune_file_replace_contents (path, object, strlen (object), error);
}

static Writer writers[] = {
  { "document", "plan.json", save_document, NULL },
  { "accounts", "0A_V2019_K4_R040200.dat", save_accounts, NULL },
  { "ledger", "ledger.csv", save_ledger, NULL },
  { "report", "report.html", save_report, NULL },
  { "contents", "sums.csv", save_contents, (gpointer) new_contents },
};

static void
load_writers (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *document_path = g_test_build_filename (G_TEST_DIST, "data", "kragero-2018-stab-og-stotte.json", NULL);
  g_autofree char *accounts_path = g_test_build_filename (G_TEST_DIST, "..", "examples", "data",
                                                          "0A_V2019_K4_R040200_OK.dat", NULL);
  const char *paths[] = { accounts_path, NULL };
  KommuneDocument *document;

  document = kommune_document_load (document_path, &error);
  g_assert_no_error (error);
  writers[0].object = document;
  writers[1].object = kommune_accounts_file_load (accounts_path, &error);
  g_assert_no_error (error);
  writers[2].object = kommune_ledger_load_accounts (paths, &error);
  g_assert_no_error (error);
  writers[3].object = kommune_report_new (document);
}

/* A fresh directory holding the old file, whose path is *@path. */
static char *
make_dir (const Writer  *w,
          char         **path)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("kommune-writes-XXXXXX", &error);

  g_assert_no_error (error);
  /* Others may pass through it (the child without privileges must). */
  g_assert_cmpint (g_chmod (dir, 0755), ==, 0);
  *path = g_build_filename (dir, w->file, NULL);
  g_assert_true (g_file_set_contents (*path, old_bytes, OLD_LENGTH, &error));
  g_assert_cmpint (g_chmod (*path, 0644), ==, 0);
  return dir;
}

static void
remove_tree (const char *path)
{
  GStatBuf st;

  if (lstat (path, &st) == 0 && S_ISDIR (st.st_mode))
    {
      g_autoptr(GDir) listing = g_dir_open (path, 0, NULL);
      const char *name;

      g_chmod (path, 0755);
      while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
      g_assert_cmpint (g_rmdir (path), ==, 0);
    }
  else
    g_assert_cmpint (g_remove (path), ==, 0);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The names in @dir are the NULL-terminated names given, in any order:
 * a temporary file left behind fails the test, and shows. */
static void
assert_names (const char *dir,
              ...)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) wanted = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *found = NULL;
  g_autofree char *expected = NULL;
  const char *name;
  va_list args;

  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  va_start (args, dir);
  while ((name = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (wanted, g_strdup (name));
  va_end (args);
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_sort (wanted, compare_names);
  g_ptr_array_add (names, NULL);
  g_ptr_array_add (wanted, NULL);
  found = g_strjoinv (" ", (char **) names->pdata);
  expected = g_strjoinv (" ", (char **) wanted->pdata);
  g_assert_cmpstr (found, ==, expected);
}

static void
assert_old_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_cmpmem (contents, length, old_bytes, OLD_LENGTH);
}

/* A G_FILE_ERROR with @code whose message names @file and says @reason. */
static gboolean
error_is (const GError *error,
          int           code,
          const char   *file,
          const char   *reason)
{
  return error != NULL && error->domain == G_FILE_ERROR && error->code == code &&
         strstr (error->message, file) != NULL && strstr (error->message, reason) != NULL;
}

static void
assert_error (const GError *error,
              int           code,
              const char   *file,
              const char   *reason)
{
  if (!error_is (error, code, file, reason))
    g_error ("expected a G_FILE_ERROR %d naming “%s” and saying “%s”, got %s %d: %s",
             code, file, reason, error != NULL ? g_quark_to_string (error->domain) : "no error",
             error != NULL ? error->code : 0, error != NULL ? error->message : "");
}

/* What a save to a new file writes. */
static GBytes *
expected_bytes (const Writer *w)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kommune-writes-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, w->file, NULL);
  char *contents = NULL;
  gsize length;

  g_assert_true (w->save (w->object, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  remove_tree (dir);
  return g_bytes_new_take (contents, length);
}

static void
assert_new_contents (const Writer *w,
                     const char   *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) expected = expected_bytes (w);
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_cmpmem (contents, length, g_bytes_get_data (expected, NULL), g_bytes_get_size (expected));
}

/* Runs @w's save of @path in a child, after @setup (which returns FALSE
 * when the child cannot be set up), and checks there that it fails with
 * @code naming the file and saying @reason. Returns FALSE when the child
 * was skipped. */
static gboolean
save_in_child (const Writer *w,
               const char   *path,
               gboolean    (*setup) (void),
               int           code,
               const char   *reason)
{
  int status;
  pid_t pid = fork ();

  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      GError *error = NULL;
      gboolean saved;

      if (!setup ())
        _exit (CHILD_SKIP);
      saved = w->save (w->object, path, &error);
      if (saved || !error_is (error, code, w->file, reason))
        {
          g_printerr ("child: saved %d, error %s %d: %s\n", saved,
                      error != NULL ? g_quark_to_string (error->domain) : "none",
                      error != NULL ? error->code : 0, error != NULL ? error->message : "");
          _exit (1);
        }
      _exit (0);
    }
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFEXITED (status));
  if (WEXITSTATUS (status) == CHILD_SKIP)
    return FALSE;
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);
  return TRUE;
}

static gboolean
limit_file_size (void)
{
  struct rlimit limit = { FSIZE_LIMIT, FSIZE_LIMIT };

  /* Not killed by SIGXFSZ: write () fails with EFBIG instead. */
  signal (SIGXFSZ, SIG_IGN);
  return setrlimit (RLIMIT_FSIZE, &limit) == 0;
}

static void
test_file_size_limit (gconstpointer data)
{
  const Writer *w = data;
  g_autoptr(GBytes) expected = expected_bytes (w);
  g_autofree char *path = NULL;
  g_autofree char *dir = make_dir (w, &path);

  g_assert_cmpuint (g_bytes_get_size (expected), >, FSIZE_LIMIT);
  g_assert_true (save_in_child (w, path, limit_file_size, g_file_error_from_errno (EFBIG), g_strerror (EFBIG)));
  assert_old_file (path);
  assert_names (dir, w->file, NULL);
  remove_tree (dir);
}

/* A tmpfs of 64 KiB, filled to the last block. */
static void
test_full_file_system (gconstpointer data)
{
  const Writer *w = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kommune-writes-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, w->file, NULL);
  g_autofree char *filler = g_build_filename (dir, "filler", NULL);
  char block[1024];
  FILE *out;

  if (mount ("tmpfs", dir, "tmpfs", 0, "size=64k") != 0)
    {
      g_autofree char *why = g_strdup_printf ("cannot mount a small tmpfs here (%s); RLIMIT_FSIZE covers a full disk",
                                              g_strerror (errno));

      g_rmdir (dir);
      g_test_skip (why);
      return;
    }
  g_assert_true (g_file_set_contents (path, old_bytes, OLD_LENGTH, &error));
  memset (block, 'x', sizeof block);
  out = fopen (filler, "w");
  g_assert_nonnull (out);
  while (fwrite (block, 1, sizeof block, out) == sizeof block && fflush (out) == 0)
    ;
  fclose (out);
  /* The last bytes a block too small leaves. */
  out = fopen (filler, "a");
  while (fputc ('x', out) != EOF && fflush (out) == 0)
    ;
  fclose (out);

  g_assert_false (w->save (w->object, path, &error));
  assert_error (error, G_FILE_ERROR_NOSPC, w->file, g_strerror (ENOSPC));
  assert_old_file (path);
  assert_names (dir, w->file, "filler", NULL);
  g_assert_cmpint (umount (dir), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static gboolean
drop_privileges (void)
{
  if (geteuid () != 0)
    return TRUE;
  return setgroups (0, NULL) == 0 && setgid (65534) == 0 && setuid (65534) == 0 && geteuid () == 65534;
}

/* A directory without write permission, for a user it applies to: root
 * ignores it, so the save runs in a child that is `nobody`. */
static void
test_read_only_directory (gconstpointer data)
{
  const Writer *w = data;
  g_autofree char *path = NULL;
  g_autofree char *dir = make_dir (w, &path);

  g_assert_cmpint (g_chmod (dir, 0555), ==, 0);
  if (!save_in_child (w, path, drop_privileges, G_FILE_ERROR_ACCES, g_strerror (EACCES)))
    g_test_skip ("cannot give up root's privileges in a child (setuid to 65534 refused)");
  g_assert_cmpint (g_chmod (dir, 0755), ==, 0);
  assert_old_file (path);
  assert_names (dir, w->file, NULL);
  remove_tree (dir);
}

/* A read-only bind mount: read-only for root too. */
static void
test_read_only_mount (gconstpointer data)
{
  const Writer *w = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *dir = make_dir (w, &path);

  if (mount (dir, dir, "none", MS_BIND, NULL) != 0)
    {
      g_autofree char *why = g_strdup_printf ("cannot bind-mount a directory here: %s", g_strerror (errno));

      remove_tree (dir);
      g_test_skip (why);
      return;
    }
  if (mount ("none", dir, "none", MS_REMOUNT | MS_BIND | MS_RDONLY, NULL) != 0)
    {
      g_autofree char *why = g_strdup_printf ("cannot make a bind mount read-only here: %s", g_strerror (errno));

      g_assert_cmpint (umount (dir), ==, 0);
      remove_tree (dir);
      g_test_skip (why);
      return;
    }
  g_assert_false (w->save (w->object, path, &error));
  assert_error (error, G_FILE_ERROR_ROFS, w->file, g_strerror (EROFS));
  g_assert_cmpint (umount (dir), ==, 0);
  assert_old_file (path);
  assert_names (dir, w->file, NULL);
  remove_tree (dir);
}

/* The path is a directory (holding a file), or a link to one: nothing
 * is replaced, nothing is written. */
static void
test_directory_target (gconstpointer data)
{
  const Writer *w = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *dir = make_dir (w, &path);
  g_autofree char *sub = g_build_filename (dir, "sub", NULL);
  g_autofree char *inside = g_build_filename (sub, w->file, NULL);
  g_autofree char *link = g_build_filename (dir, "link", NULL);

  g_assert_cmpint (g_mkdir (sub, 0755), ==, 0);
  g_assert_true (g_file_set_contents (inside, old_bytes, OLD_LENGTH, &error));
  g_assert_cmpint (symlink ("sub", link), ==, 0);

  g_assert_false (w->save (w->object, sub, &error));
  assert_error (error, G_FILE_ERROR_ISDIR, "sub", "not a regular file");
  g_clear_error (&error);
  g_assert_false (w->save (w->object, link, &error));
  assert_error (error, G_FILE_ERROR_ISDIR, "sub", "not a regular file");
  g_clear_error (&error);

  assert_old_file (path);
  assert_old_file (inside);
  assert_names (sub, w->file, NULL);
  assert_names (dir, w->file, "link", "sub", NULL);
  remove_tree (dir);
}

/* A directory on the way that is missing, or a file. */
static void
test_no_directory (gconstpointer data)
{
  const Writer *w = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *dir = make_dir (w, &path);
  g_autofree char *missing = g_build_filename (dir, "missing", w->file, NULL);
  g_autofree char *under_file = g_build_filename (path, w->file, NULL);

  g_assert_false (w->save (w->object, missing, &error));
  assert_error (error, G_FILE_ERROR_NOENT, w->file, g_strerror (ENOENT));
  g_clear_error (&error);
  g_assert_false (w->save (w->object, under_file, &error));
  assert_error (error, G_FILE_ERROR_NOTDIR, w->file, g_strerror (ENOTDIR));
  assert_old_file (path);
  assert_names (dir, w->file, NULL);
  remove_tree (dir);
}

/* A link to the file: the file it names is replaced, keeping its mode,
 * and the link stays a link. A dangling link: the file is made where it
 * points. */
static void
test_links (gconstpointer data)
{
  const Writer *w = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *dir = make_dir (w, &path);
  g_autofree char *link = g_build_filename (dir, "link", NULL);
  g_autofree char *dangling = g_build_filename (dir, "dangling", NULL);
  g_autofree char *made = g_build_filename (dir, "made", NULL);
  mode_t old_mask = umask (022);
  GStatBuf st;

  g_assert_cmpint (g_chmod (path, 0600), ==, 0);
  g_assert_cmpint (symlink (w->file, link), ==, 0);
  g_assert_true (w->save (w->object, link, &error));
  g_assert_no_error (error);
  g_assert_cmpint (lstat (link, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  assert_new_contents (w, path);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0600);

  g_assert_cmpint (symlink ("made", dangling), ==, 0);
  g_assert_true (w->save (w->object, dangling, &error));
  g_assert_no_error (error);
  g_assert_cmpint (lstat (dangling, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  assert_new_contents (w, made);
  g_assert_cmpint (g_stat (made, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0644);

  umask (old_mask);
  assert_names (dir, w->file, "dangling", "link", "made", NULL);
  remove_tree (dir);
}

/* The old file's permission bits are kept, even those the umask would
 * take away and those that deny the owner writing (the directory's
 * permission is what a replace needs); a new file gets 0666 less the
 * umask. */
static void
test_modes (gconstpointer data)
{
  const Writer *w = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *dir = make_dir (w, &path);
  g_autofree char *fresh = g_build_filename (dir, "fresh", NULL);
  const guint modes[] = { 0640, 0604, 0666, 0444, 0600 };
  mode_t old_mask = umask (027);
  GStatBuf st;

  for (guint i = 0; i < G_N_ELEMENTS (modes); i++)
    {
      g_assert_cmpint (g_chmod (path, modes[i]), ==, 0);
      g_assert_true (w->save (w->object, path, &error));
      g_assert_no_error (error);
      g_assert_cmpint (g_stat (path, &st), ==, 0);
      g_assert_cmpint (st.st_mode & 07777, ==, modes[i]);
    }
  assert_new_contents (w, path);
  g_assert_true (w->save (w->object, fresh, &error));
  g_assert_cmpint (g_stat (fresh, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0640);
  umask (old_mask);
  remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  static const struct
  {
    const char *name;
    GTestDataFunc func;
  } variants[] = {
    { "file-size-limit", test_file_size_limit },
    { "full-file-system", test_full_file_system },
    { "read-only-directory", test_read_only_directory },
    { "read-only-mount", test_read_only_mount },
    { "directory-target", test_directory_target },
    { "no-directory", test_no_directory },
    { "links", test_links },
    { "modes", test_modes },
  };

  g_test_init (&argc, &argv, NULL);
  load_writers ();

  for (guint i = 0; i < G_N_ELEMENTS (writers); i++)
    for (guint j = 0; j < G_N_ELEMENTS (variants); j++)
      {
        g_autofree char *test_path = g_strdup_printf ("/Kommune/Writes/%s/%s", writers[i].name, variants[j].name);

        g_test_add_data_func (test_path, &writers[i], variants[j].func);
      }

  return g_test_run ();
}
