/* kommune-adjustment-private.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "kommune-adjustment.h"

G_BEGIN_DECLS

/* Once an adjustment is in a plan's log it never changes again. */
void _kommune_adjustment_freeze (KommuneAdjustment *self);

G_END_DECLS
