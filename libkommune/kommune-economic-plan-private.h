/* kommune-economic-plan-private.h: shared by the plan's two source files
 *
 * kommune-economic-plan.c holds the plan's years, areas and original
 * frames; kommune-economic-plan-log.c holds the adjustment log and every
 * frame computed from it.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "kommune-economic-plan.h"

G_BEGIN_DECLS

struct _KommuneEconomicPlan
{
  GObject     parent_instance;

  guint       first_year;
  GListStore *areas;        /* of KommuneProgrammeArea, in the order added */
  GHashTable *frames;       /* frame key → KommuneBudgetFrame (owned) */
  GListStore *adjustments;  /* of KommuneAdjustment, the log */
  GHashTable *adjustment_ids;
};

/* Fail with KOMMUNE_ERROR_INVALID_PERIOD / KOMMUNE_ERROR_UNKNOWN_AREA,
 * naming @what, unless the year is in the plan / the area is known. */
gboolean _kommune_economic_plan_check_year (KommuneEconomicPlan  *self,
                                           guint                 year,
                                           const char           *what,
                                           GError              **error);
gboolean _kommune_economic_plan_check_area (KommuneEconomicPlan  *self,
                                           const char           *area_code,
                                           const char           *what,
                                           GError              **error);

/* Appends every adjustment of @batch to the log, or none: each is checked
 * as kommune_economic_plan_check_adjustment() does, and together they may
 * not overflow a frame. Used by tertial reports on adoption. */
gboolean _kommune_economic_plan_add_adjustments (KommuneEconomicPlan  *self,
                                                 GListModel           *batch,
                                                 GError              **error);

G_END_DECLS
