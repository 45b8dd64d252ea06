/* kommune-goal-private.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "kommune-goal.h"

G_BEGIN_DECLS

/* Fails as kommune_goal_new() would for a goal made with g_object_new(). */
gboolean _kommune_goal_check (KommuneGoal  *self,
                              GError      **error);

G_END_DECLS
