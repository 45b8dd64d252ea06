/* test-chart.c: the report's charts, as SVG and as data tables
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "report/kommune-chart-axis-private.h"
#include "report/kommune-chart-data-private.h"
#include "report/kommune-chart-private.h"

/* ------------------------------------------------------------------ */
/* Reading the output back                                             */
/* ------------------------------------------------------------------ */

typedef struct
{
  char       *name;
  GHashTable *attributes;
  GString    *text;   /* the text directly inside it */
} Element;

static void
element_free (gpointer data)
{
  Element *element = data;

  g_free (element->name);
  g_hash_table_unref (element->attributes);
  g_string_free (element->text, TRUE);
  g_free (element);
}

typedef struct
{
  GPtrArray *elements;
  GPtrArray *open;
} Reader;

static void
start_element (GMarkupParseContext  *context,
               const char           *name,
               const char          **names,
               const char          **values,
               gpointer              user_data,
               GError              **error)
{
  Reader *reader = user_data;
  Element *element = g_new0 (Element, 1);

  element->name = g_strdup (name);
  element->attributes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  element->text = g_string_new (NULL);
  for (guint i = 0; names[i] != NULL; i++)
    g_hash_table_insert (element->attributes, g_strdup (names[i]), g_strdup (values[i]));
  g_ptr_array_add (reader->elements, element);
  g_ptr_array_add (reader->open, element);
}

static void
end_element (GMarkupParseContext  *context,
             const char           *name,
             gpointer              user_data,
             GError              **error)
{
  Reader *reader = user_data;

  g_ptr_array_remove_index (reader->open, reader->open->len - 1);
}

static void
text (GMarkupParseContext  *context,
      const char           *content,
      gsize                 len,
      gpointer              user_data,
      GError              **error)
{
  Reader *reader = user_data;

  if (reader->open->len > 0)
    g_string_append_len (((Element *) g_ptr_array_index (reader->open, reader->open->len - 1))->text,
                         content, len);
}

/* Parses @xml as one XML element and returns its elements in document
 * order; fails the test if it is not well-formed. */
static GPtrArray *
parse (const char *xml)
{
  static const GMarkupParser parser = { start_element, end_element, text, NULL, NULL };
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) open = g_ptr_array_new ();
  Reader reader = { g_ptr_array_new_with_free_func (element_free), open };

  context = g_markup_parse_context_new (&parser, G_MARKUP_DEFAULT_FLAGS, &reader, NULL);
  g_markup_parse_context_parse (context, xml, -1, &error);
  g_assert_no_error (error);
  g_markup_parse_context_end_parse (context, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (open->len, ==, 0);
  g_assert_cmpuint (reader.elements->len, >, 0);
  return reader.elements;
}

static const char *
attribute (const Element *element,
           const char    *name)
{
  return g_hash_table_lookup (element->attributes, name);
}

static gboolean
has_class (const Element *element,
           const char    *klass)
{
  const char *value = attribute (element, "class");
  g_auto(GStrv) classes = value != NULL ? g_strsplit (value, " ", -1) : NULL;

  return classes != NULL && g_strv_contains ((const char *const *) classes, klass);
}

/* The elements with class @klass, in order. */
static GPtrArray *
with_class (GPtrArray  *elements,
            const char *klass)
{
  GPtrArray *found = g_ptr_array_new ();

  for (guint i = 0; i < elements->len; i++)
    if (has_class (g_ptr_array_index (elements, i), klass))
      g_ptr_array_add (found, g_ptr_array_index (elements, i));
  return found;
}

static gboolean
has_text (GPtrArray  *elements,
          const char *name,
          const char *content)
{
  for (guint i = 0; i < elements->len; i++)
    {
      const Element *element = g_ptr_array_index (elements, i);

      if (g_str_equal (element->name, name) && g_str_equal (element->text->str, content))
        return TRUE;
    }
  return FALSE;
}

/* Every coordinate in the SVG is a finite number. */
static void
assert_finite (GPtrArray *elements)
{
  static const char *const numeric[] = { "x", "y", "x1", "x2", "y1", "y2", "width", "height", "cx", "cy", NULL };

  for (guint i = 0; i < elements->len; i++)
    {
      const Element *element = g_ptr_array_index (elements, i);

      for (guint n = 0; numeric[n] != NULL; n++)
        {
          const char *value = attribute (element, numeric[n]);
          char *end;
          double number;

          if (value == NULL || g_str_has_suffix (value, "%"))
            continue;
          number = g_ascii_strtod (value, &end);
          g_assert_cmpstr (end, ==, "");
          g_assert_true (isfinite (number));
        }
    }
}

/* The chart as SVG and as a table, both checked for well-formedness. */
static gboolean
render (KommuneChart  *chart,
        char         **svg,
        GPtrArray    **svg_elements,
        char         **table,
        GPtrArray    **table_elements)
{
  GString *out = g_string_new (NULL);
  GPtrArray *elements;

  _kommune_chart_write_svg (chart, out);
  elements = parse (out->str);
  g_assert_cmpstr (((Element *) g_ptr_array_index (elements, 0))->name, ==, "svg");
  assert_finite (elements);
  *svg = g_string_free (out, FALSE);
  *svg_elements = elements;

  out = g_string_new (NULL);
  _kommune_chart_write_table (chart, out);
  elements = parse (out->str);
  g_assert_cmpstr (((Element *) g_ptr_array_index (elements, 0))->name, ==, "table");
  *table = g_string_free (out, FALSE);
  *table_elements = elements;
  return TRUE;
}

#define RENDER(chart) \
  g_autofree char *svg = NULL; \
  g_autofree char *table = NULL; \
  g_autoptr(GPtrArray) svg_elements = NULL; \
  g_autoptr(GPtrArray) table_elements = NULL; \
  G_GNUC_UNUSED gboolean rendered = render ((chart), &svg, &svg_elements, &table, &table_elements)

/* ------------------------------------------------------------------ */
/* Tests                                                               */
/* ------------------------------------------------------------------ */

static void
test_markup (void)
{
  g_autoptr(GString) out = g_string_new (NULL);

  _kommune_markup_append (out, "<&\"'> Kragerø");
  _kommune_markup_append (out, NULL);
  g_assert_cmpstr (out->str, ==, "&lt;&amp;&quot;&#39;&gt; Kragerø");

  /* Nothing XML cannot hold: control characters and broken UTF-8. */
  g_string_truncate (out, 0);
  _kommune_markup_append (out, "a\001b\tc\xff");
  g_assert_cmpstr (out->str, ==, "a b\tc\xef\xbf\xbd");
}

/* Kragerø, Stab og støtte: the frame 2017 and 2018. */
static void
test_bars (void)
{
  g_autoptr(KommuneChart) chart = _kommune_chart_new (KOMMUNE_CHART_BARS, KOMMUNE_CHART_UNIT_OERE,
                                                      "Ramme per år", "År", "mill. kr");
  guint s, c2017, c2018;

  _kommune_chart_set_id (chart, "frames");
  c2017 = _kommune_chart_add_category (chart, "2017");
  c2018 = _kommune_chart_add_category (chart, "2018");
  s = _kommune_chart_add_series (chart, "Stab og støtte");
  _kommune_chart_set_value (chart, s, c2017, G_GINT64_CONSTANT (3410000000));
  _kommune_chart_set_value (chart, s, c2018, G_GINT64_CONSTANT (3822873700));
  _kommune_chart_set_note (chart, "Netto ramme i kroner");
  g_assert_true (_kommune_chart_uses_millions (chart));

  {
    RENDER (chart);
    g_autoptr(GPtrArray) bars = with_class (svg_elements, "kommune-bar");
    g_autoptr(GPtrArray) ticks = with_class (svg_elements, "kommune-tick");

    g_assert_nonnull (strstr (svg, "xmlns=\"http://www.w3.org/2000/svg\""));
    g_assert_nonnull (strstr (svg, "role=\"img\""));
    g_assert_nonnull (strstr (svg, "width=\"100%\""));
    g_assert_nonnull (strstr (svg, "aria-labelledby=\"frames-title\""));
    g_assert_nonnull (strstr (svg, "<title id=\"frames-title\">Ramme per år</title>"));
    g_assert_nonnull (strstr (svg, "<desc id=\"frames-desc\">Stab og støtte: 2017 34 100 000 kr; 2018 38 228 737 kr.</desc>"));
    g_assert_true (has_text (svg_elements, "text", "År"));
    g_assert_true (has_text (svg_elements, "text", "mill. kr"));
    g_assert_cmpuint (bars->len, ==, 2);
    g_assert_cmpstr (attribute (g_ptr_array_index (bars, 1), "fill"), ==, "#0072B2");
    /* 0 to 40 mill. in steps of 10, one decimal. */
    g_assert_cmpuint (ticks->len, ==, 5);
    g_assert_cmpstr (((Element *) g_ptr_array_index (ticks, 0))->text->str, ==, "0,0");
    g_assert_cmpstr (((Element *) g_ptr_array_index (ticks, 4))->text->str, ==, "40,0");
    /* A single series: no legend, no zero line. */
    g_assert_null (strstr (svg, "kommune-legend"));
    g_assert_null (strstr (svg, "kommune-zero"));

    g_assert_nonnull (strstr (table, "<caption>Ramme per år</caption>"));
    g_assert_nonnull (strstr (table, "<th scope=\"col\">2017</th><th scope=\"col\">2018</th>"));
    g_assert_nonnull (strstr (table, "<th scope=\"row\">Stab og støtte</th>"));
    g_assert_nonnull (strstr (table, "<td data-value=\"3822873700\">38 228 737</td>"));
    g_assert_nonnull (strstr (table, "<td data-value=\"3410000000\">34 100 000</td>"));
    g_assert_nonnull (strstr (table, "Netto ramme i kroner"));
  }
}

static void
test_bars_grouped (void)
{
  g_autoptr(KommuneChart) chart = _kommune_chart_new (KOMMUNE_CHART_BARS, KOMMUNE_CHART_UNIT_OERE,
                                                      "Small", "", "kr");

  _kommune_chart_add_category (chart, "A");
  _kommune_chart_add_series (chart, "One");
  _kommune_chart_add_series (chart, "Two");
  _kommune_chart_set_value (chart, 0, 0, 150000);
  _kommune_chart_set_value (chart, 1, 0, -50000);
  g_assert_false (_kommune_chart_uses_millions (chart));

  {
    RENDER (chart);
    g_autoptr(GPtrArray) ticks = with_class (svg_elements, "kommune-tick");
    g_autoptr(GPtrArray) legend = with_class (svg_elements, "kommune-legend-label");

    /* Kroner, round steps, below zero too. */
    g_assert_true (has_text (ticks, "text", "-500"));
    g_assert_true (has_text (ticks, "text", "1 500"));
    g_assert_nonnull (strstr (svg, "kommune-zero"));
    g_assert_cmpuint (legend->len, ==, 2);
    g_assert_nonnull (strstr (svg, "class=\"kommune-bar series-1\""));
    g_assert_nonnull (strstr (svg, "fill=\"#E69F00\""));
    g_assert_nonnull (strstr (table, "<td data-value=\"-50000\">-500</td>"));
  }
}

/* Kragerø 2018, the frame by department and by function group: each adds
 * up to 38 228 737. */
static void
test_stacked (void)
{
  static const struct { const char *label; gint64 kroner; } departments[] = {
    { "Service", 7686054 }, { "Personal", 13743164 }, { "Økonomi", 2059886 },
    { "Skatteoppkrever", 1558920 }, { "IT", 6644259 }, { "Kommunalsjef og stab", 3622454 },
    { "Fellesutgifter", 2914000 },
  };
  static const struct { const char *label; gint64 kroner; } functions[] = {
    { "120/180/190", 33532742 }, { "20/21", 835972 }, { "23/24", 2568215 },
    { "283", 1451004 }, { "383", 20687 }, { "870", -179883 },
  };
  g_autoptr(KommuneChart) chart = _kommune_chart_new (KOMMUNE_CHART_STACKED_BARS, KOMMUNE_CHART_UNIT_OERE,
                                                      "Ramme 2018 fordelt", "", "mill. kr");
  guint by_department = _kommune_chart_add_category (chart, "Avdelinger");
  guint by_function = _kommune_chart_add_category (chart, "Kostrafunksjoner");
  gint64 sum = 0;

  for (guint i = 0; i < G_N_ELEMENTS (departments); i++)
    {
      guint s = _kommune_chart_add_series (chart, departments[i].label);

      _kommune_chart_set_value (chart, s, by_department, departments[i].kroner * 100);
      sum += departments[i].kroner * 100;
    }
  g_assert_cmpint (sum, ==, G_GINT64_CONSTANT (3822873700));
  sum = 0;
  for (guint i = 0; i < G_N_ELEMENTS (functions); i++)
    {
      guint s = _kommune_chart_add_series (chart, functions[i].label);

      _kommune_chart_set_value (chart, s, by_function, functions[i].kroner * 100);
      sum += functions[i].kroner * 100;
    }
  g_assert_cmpint (sum, ==, G_GINT64_CONSTANT (3822873700));

  {
    RENDER (chart);
    g_autoptr(GPtrArray) totals = with_class (svg_elements, "kommune-total-label");
    g_autoptr(GPtrArray) segments = with_class (svg_elements, "kommune-segment");
    g_autoptr(GPtrArray) rows = with_class (table_elements, "total");

    /* Both stacks carry their total on top, and it is the frame. */
    g_assert_cmpuint (totals->len, ==, 2);
    for (guint i = 0; i < totals->len; i++)
      g_assert_cmpstr (((Element *) g_ptr_array_index (totals, i))->text->str, ==, "38 228 737");
    g_assert_cmpuint (segments->len, ==, G_N_ELEMENTS (departments) + G_N_ELEMENTS (functions));
    for (guint i = 0; i < segments->len; i++)
      g_assert_cmpstr (attribute (g_ptr_array_index (segments, i), "stroke"), ==, "#ffffff");
    /* Interest is negative: below the zero line. */
    g_assert_nonnull (strstr (svg, "kommune-zero"));
    g_assert_nonnull (strstr (svg, "kommune-legend"));

    g_assert_cmpuint (rows->len, ==, 1);
    g_assert_nonnull (strstr (table, "<tr class=\"total\"><th scope=\"row\">Sum</th>"
                                     "<td data-value=\"3822873700\">38 228 737</td>"
                                     "<td data-value=\"3822873700\">38 228 737</td></tr>"));
    g_assert_nonnull (strstr (table, "<td data-value=\"-17988300\">-179 883</td>"));
    /* A department has no function-group value and the other way round. */
    g_assert_nonnull (strstr (table, "<td class=\"missing\">–</td>"));
  }
}

static double
number (const Element *element,
        const char    *name)
{
  return g_ascii_strtod (attribute (element, name), NULL);
}

/* Drammen, programme area 07, 1st tertial 2017: 9,4 mill. kr in five
 * proposals, and a saving, from an original frame to the revised one. */
static void
test_waterfall (void)
{
  static const struct { const char *label; gint64 oere; } steps[] = {
    { "Kommunereform", 500000000 }, { "Kontrolltjenester", 150000000 },
    { "Varsling", 15000000 }, { "Granskning", 250000000 }, { "Byleksikon", 25000000 },
    { "Innsparing", -200000000 },
  };
  g_autoptr(KommuneChart) chart = _kommune_chart_new (KOMMUNE_CHART_WATERFALL, KOMMUNE_CHART_UNIT_OERE,
                                                      "Fra opprinnelig til revidert ramme", "", "mill. kr");
  gint64 running = G_GINT64_CONSTANT (12000000000);
  guint s = _kommune_chart_add_series (chart, "Ramme");
  guint c = _kommune_chart_add_category (chart, "Opprinnelig");

  _kommune_chart_set_id (chart, "kommune-waterfall");

  _kommune_chart_set_total (chart, c);
  _kommune_chart_set_value (chart, s, c, running);
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      c = _kommune_chart_add_category (chart, steps[i].label);
      _kommune_chart_set_value (chart, s, c, steps[i].oere);
      running += steps[i].oere;
    }
  c = _kommune_chart_add_category (chart, "Revidert");
  _kommune_chart_set_total (chart, c);
  _kommune_chart_set_value (chart, s, c, running);
  g_assert_cmpint (running, ==, G_GINT64_CONSTANT (12740000000));

  {
    RENDER (chart);
    g_autoptr(GPtrArray) totals = with_class (svg_elements, "kommune-total");
    g_autoptr(GPtrArray) increases = with_class (svg_elements, "kommune-increase");
    g_autoptr(GPtrArray) decreases = with_class (svg_elements, "kommune-decrease");
    g_autoptr(GPtrArray) connectors = with_class (svg_elements, "kommune-connector");
    g_autoptr(GPtrArray) values = with_class (svg_elements, "kommune-value");
    const Element *revised, *last;

    g_assert_cmpuint (totals->len, ==, 2);
    g_assert_cmpuint (increases->len, ==, 5);
    g_assert_cmpuint (decreases->len, ==, 1);
    g_assert_cmpuint (connectors->len, ==, 7);
    /* A decrease is hatched, not only coloured, and its label signed. */
    g_assert_cmpstr (attribute (g_ptr_array_index (decreases, 0), "fill"), ==,
                     "url(#kommune-waterfall-decrease)");
    g_assert_nonnull (strstr (svg, "<pattern id=\"kommune-waterfall-decrease\""));
    g_assert_true (has_text (values, "text", "+5,0"));
    g_assert_true (has_text (values, "text", "-2,0"));
    g_assert_true (has_text (values, "text", "127,4"));
    /* The running sum ends where the revised frame begins: the last
     * connector is level with the top of its bar. */
    revised = g_ptr_array_index (totals, 1);
    last = g_ptr_array_index (connectors, connectors->len - 1);
    g_assert_cmpfloat_with_epsilon (number (last, "y1"), number (revised, "y"), 0.11);

    g_assert_nonnull (strstr (table, "<td data-value=\"12740000000\">127 400 000</td>"));
    g_assert_nonnull (strstr (table, "<td data-value=\"-200000000\">-2 000 000</td>"));
    g_assert_null (strstr (table, "class=\"total\""));
  }
}

/* The text of each element of class @klass, in order. */
static GPtrArray *
texts_of (GPtrArray  *elements,
          const char *klass)
{
  g_autoptr(GPtrArray) found = with_class (elements, klass);
  GPtrArray *texts = g_ptr_array_new ();

  for (guint i = 0; i < found->len; i++)
    g_ptr_array_add (texts, ((Element *) g_ptr_array_index (found, i))->text->str);
  return texts;
}

/* Drammen 2017, 1st tertial, as the report has it: under 10 million, so
 * in kroner, and steps whose labels are wider than their category. Each
 * still carries its label, the totals too, in the order of the steps. */
static void
test_waterfall_labels (void)
{
  static const gint64 steps[] = { 500000000, 150000000, 15000000, 250000000, 25000000 };
  static const char *const expected[] = { "0", "+5 000 000", "+1 500 000", "+150 000", "+2 500 000",
                                          "+250 000", "9 400 000" };
  g_autoptr(KommuneChart) chart = _kommune_chart_new (KOMMUNE_CHART_WATERFALL, KOMMUNE_CHART_UNIT_OERE,
                                                      "Ledelse, organisering og styring 2017", "Endring",
                                                      "Beløp (kr)");
  gint64 running = 0;
  guint c = _kommune_chart_add_category (chart, "Opprinnelig ramme");

  _kommune_chart_add_series (chart, "Beløp");
  _kommune_chart_set_total (chart, c);
  _kommune_chart_set_value (chart, 0, c, 0);
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      g_autofree char *id = g_strdup_printf ("2017-t1-07-endring-%u", i + 1);

      c = _kommune_chart_add_category (chart, id);
      _kommune_chart_set_value (chart, 0, c, steps[i]);
      running += steps[i];
    }
  c = _kommune_chart_add_category (chart, "Revidert ramme");
  _kommune_chart_set_total (chart, c);
  _kommune_chart_set_value (chart, 0, c, running);

  {
    RENDER (chart);
    g_autoptr(GPtrArray) values = texts_of (svg_elements, "kommune-value");

    g_assert_cmpuint (values->len, ==, G_N_ELEMENTS (expected));
    for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
      g_assert_cmpstr (g_ptr_array_index (values, i), ==, expected[i]);
  }
}

/* Kragerø's distribution sums to its frame: the total over the stack and
 * the dashed line of the frame are at one height. The label goes above
 * the line, not through it. */
static void
test_total_clear_of_reference (void)
{
  g_autoptr(KommuneChart) chart = _kommune_chart_new (KOMMUNE_CHART_STACKED_BARS, KOMMUNE_CHART_UNIT_OERE,
                                                      "Stab og støtte 2018", "Område", "Beløp (mill. kr)");
  guint c = _kommune_chart_add_category (chart, "Stab og støtte 2018");
  guint a = _kommune_chart_add_series (chart, "1.1 Sentraladministrasjon");
  guint b = _kommune_chart_add_series (chart, "1.2 Fellesutgifter");
  guint n = _kommune_chart_add_series (chart, "1.3 Renter");

  _kommune_chart_set_value (chart, a, c, G_GINT64_CONSTANT (2000000000));
  _kommune_chart_set_value (chart, b, c, G_GINT64_CONSTANT (1840862000));
  _kommune_chart_set_value (chart, n, c, -17988300);
  _kommune_chart_add_reference (chart, "Ramme", G_GINT64_CONSTANT (3822873700));

  {
    RENDER (chart);
    g_autoptr(GPtrArray) totals = with_class (svg_elements, "kommune-total-label");
    g_autoptr(GPtrArray) lines = with_class (svg_elements, "kommune-reference");
    double line = number (g_ptr_array_index (lines, 0), "y1");
    double baseline = number (g_ptr_array_index (totals, 0), "y");

    g_assert_cmpuint (totals->len, ==, 1);
    g_assert_cmpstr (((Element *) g_ptr_array_index (totals, 0))->text->str, ==, "38 228 737");
    /* Digits reach 8 above their baseline; a few pixels clear of the
     * line, so that they are not read as standing on it. */
    g_assert_true (baseline + 5 <= line || baseline - 13 >= line);
  }
}

/* Eight function groups make a table too wide: they are its rows, the
 * series its columns, a stack's sum the last; four stay columns. */
static void
test_transposed_table (void)
{
  g_autoptr(KommuneChart) chart = _kommune_chart_new (KOMMUNE_CHART_STACKED_BARS, KOMMUNE_CHART_UNIT_OERE,
                                                      "Netto driftsutgifter", "Funksjonsgruppe", "Beløp (kr)");
  g_autoptr(KommuneChart) few = _kommune_chart_new (KOMMUNE_CHART_BARS, KOMMUNE_CHART_UNIT_OERE,
                                                    "Rammer", "År", "Beløp (kr)");
  guint budget = _kommune_chart_add_series (chart, "Budsjett");
  guint accounts = _kommune_chart_add_series (chart, "Regnskap");

  _kommune_chart_set_note (chart, "Kroner.");
  for (guint c = 0; c < 8; c++)
    {
      g_autofree char *label = g_strdup_printf ("Gruppe %u", c + 1);

      _kommune_chart_add_category (chart, label);
      _kommune_chart_set_value (chart, budget, c, (c + 1) * 100);
      if (c != 2)
        _kommune_chart_set_value (chart, accounts, c, -(gint64) (c + 1) * 10);
    }
  _kommune_chart_add_series (few, "Drift");
  for (guint c = 0; c < 4; c++)
    {
      _kommune_chart_add_category (few, "2018");
      _kommune_chart_set_value (few, 0, c, 100);
    }

  {
    RENDER (chart);

    g_assert_nonnull (strstr (table, "<table class=\"kommune-data kommune-transposed\" id=\"kommune-chart-table\">"
                                     "<caption>Netto driftsutgifter</caption>"
                                     "<thead><tr><td class=\"kommune-corner\"></td><th scope=\"col\">Budsjett</th>"
                                     "<th scope=\"col\">Regnskap</th><th scope=\"col\" class=\"total\">Sum</th>"
                                     "</tr></thead><tfoot><tr><td class=\"kommune-note\" colspan=\"4\">"));
    g_assert_nonnull (strstr (table, "<tr class=\"category-0\"><th scope=\"row\">Gruppe 1</th>"
                                     "<td data-value=\"100\">1</td><td data-value=\"-10\">0</td>"
                                     "<td data-value=\"90\">1</td></tr>"));
    g_assert_nonnull (strstr (table, "<tr class=\"category-2\"><th scope=\"row\">Gruppe 3</th>"
                                     "<td data-value=\"300\">3</td><td class=\"missing\">–</td>"
                                     "<td data-value=\"300\">3</td></tr>"));
    g_assert_nonnull (strstr (table, "<th scope=\"row\">Gruppe 8</th>"));
    g_assert_null (strstr (table, "class=\"series-"));
  }
  {
    RENDER (few);

    g_assert_true (g_str_has_prefix (table, "<table class=\"kommune-data\" id="));
    g_assert_nonnull (strstr (table, "<tr class=\"series-0\"><th scope=\"row\">Drift</th>"));
  }
}

/* Kragerø's function groups have long names: the legend writes them
 * whole, in two lines, rather than cut in the middle of a word. A stack
 * barely below zero has its zero line and no baseline just under it. */
static void
test_long_legend (void)
{
  static const char long_name[] = "120/180/190 Administrasjon, fellesutgifter kommunen og interne serviceenheter";
  g_autoptr(KommuneChart) chart = _kommune_chart_new (KOMMUNE_CHART_STACKED_BARS, KOMMUNE_CHART_UNIT_OERE,
                                                      "Stab og støtte 2018", "Område", "Beløp (mill. kr)");
  guint c = _kommune_chart_add_category (chart, "Stab og støtte 2018");

  _kommune_chart_add_series (chart, long_name);
  _kommune_chart_add_series (chart, "870 Renter/utbytte og lån");
  _kommune_chart_set_value (chart, 0, c, G_GINT64_CONSTANT (3353274200));
  _kommune_chart_set_value (chart, 1, c, -17988300);

  {
    RENDER (chart);
    g_autoptr(GPtrArray) labels = with_class (svg_elements, "kommune-legend-label");
    g_autoptr(GString) first = g_string_new (NULL);
    guint tspans = 0;

    g_assert_cmpuint (labels->len, ==, 2);
    /* The long name's lines are the tspans after its <text>. */
    for (guint i = 0; i < svg_elements->len; i++)
      if (g_ptr_array_index (svg_elements, i) == g_ptr_array_index (labels, 0))
        for (guint j = i + 1; j < svg_elements->len
             && g_str_equal (((Element *) g_ptr_array_index (svg_elements, j))->name, "tspan"); j++)
          {
            if (tspans++ > 0)
              g_string_append_c (first, ' ');
            g_string_append (first, ((Element *) g_ptr_array_index (svg_elements, j))->text->str);
          }
    g_assert_cmpuint (tspans, ==, 2);
    g_assert_cmpstr (first->str, ==, long_name);
    g_assert_null (strstr (svg, "…"));
    g_assert_nonnull (strstr (svg, "kommune-zero"));
    g_assert_null (strstr (svg, "kommune-axis-x"));
  }
}

/* Kragerø's staff: FTEs in thousandths, one year missing. */
static void
test_lines (void)
{
  g_autoptr(KommuneChart) chart = _kommune_chart_new (KOMMUNE_CHART_LINES, KOMMUNE_CHART_UNIT_THOUSANDTHS,
                                                      "Årsverk", "År", "årsverk");
  guint fte = _kommune_chart_add_series (chart, "Årsverk");
  guint apprentices = _kommune_chart_add_series (chart, "Lærlinger");

  for (guint year = 2015; year <= 2018; year++)
    {
      g_autofree char *label = g_strdup_printf ("%u", year);

      _kommune_chart_add_category (chart, label);
    }
  _kommune_chart_set_value (chart, fte, 0, 31500);
  _kommune_chart_set_value (chart, fte, 2, 32340);
  _kommune_chart_set_value (chart, fte, 3, 32300);
  _kommune_chart_set_value (chart, apprentices, 3, 8000);

  {
    RENDER (chart);
    g_autoptr(GPtrArray) lines = with_class (svg_elements, "kommune-line");
    g_autoptr(GPtrArray) markers = with_class (svg_elements, "kommune-marker");
    const Element *first;

    /* Two lines plus their two legend samples. */
    g_assert_cmpuint (lines->len, ==, 4);
    first = g_ptr_array_index (lines, 0);
    /* The gap: a new subpath after the missing year. */
    g_assert_nonnull (strchr (attribute (first, "d") + 1, 'M'));
    g_assert_null (attribute (first, "stroke-dasharray"));
    g_assert_nonnull (attribute (g_ptr_array_index (lines, 1), "stroke-dasharray"));
    /* Four markers in the plot, two in the legend, of two shapes. */
    g_assert_cmpuint (markers->len, ==, 6);
    g_assert_nonnull (strstr (svg, "<circle class=\"kommune-marker series-0\""));
    g_assert_nonnull (strstr (svg, "<rect class=\"kommune-marker series-1\""));
    /* Not from zero: 8 to 32,34 in steps of 5. */
    g_assert_true (has_text (svg_elements, "text", "5"));
    g_assert_true (has_text (svg_elements, "text", "35"));
    g_assert_false (has_text (svg_elements, "text", "0"));
    /* As many decimals as the values need, the same for each. */
    g_assert_nonnull (strstr (table, "<td data-value=\"32300\">32,30</td>"));
    g_assert_nonnull (strstr (table, "<td data-value=\"32340\">32,34</td>"));
    g_assert_nonnull (strstr (table, "<td data-value=\"31500\">31,50</td>"));
    g_assert_nonnull (strstr (table, "<td data-value=\"8000\">8,00</td>"));
    g_assert_nonnull (strstr (table, "<td class=\"missing\">–</td>"));
  }
}

/* Drammen's workforce: thousands of employees and FTEs, their thousands
 * set apart as amounts are, the decimal comma kept. */
static void
test_thousands (void)
{
  g_autoptr(KommuneChart) chart = _kommune_chart_new (KOMMUNE_CHART_BARS, KOMMUNE_CHART_UNIT_THOUSANDTHS,
                                                      "Ansatte og årsverk", "År", "Antall");
  g_autoptr(KommuneChart) percent = _kommune_chart_new (KOMMUNE_CHART_BARS, KOMMUNE_CHART_UNIT_HUNDREDTHS,
                                                        "Prosent", "År", "%");
  guint employees = _kommune_chart_add_series (chart, "Ansatte");
  guint ftes = _kommune_chart_add_series (chart, "Årsverk");
  guint s = _kommune_chart_add_series (percent, "Prosent");

  _kommune_chart_add_category (chart, "2023");
  _kommune_chart_set_value (chart, employees, 0, 6159000);
  _kommune_chart_set_value (chart, ftes, 0, 5427500);
  _kommune_chart_add_category (percent, "2023");
  _kommune_chart_add_category (percent, "2024");
  _kommune_chart_set_value (percent, s, 0, 123456);
  _kommune_chart_set_value (percent, s, 1, -99999);

  {
    RENDER (chart);
    g_autoptr(GPtrArray) ticks = with_class (svg_elements, "kommune-tick");

    g_assert_nonnull (strstr (table, "<td data-value=\"6159000\">6 159,0</td>"));
    g_assert_nonnull (strstr (table, "<td data-value=\"5427500\">5 427,5</td>"));
    g_assert_true (has_text (ticks, "text", "6 000"));
    g_assert_true (has_text (svg_elements, "text", "5 427,5"));
    g_assert_nonnull (strstr (svg, "Ansatte \xe2\x80\x93 2023: 6 159,0"));
  }
  {
    RENDER (percent);

    g_assert_nonnull (strstr (table, "<td data-value=\"123456\">1 234,56</td>"));
    g_assert_nonnull (strstr (table, "<td data-value=\"-99999\">-999,99</td>"));
  }
  {
    g_autofree char *small = _kommune_chart_group_thousands (g_strdup ("-999,5"));
    g_autofree char *large = _kommune_chart_group_thousands (g_strdup ("-1234567,125"));

    g_assert_cmpstr (small, ==, "-999,5");
    g_assert_cmpstr (large, ==, "-1 234 567,125");
  }
}

/* One year of frames, one distribution: a bar of a sensible width in the
 * middle of the plot, under its label, not a block across it. */
static void
test_single_category (void)
{
  static const KommuneChartKind kinds[] = { KOMMUNE_CHART_BARS, KOMMUNE_CHART_STACKED_BARS,
                                            KOMMUNE_CHART_WATERFALL };

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    for (guint n_series = 1; n_series <= 2; n_series++)
      {
        g_autoptr(KommuneChart) chart = _kommune_chart_new (kinds[k], KOMMUNE_CHART_UNIT_OERE,
                                                            "Ramme", "År", "kr");
        guint c;

        for (guint s = 0; s < n_series; s++)
          _kommune_chart_add_series (chart, s == 0 ? "Drift" : "Investering");
        c = _kommune_chart_add_category (chart, "2017");
        for (guint s = 0; s < n_series; s++)
          _kommune_chart_set_value (chart, s, c, 940000000 / (s + 1));
        if (kinds[k] == KOMMUNE_CHART_WATERFALL)
          _kommune_chart_set_total (chart, c);

        {
          RENDER (chart);
          g_autoptr(GPtrArray) bars = with_class (svg_elements, "kommune-bar");
          g_autoptr(GPtrArray) categories = with_class (svg_elements, "kommune-category");
          double label_x = g_ascii_strtod (attribute (g_ptr_array_index (categories, 0), "x"), NULL);
          double left = G_MAXDOUBLE, right = -G_MAXDOUBLE;

          g_assert_cmpuint (bars->len, ==, kinds[k] == KOMMUNE_CHART_WATERFALL ? 1 : n_series);
          for (guint b = 0; b < bars->len; b++)
            {
              const Element *bar = g_ptr_array_index (bars, b);
              double x = g_ascii_strtod (attribute (bar, "x"), NULL);
              double width = g_ascii_strtod (attribute (bar, "width"), NULL);

              g_assert_cmpfloat (width, <=, 80);
              g_assert_cmpfloat (width, >=, 20);
              left = MIN (left, x);
              right = MAX (right, x + width);
            }
          /* Centred under the category's label. */
          g_assert_cmpfloat (fabs ((left + right) / 2 - label_x), <, 1.5);
          g_assert_cmpfloat (right - left, <=, 160);
        }
      }
}

/* A rule's threshold, in hundredths of a percent. */
static void
test_reference (void)
{
  g_autoptr(KommuneChart) chart = _kommune_chart_new (KOMMUNE_CHART_BARS, KOMMUNE_CHART_UNIT_HUNDREDTHS,
                                                      "Netto driftsresultat", "År", "%");
  guint s = _kommune_chart_add_series (chart, "Netto driftsresultat");

  _kommune_chart_add_category (chart, "2017");
  _kommune_chart_add_category (chart, "2018");
  _kommune_chart_set_value (chart, s, 0, 120);
  _kommune_chart_set_value (chart, s, 1, -35);
  _kommune_chart_add_reference (chart, "Mål", 175);
  _kommune_chart_add_reference (chart, "Mål", 1000);

  {
    RENDER (chart);
    g_autoptr(GPtrArray) references = with_class (svg_elements, "kommune-reference");
    g_autoptr(GPtrArray) labels = with_class (svg_elements, "kommune-reference-label");
    g_autoptr(GPtrArray) ticks = with_class (svg_elements, "kommune-tick");

    g_assert_cmpuint (references->len, ==, 2);
    g_assert_nonnull (attribute (g_ptr_array_index (references, 0), "stroke-dasharray"));
    g_assert_true (has_text (labels, "text", "Mål 1,75"));
    g_assert_true (has_text (labels, "text", "Mål 10,00"));
    /* The range takes in the reference: up to 10 %. */
    g_assert_true (has_text (ticks, "text", "10"));
    /* -0,35 % is less than half a step of 5: no tick of -5 for it. */
    g_assert_true (has_text (ticks, "text", "0"));
    g_assert_false (has_text (ticks, "text", "-5"));
    g_assert_nonnull (strstr (table, "<td data-value=\"120\">1,20</td>"));
    g_assert_nonnull (strstr (table, "<td data-value=\"-35\">-0,35</td>"));
  }
}

static void
test_escaping (void)
{
  g_autoptr(KommuneChart) chart = _kommune_chart_new (KOMMUNE_CHART_BARS, KOMMUNE_CHART_UNIT_OERE,
                                                      "<&\"'> title", "x <&\"'>", "y <&\"'>");

  _kommune_chart_add_category (chart, "cat <&\"'>");
  _kommune_chart_add_series (chart, "broken \xc3 \001 UTF-8 in a label long enough to be shortened somewhere \xff");
  _kommune_chart_add_series (chart, "series <&\"'>");
  _kommune_chart_add_series (chart, "other");
  _kommune_chart_set_value (chart, 0, 0, 100);
  _kommune_chart_add_reference (chart, "ref <&\"'>", 50);
  _kommune_chart_set_note (chart, "note <&\"'>");
  _kommune_chart_set_description (chart, "desc <&\"'>");

  {
    RENDER (chart);

    g_assert_true (has_text (svg_elements, "title", "<&\"'> title"));
    g_assert_true (has_text (svg_elements, "text", "x <&\"'>"));
    g_assert_true (has_text (svg_elements, "desc", "desc <&\"'>"));
    g_assert_true (has_text (svg_elements, "text", "ref <&\"'> 1"));
    g_assert_true (has_text (svg_elements, "text", "cat <&\"'>"));
    g_assert_true (has_text (svg_elements, "text", "series <&\"'>"));
    g_assert_nonnull (strstr (svg, "&lt;&amp;&quot;&#39;&gt; title"));
    g_assert_true (has_text (table_elements, "caption", "<&\"'> title"));
    g_assert_true (has_text (table_elements, "th", "cat <&\"'>"));
    g_assert_true (has_text (table_elements, "td", "note <&\"'>"));
  }
}

static void
test_empty (void)
{
  g_autoptr(KommuneChart) none = _kommune_chart_new (KOMMUNE_CHART_STACKED_BARS, KOMMUNE_CHART_UNIT_OERE,
                                                     "Tom", "År", "kr");
  g_autoptr(KommuneChart) no_series = _kommune_chart_new (KOMMUNE_CHART_LINES, KOMMUNE_CHART_UNIT_OERE,
                                                          NULL, NULL, NULL);

  _kommune_chart_add_category (no_series, NULL);
  {
    RENDER (none);

    g_assert_nonnull (strstr (svg, "kommune-no-data"));
    g_assert_nonnull (strstr (table, "<tbody></tbody>"));
    g_assert_nonnull (strstr (table, "<td class=\"kommune-corner\"></td></tr></thead>"));
  }
  {
    RENDER (no_series);

    g_assert_nonnull (strstr (svg, "kommune-no-data"));
    g_assert_nonnull (strstr (svg, "<title id=\"kommune-chart-"));
    g_assert_nonnull (strstr (table, "<caption></caption>"));
    g_assert_nonnull (strstr (table, "<tbody></tbody>"));
  }
}

/* Every value below zero: the zero line along the top. */
static void
test_negative (void)
{
  g_autoptr(KommuneChart) chart = _kommune_chart_new (KOMMUNE_CHART_STACKED_BARS, KOMMUNE_CHART_UNIT_OERE,
                                                      "Merforbruk", "", "kr");

  _kommune_chart_add_series (chart, "A");
  _kommune_chart_add_series (chart, "B");
  _kommune_chart_add_category (chart, "07");
  _kommune_chart_set_value (chart, 0, 0, -100000000);
  _kommune_chart_set_value (chart, 1, 0, -50000000);

  {
    RENDER (chart);
    g_autoptr(GPtrArray) zero = with_class (svg_elements, "kommune-zero");
    g_autoptr(GPtrArray) totals = with_class (svg_elements, "kommune-total-label");
    g_autoptr(GPtrArray) segments = with_class (svg_elements, "kommune-segment");
    double top = number (g_ptr_array_index (segments, 0), "y");

    g_assert_cmpuint (zero->len, ==, 1);
    g_assert_cmpfloat_with_epsilon (number (g_ptr_array_index (zero, 0), "y1"), top, 0.11);
    g_assert_cmpuint (totals->len, ==, 1);
    g_assert_cmpstr (((Element *) g_ptr_array_index (totals, 0))->text->str, ==, "-1 500 000");
    /* No room under the stack at the foot of the plot: written above the
     * zero line instead, outside the stack. */
    g_assert_cmpfloat (number (g_ptr_array_index (totals, 0), "y"), <, top);
    g_assert_nonnull (strstr (table, "<tr class=\"total\"><th scope=\"row\">Sum</th><td data-value=\"-150000000\">-1 500 000</td></tr>"));
  }
}

static void
test_zero (void)
{
  g_autoptr(KommuneChart) chart = _kommune_chart_new (KOMMUNE_CHART_WATERFALL, KOMMUNE_CHART_UNIT_OERE,
                                                      "Null", "", "kr");

  _kommune_chart_add_series (chart, "Null");
  _kommune_chart_add_category (chart, "Alt");
  _kommune_chart_set_total (chart, 0);
  _kommune_chart_set_value (chart, 0, 0, 0);

  {
    RENDER (chart);
    g_autoptr(GPtrArray) ticks = with_class (svg_elements, "kommune-tick");

    g_assert_cmpuint (ticks->len, >=, 2);
    g_assert_true (has_text (ticks, "text", "0"));
    g_assert_nonnull (strstr (table, "<td data-value=\"0\">0</td>"));
  }
}

static void
test_overflow (void)
{
  KommuneChartKind kinds[] = { KOMMUNE_CHART_BARS, KOMMUNE_CHART_STACKED_BARS,
                               KOMMUNE_CHART_WATERFALL, KOMMUNE_CHART_LINES };

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autoptr(KommuneChart) chart = _kommune_chart_new (kinds[k], KOMMUNE_CHART_UNIT_OERE,
                                                          "Stort", "", "kr");

      _kommune_chart_add_series (chart, "A");
      _kommune_chart_add_series (chart, "B");
      _kommune_chart_add_category (chart, "1");
      _kommune_chart_add_category (chart, "2");
      _kommune_chart_set_value (chart, 0, 0, G_MAXINT64);
      _kommune_chart_set_value (chart, 1, 0, G_MAXINT64);
      _kommune_chart_set_value (chart, 0, 1, G_MININT64);
      _kommune_chart_set_value (chart, 1, 1, G_MININT64);
      _kommune_chart_add_reference (chart, "Max", G_MAXINT64);

      {
        RENDER (chart);

        g_assert_null (strstr (svg, "nan"));
        g_assert_null (strstr (svg, "inf"));
        g_assert_nonnull (strstr (table, "<td data-value=\"9223372036854775807\">92 233 720 368 547 758</td>"));
        g_assert_nonnull (strstr (table, "<td data-value=\"-9223372036854775808\">-92 233 720 368 547 758</td>"));
        if (kinds[k] == KOMMUNE_CHART_STACKED_BARS)
          /* No exact sum beyond 64 bits. */
          g_assert_nonnull (strstr (table, "<td class=\"missing overflow\">–</td>"));
      }
    }
}

/* Many categories with long names: turned, shortened, whole in a title. */
static void
test_long_labels (void)
{
  g_autoptr(KommuneChart) chart = _kommune_chart_new (KOMMUNE_CHART_BARS, KOMMUNE_CHART_UNIT_OERE,
                                                      "Mange", "", "kr");
  const char *name = "Helse, omsorg og velferd med en svært lang tilleggsbetegnelse";

  _kommune_chart_add_series (chart, "A");
  for (guint i = 0; i < 30; i++)
    {
      g_autofree char *label = g_strdup_printf ("%s %u", name, i);

      _kommune_chart_add_category (chart, label);
      _kommune_chart_set_value (chart, 0, i, (i + 1) * 1000000);
    }

  {
    RENDER (chart);
    g_autoptr(GPtrArray) categories = with_class (svg_elements, "kommune-category");

    g_assert_cmpuint (categories->len, ==, 30);
    g_assert_nonnull (attribute (g_ptr_array_index (categories, 0), "transform"));
    g_assert_nonnull (strstr (svg, "…"));
    g_assert_nonnull (strstr (svg, " 0<title>Helse, omsorg og velferd med en svært lang tilleggsbetegnelse 0</title>"));
  }
}

/* A few long names wrap under their bars instead. */
static void
test_wrapped_labels (void)
{
  g_autoptr(KommuneChart) chart = _kommune_chart_new (KOMMUNE_CHART_BARS, KOMMUNE_CHART_UNIT_OERE,
                                                      "Få", "", "kr");

  _kommune_chart_add_series (chart, "A");
  _kommune_chart_add_category (chart, "Stab og støtte med fellesutgifter");
  _kommune_chart_add_category (chart, "Helse og omsorg for hele kommunen");
  _kommune_chart_add_category (chart, "Oppvekst");
  _kommune_chart_add_category (chart, "Teknisk drift og eiendom i sentrum");
  _kommune_chart_add_category (chart, "Kultur");
  _kommune_chart_set_value (chart, 0, 0, 100);

  {
    RENDER (chart);

    g_assert_nonnull (strstr (svg, "<tspan"));
    g_assert_null (strstr (svg, "rotate(-45"));
  }
}

static void
test_out_of_range (void)
{
  g_autoptr(KommuneChart) chart = _kommune_chart_new (KOMMUNE_CHART_BARS, KOMMUNE_CHART_UNIT_OERE,
                                                      "", "", "");

  _kommune_chart_add_series (chart, "A");
  _kommune_chart_add_category (chart, "1");
  g_test_expect_message ("Kommune", G_LOG_LEVEL_CRITICAL, "*series < chart->series->len*");
  _kommune_chart_set_value (chart, 1, 0, 5);
  g_test_assert_expected_messages ();
  g_test_expect_message ("Kommune", G_LOG_LEVEL_CRITICAL, "*category < chart->categories->len*");
  _kommune_chart_set_value (chart, 0, 1, 5);
  g_test_assert_expected_messages ();
  g_test_expect_message ("Kommune", G_LOG_LEVEL_CRITICAL, "*category < chart->categories->len*");
  _kommune_chart_set_total (chart, 3);
  g_test_assert_expected_messages ();

  {
    RENDER (chart);

    g_assert_nonnull (strstr (table, "<td class=\"missing\">–</td>"));
  }
}

typedef struct
{
  KommuneChartUnit  unit;
  gint64            low;
  gint64            high;
  gboolean          include_zero;
  gint64            step;
  const char       *first;
  const char       *last;
} TickCase;

static void
test_ticks (void)
{
  static const TickCase cases[] = {
    /* The Kragerø frame: millions with a decimal from 10 million up. */
    { KOMMUNE_CHART_UNIT_OERE, 0, G_GINT64_CONSTANT (3822873700), TRUE, G_GINT64_CONSTANT (1000000000), "0,0", "40,0" },
    { KOMMUNE_CHART_UNIT_OERE, 0, 1000000000, TRUE, 200000000, "0,0", "10,0" },
    /* Below 10 million: kroner. */
    { KOMMUNE_CHART_UNIT_OERE, 0, 940000000, TRUE, 200000000, "0", "10 000 000" },
    { KOMMUNE_CHART_UNIT_OERE, -17988300, 15000000, TRUE, 10000000, "-200 000", "200 000" },
    /* Percent in hundredths, FTEs in thousandths. */
    { KOMMUNE_CHART_UNIT_HUNDREDTHS, 0, 175, TRUE, 50, "0,0", "2,0" },
    /* -0,35 is less than half a step below zero: no tick there. */
    { KOMMUNE_CHART_UNIT_HUNDREDTHS, -35, 1000, TRUE, 500, "0", "10" },
    { KOMMUNE_CHART_UNIT_HUNDREDTHS, -300, 1000, TRUE, 500, "-5", "10" },
    { KOMMUNE_CHART_UNIT_HUNDREDTHS, 3, 7, TRUE, 2, "0,00", "0,08" },
    { KOMMUNE_CHART_UNIT_THOUSANDTHS, 32300, 32340, FALSE, 10, "32,30", "32,34" },
    { KOMMUNE_CHART_UNIT_THOUSANDTHS, 0, 1500, TRUE, 500, "0,0", "1,5" },
    /* All zero: one step above it. */
    { KOMMUNE_CHART_UNIT_THOUSANDTHS, 0, 0, TRUE, 1, "0,000", "0,001" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      KommuneChartAxis axis;
      g_autofree char *first = NULL;
      g_autofree char *last = NULL;

      _kommune_chart_axis_init (&axis, cases[i].unit, cases[i].low, cases[i].high, cases[i].include_zero);
      first = _kommune_chart_axis_format (&axis, _kommune_chart_axis_tick (&axis, 0), FALSE);
      last = _kommune_chart_axis_format (&axis, _kommune_chart_axis_tick (&axis, axis.n_ticks - 1), FALSE);
      g_assert_cmpint (axis.step, ==, cases[i].step);
      g_assert_cmpstr (first, ==, cases[i].first);
      g_assert_cmpstr (last, ==, cases[i].last);
      g_assert_cmpuint (axis.n_ticks, >=, 2);
      g_assert_cmpuint (axis.n_ticks, <=, 11);
      g_assert_cmpfloat (axis.min, <=, (double) (cases[i].include_zero ? MIN (cases[i].low, 0) : cases[i].low));
      g_assert_cmpfloat (axis.max, >=, (double) cases[i].high);
    }

  /* Kragerø's distribution: 38 million in a stack with a segment of
   * -179 883 kr. The negative side is only as deep as the data, not a
   * step of 10 million; the same for a small positive side. */
  {
    KommuneChartAxis axis;
    double span;

    _kommune_chart_axis_init (&axis, KOMMUNE_CHART_UNIT_OERE, -17988300, G_GINT64_CONSTANT (3840862000), TRUE);
    span = axis.max - axis.min;
    g_assert_cmpint (axis.step, ==, G_GINT64_CONSTANT (1000000000));
    g_assert_cmpint (_kommune_chart_axis_tick (&axis, 0), ==, 0);
    g_assert_cmpint (_kommune_chart_axis_tick (&axis, axis.n_ticks - 1), ==, G_GINT64_CONSTANT (4000000000));
    g_assert_cmpfloat (axis.min, <, -17988300);
    g_assert_cmpfloat (-axis.min, <, span * 0.05);

    _kommune_chart_axis_init (&axis, KOMMUNE_CHART_UNIT_HUNDREDTHS, -1000, 20, TRUE);
    g_assert_cmpint (_kommune_chart_axis_tick (&axis, 0), ==, -1000);
    g_assert_cmpint (_kommune_chart_axis_tick (&axis, axis.n_ticks - 1), ==, 0);
    g_assert_cmpfloat (axis.max, >, 20);
    g_assert_cmpfloat (axis.max, <, 100);
  }

  /* The whole of 64 bits: round ticks inside it, a finite range. */
  {
    KommuneChartAxis axis;

    _kommune_chart_axis_init (&axis, KOMMUNE_CHART_UNIT_OERE, G_MININT64, G_MAXINT64, TRUE);
    g_assert_cmpint (axis.step, ==, G_GINT64_CONSTANT (5000000000000000000));
    g_assert_cmpint (_kommune_chart_axis_tick (&axis, 0), ==, G_GINT64_CONSTANT (-5000000000000000000));
    g_assert_cmpint (_kommune_chart_axis_tick (&axis, axis.n_ticks - 1), ==, G_GINT64_CONSTANT (5000000000000000000));
    g_assert_true (isfinite (axis.min) && isfinite (axis.max));
  }
}

/* Linear in categories × series: a large chart is quick. */
static void
test_large (void)
{
  g_autoptr(KommuneChart) chart = _kommune_chart_new (KOMMUNE_CHART_STACKED_BARS, KOMMUNE_CHART_UNIT_OERE,
                                                      "Stor", "", "kr");
  g_autoptr(GString) out = g_string_new (NULL);
  gint64 start = g_get_monotonic_time ();

  for (guint s = 0; s < 20; s++)
    _kommune_chart_add_series (chart, "Serie");
  for (guint c = 0; c < 2000; c++)
    {
      _kommune_chart_add_category (chart, "K");
      for (guint s = 0; s < 20; s++)
        _kommune_chart_set_value (chart, s, c, (gint64) (c * s));
    }
  _kommune_chart_write_svg (chart, out);
  _kommune_chart_write_table (chart, out);
  /* No timing assertion (the suite also runs under valgrind); the time
   * is in the log. */
  g_test_message ("40 000 cells drawn and tabled in %" G_GINT64_FORMAT " ms, %" G_GSIZE_FORMAT " bytes",
                  (g_get_monotonic_time () - start) / 1000, out->len);
  g_assert_cmpuint (out->len, >, 40000);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Kommune/Chart/markup", test_markup);
  g_test_add_func ("/Kommune/Chart/bars", test_bars);
  g_test_add_func ("/Kommune/Chart/bars-grouped", test_bars_grouped);
  g_test_add_func ("/Kommune/Chart/stacked", test_stacked);
  g_test_add_func ("/Kommune/Chart/waterfall", test_waterfall);
  g_test_add_func ("/Kommune/Chart/waterfall-labels", test_waterfall_labels);
  g_test_add_func ("/Kommune/Chart/total-clear-of-reference", test_total_clear_of_reference);
  g_test_add_func ("/Kommune/Chart/transposed-table", test_transposed_table);
  g_test_add_func ("/Kommune/Chart/long-legend", test_long_legend);
  g_test_add_func ("/Kommune/Chart/lines", test_lines);
  g_test_add_func ("/Kommune/Chart/reference", test_reference);
  g_test_add_func ("/Kommune/Chart/thousands", test_thousands);
  g_test_add_func ("/Kommune/Chart/single-category", test_single_category);
  g_test_add_func ("/Kommune/Chart/ticks", test_ticks);
  g_test_add_func ("/Kommune/Chart/escaping", test_escaping);
  g_test_add_func ("/Kommune/Chart/empty", test_empty);
  g_test_add_func ("/Kommune/Chart/zero", test_zero);
  g_test_add_func ("/Kommune/Chart/negative", test_negative);
  g_test_add_func ("/Kommune/Chart/overflow", test_overflow);
  g_test_add_func ("/Kommune/Chart/long-labels", test_long_labels);
  g_test_add_func ("/Kommune/Chart/wrapped-labels", test_wrapped_labels);
  g_test_add_func ("/Kommune/Chart/out-of-range", test_out_of_range);
  g_test_add_func ("/Kommune/Chart/large", test_large);

  return g_test_run ();
}
