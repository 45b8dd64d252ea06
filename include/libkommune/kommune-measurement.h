/* kommune-measurement.h
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

#define KOMMUNE_TYPE_MEASUREMENT (kommune_measurement_get_type ())

KOMMUNE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (KommuneMeasurement, kommune_measurement, KOMMUNE, MEASUREMENT, GObject)

KOMMUNE_AVAILABLE_IN_ALL
KommuneMeasurement *kommune_measurement_new             (const char          *period,
                                                         gint64               value,
                                                         GError             **error) G_GNUC_WARN_UNUSED_RESULT;
KOMMUNE_AVAILABLE_IN_ALL
KommuneMeasurement *kommune_measurement_new_from_text   (const char          *period,
                                                         const char          *value,
                                                         GError             **error) G_GNUC_WARN_UNUSED_RESULT;
KOMMUNE_AVAILABLE_IN_ALL
KommuneMeasurement *kommune_measurement_new_rate        (const char          *period,
                                                         gint64               numerator,
                                                         gint64               denominator,
                                                         GError             **error) G_GNUC_WARN_UNUSED_RESULT;
KOMMUNE_AVAILABLE_IN_ALL
KommuneMeasurement *kommune_measurement_new_missing     (const char          *period,
                                                         const char          *symbol,
                                                         GError             **error) G_GNUC_WARN_UNUSED_RESULT;
KOMMUNE_AVAILABLE_IN_ALL
KommuneMeasurement *kommune_measurement_sum_rates       (const char          *period,
                                                         KommuneMeasurement **rates,
                                                         gsize                n_rates,
                                                         GError             **error) G_GNUC_WARN_UNUSED_RESULT;
KOMMUNE_AVAILABLE_IN_ALL
const char         *kommune_measurement_get_period      (KommuneMeasurement  *self);
KOMMUNE_AVAILABLE_IN_ALL
gboolean            kommune_measurement_has_value       (KommuneMeasurement  *self);
KOMMUNE_AVAILABLE_IN_ALL
gint64              kommune_measurement_get_value       (KommuneMeasurement  *self);
KOMMUNE_AVAILABLE_IN_ALL
char               *kommune_measurement_format          (KommuneMeasurement  *self) G_GNUC_WARN_UNUSED_RESULT;
KOMMUNE_AVAILABLE_IN_ALL
gboolean            kommune_measurement_is_rate         (KommuneMeasurement  *self);
KOMMUNE_AVAILABLE_IN_ALL
gint64              kommune_measurement_get_numerator   (KommuneMeasurement  *self);
KOMMUNE_AVAILABLE_IN_ALL
gint64              kommune_measurement_get_denominator (KommuneMeasurement  *self);
KOMMUNE_AVAILABLE_IN_ALL
const char         *kommune_measurement_get_missing_symbol (KommuneMeasurement *self);
KOMMUNE_AVAILABLE_IN_ALL
const char         *kommune_measurement_get_source      (KommuneMeasurement  *self);
KOMMUNE_AVAILABLE_IN_ALL
void                kommune_measurement_set_source      (KommuneMeasurement  *self,
                                                         const char          *source);
KOMMUNE_AVAILABLE_IN_ALL
const char         *kommune_measurement_get_as_written  (KommuneMeasurement  *self);
KOMMUNE_AVAILABLE_IN_ALL
void                kommune_measurement_set_as_written  (KommuneMeasurement  *self,
                                                         const char          *as_written);

G_END_DECLS
