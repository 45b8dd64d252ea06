/* kommune-report-private.h: what the files of the report share — the
 * document being written, the label table and the small HTML helpers.
 *
 * The report is split by concern: kommune-report.c is the object and the
 * page around the sections; kommune-report-sections.c writes the plan
 * (frames, distributions, adjustments); kommune-report-steering.c the
 * scorecard, the financial rules and the workforce; kommune-report-kostra.c
 * the key figures of the accounts beside the budget;
 * kommune-report-html.c the HTML helpers the sections share;
 * kommune-report-labels.c the Norwegian and English texts;
 * kommune-report-style.c the stylesheet. Charts are drawn by
 * kommune-chart-private.h, which knows nothing of the document.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "kommune-types.h"
#include "kommune-report.h"
#include "kommune-kostra-figures.h"
#include "report/kommune-chart-private.h"

G_BEGIN_DECLS

typedef enum
{
  L_REPORT_TITLE,
  L_GENERATED_BY,
  L_MUNICIPALITY,
  L_PLAN_PERIOD,
  L_SOURCE,
  L_CONTENTS,
  L_NO_PLAN,
  L_YEAR,
  L_AREA,
  L_AMOUNT_AXIS,
  L_AMOUNT_AXIS_KRONER,
  L_AMOUNT_AXIS_MILLIONS,
  L_OPERATING,
  L_INVESTMENT,
  L_FRAMES,
  L_FRAMES_NOTE,
  L_FRAMES_CHART,
  L_NO_FRAMES,
  L_DISTRIBUTIONS,
  L_DISTRIBUTIONS_NOTE,
  L_BY_FUNCTION_GROUP,
  L_BY_DEPARTMENT,
  L_NO_DISTRIBUTIONS,
  L_FRAME_TOTAL,
  L_ADJUSTMENTS,
  L_ADJUSTMENTS_NOTE,
  L_NO_ADJUSTMENTS,
  L_ORIGINAL_FRAME,
  L_REVISED_FRAME,
  L_STEP,
  L_ADJUSTMENT_LOG,
  L_ID,
  L_DATE,
  L_DECIDED_IN,
  L_AMOUNT,
  L_REASON,
  L_DECISION,
  L_DOC_ECONOMIC_PLAN,
  L_DOC_TERTIAL_1,
  L_DOC_TERTIAL_2,
  L_DOC_ANNUAL_EVALUATION,
  L_DOC_COUNCIL_GUIDANCE,
  L_SCORECARD,
  L_SCORECARD_NOTE,
  L_NO_GOALS,
  L_GOAL,
  L_INDICATOR,
  L_PERIOD,
  L_VALUE,
  L_STATUS,
  L_BANDS,
  L_STATUS_DESIRED,
  L_STATUS_ACCEPTABLE,
  L_STATUS_NOT_APPROVED,
  L_STATUS_OUTSIDE_BANDS,
  L_STATUS_NOT_MEASURED,
  L_BAND_DESIRED,
  L_BAND_ACCEPTABLE,
  L_BAND_NOT_APPROVED,
  L_BAND_AND,
  L_ORIGINAL_FRAME_MISSING,
  L_ADJUSTMENTS_ALONE,
  L_ADJUSTMENTS_ALONE_NOTE,
  L_BAND_ANY_VALUE,
  L_RULES,
  L_RULES_NOTE,
  L_NO_RULES,
  L_NO_ACCOUNTS_FOR_RULES,
  L_RATIO,
  L_THRESHOLD,
  L_MARGIN,
  L_PERCENT,
  L_RULE_PASS,
  L_RULE_FAIL,
  L_RULE_NOT_APPLICABLE,
  L_RULE_NOT_ASSESSABLE,
  L_CONDITION_ONLY,
  L_WORKFORCE,
  L_WORKFORCE_NOTE,
  L_NO_WORKFORCE,
  L_WORKFORCE_COUNTS,
  L_WORKFORCE_SHARES,
  L_NUMBER,
  L_WHOLE_MUNICIPALITY,
  L_WF_EMPLOYEES,
  L_WF_FTES,
  L_WF_AVERAGE_POSITION_SIZE,
  L_WF_FULL_TIME_SHARE,
  L_WF_ABSENCE_DAYS,
  L_WF_AGREED_DAYS,
  L_WF_SICK_LEAVE,
  L_WF_LEAVERS,
  L_WF_AVERAGE_HEADCOUNT,
  L_WF_TURNOVER,
  L_WF_APPRENTICES,
  L_WF_OVERTIME_HOURS,
  L_WF_AML_BREACHES,
  L_KOSTRA,
  L_KOSTRA_NOTE,
  L_NO_KOSTRA,
  L_KOSTRA_REGION_YEAR,
  L_KEY_FIGURES,
  L_KEY_FIGURE,
  L_GROSS_OPERATING_REVENUE,
  L_GROSS_OPERATING_EXPENSES,
  L_GROSS_OPERATING_RESULT,
  L_NET_FINANCIAL_RESULT,
  L_DEPRECIATION_OFFSET,
  L_NET_OPERATING_RESULT,
  L_NET_OPERATING_RESULT_PERCENT,
  L_FUNCTION_GROUP,
  L_FUNCTION,
  L_NET_OPERATING_EXPENSES_CHART,
  L_ACCOUNTS,
  L_BUDGET,
  L_BUDGET_BESIDE_ACCOUNTS,
  L_NO_BUDGET_FOR_YEAR,
  L_NOT_FUNCTIONS,
  L_REGION_DIFFERS,
  L_FG_BARNEHAGE,
  L_FG_GRUNNSKOLE,
  L_FG_ADMINISTRASJON,
  L_FG_KULTUR,
  L_FG_HELSE_OG_OMSORG,
  L_FG_SOSIALTJENESTEN,
  L_FG_BARNEVERN,
  L_FG_VANN_AVLOP_RENOVASJON,
  L_N_LABELS
} KommuneReportLabel;

typedef struct
{
  KommuneDocument       *document;
  KommuneReportLanguage  language;
  KommuneKostraFigures  *accounts;   /* nullable */
  GString               *out;
} KommuneReportContext;

/* kommune-report-labels.c */
const char *_kommune_report_label           (KommuneReportLanguage  language,
                                             KommuneReportLabel     label);
const char *_kommune_report_language_code   (KommuneReportLanguage  language);

/* kommune-report-style.c */
const char *_kommune_report_stylesheet      (void);

/* kommune-report-html.c: the HTML helpers every section uses */
#define _L(ctx, label) _kommune_report_label ((ctx)->language, (label))
void _kommune_report_begin_section (KommuneReportContext *ctx,
                                    const char           *id,
                                    KommuneReportLabel    heading,
                                    KommuneReportLabel    note);
void _kommune_report_end_section   (KommuneReportContext *ctx);
void _kommune_report_missing       (KommuneReportContext *ctx,
                                    KommuneReportLabel    label);
void _kommune_report_element       (KommuneReportContext *ctx,
                                    const char           *tag,
                                    const char           *klass,
                                    const char           *text);
void _kommune_report_amount_cell   (KommuneReportContext *ctx,
                                    gint64                oere);
void _kommune_report_chart         (KommuneReportContext *ctx,
                                    const char           *id,
                                    const char           *attributes,
                                    KommuneChart         *chart);
char *_kommune_report_year_text    (guint                 year);
/* @text with the thousands of each number in it set apart as amounts
 * are ("≥ 1000 og ≤ 2700" is "≥ 1 000 og ≤ 2 700"); decimals are left
 * as they are. */
char *_kommune_report_group_numbers (const char          *text) G_GNUC_WARN_UNUSED_RESULT;
/* Names the unit of an amount chart's value axis, in kroner or in
 * millions as its ticks are, once its values are set. */
void _kommune_report_amount_axis   (KommuneReportContext *ctx,
                                    KommuneChart         *chart);

/* The sections, in the order of the report. */
void _kommune_report_write_title         (KommuneReportContext *ctx);
void _kommune_report_write_frames        (KommuneReportContext *ctx);
void _kommune_report_write_distributions (KommuneReportContext *ctx);
void _kommune_report_write_adjustments   (KommuneReportContext *ctx);
void _kommune_report_write_scorecard     (KommuneReportContext *ctx);
void _kommune_report_write_rules         (KommuneReportContext *ctx);
void _kommune_report_write_workforce     (KommuneReportContext *ctx);
void _kommune_report_write_kostra        (KommuneReportContext *ctx);

G_END_DECLS
