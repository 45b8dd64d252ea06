/* kommune-measure-private.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "kommune-measure.h"

G_BEGIN_DECLS

/* Fails as kommune_measure_new() would for a measure made with
 * g_object_new(). */
gboolean _kommune_measure_check (KommuneMeasure  *self,
                                 GError         **error);

G_END_DECLS
