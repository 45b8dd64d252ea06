/* kommune-budget-frame.h
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

#define KOMMUNE_TYPE_BUDGET_FRAME (kommune_budget_frame_get_type ())

KOMMUNE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (KommuneBudgetFrame, kommune_budget_frame, KOMMUNE, BUDGET_FRAME, GObject)

KOMMUNE_AVAILABLE_IN_ALL
KommuneBudgetFrame   *kommune_budget_frame_new               (KommuneProgrammeArea  *area,
                                                              guint                  year,
                                                              gint64                 amount,
                                                              GError               **error) G_GNUC_WARN_UNUSED_RESULT;
KOMMUNE_AVAILABLE_IN_ALL
KommuneBudgetFrame   *kommune_budget_frame_new_full          (KommuneProgrammeArea  *area,
                                                              guint                  year,
                                                              KommuneBudgetType      budget_type,
                                                              gint64                 amount,
                                                              GError               **error) G_GNUC_WARN_UNUSED_RESULT;
KOMMUNE_AVAILABLE_IN_ALL
KommuneBudgetType     kommune_budget_frame_get_budget_type   (KommuneBudgetFrame    *self);
KOMMUNE_AVAILABLE_IN_ALL
KommuneProgrammeArea *kommune_budget_frame_get_area          (KommuneBudgetFrame    *self);
KOMMUNE_AVAILABLE_IN_ALL
guint                 kommune_budget_frame_get_year          (KommuneBudgetFrame    *self);
KOMMUNE_AVAILABLE_IN_ALL
gint64                kommune_budget_frame_get_amount        (KommuneBudgetFrame    *self);
KOMMUNE_AVAILABLE_IN_ALL
KommuneDistribution  *kommune_budget_frame_add_distribution  (KommuneBudgetFrame    *self,
                                                              const char            *name,
                                                              GError               **error);
KOMMUNE_AVAILABLE_IN_ALL
KommuneDistribution  *kommune_budget_frame_get_distribution  (KommuneBudgetFrame    *self,
                                                              const char            *name);
KOMMUNE_AVAILABLE_IN_ALL
GListModel           *kommune_budget_frame_get_distributions (KommuneBudgetFrame    *self);
KOMMUNE_AVAILABLE_IN_ALL
gboolean              kommune_budget_frame_check             (KommuneBudgetFrame    *self,
                                                              GError               **error);

G_END_DECLS
