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

G_END_DECLS
