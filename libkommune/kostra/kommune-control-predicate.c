/* kommune-control-predicate.c: reading the conditions a control puts on
 * a record
 *
 * A predicate says which records a rule looks at: the skjema types and
 * kontoklasser, Oslo's bydeler, the amount (nonzero, negative, written
 * wrongly), and code tests — a field in or out of a list of codes or of a
 * range. Read strictly, like the rest of the control data.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "kommune-error.h"
#include "kostra/kommune-accounts-layout-private.h"
#include "kostra/kommune-control-data-private.h"
#include "kostra/kommune-control-parse-private.h"

static gboolean
parse_types (JsonNode   *node,
             const char *where,
             guint8     *bits,
             GError    **error)
{
  g_autoptr(GPtrArray) names = _kommune_control_as_strings (node, where, error);

  if (names == NULL)
    return FALSE;
  for (guint i = 0; i < names->len; i++)
    {
      int bit = _kommune_control_type_bit_index (names->pdata[i]);

      if (bit < 0)
        return _kommune_control_fail (error, where, "unknown accounting type “%s”", (const char *) names->pdata[i]);
      *bits |= (guint8) (1u << bit);
    }
  return TRUE;
}

static gboolean
parse_account (JsonNode   *node,
               const char *where,
               char       *out,
               GError    **error)
{
  const char *s = _kommune_control_as_string (node, where, error);

  if (s == NULL)
    return FALSE;
  if (strlen (s) != 1 || strchr ("DIBR", s[0]) == NULL)
    return _kommune_control_fail (error, where, "an account type is D, I, B or R, not “%s”", s);
  *out = s[0];
  return TRUE;
}

static gboolean
parse_code_tests (JsonNode         *node,
                  const char       *where,
                  gboolean          negate,
                  KommunePredicate *p,
                  GError          **error)
{
  static const char * const allowed[] = { "field", "codes", "compare", NULL };
  static const char * const required[] = { "field", "codes", "compare", NULL };
  JsonArray *array = _kommune_control_as_array (node, where, error);

  if (array == NULL)
    return FALSE;
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *o = _kommune_control_as_object (json_array_get_element (array, i), where, error);
      KommuneCodeTest test = { 0 };
      const char *name, *compare;
      int field;

      if (o == NULL || !_kommune_control_check_members (o, where, allowed, required, error))
        return FALSE;
      name = _kommune_control_as_string (json_object_get_member (o, "field"), where, error);
      compare = name ? _kommune_control_as_string (json_object_get_member (o, "compare"), where, error) : NULL;
      if (compare == NULL)
        return FALSE;
      field = _kommune_control_field_from_name (name);
      if (field < 0 || _kommune_control_field_width (field) > 7)
        return _kommune_control_fail (error, where, "codes cannot be tested on the field “%s”", name);
      if (!g_str_equal (compare, "exact") && !g_str_equal (compare, "trimmed"))
        return _kommune_control_fail (error, where, "compare is “exact” or “trimmed”, not “%s”", compare);
      test.field = (KommuneField) field;
      test.trimmed = g_str_equal (compare, "trimmed");
      test.negate = negate;
      if (!_kommune_control_parse_code_source (json_object_get_member (o, "codes"), where, &test.source, error))
        return FALSE;
      g_array_append_val (p->codes, test);
    }
  return TRUE;
}

static gboolean
parse_ranges (JsonNode         *node,
              const char       *where,
              gboolean          negate,
              KommunePredicate *p,
              GError          **error)
{
  static const char * const allowed[] = { "field", "from", "to", NULL };
  JsonArray *array = _kommune_control_as_array (node, where, error);

  if (array == NULL)
    return FALSE;
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *o = _kommune_control_as_object (json_array_get_element (array, i), where, error);
      KommuneRangeTest range = { 0 };
      const char *name;
      int field;

      if (o == NULL || !_kommune_control_check_members (o, where, allowed, allowed, error))
        return FALSE;
      name = _kommune_control_as_string (json_object_get_member (o, "field"), where, error);
      if (name == NULL)
        return FALSE;
      field = _kommune_control_field_from_name (name);
      if (field < 0)
        return _kommune_control_fail (error, where, "unknown field “%s”", name);
      if (!_kommune_control_as_int (json_object_get_member (o, "from"), where, &range.from, error) ||
          !_kommune_control_as_int (json_object_get_member (o, "to"), where, &range.to, error))
        return FALSE;
      if (range.from > range.to)
        return _kommune_control_fail (error, where, "a range runs from %" G_GINT64_FORMAT " to %" G_GINT64_FORMAT,
                     range.from, range.to);
      range.field = (KommuneField) field;
      range.negate = negate;
      g_array_append_val (p->ranges, range);
    }
  return TRUE;
}

gboolean
_kommune_control_predicate_parse (JsonNode         *node,
                                  const char       *where,
                                  KommunePredicate *p,
                                  GError          **error)
{
  static const char * const allowed[] = {
    "type", "type_all", "account", "account_not", "oslo_bydel", "amount",
    "in", "not_in", "range", "not_range", NULL
  };
  JsonObject *o = _kommune_control_as_object (node, where, error);

  p->oslo_bydel = -1;
  p->codes = g_array_new (FALSE, TRUE, sizeof (KommuneCodeTest));
  p->ranges = g_array_new (FALSE, TRUE, sizeof (KommuneRangeTest));
  if (o == NULL || !_kommune_control_check_members (o, where, allowed, NULL, error))
    return FALSE;
  if (json_object_has_member (o, "type") &&
      !parse_types (json_object_get_member (o, "type"), where, &p->types_any, error))
    return FALSE;
  if (json_object_has_member (o, "type_all") &&
      !parse_types (json_object_get_member (o, "type_all"), where, &p->types_all, error))
    return FALSE;
  if (json_object_has_member (o, "account") &&
      !parse_account (json_object_get_member (o, "account"), where, &p->account, error))
    return FALSE;
  if (json_object_has_member (o, "account_not") &&
      !parse_account (json_object_get_member (o, "account_not"), where, &p->account_not, error))
    return FALSE;
  if (json_object_has_member (o, "oslo_bydel"))
    {
      gboolean b;

      if (!_kommune_control_as_bool (json_object_get_member (o, "oslo_bydel"), where, &b, error))
        return FALSE;
      p->oslo_bydel = b ? 1 : 0;
    }
  if (json_object_has_member (o, "amount"))
    {
      const char *s = _kommune_control_as_string (json_object_get_member (o, "amount"), where, error);

      if (s == NULL)
        return FALSE;
      if (g_str_equal (s, "nonzero"))
        p->amount = KOMMUNE_AMOUNT_NONZERO;
      else if (g_str_equal (s, "negative"))
        p->amount = KOMMUNE_AMOUNT_NEGATIVE;
      else if (g_str_equal (s, "invalid-format"))
        p->amount = KOMMUNE_AMOUNT_INVALID_FORMAT;
      else
        return _kommune_control_fail (error, where, "unknown amount condition “%s”", s);
    }
  if (json_object_has_member (o, "in") &&
      !parse_code_tests (json_object_get_member (o, "in"), where, FALSE, p, error))
    return FALSE;
  if (json_object_has_member (o, "not_in") &&
      !parse_code_tests (json_object_get_member (o, "not_in"), where, TRUE, p, error))
    return FALSE;
  if (json_object_has_member (o, "range") &&
      !parse_ranges (json_object_get_member (o, "range"), where, FALSE, p, error))
    return FALSE;
  if (json_object_has_member (o, "not_range") &&
      !parse_ranges (json_object_get_member (o, "not_range"), where, TRUE, p, error))
    return FALSE;
  return TRUE;
}

void
_kommune_control_predicate_clear (KommunePredicate *p)
{
  if (p->codes != NULL)
    for (guint i = 0; i < p->codes->len; i++)
      _kommune_control_code_source_clear (&g_array_index (p->codes, KommuneCodeTest, i).source);
  g_clear_pointer (&p->codes, g_array_unref);
  g_clear_pointer (&p->ranges, g_array_unref);
}
