/* first-steps.c: the first lines of the overview, as a program.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>

#include <libkommune.h>

int
main (void)
{
  g_autoptr(GError) error = NULL;
  gint64 oere = kommune_amount_parse ("9,4 mill.", &error);   /* 940 000 000 øre */
  g_autofree char *text = kommune_amount_format (oere, KOMMUNE_AMOUNT_SCALE_MILLIONS, 1);   /* "9,4" */

  /* Characters as the locale has them (“øre”, not “?re”). */
  setlocale (LC_ALL, "");

  if (error != NULL || oere != 940000000 || g_strcmp0 (text, "9,4") != 0)
    return EXIT_FAILURE;
  printf ("%s mill. kr\n", text);
  return EXIT_SUCCESS;
}
