/* kommune-goal.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(KOMMUNE_INSIDE) && !defined(KOMMUNE_COMPILATION)
# error "Only <libkommune.h> can be included directly."
#endif

#include <gio/gio.h>

#include "kommune-types.h"

G_BEGIN_DECLS

/**
 * KOMMUNE_GOAL_MAX_DEPTH:
 *
 * The most levels a tree of goals may have, the root being the first.
 * Deeper trees are refused when a child is added and when a document is
 * loaded.
 *
 * Since: 0.1
 */
#define KOMMUNE_GOAL_MAX_DEPTH 32

#define KOMMUNE_TYPE_GOAL (kommune_goal_get_type ())

KOMMUNE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (KommuneGoal, kommune_goal, KOMMUNE, GOAL, GObject)

KOMMUNE_AVAILABLE_IN_ALL
KommuneGoal      *kommune_goal_new             (const char        *id,
                                                const char        *text,
                                                KommuneGoalLevel   level,
                                                GError           **error) G_GNUC_WARN_UNUSED_RESULT;
KOMMUNE_AVAILABLE_IN_ALL
const char       *kommune_goal_get_id          (KommuneGoal       *self);
KOMMUNE_AVAILABLE_IN_ALL
const char       *kommune_goal_get_text        (KommuneGoal       *self);
KOMMUNE_AVAILABLE_IN_ALL
KommuneGoalLevel  kommune_goal_get_level       (KommuneGoal       *self);
KOMMUNE_AVAILABLE_IN_ALL
const char       *kommune_goal_get_owner       (KommuneGoal       *self);
KOMMUNE_AVAILABLE_IN_ALL
void              kommune_goal_set_owner       (KommuneGoal       *self,
                                                const char        *owner);
KOMMUNE_AVAILABLE_IN_ALL
gboolean          kommune_goal_set_period      (KommuneGoal       *self,
                                                guint              first_year,
                                                guint              last_year,
                                                GError           **error);
KOMMUNE_AVAILABLE_IN_ALL
guint             kommune_goal_get_first_year  (KommuneGoal       *self);
KOMMUNE_AVAILABLE_IN_ALL
guint             kommune_goal_get_last_year   (KommuneGoal       *self);
KOMMUNE_AVAILABLE_IN_ALL
KommuneGoal      *kommune_goal_get_parent      (KommuneGoal       *self);
KOMMUNE_AVAILABLE_IN_ALL
gboolean          kommune_goal_add_child       (KommuneGoal       *self,
                                                KommuneGoal       *child,
                                                GError           **error);
KOMMUNE_AVAILABLE_IN_ALL
GListModel       *kommune_goal_get_children    (KommuneGoal       *self);
KOMMUNE_AVAILABLE_IN_ALL
KommuneGoal      *kommune_goal_find            (KommuneGoal       *self,
                                                const char        *id);
KOMMUNE_AVAILABLE_IN_ALL
guint             kommune_goal_count           (KommuneGoal       *self);
KOMMUNE_AVAILABLE_IN_ALL
gboolean          kommune_goal_add_indicator   (KommuneGoal       *self,
                                                KommuneIndicator  *indicator,
                                                GError           **error);
KOMMUNE_AVAILABLE_IN_ALL
GListModel       *kommune_goal_get_indicators  (KommuneGoal       *self);
KOMMUNE_AVAILABLE_IN_ALL
gboolean          kommune_goal_add_measure     (KommuneGoal       *self,
                                                KommuneMeasure    *measure,
                                                GError           **error);
KOMMUNE_AVAILABLE_IN_ALL
GListModel       *kommune_goal_get_measures    (KommuneGoal       *self);
KOMMUNE_AVAILABLE_IN_ALL
const char       *kommune_goal_level_to_string (KommuneGoalLevel   level);
KOMMUNE_AVAILABLE_IN_ALL
guint             kommune_goal_get_depth       (KommuneGoal       *self);

G_END_DECLS
