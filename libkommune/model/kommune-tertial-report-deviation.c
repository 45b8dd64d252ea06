/* kommune-tertial-report-deviation.c: what a tertial report says about
 * the frames: the proposals' total, an area's deviation and whether it is
 * material, and the kinds of deviation
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "kommune-adjustment.h"
#include "kommune-amount.h"
#include "kommune-area-report.h"
#include "kommune-calendar.h"
#include "kommune-distribution.h"
#include "kommune-economic-plan.h"
#include "kommune-error.h"
#include "model/kommune-tertial-report-private.h"
#include "core/kommune-i18n-private.h"

/**
 * kommune_tertial_report_get_proposed_total:
 * @self: a #KommuneTertialReport
 * @area_code: (nullable): an area code, or %NULL for every area
 * @budget_type: the budget
 * @error: return location for a #GError
 *
 * Adds up the proposals' effect on one area (or on all areas) in one
 * budget, exactly. Transfers between areas cancel out in the total over
 * all areas.
 *
 * Returns: the total in øre, or 0 with @error set on overflow
 *
 * Since: 0.1
 */
gint64
kommune_tertial_report_get_proposed_total (KommuneTertialReport  *self,
                                           const char            *area_code,
                                           KommuneBudgetType      budget_type,
                                           GError               **error)
{
  GListModel *proposals;
  gint64 total = 0;
  guint n;

  g_return_val_if_fail (KOMMUNE_IS_TERTIAL_REPORT (self), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (kommune_budget_type_to_string (budget_type) == NULL)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                   _("the proposed total: %d is not a budget type"), (int) budget_type);
      return 0;
    }
  proposals = kommune_tertial_report_get_proposals (self);
  n = g_list_model_get_n_items (proposals);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KommuneAdjustment) adjustment = g_list_model_get_item (proposals, i);
      g_autoptr(GError) local_error = NULL;
      gint64 effect;

      if (kommune_adjustment_get_budget_type (adjustment) != budget_type)
        continue;
      effect = area_code != NULL
        ? kommune_adjustment_get_effect (adjustment, area_code)
        : kommune_distribution_get_total (kommune_adjustment_get_lines (adjustment));
      total = kommune_amount_add (total, effect, &local_error);
      if (local_error != NULL)
        {
          g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                                      _("the proposed total: "));
          return 0;
        }
    }
  return total;
}

/**
 * kommune_tertial_report_get_deviation:
 * @self: a #KommuneTertialReport
 * @area_code: an area code
 * @plan: (nullable): the plan with the area's operating frame; needed
 *   only when the report gives a forecast
 * @error: return location for a #GError
 *
 * Gets an area's deviation: its forecast minus its revised operating
 * frame as of the last day of the period, or the deviation the report
 * states when it gives no forecast. Positive means overspend. Fails with
 * %KOMMUNE_ERROR_MISSING_DATA when the report has neither for the area
 * (or a forecast but no plan), and as
 * [method@Kommune.EconomicPlan.get_frame_amount] does.
 *
 * Returns: the deviation in øre, or 0 with @error set
 *
 * Since: 0.1
 */
gint64
kommune_tertial_report_get_deviation (KommuneTertialReport  *self,
                                      const char            *area_code,
                                      KommuneEconomicPlan   *plan,
                                      GError               **error)
{
  KommuneAreaReport *area_report;
  g_autoptr(GDateTime) end = NULL;
  g_autoptr(GError) local_error = NULL;
  gint64 frame;
  gint64 deviation;

  g_return_val_if_fail (KOMMUNE_IS_TERTIAL_REPORT (self), 0);
  g_return_val_if_fail (area_code != NULL, 0);
  g_return_val_if_fail (plan == NULL || KOMMUNE_IS_ECONOMIC_PLAN (plan), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!_kommune_tertial_report_check (self, error))
    return 0;
  area_report = kommune_tertial_report_find_area_report (self, area_code);
  if (area_report != NULL && kommune_area_report_has_forecast (area_report) && plan != NULL)
    {
      kommune_calendar_dup_period (kommune_tertial_report_get_period (self),
                                   kommune_tertial_report_get_year (self), NULL, &end, NULL);
      frame = kommune_economic_plan_get_frame_amount (plan, area_code, kommune_tertial_report_get_year (self),
                                               KOMMUNE_BUDGET_TYPE_OPERATING, end, &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return 0;
        }
      deviation = kommune_amount_subtract (kommune_area_report_get_forecast (area_report),
                                           frame, &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return 0;
        }
      return deviation;
    }

  if (area_report != NULL && kommune_area_report_has_reported_deviation (area_report))
    return kommune_area_report_get_reported_deviation (area_report);

  g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_MISSING_DATA,
               _("the %s report %u gives no %s for area “%s”"),
               kommune_document_kind_to_string (kommune_tertial_report_get_period (self)),
               kommune_tertial_report_get_year (self),
               area_report != NULL && kommune_area_report_has_forecast (area_report)
                 ? "plan to compare the forecast with" : "forecast or deviation",
               area_code);
  return 0;
}

/**
 * kommune_tertial_report_is_material:
 * @self: a #KommuneTertialReport
 * @deviation: a deviation in øre
 *
 * Tells whether a deviation reaches the materiality threshold. A
 * deviation exactly at the threshold is material.
 *
 * Returns: %TRUE if |@deviation| >= the threshold
 *
 * Since: 0.1
 */
gboolean
kommune_tertial_report_is_material (KommuneTertialReport *self,
                                    gint64                deviation)
{
  guint64 size;

  g_return_val_if_fail (KOMMUNE_IS_TERTIAL_REPORT (self), FALSE);

  size = deviation < 0 ? (guint64) (-(deviation + 1)) + 1 : (guint64) deviation;
  return size >= (guint64) kommune_tertial_report_get_materiality_threshold (self);
}

/**
 * kommune_deviation_classify:
 * @deviation: a deviation from an expense frame in øre, forecast minus frame
 *
 * Classifies a deviation: positive is an overspend, negative an
 * underspend, zero none.
 *
 * Returns: the kind of deviation
 *
 * Since: 0.1
 */
KommuneDeviation
kommune_deviation_classify (gint64 deviation)
{
  if (deviation > 0)
    return KOMMUNE_DEVIATION_OVERSPEND;
  if (deviation < 0)
    return KOMMUNE_DEVIATION_UNDERSPEND;
  return KOMMUNE_DEVIATION_NONE;
}

/**
 * kommune_deviation_to_label:
 * @deviation: a kind of deviation
 *
 * Gets the Norwegian term: `merforbruk`, `mindreforbruk` or `i balanse`.
 *
 * Returns: the label
 *
 * Since: 0.1
 */
const char *
kommune_deviation_to_label (KommuneDeviation deviation)
{
  g_return_val_if_fail ((guint) deviation <= KOMMUNE_DEVIATION_UNDERSPEND, NULL);

  switch (deviation)
    {
    case KOMMUNE_DEVIATION_OVERSPEND:
      return "merforbruk";
    case KOMMUNE_DEVIATION_UNDERSPEND:
      return "mindreforbruk";
    case KOMMUNE_DEVIATION_NONE:
    default:
      return "i balanse";
    }
}
