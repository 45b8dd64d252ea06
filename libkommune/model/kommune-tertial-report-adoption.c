/* kommune-tertial-report-adoption.c: the council's adoption of a tertial
 * report into its plan, and the plan a report belongs to
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "core/kommune-date-private.h"
#include "core/kommune-list-private.h"
#include "kommune-calendar.h"
#include "kommune-error.h"
#include "model/kommune-adjustment-private.h"
#include "model/kommune-area-report-private.h"
#include "model/kommune-economic-plan-private.h"
#include "model/kommune-tertial-report-private.h"
#include "core/kommune-i18n-private.h"

static gboolean
adopt (KommuneTertialReport  *self,
       KommuneEconomicPlan   *plan,
       GDateTime             *date,
       gboolean               restore,
       GError               **error)
{
  if (!_kommune_tertial_report_check_open (self, error))
    return FALSE;
  if (self->in_document && plan != self->document_plan)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                   self->document_plan == NULL
                     ? _("tertial report “%u %s” belongs to a document that has no plan")
                     : _("tertial report “%u %s” belongs to a document with another plan"),
                   self->year, kommune_document_kind_to_string (self->period));
      return FALSE;
    }
  if (date == NULL)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                   _("the %s report %u needs the date of its adoption"),
                   kommune_document_kind_to_string (self->period), self->year);
      return FALSE;
    }
  {
    /* The council adopts a report on a period that has ended. */
    g_autoptr(GDateTime) end = NULL;

    if (!kommune_calendar_dup_period (self->period, self->year, NULL, &end, error))
      return FALSE;
    if (_kommune_date_key (date) < _kommune_date_key (end))
      {
        g_autofree char *day = _kommune_date_format (date);
        g_autofree char *last = _kommune_date_format (end);

        g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_PERIOD,
                     _("the %s report %u covers a period that ends %s; it cannot be adopted on %s"),
                     kommune_document_kind_to_string (self->period), self->year, last, day);
        return FALSE;
      }
  }
  for (guint i = 0; i < _kommune_list_get_n_items (self->area_reports); i++)
    if (!_kommune_area_report_check (_kommune_list_get (self->area_reports, i), error))
      return FALSE;

  if (restore
      ? !_kommune_economic_plan_restore_adjustments (plan, G_LIST_MODEL (self->proposals), error)
      : !_kommune_economic_plan_add_adjustments (plan, G_LIST_MODEL (self->proposals), error))
    return FALSE;

  for (guint i = 0; i < _kommune_list_get_n_items (self->area_reports); i++)
    _kommune_area_report_freeze (_kommune_list_get (self->area_reports, i));
  g_set_object (&self->plan, plan);
  self->adopted = _kommune_date_normalize (date);
  g_object_notify (G_OBJECT (self), "adopted");
  return TRUE;
}

/**
 * kommune_tertial_report_adopt:
 * @self: a #KommuneTertialReport
 * @plan: the plan whose log takes the proposals
 * @date: the day of the council's decision
 * @error: return location for a #GError
 *
 * Records the council's adoption: every proposal is checked against the
 * plan first ([method@Kommune.EconomicPlan.check_adjustment]), and only
 * when all pass are they appended to the log, in order. On failure
 * nothing changes. Fails with %KOMMUNE_ERROR_READ_ONLY when the report is
 * already adopted (into this plan or any other), and with
 * %KOMMUNE_ERROR_INVALID_PERIOD when @date comes before the last day of
 * the report's period.
 *
 * From then on the report, its area reports and its proposals are
 * frozen, and [method@Kommune.TertialReport.get_plan] is @plan. A report
 * that belongs to a [class@Kommune.Document] is adopted into that
 * document's plan only: another plan fails with
 * %KOMMUNE_ERROR_INVALID_ARGUMENT, and so does any plan while the document
 * has none.
 *
 * Returns: %TRUE if the report is adopted
 *
 * Since: 0.1
 */
gboolean
kommune_tertial_report_adopt (KommuneTertialReport  *self,
                              KommuneEconomicPlan   *plan,
                              GDateTime             *date,
                              GError               **error)
{
  g_return_val_if_fail (KOMMUNE_IS_TERTIAL_REPORT (self), FALSE);
  g_return_val_if_fail (KOMMUNE_IS_ECONOMIC_PLAN (plan), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return adopt (self, plan, date, FALSE, error);
}

gboolean
_kommune_tertial_report_restore_adoption (KommuneTertialReport  *self,
                                          KommuneEconomicPlan   *plan,
                                          GDateTime             *date,
                                          GError               **error)
{
  return adopt (self, plan, date, TRUE, error);
}

gboolean
_kommune_tertial_report_check_plan (KommuneTertialReport  *self,
                                    KommuneEconomicPlan   *plan,
                                    GError               **error)
{
  if (self->adopted == NULL || self->plan == plan)
    return TRUE;
  if (plan == NULL)
    g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                 _("tertial report “%u %s” is adopted, but the document has no plan"),
                 self->year, kommune_document_kind_to_string (self->period));
  else
    g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                 _("tertial report “%u %s” was adopted into another plan than the document's"),
                 self->year, kommune_document_kind_to_string (self->period));
  return FALSE;
}

/**
 * kommune_tertial_report_get_plan:
 * @self: a #KommuneTertialReport
 *
 * Gets the plan the report was adopted into.
 *
 * Returns: (transfer none) (nullable): the plan, or %NULL while the
 *   report is a proposal
 *
 * Since: 0.1
 */
KommuneEconomicPlan *
kommune_tertial_report_get_plan (KommuneTertialReport *self)
{
  g_return_val_if_fail (KOMMUNE_IS_TERTIAL_REPORT (self), NULL);
  return self->plan;
}

/**
 * kommune_tertial_report_get_adopted:
 * @self: a #KommuneTertialReport
 *
 * Gets the day the council adopted the report.
 *
 * Returns: (transfer none) (nullable): the date, or %NULL while the report
 *   is a proposal
 *
 * Since: 0.1
 */
GDateTime *
kommune_tertial_report_get_adopted (KommuneTertialReport *self)
{
  g_return_val_if_fail (KOMMUNE_IS_TERTIAL_REPORT (self), NULL);
  return self->adopted;
}

void
_kommune_tertial_report_set_document_plan (KommuneTertialReport *self,
                                           gboolean              in_document,
                                           KommuneEconomicPlan  *plan)
{
  g_return_if_fail (KOMMUNE_IS_TERTIAL_REPORT (self));

  if (!in_document)
    plan = NULL;
  self->in_document = in_document;
  g_set_object (&self->document_plan, plan);
}
