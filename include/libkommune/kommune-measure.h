/* kommune-measure.h
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

#define KOMMUNE_TYPE_MEASURE (kommune_measure_get_type ())

KOMMUNE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (KommuneMeasure, kommune_measure, KOMMUNE, MEASURE, GObject)

KOMMUNE_AVAILABLE_IN_ALL
KommuneMeasure       *kommune_measure_new             (guint                  number,
                                                       const char            *text,
                                                       GError               **error) G_GNUC_WARN_UNUSED_RESULT;
KOMMUNE_AVAILABLE_IN_ALL
guint                 kommune_measure_get_number      (KommuneMeasure        *self);
KOMMUNE_AVAILABLE_IN_ALL
const char           *kommune_measure_get_text        (KommuneMeasure        *self);
KOMMUNE_AVAILABLE_IN_ALL
const char           *kommune_measure_get_responsible (KommuneMeasure        *self);
KOMMUNE_AVAILABLE_IN_ALL
void                  kommune_measure_set_responsible (KommuneMeasure        *self,
                                                       const char            *responsible);
KOMMUNE_AVAILABLE_IN_ALL
KommuneMeasureStatus  kommune_measure_get_status      (KommuneMeasure        *self);
KOMMUNE_AVAILABLE_IN_ALL
void                  kommune_measure_set_status      (KommuneMeasure        *self,
                                                       KommuneMeasureStatus   status);
KOMMUNE_AVAILABLE_IN_ALL
gboolean              kommune_measure_add_progress    (KommuneMeasure        *self,
                                                       const char            *report,
                                                       const char            *text,
                                                       GError               **error);
KOMMUNE_AVAILABLE_IN_ALL
GListModel           *kommune_measure_get_progress    (KommuneMeasure        *self);
KOMMUNE_AVAILABLE_IN_ALL
const char           *kommune_measure_status_to_string (KommuneMeasureStatus  status);

G_END_DECLS
