/* fuzz-document-load.c: libFuzzer target for kommune_document_load_from_data()
 *
 * Any input must give a document or a GError; a document that loads must
 * save to text that loads again to an equal document.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <stdint.h>
#include <stdlib.h>

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

      if (again == NULL || !kommune_document_equal (document, again))
        abort ();
    }
  else if (error == NULL || error->message == NULL)
    abort ();
  return 0;
}
