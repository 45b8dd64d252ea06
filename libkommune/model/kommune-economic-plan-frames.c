/* kommune-economic-plan-frames.c: the frames of a KommuneEconomicPlan as
 * the log revises them, the top of the plan's files: revised as of a day
 * or after a document, the change between two days, and the totals per
 * year and per area. Each is the original frame (as adopted) plus the
 * adjustments the running frames file under it; nothing below asks for
 * them.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "kommune-adjustment.h"
#include "core/kommune-amount-private.h"
#include "kommune-calendar.h"
#include "core/kommune-date-private.h"
#include "model/kommune-economic-plan-private.h"
#include "kommune-error.h"
#include "kommune-programme-area.h"
#include "core/kommune-i18n-private.h"

/* Which adjustments count: those dated on or before @until_key and after
 * @since_key (yyyymmdd, 0 for no bound) whose document ranks at most
 * @max_rank (-1 for any). */
typedef struct
{
  guint since_key;
  guint until_key;
  int   max_rank;
} Selection;

/* The original frame plus the selected adjustments' effect on the area. */
static gboolean
compute_frame (KommuneEconomicPlan  *self,
               const char           *area_code,
               guint                 year,
               KommuneBudgetType     budget_type,
               const Selection      *selection,
               gboolean              include_original,
               gint64               *out,
               GError              **error)
{
  KommuneFrameLog *log;
  gint64 total = 0;

  if (!_kommune_economic_plan_check_area (self, area_code, "frame", error) ||
      !_kommune_economic_plan_check_year (self, year, "frame", error) ||
      !_kommune_economic_plan_check_budget_type (budget_type, error))
    return FALSE;

  if (include_original && selection->since_key == 0 && selection->until_key == 0 &&
      selection->max_rank < 0)
    {
      *out = _kommune_economic_plan_full_frame (self, area_code, year, budget_type);
      return TRUE;
    }

  if (include_original)
    total = _kommune_economic_plan_original_amount (self, area_code, year, budget_type);

  log = _kommune_economic_plan_lookup_log (self, area_code, year, budget_type);
  for (guint i = 0; log != NULL && i < log->adjustments->len; i++)
    {
      KommuneAdjustment *adjustment = g_ptr_array_index (log->adjustments, i);
      guint date_key = _kommune_date_key (kommune_adjustment_get_date (adjustment));

      if ((selection->until_key != 0 && date_key > selection->until_key) ||
          (selection->since_key != 0 && date_key <= selection->since_key) ||
          (selection->max_rank >= 0 &&
           kommune_calendar_document_rank (kommune_adjustment_get_document (adjustment)) > selection->max_rank))
        continue;

      if (!_kommune_checked_add (total, kommune_adjustment_get_effect (adjustment, area_code), &total))
        {
          g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_OVERFLOW,
                       _("the %u frame of area “%s” overflows at adjustment “%s”"),
                       year, area_code, kommune_adjustment_get_id (adjustment));
          return FALSE;
        }
    }

  *out = total;
  return TRUE;
}

/**
 * kommune_economic_plan_get_frame_amount:
 * @self: a #KommuneEconomicPlan
 * @area_code: an area code the plan knows
 * @year: a year of the plan
 * @budget_type: the budget
 * @as_of: (nullable): count the adjustments dated on or before this
 *   calendar day, or %NULL for every adjustment
 * @error: return location for a #GError
 *
 * Gets the revised frame: the original frame plus the adjustments in the
 * log for that area, year and budget type. Fails with
 * %KOMMUNE_ERROR_UNKNOWN_AREA, %KOMMUNE_ERROR_INVALID_PERIOD or
 * %KOMMUNE_ERROR_OVERFLOW.
 *
 * Returns: the frame in øre, or 0 with @error set
 *
 * Since: 0.1
 */
gint64
kommune_economic_plan_get_frame_amount (KommuneEconomicPlan  *self,
                                        const char           *area_code,
                                        guint                 year,
                                        KommuneBudgetType     budget_type,
                                        GDateTime            *as_of,
                                        GError              **error)
{
  Selection selection = { 0, 0, -1 };
  gint64 frame = 0;

  g_return_val_if_fail (KOMMUNE_IS_ECONOMIC_PLAN (self), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (as_of != NULL)
    selection.until_key = _kommune_date_key (as_of);
  compute_frame (self, area_code, year, budget_type, &selection, TRUE, &frame, error);
  return frame;
}

/**
 * kommune_economic_plan_get_frame_amount_after:
 * @self: a #KommuneEconomicPlan
 * @area_code: an area code the plan knows
 * @year: a year of the plan
 * @budget_type: the budget
 * @document: the last document whose adjustments count
 * @error: return location for a #GError
 *
 * Gets the frame revised by the adjustments that came in @document or in
 * a document before it in the steering year: the economic plan, the first
 * tertial report, the council's guidance, the second tertial report, the
 * annual evaluation. With %KOMMUNE_DOCUMENT_KIND_ECONOMIC_PLAN this is the
 * budget as adopted including any adjustments made in the plan itself.
 *
 * Returns: the frame in øre, or 0 with @error set
 *
 * Since: 0.1
 */
gint64
kommune_economic_plan_get_frame_amount_after (KommuneEconomicPlan  *self,
                                              const char           *area_code,
                                              guint                 year,
                                              KommuneBudgetType     budget_type,
                                              KommuneDocumentKind   document,
                                              GError              **error)
{
  Selection selection = { 0, 0, -1 };
  gint64 frame = 0;

  g_return_val_if_fail (KOMMUNE_IS_ECONOMIC_PLAN (self), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  selection.max_rank = kommune_calendar_document_rank (document);
  if (selection.max_rank < 0)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                   _("frame: %d is not a document kind"), (int) document);
      return 0;
    }
  compute_frame (self, area_code, year, budget_type, &selection, TRUE, &frame, error);
  return frame;
}

/**
 * kommune_economic_plan_get_frame_change:
 * @self: a #KommuneEconomicPlan
 * @area_code: an area code the plan knows
 * @year: a year of the plan
 * @budget_type: the budget
 * @since: the earlier state: adjustments dated after this day count
 * @until: the later state: adjustments dated on or before this day count
 * @error: return location for a #GError
 *
 * Gets the difference between the frame as of @until and as of @since:
 * the sum of the adjustments dated after @since and on or before @until
 * (0 when they are the same day). Fails with
 * %KOMMUNE_ERROR_INVALID_PERIOD when @until comes before @since.
 *
 * Returns: the change in øre, or 0 with @error set
 *
 * Since: 0.1
 */
gint64
kommune_economic_plan_get_frame_change (KommuneEconomicPlan  *self,
                                        const char           *area_code,
                                        guint                 year,
                                        KommuneBudgetType     budget_type,
                                        GDateTime            *since,
                                        GDateTime            *until,
                                        GError              **error)
{
  Selection selection = { 0, 0, -1 };
  gint64 change = 0;

  g_return_val_if_fail (KOMMUNE_IS_ECONOMIC_PLAN (self), 0);
  g_return_val_if_fail (since != NULL && until != NULL, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  selection.since_key = _kommune_date_key (since);
  selection.until_key = _kommune_date_key (until);
  if (selection.until_key < selection.since_key)
    {
      g_autofree char *from = _kommune_date_format (since);
      g_autofree char *to = _kommune_date_format (until);

      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_PERIOD,
                   _("the change from %s to %s: the end comes before the start"), from, to);
      return 0;
    }
  compute_frame (self, area_code, year, budget_type, &selection, FALSE, &change, error);
  return change;
}

/**
 * kommune_economic_plan_get_total:
 * @self: a #KommuneEconomicPlan
 * @year: a year of the plan
 * @budget_type: the budget
 * @as_of: (nullable): as in [method@Kommune.EconomicPlan.get_frame_amount]
 * @error: return location for a #GError
 *
 * Adds up the revised frames of every area the plan knows for one year
 * and budget type, exactly.
 *
 * Returns: the total in øre, or 0 with @error set
 *
 * Since: 0.1
 */
gint64
kommune_economic_plan_get_total (KommuneEconomicPlan  *self,
                                 guint                 year,
                                 KommuneBudgetType     budget_type,
                                 GDateTime            *as_of,
                                 GError              **error)
{
  gint64 total = 0;
  guint n;

  g_return_val_if_fail (KOMMUNE_IS_ECONOMIC_PLAN (self), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!_kommune_economic_plan_check_year (self, year, "total", error) ||
      !_kommune_economic_plan_check_budget_type (budget_type, error))
    return 0;

  n = _kommune_list_get_n_items (self->areas);
  for (guint i = 0; i < n; i++)
    {
      KommuneProgrammeArea *area = _kommune_list_get (self->areas, i);
      Selection selection = { 0, as_of ? _kommune_date_key (as_of) : 0, -1 };
      g_autoptr(GError) local_error = NULL;
      gint64 frame = 0;

      if (!compute_frame (self, kommune_programme_area_get_code (area), year, budget_type,
                          &selection, TRUE, &frame, error))
        return 0;
      total = kommune_amount_add (total, frame, &local_error);
      if (local_error != NULL)
        {
          g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                                      _("the %u total: "), year);
          return 0;
        }
    }
  return total;
}

/**
 * kommune_economic_plan_get_area_total:
 * @self: a #KommuneEconomicPlan
 * @area_code: an area code the plan knows
 * @budget_type: the budget
 * @as_of: (nullable): as in [method@Kommune.EconomicPlan.get_frame_amount]
 * @error: return location for a #GError
 *
 * Adds up one area's revised frames over the plan's four years, exactly.
 *
 * Returns: the total in øre, or 0 with @error set
 *
 * Since: 0.1
 */
gint64
kommune_economic_plan_get_area_total (KommuneEconomicPlan  *self,
                                      const char           *area_code,
                                      KommuneBudgetType     budget_type,
                                      GDateTime            *as_of,
                                      GError              **error)
{
  Selection selection = { 0, 0, -1 };
  gint64 total = 0;

  g_return_val_if_fail (KOMMUNE_IS_ECONOMIC_PLAN (self), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (as_of != NULL)
    selection.until_key = _kommune_date_key (as_of);

  for (guint year = self->first_year; year < self->first_year + KOMMUNE_PLAN_YEARS; year++)
    {
      g_autoptr(GError) local_error = NULL;
      gint64 frame = 0;

      if (!compute_frame (self, area_code, year, budget_type, &selection, TRUE, &frame, error))
        return 0;
      total = kommune_amount_add (total, frame, &local_error);
      if (local_error != NULL)
        {
          g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                                      _("the plan total of area “%s”: "), area_code);
          return 0;
        }
    }
  return total;
}
