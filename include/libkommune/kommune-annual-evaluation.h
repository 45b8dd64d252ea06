/* kommune-annual-evaluation.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(KOMMUNE_INSIDE) && !defined(KOMMUNE_COMPILATION)
# error "Only <libkommune.h> can be included directly."
#endif

#include <glib-object.h>

#include "kommune-types.h"

G_BEGIN_DECLS

#define KOMMUNE_TYPE_ANNUAL_EVALUATION (kommune_annual_evaluation_get_type ())

KOMMUNE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (KommuneAnnualEvaluation, kommune_annual_evaluation, KOMMUNE, ANNUAL_EVALUATION, GObject)

KOMMUNE_AVAILABLE_IN_ALL
KommuneAnnualEvaluation *kommune_annual_evaluation_new                       (guint                     year,
                                                                              GError                  **error) G_GNUC_WARN_UNUSED_RESULT;
KOMMUNE_AVAILABLE_IN_ALL
guint                    kommune_annual_evaluation_get_year                  (KommuneAnnualEvaluation  *self);
KOMMUNE_AVAILABLE_IN_ALL
void                     kommune_annual_evaluation_set_figure                (KommuneAnnualEvaluation  *self,
                                                                              KommuneFinancialFigure   figure,
                                                                              gint64                    amount);
KOMMUNE_AVAILABLE_IN_ALL
gboolean                 kommune_annual_evaluation_has_figure                (KommuneAnnualEvaluation  *self,
                                                                              KommuneFinancialFigure   figure);
KOMMUNE_AVAILABLE_IN_ALL
gint64                   kommune_annual_evaluation_get_figure                (KommuneAnnualEvaluation  *self,
                                                                              KommuneFinancialFigure   figure,
                                                                              GError                  **error);
KOMMUNE_AVAILABLE_IN_ALL
KommuneFinancialFigures *kommune_annual_evaluation_dup_financial_figures     (KommuneAnnualEvaluation  *self) G_GNUC_WARN_UNUSED_RESULT;
KOMMUNE_AVAILABLE_IN_ALL
const char              *kommune_annual_evaluation_get_reported_result_share (KommuneAnnualEvaluation  *self);
KOMMUNE_AVAILABLE_IN_ALL
gboolean                 kommune_annual_evaluation_set_reported_result_share (KommuneAnnualEvaluation  *self,
                                                                              const char               *percent,
                                                                              GError                  **error);
KOMMUNE_AVAILABLE_IN_ALL
char                    *kommune_annual_evaluation_dup_result_share          (KommuneAnnualEvaluation  *self,
                                                                              guint                     decimals,
                                                                              GError                  **error) G_GNUC_WARN_UNUSED_RESULT;
KOMMUNE_AVAILABLE_IN_ALL
gint64                   kommune_annual_evaluation_get_fund_change           (KommuneAnnualEvaluation  *self,
                                                                              GError                  **error);
KOMMUNE_AVAILABLE_IN_ALL
void                     kommune_annual_evaluation_set_area_text             (KommuneAnnualEvaluation  *self,
                                                                              const char               *area_code,
                                                                              const char               *text);
KOMMUNE_AVAILABLE_IN_ALL
const char              *kommune_annual_evaluation_get_area_text             (KommuneAnnualEvaluation  *self,
                                                                              const char               *area_code);
KOMMUNE_AVAILABLE_IN_ALL
char                   **kommune_annual_evaluation_list_area_codes           (KommuneAnnualEvaluation  *self) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
