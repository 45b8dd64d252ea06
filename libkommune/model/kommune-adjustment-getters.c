/* kommune-adjustment-getters.c: what a KommuneAdjustment says: its id,
 * date, decision, document, areas, budget, year, amount, reason, lines
 * and effect on an area
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "model/kommune-adjustment-private.h"
#include "kommune-distribution-line.h"
#include "kommune-distribution.h"

/**
 * kommune_adjustment_get_id:
 * @self: a #KommuneAdjustment
 *
 * Gets the identifier.
 *
 * Returns: (nullable): the identifier, or %NULL for an adjustment made with
 *   g_object_new() rather than by a constructor
 *
 * Since: 0.1
 */
const char *
kommune_adjustment_get_id (KommuneAdjustment *self)
{
  g_return_val_if_fail (KOMMUNE_IS_ADJUSTMENT (self), NULL);
  return self->id;
}

/**
 * kommune_adjustment_get_date:
 * @self: a #KommuneAdjustment
 *
 * Gets the date of the decision, at UTC midnight.
 *
 * Returns: (transfer none) (nullable): the date, or %NULL for an adjustment
 *   made with g_object_new() rather than by a constructor
 *
 * Since: 0.1
 */
GDateTime *
kommune_adjustment_get_date (KommuneAdjustment *self)
{
  g_return_val_if_fail (KOMMUNE_IS_ADJUSTMENT (self), NULL);
  return self->date;
}

/**
 * kommune_adjustment_get_decision:
 * @self: a #KommuneAdjustment
 *
 * Gets the decision reference.
 *
 * Returns: the decision reference, possibly empty
 *
 * Since: 0.1
 */
const char *
kommune_adjustment_get_decision (KommuneAdjustment *self)
{
  g_return_val_if_fail (KOMMUNE_IS_ADJUSTMENT (self), NULL);
  return self->decision;
}

/**
 * kommune_adjustment_get_document:
 * @self: a #KommuneAdjustment
 *
 * Gets the document the adjustment came in.
 *
 * Returns: the document kind
 *
 * Since: 0.1
 */
KommuneDocumentKind
kommune_adjustment_get_document (KommuneAdjustment *self)
{
  g_return_val_if_fail (KOMMUNE_IS_ADJUSTMENT (self), 0);
  return self->document;
}

/**
 * kommune_adjustment_get_area_code:
 * @self: a #KommuneAdjustment
 *
 * Gets the area the adjustment changes; for a transfer, the area the
 * amount is moved from.
 *
 * Returns: (nullable): the area code, or %NULL for an adjustment made with
 *   g_object_new() rather than by a constructor
 *
 * Since: 0.1
 */
const char *
kommune_adjustment_get_area_code (KommuneAdjustment *self)
{
  g_return_val_if_fail (KOMMUNE_IS_ADJUSTMENT (self), NULL);
  return self->area_code;
}

/**
 * kommune_adjustment_get_to_area_code:
 * @self: a #KommuneAdjustment
 *
 * Gets the area a transfer moves the amount to.
 *
 * Returns: (nullable): the area code, or %NULL if this is not a transfer
 *
 * Since: 0.1
 */
const char *
kommune_adjustment_get_to_area_code (KommuneAdjustment *self)
{
  g_return_val_if_fail (KOMMUNE_IS_ADJUSTMENT (self), NULL);
  return self->to_area_code;
}

/**
 * kommune_adjustment_get_budget_type:
 * @self: a #KommuneAdjustment
 *
 * Gets the budget that changes.
 *
 * Returns: the budget type
 *
 * Since: 0.1
 */
KommuneBudgetType
kommune_adjustment_get_budget_type (KommuneAdjustment *self)
{
  g_return_val_if_fail (KOMMUNE_IS_ADJUSTMENT (self), 0);
  return self->budget_type;
}

/**
 * kommune_adjustment_get_year:
 * @self: a #KommuneAdjustment
 *
 * Gets the budget year that changes.
 *
 * Returns: the year
 *
 * Since: 0.1
 */
guint
kommune_adjustment_get_year (KommuneAdjustment *self)
{
  g_return_val_if_fail (KOMMUNE_IS_ADJUSTMENT (self), 0);
  return self->year;
}

/**
 * kommune_adjustment_get_amount:
 * @self: a #KommuneAdjustment
 *
 * Gets the amount given when the adjustment was made: the change of the
 * area's frame, or for a transfer the amount moved. The lines
 * ([method@Kommune.Adjustment.get_lines]) say how each area changes.
 *
 * Returns: the amount in øre
 *
 * Since: 0.1
 */
gint64
kommune_adjustment_get_amount (KommuneAdjustment *self)
{
  g_return_val_if_fail (KOMMUNE_IS_ADJUSTMENT (self), 0);
  return self->amount;
}

/**
 * kommune_adjustment_get_reason:
 * @self: a #KommuneAdjustment
 *
 * Gets the reason.
 *
 * Returns: the reason, possibly empty
 *
 * Since: 0.1
 */
const char *
kommune_adjustment_get_reason (KommuneAdjustment *self)
{
  g_return_val_if_fail (KOMMUNE_IS_ADJUSTMENT (self), NULL);
  return self->reason;
}

/**
 * kommune_adjustment_is_transfer:
 * @self: a #KommuneAdjustment
 *
 * Tells whether the adjustment is a transfer between two areas.
 *
 * Returns: %TRUE for a transfer
 *
 * Since: 0.1
 */
gboolean
kommune_adjustment_is_transfer (KommuneAdjustment *self)
{
  g_return_val_if_fail (KOMMUNE_IS_ADJUSTMENT (self), FALSE);
  return self->to_area_code != NULL;
}

/**
 * kommune_adjustment_is_frozen:
 * @self: a #KommuneAdjustment
 *
 * Tells whether the adjustment is in a plan's log and can no longer change.
 *
 * Returns: %TRUE once frozen
 *
 * Since: 0.1
 */
gboolean
kommune_adjustment_is_frozen (KommuneAdjustment *self)
{
  g_return_val_if_fail (KOMMUNE_IS_ADJUSTMENT (self), FALSE);
  return self->frozen;
}

/**
 * kommune_adjustment_get_lines:
 * @self: a #KommuneAdjustment
 *
 * Gets the lines: the change of each area's frame, keyed by area code.
 *
 * Returns: (transfer none): the lines
 *
 * Since: 0.1
 */
KommuneDistribution *
kommune_adjustment_get_lines (KommuneAdjustment *self)
{
  g_return_val_if_fail (KOMMUNE_IS_ADJUSTMENT (self), NULL);
  return self->lines;
}

/**
 * kommune_adjustment_get_effect:
 * @self: a #KommuneAdjustment
 * @area_code: an area code
 *
 * Gets how much the adjustment changes one area's frame.
 *
 * Returns: the change in øre; 0 for an area the adjustment does not touch
 *
 * Since: 0.1
 */
gint64
kommune_adjustment_get_effect (KommuneAdjustment *self,
                               const char        *area_code)
{
  KommuneDistributionLine *line;

  g_return_val_if_fail (KOMMUNE_IS_ADJUSTMENT (self), 0);
  g_return_val_if_fail (area_code != NULL, 0);

  line = kommune_distribution_find (self->lines, area_code);
  return line ? kommune_distribution_line_get_amount (line) : 0;
}
