/* kommune-economic-plan-running.c: the running frames of a
 * KommuneEconomicPlan: the log filed under each area, year and budget
 * type with the exact frame of every adjustment in it, and the cached
 * totals per year and per area. Storing an original frame moves both, so
 * kommune_economic_plan_add_budget_frame() lives here, above the frames
 * as adopted and below the log, which files each adjustment it takes in
 * through _kommune_economic_plan_index_adjustment().
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "kommune-adjustment.h"
#include "core/kommune-amount-private.h"
#include "model/kommune-budget-frame-private.h"
#include "kommune-calendar.h"
#include "kommune-distribution-line.h"
#include "model/kommune-economic-plan-private.h"
#include "kommune-error.h"
#include "model/kommune-programme-area-private.h"
#include "core/kommune-i18n-private.h"

KommuneFrameLog *
_kommune_economic_plan_lookup_log (KommuneEconomicPlan *self,
                                   const char          *area_code,
                                   guint                year,
                                   KommuneBudgetType    budget_type)
{
  g_autofree char *key = _kommune_economic_plan_frame_key (area_code, year, budget_type);

  return g_hash_table_lookup (self->frame_logs, key);
}

static KommuneFrameLog *
ensure_log (KommuneEconomicPlan *self,
            const char          *area_code,
            guint                year,
            KommuneBudgetType    budget_type)
{
  char *key = _kommune_economic_plan_frame_key (area_code, year, budget_type);
  KommuneFrameLog *log = g_hash_table_lookup (self->frame_logs, key);

  if (log != NULL)
    {
      g_free (key);
      return log;
    }
  log = g_new0 (KommuneFrameLog, 1);
  log->adjustments = g_ptr_array_new ();
  g_hash_table_insert (self->frame_logs, key, log);
  return log;
}

/* The frame with every adjustment in the log, which the log keeps exact
 * (adding an adjustment or a frame that would overflow it is refused). */
gint64
_kommune_economic_plan_full_frame (KommuneEconomicPlan *self,
                                   const char          *area_code,
                                   guint                year,
                                   KommuneBudgetType    budget_type)
{
  KommuneFrameLog *log = _kommune_economic_plan_lookup_log (self, area_code, year, budget_type);

  return log != NULL ? log->total : _kommune_economic_plan_original_amount (self, area_code, year, budget_type);
}

/* The original frame of an area, year and budget type becomes
 * @new_amount: fails with KOMMUNE_ERROR_OVERFLOW, changing nothing, when
 * the frame with the log's adjustments would overflow. */
static gboolean
replace_original (KommuneEconomicPlan  *self,
                  const char           *area_code,
                  guint                 year,
                  KommuneBudgetType     budget_type,
                  gint64                new_amount,
                  GError              **error)
{
  KommuneFrameLog *log = _kommune_economic_plan_lookup_log (self, area_code, year, budget_type);
  gint64 total = new_amount;

  if (log == NULL)
    return TRUE;

  /* Rare (frames are usually set before adjustments): add up again. */
  for (guint i = 0; i < log->adjustments->len; i++)
    {
      KommuneAdjustment *adjustment = g_ptr_array_index (log->adjustments, i);

      if (!_kommune_checked_add (total, kommune_adjustment_get_effect (adjustment, area_code), &total))
        {
          g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_OVERFLOW,
                       _("the %u frame of area “%s” would overflow at adjustment “%s”"),
                       year, area_code, kommune_adjustment_get_id (adjustment));
          return FALSE;
        }
    }
  log->total = total;
  return TRUE;
}

/* A cached total: the year's over every area (@area_code NULL) or the
 * area's over the plan's years, computed the first time it is needed and
 * kept up to date by every change after. NULL if it does not fit, which
 * the checks below never let happen. */
static gint64 *
cached_total (KommuneEconomicPlan *self,
              const char          *area_code,
              guint                year,
              KommuneBudgetType    budget_type)
{
  g_autofree char *key = area_code == NULL
    ? g_strdup_printf ("year\x1f%u\x1f%d", year, (int) budget_type)
    : g_strdup_printf ("area\x1f%s\x1f%d", area_code, (int) budget_type);
  gint64 *total = g_hash_table_lookup (self->totals, key);
  gint64 sum = 0;

  if (total != NULL)
    return total;
  if (area_code == NULL)
    {
      for (guint i = 0; i < _kommune_list_get_n_items (self->areas); i++)
        if (!_kommune_checked_add (sum, _kommune_economic_plan_full_frame (self,
                                     kommune_programme_area_get_code (_kommune_list_get (self->areas, i)),
                                     year, budget_type), &sum))
          return NULL;
    }
  else
    {
      for (guint y = self->first_year; y < self->first_year + KOMMUNE_PLAN_YEARS; y++)
        if (!_kommune_checked_add (sum, _kommune_economic_plan_full_frame (self, area_code, y, budget_type), &sum))
          return NULL;
    }
  total = g_memdup2 (&sum, sizeof sum);
  g_hash_table_insert (self->totals, g_steal_pointer (&key), total);
  return total;
}

gboolean
_kommune_economic_plan_change_totals (KommuneEconomicPlan  *self,
                                      const char           *area_code,
                                      guint                 year,
                                      KommuneBudgetType     budget_type,
                                      gint64                delta,
                                      gboolean              apply,
                                      const char           *what,
                                      GError              **error)
{
  gint64 *total;
  gint64 changed;

  if (delta == 0 || !kommune_economic_plan_covers_year (self, year))
    return TRUE;
  total = cached_total (self, area_code, year, budget_type);
  if (total == NULL)
    return TRUE;
  if (!_kommune_checked_add (*total, delta, &changed))
    {
      if (area_code == NULL)
        g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_OVERFLOW,
                     _("%s would make the %u %s total of the plan overflow"),
                     what, year, kommune_budget_type_to_string (budget_type));
      else
        g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_OVERFLOW,
                     _("%s would make the plan total of area “%s” overflow"), what, area_code);
      return FALSE;
    }
  if (apply)
    *total = changed;
  return TRUE;
}

void
_kommune_economic_plan_index_adjustment (KommuneEconomicPlan *self,
                                         KommuneAdjustment   *adjustment)
{
  GListModel *lines = G_LIST_MODEL (kommune_adjustment_get_lines (adjustment));
  guint year = kommune_adjustment_get_year (adjustment);
  KommuneBudgetType budget_type = kommune_adjustment_get_budget_type (adjustment);
  gboolean covered = kommune_economic_plan_covers_year (self, year);
  guint n = g_list_model_get_n_items (lines);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KommuneDistributionLine) line = g_list_model_get_item (lines, i);
      const char *code = kommune_distribution_line_get_key (line);
      KommuneFrameLog *log = _kommune_economic_plan_lookup_log (self, code, year, budget_type);

      if (log == NULL)
        {
          log = ensure_log (self, code, year, budget_type);
          log->total = _kommune_economic_plan_original_amount (self, code, year, budget_type);
        }
      g_ptr_array_add (log->adjustments, adjustment);
      /* Checked before: the frames of the plan's years cannot overflow.
       * Those of years rolled past are not kept. */
      if (covered)
        log->total += kommune_distribution_line_get_amount (line);
    }
}

/**
 * kommune_economic_plan_add_budget_frame:
 * @self: a #KommuneEconomicPlan
 * @frame: an original frame, possibly with distributions
 * @error: return location for a #GError
 *
 * Stores @frame as the original frame of its area, year and budget type,
 * replacing any frame stored for them before. Its area becomes known to
 * the plan. Fails with %KOMMUNE_ERROR_INVALID_PERIOD when the year is
 * outside the plan, %KOMMUNE_ERROR_DUPLICATE when the plan knows
 * another area with the same code, %KOMMUNE_ERROR_OVERFLOW when the
 * frame with the log's adjustments to it would overflow, and with the
 * error of [ctor@Kommune.BudgetFrame.new_full] for a frame made with
 * g_object_new() without a valid area. On failure nothing changes.
 *
 * Returns: %TRUE if the frame was stored
 *
 * Since: 0.1
 */
gboolean
kommune_economic_plan_add_budget_frame (KommuneEconomicPlan  *self,
                                        KommuneBudgetFrame   *frame,
                                        GError              **error)
{
  KommuneProgrammeArea *area, *known;
  KommuneBudgetType budget_type;
  const char *code;
  gint64 delta;
  char *key;
  guint year;

  g_return_val_if_fail (KOMMUNE_IS_ECONOMIC_PLAN (self), FALSE);
  g_return_val_if_fail (KOMMUNE_IS_BUDGET_FRAME (frame), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_kommune_budget_frame_check (frame, error))
    return FALSE;

  area = kommune_budget_frame_get_area (frame);
  year = kommune_budget_frame_get_year (frame);
  budget_type = kommune_budget_frame_get_budget_type (frame);
  code = kommune_programme_area_get_code (area);

  if (!_kommune_economic_plan_check_year (self, year, "frame", error))
    return FALSE;
  /* Another area with the same code: add_area() says so. */
  known = _kommune_list_find (self->areas, code);
  if (known != NULL && known != area)
    return kommune_economic_plan_add_area (self, area, error);
  /* With the area checked and its code free, add_area() below cannot
   * fail: the frame changes the plan only as a whole. */
  if (known == NULL && !_kommune_programme_area_check (area, error))
    return FALSE;

  /* The full frame moves by the change of its original amount: the
   * plan's totals must take that too. */
  {
    gint64 original = _kommune_economic_plan_original_amount (self, code, year, budget_type);
    g_autofree char *what = g_strdup_printf (_("the %u frame of area “%s”"), year, code);

    if (!_kommune_checked_add (kommune_budget_frame_get_amount (frame),
                               original == G_MININT64 ? G_MAXINT64 : -original, &delta) ||
        original == G_MININT64)
      {
        g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_OVERFLOW,
                     _("%s: the change from its original does not fit in 64 bits"), what);
        return FALSE;
      }
    /* The frame with its adjustments first (the more precise error), then
     * the totals; a refusal puts the original back. */
    if (!replace_original (self, code, year, budget_type,
                             kommune_budget_frame_get_amount (frame), error))
      return FALSE;
    if (!_kommune_economic_plan_change_totals (self, NULL, year, budget_type, delta, FALSE, what, error) ||
        !_kommune_economic_plan_change_totals (self, code, year, budget_type, delta, FALSE, what, error))
      {
        replace_original (self, code, year, budget_type, original, NULL);
        return FALSE;
      }
  }

  key = _kommune_economic_plan_frame_key (code, year, budget_type);
  if (!kommune_economic_plan_add_area (self, area, error))
    {
      g_free (key);
      return FALSE;
    }

  g_hash_table_replace (self->frames, key, g_object_ref (frame));
  _kommune_economic_plan_change_totals (self, NULL, year, budget_type, delta, TRUE, NULL, NULL);
  _kommune_economic_plan_change_totals (self, code, year, budget_type, delta, TRUE, NULL, NULL);
  return TRUE;
}

/**
 * kommune_economic_plan_set_frame_amount:
 * @self: a #KommuneEconomicPlan
 * @area: the programme area
 * @year: a year of the plan
 * @budget_type: the operating or the investment budget
 * @amount: the original net frame, in øre
 * @error: return location for a #GError
 *
 * Sets the original frame of an area for one year and budget type, as a
 * new [class@Kommune.BudgetFrame] without distributions. Fails as
 * [method@Kommune.EconomicPlan.add_budget_frame] does.
 *
 * Returns: %TRUE if the frame was set
 *
 * Since: 0.1
 */
gboolean
kommune_economic_plan_set_frame_amount (KommuneEconomicPlan   *self,
                                        KommuneProgrammeArea  *area,
                                        guint                  year,
                                        KommuneBudgetType      budget_type,
                                        gint64                 amount,
                                        GError               **error)
{
  g_autoptr(KommuneBudgetFrame) frame = NULL;

  g_return_val_if_fail (KOMMUNE_IS_ECONOMIC_PLAN (self), FALSE);
  g_return_val_if_fail (KOMMUNE_IS_PROGRAMME_AREA (area), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_kommune_economic_plan_check_year (self, year, "frame", error))
    return FALSE;

  frame = kommune_budget_frame_new_full (area, year, budget_type, amount, error);
  return frame != NULL && kommune_economic_plan_add_budget_frame (self, frame, error);
}
