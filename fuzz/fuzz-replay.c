/* fuzz-replay.c: runs a fuzz target's LLVMFuzzerTestOneInput over files
 *
 * Linked with one fuzz-NAME.c into a normal test program (gcc, no
 * libFuzzer), it feeds the target every file named on the command line
 * and every file in each folder named there (its regressions), in sorted
 * order. A target aborts when what must hold does not, so a wrong answer
 * fails the test as a crash does; ASan and valgrind see the same code
 * when the C suite runs under them. A folder that does not exist counts
 * as empty: a target need not have regressions yet.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include <glib.h>
#include <glib/gstdio.h>

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static guint n_inputs;

static void
replay_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree uint8_t *copy = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, &error))
    {
      g_printerr ("%s\n", error->message);
      exit (1);
    }
  /* A copy of exactly the input's size, so a read past its end is caught
   * as libFuzzer would catch it. */
  copy = g_memdup2 (contents, length);
  printf ("%s (%" G_GSIZE_FORMAT " bytes)\n", path, length);
  fflush (stdout);
  LLVMFuzzerTestOneInput (length > 0 ? copy : (const uint8_t *) "", length);
  n_inputs++;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static void
replay_folder (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (path, 0, &error);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (dir == NULL)
    return;
  while ((name = g_dir_read_name (dir)) != NULL)
    if (name[0] != '.')
      g_ptr_array_add (names, g_build_filename (path, name, NULL));
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    replay_file (g_ptr_array_index (names, i));
}

int
main (int    argc,
      char **argv)
{
  for (int i = 1; i < argc; i++)
    {
      if (g_file_test (argv[i], G_FILE_TEST_IS_DIR) || !g_file_test (argv[i], G_FILE_TEST_EXISTS))
        replay_folder (argv[i]);
      else
        replay_file (argv[i]);
    }
  printf ("%u inputs replayed\n", n_inputs);
  return n_inputs > 0 ? 0 : 1;
}
