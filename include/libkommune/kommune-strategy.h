/* kommune-strategy.h
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

#define KOMMUNE_TYPE_STRATEGY (kommune_strategy_get_type ())

KOMMUNE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (KommuneStrategy, kommune_strategy, KOMMUNE, STRATEGY, GObject)

KOMMUNE_AVAILABLE_IN_ALL
KommuneStrategy *kommune_strategy_new             (const char       *name,
                                                   guint             first_year,
                                                   guint             last_year,
                                                   GError          **error) G_GNUC_WARN_UNUSED_RESULT;
KOMMUNE_AVAILABLE_IN_ALL
const char      *kommune_strategy_get_name        (KommuneStrategy  *self);
KOMMUNE_AVAILABLE_IN_ALL
guint            kommune_strategy_get_first_year  (KommuneStrategy  *self);
KOMMUNE_AVAILABLE_IN_ALL
guint            kommune_strategy_get_last_year   (KommuneStrategy  *self);
KOMMUNE_AVAILABLE_IN_ALL
gboolean         kommune_strategy_add_focus_area  (KommuneStrategy  *self,
                                                   KommuneGoal      *focus_area,
                                                   GError          **error);
KOMMUNE_AVAILABLE_IN_ALL
GListModel      *kommune_strategy_get_focus_areas (KommuneStrategy  *self);
KOMMUNE_AVAILABLE_IN_ALL
guint            kommune_strategy_count_goals     (KommuneStrategy  *self);

G_END_DECLS
