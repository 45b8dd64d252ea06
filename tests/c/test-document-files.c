/* test-document-files.c: data-driven test of document loading
 *
 * Usage: test-document-files --accept|--reject LIST
 *
 * An accept list names documents that must load, save to the same bytes
 * they were read from, save identically twice and reload equal. A reject
 * list has “file<TAB>text” lines: the file must fail to load with an error
 * in the KOMMUNE_ERROR domain. A text that starts with “$” (a JSON path)
 * is the whole message after the file name: the message must be exactly
 * “FILE: TEXT”. Any other text must occur in the message. Paths are
 * relative to the list. Lines starting with # are comments.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <libkommune.h>

typedef struct
{
  char *path;
  char *expected;   /* NULL for an accept case */
} FileCase;

static void
file_case_free (gpointer data)
{
  FileCase *c = data;

  g_free (c->path);
  g_free (c->expected);
  g_free (c);
}

static void
run_accept (gconstpointer data)
{
  const FileCase *c = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneDocument) document = kommune_document_load (c->path, &error);
  g_autoptr(KommuneDocument) reloaded = NULL;
  g_autofree char *original = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (c->path, &original, NULL, &error));
  first = kommune_document_to_data (document, NULL);
  second = kommune_document_to_data (document, NULL);
  g_assert_cmpstr (first, ==, second);
  g_assert_cmpstr (first, ==, original);

  reloaded = kommune_document_load_from_data (first, -1, c->path, &error);
  g_assert_no_error (error);
  g_assert_true (kommune_document_equal (document, reloaded));
}

static void
run_reject (gconstpointer data)
{
  const FileCase *c = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneDocument) document = kommune_document_load (c->path, &error);
  g_autofree char *basename = g_path_get_basename (c->path);

  g_assert_null (document);
  g_assert_nonnull (error);
  g_assert_true (error->domain == KOMMUNE_ERROR);
  if (c->expected[0] == '$')
    {
      g_autofree char *name = g_filename_display_name (c->path);
      g_autofree char *exact = g_strdup_printf ("%s: %s", name, c->expected);

      g_assert_cmpstr (error->message, ==, exact);
    }
  else if (strstr (error->message, c->expected) == NULL)
    g_error ("“%s” lacks “%s”", error->message, c->expected);
  /* Every message names the file. */
  g_assert_nonnull (strstr (error->message, basename));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) cases = g_ptr_array_new_with_free_func (file_case_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *dir = NULL;
  g_auto(GStrv) lines = NULL;
  gboolean accept;

  g_test_init (&argc, &argv, NULL);

  if (argc != 3 || (!g_str_equal (argv[1], "--accept") && !g_str_equal (argv[1], "--reject")))
    {
      g_printerr ("usage: %s --accept|--reject LIST\n", argv[0]);
      return 2;
    }
  accept = g_str_equal (argv[1], "--accept");
  if (!g_file_get_contents (argv[2], &contents, NULL, &error))
    g_error ("%s", error->message);
  dir = g_path_get_dirname (argv[2]);
  lines = g_strsplit (contents, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *test_path = NULL;
      g_autofree char *base = NULL;
      FileCase *c;
      char *tab;

      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;

      c = g_new0 (FileCase, 1);
      tab = strchr (lines[i], '\t');
      if (!accept)
        {
          if (tab == NULL)
            g_error ("%s:%u: no tab between file and expected text", argv[2], i + 1);
          *tab = '\0';
          c->expected = g_strdup (tab + 1);
        }
      c->path = g_build_filename (dir, lines[i], NULL);
      g_ptr_array_add (cases, c);

      base = g_path_get_basename (lines[i]);
      test_path = g_strdup_printf ("/Kommune/Document/%s/%s", accept ? "accept" : "reject", base);
      g_test_add_data_func (test_path, c, accept ? run_accept : run_reject);
    }

  return g_test_run ();
}
