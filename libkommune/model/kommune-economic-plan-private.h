/* kommune-economic-plan-private.h: shared by the plan's five source files,
 * each of which uses only those listed before it:
 *
 * kommune-economic-plan.c: the type, its years, the frame key, the
 *   checks of a year and a budget type, and the storage of the others;
 * kommune-economic-plan-adopted.c: the plan as adopted, its areas and
 *   original frames;
 * kommune-economic-plan-running.c: the log filed under each frame with
 *   the exact frame after it, the cached totals, and storing an original
 *   frame, which moves both;
 * kommune-economic-plan-log.c: the adjustment log, checked, added to,
 *   restored and reordered;
 * kommune-economic-plan-frames.c: the frames revised by the log, their
 *   changes and totals.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "kommune-economic-plan.h"
#include "core/kommune-list-private.h"

G_BEGIN_DECLS

/* What the log holds for one area, year and budget type. */
typedef struct
{
  GPtrArray *adjustments;  /* borrowed from the log, in log order */
  gint64     total;        /* original frame + every adjustment, exact */
} KommuneFrameLog;

struct _KommuneEconomicPlan
{
  GObject      parent_instance;

  guint        first_year;
  guint        start_year;   /* first_year before any roll_forward() */
  KommuneList *areas;        /* of KommuneProgrammeArea, in the order added */
  GHashTable  *frames;       /* frame key → KommuneBudgetFrame (owned) */
  KommuneList *adjustments;  /* of KommuneAdjustment, the log, keyed by id */
  GHashTable  *frame_logs;   /* frame key → KommuneFrameLog (owned) */
  GHashTable  *totals;       /* year or area total key → gint64, the sums of
                              * full frames, filled in when first needed */
};

/* kommune-economic-plan.c */

/* The key of an area, year and budget type in @frames and @frame_logs. */
char    *_kommune_economic_plan_frame_key     (const char           *area_code,
                                               guint                 year,
                                               KommuneBudgetType     budget_type);
void     _kommune_frame_log_free              (gpointer              data);

/* Fail with KOMMUNE_ERROR_INVALID_PERIOD / KOMMUNE_ERROR_INVALID_ARGUMENT,
 * naming @what (the year) or "frame" (the budget type), unless the year
 * is in the plan / @budget_type is one. */
gboolean _kommune_economic_plan_check_year    (KommuneEconomicPlan  *self,
                                               guint                 year,
                                               const char           *what,
                                               GError              **error);
gboolean _kommune_economic_plan_check_budget_type (KommuneBudgetType   budget_type,
                                                   GError            **error);

/* Makes a new plan look as if it had been rolled forward from
 * @start_year (<= its first year): the years in between are the ones
 * _kommune_economic_plan_restore_adjustments() accepts. */
gboolean _kommune_economic_plan_set_start_year (KommuneEconomicPlan  *self,
                                                guint                 start_year,
                                                GError              **error);

/* kommune-economic-plan-adopted.c */

/* Fails with KOMMUNE_ERROR_UNKNOWN_AREA, naming @what, unless the area is
 * known. */
gboolean _kommune_economic_plan_check_area    (KommuneEconomicPlan  *self,
                                               const char           *area_code,
                                               const char           *what,
                                               GError              **error);

/* The original frame, 0 when none was set. */
gint64   _kommune_economic_plan_original_amount (KommuneEconomicPlan  *self,
                                                 const char           *area_code,
                                                 guint                 year,
                                                 KommuneBudgetType     budget_type);

/* kommune-economic-plan-running.c */

/* The log of an area, year and budget type, or %NULL when no adjustment
 * touched it. */
KommuneFrameLog *_kommune_economic_plan_lookup_log (KommuneEconomicPlan  *self,
                                                   const char           *area_code,
                                                   guint                 year,
                                                   KommuneBudgetType     budget_type);

/* The frame with every adjustment in the log, exact. */
gint64   _kommune_economic_plan_full_frame    (KommuneEconomicPlan  *self,
                                               const char           *area_code,
                                               guint                 year,
                                               KommuneBudgetType     budget_type);

/* Every total the plan gives — a year's over its areas, an area's over
 * the plan's years — stays within 64 bits: checks that a change by @delta
 * to the full frame of @area_code, @year, @budget_type keeps them so, and
 * with @apply makes it in the cached totals. Fails with
 * KOMMUNE_ERROR_OVERFLOW naming @what. The cached totals are cleared
 * when the plan's years move. */
gboolean _kommune_economic_plan_change_totals (KommuneEconomicPlan  *self,
                                              const char           *area_code,
                                              guint                 year,
                                              KommuneBudgetType     budget_type,
                                              gint64                delta,
                                              gboolean              apply,
                                              const char           *what,
                                              GError              **error);

/* Files an adjustment the log has checked and taken in under every frame
 * it changes, moving their full frames by its lines. */
void     _kommune_economic_plan_index_adjustment (KommuneEconomicPlan  *self,
                                                  KommuneAdjustment    *adjustment);

/* kommune-economic-plan-log.c */

/* Appends every adjustment of @batch to the log, or none: each is checked
 * as kommune_economic_plan_check_adjustment() does, and together they may
 * not overflow a frame. Used by tertial reports on adoption. */
gboolean _kommune_economic_plan_add_adjustments (KommuneEconomicPlan  *self,
                                                 GListModel           *batch,
                                                 GError              **error);

/* As _kommune_economic_plan_add_adjustments(), for a document being
 * loaded: an adjustment for a year the plan has rolled past (from the
 * start year on) is accepted after the checks that do not need its
 * frame (id, areas, balance). */
gboolean _kommune_economic_plan_restore_adjustments (KommuneEconomicPlan  *self,
                                                     GListModel           *batch,
                                                     GError              **error);

gboolean _kommune_economic_plan_restore_adjustment (KommuneEconomicPlan  *self,
                                                    KommuneAdjustment    *adjustment,
                                                    GError              **error);

/* Reorders the log to the order of @ids, which must name every
 * adjustment in the log exactly once (KOMMUNE_ERROR_INVALID_ARGUMENT
 * otherwise). Frames do not depend on the order of the log. */
gboolean _kommune_economic_plan_reorder_log (KommuneEconomicPlan  *self,
                                             const char * const   *ids,
                                             GError              **error);

G_END_DECLS
