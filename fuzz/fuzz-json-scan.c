/* fuzz-json-scan.c: libFuzzer target for the strict JSON scan
 *
 * Any input must be accepted or refused with a KOMMUNE_ERROR whose
 * message is valid UTF-8 and names the input. What the scan accepts,
 * json-glib must parse, every string in it must be valid UTF-8, and
 * json-glib's own output for it must pass the scan again, unless it holds
 * a double: json-glib 1.6 writes 1e+57 as “1e+57.0”, which is not JSON
 * (libkommune's writer writes no doubles).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <stdint.h>
#include <stdlib.h>

#include <libkommune.h>

#include "core/kommune-json-text-private.h"
#include "document/kommune-json-scan-private.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* Recursion is bounded: the scan allows KOMMUNE_JSON_MAX_DEPTH levels. */
static void
check_node (JsonNode *node,
            guint     depth,
            gboolean *has_double)
{
  if (depth > KOMMUNE_JSON_MAX_DEPTH)
    abort ();

  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObjectIter iter;
        const char *member;
        JsonNode *child;

        json_object_iter_init (&iter, json_node_get_object (node));
        while (json_object_iter_next (&iter, &member, &child))
          {
            if (!g_utf8_validate (member, -1, NULL))
              abort ();
            check_node (child, depth + 1, has_double);
          }
      }
      break;
    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);

        for (guint i = 0; i < json_array_get_length (array); i++)
          check_node (json_array_get_element (array, i), depth + 1, has_double);
      }
      break;
    case JSON_NODE_VALUE:
      if (json_node_get_value_type (node) == G_TYPE_STRING &&
          !g_utf8_validate (json_node_get_string (node), -1, NULL))
        abort ();
      if (json_node_get_value_type (node) == G_TYPE_DOUBLE)
        *has_double = TRUE;
      break;
    case JSON_NODE_NULL:
    default:
      break;
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = NULL;
  gboolean scanned;
  gboolean has_double = FALSE;

  /* The input is not nul-terminated: the length alone bounds it. */
  scanned = _kommune_json_scan ((const char *) data, (gssize) size, "fuzz.json", &error);
  if (!scanned)
    {
      if (error == NULL || error->domain != KOMMUNE_ERROR ||
          error->code != KOMMUNE_ERROR_INVALID_DOCUMENT ||
          !g_str_has_prefix (error->message, "fuzz.json: ") ||
          !g_utf8_validate (error->message, -1, NULL))
        abort ();
      return 0;
    }
  if (error != NULL)
    abort ();

  root = _kommune_json_parse_strict ((const char *) data, (gssize) size, "fuzz.json", &error);
  if (root == NULL)
    {
      /* Only an empty text may fail once the scan has passed it. */
      if (error == NULL || !g_str_equal (error->message, "fuzz.json: the file is empty"))
        abort ();
      return 0;
    }

  check_node (root, 1, &has_double);

  if (!has_double)
    {
      /* As the library writes JSON: json-glib's text, with the U+001F it
       * leaves raw escaped. */
      g_autofree char *again = _kommune_json_text_escape_controls (json_to_string (root, FALSE));

      if (!_kommune_json_scan (again, -1, "again.json", NULL))
        abort ();
    }
  return 0;
}
