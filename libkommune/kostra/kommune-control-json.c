/* kommune-control-json.c: strict reading of the control data's JSON
 *
 * Small helpers that read a JSON value as one type or fail naming where
 * in the data it is, check an object's members against what is allowed
 * and required, and name the fields, accounting types and severities the
 * data may use.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "kommune-error.h"
#include "kostra/kommune-accounts-layout-private.h"
#include "kostra/kommune-control-parse-private.h"

static const struct
{
  const char *name;
  guint       at, width;
} fields[KOMMUNE_N_FIELDS] = {
  [KOMMUNE_FIELD_SKJEMA]      = { "skjema", KOMMUNE_ACCOUNTS_SKJEMA_AT, KOMMUNE_ACCOUNTS_SKJEMA_WIDTH },
  [KOMMUNE_FIELD_AARGANG]     = { "aargang", KOMMUNE_ACCOUNTS_YEAR_AT, KOMMUNE_ACCOUNTS_YEAR_WIDTH },
  [KOMMUNE_FIELD_KVARTAL]     = { "kvartal", KOMMUNE_ACCOUNTS_QUARTER_AT, KOMMUNE_ACCOUNTS_QUARTER_WIDTH },
  [KOMMUNE_FIELD_REGION]      = { "region", KOMMUNE_ACCOUNTS_REGION_AT, KOMMUNE_ACCOUNTS_REGION_WIDTH },
  [KOMMUNE_FIELD_ORGNR]       = { "orgnr", KOMMUNE_ACCOUNTS_ORGNR_AT, KOMMUNE_ACCOUNTS_ORGNR_WIDTH },
  [KOMMUNE_FIELD_FORETAKSNR]  = { "foretaksnr", KOMMUNE_ACCOUNTS_FORETAK_AT, KOMMUNE_ACCOUNTS_FORETAK_WIDTH },
  [KOMMUNE_FIELD_KONTOKLASSE] = { "kontoklasse", KOMMUNE_ACCOUNTS_CLASS_AT, KOMMUNE_ACCOUNTS_CLASS_WIDTH },
  [KOMMUNE_FIELD_FUNKSJON]    = { "funksjon", KOMMUNE_ACCOUNTS_FUNCTION_AT, KOMMUNE_ACCOUNTS_FUNCTION_WIDTH },
  [KOMMUNE_FIELD_KAPITTEL]    = { "kapittel", KOMMUNE_ACCOUNTS_FUNCTION_AT, KOMMUNE_ACCOUNTS_FUNCTION_WIDTH },
  [KOMMUNE_FIELD_ART]         = { "art", KOMMUNE_ACCOUNTS_ART_AT, KOMMUNE_ACCOUNTS_ART_WIDTH },
  [KOMMUNE_FIELD_SEKTOR]      = { "sektor", KOMMUNE_ACCOUNTS_ART_AT, KOMMUNE_ACCOUNTS_ART_WIDTH },
  [KOMMUNE_FIELD_BELOP]       = { "belop", KOMMUNE_ACCOUNTS_AMOUNT_AT, KOMMUNE_ACCOUNTS_AMOUNT_WIDTH },
};

static const char *type_names[4] = { "BEV", "REG", "BAL", "RES" };
static const char *severity_names[] = { "OK", "INFO", "WARNING", "ERROR", "FATAL" };

const char *
_kommune_control_field_name (KommuneField field)
{
  return fields[field].name;
}

guint
_kommune_control_field_width (KommuneField field)
{
  return fields[field].width;
}

void
_kommune_field_location (KommuneField  field,
                         guint        *at,
                         guint        *width)
{
  *at = fields[field].at;
  *width = fields[field].width;
}

gboolean
_kommune_control_fail (GError    **error,
      const char *where,
      const char *format,
      ...)
{
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_DOCUMENT,
               "KOSTRA control data: %s: %s", where, text);
  return FALSE;
}

/* Every member of @object must be in @allowed, and every name in
 * @required must be there. */
gboolean
_kommune_control_check_members (JsonObject         *object,
               const char         *where,
               const char * const *allowed,
               const char * const *required,
               GError            **error)
{
  g_autoptr(GList) members = json_object_get_members (object);

  for (GList *l = members; l != NULL; l = l->next)
    if (!g_strv_contains (allowed, l->data))
      return _kommune_control_fail (error, where, "unknown member “%s”", (const char *) l->data);
  for (guint i = 0; required != NULL && required[i] != NULL; i++)
    if (!json_object_has_member (object, required[i]))
      return _kommune_control_fail (error, where, "missing member “%s”", required[i]);
  return TRUE;
}

JsonObject *
_kommune_control_as_object (JsonNode   *node,
           const char *where,
           GError    **error)
{
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      _kommune_control_fail (error, where, "expected an object");
      return NULL;
    }
  return json_node_get_object (node);
}

JsonArray *
_kommune_control_as_array (JsonNode   *node,
          const char *where,
          GError    **error)
{
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    {
      _kommune_control_fail (error, where, "expected an array");
      return NULL;
    }
  return json_node_get_array (node);
}

const char *
_kommune_control_as_string (JsonNode   *node,
           const char *where,
           GError    **error)
{
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      _kommune_control_fail (error, where, "expected a string");
      return NULL;
    }
  return json_node_get_string (node);
}

gboolean
_kommune_control_as_int (JsonNode   *node,
        const char *where,
        gint64     *out,
        GError    **error)
{
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return _kommune_control_fail (error, where, "expected an integer");
  *out = json_node_get_int (node);
  return TRUE;
}

gboolean
_kommune_control_as_bool (JsonNode   *node,
         const char *where,
         gboolean   *out,
         GError    **error)
{
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return _kommune_control_fail (error, where, "expected true or false");
  *out = json_node_get_boolean (node);
  return TRUE;
}

GPtrArray *
_kommune_control_as_strings (JsonNode   *node,
            const char *where,
            GError    **error)
{
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func (g_free);
  JsonArray *array = _kommune_control_as_array (node, where, error);

  if (array == NULL)
    return NULL;
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      const char *s = _kommune_control_as_string (json_array_get_element (array, i), where, error);

      if (s == NULL)
        return NULL;
      g_ptr_array_add (out, g_strdup (s));
    }
  return g_steal_pointer (&out);
}

int
_kommune_control_field_from_name (const char *name)
{
  for (int f = 0; f < KOMMUNE_N_FIELDS; f++)
    if (g_str_equal (fields[f].name, name))
      return f;
  return -1;
}

int
_kommune_control_type_bit_index (const char *name)
{
  for (int i = 0; i < 4; i++)
    if (g_str_equal (type_names[i], name))
      return i;
  return -1;
}

int
_kommune_control_severity_from_name (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (severity_names); i++)
    if (g_str_equal (severity_names[i], name))
      return (int) i;
  return -1;
}

void
_kommune_control_code_source_clear (KommuneCodeSource *source)
{
  g_clear_pointer (&source->ref, g_free);
  g_clear_pointer (&source->codes, g_ptr_array_unref);
}

/* "@name" or an array of codes. */
gboolean
_kommune_control_parse_code_source (JsonNode          *node,
                   const char        *where,
                   KommuneCodeSource *out,
                   GError           **error)
{
  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    {
      const char *s = json_node_get_string (node);

      if (s[0] != '@' || s[1] == '\0')
        return _kommune_control_fail (error, where, "a list name starts with “@”: “%s”", s);
      out->ref = g_strdup (s + 1);
      return TRUE;
    }
  out->codes = _kommune_control_as_strings (node, where, error);
  return out->codes != NULL;
}
