/* kommune-tertial-report.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "model/kommune-adjustment-private.h"
#include "core/kommune-amount-private.h"
#include "model/kommune-area-report-private.h"
#include "kommune-calendar.h"
#include "core/kommune-date-private.h"
#include "model/kommune-economic-plan-private.h"
#include "kommune-enums.h"
#include "kommune-error.h"
#include "core/kommune-list-private.h"
#include "model/kommune-tertial-report-private.h"
#include "core/kommune-object-private.h"
#include "core/kommune-i18n-private.h"

/**
 * KommuneTertialReport:
 *
 * A tertial report (tertialrapport): after four months (first tertial,
 * January–April) or eight (second tertial, January–August), the status of
 * each programme area — amount accounted, year-end forecast, narrative —
 * and the budget adjustments the chief executive proposes.
 *
 * The deviation of an area is its forecast minus its revised frame as of
 * the end of the period, so the report's own proposals do not count; a
 * positive deviation of an expense frame is an overspend (merforbruk), a
 * negative one an underspend (mindreforbruk). A deviation is material when
 * its size reaches the report's materiality threshold; a deviation exactly
 * at the threshold counts.
 *
 * When the council adopts the report ([method@Kommune.TertialReport.adopt]),
 * its proposals enter the plan's log and the report can no longer change:
 * neither the report, nor its area reports, nor its proposals (which are
 * frozen in the log); every change fails with %KOMMUNE_ERROR_READ_ONLY.
 * The report remembers the plan it was adopted into
 * ([method@Kommune.TertialReport.get_plan]); a report can be adopted only
 * once, so never into a second plan, and a document refuses a report
 * adopted into a plan other than its own.
 *
 * The area reports and the proposals are read-only views
 * ([method@Kommune.TertialReport.get_area_reports],
 * [method@Kommune.TertialReport.get_proposals]); adding to them takes
 * constant time. Two area reports of the same area and two proposals
 * with the same id are refused with %KOMMUNE_ERROR_DUPLICATE.
 *
 * A report made with g_object_new() (or `Kommune.TertialReport()` in
 * Python) has no year: adding to it, adopting it or putting it in a
 * document fails with the error [ctor@Kommune.TertialReport.new] gives.
 * Operating and investment proposals are kept apart by their budget type:
 * Drammen's first tertial report 2017 proposes 9,4 mill. kr for programme
 * area 07's operating budget and 1 mill. kr for its investment budget.
 *
 * Since: 0.1
 */

G_DEFINE_FINAL_TYPE (KommuneTertialReport, kommune_tertial_report, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_YEAR,
  PROP_PERIOD,
  PROP_MATERIALITY_THRESHOLD,
  PROP_ADOPTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kommune_tertial_report_finalize (GObject *object)
{
  KommuneTertialReport *self = (KommuneTertialReport *)object;

  g_clear_object (&self->area_reports);
  g_clear_object (&self->proposals);
  g_clear_object (&self->document_plan);
  g_clear_pointer (&self->adopted, g_date_time_unref);
  g_clear_object (&self->plan);

  G_OBJECT_CLASS (kommune_tertial_report_parent_class)->finalize (object);
}

static void
kommune_tertial_report_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  KommuneTertialReport *self = KOMMUNE_TERTIAL_REPORT (object);

  switch (prop_id)
    {
    case PROP_YEAR:
      g_value_set_uint (value, self->year);
      break;

    case PROP_PERIOD:
      g_value_set_enum (value, self->period);
      break;

    case PROP_MATERIALITY_THRESHOLD:
      g_value_set_int64 (value, self->threshold);
      break;

    case PROP_ADOPTED:
      g_value_set_boxed (value, self->adopted);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kommune_tertial_report_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  KommuneTertialReport *self = KOMMUNE_TERTIAL_REPORT (object);

  switch (prop_id)
    {
    case PROP_YEAR:
      self->year = g_value_get_uint (value);
      break;

    case PROP_PERIOD:
      self->period = g_value_get_enum (value);
      break;

    case PROP_MATERIALITY_THRESHOLD:
      {
        GError *refused = NULL;

        if (!kommune_tertial_report_set_materiality_threshold (self, g_value_get_int64 (value), &refused))
          _kommune_warn_refused (object, pspec, refused);
      }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kommune_tertial_report_class_init (KommuneTertialReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = kommune_tertial_report_finalize;
  object_class->get_property = kommune_tertial_report_get_property;
  object_class->set_property = kommune_tertial_report_set_property;

  /**
   * KommuneTertialReport:year:
   *
   * The budget year reported on. Construct-only: a report made with
   * g_object_new() without a year is refused where it is used.
   *
   * Since: 0.1
   */
  properties[PROP_YEAR] =
    g_param_spec_uint ("year", NULL, NULL, 0, 9999, 0,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * KommuneTertialReport:period:
   *
   * %KOMMUNE_DOCUMENT_KIND_TERTIAL_1 or %KOMMUNE_DOCUMENT_KIND_TERTIAL_2.
   *
   * Since: 0.1
   */
  properties[PROP_PERIOD] =
    g_param_spec_enum ("period", NULL, NULL, KOMMUNE_TYPE_DOCUMENT_KIND,
                       KOMMUNE_DOCUMENT_KIND_TERTIAL_1,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * KommuneTertialReport:materiality-threshold:
   *
   * The size, in øre, from which a deviation is material; 0 makes every
   * deviation material. Writing the property of an adopted report changes
   * nothing and is reported with a warning;
   * [method@Kommune.TertialReport.set_materiality_threshold] gives the
   * error instead.
   *
   * Since: 0.1
   */
  properties[PROP_MATERIALITY_THRESHOLD] =
    g_param_spec_int64 ("materiality-threshold", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * KommuneTertialReport:adopted:
   *
   * The day the council adopted the report, or %NULL while it is a
   * proposal.
   *
   * Since: 0.1
   */
  properties[PROP_ADOPTED] = g_param_spec_boxed ("adopted", NULL, NULL, G_TYPE_DATE_TIME, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static const char *
area_report_key (gpointer  item,
                 char     *buffer G_GNUC_UNUSED)
{
  return kommune_area_report_get_area_code (item);
}

static const char *
proposal_key (gpointer  item,
              char     *buffer G_GNUC_UNUSED)
{
  return kommune_adjustment_get_id (item);
}

static void
kommune_tertial_report_init (KommuneTertialReport *self)
{
  self->period = KOMMUNE_DOCUMENT_KIND_TERTIAL_1;
  self->area_reports = _kommune_list_new (KOMMUNE_TYPE_AREA_REPORT, area_report_key);
  self->proposals = _kommune_list_new (KOMMUNE_TYPE_ADJUSTMENT, proposal_key);
}

static gboolean
check_values (guint                 year,
              KommuneDocumentKind   period,
              GError              **error)
{
  if (period != KOMMUNE_DOCUMENT_KIND_TERTIAL_1 && period != KOMMUNE_DOCUMENT_KIND_TERTIAL_2)
    {
      const char *name = kommune_document_kind_to_string (period);

      if (name != NULL)
        g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_PERIOD,
                     _("a tertial report's period is tertial-1 or tertial-2, not %s"), name);
      else
        g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_PERIOD,
                     _("a tertial report's period is tertial-1 or tertial-2, not %d"), (int) period);
      return FALSE;
    }
  if (year < 1000 || year > 9999)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_PERIOD,
                   _("%u is not a budget year"), year);
      return FALSE;
    }
  return TRUE;
}

gboolean
_kommune_tertial_report_check (KommuneTertialReport  *self,
                               GError               **error)
{
  return check_values (self->year, self->period, error);
}

/**
 * kommune_tertial_report_new:
 * @year: the budget year
 * @period: %KOMMUNE_DOCUMENT_KIND_TERTIAL_1 or %KOMMUNE_DOCUMENT_KIND_TERTIAL_2
 * @error: return location for a #GError
 *
 * Makes an empty report. Fails with %KOMMUNE_ERROR_INVALID_PERIOD for any
 * other period or a year outside 1000–9999.
 *
 * Returns: (transfer full) (nullable): a new report, or %NULL with @error set
 *
 * Since: 0.1
 */
KommuneTertialReport *
kommune_tertial_report_new (guint                 year,
                            KommuneDocumentKind   period,
                            GError              **error)
{
  KommuneTertialReport *self;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_values (year, period, error))
    return NULL;

  self = g_object_new (KOMMUNE_TYPE_TERTIAL_REPORT,
                       "year", year,
                       "period", period,
                       NULL);
  return self;
}

/**
 * kommune_tertial_report_get_year:
 * @self: a #KommuneTertialReport
 *
 * Gets the budget year reported on.
 *
 * Returns: the year
 *
 * Since: 0.1
 */
guint
kommune_tertial_report_get_year (KommuneTertialReport *self)
{
  g_return_val_if_fail (KOMMUNE_IS_TERTIAL_REPORT (self), 0);
  return self->year;
}

/**
 * kommune_tertial_report_get_period:
 * @self: a #KommuneTertialReport
 *
 * Gets the period: the first or the second tertial.
 *
 * Returns: the period
 *
 * Since: 0.1
 */
KommuneDocumentKind
kommune_tertial_report_get_period (KommuneTertialReport *self)
{
  g_return_val_if_fail (KOMMUNE_IS_TERTIAL_REPORT (self), 0);
  return self->period;
}

/**
 * kommune_tertial_report_get_materiality_threshold:
 * @self: a #KommuneTertialReport
 *
 * Gets the materiality threshold.
 *
 * Returns: the threshold in øre
 *
 * Since: 0.1
 */
gint64
kommune_tertial_report_get_materiality_threshold (KommuneTertialReport *self)
{
  g_return_val_if_fail (KOMMUNE_IS_TERTIAL_REPORT (self), 0);
  return self->threshold;
}

/**
 * kommune_tertial_report_set_materiality_threshold:
 * @self: a #KommuneTertialReport
 * @threshold: the size in øre from which a deviation is material, >= 0
 * @error: return location for a #GError
 *
 * Sets the materiality threshold. Fails with
 * %KOMMUNE_ERROR_INVALID_ARGUMENT for a negative threshold and with
 * %KOMMUNE_ERROR_READ_ONLY once the report is adopted; the threshold
 * then stays as it was.
 *
 * Returns: %TRUE if the threshold was set
 *
 * Since: 0.1
 */
gboolean
kommune_tertial_report_set_materiality_threshold (KommuneTertialReport  *self,
                                                  gint64                 threshold,
                                                  GError               **error)
{
  g_return_val_if_fail (KOMMUNE_IS_TERTIAL_REPORT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (threshold < 0)
    {
      g_autofree char *shown = _kommune_amount_describe (threshold);

      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                   _("the materiality threshold cannot be negative (%s)"), shown);
      return FALSE;
    }
  if (self->adopted != NULL)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_READ_ONLY,
                   _("the %s report %u is adopted and cannot change"),
                   kommune_document_kind_to_string (self->period), self->year);
      return FALSE;
    }

  if (self->threshold == threshold)
    return TRUE;
  self->threshold = threshold;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MATERIALITY_THRESHOLD]);
  return TRUE;
}

gboolean
_kommune_tertial_report_check_open (KommuneTertialReport  *self,
                                    GError               **error)
{
  if (!_kommune_tertial_report_check (self, error))
    return FALSE;
  if (self->adopted == NULL)
    return TRUE;
  g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_READ_ONLY,
               _("the %s report %u is adopted and cannot change"),
               kommune_document_kind_to_string (self->period), self->year);
  return FALSE;
}

/**
 * kommune_tertial_report_add_area_report:
 * @self: a #KommuneTertialReport
 * @area_report: what the report says about one area
 * @error: return location for a #GError
 *
 * Adds an area's status. Fails with %KOMMUNE_ERROR_DUPLICATE when the
 * report already covers the area, %KOMMUNE_ERROR_READ_ONLY once the
 * report is adopted, and with the constructors' errors for a report or an
 * area report made with g_object_new() from values they refuse.
 *
 * Returns: %TRUE if it was added
 *
 * Since: 0.1
 */
gboolean
kommune_tertial_report_add_area_report (KommuneTertialReport  *self,
                                        KommuneAreaReport     *area_report,
                                        GError               **error)
{
  g_return_val_if_fail (KOMMUNE_IS_TERTIAL_REPORT (self), FALSE);
  g_return_val_if_fail (KOMMUNE_IS_AREA_REPORT (area_report), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return _kommune_tertial_report_check_open (self, error) &&
         _kommune_area_report_check (area_report, error) &&
         _kommune_list_append (self->area_reports, area_report,
                               _("area report"), _("the tertial report"), error);
}

/**
 * kommune_tertial_report_get_area_reports:
 * @self: a #KommuneTertialReport
 *
 * Gets the areas' status, in the order added. The model is live and
 * read-only.
 *
 * Returns: (transfer none): a list model of [class@Kommune.AreaReport]
 *
 * Since: 0.1
 */
GListModel *
kommune_tertial_report_get_area_reports (KommuneTertialReport *self)
{
  g_return_val_if_fail (KOMMUNE_IS_TERTIAL_REPORT (self), NULL);
  return G_LIST_MODEL (self->area_reports);
}

/**
 * kommune_tertial_report_find_area_report:
 * @self: a #KommuneTertialReport
 * @area_code: an area code
 *
 * Looks up what the report says about one area.
 *
 * Returns: (transfer none) (nullable): the area's status, or %NULL
 *
 * Since: 0.1
 */
KommuneAreaReport *
kommune_tertial_report_find_area_report (KommuneTertialReport *self,
                                         const char           *area_code)
{
  g_return_val_if_fail (KOMMUNE_IS_TERTIAL_REPORT (self), NULL);
  g_return_val_if_fail (area_code != NULL, NULL);

  return _kommune_list_find (self->area_reports, area_code);
}

/**
 * kommune_tertial_report_add_proposal:
 * @self: a #KommuneTertialReport
 * @adjustment: a proposed adjustment, whose document is the report's period
 * @error: return location for a #GError
 *
 * Adds a proposed adjustment. Fails with %KOMMUNE_ERROR_INVALID_ARGUMENT
 * when the adjustment's document is not the report's period,
 * %KOMMUNE_ERROR_DUPLICATE when its id is already proposed,
 * %KOMMUNE_ERROR_READ_ONLY once the report is adopted or when the
 * adjustment is already in a plan's log, and with the error of
 * [ctor@Kommune.Adjustment.new] for an adjustment made with
 * g_object_new().
 *
 * Returns: %TRUE if it was added
 *
 * Since: 0.1
 */
gboolean
kommune_tertial_report_add_proposal (KommuneTertialReport  *self,
                                     KommuneAdjustment     *adjustment,
                                     GError               **error)
{
  g_return_val_if_fail (KOMMUNE_IS_TERTIAL_REPORT (self), FALSE);
  g_return_val_if_fail (KOMMUNE_IS_ADJUSTMENT (adjustment), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_kommune_tertial_report_check_open (self, error) ||
      !_kommune_adjustment_check (adjustment, error))
    return FALSE;

  if (kommune_adjustment_is_frozen (adjustment))
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_READ_ONLY,
                   _("adjustment “%s” is already in a plan's log and cannot be proposed again"),
                   kommune_adjustment_get_id (adjustment));
      return FALSE;
    }
  if (kommune_adjustment_get_document (adjustment) != self->period)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                   _("adjustment “%s” came in the %s, not in this %s report"),
                   kommune_adjustment_get_id (adjustment),
                   kommune_document_kind_to_string (kommune_adjustment_get_document (adjustment)),
                   kommune_document_kind_to_string (self->period));
      return FALSE;
    }

  return _kommune_list_append (self->proposals, adjustment,
                               _("proposal"), _("the tertial report"), error);
}

/**
 * kommune_tertial_report_get_proposals:
 * @self: a #KommuneTertialReport
 *
 * Gets the proposed adjustments, in the order added. The model is live
 * and read-only.
 *
 * Returns: (transfer none): a list model of [class@Kommune.Adjustment]
 *
 * Since: 0.1
 */
GListModel *
kommune_tertial_report_get_proposals (KommuneTertialReport *self)
{
  g_return_val_if_fail (KOMMUNE_IS_TERTIAL_REPORT (self), NULL);
  return G_LIST_MODEL (self->proposals);
}
