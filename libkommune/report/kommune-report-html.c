/* kommune-report-html.c: the small HTML helpers every section of the
 * report writes with — a section and its heading, the note that data is
 * missing, an amount cell with its exact value, a chart beside its table.
 *
 * Apart from kommune-report.c (the object and the page) so that the
 * sections, which the page calls, do not call back into the page.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "kommune-amount.h"
#include "report/kommune-report-private.h"

void
_kommune_report_begin_section (KommuneReportContext *ctx,
                               const char           *id,
                               KommuneReportLabel    heading,
                               KommuneReportLabel    note)
{
  g_string_append_printf (ctx->out, "<section id=\"%s\">\n<h2>", id);
  _kommune_markup_append (ctx->out, _L (ctx, heading));
  g_string_append (ctx->out, "</h2>\n");
  if (note != L_N_LABELS)
    _kommune_report_element (ctx, "p", "lead", _L (ctx, note));
}

void
_kommune_report_end_section (KommuneReportContext *ctx)
{
  g_string_append (ctx->out, "</section>\n");
}

void
_kommune_report_missing (KommuneReportContext *ctx,
                         KommuneReportLabel    label)
{
  _kommune_report_element (ctx, "p", "missing", _L (ctx, label));
}

void
_kommune_report_element (KommuneReportContext *ctx,
                         const char           *tag,
                         const char           *klass,
                         const char           *text)
{
  g_string_append_printf (ctx->out, "<%s", tag);
  if (klass != NULL)
    g_string_append_printf (ctx->out, " class=\"%s\"", klass);
  g_string_append_c (ctx->out, '>');
  _kommune_markup_append (ctx->out, text != NULL ? text : "");
  g_string_append_printf (ctx->out, "</%s>\n", tag);
}

void
_kommune_report_amount_cell (KommuneReportContext *ctx,
                             gint64                oere)
{
  g_autofree char *text = kommune_amount_format (oere, KOMMUNE_AMOUNT_SCALE_KRONER, 0);

  g_string_append_printf (ctx->out, "<td class=\"number\" data-value=\"%" G_GINT64_FORMAT "\">", oere);
  _kommune_markup_append (ctx->out, text);
  g_string_append (ctx->out, "</td>");
}

/* A chart and its data table side by side, kept together on a page;
 * @attributes are written into the <figure> as they are (escaped by the
 * caller). */
void
_kommune_report_chart (KommuneReportContext *ctx,
                       const char           *id,
                       const char           *attributes,
                       KommuneChart         *chart)
{
  g_autofree char *chart_id = g_strconcat (id, "-chart", NULL);

  /* Named after its figure, which is unique in the page: the same report
   * is the same text however often it is written. */
  _kommune_chart_set_id (chart, chart_id);
  /* The table of many categories is transposed, a column or two wide:
   * it stands beside its chart like the others. */
  g_string_append (ctx->out, "<figure class=\"chart\" id=\"");
  _kommune_markup_append (ctx->out, id);
  g_string_append_c (ctx->out, '"');
  if (attributes != NULL)
    {
      g_string_append_c (ctx->out, ' ');
      g_string_append (ctx->out, attributes);
    }
  g_string_append (ctx->out, ">\n<div class=\"chart-svg\">");
  _kommune_chart_write_svg (chart, ctx->out);
  g_string_append (ctx->out, "</div>\n<div class=\"chart-table\">");
  _kommune_chart_write_table (chart, ctx->out);
  g_string_append (ctx->out, "</div>\n</figure>\n");
}

void
_kommune_report_amount_axis (KommuneReportContext *ctx,
                             KommuneChart         *chart)
{
  /* The ticks of "40,0" are millions: the label says so. */
  _kommune_chart_set_y_label (chart, _L (ctx, _kommune_chart_uses_millions (chart) ? L_AMOUNT_AXIS_MILLIONS
                                                                                  : L_AMOUNT_AXIS_KRONER));
}

char *
_kommune_report_group_numbers (const char *text)
{
  GString *out = g_string_new (NULL);
  const char *p = text;

  while (*p != '\0')
    {
      const char *end = p;
      gboolean starts_number = g_ascii_isdigit (*p)
                               && (p == text || (!g_ascii_isdigit (p[-1]) && p[-1] != ',' && p[-1] != '.'));

      if (!starts_number)
        {
          g_string_append_c (out, *p++);
          continue;
        }
      while (g_ascii_isdigit (*end))
        end++;
      {
        /* The whole part of a number: its thousands apart. */
        g_autofree char *digits = g_strndup (p, end - p);

        digits = _kommune_chart_group_thousands (g_steal_pointer (&digits));
        g_string_append (out, digits);
      }
      p = end;
    }
  return g_string_free (out, FALSE);
}

char *
_kommune_report_year_text (guint year)
{
  return g_strdup_printf ("%u", year);
}
