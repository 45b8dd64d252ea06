/* kommune-financial-figures.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "core/kommune-enum-private.h"
#include "kommune-enums.h"
#include "kommune-error.h"
#include "model/kommune-financial-figures-private.h"
#include "core/kommune-i18n-private.h"

/**
 * KommuneFinancialFigures:
 *
 * The financial figures of one year — net operating result, gross
 * operating revenue, disposition fund, long-term debt and so on, each
 * optional — as a budget or plan year expects them or as the accounts
 * show them. [class@Kommune.FinancialRule]s are evaluated against them;
 * [method@Kommune.AnnualEvaluation.dup_financial_figures] gives an
 * evaluation's figures in this form.
 *
 * Objects made with g_object_new() (`Kommune.FinancialFigures()` in
 * Python) have the year 0: they are refused, with the error
 * kommune_financial_figures_new() would give, when a rule is evaluated
 * against them.
 *
 * Since: 0.1
 */

#define N_FIGURES (KOMMUNE_FINANCIAL_FIGURE_LONG_TERM_DEBT + 1)

struct _KommuneFinancialFigures
{
  GObject  parent_instance;

  guint    year;
  gint64   amounts[N_FIGURES];
  gboolean present[N_FIGURES];
};

G_DEFINE_FINAL_TYPE (KommuneFinancialFigures, kommune_financial_figures, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_YEAR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kommune_financial_figures_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  KommuneFinancialFigures *self = KOMMUNE_FINANCIAL_FIGURES (object);

  switch (prop_id)
    {
    case PROP_YEAR:
      g_value_set_uint (value, self->year);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kommune_financial_figures_class_init (KommuneFinancialFiguresClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = kommune_financial_figures_get_property;

  /**
   * KommuneFinancialFigures:year:
   *
   * The year the figures are for.
   *
   * Since: 0.1
   */
  properties[PROP_YEAR] =
    g_param_spec_uint ("year", NULL, NULL, 0, 9999, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kommune_financial_figures_init (KommuneFinancialFigures *self)
{
}

static gboolean
check_year (guint    year,
            GError **error)
{
  if (year < 1000 || year > 9999)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_PERIOD,
                   _("%u is not a year of financial figures (1000–9999)"), year);
      return FALSE;
    }
  return TRUE;
}

gboolean
_kommune_financial_figures_check (KommuneFinancialFigures  *self,
                                  GError                  **error)
{
  return check_year (self->year, error);
}

/**
 * kommune_financial_figures_new:
 * @year: the year the figures are for, 1000–9999
 * @error: return location for a #GError
 *
 * Makes an empty set of figures. Fails with %KOMMUNE_ERROR_INVALID_PERIOD
 * for a year outside 1000–9999.
 *
 * Returns: (transfer full) (nullable): new figures, or %NULL with @error
 *   set
 *
 * Since: 0.1
 */
KommuneFinancialFigures *
kommune_financial_figures_new (guint    year,
                               GError **error)
{
  KommuneFinancialFigures *self;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_year (year, error))
    return NULL;

  self = g_object_new (KOMMUNE_TYPE_FINANCIAL_FIGURES, NULL);
  self->year = year;
  return self;
}

/**
 * kommune_financial_figures_get_year:
 * @self: a #KommuneFinancialFigures
 *
 * Gets the year.
 *
 * Returns: the year
 *
 * Since: 0.1
 */
guint
kommune_financial_figures_get_year (KommuneFinancialFigures *self)
{
  g_return_val_if_fail (KOMMUNE_IS_FINANCIAL_FIGURES (self), 0);
  return self->year;
}

/**
 * kommune_financial_figures_set:
 * @self: a #KommuneFinancialFigures
 * @figure: which figure
 * @amount: its amount in øre
 *
 * Sets one figure.
 *
 * Since: 0.1
 */
void
kommune_financial_figures_set (KommuneFinancialFigures *self,
                               KommuneFinancialFigure   figure,
                               gint64                   amount)
{
  g_return_if_fail (KOMMUNE_IS_FINANCIAL_FIGURES (self));
  g_return_if_fail ((guint) figure < N_FIGURES);

  self->amounts[figure] = amount;
  self->present[figure] = TRUE;
}

/**
 * kommune_financial_figures_has:
 * @self: a #KommuneFinancialFigures
 * @figure: which figure
 *
 * Tells whether a figure is given.
 *
 * Returns: %TRUE if it is
 *
 * Since: 0.1
 */
gboolean
kommune_financial_figures_has (KommuneFinancialFigures *self,
                               KommuneFinancialFigure   figure)
{
  g_return_val_if_fail (KOMMUNE_IS_FINANCIAL_FIGURES (self), FALSE);
  g_return_val_if_fail ((guint) figure < N_FIGURES, FALSE);

  return self->present[figure];
}

/**
 * kommune_financial_figures_get:
 * @self: a #KommuneFinancialFigures
 * @figure: which figure
 * @error: return location for a #GError
 *
 * Gets one figure. Fails with %KOMMUNE_ERROR_MISSING_DATA when it is not
 * given, and with %KOMMUNE_ERROR_INVALID_ARGUMENT for an unknown figure.
 *
 * Returns: the amount in øre, or 0 with @error set
 *
 * Since: 0.1
 */
gint64
kommune_financial_figures_get (KommuneFinancialFigures  *self,
                               KommuneFinancialFigure    figure,
                               GError                  **error)
{
  g_return_val_if_fail (KOMMUNE_IS_FINANCIAL_FIGURES (self), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if ((guint) figure >= N_FIGURES)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                   _("%d is not a financial figure"), (int) figure);
      return 0;
    }
  if (!self->present[figure])
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_MISSING_DATA,
                   _("the %s of %u is not given"),
                   kommune_financial_figure_to_string (figure), self->year);
      return 0;
    }
  return self->amounts[figure];
}

/**
 * kommune_financial_figure_to_string:
 * @figure: an evaluation figure
 *
 * Gets the name used for the figure in documents, such as
 * `net-operating-result`.
 *
 * Returns: (nullable): the name, or %NULL for an unknown figure
 *
 * Since: 0.1
 */
const char *
kommune_financial_figure_to_string (KommuneFinancialFigure figure)
{
  return _kommune_enum_nick (KOMMUNE_TYPE_FINANCIAL_FIGURE, (int) figure);
}
