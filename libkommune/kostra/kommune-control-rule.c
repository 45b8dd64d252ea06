/* kommune-control-rule.c: reading one control rule of the data files
 *
 * The parts of a rule: severities, the checks of a sum, the key of the duplicate check, the messages, the rule itself,
 * each read with the strict helpers of kommune-control-json.c (the
 * conditions on a record are read in kommune-control-predicate.c). The data
 * files are ours, but a bad edit must fail loudly rather than
 * silently drop a rule: every object is checked for unknown and missing members.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "kommune-error.h"
#include "kostra/kommune-accounts-layout-private.h"
#include "kostra/kommune-control-data-private.h"
#include "kostra/kommune-control-parse-private.h"

static gboolean
parse_severity (JsonNode            *node,
                const char          *where,
                KommuneSeverityRule *out,
                GError             **error)
{
  static const char * const allowed[] = { "by", "map", "default", NULL };
  JsonObject *o, *map;
  const char *s;
  int sev;

  memset (out->by_char, -1, sizeof out->by_char);
  memset (out->by_type, -1, sizeof out->by_type);
  if (node != NULL && JSON_NODE_HOLDS_VALUE (node))
    {
      if ((s = _kommune_control_as_string (node, where, error)) == NULL)
        return FALSE;
      if ((sev = _kommune_control_severity_from_name (s)) < 0)
        return _kommune_control_fail (error, where, "unknown severity “%s”", s);
      out->by = KOMMUNE_SEVERITY_BY_NONE;
      out->fallback = (KommuneSeverity) sev;
      return TRUE;
    }
  if ((o = _kommune_control_as_object (node, where, error)) == NULL ||
      !_kommune_control_check_members (o, where, allowed, allowed, error))
    return FALSE;
  if ((s = _kommune_control_as_string (json_object_get_member (o, "default"), where, error)) == NULL)
    return FALSE;
  if ((sev = _kommune_control_severity_from_name (s)) < 0)
    return _kommune_control_fail (error, where, "unknown severity “%s”", s);
  out->fallback = (KommuneSeverity) sev;
  if ((s = _kommune_control_as_string (json_object_get_member (o, "by"), where, error)) == NULL)
    return FALSE;
  if (g_str_equal (s, "record-quarter"))
    out->by = KOMMUNE_SEVERITY_BY_RECORD_QUARTER;
  else if (g_str_equal (s, "argument-quarter"))
    out->by = KOMMUNE_SEVERITY_BY_ARGUMENT_QUARTER;
  else if (g_str_equal (s, "first-record-type"))
    out->by = KOMMUNE_SEVERITY_BY_FIRST_RECORD_TYPE;
  else
    return _kommune_control_fail (error, where, "unknown severity rule “%s”", s);
  if ((map = _kommune_control_as_object (json_object_get_member (o, "map"), where, error)) == NULL)
    return FALSE;
  {
    g_autoptr(GList) keys = json_object_get_members (map);

    for (GList *l = keys; l != NULL; l = l->next)
      {
        const char *key = l->data;

        if ((s = _kommune_control_as_string (json_object_get_member (map, key), where, error)) == NULL)
          return FALSE;
        if ((sev = _kommune_control_severity_from_name (s)) < 0)
          return _kommune_control_fail (error, where, "unknown severity “%s”", s);
        if (out->by == KOMMUNE_SEVERITY_BY_FIRST_RECORD_TYPE)
          {
            int bit = _kommune_control_type_bit_index (key);

            if (bit < 0)
              return _kommune_control_fail (error, where, "unknown accounting type “%s”", key);
            out->by_type[bit] = (gint8) sev;
          }
        else if (strlen (key) == 1)
          out->by_char[(guchar) key[0]] = (gint8) sev;
        else
          return _kommune_control_fail (error, where, "a quarter is one character, not “%s”", key);
      }
  }
  return TRUE;
}

void
_kommune_control_rule_free (KommuneRule *rule)
{
  g_free (rule->key);
  g_free (rule->id);
  g_free (rule->name);
  g_free (rule->message);
  if (rule->messages != NULL)
    for (guint i = 0; i < rule->messages->len; i++)
      {
        KommuneConditionalMessage *m = &g_array_index (rule->messages, KommuneConditionalMessage, i);

        _kommune_control_predicate_clear (&m->when);
        g_free (m->message);
      }
  g_clear_pointer (&rule->messages, g_array_unref);
  _kommune_control_code_source_clear (&rule->list.source);
  _kommune_control_predicate_clear (&rule->records);
  _kommune_control_predicate_clear (&rule->left);
  _kommune_control_predicate_clear (&rule->right);
  _kommune_control_predicate_clear (&rule->subset);
  _kommune_control_predicate_clear (&rule->a);
  _kommune_control_predicate_clear (&rule->b);
  g_clear_pointer (&rule->holds, g_array_unref);
  for (guint i = 0; i < 4; i++)
    g_clear_pointer (&rule->keys[i], g_array_unref);
  for (guint i = 0; i < KOMMUNE_N_FIELDS; i++)
    g_free (rule->titles[i]);
  g_free (rule);
}


/* The placeholders a message of each kind of rule may use. */
static const char * const record_placeholders[] = {
  "skjema", "aargang", "kvartal", "region", "orgnr", "foretaksnr", "kontoklasse",
  "funksjon", "kapittel", "art", "sektor", "belop", "funksjon_trimmed",
  "arg_skjema", "arg_year", "arg_quarter", "arg_region", "arg_orgnr", "arg_orgnr_list", NULL
};
static const char * const sum_placeholders[] = {
  "a", "b", "a+b", "a_funksjoner", "a_funksjoner_distinct",
  "arg_skjema", "arg_year", "arg_quarter", "arg_region", "arg_orgnr", "arg_orgnr_list", NULL
};
static const char * const duplicate_placeholders[] = { "key", "amounts", NULL };
static const char * const length_placeholders[] = { "length", "actual", NULL };

static gboolean
check_message (KommuneRule *rule,
               const char  *message,
               const char  *where,
               GError     **error)
{
  const char * const *allowed;

  if (rule->kind == KOMMUNE_RULE_RECORD_LENGTH)
    allowed = length_placeholders;
  else if (rule->kind == KOMMUNE_RULE_SUM)
    allowed = sum_placeholders;
  else if (rule->kind == KOMMUNE_RULE_DUPLICATES)
    allowed = duplicate_placeholders;
  else
    allowed = record_placeholders;
  for (const char *p = strchr (message, '{'); p != NULL; p = strchr (p + 1, '{'))
    {
      const char *end = strchr (p, '}');
      g_autofree char *name = NULL;

      if (end == NULL)
        return _kommune_control_fail (error, where, "an unclosed “{” in the message");
      name = g_strndup (p + 1, (gsize) (end - p - 1));
      if (g_str_equal (name, "list") && rule->kind == KOMMUNE_RULE_CODE_IN_LIST)
        continue;
      if (g_str_has_prefix (name, "list:") && name[5] != '\0')
        continue;
      if (!g_strv_contains (allowed, name))
        return _kommune_control_fail (error, where, "the message cannot fill “{%s}”", name);
      if (g_str_has_prefix (name, "a_funksjoner"))
        rule->wants_funksjoner = TRUE;
    }
  return TRUE;
}

static gboolean
parse_messages (JsonObject  *o,
                KommuneRule *rule,
                const char  *where,
                GError     **error)
{
  static const char * const allowed[] = { "when", "message", NULL };
  JsonArray *array;

  if (json_object_has_member (o, "message") == json_object_has_member (o, "messages"))
    return _kommune_control_fail (error, where, "a rule has either “message” or “messages”");
  if (json_object_has_member (o, "message"))
    {
      const char *m = _kommune_control_as_string (json_object_get_member (o, "message"), where, error);

      if (m == NULL || !check_message (rule, m, where, error))
        return FALSE;
      rule->message = g_strdup (m);
      return TRUE;
    }
  if (rule->kind != KOMMUNE_RULE_RECORD_MATCH)
    return _kommune_control_fail (error, where, "only record-match rules choose among “messages”");
  if ((array = _kommune_control_as_array (json_object_get_member (o, "messages"), where, error)) == NULL)
    return FALSE;
  if (json_array_get_length (array) == 0)
    return _kommune_control_fail (error, where, "“messages” is empty");
  rule->messages = g_array_new (FALSE, TRUE, sizeof (KommuneConditionalMessage));
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *m = _kommune_control_as_object (json_array_get_element (array, i), where, error);
      KommuneConditionalMessage cm = { 0 };
      const char *text;

      if (m == NULL || !_kommune_control_check_members (m, where, allowed, allowed, error))
        return FALSE;
      g_array_append_val (rule->messages, cm);
      if (!_kommune_control_predicate_parse (json_object_get_member (m, "when"), where,
                            &g_array_index (rule->messages, KommuneConditionalMessage, i).when, error))
        return FALSE;
      text = _kommune_control_as_string (json_object_get_member (m, "message"), where, error);
      if (text == NULL || !check_message (rule, text, where, error))
        return FALSE;
      g_array_index (rule->messages, KommuneConditionalMessage, i).message = g_strdup (text);
    }
  return TRUE;
}

static gboolean
parse_field (JsonObject   *o,
             const char   *where,
             KommuneField *out,
             GError      **error)
{
  const char *name = _kommune_control_as_string (json_object_get_member (o, "field"), where, error);
  int field;

  if (name == NULL)
    return FALSE;
  if ((field = _kommune_control_field_from_name (name)) < 0)
    return _kommune_control_fail (error, where, "unknown field “%s”", name);
  *out = (KommuneField) field;
  return TRUE;
}

static gboolean
parse_kind_members (JsonObject  *o,
                    KommuneRule *rule,
                    const char  *where,
                    GError     **error)
{
  static const char * const common[] = { "key", "id", "name", "kind", "severity", "message", "messages" };
  const char *allowed[16] = { NULL };
  const char *required[16] = { NULL };
  guint n = 0, r = 0;

#define ALLOW(...) G_STMT_START { const char *list[] = { __VA_ARGS__ }; \
    for (guint i_ = 0; i_ < G_N_ELEMENTS (list); i_++) allowed[n++] = list[i_]; } G_STMT_END
#define REQUIRE(...) G_STMT_START { const char *list[] = { __VA_ARGS__ }; \
    for (guint i_ = 0; i_ < G_N_ELEMENTS (list); i_++) required[r++] = list[i_]; } G_STMT_END

  for (guint i = 0; i < G_N_ELEMENTS (common); i++)
    allowed[n++] = common[i];
  switch (rule->kind)
    {
    case KOMMUNE_RULE_RECORD_LENGTH:
      ALLOW ("length");
      REQUIRE ("length");
      break;
    case KOMMUNE_RULE_FIELD_EQUALS_ARGUMENT:
      ALLOW ("field", "argument", "allow_blank");
      REQUIRE ("field", "argument");
      break;
    case KOMMUNE_RULE_CODE_IN_LIST:
      ALLOW ("field", "list", "compare", "fires_when", "skip_if_list_empty", "records");
      REQUIRE ("field", "list", "compare", "fires_when", "skip_if_list_empty", "records");
      break;
    case KOMMUNE_RULE_RECORD_MATCH:
      ALLOW ("records");
      REQUIRE ("records");
      break;
    case KOMMUNE_RULE_EQUIVALENCE:
      ALLOW ("records", "left", "right");
      REQUIRE ("records", "left", "right");
      break;
    case KOMMUNE_RULE_SUM:
      ALLOW ("subset", "a", "b", "holds");
      REQUIRE ("subset", "a", "holds");
      break;
    case KOMMUNE_RULE_DUPLICATES:
      ALLOW ("keys", "titles");
      REQUIRE ("keys", "titles");
      break;
    default:
      g_assert_not_reached ();
    }
#undef ALLOW
#undef REQUIRE
  return _kommune_control_check_members (o, where, allowed, required, error);
}

static gboolean
parse_holds (JsonNode    *node,
             KommuneRule *rule,
             const char  *where,
             GError     **error)
{
  static const char * const allowed[] = { "value", "op", "bound", NULL };
  static const char * const required[] = { "value", "op", NULL };
  static const char * const ops[] = { ">", "<", "!=", "==", "within", NULL };
  JsonArray *array = _kommune_control_as_array (node, where, error);

  if (array == NULL)
    return FALSE;
  if (json_array_get_length (array) == 0)
    return _kommune_control_fail (error, where, "“holds” is empty");
  rule->holds = g_array_new (FALSE, TRUE, sizeof (KommuneSumCheck));
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *o = _kommune_control_as_object (json_array_get_element (array, i), where, error);
      KommuneSumCheck check = { 0 };
      const char *value, *op;

      if (o == NULL || !_kommune_control_check_members (o, where, allowed, required, error))
        return FALSE;
      if ((value = _kommune_control_as_string (json_object_get_member (o, "value"), where, error)) == NULL ||
          (op = _kommune_control_as_string (json_object_get_member (o, "op"), where, error)) == NULL)
        return FALSE;
      if (g_str_equal (value, "a"))
        check.value = KOMMUNE_SUM_A;
      else if (g_str_equal (value, "b") && rule->has_b)
        check.value = KOMMUNE_SUM_B;
      else if (g_str_equal (value, "a+b") && rule->has_b)
        check.value = KOMMUNE_SUM_A_PLUS_B;
      else
        return _kommune_control_fail (error, where, "a check is on “a”, or with “b” on “b” or “a+b”, not “%s”", value);
      for (check.op = 0; ops[check.op] != NULL && !g_str_equal (ops[check.op], op); check.op++)
        ;
      if (ops[check.op] == NULL)
        return _kommune_control_fail (error, where, "unknown check “%s”", op);
      if (json_object_has_member (o, "bound") &&
          !_kommune_control_as_int (json_object_get_member (o, "bound"), where, &check.bound, error))
        return FALSE;
      if (check.op == KOMMUNE_CHECK_WITHIN && check.bound < 0)
        return _kommune_control_fail (error, where, "a window is at least 0 wide");
      g_array_append_val (rule->holds, check);
    }
  return TRUE;
}

static gboolean
parse_duplicates (JsonObject  *o,
                  KommuneRule *rule,
                  const char  *where,
                  GError     **error)
{
  JsonObject *keys = _kommune_control_as_object (json_object_get_member (o, "keys"), where, error);
  JsonObject *titles = keys ? _kommune_control_as_object (json_object_get_member (o, "titles"), where, error) : NULL;
  g_autoptr(GList) members = NULL;

  if (titles == NULL)
    return FALSE;
  members = json_object_get_members (keys);
  for (GList *l = members; l != NULL; l = l->next)
    {
      int bit = _kommune_control_type_bit_index (l->data);
      g_autoptr(GPtrArray) names = NULL;
      guint width = 0;

      if (bit < 0)
        return _kommune_control_fail (error, where, "unknown accounting type “%s”", (const char *) l->data);
      if ((names = _kommune_control_as_strings (json_object_get_member (keys, l->data), where, error)) == NULL)
        return FALSE;
      rule->keys[bit] = g_array_new (FALSE, FALSE, sizeof (KommuneField));
      for (guint i = 0; i < names->len; i++)
        {
          int field = _kommune_control_field_from_name (names->pdata[i]);
          const char *title;

          if (field < 0)
            return _kommune_control_fail (error, where, "unknown field “%s”", (const char *) names->pdata[i]);
          if (!json_object_has_member (titles, names->pdata[i]))
            return _kommune_control_fail (error, where, "no title for “%s”", (const char *) names->pdata[i]);
          title = _kommune_control_as_string (json_object_get_member (titles, names->pdata[i]), where, error);
          if (title == NULL)
            return FALSE;
          g_free (rule->titles[field]);
          rule->titles[field] = g_strdup (title);
          width += _kommune_control_field_width (field) + 1;
          g_array_append_val (rule->keys[bit], field);
        }
      if (width > 32)
        return _kommune_control_fail (error, where, "a duplicate key is at most 32 bytes wide");
    }
  return TRUE;
}

KommuneRule *
_kommune_control_rule_parse (JsonNode   *node,
                             guint       index,
                             GError    **error)
{
  static const char * const kinds[] = {
    "record-length", "field-equals-argument", "code-in-list", "record-match",
    "equivalence", "sum", "duplicates", NULL
  };
  static const char * const arguments[] = { "skjema-prefix", "year", "quarter", "region", "orgnr", NULL };
  g_autofree char *where = g_strdup_printf ("rules[%u]", index);
  KommuneRule *rule = g_new0 (KommuneRule, 1);
  JsonObject *o = _kommune_control_as_object (node, where, error);
  const char *key, *id, *name, *kind;

  rule->records.oslo_bydel = rule->left.oslo_bydel = rule->right.oslo_bydel = -1;
  rule->subset.oslo_bydel = rule->a.oslo_bydel = rule->b.oslo_bydel = -1;
  if (o == NULL)
    goto failed;
  if ((key = _kommune_control_as_string (json_object_get_member (o, "key"), where, error)) == NULL)
    goto failed;
  g_free (where);
  where = g_strdup_printf ("rule “%s”", key);
  if ((id = _kommune_control_as_string (json_object_get_member (o, "id"), where, error)) == NULL ||
      (name = _kommune_control_as_string (json_object_get_member (o, "name"), where, error)) == NULL ||
      (kind = _kommune_control_as_string (json_object_get_member (o, "kind"), where, error)) == NULL)
    goto failed;
  rule->key = g_strdup (key);
  rule->id = g_strdup (id);
  rule->name = g_strdup (name);
  for (rule->kind = 0; kinds[rule->kind] != NULL && !g_str_equal (kinds[rule->kind], kind); rule->kind++)
    ;
  if (kinds[rule->kind] == NULL)
    {
      _kommune_control_fail (error, where, "unknown kind “%s”", kind);
      goto failed;
    }
  if (!parse_kind_members (o, rule, where, error) ||
      !parse_severity (json_object_get_member (o, "severity"), where, &rule->severity, error))
    goto failed;

  switch (rule->kind)
    {
    case KOMMUNE_RULE_RECORD_LENGTH:
      {
        gint64 length;

        if (!_kommune_control_as_int (json_object_get_member (o, "length"), where, &length, error))
          goto failed;
        if (length < 1 || length > G_MAXINT)
          {
            _kommune_control_fail (error, where, "a record length of %" G_GINT64_FORMAT, length);
            goto failed;
          }
        rule->length = (guint) length;
      }
      break;

    case KOMMUNE_RULE_FIELD_EQUALS_ARGUMENT:
      {
        const char *arg;
        guint a;

        if (!parse_field (o, where, &rule->field, error) ||
            (arg = _kommune_control_as_string (json_object_get_member (o, "argument"), where, error)) == NULL)
          goto failed;
        for (a = 0; arguments[a] != NULL && !g_str_equal (arguments[a], arg); a++)
          ;
        if (arguments[a] == NULL)
          {
            _kommune_control_fail (error, where, "unknown argument “%s”", arg);
            goto failed;
          }
        rule->argument = (KommuneArgument) a;
        if (json_object_has_member (o, "allow_blank") &&
            !_kommune_control_as_bool (json_object_get_member (o, "allow_blank"), where, &rule->allow_blank, error))
          goto failed;
      }
      break;

    case KOMMUNE_RULE_CODE_IN_LIST:
      {
        const char *compare, *fires;

        if (!parse_field (o, where, &rule->field, error))
          goto failed;
        if (_kommune_control_field_width (rule->field) > 7)
          {
            _kommune_control_fail (error, where, "codes cannot be tested on the field “%s”", _kommune_control_field_name (rule->field));
            goto failed;
          }
        rule->list.field = rule->field;
        if ((compare = _kommune_control_as_string (json_object_get_member (o, "compare"), where, error)) == NULL ||
            (fires = _kommune_control_as_string (json_object_get_member (o, "fires_when"), where, error)) == NULL)
          goto failed;
        if (!g_str_equal (compare, "exact") && !g_str_equal (compare, "trimmed"))
          {
            _kommune_control_fail (error, where, "compare is “exact” or “trimmed”, not “%s”", compare);
            goto failed;
          }
        rule->list.trimmed = g_str_equal (compare, "trimmed");
        if (!g_str_equal (fires, "absent") && !g_str_equal (fires, "present"))
          {
            _kommune_control_fail (error, where, "fires_when is “absent” or “present”, not “%s”", fires);
            goto failed;
          }
        rule->fires_when_present = g_str_equal (fires, "present");
        if (!_kommune_control_as_bool (json_object_get_member (o, "skip_if_list_empty"), where,
                                       &rule->skip_if_list_empty, error) ||
            !_kommune_control_parse_code_source (json_object_get_member (o, "list"), where, &rule->list.source, error) ||
            !_kommune_control_predicate_parse (json_object_get_member (o, "records"), where, &rule->records, error))
          goto failed;
      }
      break;

    case KOMMUNE_RULE_RECORD_MATCH:
      if (!_kommune_control_predicate_parse (json_object_get_member (o, "records"), where, &rule->records, error))
        goto failed;
      break;

    case KOMMUNE_RULE_EQUIVALENCE:
      if (!_kommune_control_predicate_parse (json_object_get_member (o, "records"), where, &rule->records, error) ||
          !_kommune_control_predicate_parse (json_object_get_member (o, "left"), where, &rule->left, error) ||
          !_kommune_control_predicate_parse (json_object_get_member (o, "right"), where, &rule->right, error))
        goto failed;
      break;

    case KOMMUNE_RULE_SUM:
      rule->has_b = json_object_has_member (o, "b");
      if (!_kommune_control_predicate_parse (json_object_get_member (o, "subset"), where, &rule->subset, error) ||
          !_kommune_control_predicate_parse (json_object_get_member (o, "a"), where, &rule->a, error) ||
          (rule->has_b && !_kommune_control_predicate_parse (json_object_get_member (o, "b"), where, &rule->b, error)) ||
          !parse_holds (json_object_get_member (o, "holds"), rule, where, error))
        goto failed;
      break;

    case KOMMUNE_RULE_DUPLICATES:
      if (!parse_duplicates (o, rule, where, error))
        goto failed;
      break;

    default:
      g_assert_not_reached ();
    }

  if (!parse_messages (o, rule, where, error))
    goto failed;
  return rule;

failed:
  _kommune_control_rule_free (rule);
  return NULL;
}
