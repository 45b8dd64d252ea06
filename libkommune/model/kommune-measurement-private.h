/* kommune-measurement-private.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "kommune-measurement.h"

G_BEGIN_DECLS

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
