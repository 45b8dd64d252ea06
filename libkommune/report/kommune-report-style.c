/* kommune-report-style.c: the report's inline stylesheet — the screen
 * layout (each chart with its data table beside it) and the print layout
 * for A4 (charts kept whole on a page, tables with repeated headers).
 *
 * Apart from the sections so that the look is changed in one place. The
 * status colours are from a palette that colour-blind readers can tell
 * apart (blue, orange, vermilion, grey; Okabe and Ito), and every status
 * also has a word and a symbol, so colour is never the only sign.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "report/kommune-report-private.h"

static const char stylesheet[] =
  ":root {\n"
  "  --ink: #1a1a1a;\n"
  "  --muted: #555555;\n"
  "  --rule: #c8c8c8;\n"
  "  --band: #f3f3f3;\n"
  "  --desired: #0072b2;\n"
  "  --acceptable: #e69f00;\n"
  "  --not-approved: #d55e00;\n"
  "  --outside: #cc79a7;\n"
  "  --not-measured: #7a7a7a;\n"
  "}\n"
  "html { color: var(--ink); background: #ffffff; }\n"
  "body { margin: 0; font-family: \"DejaVu Sans\", \"Liberation Sans\", Arial, sans-serif;\n"
  "       font-size: 11pt; line-height: 1.4; }\n"
  "main { max-width: 1200px; margin: 0 auto; padding: 1.5em 2em; }\n"
  "header h1 { font-size: 1.9em; margin: 0 0 0.3em; }\n"
  "header h1 .municipality { font-size: 0.8em; font-weight: normal; color: var(--muted); }\n"
  "dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.2em 1em; margin: 0.5em 0 1em; }\n"
  "dl.facts dt { font-weight: bold; }\n"
  "dl.facts dd { margin: 0; }\n"
  "nav h2 { font-size: 1.1em; margin: 0.5em 0 0.2em; border: none; }\n"
  "nav ol { margin: 0; padding-left: 1.5em; columns: 2; }\n"
  "section { margin-top: 2em; }\n"
  "h2 { font-size: 1.4em; border-bottom: 2px solid var(--ink); padding-bottom: 0.1em; }\n"
  "p.lead { color: var(--muted); margin-top: 0; }\n"
  "p.missing { font-style: italic; color: var(--muted); }\n"
  "p.warning { border-left: 4px solid var(--acceptable); padding-left: 0.6em; }\n"
  "figure.chart { display: flex; flex-wrap: wrap; gap: 1em 2em; align-items: flex-start;\n"
  "               margin: 1em 0 2em; }\n"
  "figure.chart .chart-svg { flex: 1 1 560px; min-width: 320px; }\n"
  "figure.chart .chart-svg svg { width: 100%; height: auto; max-width: 760px; display: block; }\n"
  "figure.chart .chart-table { flex: 1 1 320px; overflow-x: auto; }\n"
  "table.scorecard { width: 100%; table-layout: fixed; }\n"
  /* The same columns in every goal's table, so that they line up. */
  "table.scorecard thead th:nth-child(1) { width: 26%; }\n"
  "table.scorecard thead th:nth-child(2) { width: 27%; }\n"
  "table.scorecard thead th:nth-child(3) { width: 7%; }\n"
  "table.scorecard thead th:nth-child(4) { width: 7%; }\n"
  "table.scorecard thead th:nth-child(5) { width: 13%; }\n"
  "table.scorecard thead th:nth-child(6) { width: 20%; }\n"
  "table.scorecard td, table.scorecard th { overflow-wrap: break-word; }\n"
  /* A date or an id broken over two lines reads as two. */
  "table.log td:nth-child(1), table.log td:nth-child(2) { white-space: nowrap; }\n"
  "dl.facts dd.source { font-size: 0.85em; color: var(--muted); }\n"
  "table { border-collapse: collapse; margin: 0.5em 0 1.5em; font-size: 0.92em; }\n"
  "caption { text-align: left; font-weight: bold; padding-bottom: 0.3em; }\n"
  "th, td { border-bottom: 1px solid var(--rule); padding: 0.25em 0.6em; text-align: left;\n"
  "         vertical-align: top; }\n"
  "thead th { border-bottom: 2px solid var(--ink); }\n"
  "td.number, th.number, td[data-value] { text-align: right; white-space: nowrap;\n"
  "         font-variant-numeric: tabular-nums; }\n"
  "tbody tr:nth-child(even) { background: var(--band); }\n"
  "tr.goal th { font-weight: bold; }\n"
  "tr.goal.depth-1 th { padding-left: 1.5em; }\n"
  "tr.goal.depth-2 th { padding-left: 3em; }\n"
  "tr.goal.depth-3 th, tr.goal.depth-4 th { padding-left: 4.5em; }\n"
  "td.status { white-space: nowrap; font-weight: bold; }\n"
  "td.status .symbol { display: inline-block; width: 1.3em; text-align: center; border-radius: 0.2em;\n"
  "                    color: #ffffff; }\n"
  ".status-desired .symbol, .status-pass .symbol { background: var(--desired); }\n"
  ".status-acceptable .symbol { background: var(--acceptable); color: var(--ink); }\n"
  ".status-not-approved .symbol, .status-fail .symbol { background: var(--not-approved); }\n"
  ".status-outside-bands .symbol { background: var(--outside); }\n"
  ".status-not-measured .symbol, .status-not-applicable .symbol,\n"
  ".status-not-assessable .symbol { background: var(--not-measured); }\n"
  "td.status.status-desired, td.status.status-pass { color: var(--desired); }\n"
  "td.status.status-not-approved, td.status.status-fail { color: var(--not-approved); }\n"
  "td.bands { font-size: 0.9em; min-width: 13em; }\n"
  "tr.indicator td:nth-child(2) { min-width: 16em; }\n"
  "footer { margin-top: 3em; color: var(--muted); font-size: 0.85em; border-top: 1px solid var(--rule); }\n"
  "@page { size: A4; margin: 15mm 12mm 18mm; }\n"
  "@media print {\n"
  "  body { font-size: 9.5pt; }\n"
  "  main { max-width: none; padding: 0; }\n"
  "  nav { display: none; }\n"
  "  section { break-before: auto; }\n"
  "  h2, p.lead, caption { break-after: avoid; page-break-after: avoid; }\n"
  "  table { font-size: 8pt; }\n"
  "  figure.chart .chart-table { overflow: visible; }\n"
  "  figure.chart, div.rule, table.key-figures { break-inside: avoid; page-break-inside: avoid; }\n"
  "  figure.chart { display: block; }\n"
  "  figure.chart .chart-svg svg { max-width: 100%; max-height: 120mm; }\n"
  "  thead { display: table-header-group; }\n"
  "  tr { break-inside: avoid; page-break-inside: avoid; }\n"
  "  tbody tr:nth-child(even) { background: none; }\n"
  "  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }\n"
  "}\n";

const char *
_kommune_report_stylesheet (void)
{
  return stylesheet;
}
