/* kommune-measurement-private.h: shared by kommune-measurement.c (the
 * object) and kommune-measurement-values.c (the constructors above it)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "kommune-measurement.h"

G_BEGIN_DECLS

/* Fails with KOMMUNE_ERROR_INVALID_CODE unless @period is a code (see
 * _kommune_check_code()): not %NULL, not empty. */
gboolean _kommune_measurement_check_period (const char          *period,
                                            GError             **error);

/* A measurement of these parts, unchecked: the constructors check them
 * first. @denominator is > 0 for a rate (0 otherwise), @missing_symbol
 * is non-%NULL (possibly empty) exactly when missing. */
KommuneMeasurement *_kommune_measurement_new (const char *period,
                                              gint64      value,
                                              gint64      numerator,
                                              gint64      denominator,
                                              const char *missing_symbol);

/* Fails as the constructors would for a measurement made with
 * g_object_new(). */
gboolean _kommune_measurement_check (KommuneMeasurement  *self,
                                     GError             **error);

/* A measurement is in one indicator's series at a time (its source and
 * wording can change, and would change in every series holding it):
 * _kommune_measurement_take() marks it, failing when another series has
 * it; _kommune_measurement_release() lets it go. */
gboolean _kommune_measurement_take    (KommuneMeasurement  *self,
                                       GError             **error);
void     _kommune_measurement_release (KommuneMeasurement  *self);

G_END_DECLS
