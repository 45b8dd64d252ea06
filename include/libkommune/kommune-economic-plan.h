/* kommune-economic-plan.h
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
 * KOMMUNE_PLAN_YEARS:
 *
 * The number of years an economic plan covers.
 */
#define KOMMUNE_PLAN_YEARS 4

#define KOMMUNE_TYPE_ECONOMIC_PLAN (kommune_economic_plan_get_type ())

KOMMUNE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (KommuneEconomicPlan, kommune_economic_plan, KOMMUNE, ECONOMIC_PLAN, GObject)

KOMMUNE_AVAILABLE_IN_ALL
KommuneEconomicPlan  *kommune_economic_plan_new                (guint                 first_year,
                                                                GError              **error) G_GNUC_WARN_UNUSED_RESULT;
KOMMUNE_AVAILABLE_IN_ALL
guint                 kommune_economic_plan_get_first_year     (KommuneEconomicPlan  *self);
KOMMUNE_AVAILABLE_IN_ALL
guint                 kommune_economic_plan_get_start_year     (KommuneEconomicPlan  *self);
KOMMUNE_AVAILABLE_IN_ALL
guint                 kommune_economic_plan_get_last_year      (KommuneEconomicPlan  *self);
KOMMUNE_AVAILABLE_IN_ALL
gboolean              kommune_economic_plan_covers_year        (KommuneEconomicPlan  *self,
                                                                guint                 year);
KOMMUNE_AVAILABLE_IN_ALL
gboolean              kommune_economic_plan_roll_forward       (KommuneEconomicPlan  *self,
                                                                GError              **error);
KOMMUNE_AVAILABLE_IN_ALL
gboolean              kommune_economic_plan_add_area           (KommuneEconomicPlan  *self,
                                                                KommuneProgrammeArea *area,
                                                                GError              **error);
KOMMUNE_AVAILABLE_IN_ALL
GListModel           *kommune_economic_plan_get_areas          (KommuneEconomicPlan  *self);
KOMMUNE_AVAILABLE_IN_ALL
KommuneProgrammeArea *kommune_economic_plan_find_area          (KommuneEconomicPlan  *self,
                                                                const char           *code);
KOMMUNE_AVAILABLE_IN_ALL
gboolean              kommune_economic_plan_set_frame_amount          (KommuneEconomicPlan  *self,
                                                                KommuneProgrammeArea *area,
                                                                guint                 year,
                                                                KommuneBudgetType     budget_type,
                                                                gint64                amount,
                                                                GError              **error);
KOMMUNE_AVAILABLE_IN_ALL
gboolean              kommune_economic_plan_add_budget_frame   (KommuneEconomicPlan  *self,
                                                                KommuneBudgetFrame   *frame,
                                                                GError              **error);
KOMMUNE_AVAILABLE_IN_ALL
KommuneBudgetFrame   *kommune_economic_plan_get_budget_frame   (KommuneEconomicPlan  *self,
                                                                const char           *area_code,
                                                                guint                 year,
                                                                KommuneBudgetType     budget_type);
KOMMUNE_AVAILABLE_IN_ALL
GListModel           *kommune_economic_plan_list_budget_frames (KommuneEconomicPlan  *self) G_GNUC_WARN_UNUSED_RESULT;
KOMMUNE_AVAILABLE_IN_ALL
gint64                kommune_economic_plan_get_original_frame_amount (KommuneEconomicPlan  *self,
                                                                const char           *area_code,
                                                                guint                 year,
                                                                KommuneBudgetType     budget_type,
                                                                GError              **error);
KOMMUNE_AVAILABLE_IN_ALL
gint64                kommune_economic_plan_get_frame_amount          (KommuneEconomicPlan  *self,
                                                                const char           *area_code,
                                                                guint                 year,
                                                                KommuneBudgetType     budget_type,
                                                                GDateTime            *as_of,
                                                                GError              **error);
KOMMUNE_AVAILABLE_IN_ALL
gint64                kommune_economic_plan_get_frame_amount_after    (KommuneEconomicPlan  *self,
                                                                const char           *area_code,
                                                                guint                 year,
                                                                KommuneBudgetType     budget_type,
                                                                KommuneDocumentKind   document,
                                                                GError              **error);
KOMMUNE_AVAILABLE_IN_ALL
gint64                kommune_economic_plan_get_frame_change   (KommuneEconomicPlan  *self,
                                                                const char           *area_code,
                                                                guint                 year,
                                                                KommuneBudgetType     budget_type,
                                                                GDateTime            *since,
                                                                GDateTime            *until,
                                                                GError              **error);
KOMMUNE_AVAILABLE_IN_ALL
gint64                kommune_economic_plan_get_total          (KommuneEconomicPlan  *self,
                                                                guint                 year,
                                                                KommuneBudgetType     budget_type,
                                                                GDateTime            *as_of,
                                                                GError              **error);
KOMMUNE_AVAILABLE_IN_ALL
gint64                kommune_economic_plan_get_area_total     (KommuneEconomicPlan  *self,
                                                                const char           *area_code,
                                                                KommuneBudgetType     budget_type,
                                                                GDateTime            *as_of,
                                                                GError              **error);
KOMMUNE_AVAILABLE_IN_ALL
gboolean              kommune_economic_plan_add_adjustment     (KommuneEconomicPlan  *self,
                                                                KommuneAdjustment    *adjustment,
                                                                GError              **error);
KOMMUNE_AVAILABLE_IN_ALL
gboolean              kommune_economic_plan_check_adjustment   (KommuneEconomicPlan  *self,
                                                                KommuneAdjustment    *adjustment,
                                                                GError              **error);
KOMMUNE_AVAILABLE_IN_ALL
GListModel           *kommune_economic_plan_get_adjustments    (KommuneEconomicPlan  *self);
KOMMUNE_AVAILABLE_IN_ALL
KommuneAdjustment    *kommune_economic_plan_find_adjustment    (KommuneEconomicPlan  *self,
                                                                const char           *id);

G_END_DECLS
