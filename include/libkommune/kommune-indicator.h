/* kommune-indicator.h
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

#define KOMMUNE_TYPE_INDICATOR (kommune_indicator_get_type ())

KOMMUNE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (KommuneIndicator, kommune_indicator, KOMMUNE, INDICATOR, GObject)

KOMMUNE_AVAILABLE_IN_ALL
KommuneIndicator     *kommune_indicator_new                    (const char            *name,
                                                                KommuneIndicatorUnit   unit,
                                                                KommuneDirection       direction,
                                                                GError               **error) G_GNUC_WARN_UNUSED_RESULT;
KOMMUNE_AVAILABLE_IN_ALL
const char           *kommune_indicator_get_name               (KommuneIndicator      *self);
KOMMUNE_AVAILABLE_IN_ALL
KommuneIndicatorUnit  kommune_indicator_get_unit               (KommuneIndicator      *self);
KOMMUNE_AVAILABLE_IN_ALL
KommuneDirection      kommune_indicator_get_direction          (KommuneIndicator      *self);
KOMMUNE_AVAILABLE_IN_ALL
const char           *kommune_indicator_get_method             (KommuneIndicator      *self);
KOMMUNE_AVAILABLE_IN_ALL
void                  kommune_indicator_set_method             (KommuneIndicator      *self,
                                                                const char            *method);
KOMMUNE_AVAILABLE_IN_ALL
gboolean              kommune_indicator_set_band               (KommuneIndicator      *self,
                                                                KommuneStatus          status,
                                                                const char            *lower,
                                                                gboolean               lower_inclusive,
                                                                const char            *upper,
                                                                gboolean               upper_inclusive,
                                                                GError               **error);
KOMMUNE_AVAILABLE_IN_ALL
gboolean              kommune_indicator_has_band               (KommuneIndicator      *self,
                                                                KommuneStatus          status);
KOMMUNE_AVAILABLE_IN_ALL
gboolean              kommune_indicator_dup_band               (KommuneIndicator      *self,
                                                                KommuneStatus          status,
                                                                char                 **lower,
                                                                gboolean              *lower_inclusive,
                                                                char                 **upper,
                                                                gboolean              *upper_inclusive);
KOMMUNE_AVAILABLE_IN_ALL
char                 *kommune_indicator_describe_band          (KommuneIndicator      *self,
                                                                KommuneStatus          status) G_GNUC_WARN_UNUSED_RESULT;
KOMMUNE_AVAILABLE_IN_ALL
char                **kommune_indicator_check_bands            (KommuneIndicator      *self) G_GNUC_WARN_UNUSED_RESULT;
KOMMUNE_AVAILABLE_IN_ALL
KommuneStatus         kommune_indicator_evaluate               (KommuneIndicator      *self,
                                                                double                 value,
                                                                GError               **error);
KOMMUNE_AVAILABLE_IN_ALL
KommuneStatus         kommune_indicator_evaluate_text          (KommuneIndicator      *self,
                                                                const char            *text,
                                                                GError               **error);
KOMMUNE_AVAILABLE_IN_ALL
KommuneStatus         kommune_indicator_evaluate_thousandths   (KommuneIndicator      *self,
                                                                gint64                 value);
KOMMUNE_AVAILABLE_IN_ALL
KommuneStatus         kommune_indicator_evaluate_missing       (KommuneIndicator      *self);
KOMMUNE_AVAILABLE_IN_ALL
KommuneStatus         kommune_indicator_evaluate_measurement   (KommuneIndicator      *self,
                                                                KommuneMeasurement    *measurement);
KOMMUNE_AVAILABLE_IN_ALL
gboolean              kommune_indicator_add_measurement        (KommuneIndicator      *self,
                                                                KommuneMeasurement    *measurement,
                                                                GError               **error);
KOMMUNE_AVAILABLE_IN_ALL
GListModel           *kommune_indicator_get_measurements       (KommuneIndicator      *self);
KOMMUNE_AVAILABLE_IN_ALL
KommuneMeasurement   *kommune_indicator_find_measurement       (KommuneIndicator      *self,
                                                                const char            *period);
KOMMUNE_AVAILABLE_IN_ALL
KommuneMeasurement   *kommune_indicator_get_latest_measurement (KommuneIndicator      *self);
KOMMUNE_AVAILABLE_IN_ALL
const char           *kommune_indicator_get_reference_name     (KommuneIndicator      *self);
KOMMUNE_AVAILABLE_IN_ALL
void                  kommune_indicator_set_reference_name     (KommuneIndicator      *self,
                                                                const char            *name);
KOMMUNE_AVAILABLE_IN_ALL
gboolean              kommune_indicator_add_reference          (KommuneIndicator      *self,
                                                                KommuneMeasurement    *measurement,
                                                                GError               **error);
KOMMUNE_AVAILABLE_IN_ALL
GListModel           *kommune_indicator_get_references         (KommuneIndicator      *self);
KOMMUNE_AVAILABLE_IN_ALL
KommuneTrend          kommune_indicator_trend                  (KommuneIndicator      *self,
                                                                KommuneMeasurement    *earlier,
                                                                KommuneMeasurement    *later);
KOMMUNE_AVAILABLE_IN_ALL
KommuneTrend          kommune_indicator_compare_with_reference (KommuneIndicator      *self,
                                                                KommuneMeasurement    *own,
                                                                KommuneMeasurement    *reference);
KOMMUNE_AVAILABLE_IN_ALL
const char           *kommune_status_to_string                 (KommuneStatus          status);

G_END_DECLS
