/* kommune-control-data.c: SSB's code lists and controls, one set per year
 *
 * Reads lists.tsv and controls.json of one data year (see data/README.md),
 * checks that every name in them refers to something, and keeps the
 * compiled-in years once parsed. Adding a year is adding a folder under
 * data/ and a line in the resource manifest; no C changes.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <gio/gio.h>

#include "kommune-error.h"
#include "kostra/kommune-control-parse-private.h"
#include "kostra/kommune-kostra-resources.h"

#define RESOURCE_ROOT "/org/kommune/kostra/data"

/* The compiled-in data, registered on first use rather than when the
 * library is loaded. */
static GResource *
kostra_resource (void)
{
  static gsize registered;

  if (g_once_init_enter (&registered))
    {
      _kommune_kostra_register_resource ();
      g_once_init_leave (&registered, 1);
    }
  return _kommune_kostra_get_resource ();
}

static void
list_def_free (KommuneListDef *def)
{
  g_free (def->name);
  if (def->parts != NULL)
    for (guint i = 0; i < def->parts->len; i++)
      {
        KommuneListPart *part = &g_array_index (def->parts, KommuneListPart, i);

        g_clear_pointer (&part->when.skjema, g_ptr_array_unref);
        _kommune_control_code_source_clear (&part->when.region);
        _kommune_control_code_source_clear (&part->when.orgnr);
        _kommune_control_code_source_clear (&part->when.orgnr_not);
        _kommune_control_code_source_clear (&part->codes);
      }
  g_clear_pointer (&def->parts, g_array_unref);
  g_free (def);
}

static void
validator_free (KommuneValidator *v)
{
  g_free (v->name);
  g_clear_pointer (&v->pre, g_ptr_array_unref);
  g_clear_pointer (&v->rules, g_ptr_array_unref);
  g_clear_pointer (&v->lists, g_ptr_array_unref);
  g_free (v);
}

static void
skjema_free (KommuneSkjema *s)
{
  g_free (s->code);
  g_free (s->validator);
  g_free (s);
}

void
_kommune_control_data_free (KommuneControlData *data)
{
  if (data == NULL)
    return;
  g_clear_pointer (&data->lists, g_hash_table_unref);
  g_clear_pointer (&data->skjema, g_hash_table_unref);
  g_clear_pointer (&data->validators, g_hash_table_unref);
  g_clear_pointer (&data->rules, g_hash_table_unref);
  g_free (data);
}

/* lists.tsv: a header "list<TAB>codes", then one list a line: its name, a
 * TAB, its codes separated by single spaces ("" is the empty code). */
static gboolean
parse_lists (KommuneControlData *data,
             GBytes             *bytes,
             GError            **error)
{
  gsize size;
  const char *text = g_bytes_get_data (bytes, &size);
  g_autofree char *copy = g_strndup (text, size);
  g_auto(GStrv) lines = NULL;
  guint n;

  if (!g_utf8_validate (copy, -1, NULL) || strlen (copy) != size)
    return _kommune_control_fail (error, "lists.tsv", "not UTF-8 text");
  lines = g_strsplit (copy, "\n", -1);
  n = g_strv_length (lines);
  if (n == 0 || !g_str_equal (lines[0], "list\tcodes"))
    return _kommune_control_fail (error, "lists.tsv", "the first line is “list<TAB>codes”");
  for (guint i = 1; i < n; i++)
    {
      g_autofree char *where = g_strdup_printf ("lists.tsv:%u", i + 1);
      g_auto(GStrv) cols = NULL;
      g_auto(GStrv) codes = NULL;
      GPtrArray *list;

      if (lines[i][0] == '\0' && i == n - 1)
        break;
      cols = g_strsplit (lines[i], "\t", -1);
      if (g_strv_length (cols) != 2 || cols[0][0] == '\0' || cols[1][0] == '\0')
        return _kommune_control_fail (error, where, "a line is a name, a TAB and the codes");
      if (g_hash_table_contains (data->lists, cols[0]))
        return _kommune_control_fail (error, where, "the list “%s” is there twice", cols[0]);
      list = g_ptr_array_new_with_free_func (g_free);
      g_hash_table_insert (data->lists, g_strdup (cols[0]), list);
      codes = g_strsplit (cols[1], " ", -1);
      for (guint c = 0; codes[c] != NULL; c++)
        {
          if (g_str_equal (codes[c], "\"\""))
            g_ptr_array_add (list, g_strdup (""));
          else if (codes[c][0] == '\0' || strpbrk (codes[c], "\"\r\t") != NULL)
            return _kommune_control_fail (error, where, "a bad code “%s” in “%s”", codes[c], cols[0]);
          else
            g_ptr_array_add (list, g_strdup (codes[c]));
        }
    }
  return TRUE;
}

static gboolean
parse_skjema (KommuneControlData *data,
              JsonObject         *table,
              GError            **error)
{
  static const char * const allowed[] = { "description", "types", "classes", "validator", NULL };
  g_autoptr(GList) codes = json_object_get_members (table);

  for (GList *l = codes; l != NULL; l = l->next)
    {
      g_autofree char *where = g_strdup_printf ("skjema “%s”", (const char *) l->data);
      JsonObject *o = _kommune_control_as_object (json_object_get_member (table, l->data), where, error);
      KommuneSkjema *s;
      g_autoptr(GPtrArray) types = NULL;
      JsonArray *classes;
      JsonNode *validator;

      if (o == NULL || !_kommune_control_check_members (o, where, allowed, allowed, error))
        return FALSE;
      s = g_new0 (KommuneSkjema, 1);
      s->code = g_strdup (l->data);
      g_hash_table_insert (data->skjema, s->code, s);
      if (_kommune_control_as_string (json_object_get_member (o, "description"), where, error) == NULL ||
          (types = _kommune_control_as_strings (json_object_get_member (o, "types"), where, error)) == NULL ||
          (classes = _kommune_control_as_array (json_object_get_member (o, "classes"), where, error)) == NULL)
        return FALSE;
      if (types->len == 0)
        return _kommune_control_fail (error, where, "no accounting type");
      for (guint i = 0; i < types->len; i++)
        {
          int bit = _kommune_control_type_bit_index (types->pdata[i]);

          if (bit < 0)
            return _kommune_control_fail (error, where, "unknown accounting type “%s”", (const char *) types->pdata[i]);
          if (i == 0)
            s->first_type = (guint8) (1u << bit);
          s->types |= (guint8) (1u << bit);
        }
      if (json_array_get_length (classes) == 0 || json_array_get_length (classes) > G_N_ELEMENTS (s->classes))
        return _kommune_control_fail (error, where, "between 1 and 8 kontoklasser");
      for (guint i = 0; i < json_array_get_length (classes); i++)
        {
          g_autoptr(GPtrArray) pair = _kommune_control_as_strings (json_array_get_element (classes, i), where, error);

          if (pair == NULL)
            return FALSE;
          if (pair->len != 2 || strlen (pair->pdata[0]) != 1 || strlen (pair->pdata[1]) != 1 ||
              strchr ("DIBR", ((const char *) pair->pdata[1])[0]) == NULL)
            return _kommune_control_fail (error, where, "a class is [kontoklasse, D|I|B|R]");
          s->classes[i] = ((const char *) pair->pdata[0])[0];
          s->kontotypes[i] = ((const char *) pair->pdata[1])[0];
        }
      s->n_classes = json_array_get_length (classes);
      validator = json_object_get_member (o, "validator");
      if (!JSON_NODE_HOLDS_NULL (validator))
        {
          const char *name = _kommune_control_as_string (validator, where, error);

          if (name == NULL)
            return FALSE;
          s->validator = g_strdup (name);
        }
    }
  return TRUE;
}

static gboolean
parse_list_def (KommuneListDef *def,
                JsonObject     *o,
                const char     *where,
                GError        **error)
{
  static const char * const allowed[] = { "from", "pad", "sort", "mode", "parts", NULL };
  static const char * const when_allowed[] = { "skjema", "region", "orgnr", "orgnr_not", NULL };
  static const char * const part_allowed[] = { "when", "codes", NULL };
  static const char * const part_required[] = { "codes", NULL };
  JsonArray *parts;

  if (!_kommune_control_check_members (o, where, allowed, NULL, error))
    return FALSE;
  if (json_object_has_member (o, "from"))
    {
      const char *from = _kommune_control_as_string (json_object_get_member (o, "from"), where, error);

      if (from == NULL)
        return FALSE;
      if (!g_str_equal (from, "skjema-classes") || json_object_get_size (o) != 1)
        return _kommune_control_fail (error, where, "“from” is “skjema-classes”, alone");
      def->from_skjema_classes = TRUE;
      return TRUE;
    }
  if (!json_object_has_member (o, "sort") || !json_object_has_member (o, "parts"))
    return _kommune_control_fail (error, where, "a list has “sort” and “parts”");
  if (!_kommune_control_as_bool (json_object_get_member (o, "sort"), where, &def->sort, error))
    return FALSE;
  if (json_object_has_member (o, "pad"))
    {
      gint64 pad;

      if (!_kommune_control_as_int (json_object_get_member (o, "pad"), where, &pad, error))
        return FALSE;
      if (pad < 1 || pad > 7)
        return _kommune_control_fail (error, where, "a pad of %" G_GINT64_FORMAT, pad);
      def->pad = (guint) pad;
    }
  if (json_object_has_member (o, "mode"))
    {
      const char *mode = _kommune_control_as_string (json_object_get_member (o, "mode"), where, error);

      if (mode == NULL)
        return FALSE;
      if (!g_str_equal (mode, "first"))
        return _kommune_control_fail (error, where, "“mode” is “first” or not given");
      def->first_only = TRUE;
    }
  if ((parts = _kommune_control_as_array (json_object_get_member (o, "parts"), where, error)) == NULL)
    return FALSE;
  def->parts = g_array_new (FALSE, TRUE, sizeof (KommuneListPart));
  for (guint i = 0; i < json_array_get_length (parts); i++)
    {
      JsonObject *p = _kommune_control_as_object (json_array_get_element (parts, i), where, error);
      KommuneListPart empty = { 0 };
      KommuneListPart *part;

      if (p == NULL || !_kommune_control_check_members (p, where, part_allowed, part_required, error))
        return FALSE;
      g_array_append_val (def->parts, empty);
      part = &g_array_index (def->parts, KommuneListPart, i);
      if (!_kommune_control_parse_code_source (json_object_get_member (p, "codes"), where, &part->codes, error))
        return FALSE;
      if (json_object_has_member (p, "when"))
        {
          JsonObject *w = _kommune_control_as_object (json_object_get_member (p, "when"), where, error);

          if (w == NULL || !_kommune_control_check_members (w, where, when_allowed, NULL, error))
            return FALSE;
          if (json_object_has_member (w, "skjema") &&
              (part->when.skjema = _kommune_control_as_strings (json_object_get_member (w, "skjema"), where, error)) == NULL)
            return FALSE;
          if (json_object_has_member (w, "region") &&
              !_kommune_control_parse_code_source (json_object_get_member (w, "region"), where, &part->when.region, error))
            return FALSE;
          if (json_object_has_member (w, "orgnr") &&
              !_kommune_control_parse_code_source (json_object_get_member (w, "orgnr"), where, &part->when.orgnr, error))
            return FALSE;
          if (json_object_has_member (w, "orgnr_not") &&
              !_kommune_control_parse_code_source (json_object_get_member (w, "orgnr_not"), where, &part->when.orgnr_not, error))
            return FALSE;
        }
    }
  return TRUE;
}

static gboolean
check_named (KommuneControlData      *data,
             const KommuneCodeSource *source,
             const char              *where,
             GError                 **error)
{
  if (source->ref != NULL && !g_hash_table_contains (data->lists, source->ref))
    return _kommune_control_fail (error, where, "no list “%s” in lists.tsv", source->ref);
  return TRUE;
}

static const KommuneListDef *
validator_list (const KommuneValidator *v,
                const char             *name)
{
  for (guint i = 0; i < v->lists->len; i++)
    if (g_str_equal (((KommuneListDef *) v->lists->pdata[i])->name, name))
      return v->lists->pdata[i];
  return NULL;
}

/* A code list a rule of @v names must exist, and codes compared exactly
 * must fit the field. */
static gboolean
check_test_source (KommuneControlData     *data,
                   const KommuneValidator *v,
                   const KommuneCodeTest  *test,
                   const char             *where,
                   GError                **error)
{
  GPtrArray *codes = test->source.codes;
  guint at, width;

  _kommune_field_location (test->field, &at, &width);
  if (test->source.ref != NULL)
    {
      if (validator_list (v, test->source.ref) != NULL)
        return TRUE;
      if ((codes = g_hash_table_lookup (data->lists, test->source.ref)) == NULL)
        return _kommune_control_fail (error, where, "the validator “%s” has no list “%s”, nor has lists.tsv",
                                      v->name, test->source.ref);
    }
  for (guint i = 0; !test->trimmed && i < codes->len; i++)
    if (strlen (codes->pdata[i]) > width)
      return _kommune_control_fail (error, where, "the code “%s” is wider than its field",
                                    (const char *) codes->pdata[i]);
  return TRUE;
}

static gboolean
check_predicate (KommuneControlData     *data,
                 const KommuneValidator *v,
                 const KommunePredicate *p,
                 const char             *where,
                 GError                **error)
{
  for (guint i = 0; p->codes != NULL && i < p->codes->len; i++)
    if (!check_test_source (data, v, &g_array_index (p->codes, KommuneCodeTest, i), where, error))
      return FALSE;
  return TRUE;
}

static gboolean
check_message_lists (KommuneControlData     *data,
                     const KommuneValidator *v,
                     const char             *message,
                     const char             *where,
                     GError                **error)
{
  for (const char *p = strstr (message, "{list:"); p != NULL; p = strstr (p + 1, "{list:"))
    {
      g_autofree char *name = g_strndup (p + 6, (gsize) (strchr (p, '}') - p - 6));

      if (validator_list (v, name) == NULL && !g_hash_table_contains (data->lists, name))
        return _kommune_control_fail (error, where, "the message names the list “%s”, which is nowhere", name);
    }
  return TRUE;
}

static gboolean
check_rule (KommuneControlData     *data,
            const KommuneValidator *v,
            const KommuneRule      *rule,
            GError                **error)
{
  g_autofree char *where = g_strdup_printf ("rule “%s” in validator “%s”", rule->key, v->name);

  if (rule->kind == KOMMUNE_RULE_CODE_IN_LIST &&
      !check_test_source (data, v, &rule->list, where, error))
    return FALSE;
  if (!check_predicate (data, v, &rule->records, where, error) ||
      !check_predicate (data, v, &rule->left, where, error) ||
      !check_predicate (data, v, &rule->right, where, error) ||
      !check_predicate (data, v, &rule->subset, where, error) ||
      !check_predicate (data, v, &rule->a, where, error) ||
      !check_predicate (data, v, &rule->b, where, error))
    return FALSE;
  if (rule->message != NULL && !check_message_lists (data, v, rule->message, where, error))
    return FALSE;
  for (guint i = 0; rule->messages != NULL && i < rule->messages->len; i++)
    {
      const KommuneConditionalMessage *m = &g_array_index (rule->messages, KommuneConditionalMessage, i);

      if (!check_predicate (data, v, &m->when, where, error) ||
          !check_message_lists (data, v, m->message, where, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
parse_rule_keys (KommuneControlData *data,
                 KommuneValidator   *v,
                 JsonNode           *node,
                 GPtrArray          *out,
                 gboolean            pre,
                 GHashTable         *used,
                 const char         *where,
                 GError            **error)
{
  g_autoptr(GPtrArray) keys = _kommune_control_as_strings (node, where, error);

  if (keys == NULL)
    return FALSE;
  for (guint i = 0; i < keys->len; i++)
    {
      KommuneRule *rule = g_hash_table_lookup (data->rules, keys->pdata[i]);

      if (rule == NULL)
        return _kommune_control_fail (error, where, "no rule “%s”", (const char *) keys->pdata[i]);
      if (pre != (rule->kind == KOMMUNE_RULE_RECORD_LENGTH))
        return _kommune_control_fail (error, where, "the rule “%s” runs %s", rule->key,
                                      pre ? "on records, not lines" : "on lines, not records");
      for (guint j = 0; j < out->len; j++)
        if (out->pdata[j] == rule)
          return _kommune_control_fail (error, where, "the rule “%s” is there twice", rule->key);
      if (!check_rule (data, v, rule, error))
        return FALSE;
      g_hash_table_add (used, rule->key);
      g_ptr_array_add (out, rule);
    }
  return TRUE;
}

static gboolean
parse_validators (KommuneControlData *data,
                  JsonObject         *table,
                  GHashTable         *used,
                  GError            **error)
{
  static const char * const allowed[] = { "pre", "rules", "lists", NULL };
  g_autoptr(GList) names = json_object_get_members (table);

  for (GList *l = names; l != NULL; l = l->next)
    {
      g_autofree char *where = g_strdup_printf ("validator “%s”", (const char *) l->data);
      JsonObject *o = _kommune_control_as_object (json_object_get_member (table, l->data), where, error);
      KommuneValidator *v;
      JsonObject *lists;
      g_autoptr(GList) list_names = NULL;

      if (o == NULL || !_kommune_control_check_members (o, where, allowed, allowed, error))
        return FALSE;
      v = g_new0 (KommuneValidator, 1);
      v->name = g_strdup (l->data);
      v->pre = g_ptr_array_new ();
      v->rules = g_ptr_array_new ();
      v->lists = g_ptr_array_new_with_free_func ((GDestroyNotify) list_def_free);
      g_hash_table_insert (data->validators, v->name, v);
      if ((lists = _kommune_control_as_object (json_object_get_member (o, "lists"), where, error)) == NULL)
        return FALSE;
      list_names = json_object_get_members (lists);
      for (GList *n = list_names; n != NULL; n = n->next)
        {
          g_autofree char *list_where = g_strdup_printf ("%s, list “%s”", where, (const char *) n->data);
          JsonObject *def_object = _kommune_control_as_object (json_object_get_member (lists, n->data), list_where, error);
          KommuneListDef *def;

          if (def_object == NULL)
            return FALSE;
          def = g_new0 (KommuneListDef, 1);
          def->name = g_strdup (n->data);
          g_ptr_array_add (v->lists, def);
          if (!parse_list_def (def, def_object, list_where, error))
            return FALSE;
          for (guint i = 0; def->parts != NULL && i < def->parts->len; i++)
            {
              KommuneListPart *part = &g_array_index (def->parts, KommuneListPart, i);

              if (!check_named (data, &part->codes, list_where, error) ||
                  !check_named (data, &part->when.region, list_where, error) ||
                  !check_named (data, &part->when.orgnr, list_where, error) ||
                  !check_named (data, &part->when.orgnr_not, list_where, error))
                return FALSE;
            }
        }
      if (!parse_rule_keys (data, v, json_object_get_member (o, "pre"), v->pre, TRUE, used, where, error) ||
          !parse_rule_keys (data, v, json_object_get_member (o, "rules"), v->rules, FALSE, used, where, error))
        return FALSE;
    }
  return TRUE;
}

KommuneControlData *
_kommune_control_data_parse (GBytes  *lists_tsv,
                             GBytes  *controls_json,
                             GError **error)
{
  static const char * const allowed[] = {
    "format", "year", "source", "skjema", "not_implemented", "validators", "rules", NULL
  };
  g_autoptr(KommuneControlData) data = g_new0 (KommuneControlData, 1);
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GHashTable) used = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) not_implemented = NULL;
  JsonObject *root;
  JsonArray *rules;
  GHashTableIter iter;
  gpointer value;
  gint64 format, year;
  gsize size;
  const char *text;

  data->lists = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  data->skjema = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) skjema_free);
  data->validators = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) validator_free);
  data->rules = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) _kommune_control_rule_free);

  if (!parse_lists (data, lists_tsv, error))
    return NULL;
  text = g_bytes_get_data (controls_json, &size);
  if (!json_parser_load_from_data (parser, text, (gssize) size, error))
    {
      g_prefix_error (error, "KOSTRA control data: controls.json: ");
      return NULL;
    }
  if ((root = _kommune_control_as_object (json_parser_get_root (parser), "controls.json", error)) == NULL ||
      !_kommune_control_check_members (root, "controls.json", allowed, allowed, error))
    return NULL;
  if (!_kommune_control_as_int (json_object_get_member (root, "format"), "controls.json", &format, error) ||
      !_kommune_control_as_int (json_object_get_member (root, "year"), "controls.json", &year, error) ||
      _kommune_control_as_string (json_object_get_member (root, "source"), "controls.json", error) == NULL)
    return NULL;
  if (format != 1)
    return _kommune_control_fail (error, "controls.json", "format %" G_GINT64_FORMAT " is not format 1", format), NULL;
  if (year < 1900 || year > 9999)
    return _kommune_control_fail (error, "controls.json", "the year %" G_GINT64_FORMAT, year), NULL;
  data->year = (int) year;

  if ((rules = _kommune_control_as_array (json_object_get_member (root, "rules"), "controls.json", error)) == NULL)
    return NULL;
  for (guint i = 0; i < json_array_get_length (rules); i++)
    {
      KommuneRule *rule = _kommune_control_rule_parse (json_array_get_element (rules, i), i, error);

      if (rule == NULL)
        return NULL;
      if (g_hash_table_contains (data->rules, rule->key))
        {
          _kommune_control_fail (error, "controls.json", "two rules are “%s”", rule->key);
          _kommune_control_rule_free (rule);
          return NULL;
        }
      g_hash_table_insert (data->rules, rule->key, rule);
    }

  {
    JsonObject *skjema = _kommune_control_as_object (json_object_get_member (root, "skjema"), "controls.json", error);
    JsonObject *validators = skjema ? _kommune_control_as_object (json_object_get_member (root, "validators"), "controls.json", error) : NULL;

    if (validators == NULL || !parse_skjema (data, skjema, error) ||
        !parse_validators (data, validators, used, error))
      return NULL;
  }
  if ((not_implemented = _kommune_control_as_strings (json_object_get_member (root, "not_implemented"),
                                                      "controls.json", error)) == NULL)
    return NULL;

  g_hash_table_iter_init (&iter, data->skjema);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      KommuneSkjema *s = value;

      if (s->validator != NULL && !g_hash_table_contains (data->validators, s->validator) &&
          !g_ptr_array_find_with_equal_func (not_implemented, s->validator, g_str_equal, NULL))
        return _kommune_control_fail (error, "controls.json", "skjema “%s” names the validator “%s”, which is nowhere",
                                      s->code, s->validator), NULL;
    }
  g_hash_table_iter_init (&iter, data->rules);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (!g_hash_table_contains (used, ((KommuneRule *) value)->key))
      return _kommune_control_fail (error, "controls.json", "the rule “%s” is in no validator",
                                    ((KommuneRule *) value)->key), NULL;
  return g_steal_pointer (&data);
}

static int
compare_years (gconstpointer a,
               gconstpointer b)
{
  return *(const int *) a - *(const int *) b;
}

GArray *
_kommune_control_data_years (void)
{
  GArray *years = g_array_new (FALSE, FALSE, sizeof (int));
  g_auto(GStrv) children = g_resource_enumerate_children (kostra_resource (), RESOURCE_ROOT,
                                                          G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);

  for (guint i = 0; children != NULL && children[i] != NULL; i++)
    {
      char *end;
      long year = strtol (children[i], &end, 10);

      if (end != children[i] && g_str_equal (end, "/"))
        {
          int y = (int) year;

          g_array_append_val (years, y);
        }
    }
  g_array_sort (years, compare_years);
  return years;
}

G_LOCK_DEFINE_STATIC (cache);
static GHashTable *cache;

const KommuneControlData *
_kommune_control_data_for_year (const char *year,
                                GError    **error)
{
  g_autoptr(GArray) years = _kommune_control_data_years ();
  KommuneControlData *data;
  char *end = NULL;
  long wanted = year != NULL ? strtol (year, &end, 10) : 0;
  gboolean numeric = year != NULL && year[0] != '\0' && end != NULL && *end == '\0';
  int chosen;

  if (years->len == 0)
    {
      g_set_error_literal (error, KOMMUNE_ERROR, KOMMUNE_ERROR_MISSING_DATA,
                           "No KOSTRA control data is compiled in");
      return NULL;
    }
  chosen = g_array_index (years, int, numeric ? 0 : years->len - 1);
  for (guint i = 0; numeric && i < years->len; i++)
    if (g_array_index (years, int, i) <= wanted)
      chosen = g_array_index (years, int, i);

  G_LOCK (cache);
  if (cache == NULL)
    cache = g_hash_table_new (g_direct_hash, g_direct_equal);
  data = g_hash_table_lookup (cache, GINT_TO_POINTER (chosen));
  if (data == NULL)
    {
      g_autofree char *lists_path = g_strdup_printf (RESOURCE_ROOT "/%d/lists.tsv", chosen);
      g_autofree char *controls_path = g_strdup_printf (RESOURCE_ROOT "/%d/controls.json", chosen);
      g_autoptr(GBytes) lists = g_resource_lookup_data (kostra_resource (), lists_path,
                                                        G_RESOURCE_LOOKUP_FLAGS_NONE, error);
      g_autoptr(GBytes) controls = lists ? g_resource_lookup_data (kostra_resource (), controls_path,
                                                                   G_RESOURCE_LOOKUP_FLAGS_NONE, error) : NULL;

      if (controls != NULL)
        data = _kommune_control_data_parse (lists, controls, error);
      if (data != NULL && data->year != chosen)
        {
          g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_DOCUMENT,
                       "KOSTRA control data: the folder %d holds the data of %d", chosen, data->year);
          g_clear_pointer (&data, _kommune_control_data_free);
        }
      if (data != NULL)
        g_hash_table_insert (cache, GINT_TO_POINTER (chosen), data);
    }
  G_UNLOCK (cache);
  return data;
}
