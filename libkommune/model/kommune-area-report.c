/* kommune-area-report.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "model/kommune-area-report-private.h"
#include "core/kommune-check-private.h"
#include "kommune-error.h"
#include "core/kommune-object-private.h"
#include "core/kommune-i18n-private.h"

/**
 * KommuneAreaReport:
 *
 * What a tertial report says about one programme area: the amount
 * accounted so far, the year-end forecast (prognose), and a narrative.
 *
 * The accounted amount and the forecast are optional, because reports do
 * not always give them. Some reports give only the deviation itself, as
 * Drammen's first tertial report 2017 does for programme area 07 (“et
 * merforbruk på 1 millioner kroner”): that is the reported deviation.
 * [method@Kommune.TertialReport.get_deviation] computes the deviation from
 * the forecast when there is one and falls back on the reported
 * deviation otherwise.
 *
 * Once the tertial report the area report belongs to is adopted, the
 * setters fail with %KOMMUNE_ERROR_READ_ONLY; writing the properties
 * through the GObject property API then changes nothing and is reported
 * with a warning, as GObject reports an invalid property value (use the
 * setters to get the error).
 *
 * An area report made with g_object_new() (or `Kommune.AreaReport()` in
 * Python) without a valid area code is refused where it is used
 * ([method@Kommune.TertialReport.add_area_report]) with the error
 * [ctor@Kommune.AreaReport.new] would have given.
 *
 * Since: 0.1
 */

struct _KommuneAreaReport
{
  GObject  parent_instance;

  char    *area_code;
  char    *narrative;
  gint64   accounted;
  gint64   forecast;
  gint64   reported_deviation;
  guint    has_accounted : 1;
  guint    has_forecast : 1;
  guint    has_reported_deviation : 1;
  guint    frozen : 1;
};

G_DEFINE_FINAL_TYPE (KommuneAreaReport, kommune_area_report, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_AREA_CODE,
  PROP_ACCOUNTED,
  PROP_FORECAST,
  PROP_REPORTED_DEVIATION,
  PROP_NARRATIVE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kommune_area_report_finalize (GObject *object)
{
  KommuneAreaReport *self = (KommuneAreaReport *)object;

  g_clear_pointer (&self->area_code, g_free);
  g_clear_pointer (&self->narrative, g_free);

  G_OBJECT_CLASS (kommune_area_report_parent_class)->finalize (object);
}

static void
kommune_area_report_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  KommuneAreaReport *self = KOMMUNE_AREA_REPORT (object);

  switch (prop_id)
    {
    case PROP_AREA_CODE:
      g_value_set_string (value, self->area_code);
      break;

    case PROP_ACCOUNTED:
      g_value_set_int64 (value, self->accounted);
      break;

    case PROP_FORECAST:
      g_value_set_int64 (value, self->forecast);
      break;

    case PROP_REPORTED_DEVIATION:
      g_value_set_int64 (value, self->reported_deviation);
      break;

    case PROP_NARRATIVE:
      g_value_set_string (value, self->narrative);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kommune_area_report_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  KommuneAreaReport *self = KOMMUNE_AREA_REPORT (object);
  GError *refused = NULL;

  switch (prop_id)
    {
    case PROP_AREA_CODE:
      self->area_code = g_value_dup_string (value);
      break;

    case PROP_ACCOUNTED:
      if (!kommune_area_report_set_accounted (self, g_value_get_int64 (value), &refused))
        _kommune_warn_refused (object, pspec, refused);
      break;

    case PROP_FORECAST:
      if (!kommune_area_report_set_forecast (self, g_value_get_int64 (value), &refused))
        _kommune_warn_refused (object, pspec, refused);
      break;

    case PROP_REPORTED_DEVIATION:
      if (!kommune_area_report_set_reported_deviation (self, g_value_get_int64 (value), &refused))
        _kommune_warn_refused (object, pspec, refused);
      break;

    case PROP_NARRATIVE:
      if (!kommune_area_report_set_narrative (self, g_value_get_string (value), &refused))
        _kommune_warn_refused (object, pspec, refused);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kommune_area_report_class_init (KommuneAreaReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = kommune_area_report_finalize;
  object_class->get_property = kommune_area_report_get_property;
  object_class->set_property = kommune_area_report_set_property;

  /**
   * KommuneAreaReport:area-code:
   *
   * The code of the programme area reported on, or %NULL for a report made
   * with g_object_new() that was never given one.
   *
   * Since: 0.1
   */
  properties[PROP_AREA_CODE] =
    g_param_spec_string ("area-code", NULL, NULL, NULL,
                         rw | G_PARAM_CONSTRUCT_ONLY);

  /**
   * KommuneAreaReport:accounted:
   *
   * The net amount accounted so far in the year, in øre; 0 when not given
   * (see [method@Kommune.AreaReport.has_accounted]).
   *
   * Since: 0.1
   */
  properties[PROP_ACCOUNTED] =
    g_param_spec_int64 ("accounted", NULL, NULL, G_MININT64, G_MAXINT64, 0, rw);

  /**
   * KommuneAreaReport:forecast:
   *
   * The year-end forecast of net spending, in øre; 0 when not given (see
   * [method@Kommune.AreaReport.has_forecast]).
   *
   * Since: 0.1
   */
  properties[PROP_FORECAST] =
    g_param_spec_int64 ("forecast", NULL, NULL, G_MININT64, G_MAXINT64, 0, rw);

  /**
   * KommuneAreaReport:reported-deviation:
   *
   * The deviation as the report states it, in øre, positive for an
   * overspend; 0 when not given (see
   * [method@Kommune.AreaReport.has_reported_deviation]).
   *
   * Since: 0.1
   */
  properties[PROP_REPORTED_DEVIATION] =
    g_param_spec_int64 ("reported-deviation", NULL, NULL, G_MININT64, G_MAXINT64, 0, rw);

  /**
   * KommuneAreaReport:narrative:
   *
   * The report's text about the area.
   *
   * Since: 0.1
   */
  properties[PROP_NARRATIVE] =
    g_param_spec_string ("narrative", NULL, NULL, "", rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kommune_area_report_init (KommuneAreaReport *self)
{
  self->narrative = g_strdup ("");
}

/**
 * kommune_area_report_new:
 * @area_code: the code of the programme area reported on
 * @error: return location for a #GError
 *
 * Makes an empty report on one area. Fails with
 * %KOMMUNE_ERROR_INVALID_CODE for an empty code or one with surrounding
 * white space.
 *
 * Returns: (transfer full) (nullable): a new area report, or %NULL with
 *   @error set
 *
 * Since: 0.1
 */
KommuneAreaReport *
kommune_area_report_new (const char  *area_code,
                         GError     **error)
{
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!_kommune_check_code (_("the area report's area code"), area_code, error))
    return NULL;

  return g_object_new (KOMMUNE_TYPE_AREA_REPORT, "area-code", area_code, NULL);
}

/**
 * kommune_area_report_get_area_code:
 * @self: a #KommuneAreaReport
 *
 * Gets the code of the area reported on.
 *
 * Returns: (nullable): the area code, or %NULL for a report made with
 *   g_object_new() that was never given one
 *
 * Since: 0.1
 */
const char *
kommune_area_report_get_area_code (KommuneAreaReport *self)
{
  g_return_val_if_fail (KOMMUNE_IS_AREA_REPORT (self), NULL);
  return self->area_code;
}

gboolean
_kommune_area_report_check (KommuneAreaReport  *self,
                            GError            **error)
{
  return _kommune_check_code (_("the area report's area code"), self->area_code, error);
}

void
_kommune_area_report_freeze (KommuneAreaReport *self)
{
  self->frozen = TRUE;
}

static gboolean
check_open (KommuneAreaReport  *self,
            GError            **error)
{
  if (!self->frozen)
    return TRUE;
  g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_READ_ONLY,
               _("the report on area “%s” belongs to an adopted tertial report and cannot change"),
               self->area_code);
  return FALSE;
}

/* Sets an optional amount and notifies when anything changed. */
static void
set_optional (KommuneAreaReport *self,
              gint64            *field,
              gboolean           was_set,
              gint64             amount,
              guint              prop_id)
{
  if (was_set && *field == amount)
    return;
  *field = amount;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

/**
 * kommune_area_report_has_accounted:
 * @self: a #KommuneAreaReport
 *
 * Tells whether the report gives the amount accounted so far.
 *
 * Returns: %TRUE if it does
 *
 * Since: 0.1
 */
gboolean
kommune_area_report_has_accounted (KommuneAreaReport *self)
{
  g_return_val_if_fail (KOMMUNE_IS_AREA_REPORT (self), FALSE);
  return self->has_accounted;
}

/**
 * kommune_area_report_get_accounted:
 * @self: a #KommuneAreaReport
 *
 * Gets the amount accounted so far.
 *
 * Returns: the amount in øre, or 0 when not given
 *
 * Since: 0.1
 */
gint64
kommune_area_report_get_accounted (KommuneAreaReport *self)
{
  g_return_val_if_fail (KOMMUNE_IS_AREA_REPORT (self), 0);
  return self->accounted;
}

/**
 * kommune_area_report_set_accounted:
 * @self: a #KommuneAreaReport
 * @amount: the net amount accounted so far, in øre
 * @error: return location for a #GError
 *
 * Sets the amount accounted so far.
 * Fails with %KOMMUNE_ERROR_READ_ONLY once the tertial report is adopted.
 *
 * Returns: %TRUE if the amount was set
 *
 * Since: 0.1
 */
gboolean
kommune_area_report_set_accounted (KommuneAreaReport  *self,
                                   gint64              amount,
                                   GError            **error)
{
  g_return_val_if_fail (KOMMUNE_IS_AREA_REPORT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_open (self, error))
    return FALSE;

  set_optional (self, &self->accounted, self->has_accounted, amount, PROP_ACCOUNTED);
  self->has_accounted = TRUE;
  return TRUE;
}

/**
 * kommune_area_report_has_forecast:
 * @self: a #KommuneAreaReport
 *
 * Tells whether the report gives a year-end forecast.
 *
 * Returns: %TRUE if it does
 *
 * Since: 0.1
 */
gboolean
kommune_area_report_has_forecast (KommuneAreaReport *self)
{
  g_return_val_if_fail (KOMMUNE_IS_AREA_REPORT (self), FALSE);
  return self->has_forecast;
}

/**
 * kommune_area_report_get_forecast:
 * @self: a #KommuneAreaReport
 *
 * Gets the year-end forecast.
 *
 * Returns: the forecast in øre, or 0 when not given
 *
 * Since: 0.1
 */
gint64
kommune_area_report_get_forecast (KommuneAreaReport *self)
{
  g_return_val_if_fail (KOMMUNE_IS_AREA_REPORT (self), 0);
  return self->forecast;
}

/**
 * kommune_area_report_set_forecast:
 * @self: a #KommuneAreaReport
 * @amount: the year-end forecast of net spending, in øre
 * @error: return location for a #GError
 *
 * Sets the year-end forecast.
 * Fails with %KOMMUNE_ERROR_READ_ONLY once the tertial report is adopted.
 *
 * Returns: %TRUE if the amount was set
 *
 * Since: 0.1
 */
gboolean
kommune_area_report_set_forecast (KommuneAreaReport  *self,
                                  gint64              amount,
                                  GError            **error)
{
  g_return_val_if_fail (KOMMUNE_IS_AREA_REPORT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_open (self, error))
    return FALSE;

  set_optional (self, &self->forecast, self->has_forecast, amount, PROP_FORECAST);
  self->has_forecast = TRUE;
  return TRUE;
}

/**
 * kommune_area_report_has_reported_deviation:
 * @self: a #KommuneAreaReport
 *
 * Tells whether the report states a deviation itself.
 *
 * Returns: %TRUE if it does
 *
 * Since: 0.1
 */
gboolean
kommune_area_report_has_reported_deviation (KommuneAreaReport *self)
{
  g_return_val_if_fail (KOMMUNE_IS_AREA_REPORT (self), FALSE);
  return self->has_reported_deviation;
}

/**
 * kommune_area_report_get_reported_deviation:
 * @self: a #KommuneAreaReport
 *
 * Gets the deviation as the report states it.
 *
 * Returns: the deviation in øre, positive for an overspend, or 0 when not
 *   given
 *
 * Since: 0.1
 */
gint64
kommune_area_report_get_reported_deviation (KommuneAreaReport *self)
{
  g_return_val_if_fail (KOMMUNE_IS_AREA_REPORT (self), 0);
  return self->reported_deviation;
}

/**
 * kommune_area_report_set_reported_deviation:
 * @self: a #KommuneAreaReport
 * @amount: the deviation the report states, in øre, positive for an
 *   overspend (merforbruk)
 * @error: return location for a #GError
 *
 * Sets the deviation as the report states it.
 * Fails with %KOMMUNE_ERROR_READ_ONLY once the tertial report is adopted.
 *
 * Returns: %TRUE if the amount was set
 *
 * Since: 0.1
 */
gboolean
kommune_area_report_set_reported_deviation (KommuneAreaReport  *self,
                                            gint64              amount,
                                            GError            **error)
{
  g_return_val_if_fail (KOMMUNE_IS_AREA_REPORT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_open (self, error))
    return FALSE;

  set_optional (self, &self->reported_deviation, self->has_reported_deviation,
                amount, PROP_REPORTED_DEVIATION);
  self->has_reported_deviation = TRUE;
  return TRUE;
}

/**
 * kommune_area_report_get_narrative:
 * @self: a #KommuneAreaReport
 *
 * Gets the report's text about the area.
 *
 * Returns: the narrative, possibly empty
 *
 * Since: 0.1
 */
const char *
kommune_area_report_get_narrative (KommuneAreaReport *self)
{
  g_return_val_if_fail (KOMMUNE_IS_AREA_REPORT (self), NULL);
  return self->narrative;
}

/**
 * kommune_area_report_set_narrative:
 * @self: a #KommuneAreaReport
 * @narrative: (nullable): the text, or %NULL for none
 * @error: return location for a #GError
 *
 * Sets the report's text about the area. Fails with
 * %KOMMUNE_ERROR_READ_ONLY once the tertial report is adopted.
 *
 * Returns: %TRUE if the text was set
 *
 * Since: 0.1
 */
gboolean
kommune_area_report_set_narrative (KommuneAreaReport  *self,
                                   const char         *narrative,
                                   GError            **error)
{
  g_return_val_if_fail (KOMMUNE_IS_AREA_REPORT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_open (self, error))
    return FALSE;
  _kommune_set_text (G_OBJECT (self), &self->narrative, narrative, properties[PROP_NARRATIVE]);
  return TRUE;
}
