/* kommune-economic-plan-adopted.c: the plan as adopted: the programme
 * areas it knows and the original frame of each area, year and budget
 * type. Nothing here knows of the adjustment log; the frames the log
 * revises are computed by the files above (kommune-economic-plan-running.c
 * keeps them exact, kommune-economic-plan-frames.c answers for them).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "kommune-budget-frame.h"
#include "model/kommune-economic-plan-private.h"
#include "kommune-error.h"
#include "model/kommune-programme-area-private.h"
#include "core/kommune-i18n-private.h"

/**
 * kommune_economic_plan_add_area:
 * @self: a #KommuneEconomicPlan
 * @area: a programme area
 * @error: return location for a #GError
 *
 * Makes an area known to the plan, so that frames and adjustments may
 * name it. [method@Kommune.EconomicPlan.set_frame_amount] does this on its own.
 * Adding the same area again does nothing; adding another area with the
 * same code fails with %KOMMUNE_ERROR_DUPLICATE, and an area made with
 * g_object_new() from values [ctor@Kommune.ProgrammeArea.new] refuses
 * fails with its error.
 *
 * Returns: %TRUE if the area is known to the plan
 *
 * Since: 0.1
 */
gboolean
kommune_economic_plan_add_area (KommuneEconomicPlan   *self,
                                KommuneProgrammeArea  *area,
                                GError               **error)
{
  KommuneProgrammeArea *known;

  g_return_val_if_fail (KOMMUNE_IS_ECONOMIC_PLAN (self), FALSE);
  g_return_val_if_fail (KOMMUNE_IS_PROGRAMME_AREA (area), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_kommune_programme_area_check (area, error))
    return FALSE;
  known = _kommune_list_find (self->areas, kommune_programme_area_get_code (area));
  if (known == area)
    return TRUE;
  return _kommune_list_append (self->areas, area, _("programme area"), _("the economic plan"), error);
}

/**
 * kommune_economic_plan_get_areas:
 * @self: a #KommuneEconomicPlan
 *
 * Gets the areas the plan knows, in the order they became known. The
 * model is live and read-only.
 *
 * Returns: (transfer none): a list model of [class@Kommune.ProgrammeArea]
 *
 * Since: 0.1
 */
GListModel *
kommune_economic_plan_get_areas (KommuneEconomicPlan *self)
{
  g_return_val_if_fail (KOMMUNE_IS_ECONOMIC_PLAN (self), NULL);

  return G_LIST_MODEL (self->areas);
}

/**
 * kommune_economic_plan_find_area:
 * @self: a #KommuneEconomicPlan
 * @code: an area code
 *
 * Looks up an area the plan knows.
 *
 * Returns: (transfer none) (nullable): the area, or %NULL
 *
 * Since: 0.1
 */
KommuneProgrammeArea *
kommune_economic_plan_find_area (KommuneEconomicPlan *self,
                                 const char          *code)
{
  g_return_val_if_fail (KOMMUNE_IS_ECONOMIC_PLAN (self), NULL);
  g_return_val_if_fail (code != NULL, NULL);

  return _kommune_list_find (self->areas, code);
}

gboolean
_kommune_economic_plan_check_area (KommuneEconomicPlan  *self,
                                   const char           *area_code,
                                   const char           *what,
                                   GError              **error)
{
  if (area_code != NULL && kommune_economic_plan_find_area (self, area_code) != NULL)
    return TRUE;
  g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_UNKNOWN_AREA,
               _("%s: the plan has no programme area “%s”"), what,
               area_code ? area_code : "(null)");
  return FALSE;
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
  g_return_val_if_fail ((guint) budget_type <= KOMMUNE_BUDGET_TYPE_INVESTMENT, NULL);

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
  _kommune_list_append_all (list, found, _("frame"), _("the list of frames"), NULL);
  return G_LIST_MODEL (list);
}

gint64
_kommune_economic_plan_original_amount (KommuneEconomicPlan *self,
                                        const char          *area_code,
                                        guint                year,
                                        KommuneBudgetType    budget_type)
{
  KommuneBudgetFrame *frame = kommune_economic_plan_get_budget_frame (self, area_code, year, budget_type);

  return frame != NULL ? kommune_budget_frame_get_amount (frame) : 0;
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
      !_kommune_economic_plan_check_budget_type (budget_type, error))
    return 0;

  return _kommune_economic_plan_original_amount (self, area_code, year, budget_type);
}
