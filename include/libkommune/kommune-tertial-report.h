/* kommune-tertial-report.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(KOMMUNE_INSIDE) && !defined(KOMMUNE_COMPILATION)
# error "Only <libkommune.h> can be included directly."
#endif

#include <gio/gio.h>

#include "kommune-types.h"

G_BEGIN_DECLS

#define KOMMUNE_TYPE_TERTIAL_REPORT (kommune_tertial_report_get_type ())

KOMMUNE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (KommuneTertialReport, kommune_tertial_report, KOMMUNE, TERTIAL_REPORT, GObject)

KOMMUNE_AVAILABLE_IN_ALL
KommuneTertialReport *kommune_tertial_report_new                       (guint                  year,
                                                                        KommuneDocumentKind    period,
                                                                        GError               **error) G_GNUC_WARN_UNUSED_RESULT;
KOMMUNE_AVAILABLE_IN_ALL
guint                 kommune_tertial_report_get_year                  (KommuneTertialReport  *self);
KOMMUNE_AVAILABLE_IN_ALL
KommuneDocumentKind   kommune_tertial_report_get_period                (KommuneTertialReport  *self);
KOMMUNE_AVAILABLE_IN_ALL
gint64                kommune_tertial_report_get_materiality_threshold (KommuneTertialReport  *self);
KOMMUNE_AVAILABLE_IN_ALL
gboolean              kommune_tertial_report_set_materiality_threshold (KommuneTertialReport  *self,
                                                                        gint64                 threshold,
                                                                        GError               **error);
KOMMUNE_AVAILABLE_IN_ALL
gboolean              kommune_tertial_report_add_area_report           (KommuneTertialReport  *self,
                                                                        KommuneAreaReport     *area_report,
                                                                        GError               **error);
KOMMUNE_AVAILABLE_IN_ALL
GListModel           *kommune_tertial_report_get_area_reports          (KommuneTertialReport  *self);
KOMMUNE_AVAILABLE_IN_ALL
KommuneAreaReport    *kommune_tertial_report_find_area_report          (KommuneTertialReport  *self,
                                                                        const char            *area_code);
KOMMUNE_AVAILABLE_IN_ALL
gboolean              kommune_tertial_report_add_proposal              (KommuneTertialReport  *self,
                                                                        KommuneAdjustment     *adjustment,
                                                                        GError               **error);
KOMMUNE_AVAILABLE_IN_ALL
GListModel           *kommune_tertial_report_get_proposals             (KommuneTertialReport  *self);
KOMMUNE_AVAILABLE_IN_ALL
gint64                kommune_tertial_report_get_proposed_total        (KommuneTertialReport  *self,
                                                                        const char            *area_code,
                                                                        KommuneBudgetType      budget_type,
                                                                        GError               **error);
KOMMUNE_AVAILABLE_IN_ALL
gint64                kommune_tertial_report_get_deviation             (KommuneTertialReport  *self,
                                                                        const char            *area_code,
                                                                        KommuneEconomicPlan   *plan,
                                                                        GError               **error);
KOMMUNE_AVAILABLE_IN_ALL
gboolean              kommune_tertial_report_is_material               (KommuneTertialReport  *self,
                                                                        gint64                 deviation);
KOMMUNE_AVAILABLE_IN_ALL
gboolean              kommune_tertial_report_adopt                     (KommuneTertialReport  *self,
                                                                        KommuneEconomicPlan   *plan,
                                                                        GDateTime             *date,
                                                                        GError               **error);
KOMMUNE_AVAILABLE_IN_ALL
KommuneEconomicPlan  *kommune_tertial_report_get_plan                  (KommuneTertialReport  *self);
KOMMUNE_AVAILABLE_IN_ALL
GDateTime            *kommune_tertial_report_get_adopted               (KommuneTertialReport  *self);

KOMMUNE_AVAILABLE_IN_ALL
KommuneDeviation      kommune_deviation_classify                       (gint64                 deviation);
KOMMUNE_AVAILABLE_IN_ALL
const char           *kommune_deviation_to_label                       (KommuneDeviation       deviation);

G_END_DECLS
