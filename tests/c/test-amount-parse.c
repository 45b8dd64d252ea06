/* test-amount-parse.c: data-driven test of kommune_amount_parse()
 *
 * Usage: test-amount-parse --accept|--reject LIST
 *
 * An accept list has “text<TAB>øre” lines, a reject list
 * “text<TAB>error code nick<TAB>exact message” lines; lines starting
 * with # are comments. Every line becomes a subtest. An accepted amount
 * must also format and read back to itself.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <libkommune.h>

typedef struct
{
  char    *text;
  gint64   expected;
  gint     code;
  char    *message;
  gboolean accept;
} ParseCase;

static void
parse_case_free (gpointer data)
{
  ParseCase *c = data;

  g_free (c->text);
  g_free (c->message);
  g_free (c);
}

static void
run_case (gconstpointer data)
{
  const ParseCase *c = data;
  g_autoptr(GError) error = NULL;
  gint64 oere = kommune_amount_parse (c->text, &error);

  if (c->accept)
    {
      g_autofree char *formatted = NULL;

      g_assert_no_error (error);
      g_assert_cmpint (oere, ==, c->expected);

      formatted = kommune_amount_format (oere, KOMMUNE_AMOUNT_SCALE_KRONER, 2);
      g_assert_cmpint (kommune_amount_parse (formatted, &error), ==, oere);
      g_assert_no_error (error);
    }
  else
    {
      g_assert_error (error, KOMMUNE_ERROR, c->code);
      g_assert_cmpint (oere, ==, 0);
      g_assert_cmpstr (error->message, ==, c->message);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) cases = g_ptr_array_new_with_free_func (parse_case_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GEnumClass) codes = g_type_class_ref (KOMMUNE_TYPE_ERROR);
  gboolean accept;
  gsize len;

  g_test_init (&argc, &argv, NULL);

  if (argc != 3 || (!g_str_equal (argv[1], "--accept") && !g_str_equal (argv[1], "--reject")))
    {
      g_printerr ("usage: %s --accept|--reject LIST\n", argv[0]);
      return 2;
    }
  accept = g_str_equal (argv[1], "--accept");

  if (!g_file_get_contents (argv[2], &contents, &len, &error))
    g_error ("%s", error->message);
  /* One trailing newline ends the last line; it does not start an empty one. */
  if (len > 0 && contents[len - 1] == '\n')
    contents[len - 1] = '\0';
  lines = g_strsplit (contents, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      ParseCase *c;
      g_autofree char *path = NULL;

      if (lines[i][0] == '#')
        continue;

      c = g_new0 (ParseCase, 1);
      c->accept = accept;
      if (accept)
        {
          char *tab = strrchr (lines[i], '\t');
          char *end = NULL;

          if (tab == NULL)
            g_error ("%s:%u: no tab between text and øre", argv[2], i + 1);
          *tab = '\0';
          c->expected = g_ascii_strtoll (tab + 1, &end, 10);
          if (*end != '\0')
            g_error ("%s:%u: “%s” is not a number of øre", argv[2], i + 1, tab + 1);
        }
      else
        {
          char *tab = strchr (lines[i], '\t');
          char *tab2 = tab != NULL ? strchr (tab + 1, '\t') : NULL;
          GEnumValue *code;

          if (tab2 == NULL)
            g_error ("%s:%u: not text<TAB>code<TAB>message", argv[2], i + 1);
          *tab = '\0';
          *tab2 = '\0';
          code = g_enum_get_value_by_nick (codes, tab + 1);
          if (code == NULL)
            g_error ("%s:%u: “%s” is not an error code", argv[2], i + 1, tab + 1);
          c->code = code->value;
          c->message = g_strdup (tab2 + 1);
        }
      c->text = g_strdup (lines[i]);
      g_ptr_array_add (cases, c);

      path = g_strdup_printf ("/Kommune/Amount/parse-%s/line-%u",
                              accept ? "accept" : "reject", i + 1);
      g_test_add_data_func (path, c, run_case);
    }

  return g_test_run ();
}
