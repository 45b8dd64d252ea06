/* kommune-economic-plan-log.c: the adjustment log of a KommuneEconomicPlan
 * and every frame computed from it
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "kommune-adjustment-private.h"
#include "kommune-amount-private.h"
#include "kommune-budget-frame.h"
#include "kommune-calendar.h"
#include "kommune-collection-private.h"
#include "kommune-date-private.h"
#include "kommune-distribution-line.h"
#include "kommune-distribution.h"
#include "kommune-economic-plan-private.h"
#include "kommune-error.h"
#include "kommune-programme-area.h"

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
  g_autoptr(GError) local_error = NULL;
  KommuneBudgetFrame *frame;
  gint64 total = 0;
  guint n;

  if (!_kommune_economic_plan_check_area (self, area_code, "frame", error) ||
      !_kommune_economic_plan_check_year (self, year, "frame", error))
    return FALSE;

  frame = kommune_economic_plan_get_budget_frame (self, area_code, year, budget_type);
  if (include_original && frame != NULL)
    total = kommune_budget_frame_get_amount (frame);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->adjustments));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KommuneAdjustment) adjustment = g_list_model_get_item (G_LIST_MODEL (self->adjustments), i);
      guint date_key;

      if (kommune_adjustment_get_year (adjustment) != year ||
          kommune_adjustment_get_budget_type (adjustment) != budget_type)
        continue;

      date_key = _kommune_date_key (kommune_adjustment_get_date (adjustment));
      if ((selection->until_key != 0 && date_key > selection->until_key) ||
          (selection->since_key != 0 && date_key <= selection->since_key) ||
          (selection->max_rank >= 0 &&
           kommune_calendar_document_rank (kommune_adjustment_get_document (adjustment)) > selection->max_rank))
        continue;

      total = kommune_amount_add (total, kommune_adjustment_get_effect (adjustment, area_code),
                                  &local_error);
      if (local_error != NULL)
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
 * kommune_economic_plan_get_original_frame:
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
kommune_economic_plan_get_original_frame (KommuneEconomicPlan  *self,
                                          const char           *area_code,
                                          guint                 year,
                                          KommuneBudgetType     budget_type,
                                          GError              **error)
{
  KommuneBudgetFrame *frame;

  g_return_val_if_fail (KOMMUNE_IS_ECONOMIC_PLAN (self), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!_kommune_economic_plan_check_area (self, area_code, "frame", error) ||
      !_kommune_economic_plan_check_year (self, year, "frame", error))
    return 0;

  frame = kommune_economic_plan_get_budget_frame (self, area_code, year, budget_type);
  return frame ? kommune_budget_frame_get_amount (frame) : 0;
}

/**
 * kommune_economic_plan_get_frame:
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
kommune_economic_plan_get_frame (KommuneEconomicPlan  *self,
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
 * kommune_economic_plan_get_frame_after:
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
kommune_economic_plan_get_frame_after (KommuneEconomicPlan  *self,
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
 * the sum of the adjustments dated after @since and on or before @until.
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
  if (selection.until_key <= selection.since_key)
    {
      /* An empty or reversed interval: nothing changed in it. */
      selection.until_key = selection.since_key;
    }
  compute_frame (self, area_code, year, budget_type, &selection, FALSE, &change, error);
  return change;
}

/**
 * kommune_economic_plan_get_total:
 * @self: a #KommuneEconomicPlan
 * @year: a year of the plan
 * @budget_type: the budget
 * @as_of: (nullable): as in [method@Kommune.EconomicPlan.get_frame]
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

  if (!_kommune_economic_plan_check_year (self, year, "total", error))
    return 0;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->areas));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KommuneProgrammeArea) area = g_list_model_get_item (G_LIST_MODEL (self->areas), i);
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
 * @as_of: (nullable): as in [method@Kommune.EconomicPlan.get_frame]
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

/**
 * kommune_economic_plan_check_adjustment:
 * @self: a #KommuneEconomicPlan
 * @adjustment: an adjustment
 * @error: return location for a #GError
 *
 * Checks, without changing anything, that @adjustment may enter the log:
 * its id is new (%KOMMUNE_ERROR_DUPLICATE), its year is in the plan
 * (%KOMMUNE_ERROR_INVALID_PERIOD), every area it names is known
 * (%KOMMUNE_ERROR_UNKNOWN_AREA), a transfer's lines sum to zero
 * (%KOMMUNE_ERROR_UNBALANCED_TRANSFER, naming the difference) and the
 * frames it changes do not overflow (%KOMMUNE_ERROR_OVERFLOW).
 *
 * Returns: %TRUE if [method@Kommune.EconomicPlan.add_adjustment] would
 *   accept it
 *
 * Since: 0.1
 */
gboolean
kommune_economic_plan_check_adjustment (KommuneEconomicPlan  *self,
                                        KommuneAdjustment    *adjustment,
                                        GError              **error)
{
  KommuneDistribution *lines;
  const char *id;
  g_autofree char *what = NULL;
  guint n;

  g_return_val_if_fail (KOMMUNE_IS_ECONOMIC_PLAN (self), FALSE);
  g_return_val_if_fail (KOMMUNE_IS_ADJUSTMENT (adjustment), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  id = kommune_adjustment_get_id (adjustment);
  what = g_strdup_printf ("adjustment “%s”", id);

  if (g_hash_table_contains (self->adjustment_ids, id))
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_DUPLICATE,
                   "the plan's log already has an adjustment “%s”", id);
      return FALSE;
    }
  if (!_kommune_economic_plan_check_year (self, kommune_adjustment_get_year (adjustment), what, error))
    return FALSE;

  lines = kommune_adjustment_get_lines (adjustment);
  n = g_list_model_get_n_items (G_LIST_MODEL (lines));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KommuneDistributionLine) line = g_list_model_get_item (G_LIST_MODEL (lines), i);
      const char *code = kommune_distribution_line_get_key (line);
      Selection every = { 0, 0, -1 };
      g_autoptr(GError) local_error = NULL;
      gint64 now = 0;

      /* The frame after every adjustment so far must take this one too. */
      if (!_kommune_economic_plan_check_area (self, code, what, error) ||
          !compute_frame (self, code, kommune_adjustment_get_year (adjustment),
                          kommune_adjustment_get_budget_type (adjustment),
                          &every, TRUE, &now, error))
        return FALSE;
      kommune_amount_add (now, kommune_distribution_line_get_amount (line), &local_error);
      if (local_error != NULL)
        {
          g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_OVERFLOW,
                       "%s would overflow the frame of area “%s”", what, code);
          return FALSE;
        }
    }

  if (kommune_adjustment_is_transfer (adjustment) && kommune_distribution_get_total (lines) != 0)
    {
      g_autofree char *difference = _kommune_amount_describe (kommune_distribution_get_total (lines));

      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_UNBALANCED_TRANSFER,
                   "transfer “%s” does not balance: its %u lines sum to %s, not 0 "
                   "(difference %s)", id, n, difference, difference);
      return FALSE;
    }

  return TRUE;
}

/**
 * kommune_economic_plan_add_adjustment:
 * @self: a #KommuneEconomicPlan
 * @adjustment: an adjustment
 * @error: return location for a #GError
 *
 * Appends @adjustment to the log, after the checks of
 * [method@Kommune.EconomicPlan.check_adjustment]; on failure nothing
 * changes. From then on the adjustment is frozen.
 *
 * Returns: %TRUE if the adjustment is in the log
 *
 * Since: 0.1
 */
gboolean
kommune_economic_plan_add_adjustment (KommuneEconomicPlan  *self,
                                      KommuneAdjustment    *adjustment,
                                      GError              **error)
{
  g_return_val_if_fail (KOMMUNE_IS_ECONOMIC_PLAN (self), FALSE);
  g_return_val_if_fail (KOMMUNE_IS_ADJUSTMENT (adjustment), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!kommune_economic_plan_check_adjustment (self, adjustment, error))
    return FALSE;

  _kommune_adjustment_freeze (adjustment);
  g_hash_table_add (self->adjustment_ids, (gpointer) kommune_adjustment_get_id (adjustment));
  g_list_store_append (self->adjustments, adjustment);
  return TRUE;
}

gboolean
_kommune_economic_plan_add_adjustments (KommuneEconomicPlan  *self,
                                        GListModel           *batch,
                                        GError              **error)
{
  g_autoptr(GHashTable) running = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = g_list_model_get_n_items (batch);

  /* Each one alone, then all of them together, before anything changes. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KommuneAdjustment) adjustment = g_list_model_get_item (batch, i);
      KommuneDistribution *lines = kommune_adjustment_get_lines (adjustment);
      const char *id = kommune_adjustment_get_id (adjustment);

      if (!kommune_economic_plan_check_adjustment (self, adjustment, error))
        return FALSE;
      if (!g_hash_table_add (ids, (gpointer) id))
        {
          g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_DUPLICATE,
                       "adjustment “%s” comes twice in one batch", id);
          return FALSE;
        }

      for (guint l = 0; l < g_list_model_get_n_items (G_LIST_MODEL (lines)); l++)
        {
          g_autoptr(KommuneDistributionLine) line = g_list_model_get_item (G_LIST_MODEL (lines), l);
          const char *code = kommune_distribution_line_get_key (line);
          g_autofree char *key = g_strdup_printf ("%s\x1f%u\x1f%d", code,
                                                  kommune_adjustment_get_year (adjustment),
                                                  (int) kommune_adjustment_get_budget_type (adjustment));
          gint64 *total = g_hash_table_lookup (running, key);

          if (total == NULL)
            {
              Selection every = { 0, 0, -1 };

              total = g_new0 (gint64, 1);
              g_hash_table_insert (running, g_strdup (key), total);
              if (!compute_frame (self, code, kommune_adjustment_get_year (adjustment),
                                  kommune_adjustment_get_budget_type (adjustment),
                                  &every, TRUE, total, error))
                return FALSE;
            }
          if (!_kommune_checked_add (*total, kommune_distribution_line_get_amount (line), total))
            {
              g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_OVERFLOW,
                           "adjustment “%s” would overflow the frame of area “%s” "
                           "together with the adjustments before it", id, code);
              return FALSE;
            }
        }
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KommuneAdjustment) adjustment = g_list_model_get_item (batch, i);

      _kommune_adjustment_freeze (adjustment);
      g_hash_table_add (self->adjustment_ids, (gpointer) kommune_adjustment_get_id (adjustment));
      g_list_store_append (self->adjustments, adjustment);
    }
  return TRUE;
}

/**
 * kommune_economic_plan_get_adjustments:
 * @self: a #KommuneEconomicPlan
 *
 * Gets the log, in the order adjustments were added.
 *
 * Returns: (transfer none): a list model of [class@Kommune.Adjustment]
 *
 * Since: 0.1
 */
GListModel *
kommune_economic_plan_get_adjustments (KommuneEconomicPlan *self)
{
  g_return_val_if_fail (KOMMUNE_IS_ECONOMIC_PLAN (self), NULL);

  return G_LIST_MODEL (self->adjustments);
}

/**
 * kommune_economic_plan_find_adjustment:
 * @self: a #KommuneEconomicPlan
 * @id: an adjustment id
 *
 * Looks up an adjustment in the log.
 *
 * Returns: (transfer none) (nullable): the adjustment, or %NULL
 *
 * Since: 0.1
 */
KommuneAdjustment *
kommune_economic_plan_find_adjustment (KommuneEconomicPlan *self,
                                       const char          *id)
{
  g_return_val_if_fail (KOMMUNE_IS_ECONOMIC_PLAN (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return _kommune_collection_find (G_LIST_MODEL (self->adjustments),
                                   (KommuneKeyFunc) kommune_adjustment_get_id, id);
}
