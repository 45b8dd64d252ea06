/* kommune-strategy-private.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "kommune-strategy.h"

G_BEGIN_DECLS

/* Fails as kommune_strategy_new() would for a strategy made with
 * g_object_new(). */
gboolean _kommune_strategy_check (KommuneStrategy  *self,
                                  GError          **error);

G_END_DECLS
