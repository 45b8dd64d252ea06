/* kommune-financial-rule-evaluate.c: the evaluation of a
 * KommuneFinancialRule for a year's figures — the exact 128-bit
 * comparison, the margin, the chain of conditions
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "core/kommune-enum-private.h"
#include "core/kommune-amount-private.h"
#include "kommune-enums.h"
#include "kommune-error.h"
#include "model/kommune-financial-figures-private.h"
#include "model/kommune-financial-rule-private.h"
#include "core/kommune-i18n-private.h"

/* One rule, its condition's status already known (or no condition):
 * the status, and the exact difference numerator × 100 000 − denominator
 * × threshold in units of 1/100 000 øre, in 128 bits: |numerator| ×
 * 100 000 < 2^80 and denominator × threshold < 2^126, so nothing
 * overflows. */
static KommuneRuleStatus
evaluate_one (KommuneFinancialRule    *self,
              KommuneFinancialFigures *figures,
              gboolean                 has_condition,
              KommuneRuleStatus        condition,
              __int128                *difference)
{
  gint64 numerator, denominator;
  __int128 d;

  if (!kommune_financial_figures_has (figures, self->numerator) ||
      !kommune_financial_figures_has (figures, self->denominator))
    return KOMMUNE_RULE_STATUS_NOT_ASSESSABLE;
  numerator = kommune_financial_figures_get (figures, self->numerator, NULL);
  denominator = kommune_financial_figures_get (figures, self->denominator, NULL);
  if (denominator <= 0)
    return KOMMUNE_RULE_STATUS_NOT_ASSESSABLE;

  if (has_condition && condition == KOMMUNE_RULE_STATUS_PASS)
    return KOMMUNE_RULE_STATUS_NOT_APPLICABLE;
  if (has_condition && condition == KOMMUNE_RULE_STATUS_NOT_ASSESSABLE)
    return KOMMUNE_RULE_STATUS_NOT_ASSESSABLE;

  d = (__int128) numerator * 100000 - (__int128) denominator * self->threshold;
  if (self->comparison == KOMMUNE_COMPARISON_LESS_OR_EQUAL)
    d = -d;
  *difference = d;
  return d >= 0 ? KOMMUNE_RULE_STATUS_PASS : KOMMUNE_RULE_STATUS_FAIL;
}

/**
 * kommune_financial_rule_evaluate:
 * @self: a #KommuneFinancialRule
 * @figures: the year's figures
 * @margin: (out) (optional): the headroom in øre when the rule holds, the
 *   shortfall as a negative amount when it does not, rounded half away
 *   from zero; 0 when not applicable or not assessable
 * @ratio: (out) (optional) (transfer full) (nullable): the ratio in
 *   percent with two decimals, e.g. `1,75`, or %NULL when a figure of the
 *   rule itself is missing or the denominator is not positive
 * @error: return location for a #GError
 *
 * Evaluates the rule for the year of @figures, exactly: first the
 * condition, then the ratio against the threshold. A condition that
 * cannot be assessed makes the rule not assessable. Conditions are
 * followed without recursion, however long their chain.
 *
 * Fails with %KOMMUNE_ERROR_OVERFLOW when @margin or @ratio is asked for
 * and does not fit in 64 bits (the status itself is always exact), with
 * %KOMMUNE_ERROR_INVALID_ARGUMENT when @figures are not financial
 * figures, and as the constructors would for a rule or figures made bare
 * with g_object_new().
 *
 * Returns: pass, fail, not applicable or not assessable;
 *   %KOMMUNE_RULE_STATUS_NOT_ASSESSABLE with @error set on failure
 *
 * Since: 0.1
 */
KommuneRuleStatus
kommune_financial_rule_evaluate (KommuneFinancialRule     *self,
                                 KommuneFinancialFigures  *figures,
                                 gint64                   *margin,
                                 char                    **ratio,
                                 GError                  **error)
{
  g_autoptr(GPtrArray) chain = NULL;
  KommuneRuleStatus status = KOMMUNE_RULE_STATUS_NOT_ASSESSABLE;
  __int128 difference = 0;

  g_return_val_if_fail (KOMMUNE_IS_FINANCIAL_RULE (self), KOMMUNE_RULE_STATUS_NOT_ASSESSABLE);
  g_return_val_if_fail (error == NULL || *error == NULL, KOMMUNE_RULE_STATUS_NOT_ASSESSABLE);

  if (margin != NULL)
    *margin = 0;
  if (ratio != NULL)
    *ratio = NULL;

  if (!KOMMUNE_IS_FINANCIAL_FIGURES (figures))
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                   _("rule “%s”: no financial figures to evaluate"), self->name);
      return KOMMUNE_RULE_STATUS_NOT_ASSESSABLE;
    }
  if (!_kommune_financial_rule_check (self, error) ||
      !_kommune_financial_figures_check (figures, error))
    return KOMMUNE_RULE_STATUS_NOT_ASSESSABLE;

  /* The innermost condition first, then outwards to this rule. */
  chain = g_ptr_array_new ();
  for (KommuneFinancialRule *r = self; r != NULL; r = r->until)
    g_ptr_array_add (chain, r);
  for (guint i = chain->len; i-- > 0; )
    status = evaluate_one (g_ptr_array_index (chain, i), figures,
                           i + 1 < chain->len, status, &difference);

  if (ratio != NULL &&
      kommune_financial_figures_has (figures, self->numerator) &&
      kommune_financial_figures_has (figures, self->denominator) &&
      kommune_financial_figures_get (figures, self->denominator, NULL) > 0)
    {
      g_autoptr(GError) local_error = NULL;

      *ratio = _kommune_percent_text (kommune_financial_figures_get (figures, self->numerator, NULL),
                                      kommune_financial_figures_get (figures, self->denominator, NULL),
                                      2, &local_error);
      if (*ratio == NULL)
        {
          g_propagate_prefixed_error (error, g_steal_pointer (&local_error), _("rule “%s”: "), self->name);
          return KOMMUNE_RULE_STATUS_NOT_ASSESSABLE;
        }
    }

  if (margin != NULL && (status == KOMMUNE_RULE_STATUS_PASS || status == KOMMUNE_RULE_STATUS_FAIL))
    {
      /* Round half away from zero to whole øre. */
      __int128 rounded = difference >= 0 ? (difference + 50000) / 100000
                                         : -((-difference + 50000) / 100000);

      if (rounded > G_MAXINT64 || rounded < G_MININT64)
        {
          if (ratio != NULL)
            g_clear_pointer (ratio, g_free);
          g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_OVERFLOW,
                       _("rule “%s”: the margin does not fit in 64-bit øre"), self->name);
          return KOMMUNE_RULE_STATUS_NOT_ASSESSABLE;
        }
      *margin = (gint64) rounded;
    }
  return status;
}

/**
 * kommune_rule_status_to_string:
 * @status: a rule status
 *
 * Gets the name of a rule status: `pass`, `fail`, `not-applicable` or
 * `not-assessable`.
 *
 * Returns: (nullable): the name, or %NULL for an unknown status
 *
 * Since: 0.1
 */
const char *
kommune_rule_status_to_string (KommuneRuleStatus status)
{
  return _kommune_enum_nick (KOMMUNE_TYPE_RULE_STATUS, (int) status);
}

/* The one enum whose names in documents are not its nicks: a nick becomes
 * the value's name in the introspection data, so it must be a word, and
 * documents write the operator. */
const char * const _kommune_comparison_operators[] = { ">=", "<=", NULL };

/**
 * kommune_comparison_to_string:
 * @comparison: a comparison
 *
 * Gets the operator of a comparison as documents write it: `>=` or `<=`.
 *
 * Returns: (nullable): the operator, or %NULL for an unknown comparison
 *
 * Since: 0.1
 */
const char *
kommune_comparison_to_string (KommuneComparison comparison)
{
  return (guint) comparison < G_N_ELEMENTS (_kommune_comparison_operators) - 1
         ? _kommune_comparison_operators[comparison] : NULL;
}
