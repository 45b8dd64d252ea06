/* kommune-json-reader.c: reading JSON with the path of every value in
 * error messages
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <inttypes.h>

#include "core/kommune-date-private.h"
#include "core/kommune-enum-private.h"
#include "kommune-error.h"
#include "document/kommune-json-reader-private.h"
#include "core/kommune-i18n-private.h"

static gboolean fail_valist (KommuneJsonReader *r, const char *format, va_list args) G_GNUC_PRINTF (2, 0);

static gboolean
fail_valist (KommuneJsonReader *r,
             const char        *format,
             va_list            args)
{
  g_autofree char *why = g_strdup_vprintf (format, args);

  g_set_error (r->error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_DOCUMENT,
               "%s: %s: %s", r->name, r->path->str, why);
  return FALSE;
}

gboolean
_kommune_json_fail (KommuneJsonReader *r,
                    const char        *format,
                    ...)
{
  va_list args;

  va_start (args, format);
  fail_valist (r, format, args);
  va_end (args);
  return FALSE;
}

gboolean
_kommune_json_fail_member (KommuneJsonReader *r,
                           const char        *member,
                           const char        *format,
                           ...)
{
  gsize len = _kommune_json_push_member (r, member);
  va_list args;

  va_start (args, format);
  fail_valist (r, format, args);
  va_end (args);
  _kommune_json_pop (r, len);
  return FALSE;
}

/* A model call refused a value: keep its error, say where it came from. */
gboolean
_kommune_json_fail_model (KommuneJsonReader *r,
                          GError            *model_error)
{
  g_propagate_prefixed_error (r->error, model_error, "%s: %s: ", r->name, r->path->str);
  return FALSE;
}

gsize
_kommune_json_push_member (KommuneJsonReader *r,
                           const char        *member)
{
  gsize len = r->path->len;

  g_string_append_printf (r->path, ".%s", member);
  return len;
}

gsize
_kommune_json_push_index (KommuneJsonReader *r,
                          guint             index)
{
  gsize len = r->path->len;

  g_string_append_printf (r->path, "[%u]", index);
  return len;
}

void
_kommune_json_pop (KommuneJsonReader *r,
                   gsize             len)
{
  g_string_truncate (r->path, len);
}

const char *
_kommune_json_describe (JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      return _("an object");
    case JSON_NODE_ARRAY:
      return _("an array");
    case JSON_NODE_NULL:
      return "null";
    case JSON_NODE_VALUE:
    default:
      break;
    }
  switch (json_node_get_value_type (node))
    {
    case G_TYPE_INT64:
      return _("an integer");
    case G_TYPE_DOUBLE:
      return _("a number with a fraction or exponent");
    case G_TYPE_BOOLEAN:
      return _("true or false");
    case G_TYPE_STRING:
    default:
      return _("a string");
    }
}

JsonObject *
_kommune_json_as_object (KommuneJsonReader *r,
                         JsonNode          *node)
{
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      _kommune_json_fail (r, _("expected an object, found %s"), _kommune_json_describe (node));
      return NULL;
    }
  return json_node_get_object (node);
}

/* Refuses members the format does not have: a misspelt member would
 * otherwise be silently lost. */
gboolean
_kommune_json_check_members (KommuneJsonReader  *r,
                             JsonObject         *object,
                             const char * const *allowed)
{
  g_autoptr(GList) members = json_object_get_members (object);

  for (GList *l = members; l != NULL; l = l->next)
    if (!g_strv_contains (allowed, l->data))
      {
        g_autofree char *expected = g_strjoinv (", ", (char **) allowed);

        return _kommune_json_fail_member (r, l->data, _("unknown member (expected one of: %s)"), expected);
      }
  return TRUE;
}

JsonNode *
_kommune_json_member (KommuneJsonReader *r,
                      JsonObject        *object,
                      const char        *name,
                      gboolean          required)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL && required)
    _kommune_json_fail (r, _("missing member “%s”"), name);
  return node;
}

gboolean
_kommune_json_enter_object (KommuneJsonReader  *r,
                            JsonObject         *object,
                            const char         *name,
                            gboolean            required,
                            const char * const *allowed,
                            JsonObject        **out,
                            gsize              *len)
{
  JsonNode *node = _kommune_json_member (r, object, name, required);

  *out = NULL;
  *len = r->path->len;
  if (node == NULL)
    return !required;
  *len = _kommune_json_push_member (r, name);
  *out = _kommune_json_as_object (r, node);
  return *out != NULL && _kommune_json_check_members (r, *out, allowed);
}

/* The member @name when it holds a value of @type; otherwise it fails at
 * the member with “expected @expected, found …”. *node is NULL for a
 * member that is absent and not required. */
static gboolean
value_member (KommuneJsonReader  *r,
              JsonObject         *object,
              const char         *name,
              gboolean            required,
              GType               type,
              const char         *expected,
              JsonNode          **node)
{
  *node = _kommune_json_member (r, object, name, required);
  if (*node == NULL)
    return !required;
  if (JSON_NODE_HOLDS_VALUE (*node) && json_node_get_value_type (*node) == type)
    return TRUE;
  _kommune_json_fail_member (r, name, _("expected %s, found %s"), expected, _kommune_json_describe (*node));
  *node = NULL;
  return FALSE;
}

gboolean
_kommune_json_read_string (KommuneJsonReader *r,
                           JsonObject        *object,
                           const char        *name,
                           gboolean          required,
                           const char        **out)
{
  JsonNode *node;

  *out = NULL;
  if (!value_member (r, object, name, required, G_TYPE_STRING, _("a string"), &node))
    return FALSE;
  if (node != NULL)
    *out = json_node_get_string (node);
  return TRUE;
}

gboolean
_kommune_json_read_int (KommuneJsonReader *r,
                        JsonObject        *object,
                        const char        *name,
                        gboolean          required,
                        gint64            min,
                        gint64            max,
                        gint64            *out,
                        gboolean          *present)
{
  JsonNode *node;
  gint64 value;

  if (present != NULL)
    *present = FALSE;
  if (!value_member (r, object, name, required, G_TYPE_INT64,
                     min == G_MININT64 ? _("an integer (øre)") : _("an integer"), &node))
    return FALSE;
  if (node == NULL)
    return TRUE;

  value = json_node_get_int (node);
  if (value < min || value > max)
    return _kommune_json_fail_member (r, name, _("%" PRId64 " is outside %" PRId64 "–%" PRId64),
                                      value, min, max);
  if (present != NULL)
    *present = TRUE;
  *out = value;
  return TRUE;
}

gboolean
_kommune_json_read_amount (KommuneJsonReader *r,
                           JsonObject        *object,
                           const char        *name,
                           gboolean          required,
                           gint64            *out,
                           gboolean          *present)
{
  return _kommune_json_read_int (r, object, name, required, G_MININT64, G_MAXINT64, out, present);
}

gboolean
_kommune_json_read_year (KommuneJsonReader *r,
                         JsonObject        *object,
                         const char        *name,
                         guint             *out)
{
  gint64 year = 0;

  if (!_kommune_json_read_int (r, object, name, TRUE, 1000, 9999, &year, NULL))
    return FALSE;
  *out = (guint) year;
  return TRUE;
}

/* Matches the member @name against the first @n of @choices. */
static gboolean
read_among (KommuneJsonReader  *r,
            JsonObject         *object,
            const char         *name,
            const char * const *choices,
            guint               n,
            int                *out)
{
  const char *text;
  g_autoptr(GString) expected = g_string_new (NULL);

  if (!_kommune_json_read_string (r, object, name, TRUE, &text))
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (g_str_equal (choices[i], text))
      {
        *out = (int) i;
        return TRUE;
      }

  for (guint i = 0; i < n; i++)
    g_string_append_printf (expected, "%s%s", i > 0 ? ", " : "", choices[i]);
  return _kommune_json_fail_member (r, name, _("expected one of %s, found “%s”"), expected->str, text);
}

gboolean
_kommune_json_read_choice (KommuneJsonReader  *r,
                           JsonObject         *object,
                           const char         *name,
                           const char * const *choices,
                           int                *out)
{
  return read_among (r, object, name, choices, g_strv_length ((char **) choices), out);
}

gboolean
_kommune_json_read_enum (KommuneJsonReader *r,
                         JsonObject        *object,
                         const char        *name,
                         GType              enum_type,
                         int                last,
                         int               *out)
{
  const char * const *nicks = _kommune_enum_nicks (enum_type);
  guint n = g_strv_length ((char **) nicks);

  if (last >= 0 && (guint) last < n)
    n = (guint) last + 1;
  return read_among (r, object, name, nicks, n, out);
}

gboolean
_kommune_json_read_date (KommuneJsonReader *r,
                         JsonObject        *object,
                         const char        *name,
                         gboolean          required,
                         GDateTime         **out)
{
  g_autoptr(GError) local_error = NULL;
  const char *text;

  *out = NULL;
  if (!_kommune_json_read_string (r, object, name, required, &text))
    return FALSE;
  if (text == NULL)
    return TRUE;

  *out = _kommune_date_parse (text, &local_error);
  if (*out != NULL)
    return TRUE;
  return _kommune_json_fail_member (r, name, "%s", local_error->message);
}

/* Reads an array member of objects, calling @read_item for each. */
gboolean
_kommune_json_read_list (KommuneJsonReader   *r,
                         JsonObject          *object,
                         const char          *name,
                         gboolean            required,
                         KommuneJsonItemFunc read_item,
                         gpointer            data)
{
  JsonNode *node = _kommune_json_member (r, object, name, required);
  JsonArray *array;
  gsize len;

  if (node == NULL)
    return !required;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return _kommune_json_fail_member (r, name, _("expected an array, found %s"), _kommune_json_describe (node));
  len = _kommune_json_push_member (r, name);

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      gsize item_len = _kommune_json_push_index (r, i);
      JsonObject *item = _kommune_json_as_object (r, json_array_get_element (array, i));

      if (item == NULL || !read_item (r, item, data))
        return FALSE;
      _kommune_json_pop (r, item_len);
    }
  _kommune_json_pop (r, len);
  return TRUE;
}


gboolean
_kommune_json_read_bool (KommuneJsonReader *r,
                         JsonObject        *object,
                         const char        *name,
                         gboolean          *out)
{
  JsonNode *node;

  if (!value_member (r, object, name, FALSE, G_TYPE_BOOLEAN, _("true or false"), &node))
    return FALSE;
  if (node != NULL)
    *out = json_node_get_boolean (node);   /* absent: keep the default in *out */
  return TRUE;
}
