/* kommune-economic-plan-frames.c: the frames of a KommuneEconomicPlan:
 * the stored original frames, and every frame computed from them and the
 * log: revised as of a day or after a document, changes between two days,
 * and totals per year and per area
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "kommune-adjustment.h"
#include "core/kommune-amount-private.h"
#include "model/kommune-budget-frame-private.h"
#include "kommune-calendar.h"
#include "core/kommune-date-private.h"
#include "model/kommune-economic-plan-private.h"
#include "kommune-error.h"
#include "model/kommune-programme-area-private.h"

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
    g_autofree char *what = g_strdup_printf ("the %u frame of area “%s”", year, code);

    if (!_kommune_checked_add (kommune_budget_frame_get_amount (frame),
                               original == G_MININT64 ? G_MAXINT64 : -original, &delta) ||
        original == G_MININT64)
      {
        g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_OVERFLOW,
                     "%s: the change from its original does not fit in 64 bits", what);
        return FALSE;
      }
    /* The frame with its adjustments first (the more precise error), then
     * the totals; a refusal puts the original back. */
    if (!_kommune_economic_plan_replace_original (self, code, year, budget_type,
                                                  kommune_budget_frame_get_amount (frame), error))
      return FALSE;
    if (!_kommune_economic_plan_change_totals (self, NULL, year, budget_type, delta, FALSE, what, error) ||
        !_kommune_economic_plan_change_totals (self, code, year, budget_type, delta, FALSE, what, error))
      {
        _kommune_economic_plan_replace_original (self, code, year, budget_type, original, NULL);
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

/**
 * kommune_economic_plan_get_budget_frame:
 * @self: a #KommuneEconomicPlan
 * @area_code: an area code
 * @year: a year
 * @budget_type: the budget
 *
 * Gets the stored original frame, with its distributions.
 *
 * Returns: (transfer none) (nullable): the frame, or %NULL if none is set
 *
 * Since: 0.1
 */
KommuneBudgetFrame *
kommune_economic_plan_get_budget_frame (KommuneEconomicPlan *self,
                                        const char          *area_code,
                                        guint                year,
                                        KommuneBudgetType    budget_type)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (KOMMUNE_IS_ECONOMIC_PLAN (self), NULL);
  g_return_val_if_fail (area_code != NULL, NULL);

  key = _kommune_economic_plan_frame_key (area_code, year, budget_type);
  return g_hash_table_lookup (self->frames, key);
}

/**
 * kommune_economic_plan_list_budget_frames:
 * @self: a #KommuneEconomicPlan
 *
 * Lists the stored original frames, ordered by area (in the order the
 * plan came to know them), year and budget type (operating first).
 *
 * Returns: (transfer full): a read-only snapshot, a list model of
 *   [class@Kommune.BudgetFrame]
 *
 * Since: 0.1
 */
GListModel *
kommune_economic_plan_list_budget_frames (KommuneEconomicPlan *self)
{
  g_autoptr(GPtrArray) found = NULL;
  KommuneList *list;
  guint n_areas;

  g_return_val_if_fail (KOMMUNE_IS_ECONOMIC_PLAN (self), NULL);

  found = g_ptr_array_new ();
  n_areas = _kommune_list_get_n_items (self->areas);
  for (guint a = 0; a < n_areas; a++)
    {
      KommuneProgrammeArea *area = _kommune_list_get (self->areas, a);
      const char *code = kommune_programme_area_get_code (area);

      for (guint year = self->first_year; year < self->first_year + KOMMUNE_PLAN_YEARS; year++)
        for (int type = KOMMUNE_BUDGET_TYPE_OPERATING; type <= KOMMUNE_BUDGET_TYPE_INVESTMENT; type++)
          {
            KommuneBudgetFrame *frame =
              kommune_economic_plan_get_budget_frame (self, code, year, (KommuneBudgetType) type);

            if (frame != NULL)
              g_ptr_array_add (found, frame);
          }
    }
  list = _kommune_list_new (KOMMUNE_TYPE_BUDGET_FRAME, NULL);
  _kommune_list_append_all (list, found, "frame", "the list of frames", NULL);
  return G_LIST_MODEL (list);
}

/* Which adjustments count: those dated on or before @until_key and after
 * @since_key (yyyymmdd, 0 for no bound) whose document ranks at most
 * @max_rank (-1 for any). */
typedef struct
{
  guint since_key;
  guint until_key;
  int   max_rank;
} Selection;

static gboolean
check_budget_type (KommuneBudgetType   budget_type,
                   GError            **error)
{
  if (kommune_budget_type_to_string (budget_type) != NULL)
    return TRUE;
  g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
               "frame: %d is not a budget type", (int) budget_type);
  return FALSE;
}

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
      !check_budget_type (budget_type, error))
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
                       "the %u frame of area “%s” overflows at adjustment “%s”",
                       year, area_code, kommune_adjustment_get_id (adjustment));
          return FALSE;
        }
    }

  *out = total;
  return TRUE;
}

/**
 * kommune_economic_plan_get_original_frame_amount:
 * @self: a #KommuneEconomicPlan
 * @area_code: an area code the plan knows
 * @year: a year of the plan
 * @budget_type: the budget
 * @error: return location for a #GError
 *
 * Gets the frame as adopted, before any adjustment; 0 when none was set.
 * Fails with %KOMMUNE_ERROR_UNKNOWN_AREA or %KOMMUNE_ERROR_INVALID_PERIOD.
 *
 * Returns: the frame in øre, or 0 with @error set
 *
 * Since: 0.1
 */
gint64
kommune_economic_plan_get_original_frame_amount (KommuneEconomicPlan  *self,
                                          const char           *area_code,
                                          guint                 year,
                                          KommuneBudgetType     budget_type,
                                          GError              **error)
{
  g_return_val_if_fail (KOMMUNE_IS_ECONOMIC_PLAN (self), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!_kommune_economic_plan_check_area (self, area_code, "frame", error) ||
      !_kommune_economic_plan_check_year (self, year, "frame", error) ||
      !check_budget_type (budget_type, error))
    return 0;

  return _kommune_economic_plan_original_amount (self, area_code, year, budget_type);
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
                   "frame: %d is not a document kind", (int) document);
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
                   "the change from %s to %s: the end comes before the start", from, to);
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
      !check_budget_type (budget_type, error))
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
                                      "the %u total: ", year);
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
                                      "the plan total of area “%s”: ", area_code);
          return 0;
        }
    }
  return total;
}
