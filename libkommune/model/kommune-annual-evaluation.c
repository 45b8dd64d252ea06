/* kommune-annual-evaluation.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "core/kommune-amount-private.h"
#include "model/kommune-annual-evaluation-private.h"
#include "kommune-error.h"
#include "kommune-financial-figures.h"
#include "core/kommune-i18n-private.h"

/**
 * KommuneAnnualEvaluation:
 *
 * The annual evaluation (årsevaluering, årsberetning): what the year's
 * accounts came to and what was achieved. Drammen's evaluation of 2023
 * reports a net operating result of 78,3 mill. kr, 0,9 % of gross
 * operating revenue, 88,5 mill. kr better than the budget revised in June
 * 2023, and a disposition fund that went from 843 to 605 mill. kr.
 *
 * The amounts ([enum@Kommune.FinancialFigure]) are each optional, since
 * documents do not state them all. The result as a share of gross
 * operating revenue is computed exactly when both amounts are given
 * ([method@Kommune.AnnualEvaluation.dup_result_share]); the share as the
 * document prints it is kept apart, as decimal text. Free text can be
 * kept per programme area.
 *
 * An evaluation made with g_object_new() (or `Kommune.AnnualEvaluation()`
 * in Python) is valid: its year is a construct property with the range
 * [ctor@Kommune.AnnualEvaluation.new] checks (2000 unless given, as in
 * `Kommune.AnnualEvaluation(year=2023)`).
 *
 * Since: 0.1
 */

#define N_FIGURES (KOMMUNE_FINANCIAL_FIGURE_LONG_TERM_DEBT + 1)

struct _KommuneAnnualEvaluation
{
  GObject     parent_instance;

  guint       year;
  gint64      figures[N_FIGURES];
  gboolean    has_figure[N_FIGURES];
  char       *reported_share;
  GHashTable *area_texts;   /* area code → text */
};

G_DEFINE_FINAL_TYPE (KommuneAnnualEvaluation, kommune_annual_evaluation, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_YEAR,
  PROP_REPORTED_RESULT_SHARE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kommune_annual_evaluation_finalize (GObject *object)
{
  KommuneAnnualEvaluation *self = (KommuneAnnualEvaluation *)object;

  g_clear_pointer (&self->reported_share, g_free);
  g_clear_pointer (&self->area_texts, g_hash_table_unref);

  G_OBJECT_CLASS (kommune_annual_evaluation_parent_class)->finalize (object);
}

static void
kommune_annual_evaluation_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  KommuneAnnualEvaluation *self = KOMMUNE_ANNUAL_EVALUATION (object);

  switch (prop_id)
    {
    case PROP_YEAR:
      g_value_set_uint (value, self->year);
      break;

    case PROP_REPORTED_RESULT_SHARE:
      g_value_set_string (value, self->reported_share);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kommune_annual_evaluation_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  KommuneAnnualEvaluation *self = KOMMUNE_ANNUAL_EVALUATION (object);

  switch (prop_id)
    {
    case PROP_YEAR:
      self->year = g_value_get_uint (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kommune_annual_evaluation_class_init (KommuneAnnualEvaluationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = kommune_annual_evaluation_finalize;
  object_class->get_property = kommune_annual_evaluation_get_property;
  object_class->set_property = kommune_annual_evaluation_set_property;

  /**
   * KommuneAnnualEvaluation:year:
   *
   * The year evaluated, from 1000 to 9999; 2000 unless given at
   * construction.
   *
   * Since: 0.1
   */
  properties[PROP_YEAR] =
    g_param_spec_uint ("year", NULL, NULL, 1000, 9999, 2000,
                       (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                        G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * KommuneAnnualEvaluation:reported-result-share:
   *
   * The net operating result as a percentage of gross operating revenue,
   * as the document prints it (decimal text such as `0,9`), or %NULL.
   *
   * Since: 0.1
   */
  properties[PROP_REPORTED_RESULT_SHARE] =
    g_param_spec_string ("reported-result-share", NULL, NULL, NULL, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kommune_annual_evaluation_init (KommuneAnnualEvaluation *self)
{
  self->area_texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

static gboolean
check_year (guint    year,
            GError **error)
{
  if (year >= 1000 && year <= 9999)
    return TRUE;
  g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_PERIOD,
               _("an annual evaluation's year is from 1000 to 9999, not %u"), year);
  return FALSE;
}

gboolean
_kommune_annual_evaluation_check (KommuneAnnualEvaluation  *self,
                                  GError                  **error)
{
  return check_year (self->year, error);
}

/**
 * kommune_annual_evaluation_new:
 * @year: the year evaluated
 * @error: return location for a #GError
 *
 * Makes an evaluation with no figures. Fails with
 * %KOMMUNE_ERROR_INVALID_PERIOD for a year outside 1000–9999.
 *
 * Returns: (transfer full) (nullable): a new evaluation, or %NULL with
 *   @error set
 *
 * Since: 0.1
 */
KommuneAnnualEvaluation *
kommune_annual_evaluation_new (guint    year,
                               GError **error)
{
  KommuneAnnualEvaluation *self;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_year (year, error))
    return NULL;

  self = g_object_new (KOMMUNE_TYPE_ANNUAL_EVALUATION, "year", year, NULL);
  return self;
}

/**
 * kommune_annual_evaluation_get_year:
 * @self: a #KommuneAnnualEvaluation
 *
 * Gets the year evaluated.
 *
 * Returns: the year
 *
 * Since: 0.1
 */
guint
kommune_annual_evaluation_get_year (KommuneAnnualEvaluation *self)
{
  g_return_val_if_fail (KOMMUNE_IS_ANNUAL_EVALUATION (self), 0);
  return self->year;
}

/**
 * kommune_annual_evaluation_set_figure:
 * @self: a #KommuneAnnualEvaluation
 * @figure: which amount
 * @amount: the amount in øre
 *
 * Sets one of the evaluation's amounts.
 *
 * Since: 0.1
 */
void
kommune_annual_evaluation_set_figure (KommuneAnnualEvaluation *self,
                                      KommuneFinancialFigure  figure,
                                      gint64                   amount)
{
  g_return_if_fail (KOMMUNE_IS_ANNUAL_EVALUATION (self));
  g_return_if_fail ((guint) figure < N_FIGURES);

  self->figures[figure] = amount;
  self->has_figure[figure] = TRUE;
}

/**
 * kommune_annual_evaluation_has_figure:
 * @self: a #KommuneAnnualEvaluation
 * @figure: which amount
 *
 * Tells whether the evaluation states an amount.
 *
 * Returns: %TRUE if it does
 *
 * Since: 0.1
 */
gboolean
kommune_annual_evaluation_has_figure (KommuneAnnualEvaluation *self,
                                      KommuneFinancialFigure  figure)
{
  g_return_val_if_fail (KOMMUNE_IS_ANNUAL_EVALUATION (self), FALSE);
  g_return_val_if_fail ((guint) figure < N_FIGURES, FALSE);

  return self->has_figure[figure];
}

/**
 * kommune_annual_evaluation_get_figure:
 * @self: a #KommuneAnnualEvaluation
 * @figure: which amount
 * @error: return location for a #GError
 *
 * Gets one of the evaluation's amounts. Fails with
 * %KOMMUNE_ERROR_MISSING_DATA when the evaluation does not state it and
 * with %KOMMUNE_ERROR_INVALID_ARGUMENT for a value that is not a
 * [enum@Kommune.FinancialFigure].
 *
 * Returns: the amount in øre, or 0 with @error set
 *
 * Since: 0.1
 */
gint64
kommune_annual_evaluation_get_figure (KommuneAnnualEvaluation  *self,
                                      KommuneFinancialFigure   figure,
                                      GError                  **error)
{
  g_return_val_if_fail (KOMMUNE_IS_ANNUAL_EVALUATION (self), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if ((guint) figure >= N_FIGURES)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                   _("%d is not a financial figure"), (int) figure);
      return 0;
    }
  if (!self->has_figure[figure])
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_MISSING_DATA,
                   _("the evaluation of %u does not state the %s"),
                   self->year, kommune_financial_figure_to_string (figure));
      return 0;
    }
  return self->figures[figure];
}

/**
 * kommune_annual_evaluation_dup_financial_figures:
 * @self: a #KommuneAnnualEvaluation
 *
 * Copies the evaluation's amounts into a [class@Kommune.FinancialFigures]
 * for its year, to evaluate [class@Kommune.FinancialRule]s against.
 *
 * Returns: (transfer full): the figures
 *
 * Since: 0.1
 */
KommuneFinancialFigures *
kommune_annual_evaluation_dup_financial_figures (KommuneAnnualEvaluation *self)
{
  KommuneFinancialFigures *figures;

  g_return_val_if_fail (KOMMUNE_IS_ANNUAL_EVALUATION (self), NULL);

  figures = kommune_financial_figures_new (self->year, NULL);
  if (figures == NULL)   /* an evaluation made bare, without a year */
    return NULL;
  for (guint f = 0; f < N_FIGURES; f++)
    if (self->has_figure[f])
      kommune_financial_figures_set (figures, (KommuneFinancialFigure) f, self->figures[f]);
  return figures;
}

/**
 * kommune_annual_evaluation_get_reported_result_share:
 * @self: a #KommuneAnnualEvaluation
 *
 * Gets the result's share of gross operating revenue as printed.
 *
 * Returns: (nullable): the percentage as decimal text, or %NULL
 *
 * Since: 0.1
 */
const char *
kommune_annual_evaluation_get_reported_result_share (KommuneAnnualEvaluation *self)
{
  g_return_val_if_fail (KOMMUNE_IS_ANNUAL_EVALUATION (self), NULL);
  return self->reported_share;
}

/**
 * kommune_annual_evaluation_set_reported_result_share:
 * @self: a #KommuneAnnualEvaluation
 * @percent: (nullable): the percentage as printed, decimal text with a
 *   decimal comma such as `0,9`, or %NULL for none
 * @error: return location for a #GError
 *
 * Sets the result's share of gross operating revenue as the document
 * prints it. Fails with %KOMMUNE_ERROR_INVALID_ARGUMENT when @percent is
 * not decimal text.
 *
 * Returns: %TRUE if it was set
 *
 * Since: 0.1
 */
gboolean
kommune_annual_evaluation_set_reported_result_share (KommuneAnnualEvaluation  *self,
                                                     const char               *percent,
                                                     GError                  **error)
{
  g_return_val_if_fail (KOMMUNE_IS_ANNUAL_EVALUATION (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (percent != NULL)
    {
      const char *p = percent;

      if (*p == '-')
        p++;
      while (g_ascii_isdigit (*p))
        p++;
      if (*p == ',' && g_ascii_isdigit (p[1]))
        for (p++; g_ascii_isdigit (*p); p++)
          ;
      if (*p != '\0' || !g_ascii_isdigit (percent[percent[0] == '-']))
        {
          g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                       _("“%s” is not a percentage such as 0,9"), percent);
          return FALSE;
        }
    }

  if (g_strcmp0 (self->reported_share, percent) == 0)
    return TRUE;
  g_free (self->reported_share);
  self->reported_share = g_strdup (percent);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REPORTED_RESULT_SHARE]);
  return TRUE;
}

/**
 * kommune_annual_evaluation_dup_result_share:
 * @self: a #KommuneAnnualEvaluation
 * @decimals: the number of decimals, at most 12
 * @error: return location for a #GError
 *
 * Computes the net operating result as a percentage of gross operating
 * revenue, exactly, rounded half away from zero to @decimals, with a
 * decimal comma. Fails with %KOMMUNE_ERROR_MISSING_DATA when either
 * amount is not stated and with %KOMMUNE_ERROR_INVALID_ARGUMENT for more
 * than 12 decimals.
 *
 * Returns: (transfer full) (nullable): the percentage, or %NULL with
 *   @error set
 *
 * Since: 0.1
 */
char *
kommune_annual_evaluation_dup_result_share (KommuneAnnualEvaluation  *self,
                                            guint                     decimals,
                                            GError                  **error)
{
  g_autoptr(GError) local_error = NULL;
  gint64 result;
  gint64 revenue;

  g_return_val_if_fail (KOMMUNE_IS_ANNUAL_EVALUATION (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (decimals > 12)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                   _("the result share has at most 12 decimals, not %u"), decimals);
      return NULL;
    }

  result = kommune_annual_evaluation_get_figure (self, KOMMUNE_FINANCIAL_FIGURE_NET_OPERATING_RESULT,
                                                 &local_error);
  if (local_error == NULL)
    revenue = kommune_annual_evaluation_get_figure (self, KOMMUNE_FINANCIAL_FIGURE_GROSS_OPERATING_REVENUE,
                                                    &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  return _kommune_percent_text (result, revenue, decimals, error);
}

/**
 * kommune_annual_evaluation_get_fund_change:
 * @self: a #KommuneAnnualEvaluation
 * @error: return location for a #GError
 *
 * Computes how the disposition fund changed over the year: closing minus
 * opening. Fails with %KOMMUNE_ERROR_MISSING_DATA when either is not
 * stated.
 *
 * Returns: the change in øre, or 0 with @error set
 *
 * Since: 0.1
 */
gint64
kommune_annual_evaluation_get_fund_change (KommuneAnnualEvaluation  *self,
                                           GError                  **error)
{
  g_autoptr(GError) local_error = NULL;
  gint64 opening;
  gint64 closing = 0;

  g_return_val_if_fail (KOMMUNE_IS_ANNUAL_EVALUATION (self), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  opening = kommune_annual_evaluation_get_figure (self, KOMMUNE_FINANCIAL_FIGURE_DISPOSITION_FUND_OPENING,
                                                  &local_error);
  if (local_error == NULL)
    closing = kommune_annual_evaluation_get_figure (self, KOMMUNE_FINANCIAL_FIGURE_DISPOSITION_FUND_CLOSING,
                                                    &local_error);
  if (local_error == NULL)
    return kommune_amount_subtract (closing, opening, error);

  g_propagate_error (error, g_steal_pointer (&local_error));
  return 0;
}

/**
 * kommune_annual_evaluation_set_area_text:
 * @self: a #KommuneAnnualEvaluation
 * @area_code: an area code
 * @text: (nullable): what the evaluation says about the area, or %NULL
 *   to remove it
 *
 * Sets the evaluation's text about one programme area.
 *
 * Since: 0.1
 */
void
kommune_annual_evaluation_set_area_text (KommuneAnnualEvaluation *self,
                                         const char              *area_code,
                                         const char              *text)
{
  g_return_if_fail (KOMMUNE_IS_ANNUAL_EVALUATION (self));
  g_return_if_fail (area_code != NULL);

  if (text == NULL)
    g_hash_table_remove (self->area_texts, area_code);
  else
    g_hash_table_replace (self->area_texts, g_strdup (area_code), g_strdup (text));
}

/**
 * kommune_annual_evaluation_get_area_text:
 * @self: a #KommuneAnnualEvaluation
 * @area_code: an area code
 *
 * Gets the evaluation's text about one programme area.
 *
 * Returns: (nullable): the text, or %NULL
 *
 * Since: 0.1
 */
const char *
kommune_annual_evaluation_get_area_text (KommuneAnnualEvaluation *self,
                                         const char              *area_code)
{
  g_return_val_if_fail (KOMMUNE_IS_ANNUAL_EVALUATION (self), NULL);
  g_return_val_if_fail (area_code != NULL, NULL);

  return g_hash_table_lookup (self->area_texts, area_code);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/**
 * kommune_annual_evaluation_list_area_codes:
 * @self: a #KommuneAnnualEvaluation
 *
 * Lists the areas the evaluation has text about, sorted by code.
 *
 * Returns: (transfer full) (array zero-terminated=1): the area codes
 *
 * Since: 0.1
 */
char **
kommune_annual_evaluation_list_area_codes (KommuneAnnualEvaluation *self)
{
  guint n = 0;
  char **codes;

  g_return_val_if_fail (KOMMUNE_IS_ANNUAL_EVALUATION (self), NULL);

  codes = (char **) g_hash_table_get_keys_as_array (self->area_texts, &n);
  qsort (codes, n, sizeof (char *), compare_strings);
  for (guint i = 0; i < n; i++)
    codes[i] = g_strdup (codes[i]);
  return codes;
}
