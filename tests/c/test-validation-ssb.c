/* test-validation-ssb.c: SSB's own per-rule cases, run through the controls
 *
 * Usage: test-validation-ssb CASES.json
 *
 * tests/data/kostra/ssb-rule-cases.json holds the cases of SSB's per-rule
 * unit tests with what SSB's whole validator reports for each (full_run).
 * Every case that a full run can reproduce (not isolated_only, full_run
 * runs) is validated here and the entries of its rule are compared with
 * SSB's: severity, exact message and line numbers, in order. Cases known
 * to differ are listed below with the reason; they are reported as TODO
 * while they fail and fail the test once they pass, so the list stays true.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <string.h>

#include <json-glib/json-glib.h>
#include <libkommune.h>

#include "core/kommune-enum-private.h"
#include "kostra/kommune-validation-private.h"

static const struct
{
  const char *id;
  const char *reason;
} known_failures[] = {
  { NULL, NULL },
};

static guint n_run, n_passed;

static const char *
known_failure (const char *id)
{
  for (guint i = 0; known_failures[i].id != NULL; i++)
    if (g_str_equal (known_failures[i].id, id))
      return known_failures[i].reason;
  return NULL;
}

/* The entries of the case's rule, as text, one a line. */
static char *
describe_ours (KommuneValidationReport *report,
               const char              *rule_name)
{
  GListModel *entries = kommune_validation_report_get_entries (report);
  const char * const *nicks = _kommune_enum_nicks (KOMMUNE_TYPE_SEVERITY);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(KommuneValidationEntry) entry = g_list_model_get_item (entries, i);
      g_autofree char *severity = NULL;
      const guint *lines;
      guint n_lines;

      if (!g_str_equal (kommune_validation_entry_get_rule_name (entry), rule_name))
        continue;
      severity = g_ascii_strup (nicks[kommune_validation_entry_get_severity (entry)], -1);
      g_string_append_printf (out, "%s|%s|", severity, kommune_validation_entry_get_message (entry));
      lines = kommune_validation_entry_get_line_numbers (entry, &n_lines);
      for (guint l = 0; l < n_lines; l++)
        g_string_append_printf (out, "%s%u", l > 0 ? "," : "", lines[l]);
      g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}

static char *
describe_theirs (JsonArray *entries)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; entries != NULL && i < json_array_get_length (entries); i++)
    {
      JsonObject *e = json_array_get_object_element (entries, i);
      JsonArray *lines = json_object_get_array_member (e, "lines");

      g_string_append_printf (out, "%s|%s|", json_object_get_string_member (e, "severity"),
                              json_object_get_string_member (e, "message"));
      for (guint l = 0; l < json_array_get_length (lines); l++)
        g_string_append_printf (out, "%s%" G_GINT64_FORMAT, l > 0 ? "," : "", json_array_get_int_element (lines, l));
      g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}

static void
run_case (gconstpointer data)
{
  JsonObject *c = (JsonObject *) data;
  JsonObject *args = json_object_get_object_member (c, "args");
  JsonArray *records = json_object_get_array_member (c, "records");
  JsonObject *full_run = json_object_get_object_member (c, "full_run");
  JsonNode *theirs_node = json_object_get_member (full_run, "entries");
  const char *id = json_object_get_string_member (c, "id");
  const char *reason = known_failure (id);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(KommuneAccountsLines) lines = NULL;
  g_autoptr(KommuneValidationReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *ours = NULL;
  g_autofree char *theirs = NULL;
  const char *orgnr = json_object_get_null_member (args, "orgnr") ? NULL
                      : json_object_get_string_member (args, "orgnr");

  for (guint i = 0; i < json_array_get_length (records); i++)
    g_string_append_printf (text, "%s\n", json_array_get_string_element (records, i));
  bytes = g_bytes_new (text->str, text->len);
  lines = _kommune_accounts_lines_new (bytes, id, &error);
  g_assert_no_error (error);
  report = _kommune_kostra_validate_lines (lines,
                                           json_object_get_string_member (args, "skjema"),
                                           json_object_get_string_member (args, "year"),
                                           (guint) json_object_get_int_member (args, "quarter"),
                                           json_object_get_string_member (args, "region"),
                                           orgnr, &error);
  g_assert_no_error (error);
  ours = describe_ours (report, json_object_get_string_member (c, "rule_name"));
  theirs = describe_theirs (JSON_NODE_HOLDS_ARRAY (theirs_node) ? json_node_get_array (theirs_node) : NULL);
  n_run++;
  if (g_str_equal (ours, theirs))
    {
      n_passed++;
      if (reason != NULL)
        g_test_fail_printf ("%s is listed as a known failure (%s) but passes", id, reason);
      return;
    }
  if (reason != NULL)
    {
      g_test_incomplete_printf ("known failure: %s", reason);
      return;
    }
  g_test_message ("ours:\n%s\nSSB's:\n%s", ours, theirs);
  g_assert_cmpstr (ours, ==, theirs);
}

static void
report_count (void)
{
  g_test_message ("%u of %u SSB full-run cases reproduce SSB's entries exactly", n_passed, n_run);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *cases;

  g_test_init (&argc, &argv, NULL);
  if (argc != 2)
    {
      g_printerr ("usage: %s CASES.json\n", argv[0]);
      return 2;
    }
  if (!json_parser_load_from_file (parser, argv[1], &error))
    g_error ("%s: %s", argv[1], error->message);
  cases = json_node_get_array (json_parser_get_root (parser));
  for (guint i = 0; i < json_array_get_length (cases); i++)
    {
      JsonObject *c = json_array_get_object_element (cases, i);
      JsonObject *full_run = json_object_get_object_member (c, "full_run");
      g_autofree char *path = NULL;

      if (json_object_get_boolean_member_with_default (c, "isolated_only", FALSE) ||
          !json_object_get_boolean_member (full_run, "runs"))
        continue;
      path = g_strdup_printf ("/Kommune/Validation/ssb/%s", json_object_get_string_member (c, "id"));
      g_test_add_data_func (path, c, run_case);
    }
  g_test_add_func ("/Kommune/Validation/ssb/~count", report_count);
  return g_test_run ();
}
