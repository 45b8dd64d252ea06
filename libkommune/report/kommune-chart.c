/* kommune-chart.c: a chart's values, its data table and the escaping of
 * markup the report shares.
 *
 * The grid of values and the table beside the chart live here; drawing
 * the SVG is kommune-chart-svg.c and choosing its axis is
 * kommune-chart-axis.c, so this file knows nothing of pixels. Every value
 * is an exact integer; sums are checked and clamp instead of wrapping.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "core/kommune-amount-private.h"
#include "kommune-decimal.h"
#include "report/kommune-chart-data-private.h"

/* The decimals a value in thousandths needs to be written exactly. */
static void
note_decimals (KommuneChart *chart,
               gint64        value)
{
  guint decimals = 3;

  while (decimals > chart->decimals && value % _kommune_pow10[4 - decimals] == 0)
    decimals--;
  chart->decimals = MAX (chart->decimals, decimals);
}

/* Labels are kept as valid UTF-8, so that measuring and shortening them
 * is safe whatever the caller passed. */
static char *
dup_or_empty (const char *text)
{
  if (text == NULL)
    return g_strdup ("");
  return g_utf8_make_valid (text, -1);
}

KommuneChart *
_kommune_chart_new (KommuneChartKind  kind,
                    KommuneChartUnit  unit,
                    const char       *title,
                    const char       *x_label,
                    const char       *y_label)
{
  KommuneChart *chart = g_new0 (KommuneChart, 1);

  chart->kind = kind;
  chart->unit = unit;
  /* The same for every chart, so that the output depends on nothing but
   * the chart: a page of several charts names each (_kommune_chart_set_id). */
  chart->id = g_strdup ("kommune-chart");
  chart->title = dup_or_empty (title);
  chart->x_label = dup_or_empty (x_label);
  chart->y_label = dup_or_empty (y_label);
  chart->categories = g_ptr_array_new_with_free_func (g_free);
  chart->series = g_ptr_array_new_with_free_func (g_free);
  chart->is_total = g_array_new (FALSE, TRUE, sizeof (gboolean));
  chart->cells = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  chart->references = g_array_new (FALSE, TRUE, sizeof (KommuneChartReference));
  return chart;
}

void
_kommune_chart_free (KommuneChart *chart)
{
  if (chart == NULL)
    return;

  for (guint i = 0; i < chart->references->len; i++)
    g_free (g_array_index (chart->references, KommuneChartReference, i).label);
  g_array_unref (chart->references);
  g_ptr_array_unref (chart->cells);
  g_array_unref (chart->is_total);
  g_ptr_array_unref (chart->series);
  g_ptr_array_unref (chart->categories);
  g_free (chart->description);
  g_free (chart->note);
  g_free (chart->y_label);
  g_free (chart->x_label);
  g_free (chart->title);
  g_free (chart->id);
  g_free (chart);
}

guint
_kommune_chart_add_category (KommuneChart *chart,
                             const char   *label)
{
  KommuneChartCell missing = { 0, FALSE };
  gboolean no = FALSE;

  g_return_val_if_fail (chart != NULL, 0);

  g_ptr_array_add (chart->categories, dup_or_empty (label));
  g_array_append_val (chart->is_total, no);
  for (guint s = 0; s < chart->cells->len; s++)
    g_array_append_val (g_ptr_array_index (chart->cells, s), missing);
  return chart->categories->len - 1;
}

guint
_kommune_chart_add_series (KommuneChart *chart,
                           const char   *label)
{
  GArray *row;

  g_return_val_if_fail (chart != NULL, 0);

  /* Cleared to zero: every cell starts missing. */
  row = g_array_sized_new (FALSE, TRUE, sizeof (KommuneChartCell), chart->categories->len);
  g_array_set_size (row, chart->categories->len);
  g_ptr_array_add (chart->series, dup_or_empty (label));
  g_ptr_array_add (chart->cells, row);
  return chart->series->len - 1;
}

void
_kommune_chart_set_value (KommuneChart *chart,
                          guint         series,
                          guint         category,
                          gint64        value)
{
  KommuneChartCell *cell;

  g_return_if_fail (chart != NULL);
  g_return_if_fail (series < chart->series->len);
  g_return_if_fail (category < chart->categories->len);

  cell = &g_array_index ((GArray *) g_ptr_array_index (chart->cells, series),
                         KommuneChartCell, category);
  cell->value = value;
  cell->set = TRUE;
  note_decimals (chart, value);
}

void
_kommune_chart_set_total (KommuneChart *chart,
                          guint         category)
{
  g_return_if_fail (chart != NULL);
  g_return_if_fail (category < chart->categories->len);

  g_array_index (chart->is_total, gboolean, category) = TRUE;
}

void
_kommune_chart_add_reference (KommuneChart *chart,
                              const char   *label,
                              gint64        value)
{
  KommuneChartReference reference;

  g_return_if_fail (chart != NULL);

  reference.label = dup_or_empty (label);
  reference.value = value;
  g_array_append_val (chart->references, reference);
  note_decimals (chart, value);
}

void
_kommune_chart_set_note (KommuneChart *chart,
                         const char   *note)
{
  g_return_if_fail (chart != NULL);

  g_free (chart->note);
  chart->note = note != NULL && *note != '\0' ? dup_or_empty (note) : NULL;
}

void
_kommune_chart_set_id (KommuneChart *chart,
                       const char   *id)
{
  g_return_if_fail (chart != NULL);
  g_return_if_fail (id != NULL && *id != '\0');

  g_free (chart->id);
  chart->id = g_strdup (id);
}

void
_kommune_chart_set_description (KommuneChart *chart,
                                const char   *description)
{
  g_return_if_fail (chart != NULL);

  g_free (chart->description);
  chart->description = description != NULL ? dup_or_empty (description) : NULL;
}

const KommuneChartCell *
_kommune_chart_cell (const KommuneChart *chart,
                     guint               series,
                     guint               category)
{
  return &g_array_index ((GArray *) g_ptr_array_index (chart->cells, series),
                         KommuneChartCell, category);
}

gint64
_kommune_chart_clamped_add (gint64    a,
                            gint64    b,
                            gboolean *clamped)
{
  gint64 sum;

  if (_kommune_checked_add (a, b, &sum))
    return sum;
  *clamped = TRUE;
  return b > 0 ? G_MAXINT64 : G_MININT64;
}

gboolean
_kommune_chart_category_sums (const KommuneChart *chart,
                              guint               category,
                              gint64             *total,
                              gint64             *positive,
                              gint64             *negative)
{
  gboolean clamped = FALSE;
  gint64 sum = 0, up = 0, down = 0;

  for (guint s = 0; s < chart->series->len; s++)
    {
      const KommuneChartCell *cell = _kommune_chart_cell (chart, s, category);

      if (!cell->set)
        continue;
      sum = _kommune_chart_clamped_add (sum, cell->value, &clamped);
      if (cell->value >= 0)
        up = _kommune_chart_clamped_add (up, cell->value, &clamped);
      else
        down = _kommune_chart_clamped_add (down, cell->value, &clamped);
    }
  if (total != NULL)
    *total = sum;
  if (positive != NULL)
    *positive = up;
  if (negative != NULL)
    *negative = down;
  return !clamped;
}

/* Hundredths with two decimals and a decimal comma: 175 is "1,75". */
static char *
format_hundredths (gint64 value)
{
  guint64 mag = value < 0 ? (guint64) (-(value + 1)) + 1 : (guint64) value;

  return g_strdup_printf ("%s%" G_GUINT64_FORMAT ",%02u", value < 0 ? "-" : "",
                          mag / 100, (guint) (mag % 100));
}

char *
_kommune_chart_group_thousands (char *number)
{
  GString *out;
  const char *digits = number, *end;

  g_return_val_if_fail (number != NULL, NULL);

  if (*digits == '-' || *digits == '+')
    digits++;
  for (end = digits; g_ascii_isdigit (*end); end++)
    ;
  if (end - digits <= 3)
    return number;
  /* The space kommune_amount_format() writes between groups. */
  out = g_string_new_len (number, digits - number);
  for (const char *p = digits; p < end; p++)
    {
      if (p > digits && (end - p) % 3 == 0)
        g_string_append_c (out, ' ');
      g_string_append_c (out, *p);
    }
  g_string_append (out, end);
  g_free (number);
  return g_string_free (out, FALSE);
}

char *
_kommune_chart_format_value (const KommuneChart *chart,
                             gint64              value)
{
  switch (chart->unit)
    {
    case KOMMUNE_CHART_UNIT_OERE:
      return kommune_amount_format (value, KOMMUNE_AMOUNT_SCALE_KRONER, 0);
    case KOMMUNE_CHART_UNIT_HUNDREDTHS:
      return _kommune_chart_group_thousands (format_hundredths (value));
    case KOMMUNE_CHART_UNIT_THOUSANDTHS:
      return _kommune_chart_group_thousands (kommune_decimal_format (value, chart->decimals));
    default:
      g_return_val_if_reached (g_strdup (""));
    }
}

void
_kommune_markup_append (GString    *out,
                        const char *text)
{
  g_autofree char *valid = NULL;

  g_return_if_fail (out != NULL);

  if (text == NULL)
    return;
  /* XML holds only valid UTF-8 and no control characters but tab and
   * line breaks: anything else is replaced, never passed on. */
  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);
  for (const char *p = text; *p != '\0'; p++)
    switch (*p)
      {
      case '\t':
      case '\n':
      case '\r':
        g_string_append_c (out, *p);
        break;
      case '&':
        g_string_append (out, "&amp;");
        break;
      case '<':
        g_string_append (out, "&lt;");
        break;
      case '>':
        g_string_append (out, "&gt;");
        break;
      case '"':
        g_string_append (out, "&quot;");
        break;
      case '\'':
        g_string_append (out, "&#39;");
        break;
      default:
        if ((guchar) *p < 0x20 || *p == 0x7f)
          g_string_append_c (out, ' ');
        else
          g_string_append_c (out, *p);
        break;
      }
}

/* ------------------------------------------------------------------ */
/* The data table                                                      */
/* ------------------------------------------------------------------ */

static void
append_value_cell (GString            *out,
                   const KommuneChart *chart,
                   gboolean            set,
                   gint64              value)
{
  g_autofree char *text = NULL;

  if (!set)
    {
      g_string_append (out, "<td class=\"missing\">\xe2\x80\x93</td>");
      return;
    }
  text = _kommune_chart_format_value (chart, value);
  g_string_append_printf (out, "<td data-value=\"%" G_GINT64_FORMAT "\">", value);
  _kommune_markup_append (out, text);
  g_string_append (out, "</td>");
}

/* The sum of a stack's category, or "–" when it is beyond 64 bits. */
static void
append_total_cell (GString            *out,
                   const KommuneChart *chart,
                   guint               n_series,
                   guint               category)
{
  gint64 total;
  gboolean any = FALSE;

  for (guint s = 0; s < n_series && !any; s++)
    any = _kommune_chart_cell (chart, s, category)->set;
  if (_kommune_chart_category_sums (chart, category, &total, NULL, NULL) || !any)
    append_value_cell (out, chart, any, total);
  else
    /* Beyond 64 bits: no exact sum to give. */
    g_string_append (out, "<td class=\"missing overflow\">\xe2\x80\x93</td>");
}

static void
append_header (GString    *out,
               const char *label)
{
  g_string_append (out, "<th scope=\"col\">");
  _kommune_markup_append (out, label);
  g_string_append (out, "</th>");
}

static void
append_row_header (GString    *out,
                   const char *klass,
                   guint       index,
                   const char *label)
{
  g_string_append_printf (out, "<tr class=\"%s-%u\"><th scope=\"row\">", klass, index);
  _kommune_markup_append (out, label);
  g_string_append (out, "</th>");
}

void
_kommune_chart_write_table (KommuneChart *chart,
                            GString      *out)
{
  guint n_categories, n_series, n_columns;
  gboolean stacked, transposed;

  g_return_if_fail (chart != NULL);
  g_return_if_fail (out != NULL);

  n_categories = chart->categories->len;
  /* A waterfall has one series: the steps. */
  n_series = chart->kind == KOMMUNE_CHART_WATERFALL ? MIN (chart->series->len, 1)
                                                    : chart->series->len;
  stacked = chart->kind == KOMMUNE_CHART_STACKED_BARS && n_series > 0;
  /* Many categories (eight function groups, the steps of a waterfall)
   * make a table too wide to read: then they are its rows. */
  transposed = n_categories > KOMMUNE_CHART_TABLE_MAX_COLUMNS;
  n_columns = transposed ? n_series + (stacked ? 1 : 0) : n_categories;

  g_string_append (out, transposed ? "<table class=\"kommune-data kommune-transposed\" id=\""
                                   : "<table class=\"kommune-data\" id=\"");
  _kommune_markup_append (out, chart->id);
  g_string_append (out, "-table\"><caption>");
  _kommune_markup_append (out, chart->title);
  g_string_append (out, "</caption><thead><tr><td class=\"kommune-corner\"></td>");
  if (transposed)
    {
      for (guint s = 0; s < n_series; s++)
        append_header (out, g_ptr_array_index (chart->series, s));
      if (stacked)
        /* "Sum" is the word in Norwegian and in English alike. */
        g_string_append (out, "<th scope=\"col\" class=\"total\">Sum</th>");
    }
  else
    for (guint c = 0; c < n_categories; c++)
      append_header (out, g_ptr_array_index (chart->categories, c));
  g_string_append (out, "</tr></thead>");

  if (chart->note != NULL)
    {
      g_string_append_printf (out, "<tfoot><tr><td class=\"kommune-note\" colspan=\"%u\">",
                              n_columns + 1);
      _kommune_markup_append (out, chart->note);
      g_string_append (out, "</td></tr></tfoot>");
    }

  g_string_append (out, "<tbody>");
  if (transposed)
    for (guint c = 0; c < n_categories; c++)
      {
        append_row_header (out, "category", c, g_ptr_array_index (chart->categories, c));
        for (guint s = 0; s < n_series; s++)
          {
            const KommuneChartCell *cell = _kommune_chart_cell (chart, s, c);

            append_value_cell (out, chart, cell->set, cell->value);
          }
        if (stacked)
          append_total_cell (out, chart, n_series, c);
        g_string_append (out, "</tr>");
      }
  else
    {
      for (guint s = 0; s < n_series; s++)
        {
          append_row_header (out, "series", s, g_ptr_array_index (chart->series, s));
          for (guint c = 0; c < n_categories; c++)
            {
              const KommuneChartCell *cell = _kommune_chart_cell (chart, s, c);

              append_value_cell (out, chart, cell->set, cell->value);
            }
          g_string_append (out, "</tr>");
        }
      if (stacked)
        {
          g_string_append (out, "<tr class=\"total\"><th scope=\"row\">Sum</th>");
          for (guint c = 0; c < n_categories; c++)
            append_total_cell (out, chart, n_series, c);
          g_string_append (out, "</tr>");
        }
    }
  g_string_append (out, "</tbody></table>");
}

void
_kommune_chart_set_y_label (KommuneChart *chart,
                            const char   *y_label)
{
  g_return_if_fail (chart != NULL);

  g_free (chart->y_label);
  chart->y_label = dup_or_empty (y_label);
}
