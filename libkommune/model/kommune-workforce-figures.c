/* kommune-workforce-figures.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "core/kommune-enum-private.h"
#include "core/kommune-amount-private.h"
#include "core/kommune-check-private.h"
#include "kommune-decimal.h"
#include "kommune-enums.h"
#include "kommune-error.h"
#include "kommune-measurement.h"
#include "model/kommune-workforce-figures-private.h"
#include "core/kommune-i18n-private.h"

/**
 * KommuneWorkforceFigures:
 *
 * The workforce figures (medarbeidere) of one unit — or the whole
 * municipality — for one period: employees, full-time equivalents,
 * average position size, share of full-time positions, sick leave,
 * turnover, apprentices, overtime and breaches of the Working Environment
 * Act. Every figure is optional and exact, in thousandths (6 268 employees
 * are 6 268 000; 88,5 % is 88 500).
 *
 * Rates are best given by their parts — absence days and agreed days,
 * leavers and average headcount — so that units add up correctly
 * ([func@Kommune.WorkforceFigures.sum] adds parts, never percentages);
 * when a document gives only the percentage, it is kept as reported.
 * [method@Kommune.WorkforceFigures.dup_sick_leave] turns either into a
 * [class@Kommune.Measurement] that can back an [class@Kommune.Indicator].
 *
 * Drammen's December figures: 6 268 employees in 2023 against 6 159 in
 * 2022, a change of 1,8 %; 5 529 FTEs against 5 427, 1,9 %
 * ([method@Kommune.WorkforceFigures.change]).
 *
 * Rates and sums are exact or an error: a sum that would overflow, or a
 * rate whose percentage does not fit in 64-bit thousandths, fails with
 * %KOMMUNE_ERROR_OVERFLOW; nothing is silently left out or wrapped.
 *
 * Objects made with g_object_new() (`Kommune.WorkforceFigures()` in
 * Python) have no period: they are refused, with the error
 * kommune_workforce_figures_new() would give, where a period is needed —
 * when a rate is asked for, when they are summed or added to a document.
 *
 * Since: 0.1
 */

#define N_FIGURES (KOMMUNE_WORKFORCE_FIGURE_AML_BREACHES + 1)

/* Figures that add up across units; shares and reported percentages do
 * not. */
static const gboolean summable[N_FIGURES] = {
  TRUE, TRUE, FALSE, FALSE, TRUE, TRUE, FALSE, TRUE, TRUE, FALSE, TRUE, TRUE, TRUE,
};

/* Percentages that cannot pass 100 (turnover can, in a year of change). */
static gboolean
is_share (KommuneWorkforceFigure figure)
{
  return figure == KOMMUNE_WORKFORCE_FIGURE_AVERAGE_POSITION_SIZE ||
         figure == KOMMUNE_WORKFORCE_FIGURE_FULL_TIME_SHARE ||
         figure == KOMMUNE_WORKFORCE_FIGURE_SICK_LEAVE;
}

struct _KommuneWorkforceFigures
{
  GObject   parent_instance;

  char     *unit;
  char     *period;
  gint64    values[N_FIGURES];
  gboolean  present[N_FIGURES];
};

G_DEFINE_FINAL_TYPE (KommuneWorkforceFigures, kommune_workforce_figures, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_UNIT,
  PROP_PERIOD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kommune_workforce_figures_finalize (GObject *object)
{
  KommuneWorkforceFigures *self = (KommuneWorkforceFigures *)object;

  g_clear_pointer (&self->unit, g_free);
  g_clear_pointer (&self->period, g_free);

  G_OBJECT_CLASS (kommune_workforce_figures_parent_class)->finalize (object);
}

static void
kommune_workforce_figures_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  KommuneWorkforceFigures *self = KOMMUNE_WORKFORCE_FIGURES (object);

  switch (prop_id)
    {
    case PROP_UNIT:
      g_value_set_string (value, self->unit);
      break;

    case PROP_PERIOD:
      g_value_set_string (value, self->period);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kommune_workforce_figures_class_init (KommuneWorkforceFiguresClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = kommune_workforce_figures_finalize;
  object_class->get_property = kommune_workforce_figures_get_property;

  /**
   * KommuneWorkforceFigures:unit:
   *
   * The unit the figures are for; empty for the whole municipality.
   *
   * Since: 0.1
   */
  properties[PROP_UNIT] = g_param_spec_string ("unit", NULL, NULL, NULL, ro);

  /**
   * KommuneWorkforceFigures:period:
   *
   * The period, e.g. `2023` or `2023-12`, or %NULL for figures made with
   * g_object_new() rather than by a constructor.
   *
   * Since: 0.1
   */
  properties[PROP_PERIOD] = g_param_spec_string ("period", NULL, NULL, NULL, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kommune_workforce_figures_init (KommuneWorkforceFigures *self)
{
  self->unit = g_strdup ("");
}

static gboolean
check_figure (KommuneWorkforceFigure   figure,
              GError                 **error)
{
  if ((guint) figure >= N_FIGURES)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                   _("%d is not a workforce figure"), (int) figure);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_period (const char  *period,
              GError     **error)
{
  return _kommune_check_code (_("the period of workforce figures"), period, error);
}

gboolean
_kommune_workforce_figures_check (KommuneWorkforceFigures  *self,
                                  GError                  **error)
{
  return check_period (self->period, error);
}

/**
 * kommune_workforce_figures_new:
 * @unit: (nullable): the unit, or %NULL for the whole municipality
 * @period: the period, e.g. `2023`
 * @error: return location for a #GError
 *
 * Makes an empty set of workforce figures. Fails with
 * %KOMMUNE_ERROR_INVALID_CODE for an empty period.
 *
 * Returns: (transfer full) (nullable): new figures, or %NULL with @error
 *   set
 *
 * Since: 0.1
 */
KommuneWorkforceFigures *
kommune_workforce_figures_new (const char  *unit,
                               const char  *period,
                               GError     **error)
{
  KommuneWorkforceFigures *self;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_period (period, error) ||
      (unit != NULL && !_kommune_check_name (_("the unit of workforce figures"), unit, TRUE, error)))
    return NULL;

  self = g_object_new (KOMMUNE_TYPE_WORKFORCE_FIGURES, NULL);
  g_free (self->unit);
  self->unit = g_strdup (unit ? unit : "");
  self->period = g_strdup (period);
  return self;
}

/**
 * kommune_workforce_figures_get_unit:
 * @self: a #KommuneWorkforceFigures
 *
 * Gets the unit.
 *
 * Returns: the unit, empty for the whole municipality
 *
 * Since: 0.1
 */
const char *
kommune_workforce_figures_get_unit (KommuneWorkforceFigures *self)
{
  g_return_val_if_fail (KOMMUNE_IS_WORKFORCE_FIGURES (self), NULL);
  return self->unit;
}

/**
 * kommune_workforce_figures_get_period:
 * @self: a #KommuneWorkforceFigures
 *
 * Gets the period.
 *
 * Returns: (nullable): the period, or %NULL for figures made with
 *   g_object_new() rather than by a constructor
 *
 * Since: 0.1
 */
const char *
kommune_workforce_figures_get_period (KommuneWorkforceFigures *self)
{
  g_return_val_if_fail (KOMMUNE_IS_WORKFORCE_FIGURES (self), NULL);
  return self->period;
}

/**
 * kommune_workforce_figures_set:
 * @self: a #KommuneWorkforceFigures
 * @figure: which figure
 * @thousandths: its value in thousandths (6 268 employees is 6 268 000)
 * @error: return location for a #GError
 *
 * Sets one figure exactly. Every workforce figure is a count, a number of
 * days or hours, or a percentage: fails with
 * %KOMMUNE_ERROR_INVALID_ARGUMENT, changing nothing, for a negative value,
 * for a share (average position size, full-time share, sick leave) above
 * 100 %, and for an unknown figure.
 *
 * Returns: %TRUE if the figure was set
 *
 * Since: 0.1
 */
gboolean
kommune_workforce_figures_set (KommuneWorkforceFigures  *self,
                               KommuneWorkforceFigure    figure,
                               gint64                    thousandths,
                               GError                  **error)
{
  g_return_val_if_fail (KOMMUNE_IS_WORKFORCE_FIGURES (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_figure (figure, error))
    return FALSE;
  if (thousandths < 0 ||
      (is_share (figure) && thousandths > 100 * KOMMUNE_DECIMAL_ONE))
    {
      g_autofree char *shown = kommune_decimal_to_string (thousandths);

      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                   thousandths < 0 ? _("%s cannot be negative (%s)") : _("%s is a share, at most 100 %% (%s)"),
                   kommune_workforce_figure_to_string (figure), shown);
      return FALSE;
    }
  self->values[figure] = thousandths;
  self->present[figure] = TRUE;
  return TRUE;
}

/**
 * kommune_workforce_figures_set_text:
 * @self: a #KommuneWorkforceFigures
 * @figure: which figure
 * @value: its value as decimal text, e.g. `6268` or `88,5`
 * @error: return location for a #GError
 *
 * Sets one figure from decimal text, exactly. Fails as
 * [func@Kommune.decimal_parse] does, changing nothing, with
 * %KOMMUNE_ERROR_INVALID_ARGUMENT for an unknown figure or a %NULL value,
 * and as [method@Kommune.WorkforceFigures.set] does for the value.
 *
 * Returns: %TRUE if the figure was set
 *
 * Since: 0.1
 */
gboolean
kommune_workforce_figures_set_text (KommuneWorkforceFigures  *self,
                                    KommuneWorkforceFigure    figure,
                                    const char               *value,
                                    GError                  **error)
{
  g_autoptr(GError) local_error = NULL;
  gint64 thousandths;

  g_return_val_if_fail (KOMMUNE_IS_WORKFORCE_FIGURES (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_figure (figure, error))
    return FALSE;
  if (value == NULL)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                   _("%s: the value is missing"), kommune_workforce_figure_to_string (figure));
      return FALSE;
    }
  thousandths = kommune_decimal_parse (value, &local_error);
  if (local_error != NULL)
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s: ", kommune_workforce_figure_to_string (figure));
      return FALSE;
    }
  return kommune_workforce_figures_set (self, figure, thousandths, error);
}

/**
 * kommune_workforce_figures_has:
 * @self: a #KommuneWorkforceFigures
 * @figure: which figure
 *
 * Tells whether a figure is given.
 *
 * Returns: %TRUE if it is
 *
 * Since: 0.1
 */
gboolean
kommune_workforce_figures_has (KommuneWorkforceFigures *self,
                               KommuneWorkforceFigure   figure)
{
  g_return_val_if_fail (KOMMUNE_IS_WORKFORCE_FIGURES (self), FALSE);
  g_return_val_if_fail ((guint) figure < N_FIGURES, FALSE);
  return self->present[figure];
}

/**
 * kommune_workforce_figures_get:
 * @self: a #KommuneWorkforceFigures
 * @figure: which figure
 * @error: return location for a #GError
 *
 * Gets one figure. Fails with %KOMMUNE_ERROR_MISSING_DATA when it is not
 * given, and with %KOMMUNE_ERROR_INVALID_ARGUMENT for an unknown figure.
 *
 * Returns: the value in thousandths, or 0 with @error set
 *
 * Since: 0.1
 */
gint64
kommune_workforce_figures_get (KommuneWorkforceFigures  *self,
                               KommuneWorkforceFigure    figure,
                               GError                  **error)
{
  g_return_val_if_fail (KOMMUNE_IS_WORKFORCE_FIGURES (self), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!check_figure (figure, error))
    return 0;
  if (!self->present[figure])
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_MISSING_DATA,
                   _("the %s of %s in %s is not given"), kommune_workforce_figure_to_string (figure),
                   self->unit != NULL && *self->unit ? self->unit : "the municipality",
                   self->period != NULL ? self->period : "no period");
      return 0;
    }
  return self->values[figure];
}

/* A rate from its parts when both are given, else the reported
 * percentage, else a gap. A rate of parts that cannot be made (a
 * negative count, a percentage beyond 64 bits) is an error, not a
 * fallback. */
static KommuneMeasurement *
rate_of (KommuneWorkforceFigures  *self,
         KommuneWorkforceFigure    numerator,
         KommuneWorkforceFigure    denominator,
         KommuneWorkforceFigure    reported,
         GError                  **error)
{
  g_autoptr(GError) local_error = NULL;
  KommuneMeasurement *rate;

  if (!_kommune_workforce_figures_check (self, error))
    return NULL;
  if (self->present[numerator] && self->present[denominator] && self->values[denominator] > 0)
    {
      rate = kommune_measurement_new_rate (self->period, self->values[numerator],
                                           self->values[denominator], &local_error);
      if (rate == NULL)
        g_propagate_prefixed_error (error, g_steal_pointer (&local_error), _("%s over %s: "),
                                    kommune_workforce_figure_to_string (numerator), kommune_workforce_figure_to_string (denominator));
      return rate;
    }
  if (self->present[reported])
    return kommune_measurement_new (self->period, self->values[reported], error);
  return kommune_measurement_new_missing (self->period, NULL, error);
}

/**
 * kommune_workforce_figures_dup_sick_leave:
 * @self: a #KommuneWorkforceFigures
 *
 * Gets the sick leave in percent as a measurement: a rate of absence days
 * over agreed days when both are given, otherwise the percentage as
 * reported, otherwise a missing measurement. Fails with
 * %KOMMUNE_ERROR_OVERFLOW when the rate of the parts does not fit in
 * 64-bit thousandths, with %KOMMUNE_ERROR_INVALID_ARGUMENT for a negative
 * part, and with %KOMMUNE_ERROR_INVALID_CODE for figures made bare,
 * without a period.
 *
 * Returns: (transfer full) (nullable): the measurement, or %NULL with
 *   @error set
 *
 * Since: 0.1
 */
KommuneMeasurement *
kommune_workforce_figures_dup_sick_leave (KommuneWorkforceFigures  *self,
                                          GError                  **error)
{
  g_return_val_if_fail (KOMMUNE_IS_WORKFORCE_FIGURES (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  return rate_of (self, KOMMUNE_WORKFORCE_FIGURE_ABSENCE_DAYS,
                  KOMMUNE_WORKFORCE_FIGURE_AGREED_DAYS, KOMMUNE_WORKFORCE_FIGURE_SICK_LEAVE, error);
}

/**
 * kommune_workforce_figures_dup_turnover:
 * @self: a #KommuneWorkforceFigures
 *
 * Gets the turnover in percent as a measurement: a rate of leavers over
 * average headcount when both are given, otherwise the percentage as
 * reported, otherwise a missing measurement. Fails with
 * %KOMMUNE_ERROR_OVERFLOW when the rate of the parts does not fit in
 * 64-bit thousandths, with %KOMMUNE_ERROR_INVALID_ARGUMENT for a negative
 * part, and with %KOMMUNE_ERROR_INVALID_CODE for figures made bare,
 * without a period.
 *
 * Returns: (transfer full) (nullable): the measurement, or %NULL with
 *   @error set
 *
 * Since: 0.1
 */
KommuneMeasurement *
kommune_workforce_figures_dup_turnover (KommuneWorkforceFigures  *self,
                                          GError                  **error)
{
  g_return_val_if_fail (KOMMUNE_IS_WORKFORCE_FIGURES (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  return rate_of (self, KOMMUNE_WORKFORCE_FIGURE_LEAVERS,
                  KOMMUNE_WORKFORCE_FIGURE_AVERAGE_HEADCOUNT, KOMMUNE_WORKFORCE_FIGURE_TURNOVER, error);
}

/**
 * kommune_workforce_figures_change:
 * @earlier: the earlier figures
 * @later: the later figures
 * @figure: which figure
 * @decimals: the number of decimals, at most 12
 * @error: return location for a #GError
 *
 * Computes the change of one figure in percent, exactly, rounded half
 * away from zero ([func@Kommune.percent_change]). Fails with
 * %KOMMUNE_ERROR_MISSING_DATA when either lacks the figure, and with
 * %KOMMUNE_ERROR_INVALID_ARGUMENT when either is not workforce figures or
 * the two are of different units.
 *
 * Returns: (transfer full) (nullable): the change, e.g. `1,8`, or %NULL
 *   with @error set
 *
 * Since: 0.1
 */
char *
kommune_workforce_figures_change (KommuneWorkforceFigures  *earlier,
                                  KommuneWorkforceFigures  *later,
                                  KommuneWorkforceFigure    figure,
                                  guint                     decimals,
                                  GError                  **error)
{
  g_autoptr(GError) local_error = NULL;
  gint64 before, after = 0;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!KOMMUNE_IS_WORKFORCE_FIGURES (earlier) || !KOMMUNE_IS_WORKFORCE_FIGURES (later))
    {
      g_set_error_literal (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                           _("a change needs two sets of workforce figures"));
      return NULL;
    }
  /* A change is one unit's, from one period to another. */
  if (g_strcmp0 (earlier->unit, later->unit) != 0)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                   _("a change compares one unit's figures, not “%s” with “%s”"),
                   earlier->unit != NULL ? earlier->unit : "", later->unit != NULL ? later->unit : "");
      return NULL;
    }

  before = kommune_workforce_figures_get (earlier, figure, &local_error);
  if (local_error == NULL)
    after = kommune_workforce_figures_get (later, figure, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  return kommune_percent_change (before, after, decimals, error);
}

/**
 * kommune_workforce_figures_sum:
 * @unit: (nullable): the unit of the sum, or %NULL for the municipality
 * @period: the period of the sum
 * @parts: (array length=n_parts): the units' figures
 * @n_parts: the number of parts
 * @error: return location for a #GError
 *
 * Adds up units: every figure that adds up (counts, FTEs, days, hours) and
 * that every part gives. Shares and reported percentages do not add up and
 * are left out; sick leave and turnover of the sum then come from the
 * added parts, so 1/10 and 90/100 give 91/110. Fails with
 * %KOMMUNE_ERROR_OVERFLOW when a sum does not fit in 64 bits, with
 * %KOMMUNE_ERROR_INVALID_ARGUMENT when a part is not workforce figures
 * (%NULL, say), with %KOMMUNE_ERROR_INVALID_PERIOD when a part is for
 * another period than @period, with %KOMMUNE_ERROR_DUPLICATE when a unit
 * comes twice, and as kommune_workforce_figures_new()
 * does for the unit and period of the sum.
 *
 * Returns: (transfer full) (nullable): the summed figures, or %NULL with
 *   @error set
 *
 * Since: 0.1
 */
KommuneWorkforceFigures *
kommune_workforce_figures_sum (const char                *unit,
                               const char                *period,
                               KommuneWorkforceFigures  **parts,
                               gsize                      n_parts,
                               GError                   **error)
{
  g_autoptr(KommuneWorkforceFigures) sum = NULL;

  g_return_val_if_fail (parts != NULL || n_parts == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  for (gsize i = 0; i < n_parts; i++)
    if (!KOMMUNE_IS_WORKFORCE_FIGURES (parts[i]))
      {
        g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                     _("part %zu of the sum is not workforce figures"), i + 1);
        return NULL;
      }
  sum = kommune_workforce_figures_new (unit, period, error);
  if (sum == NULL)
    return NULL;
  /* Units add up within one period, never across periods, and each
   * unit counts once. */
  {
    g_autoptr(GHashTable) units = g_hash_table_new (g_str_hash, g_str_equal);

    for (gsize i = 0; i < n_parts; i++)
      {
        if (g_strcmp0 (parts[i]->period, period) != 0)
          {
            g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_PERIOD,
                         _("part %zu of the sum is for %s, not %s"),
                         i + 1, parts[i]->period != NULL ? parts[i]->period : "no period", period);
            return NULL;
          }
        if (!g_hash_table_add (units, parts[i]->unit != NULL ? parts[i]->unit : (char *) ""))
          {
            g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_DUPLICATE,
                         _("part %zu of the sum is unit “%s” again"),
                         i + 1, parts[i]->unit != NULL ? parts[i]->unit : "");
            return NULL;
          }
      }
  }
  for (guint f = 0; f < N_FIGURES && n_parts > 0; f++)
    {
      gint64 total = 0;
      gboolean complete = summable[f];

      for (gsize i = 0; complete && i < n_parts; i++)
        {
          complete = parts[i]->present[f];
          if (complete && !_kommune_checked_add (total, parts[i]->values[f], &total))
            {
              g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_OVERFLOW,
                           _("the sum of the %s does not fit in 64 bits"), kommune_workforce_figure_to_string ((KommuneWorkforceFigure) f));
              return NULL;
            }
        }
      if (complete)
        kommune_workforce_figures_set (sum, (KommuneWorkforceFigure) f, total, NULL);   /* sums of valid counts */
    }
  return g_steal_pointer (&sum);
}

/**
 * kommune_workforce_figure_to_string:
 * @figure: a workforce figure
 *
 * Gets the name used for the figure in documents, such as `ftes` or
 * `sick-leave`.
 *
 * Returns: (nullable): the name, or %NULL for an unknown figure
 *
 * Since: 0.1
 */
const char *
kommune_workforce_figure_to_string (KommuneWorkforceFigure figure)
{
  return _kommune_enum_nick (KOMMUNE_TYPE_WORKFORCE_FIGURE, (int) figure);
}
