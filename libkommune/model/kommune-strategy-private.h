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

/* While the strategy is in a document: the document's goal ids, which
 * focus areas added from then on join (see _kommune_goal_share_ids());
 * NULL when it leaves. */
void        _kommune_strategy_set_shared_ids (KommuneStrategy *self,
                                              GHashTable      *shared_ids);
GHashTable *_kommune_strategy_get_shared_ids (KommuneStrategy *self);

G_END_DECLS
