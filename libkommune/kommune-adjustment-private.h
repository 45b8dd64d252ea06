/* kommune-adjustment-private.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "kommune-adjustment.h"

G_BEGIN_DECLS

/* Re-validates what the constructors validate, for objects made with
 * g_object_new(); fails with the error the constructor would give. */
gboolean _kommune_adjustment_check  (KommuneAdjustment  *self,
                                     GError            **error);

/* Once an adjustment is in a plan's log it never changes again, nor do
 * its lines. */
void     _kommune_adjustment_freeze (KommuneAdjustment  *self);

G_END_DECLS
