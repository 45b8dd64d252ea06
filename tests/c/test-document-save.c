/* test-document-save.c: saving replaces the file atomically, keeps its
 * mode, writes through symbolic links, and a failed save changes nothing
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

/* mount(), lstat(), symlink(), link() under -std=c11 */
#define _DEFAULT_SOURCE

#include <errno.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include <libkommune.h>

/* Kragerø with @n_areas areas, each with a frame: a document whose size
 * grows with @n_areas. */
static KommuneDocument *
make_document (guint n_areas)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneMunicipality) kragero = kommune_municipality_new ("0815", "Kragerø", &error);
  g_autoptr(KommuneEconomicPlan) plan = kommune_economic_plan_new (2018, NULL);
  KommuneDocument *document;

  for (guint i = 0; i < n_areas; i++)
    {
      g_autofree char *code = g_strdup_printf ("a%04u", i);
      g_autofree char *name = g_strdup_printf ("Programområde nummer %u", i);
      g_autoptr(KommuneProgrammeArea) area = kommune_programme_area_new (code, name, &error);

      g_assert_true (kommune_municipality_add_area (kragero, area, &error));
      g_assert_true (kommune_economic_plan_set_frame_amount (plan, area, 2018, KOMMUNE_BUDGET_TYPE_OPERATING,
                                                      100000 + i, &error));
    }
  g_assert_no_error (error);
  document = kommune_document_new (kragero);
  kommune_document_set_plan (document, plan);
  return document;
}

static char *
read_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  return text;
}

static guint
count_entries (const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) listing = g_dir_open (dir, 0, &error);
  guint n = 0;

  g_assert_no_error (error);
  while (g_dir_read_name (listing) != NULL)
    n++;
  return n;
}

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_assert_cmpint (g_remove (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_keeps_mode (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneDocument) document = make_document (2);
  g_autofree char *dir = g_dir_make_tmp ("kommune-save-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "doc.json", NULL);
  g_autofree char *fresh = g_build_filename (dir, "new.json", NULL);
  mode_t old_mask = umask (022);
  GStatBuf st;

  g_assert_true (g_file_set_contents (path, "old\n", -1, &error));
  g_assert_cmpint (g_chmod (path, 0640), ==, 0);
  g_assert_true (kommune_document_save (document, path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0640);

  /* Even bits the umask would take away. */
  g_assert_cmpint (g_chmod (path, 0666), ==, 0);
  g_assert_true (kommune_document_save (document, path, &error));
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0666);

  /* A new file: 0666 less the umask. */
  g_assert_true (kommune_document_save (document, fresh, &error));
  g_assert_cmpint (g_stat (fresh, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0644);

  umask (old_mask);
  g_assert_cmpuint (count_entries (dir), ==, 2);
  remove_tree (dir);
}

static void
test_keeps_owner (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneDocument) document = make_document (2);
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  GStatBuf st;

  if (geteuid () != 0)
    {
      g_test_skip ("giving a file to another user needs root");
      return;
    }
  dir = g_dir_make_tmp ("kommune-save-XXXXXX", &error);
  path = g_build_filename (dir, "doc.json", NULL);
  g_assert_true (g_file_set_contents (path, "old\n", -1, &error));
  g_assert_cmpint (chown (path, 4321, 4322), ==, 0);
  g_assert_true (kommune_document_save (document, path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpuint (st.st_uid, ==, 4321);
  g_assert_cmpuint (st.st_gid, ==, 4322);
  remove_tree (dir);
}

static void
test_through_links (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneDocument) document = make_document (2);
  g_autofree char *dir = g_dir_make_tmp ("kommune-save-XXXXXX", &error);
  g_autofree char *sub = g_build_filename (dir, "sub", NULL);
  g_autofree char *target = g_build_filename (sub, "real.json", NULL);
  g_autofree char *inner = g_build_filename (dir, "inner.json", NULL);
  g_autofree char *outer = g_build_filename (dir, "outer.json", NULL);
  g_autofree char *dangling = g_build_filename (dir, "dangling.json", NULL);
  g_autofree char *created = g_build_filename (sub, "created.json", NULL);
  g_autofree char *hard = g_build_filename (dir, "hard.json", NULL);
  g_autofree char *expected = kommune_document_to_data (document, NULL);
  g_autofree char *text = NULL;
  g_autofree char *old = NULL;
  GStatBuf st;

  g_assert_cmpint (g_mkdir (sub, 0700), ==, 0);
  g_assert_true (g_file_set_contents (target, "old\n", -1, &error));
  g_assert_cmpint (g_chmod (target, 0600), ==, 0);
  /* outer → inner (absolute) → sub/real.json (relative) */
  g_assert_cmpint (symlink ("sub/real.json", inner), ==, 0);
  g_assert_cmpint (symlink (inner, outer), ==, 0);

  g_assert_true (kommune_document_save (document, outer, &error));
  g_assert_no_error (error);
  g_assert_cmpint (lstat (outer, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  g_assert_cmpint (lstat (inner, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  text = read_text (target);
  g_assert_cmpstr (text, ==, expected);
  g_assert_cmpint (g_stat (target, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0600);
  /* The temporary file was in the target's directory, and is gone. */
  g_assert_cmpuint (count_entries (sub), ==, 1);
  g_assert_cmpuint (count_entries (dir), ==, 3);

  /* A link to a missing file: the file is made where the link points. */
  g_assert_cmpint (symlink ("sub/created.json", dangling), ==, 0);
  g_assert_true (kommune_document_save (document, dangling, &error));
  g_assert_cmpint (lstat (dangling, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  g_clear_pointer (&text, g_free);
  text = read_text (created);
  g_assert_cmpstr (text, ==, expected);

  /* A hard link keeps the old content: the save replaces the name. */
  g_assert_cmpint (g_remove (created), ==, 0);
  g_assert_true (g_file_set_contents (created, "old\n", -1, &error));
  g_assert_cmpint (link (created, hard), ==, 0);
  g_assert_true (kommune_document_save (document, created, &error));
  old = read_text (hard);
  g_assert_cmpstr (old, ==, "old\n");
  g_clear_pointer (&text, g_free);
  text = read_text (created);
  g_assert_cmpstr (text, ==, expected);

  /* Links in a loop. */
  g_assert_cmpint (g_remove (outer), ==, 0);
  g_assert_cmpint (symlink (outer, outer), ==, 0);
  g_assert_false (kommune_document_save (document, outer, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_LOOP);
  g_clear_error (&error);

  remove_tree (sub);
  remove_tree (dir);
}

/* The parent of the path is a regular file: the save fails (for root
 * too) and changes nothing. */
static void
test_fails_not_a_directory (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneDocument) document = make_document (2);
  g_autofree char *dir = g_dir_make_tmp ("kommune-save-XXXXXX", &error);
  g_autofree char *file = g_build_filename (dir, "plain", NULL);
  g_autofree char *path = g_build_filename (file, "doc.json", NULL);
  g_autofree char *text = NULL;

  g_assert_true (g_file_set_contents (file, "old\n", -1, &error));
  g_assert_false (kommune_document_save (document, path, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOTDIR);
  g_assert_nonnull (strstr (error->message, "doc.json"));
  g_clear_error (&error);
  text = read_text (file);
  g_assert_cmpstr (text, ==, "old\n");
  g_assert_cmpuint (count_entries (dir), ==, 1);
  remove_tree (dir);
}

/* A full file system: a tiny tmpfs, filled up. The old file stays byte
 * for byte, and no temporary file is left. */
static void
test_fails_full_disk (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneDocument) small = make_document (2);
  g_autoptr(KommuneDocument) large = make_document (300);
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *filler = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  char block[4096];
  FILE *out;

  if (geteuid () != 0)
    {
      g_test_skip ("mounting a small tmpfs needs root");
      return;
    }
  dir = g_dir_make_tmp ("kommune-full-XXXXXX", &error);
  if (mount ("tmpfs", dir, "tmpfs", 0, "size=32k") != 0)
    {
      g_autofree char *why = g_strdup_printf ("cannot mount a tmpfs here: %s", g_strerror (errno));

      g_rmdir (dir);
      g_test_skip (why);
      return;
    }
  path = g_build_filename (dir, "doc.json", NULL);
  filler = g_build_filename (dir, "filler", NULL);

  g_assert_true (kommune_document_save (small, path, &error));
  g_assert_no_error (error);
  before = read_text (path);

  memset (block, 'x', sizeof block);
  out = fopen (filler, "w");
  g_assert_nonnull (out);
  while (fwrite (block, 1, sizeof block, out) == sizeof block && fflush (out) == 0)
    ;
  fclose (out);

  g_assert_false (kommune_document_save (large, path, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOSPC);
  g_clear_error (&error);
  g_assert_false (kommune_document_save (small, path, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOSPC);
  g_clear_error (&error);

  after = read_text (path);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (count_entries (dir), ==, 2);

  g_assert_cmpint (umount (dir), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Kommune/Document/save/keeps-mode", test_keeps_mode);
  g_test_add_func ("/Kommune/Document/save/keeps-owner", test_keeps_owner);
  g_test_add_func ("/Kommune/Document/save/through-links", test_through_links);
  g_test_add_func ("/Kommune/Document/save/fails-not-a-directory", test_fails_not_a_directory);
  g_test_add_func ("/Kommune/Document/save/fails-full-disk", test_fails_full_disk);

  return g_test_run ();
}
