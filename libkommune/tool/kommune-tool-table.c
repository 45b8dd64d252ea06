/* kommune-tool-table.c: a KommuneLedgerTable written out whole, as a
 * string, by `kommune kostra aggregate`: text in aligned columns with the
 * amounts in kroner as documents write them; JSON and CSV with exact
 * integers in øre, stable keys and nothing from the locale. Apart from
 * the command, which loads and waits, because this only formats. The
 * table is read through its bulk columns, not a row object per row.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "kommune-tool-table.h"

static const struct
{
  const char *name;
  const char *heading;
} headings[] = {
  { "year", NC_("kostra aggregate", "Year") },
  { "region", NC_("kostra aggregate", "Region") },
  { "account_class", NC_("kostra aggregate", "Class") },
  { "function", NC_("kostra aggregate", "Function") },
  { "art", NC_("kostra aggregate", "Art") },
};

static const char *
heading (const char *column)
{
  for (gsize i = 0; i < G_N_ELEMENTS (headings); i++)
    if (strcmp (headings[i].name, column) == 0)
      return g_dpgettext2 (GETTEXT_PACKAGE, "kostra aggregate", headings[i].heading);
  return column;
}

/* Pads @text with blanks to @width characters, on the left or the right. */
static void
append_cell (GString    *out,
             const char *text,
             glong       width,
             gboolean    right)
{
  glong pad = width - g_utf8_strlen (text, -1);

  if (right)
    for (glong i = 0; i < pad; i++)
      g_string_append_c (out, ' ');
  g_string_append (out, text);
  if (!right)
    for (glong i = 0; i < pad; i++)
      g_string_append_c (out, ' ');
}

/* The table's columns in bulk, as the formats read them. */
typedef struct
{
  guint n_rows;
  guint n_columns;
  const char * const *columns;
  const guint32 **ids;           /* per column: per row, into codes */
  const char * const **codes;    /* per column */
  const gint64 *amounts;
  const gint64 *expenses;        /* with SPLIT, else NULL */
  const gint64 *revenues;
  const guint8 *levels;
  GPtrArray *bytes;              /* owns what the pointers point into */
} Columns;

static const void *
keep (Columns *c,
      GBytes  *bytes)
{
  g_ptr_array_add (c->bytes, bytes);
  return g_bytes_get_data (bytes, NULL);
}

static void
columns_init (Columns            *c,
              KommuneLedgerTable *table)
{
  c->n_rows = kommune_ledger_table_get_n_rows (table);
  c->columns = kommune_ledger_table_get_columns (table);
  c->n_columns = g_strv_length ((char **) c->columns);
  c->bytes = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  c->ids = g_new0 (const guint32 *, c->n_columns + 1);
  c->codes = g_new0 (const char * const *, c->n_columns + 1);
  for (guint j = 0; j < c->n_columns; j++)
    {
      /* The columns are the table's own: these cannot fail. */
      c->ids[j] = keep (c, kommune_ledger_table_get_key_ids (table, c->columns[j], NULL));
      c->codes[j] = kommune_ledger_table_get_key_codes (table, c->columns[j], NULL);
    }
  c->amounts = keep (c, kommune_ledger_table_get_amounts (table));
  c->levels = keep (c, kommune_ledger_table_get_levels (table));
  if (kommune_ledger_table_is_split (table))
    {
      c->expenses = keep (c, kommune_ledger_table_get_expenses (table));
      c->revenues = keep (c, kommune_ledger_table_get_revenues (table));
    }
}

static void
columns_clear (Columns *c)
{
  g_free (c->ids);
  g_free (c->codes);
  g_ptr_array_unref (c->bytes);
}

/* The code of row @i in column @j, or NULL in a subtotal over it. */
static const char *
key_of (const Columns *c,
        guint          i,
        guint          j)
{
  guint32 id = c->ids[j][i];

  return id == G_MAXUINT32 ? NULL : c->codes[j][id];
}

static char *
kroner (gint64 oere)
{
  return kommune_amount_format (oere, KOMMUNE_AMOUNT_SCALE_KRONER, 0);
}

/* Aligned columns, amounts in kroner as documents write them; a subtotal
 * says "Total" in its first column without a key. Without --rollup the
 * last line is the total. */
static char *
format_text (const Columns *c,
             gboolean       rollup)
{
  guint n_cells = MAX (c->n_columns, 1) + (c->expenses != NULL ? 3 : 1);
  guint n_lines = c->n_rows + 1 + (rollup || c->n_columns == 0 ? 0 : 1);
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  g_autofree glong *widths = g_new0 (glong, n_cells);
  gint64 expenses = 0, revenues = 0;
  GString *out = g_string_new (NULL);

  /* The heading, every row and the total as strings first, for widths. */
  for (guint j = 0; j < MAX (c->n_columns, 1); j++)
    g_ptr_array_add (cells, g_strdup (c->n_columns == 0 ? "" : heading (c->columns[j])));
  if (c->expenses != NULL)
    {
      g_ptr_array_add (cells, g_strdup (C_("kostra aggregate", "Expenses (kr)")));
      g_ptr_array_add (cells, g_strdup (C_("kostra aggregate", "Revenues (kr)")));
    }
  g_ptr_array_add (cells, g_strdup (C_("kostra aggregate", "Amount (kr)")));

  for (guint i = 0; i < n_lines - 1; i++)
    {
      gboolean total_line = i == c->n_rows;
      gboolean labelled = FALSE;

      for (guint j = 0; j < MAX (c->n_columns, 1); j++)
        {
          const char *key = total_line || c->n_columns == 0 ? NULL : key_of (c, i, j);

          if (key == NULL && !labelled)
            {
              g_ptr_array_add (cells, g_strdup (C_("kostra aggregate", "Total")));
              labelled = TRUE;
            }
          else
            g_ptr_array_add (cells, g_strdup (key != NULL ? key : ""));
        }
      if (c->expenses != NULL)
        {
          g_ptr_array_add (cells, kroner (total_line ? expenses : c->expenses[i]));
          g_ptr_array_add (cells, kroner (total_line ? revenues : c->revenues[i]));
          if (!total_line)
            {
              expenses += c->expenses[i];
              revenues += c->revenues[i];
            }
        }
      if (total_line)
        {
          gint64 total = 0;

          for (guint k = 0; k < c->n_rows; k++)
            total += c->amounts[k];
          g_ptr_array_add (cells, kroner (total));
        }
      else
        g_ptr_array_add (cells, kroner (c->amounts[i]));
    }

  for (guint k = 0; k < cells->len; k++)
    widths[k % n_cells] = MAX (widths[k % n_cells], g_utf8_strlen (cells->pdata[k], -1));
  for (guint k = 0; k < cells->len; k++)
    {
      guint j = k % n_cells;
      gboolean amount = j >= MAX (c->n_columns, 1);

      if (j > 0)
        g_string_append (out, "  ");
      if (j + 1 == n_cells || amount)
        append_cell (out, cells->pdata[k], widths[j], amount);
      else
        append_cell (out, cells->pdata[k], widths[j], FALSE);
      if (j + 1 == n_cells)
        {
          /* No blanks at the end of a line. */
          while (out->len > 0 && out->str[out->len - 1] == ' ')
            g_string_truncate (out, out->len - 1);
          g_string_append_c (out, '\n');
        }
    }
  return g_string_free (out, FALSE);
}

static char *
format_json (const Columns *c,
             gint64         total,
             gboolean       rollup)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  char *text, *line;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "unit");
  json_builder_add_string_value (builder, "øre");
  json_builder_set_member_name (builder, "columns");
  json_builder_begin_array (builder);
  for (guint j = 0; j < c->n_columns; j++)
    json_builder_add_string_value (builder, c->columns[j]);
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "total");
  json_builder_add_int_value (builder, total);
  json_builder_set_member_name (builder, "rows");
  json_builder_begin_array (builder);
  for (guint i = 0; i < c->n_rows; i++)
    {
      json_builder_begin_object (builder);
      for (guint j = 0; j < c->n_columns; j++)
        {
          const char *key = key_of (c, i, j);

          json_builder_set_member_name (builder, c->columns[j]);
          if (key == NULL)
            json_builder_add_null_value (builder);
          else if (strcmp (c->columns[j], "year") == 0)
            json_builder_add_int_value (builder, g_ascii_strtoll (key, NULL, 10));
          else
            json_builder_add_string_value (builder, key);
        }
      if (rollup)
        {
          json_builder_set_member_name (builder, "level");
          json_builder_add_int_value (builder, c->levels[i]);
        }
      if (c->expenses != NULL)
        {
          json_builder_set_member_name (builder, "expenses");
          json_builder_add_int_value (builder, c->expenses[i]);
          json_builder_set_member_name (builder, "revenues");
          json_builder_add_int_value (builder, c->revenues[i]);
        }
      json_builder_set_member_name (builder, "amount");
      json_builder_add_int_value (builder, c->amounts[i]);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, NULL);
  line = g_strconcat (text, "\n", NULL);
  g_free (text);
  return line;
}

/* A header and one line per row; a subtotal's missing keys are empty. */
static char *
format_csv (const Columns *c,
            gboolean       rollup)
{
  GString *out = g_string_new (NULL);

  for (guint j = 0; j < c->n_columns; j++)
    g_string_append_printf (out, "%s,", c->columns[j]);
  if (rollup)
    g_string_append (out, "level,");
  if (c->expenses != NULL)
    g_string_append (out, "expenses_ore,revenues_ore,");
  g_string_append (out, "amount_ore\n");
  for (guint i = 0; i < c->n_rows; i++)
    {
      for (guint j = 0; j < c->n_columns; j++)
        {
          const char *key = key_of (c, i, j);

          g_string_append_printf (out, "%s,", key != NULL ? key : "");
        }
      if (rollup)
        g_string_append_printf (out, "%u,", c->levels[i]);
      if (c->expenses != NULL)
        g_string_append_printf (out, "%" G_GINT64_FORMAT ",%" G_GINT64_FORMAT ",", c->expenses[i], c->revenues[i]);
      g_string_append_printf (out, "%" G_GINT64_FORMAT "\n", c->amounts[i]);
    }
  return g_string_free (out, FALSE);
}

char *
kommune_tool_table_format (KommuneLedgerTable     *table,
                           KommuneToolTableFormat  format,
                           gboolean                rollup)
{
  Columns c = { 0 };
  char *text;

  columns_init (&c, table);
  switch (format)
    {
    case KOMMUNE_TOOL_TABLE_JSON:
      text = format_json (&c, kommune_ledger_table_get_total (table), rollup);
      break;
    case KOMMUNE_TOOL_TABLE_CSV:
      text = format_csv (&c, rollup);
      break;
    case KOMMUNE_TOOL_TABLE_TEXT:
    default:
      text = format_text (&c, rollup);
      break;
    }
  columns_clear (&c);
  return text;
}
