/* test-json-scan.c: the strict JSON scanner that runs before json-glib
 *
 * Every refused text is checked against its whole error message, so a
 * changed line, column, path or reason fails the test.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <libkommune.h>

#include "document/kommune-json-scan-private.h"

typedef struct
{
  const char *test;
  const char *text;
  const char *message;   /* NULL: accepted */
} ScanCase;

static const ScanCase scan_cases[] = {
  /* Numbers */
  { "int-max", "[9223372036854775807]", NULL },
  { "int-min", "[-9223372036854775808]", NULL },
  { "int-max-plus-one", "[9223372036854775808]",
    "t.json: line 1, column 2: $[0]: the integer “9223372036854775808” is outside -9223372036854775808–9223372036854775807" },
  { "int-min-minus-one", "[-9223372036854775809]",
    "t.json: line 1, column 2: $[0]: the integer “-9223372036854775809” is outside -9223372036854775808–9223372036854775807" },
  { "int-20-digits", "{\"amount\" : 100000000000000000000}",
    "t.json: line 1, column 13: $.amount: the integer “10000000000000000000…” is outside -9223372036854775808–9223372036854775807" },
  { "zero", "[0, -0, 10, -10]", NULL },
  { "exponents", "[1e5, 1E5, 1e+5, 1e-5, 2.5E-3, -0.0, 1.7976931348623157e308, 1e-400]", NULL },
  { "float-infinite", "[1e400]",
    "t.json: line 1, column 2: $[0]: the number “1e400” is too large for a double" },
  { "float-minus-infinite", "[-1.5e309]",
    "t.json: line 1, column 2: $[0]: the number “-1.5e309” is too large for a double" },
  { "leading-zero", "[0100]",
    "t.json: line 1, column 2: $[0]: not valid JSON: “0100” is not a number: leading zeros are not allowed" },
  { "leading-zero-negative", "[-010]",
    "t.json: line 1, column 2: $[0]: not valid JSON: “-010” is not a number: leading zeros are not allowed" },
  { "leading-zero-012", "[012]",
    "t.json: line 1, column 2: $[0]: not valid JSON: “012” is not a number: leading zeros are not allowed" },
  { "hex", "[0x10]",
    "t.json: line 1, column 2: $[0]: not valid JSON: “0x10” is not a number: hexadecimal numbers are not allowed" },
  { "minus-space", "[- 1]",
    "t.json: line 1, column 2: $[0]: not valid JSON: “-” is not a number: a digit must follow the minus sign" },
  { "minus-infinity", "[-Infinity]",
    "t.json: line 1, column 2: $[0]: not valid JSON: “-Infinity” is not a number: a digit must follow the minus sign" },
  { "plus", "[+1]",
    "t.json: line 1, column 2: $[0]: not valid JSON: “+1” is not a number: a number must not start with “+”" },
  { "no-integer-part", "[.5]",
    "t.json: line 1, column 2: $[0]: not valid JSON: “.5” is not a number: a digit must come before the decimal point" },
  { "no-fraction-digits", "[1.]",
    "t.json: line 1, column 2: $[0]: not valid JSON: “1.” is not a number: a digit must follow the decimal point" },
  { "no-exponent-digits", "[1e+]",
    "t.json: line 1, column 2: $[0]: not valid JSON: “1e+” is not a number: the exponent needs a digit" },
  { "two-points", "[1.5.3]",
    "t.json: line 1, column 2: $[0]: not valid JSON: “1.5.3” is not a number: “.” cannot come after “1.5”" },
  { "letters-after-digits", "[12abc]",
    "t.json: line 1, column 2: $[0]: not valid JSON: “12abc” is not a number: “a” cannot come after “12”" },

  /* Words */
  { "literals", "[true, false, null]", NULL },
  { "capital-true", "[True]",
    "t.json: line 1, column 2: $[0]: not valid JSON: “True” is not a value (the only words JSON has are true, false and null)" },
  { "nan", "{\"x\": NaN}",
    "t.json: line 1, column 7: $.x: not valid JSON: “NaN” is not a value (the only words JSON has are true, false and null)" },
  { "long-word", "[abcdefghijklmnopqrstuvwxyz]",
    "t.json: line 1, column 2: $[0]: not valid JSON: “abcdefghijklmnopqrst…” is not a value (the only words JSON has are true, false and null)" },

  /* Strings */
  { "escapes", "[\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e5 \\ud83d\\ude00\"]", NULL },
  { "nul-escape", "[\"ab\\u0000cd\"]",
    "t.json: line 1, column 5: $[0]: “\\u0000” (the nul character) is not allowed in a string" },
  { "lone-high-surrogate", "[\"\\uD800\"]",
    "t.json: line 1, column 3: $[0]: “\\uD800” is a high surrogate without a low surrogate after it" },
  { "high-surrogate-then-letter", "[\"\\uD800\\u0041\"]",
    "t.json: line 1, column 3: $[0]: “\\uD800” is a high surrogate without a low surrogate after it" },
  { "two-high-surrogates", "[\"\\ud800\\ud800\"]",
    "t.json: line 1, column 3: $[0]: “\\ud800” is a high surrogate without a low surrogate after it" },
  { "lone-low-surrogate", "[\"x\\uDC00\"]",
    "t.json: line 1, column 4: $[0]: “\\uDC00” is a low surrogate without a high surrogate before it" },
  { "short-unicode-escape", "[\"\\u12G4\"]",
    "t.json: line 1, column 3: $[0]: not valid JSON: “\\u12G4” is not an escape: \\u takes four hexadecimal digits" },
  { "unknown-escape", "[\"\\x41\"]",
    "t.json: line 1, column 3: $[0]: not valid JSON: “\\x” is not an escape (JSON has \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX)" },
  { "raw-tab", "[\"a\tb\"]",
    "t.json: line 1, column 4: $[0]: not valid JSON: the control character U+0009 must be escaped in a string" },
  { "raw-newline", "{\"a\": \"x\ny\"}",
    "t.json: line 1, column 9: $.a: not valid JSON: the control character U+000A must be escaped in a string" },
  { "unterminated-string", "[\"abc",
    "t.json: line 1, column 2: $[0]: not valid JSON: the string does not end before the end of the text" },
  { "single-quotes", "{'a': 1}",
    "t.json: line 1, column 2: $: not valid JSON: strings take double quotes, not single quotes" },
  { "single-quoted-value", "{\"a\": 'x'}",
    "t.json: line 1, column 7: $.a: not valid JSON: strings take double quotes, not single quotes" },

  /* UTF-8 */
  { "utf8", "[\"Kragerø – 😀\"]", NULL },
  { "invalid-utf8", "[\"Krager\xf8\"]",
    "t.json: line 1, column 9: $[0]: not valid JSON: invalid UTF-8 byte 0xF8" },
  { "overlong-utf8", "[\"\xc0\xaf\"]",
    "t.json: line 1, column 3: $[0]: not valid JSON: invalid UTF-8 byte 0xC0" },
  { "encoded-surrogate", "[\"\xed\xa0\x80\"]",
    "t.json: line 1, column 3: $[0]: not valid JSON: invalid UTF-8 byte 0xED" },
  { "beyond-unicode", "[\"\xf4\x90\x80\x80\"]",
    "t.json: line 1, column 3: $[0]: not valid JSON: invalid UTF-8 byte 0xF4" },
  { "cut-utf8", "[\"\xc3",
    "t.json: line 1, column 3: $[0]: not valid JSON: invalid UTF-8 byte 0xC3" },
  { "invalid-utf8-outside-string", "[1, \xff]",
    "t.json: line 1, column 5: $[1]: not valid JSON: invalid UTF-8 byte 0xFF" },
  { "letter-outside-string", "[\xc3\xa9]",
    "t.json: line 1, column 2: $[0]: not valid JSON: expected a value, found “é”" },
  { "columns-count-characters", "{\"å\": \"ø\", \"b\": 0x1}",
    "t.json: line 1, column 17: $.b: not valid JSON: “0x1” is not a number: hexadecimal numbers are not allowed" },
  { "bom", "\xef\xbb\xbf{\"a\": 1}", NULL },
  { "bom-columns", "\xef\xbb\xbf[01]",
    "t.json: line 1, column 2: $[0]: not valid JSON: “01” is not a number: leading zeros are not allowed" },
  { "bom-twice", "\xef\xbb\xbf\xef\xbb\xbf[1]",
    "t.json: line 1, column 1: $: not valid JSON: expected a value, found the character U+FEFF" },

  /* Objects */
  { "duplicate-member", "{\n  \"a\" : 1,\n  \"a\" : 2\n}",
    "t.json: line 3, column 3: $.a: duplicate member name (first given at line 2, column 3)" },
  { "duplicate-member-escaped", "{\"ab\": 1, \"\\u0061b\": 2}",
    "t.json: line 1, column 11: $.ab: duplicate member name (first given at line 1, column 2)" },
  { "duplicate-member-after-bom", "\xef\xbb\xbf{\"a\": 1, \"a\": 2}",
    "t.json: line 1, column 10: $.a: duplicate member name (first given at line 1, column 2)" },
  { "duplicate-member-crlf", "{\r\n\"a\":1,\r\n\"a\":2}",
    "t.json: line 3, column 1: $.a: duplicate member name (first given at line 2, column 1)" },
  { "same-member-in-two-objects", "[{\"a\": 1, \"b\": {\"a\": 2}}, {\"a\": 3}]", NULL },
  { "empty-member-name", "{\"\": 1}", NULL },
  { "duplicate-empty-member-name", "{\"\": 1, \"\": 2}",
    "t.json: line 1, column 9: $[\"\"]: duplicate member name (first given at line 1, column 2)" },
  { "odd-member-name", "{\"a \\\"b\\\"\": {\"c.d\": [0, 01]}}",
    "t.json: line 1, column 25: $[\"a \\\"b\\\"\"][\"c.d\"][1]: not valid JSON: “01” is not a number: leading zeros are not allowed" },
  { "long-member-name", "{\"abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz\": +1}",
    "t.json: line 1, column 58: $.abcdefghijklmnopqrstuvwxyzabcdefghijklmn…: not valid JSON: “+1” is not a number: a number must not start with “+”" },
  { "unquoted-member-name", "{a: 1}",
    "t.json: line 1, column 2: $: not valid JSON: expected a member name in double quotes, found “a”" },
  { "missing-colon", "{\"a\" 1}",
    "t.json: line 1, column 6: $.a: not valid JSON: expected “:”, found “1”" },
  { "missing-comma-object", "{\"a\": 1 \"b\": 2}",
    "t.json: line 1, column 9: $: not valid JSON: expected “,” or “}”, found “\"”" },
  { "trailing-comma-object", "{\"a\": 1,}",
    "t.json: line 1, column 9: $: not valid JSON: a comma must not come before “}”" },

  /* Arrays */
  { "empty-containers", "[[], {}, [[]], {\"a\": {}}]", NULL },
  { "missing-comma-array", "[1\n 2]",
    "t.json: line 2, column 2: $: not valid JSON: expected “,” or “]”, found “2”" },
  { "trailing-comma-array", "[1, 2,]",
    "t.json: line 1, column 7: $: not valid JSON: a comma must not come before “]”" },
  { "leading-comma-array", "[,1]",
    "t.json: line 1, column 2: $[0]: not valid JSON: expected a value, found “,”" },
  { "deep-path", "{\"plan\": {\"frames\": [{\"amount\": 1}, {\"amount\": 0x10}]}}",
    "t.json: line 1, column 48: $.plan.frames[1].amount: not valid JSON: “0x10” is not a number: hexadecimal numbers are not allowed" },

  /* The text as a whole */
  { "scalar", "42", NULL },
  { "whitespace", " \t\r\n[ 1 ,\r\n 2 ]\n\n", NULL },
  { "content-after", "{\"a\": 1} {\"b\": 2}",
    "t.json: line 1, column 10: $: not valid JSON: text after the end of the document: “{\"b\": 2}”" },
  { "long-content-after", "[1]\n\n  abcdefghijklmnopqrstuvwxyz\nmore",
    "t.json: line 3, column 3: $: not valid JSON: text after the end of the document: “abcdefghijklmnopqrst…”" },
  { "two-scalars", "1 2",
    "t.json: line 1, column 3: $: not valid JSON: text after the end of the document: “2”" },
  { "block-comment", "{\"a\": /* one */ 1}",
    "t.json: line 1, column 7: $.a: not valid JSON: comments are not allowed" },
  { "line-comment", "// the plan\n{}",
    "t.json: line 1, column 1: $: not valid JSON: comments are not allowed" },
  { "comment-after", "{}\n/* end */",
    "t.json: line 2, column 1: $: not valid JSON: comments are not allowed" },
  { "slash", "[/]",
    "t.json: line 1, column 2: $[0]: not valid JSON: expected a value, found “/”" },
  { "truncated-array", "[1, [2",
    "t.json: line 1, column 7: $[1]: not valid JSON: expected “,” or “]”, found the end of the text" },
  { "truncated-object", "{\"a\":",
    "t.json: line 1, column 6: $.a: not valid JSON: expected a value, found the end of the text" },
  { "control-outside-string", "[1,\x01]",
    "t.json: line 1, column 4: $[1]: not valid JSON: expected a value, found the control character U+0001" },
  { "form-feed-is-not-whitespace", "[1,\f2]",
    "t.json: line 1, column 4: $[1]: not valid JSON: expected a value, found the control character U+000C" },
  { "non-breaking-space", "[1,\xc2\xa0" "2]",
    "t.json: line 1, column 4: $[1]: not valid JSON: expected a value, found the character U+00A0" },
};

static void
test_case (gconstpointer data)
{
  const ScanCase *c = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = _kommune_json_parse_strict (c->text, -1, "t.json", &error);

  if (c->message == NULL)
    {
      g_assert_no_error (error);
      g_assert_nonnull (root);
    }
  else
    {
      g_assert_null (root);
      g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_DOCUMENT);
      g_assert_cmpstr (error->message, ==, c->message);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
    }
}

/* What is accepted is read exactly as written. */
static void
test_values (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = _kommune_json_parse_strict (
    "{\"max\": 9223372036854775807, \"min\": -9223372036854775808, \"zero\": -0,"
    " \"small\": 2.5e-3, \"big\": 1E300, \"text\": \"a\\u00e5\\ud83d\\ude00\\/\"}",
    -1, "values.json", &error);
  JsonObject *object;

  g_assert_no_error (error);
  object = json_node_get_object (root);
  g_assert_cmpint (json_object_get_int_member (object, "max"), ==, G_MAXINT64);
  g_assert_cmpint (json_object_get_int_member (object, "min"), ==, G_MININT64);
  g_assert_cmpint (json_object_get_int_member (object, "zero"), ==, 0);
  g_assert_cmpfloat (json_object_get_double_member (object, "small"), ==, 2.5e-3);
  g_assert_cmpfloat (json_object_get_double_member (object, "big"), ==, 1e300);
  g_assert_cmpstr (json_object_get_string_member (object, "text"), ==, "aå😀/");
}

static void
test_length (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = NULL;

  /* The length bounds the text: what follows it is not read. */
  root = _kommune_json_parse_strict ("[1]garbage", 3, "t.json", &error);
  g_assert_no_error (error);
  g_assert_nonnull (root);
  g_clear_pointer (&root, json_node_unref);

  /* A nul byte inside the length is refused, not an end. */
  root = _kommune_json_parse_strict ("[1]\0[2]", 7, "t.json", &error);
  g_assert_null (root);
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_DOCUMENT);
  g_assert_cmpstr (error->message, ==, "t.json: line 1, column 4: $: not valid JSON: text after the end of the document: the control character U+0000");
  g_clear_error (&error);

  root = _kommune_json_parse_strict ("[\"a\0\"]", 6, "t.json", &error);
  g_assert_null (root);
  g_assert_cmpstr (error->message, ==, "t.json: line 1, column 4: $[0]: not valid JSON: the control character U+0000 must be escaped in a string");
  g_clear_error (&error);
}

static void
test_empty (void)
{
  const char *empty[] = { "", " ", "\n\t\r\n", "\xef\xbb\xbf", "\xef\xbb\xbf \n" };

  for (guint i = 0; i < G_N_ELEMENTS (empty); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(JsonNode) root = _kommune_json_parse_strict (empty[i], -1, "empty.json", &error);

      g_assert_null (root);
      g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_DOCUMENT);
      g_assert_cmpstr (error->message, ==, "empty.json: the file is empty");

      /* The scan alone has nothing to refuse. */
      g_assert_true (_kommune_json_scan (empty[i], -1, "empty.json", NULL));
    }
}

static char *
repeat (const char *piece,
        guint       times)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < times; i++)
    g_string_append (out, piece);
  return g_string_free (out, FALSE);
}

/* The limit itself is accepted; one more level is refused where it
 * starts. */
static void
test_depth_limit (void)
{
  g_autofree char *open = repeat ("[", KOMMUNE_JSON_MAX_DEPTH);
  g_autofree char *close = repeat ("]", KOMMUNE_JSON_MAX_DEPTH);
  g_autofree char *deepest = g_strconcat (open, close, NULL);
  g_autofree char *deeper = g_strconcat ("[", open, close, "]", NULL);
  g_autofree char *indexes = repeat ("[0]", KOMMUNE_JSON_MAX_DEPTH);
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = NULL;

  g_assert_cmpint (KOMMUNE_JSON_MAX_DEPTH, ==, 128);

  root = _kommune_json_parse_strict (deepest, -1, "deep.json", &error);
  g_assert_no_error (error);
  g_assert_nonnull (root);

  g_assert_null (_kommune_json_parse_strict (deeper, -1, "deep.json", &error));
  expected = g_strdup_printf ("deep.json: line 1, column %u: $%s: arrays and objects nest deeper than 128 levels",
                              KOMMUNE_JSON_MAX_DEPTH + 1, indexes);
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_DOCUMENT);
  g_assert_cmpstr (error->message, ==, expected);
}

/* 80 000 nested arrays overflowed json-glib's recursion: now the scan
 * stops at the limit and json-glib never sees them. */
static void
test_deep_arrays (void)
{
  g_autofree char *text = repeat ("[", 80000);
  g_autofree char *indexes = repeat ("[0]", KOMMUNE_JSON_MAX_DEPTH);
  g_autofree char *expected = g_strdup_printf ("deep.json: line 1, column 129: $%s: arrays and objects nest deeper than 128 levels", indexes);
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneDocument) document = kommune_document_load_from_data (text, -1, "deep.json", &error);

  g_assert_null (document);
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_DOCUMENT);
  g_assert_cmpstr (error->message, ==, expected);
}

static void
test_deep_objects (void)
{
  g_autofree char *text = repeat ("{\"a\":", 80000);
  g_autofree char *members = repeat (".a", KOMMUNE_JSON_MAX_DEPTH);
  g_autofree char *expected = g_strdup_printf ("deep.json: line 1, column %u: $%s: arrays and objects nest deeper than 128 levels",
                                               5 * KOMMUNE_JSON_MAX_DEPTH + 1, members);
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneDocument) document = kommune_document_load_from_data (text, -1, "deep.json", &error);

  g_assert_null (document);
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_DOCUMENT);
  g_assert_cmpstr (error->message, ==, expected);
}

/* A long, flat text: every element and member is checked, and a
 * duplicate at the very end of a large object is still found. */
static void
test_large (void)
{
  GString *text = g_string_new ("{");
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = NULL;

  for (guint i = 0; i < 50000; i++)
    g_string_append_printf (text, "%s\"m%u\": [%u, {\"m%u\": \"v\"}]", i == 0 ? "" : ", ", i, i, i);
  g_string_append (text, "}");
  root = _kommune_json_parse_strict (text->str, text->len, "large.json", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (json_object_get_size (json_node_get_object (root)), ==, 50000);

  g_string_truncate (text, text->len - 1);
  g_string_append (text, ", \"m17\": 1}");
  g_assert_true (!_kommune_json_scan (text->str, text->len, "large.json", &error));
  g_assert_cmpstr (error->message, ==, "large.json: line 1, column 1766672: $.m17: duplicate member name (first given at line 1, column 431)");
  g_string_free (text, TRUE);
}

/* The loader uses the scan: its errors carry the file's name. */
static void
test_document_load (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_null (kommune_document_load_from_data ("{\"format_version\": 1, \"format_version\": 1}", -1, "twice.json", &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_DOCUMENT);
  g_assert_cmpstr (error->message, ==, "twice.json: line 1, column 23: $.format_version: duplicate member name (first given at line 1, column 2)");
  g_clear_error (&error);

  g_assert_null (kommune_document_load_from_data ("", 0, "empty.json", &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_DOCUMENT);
  g_assert_cmpstr (error->message, ==, "empty.json: the file is empty");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_set_nonfatal_assertions ();

  for (guint i = 0; i < G_N_ELEMENTS (scan_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/Kommune/JsonScan/%s/%s",
                                               scan_cases[i].message == NULL ? "accept" : "reject",
                                               scan_cases[i].test);

      g_test_add_data_func (path, &scan_cases[i], test_case);
    }
  g_test_add_func ("/Kommune/JsonScan/values", test_values);
  g_test_add_func ("/Kommune/JsonScan/length", test_length);
  g_test_add_func ("/Kommune/JsonScan/empty", test_empty);
  g_test_add_func ("/Kommune/JsonScan/depth-limit", test_depth_limit);
  g_test_add_func ("/Kommune/JsonScan/deep-arrays", test_deep_arrays);
  g_test_add_func ("/Kommune/JsonScan/deep-objects", test_deep_objects);
  g_test_add_func ("/Kommune/JsonScan/large", test_large);
  g_test_add_func ("/Kommune/JsonScan/document-load", test_document_load);

  return g_test_run ();
}
