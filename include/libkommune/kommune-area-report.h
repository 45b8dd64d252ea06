/* kommune-area-report.h
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

#define KOMMUNE_TYPE_AREA_REPORT (kommune_area_report_get_type ())

KOMMUNE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (KommuneAreaReport, kommune_area_report, KOMMUNE, AREA_REPORT, GObject)

KOMMUNE_AVAILABLE_IN_ALL
KommuneAreaReport *kommune_area_report_new                    (const char         *area_code,
                                                               GError            **error) G_GNUC_WARN_UNUSED_RESULT;
KOMMUNE_AVAILABLE_IN_ALL
const char        *kommune_area_report_get_area_code          (KommuneAreaReport  *self);
KOMMUNE_AVAILABLE_IN_ALL
gboolean           kommune_area_report_has_accounted          (KommuneAreaReport  *self);
KOMMUNE_AVAILABLE_IN_ALL
gint64             kommune_area_report_get_accounted          (KommuneAreaReport  *self);
KOMMUNE_AVAILABLE_IN_ALL
gboolean           kommune_area_report_set_accounted          (KommuneAreaReport  *self,
                                                               gint64              amount,
                                                               GError            **error);
KOMMUNE_AVAILABLE_IN_ALL
gboolean           kommune_area_report_has_forecast           (KommuneAreaReport  *self);
KOMMUNE_AVAILABLE_IN_ALL
gint64             kommune_area_report_get_forecast           (KommuneAreaReport  *self);
KOMMUNE_AVAILABLE_IN_ALL
gboolean           kommune_area_report_set_forecast           (KommuneAreaReport  *self,
                                                               gint64              amount,
                                                               GError            **error);
KOMMUNE_AVAILABLE_IN_ALL
gboolean           kommune_area_report_has_reported_deviation (KommuneAreaReport  *self);
KOMMUNE_AVAILABLE_IN_ALL
gint64             kommune_area_report_get_reported_deviation (KommuneAreaReport  *self);
KOMMUNE_AVAILABLE_IN_ALL
gboolean           kommune_area_report_set_reported_deviation (KommuneAreaReport  *self,
                                                               gint64              amount,
                                                               GError            **error);
KOMMUNE_AVAILABLE_IN_ALL
const char        *kommune_area_report_get_narrative          (KommuneAreaReport  *self);
KOMMUNE_AVAILABLE_IN_ALL
gboolean           kommune_area_report_set_narrative          (KommuneAreaReport  *self,
                                                               const char         *narrative,
                                                               GError            **error);

G_END_DECLS
