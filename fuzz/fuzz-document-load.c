/* fuzz-document-load.c: libFuzzer target for kommune_document_load_from_data()
 *
 * Any input must give a document or a KOMMUNE_ERROR whose message is
 * UTF-8 and names the input; a document that loads must save to text
 * that loads again to an equal document, and saving that one must give
 * the same text: the format is a fixed point after one save.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <libkommune.h>

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneDocument) document =
    kommune_document_load_from_data ((const char *) data, (gssize) size, "fuzz.json", &error);

  if (document != NULL)
    {
      g_autofree char *saved = kommune_document_to_data (document, NULL);
      g_autoptr(KommuneDocument) again = kommune_document_load_from_data (saved, -1, "saved.json", NULL);

      g_autofree char *saved_again = NULL;

      if (saved == NULL || again == NULL || !kommune_document_equal (document, again))
        abort ();
      saved_again = kommune_document_to_data (again, NULL);
      if (saved_again == NULL || strcmp (saved, saved_again) != 0)
        abort ();
    }
  else if (error == NULL || error->domain != KOMMUNE_ERROR ||
           !g_utf8_validate (error->message, -1, NULL) ||
           !g_str_has_prefix (error->message, "fuzz.json"))
    abort ();
  return 0;
}
