/* kommune-tool-ledger-table.c: a KommuneLedgerTable written out whole, as a
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

#include "kommune-tool-ledger-table.h"

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

/* The cells of one line of the text: the keys (or "Total" in the first
 * column without one), then the amounts. The total line is @i == n_rows. */
static void
text_line (const Columns *c,
           guint          i,
           const gint64  *totals,
           const char   **keys,
           gint64        *amounts)
{
  gboolean labelled = FALSE;
  guint n_keys = MAX (c->n_columns, 1);

  for (guint j = 0; j < n_keys; j++)
    {
      const char *key = i == c->n_rows || c->n_columns == 0 ? NULL : key_of (c, i, j);

      if (key == NULL && !labelled)
        {
          key = C_("kostra aggregate", "Total");
          labelled = TRUE;
        }
      keys[j] = key != NULL ? key : "";
    }
  if (i == c->n_rows)
    memcpy (amounts, totals, 3 * sizeof (gint64));
  else
    {
      amounts[0] = c->expenses != NULL ? c->expenses[i] : 0;
      amounts[1] = c->revenues != NULL ? c->revenues[i] : 0;
      amounts[2] = c->amounts[i];
    }
}

/* Aligned columns, amounts in kroner as documents write them; a subtotal
 * says "Total" in its first column without a key. Without --rollup the
 * last line is the total. Two passes, the widths first, so that a table
 * of millions of rows needs no string per cell. */
static char *
format_text (const Columns *c,
             gboolean       rollup)
{
  guint n_keys = MAX (c->n_columns, 1);
  guint n_lines = c->n_rows + (rollup || c->n_columns == 0 ? 0 : 1);
  gboolean split = c->expenses != NULL;
  g_autofree const char **titles = g_new0 (const char *, n_keys + 3);
  g_autofree const char **keys = g_new0 (const char *, n_keys);
  g_autofree glong *widths = g_new0 (glong, n_keys + 3);
  gint64 totals[3] = { 0, 0, 0 };
  gint64 amounts[3];
  GString *out = g_string_new (NULL);

  for (guint j = 0; j < n_keys; j++)
    titles[j] = c->n_columns == 0 ? "" : heading (c->columns[j]);
  titles[n_keys] = C_("kostra aggregate", "Expenses (kr)");
  titles[n_keys + 1] = C_("kostra aggregate", "Revenues (kr)");
  titles[n_keys + 2] = C_("kostra aggregate", "Amount (kr)");
  for (guint j = 0; j < n_keys + 3; j++)
    widths[j] = g_utf8_strlen (titles[j], -1);
  for (guint i = 0; i < c->n_rows; i++)
    {
      totals[0] += split ? c->expenses[i] : 0;
      totals[1] += split ? c->revenues[i] : 0;
      totals[2] += c->amounts[i];
    }

  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i <= n_lines; i++)
      {
        /* Line 0 is the heading; line i the row i - 1. */
        for (guint j = 0; j < n_keys + 3; j++)
          {
            g_autofree char *amount = NULL;
            const char *cell;
            gboolean right = j >= n_keys;

            if (!split && (j == n_keys || j == n_keys + 1))
              continue;
            if (i > 0 && j == 0)
              text_line (c, i - 1, totals, keys, amounts);
            if (i == 0)
              cell = titles[j];
            else if (j < n_keys)
              cell = keys[j];
            else
              cell = amount = kroner (amounts[j - n_keys]);
            if (pass == 0)
              {
                widths[j] = MAX (widths[j], g_utf8_strlen (cell, -1));
                continue;
              }
            if (j > 0)
              g_string_append (out, "  ");
            append_cell (out, cell, widths[j], right);
          }
        if (pass == 1)
          {
            /* No blanks at the end of a line. */
            while (out->len > 0 && out->str[out->len - 1] == ' ')
              g_string_truncate (out, out->len - 1);
            g_string_append_c (out, '\n');
          }
      }
  return g_string_free (out, FALSE);
}

/* A JSON string; codes are digits, but nothing is assumed. */
static void
append_json_string (GString    *out,
                    const char *text)
{
  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"' || *p == '\\')
        g_string_append_printf (out, "\\%c", *p);
      else if ((guchar) *p < 0x20)
        g_string_append_printf (out, "\\u%04x", (guint) (guchar) *p);
      else
        g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

/* Written directly rather than through a JsonBuilder: a table of all
 * five columns can have millions of rows, and a node per value would
 * take gigabytes. One row a line. */
static char *
format_json (const Columns *c,
             gint64         total,
             gboolean       rollup)
{
  GString *out = g_string_new ("{\n  \"unit\": \"øre\",\n  \"columns\": [");

  for (guint j = 0; j < c->n_columns; j++)
    {
      if (j > 0)
        g_string_append (out, ", ");
      append_json_string (out, c->columns[j]);
    }
  g_string_append_printf (out, "],\n  \"total\": %" G_GINT64_FORMAT ",\n  \"rows\": [", total);
  for (guint i = 0; i < c->n_rows; i++)
    {
      g_string_append (out, i > 0 ? ",\n    {" : "\n    {");
      for (guint j = 0; j < c->n_columns; j++)
        {
          const char *key = key_of (c, i, j);

          append_json_string (out, c->columns[j]);
          g_string_append (out, ": ");
          if (key == NULL)
            g_string_append (out, "null");
          else if (strcmp (c->columns[j], "year") == 0)
            g_string_append (out, key);   /* four digits: a number */
          else
            append_json_string (out, key);
          g_string_append (out, ", ");
        }
      if (rollup)
        g_string_append_printf (out, "\"level\": %u, ", c->levels[i]);
      if (c->expenses != NULL)
        g_string_append_printf (out, "\"expenses\": %" G_GINT64_FORMAT ", \"revenues\": %" G_GINT64_FORMAT ", ",
                                c->expenses[i], c->revenues[i]);
      g_string_append_printf (out, "\"amount\": %" G_GINT64_FORMAT "}", c->amounts[i]);
    }
  g_string_append (out, c->n_rows > 0 ? "\n  ]\n}\n" : "]\n}\n");
  return g_string_free (out, FALSE);
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

          if (key != NULL)
            g_string_append (out, key);
          g_string_append_c (out, ',');
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
kommune_tool_ledger_table_format (KommuneLedgerTable *table,
                                  KommuneToolTable    format,
                                  gboolean            rollup)
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
