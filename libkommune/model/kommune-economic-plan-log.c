/* kommune-economic-plan-log.c: the adjustment log of a KommuneEconomicPlan:
 * checking, adding, restoring and reordering adjustments, alone or as a
 * batch that enters whole or not at all. An adjustment taken in is filed
 * under the frames it changes by kommune-economic-plan-running.c, below;
 * the frames revised by the log are answered for above, in
 * kommune-economic-plan-frames.c.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "model/kommune-adjustment-private.h"
#include "core/kommune-amount-private.h"
#include "kommune-distribution-line.h"
#include "kommune-distribution.h"
#include "model/kommune-economic-plan-private.h"
#include "kommune-error.h"
#include "core/kommune-i18n-private.h"

/* The totals of an adjustment: the year's by its net effect, each area's
 * by its line. With @undo, takes back what an earlier call applied. */
static gboolean
change_totals_by (KommuneEconomicPlan  *self,
                  KommuneAdjustment    *adjustment,
                  gboolean              undo,
                  GError              **error)
{
  GListModel *lines = G_LIST_MODEL (kommune_adjustment_get_lines (adjustment));
  guint year = kommune_adjustment_get_year (adjustment);
  KommuneBudgetType budget_type = kommune_adjustment_get_budget_type (adjustment);
  g_autofree char *what = g_strdup_printf (_("adjustment “%s”"), kommune_adjustment_get_id (adjustment));
  gint64 net = kommune_distribution_get_total (kommune_adjustment_get_lines (adjustment));
  guint n = g_list_model_get_n_items (lines), done = 0;

  if (!_kommune_economic_plan_change_totals (self, NULL, year, budget_type, undo ? -net : net, TRUE, what, error))
    return FALSE;
  for (; done < n; done++)
    {
      g_autoptr(KommuneDistributionLine) line = g_list_model_get_item (lines, done);
      gint64 amount = kommune_distribution_line_get_amount (line);

      if (!_kommune_economic_plan_change_totals (self, kommune_distribution_line_get_key (line), year,
                                                 budget_type, undo ? -amount : amount, TRUE, what, error))
        break;
    }
  if (done == n)
    return TRUE;

  /* Back to where it was: every step undone returns to a sum that fit. */
  _kommune_economic_plan_change_totals (self, NULL, year, budget_type, undo ? net : -net, TRUE, what, NULL);
  while (done-- > 0)
    {
      g_autoptr(KommuneDistributionLine) line = g_list_model_get_item (lines, done);
      gint64 amount = kommune_distribution_line_get_amount (line);

      _kommune_economic_plan_change_totals (self, kommune_distribution_line_get_key (line), year,
                                            budget_type, undo ? amount : -amount, TRUE, what, NULL);
    }
  return FALSE;
}

/* The running frames of one batch: frame key → gint64, starting from the
 * log's full frame the first time the batch touches a key. */
typedef struct
{
  GHashTable *running;
  GHashTable *ids;
} Batch;

static void
batch_init (Batch *batch)
{
  batch->running = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  batch->ids = g_hash_table_new (g_str_hash, g_str_equal);
}

static void
batch_clear (Batch *batch)
{
  g_clear_pointer (&batch->running, g_hash_table_unref);
  g_clear_pointer (&batch->ids, g_hash_table_unref);
}

/* Checks one adjustment of a batch against the plan and the batch's
 * adjustments before it. @restore accepts the years the plan has rolled
 * past (their frames are gone, so they are not added up). */
static gboolean
check_one (KommuneEconomicPlan  *self,
           KommuneAdjustment    *adjustment,
           Batch                *batch,
           gboolean              restore,
           GError              **error)
{
  KommuneDistribution *lines;
  KommuneBudgetType budget_type;
  g_autofree char *what = NULL;
  const char *id;
  guint year, n;
  gboolean past;

  if (!_kommune_adjustment_check (adjustment, error))
    return FALSE;

  id = kommune_adjustment_get_id (adjustment);
  year = kommune_adjustment_get_year (adjustment);
  budget_type = kommune_adjustment_get_budget_type (adjustment);
  what = g_strdup_printf (_("adjustment “%s”"), id);

  if (_kommune_list_find (self->adjustments, id) != NULL)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_DUPLICATE,
                   _("the plan's log already has an adjustment “%s”"), id);
      return FALSE;
    }
  if (batch != NULL && g_hash_table_contains (batch->ids, id))
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_DUPLICATE,
                   _("adjustment “%s” comes twice in one batch"), id);
      return FALSE;
    }

  past = restore && year >= self->start_year && year < self->first_year;
  if (!past && !_kommune_economic_plan_check_year (self, year, what, error))
    return FALSE;

  lines = kommune_adjustment_get_lines (adjustment);
  n = g_list_model_get_n_items (G_LIST_MODEL (lines));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KommuneDistributionLine) line = g_list_model_get_item (G_LIST_MODEL (lines), i);
      const char *code = kommune_distribution_line_get_key (line);
      g_autofree char *key = NULL;
      gint64 *running = NULL;
      gint64 now;

      if (!_kommune_economic_plan_check_area (self, code, what, error))
        return FALSE;
      if (past)
        continue;

      /* The frame after every adjustment so far must take this one too. */
      key = _kommune_economic_plan_frame_key (code, year, budget_type);
      if (batch != NULL)
        running = g_hash_table_lookup (batch->running, key);
      now = running != NULL ? *running : _kommune_economic_plan_full_frame (self, code, year, budget_type);
      if (!_kommune_checked_add (now, kommune_distribution_line_get_amount (line), &now))
        {
          gint64 alone;

          if (running != NULL &&
              _kommune_checked_add (_kommune_economic_plan_full_frame (self, code, year, budget_type),
                                    kommune_distribution_line_get_amount (line), &alone))
            g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_OVERFLOW,
                         _("adjustment “%s” would overflow the frame of area “%s” "
                         "together with the adjustments before it"), id, code);
          else
            g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_OVERFLOW,
                         _("%s would overflow the frame of area “%s”"), what, code);
          return FALSE;
        }
      if (batch != NULL && running != NULL)
        *running = now;
      else if (batch != NULL)
        g_hash_table_insert (batch->running, g_steal_pointer (&key), g_memdup2 (&now, sizeof now));
    }

  if (kommune_adjustment_is_transfer (adjustment) && kommune_distribution_get_total (lines) != 0)
    {
      g_autofree char *difference = _kommune_amount_describe (kommune_distribution_get_total (lines));

      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_UNBALANCED_TRANSFER,
                   _("transfer “%s” does not balance: its %u lines sum to %s, not 0 "
                   "(difference %s)"), id, n, difference, difference);
      return FALSE;
    }

  if (batch != NULL)
    g_hash_table_add (batch->ids, (gpointer) id);
  return TRUE;
}

static gboolean
add_batch (KommuneEconomicPlan  *self,
           GListModel           *batch_model,
           gboolean              restore,
           GError              **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  Batch batch;
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (batch_model), FALSE);

  n = g_list_model_get_n_items (batch_model);
  for (guint i = 0; i < n; i++)
    {
      gpointer item = g_list_model_get_item (batch_model, i);

      if (!KOMMUNE_IS_ADJUSTMENT (item))
        {
          g_clear_object (&item);
          g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                       _("item %u of the batch is not an adjustment"), i);
          return FALSE;
        }
      g_ptr_array_add (items, item);
    }

  /* Each one alone, then all of them together, before anything changes. */
  batch_init (&batch);
  for (guint i = 0; i < n; i++)
    if (!check_one (self, g_ptr_array_index (items, i), &batch, restore, error))
      {
        batch_clear (&batch);
        return FALSE;
      }
  batch_clear (&batch);

  /* The plan's totals take the lot, or nothing changes. */
  for (guint i = 0; i < n; i++)
    if (!change_totals_by (self, g_ptr_array_index (items, i), FALSE, error))
      {
        while (i-- > 0)
          change_totals_by (self, g_ptr_array_index (items, i), TRUE, NULL);
        return FALSE;
      }

  /* check_one() has refused every id already in the log or twice in the
   * batch, so the append cannot fail; it goes first all the same, so
   * that nothing is frozen or indexed unless the lot is in the log. */
  if (!_kommune_list_append_all (self->adjustments, items, _("adjustment"), _("the plan's log"), error))
    {
      for (guint i = n; i-- > 0;)
        change_totals_by (self, g_ptr_array_index (items, i), TRUE, NULL);
      return FALSE;
    }
  for (guint i = 0; i < n; i++)
    {
      _kommune_adjustment_freeze (g_ptr_array_index (items, i));
      _kommune_economic_plan_index_adjustment (self, g_ptr_array_index (items, i));
    }
  return TRUE;
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
 * frames it changes do not overflow (%KOMMUNE_ERROR_OVERFLOW). An
 * adjustment made with g_object_new() fails with the error
 * [ctor@Kommune.Adjustment.new] gives for its missing id. The check takes
 * time in proportion to the adjustment's lines, not to the log.
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
  g_return_val_if_fail (KOMMUNE_IS_ECONOMIC_PLAN (self), FALSE);
  g_return_val_if_fail (KOMMUNE_IS_ADJUSTMENT (adjustment), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* The totals are tried, then put back: nothing changes. */
  if (!check_one (self, adjustment, NULL, FALSE, error) ||
      !change_totals_by (self, adjustment, FALSE, error))
    return FALSE;
  change_totals_by (self, adjustment, TRUE, NULL);
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
 * changes. From then on the adjustment and its lines are frozen: every
 * later change fails with %KOMMUNE_ERROR_READ_ONLY.
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

  if (!check_one (self, adjustment, NULL, FALSE, error) ||
      !change_totals_by (self, adjustment, FALSE, error))
    return FALSE;

  _kommune_adjustment_freeze (adjustment);
  _kommune_economic_plan_index_adjustment (self, adjustment);
  return _kommune_list_append (self->adjustments, adjustment, _("adjustment"), _("the plan's log"), error);
}

gboolean
_kommune_economic_plan_add_adjustments (KommuneEconomicPlan  *self,
                                        GListModel           *batch,
                                        GError              **error)
{
  return add_batch (self, batch, FALSE, error);
}

gboolean
_kommune_economic_plan_restore_adjustments (KommuneEconomicPlan  *self,
                                            GListModel           *batch,
                                            GError              **error)
{
  return add_batch (self, batch, TRUE, error);
}

gboolean
_kommune_economic_plan_restore_adjustment (KommuneEconomicPlan  *self,
                                           KommuneAdjustment    *adjustment,
                                           GError              **error)
{
  if (!check_one (self, adjustment, NULL, TRUE, error) ||
      !change_totals_by (self, adjustment, FALSE, error))
    return FALSE;

  _kommune_adjustment_freeze (adjustment);
  _kommune_economic_plan_index_adjustment (self, adjustment);
  return _kommune_list_append (self->adjustments, adjustment, _("adjustment"), _("the plan's log"), error);
}

gboolean
_kommune_economic_plan_reorder_log (KommuneEconomicPlan  *self,
                                    const char * const   *ids,
                                    GError              **error)
{
  g_autoptr(GPtrArray) order = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = _kommune_list_get_n_items (self->adjustments);
  GHashTableIter iter;
  gpointer value;

  for (guint i = 0; ids[i] != NULL; i++)
    {
      KommuneAdjustment *adjustment = _kommune_list_find (self->adjustments, ids[i]);

      if (adjustment == NULL || !g_hash_table_add (seen, (gpointer) ids[i]))
        {
          g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                       adjustment == NULL
                         ? _("the log order names “%s”, which is not in the log")
                         : _("the log order names “%s” twice"), ids[i]);
          return FALSE;
        }
      g_ptr_array_add (order, g_object_ref (adjustment));
    }
  if (order->len != n)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                   _("the log order names %u of the %u adjustments in the log"), order->len, n);
      return FALSE;
    }

  _kommune_list_remove_all (self->adjustments);
  _kommune_list_append_all (self->adjustments, order, _("adjustment"), _("the plan's log"), NULL);

  g_hash_table_iter_init (&iter, self->frame_logs);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_set_size (((KommuneFrameLog *) value)->adjustments, 0);
  for (guint i = 0; i < order->len; i++)
    {
      KommuneAdjustment *adjustment = g_ptr_array_index (order, i);
      GListModel *lines = G_LIST_MODEL (kommune_adjustment_get_lines (adjustment));

      for (guint l = 0; l < g_list_model_get_n_items (lines); l++)
        {
          g_autoptr(KommuneDistributionLine) line = g_list_model_get_item (lines, l);
          KommuneFrameLog *log =
            _kommune_economic_plan_lookup_log (self, kommune_distribution_line_get_key (line),
                                               kommune_adjustment_get_year (adjustment),
                                               kommune_adjustment_get_budget_type (adjustment));

          g_ptr_array_add (log->adjustments, adjustment);
        }
    }
  return TRUE;
}

/**
 * kommune_economic_plan_get_adjustments:
 * @self: a #KommuneEconomicPlan
 *
 * Gets the log, in the order adjustments were added, including the
 * adjustments of years the plan has rolled past. The model is live and
 * read-only: adjustments enter it only through
 * [method@Kommune.EconomicPlan.add_adjustment] and
 * [method@Kommune.TertialReport.adopt].
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

  return _kommune_list_find (self->adjustments, id);
}
