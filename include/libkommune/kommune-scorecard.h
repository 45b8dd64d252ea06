/* kommune-scorecard.h
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

#define KOMMUNE_TYPE_SCORECARD (kommune_scorecard_get_type ())

KOMMUNE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (KommuneScorecard, kommune_scorecard, KOMMUNE, SCORECARD, GObject)

KOMMUNE_AVAILABLE_IN_ALL
KommuneScorecard   *kommune_scorecard_new                  (KommuneGoal       *root,
                                                            const char        *period,
                                                            GError           **error) G_GNUC_WARN_UNUSED_RESULT;
KOMMUNE_AVAILABLE_IN_ALL
KommuneGoal        *kommune_scorecard_get_root             (KommuneScorecard  *self);
KOMMUNE_AVAILABLE_IN_ALL
const char         *kommune_scorecard_get_period           (KommuneScorecard  *self);
KOMMUNE_AVAILABLE_IN_ALL
guint               kommune_scorecard_get_count            (KommuneScorecard  *self,
                                                            KommuneStatus      status);
KOMMUNE_AVAILABLE_IN_ALL
KommuneStatus       kommune_scorecard_get_status           (KommuneScorecard  *self);
KOMMUNE_AVAILABLE_IN_ALL
KommuneStatus       kommune_scorecard_get_goal_status      (KommuneScorecard  *self,
                                                            KommuneGoal       *goal);
KOMMUNE_AVAILABLE_IN_ALL
KommuneStatus       kommune_scorecard_get_indicator_status (KommuneScorecard  *self,
                                                            KommuneIndicator  *indicator);
KOMMUNE_AVAILABLE_IN_ALL
KommuneMeasurement *kommune_scorecard_get_measurement      (KommuneScorecard  *self,
                                                            KommuneIndicator  *indicator);
KOMMUNE_AVAILABLE_IN_ALL
GListModel         *kommune_scorecard_get_not_approved     (KommuneScorecard  *self);
KOMMUNE_AVAILABLE_IN_ALL
char               *kommune_scorecard_format               (KommuneScorecard  *self) G_GNUC_WARN_UNUSED_RESULT;
KOMMUNE_AVAILABLE_IN_ALL
KommuneStatus       kommune_status_worst                   (KommuneStatus      a,
                                                            KommuneStatus      b);

G_END_DECLS
