/* test-note.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <libkommune.h>

#include "model/kommune-note-private.h"

static void
test_new (void)
{
  g_autoptr(GError) error = NULL;
  KommuneNote *note = kommune_note_new ("HMS og sykefravær", "Under 5 %.\nMål: 4 %.", &error);

  g_assert_no_error (error);
  g_assert_cmpstr (kommune_note_get_title (note), ==, "HMS og sykefravær");
  g_assert_cmpstr (kommune_note_get_body (note), ==, "Under 5 %.\nMål: 4 %.");
  g_assert_finalize_object (note);
}

static void
test_invalid (void)
{
  GError *error = NULL;

  g_assert_null (kommune_note_new ("", "tekst", &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_null (kommune_note_new ("Tittel", "\xff", &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_assert_nonnull (strstr (error->message, "Tittel"));
  g_clear_error (&error);
}

static void
test_bare (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneNote) bare = g_object_new (KOMMUNE_TYPE_NOTE, NULL);

  g_assert_false (_kommune_note_check (bare, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_assert_cmpstr (error->message, ==, "the note's title is missing");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Kommune/Note/new", test_new);
  g_test_add_func ("/Kommune/Note/invalid", test_invalid);

  g_test_add_func ("/Kommune/Note/bare", test_bare);
  return g_test_run ();
}
