/* kommune-financial-rule.c: the KommuneFinancialRule object, its
 * construction and its properties (evaluation is in
 * kommune-financial-rule-evaluate.c)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "core/kommune-amount-private.h"
#include "kommune-annual-evaluation.h"
#include "core/kommune-check-private.h"
#include "kommune-decimal.h"
#include "kommune-enums.h"
#include "kommune-error.h"
#include "model/kommune-financial-figures-private.h"
#include "model/kommune-financial-rule-private.h"
#include "core/kommune-object-private.h"
#include "core/kommune-i18n-private.h"

/**
 * KommuneFinancialRule:
 *
 * A financial rule (finansiell handlingsregel): a ratio of two financial
 * figures compared with a threshold in percent, such as “net operating
 * result at least 1,75 % of gross operating revenue”.
 *
 * A rule may be lifted by a condition, another rule, as in Kragerø's “at
 * least 1,75 % until the disposition fund has reached 5 % of gross
 * operating revenue”: while the condition holds, the rule is
 * %KOMMUNE_RULE_STATUS_NOT_APPLICABLE. When the condition cannot be
 * assessed (a figure it needs is missing), neither can the rule: it is
 * %KOMMUNE_RULE_STATUS_NOT_ASSESSABLE, never a guessed pass or fail. A
 * rule can never lead back to itself through its conditions:
 * [method@Kommune.FinancialRule.set_until] refuses that with an error,
 * which is why the `until` property is read-only.
 *
 * [method@Kommune.FinancialRule.evaluate] decides with exact integer
 * arithmetic, never floating point: 17 500 000 of 1 000 000 000 is exactly
 * 1,75 % and passes “≥ 1,75 %”. It also gives the margin in øre: the
 * headroom when the rule holds, the shortfall (negative) when it does not.
 * A rule needs a positive denominator; a missing figure makes it
 * %KOMMUNE_RULE_STATUS_NOT_ASSESSABLE. The comparison is exact for every
 * pair of 64-bit amounts (it is done in 128 bits); a margin that does not
 * fit in 64-bit øre is an error, never a wrapped number.
 *
 * A rule the council did not adopt but that is the condition of one it
 * did is kept with [property@Kommune.FinancialRule:condition-only] set:
 * Kragerø's “the disposition fund is at least 5 % of gross operating
 * revenue” is only the point at which its 1,75 % rule ends.
 *
 * Objects made with g_object_new() (`Kommune.FinancialRule()` in Python)
 * have no name: they are refused, with the error
 * kommune_financial_rule_new() would give, when they are evaluated or
 * made a condition.
 *
 * Since: 0.1
 */

G_DEFINE_FINAL_TYPE (KommuneFinancialRule, kommune_financial_rule, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_REFERENCE,
  PROP_UNTIL,
  PROP_CONDITION_ONLY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kommune_financial_rule_dispose (GObject *object)
{
  KommuneFinancialRule *self = (KommuneFinancialRule *)object;
  KommuneFinancialRule *next = g_steal_pointer (&self->until);

  if (next != NULL)
    next->n_dependents--;
  /* A long chain of conditions is released one rule at a time, not by a
   * recursion per rule: a condition that only this chain holds gives up
   * its own condition before it goes. */
  while (next != NULL)
    {
      KommuneFinancialRule *after = NULL;

      if (g_atomic_int_get (&G_OBJECT (next)->ref_count) == 1)
        {
          after = g_steal_pointer (&next->until);
          if (after != NULL)
            after->n_dependents--;
        }
      g_object_unref (next);
      next = after;
    }

  G_OBJECT_CLASS (kommune_financial_rule_parent_class)->dispose (object);
}

static void
kommune_financial_rule_finalize (GObject *object)
{
  KommuneFinancialRule *self = (KommuneFinancialRule *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->reference, g_free);

  G_OBJECT_CLASS (kommune_financial_rule_parent_class)->finalize (object);
}

static void
kommune_financial_rule_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  KommuneFinancialRule *self = KOMMUNE_FINANCIAL_RULE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_REFERENCE:
      g_value_set_string (value, self->reference);
      break;

    case PROP_UNTIL:
      g_value_set_object (value, self->until);
      break;

    case PROP_CONDITION_ONLY:
      g_value_set_boolean (value, self->condition_only);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kommune_financial_rule_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  KommuneFinancialRule *self = KOMMUNE_FINANCIAL_RULE (object);

  switch (prop_id)
    {
    case PROP_REFERENCE:
      kommune_financial_rule_set_reference (self, g_value_get_string (value));
      break;

    case PROP_CONDITION_ONLY:
      kommune_financial_rule_set_condition_only (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kommune_financial_rule_class_init (KommuneFinancialRuleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = kommune_financial_rule_dispose;
  object_class->finalize = kommune_financial_rule_finalize;
  object_class->get_property = kommune_financial_rule_get_property;
  object_class->set_property = kommune_financial_rule_set_property;

  /**
   * KommuneFinancialRule:name:
   *
   * The rule as the council adopted it, in words, or %NULL for a rule made
   * with g_object_new() rather than by a constructor.
   *
   * Since: 0.1
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * KommuneFinancialRule:reference:
   *
   * What the threshold refers to, if anything, e.g. “gjennomsnittet for
   * KOSTRA-gruppe 8”.
   *
   * Since: 0.1
   */
  properties[PROP_REFERENCE] = g_param_spec_string ("reference", NULL, NULL, "", rw);

  /**
   * KommuneFinancialRule:until:
   *
   * The condition that lifts the rule while it holds, or %NULL.
   *
   * Since: 0.1
   */
  properties[PROP_UNTIL] =
    g_param_spec_object ("until", NULL, NULL, KOMMUNE_TYPE_FINANCIAL_RULE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * KommuneFinancialRule:condition-only:
   *
   * Whether the rule is kept only as the condition of another rule (its
   * [property@Kommune.FinancialRule:until]) and is not itself a rule the
   * council adopted. A document refuses a condition-only rule that is no
   * rule's condition.
   *
   * Since: 0.1
   */
  properties[PROP_CONDITION_ONLY] = g_param_spec_boolean ("condition-only", NULL, NULL, FALSE, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kommune_financial_rule_init (KommuneFinancialRule *self)
{
  self->reference = g_strdup ("");
}

static gboolean
check_rule (const char              *name,
            KommuneFinancialFigure   numerator,
            KommuneFinancialFigure   denominator,
            KommuneComparison        comparison,
            GError                 **error)
{
  if (!_kommune_check_name (_("the rule's name"), name, FALSE, error))
    return FALSE;
  if ((guint) numerator > KOMMUNE_FINANCIAL_FIGURE_LONG_TERM_DEBT ||
      (guint) denominator > KOMMUNE_FINANCIAL_FIGURE_LONG_TERM_DEBT)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                   _("rule “%s”: %d is not a financial figure"), name,
                   (guint) numerator > KOMMUNE_FINANCIAL_FIGURE_LONG_TERM_DEBT ?
                   (int) numerator : (int) denominator);
      return FALSE;
    }
  if ((guint) comparison > KOMMUNE_COMPARISON_LESS_OR_EQUAL)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                   _("rule “%s”: %d is not a comparison"), name, (int) comparison);
      return FALSE;
    }
  return TRUE;
}

gboolean
_kommune_financial_rule_check (KommuneFinancialRule  *self,
                               GError               **error)
{
  return check_rule (self->name, self->numerator, self->denominator, self->comparison, error);
}

/**
 * kommune_financial_rule_new:
 * @name: the rule in words
 * @numerator: the figure over the line, e.g. the net operating result
 * @denominator: the figure under the line, e.g. gross operating revenue
 * @comparison: at least or at most
 * @threshold: the threshold in percent as decimal text, e.g. `1,75`
 * @error: return location for a #GError
 *
 * Makes a rule. Fails with %KOMMUNE_ERROR_INVALID_ARGUMENT for an empty
 * name, an unknown figure or comparison, or a threshold that is not a
 * non-negative decimal with at most three decimals.
 *
 * Returns: (transfer full) (nullable): a new rule, or %NULL with @error set
 *
 * Since: 0.1
 */
KommuneFinancialRule *
kommune_financial_rule_new (const char              *name,
                            KommuneFinancialFigure   numerator,
                            KommuneFinancialFigure   denominator,
                            KommuneComparison        comparison,
                            const char              *threshold,
                            GError                 **error)
{
  g_autoptr(GError) local_error = NULL;
  KommuneFinancialRule *self;
  gint64 value;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_rule (name, numerator, denominator, comparison, error))
    return NULL;
  if (threshold == NULL)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                   _("rule “%s”: the threshold is missing"), name);
      return NULL;
    }
  value = kommune_decimal_parse (threshold, &local_error);
  if (local_error == NULL && value < 0)
    g_set_error (&local_error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                 _("the threshold %s is negative"), threshold);
  if (local_error != NULL)
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error), _("rule “%s”: "), name);
      return NULL;
    }

  self = g_object_new (KOMMUNE_TYPE_FINANCIAL_RULE, NULL);
  self->name = g_strdup (name);
  self->numerator = numerator;
  self->denominator = denominator;
  self->comparison = comparison;
  self->threshold = value;
  return self;
}

/**
 * kommune_financial_rule_get_name:
 * @self: a #KommuneFinancialRule
 *
 * Gets the rule in words.
 *
 * Returns: (nullable): the name, or %NULL for a rule made with g_object_new()
 *   rather than by a constructor
 *
 * Since: 0.1
 */
const char *
kommune_financial_rule_get_name (KommuneFinancialRule *self)
{
  g_return_val_if_fail (KOMMUNE_IS_FINANCIAL_RULE (self), NULL);
  return self->name;
}

/**
 * kommune_financial_rule_get_numerator:
 * @self: a #KommuneFinancialRule
 *
 * Gets the figure over the line.
 *
 * Returns: the numerator
 *
 * Since: 0.1
 */
KommuneFinancialFigure
kommune_financial_rule_get_numerator (KommuneFinancialRule *self)
{
  g_return_val_if_fail (KOMMUNE_IS_FINANCIAL_RULE (self), 0);
  return self->numerator;
}

/**
 * kommune_financial_rule_get_denominator:
 * @self: a #KommuneFinancialRule
 *
 * Gets the figure under the line.
 *
 * Returns: the denominator
 *
 * Since: 0.1
 */
KommuneFinancialFigure
kommune_financial_rule_get_denominator (KommuneFinancialRule *self)
{
  g_return_val_if_fail (KOMMUNE_IS_FINANCIAL_RULE (self), 0);
  return self->denominator;
}

/**
 * kommune_financial_rule_get_comparison:
 * @self: a #KommuneFinancialRule
 *
 * Gets the comparison.
 *
 * Returns: at least or at most
 *
 * Since: 0.1
 */
KommuneComparison
kommune_financial_rule_get_comparison (KommuneFinancialRule *self)
{
  g_return_val_if_fail (KOMMUNE_IS_FINANCIAL_RULE (self), 0);
  return self->comparison;
}

/**
 * kommune_financial_rule_dup_threshold:
 * @self: a #KommuneFinancialRule
 *
 * Gets the threshold in percent as exact decimal text, e.g. `1,75`.
 *
 * Returns: (transfer full): the threshold
 *
 * Since: 0.1
 */
char *
kommune_financial_rule_dup_threshold (KommuneFinancialRule *self)
{
  g_return_val_if_fail (KOMMUNE_IS_FINANCIAL_RULE (self), NULL);
  return kommune_decimal_to_string (self->threshold);
}

/**
 * kommune_financial_rule_get_until:
 * @self: a #KommuneFinancialRule
 *
 * Gets the condition that lifts the rule while it holds.
 *
 * Returns: (transfer none) (nullable): the condition, or %NULL
 *
 * Since: 0.1
 */
KommuneFinancialRule *
kommune_financial_rule_get_until (KommuneFinancialRule *self)
{
  g_return_val_if_fail (KOMMUNE_IS_FINANCIAL_RULE (self), NULL);
  return self->until;
}

/**
 * kommune_financial_rule_set_until:
 * @self: a #KommuneFinancialRule
 * @condition: (nullable): a rule that lifts this one while it holds, or
 *   %NULL; it may not lead back to @self
 * @error: return location for a #GError
 *
 * Sets the condition: “at least 1,75 % until the disposition fund has
 * reached 5 %” is this rule until “disposition fund ≥ 5 % of gross
 * operating revenue”. Fails with %KOMMUNE_ERROR_INVALID_ARGUMENT, and
 * leaves the rule as it was, when @condition is @self or leads back to it
 * through its own conditions, and as kommune_financial_rule_new() would
 * when either rule was made bare with g_object_new().
 *
 * Returns: %TRUE if the condition was set
 *
 * Since: 0.1
 */
gboolean
kommune_financial_rule_set_until (KommuneFinancialRule  *self,
                                  KommuneFinancialRule  *condition,
                                  GError               **error)
{
  g_return_val_if_fail (KOMMUNE_IS_FINANCIAL_RULE (self), FALSE);
  g_return_val_if_fail (condition == NULL || KOMMUNE_IS_FINANCIAL_RULE (condition), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_kommune_financial_rule_check (self, error) ||
      (condition != NULL && !_kommune_financial_rule_check (condition, error)))
    return FALSE;
  /* A cycle needs a chain from @condition back to @self, so only a rule
   * that is some rule's condition can close one: loading n rules, each
   * conditioned on an earlier one, stays linear. */
  for (KommuneFinancialRule *r = condition; r != NULL && (self->n_dependents > 0 || r == self); r = r->until)
    if (r == self)
      {
        g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                     r == condition ? _("rule “%s” cannot be its own condition")
                                    : _("rule “%s” cannot be a condition of its own condition"),
                     self->name);
        return FALSE;
      }

  if (self->until == condition)
    return TRUE;
  if (self->until != NULL)
    self->until->n_dependents--;
  if (condition != NULL)
    condition->n_dependents++;
  g_set_object (&self->until, condition);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNTIL]);
  return TRUE;
}

/**
 * kommune_financial_rule_get_reference:
 * @self: a #KommuneFinancialRule
 *
 * Gets what the threshold refers to.
 *
 * Returns: the reference, possibly empty
 *
 * Since: 0.1
 */
const char *
kommune_financial_rule_get_reference (KommuneFinancialRule *self)
{
  g_return_val_if_fail (KOMMUNE_IS_FINANCIAL_RULE (self), NULL);
  return self->reference;
}

/**
 * kommune_financial_rule_set_reference:
 * @self: a #KommuneFinancialRule
 * @reference: (nullable): what the threshold refers to
 *
 * Sets what the threshold refers to, such as a KOSTRA group's average.
 *
 * Since: 0.1
 */
void
kommune_financial_rule_set_reference (KommuneFinancialRule *self,
                                      const char           *reference)
{
  g_return_if_fail (KOMMUNE_IS_FINANCIAL_RULE (self));

  _kommune_set_text (G_OBJECT (self), &self->reference, reference, properties[PROP_REFERENCE]);
}

/**
 * kommune_financial_rule_get_condition_only:
 * @self: a #KommuneFinancialRule
 *
 * Gets whether the rule is kept only as another rule's condition.
 *
 * Returns: %TRUE for a condition the council did not adopt as a rule
 *
 * Since: 0.1
 */
gboolean
kommune_financial_rule_get_condition_only (KommuneFinancialRule *self)
{
  g_return_val_if_fail (KOMMUNE_IS_FINANCIAL_RULE (self), FALSE);
  return self->condition_only;
}

/**
 * kommune_financial_rule_set_condition_only:
 * @self: a #KommuneFinancialRule
 * @condition_only: whether the rule is only another rule's condition
 *
 * Marks the rule as kept only as the condition of another rule, not as a
 * rule the council adopted. It evaluates as any rule does.
 *
 * Since: 0.1
 */
void
kommune_financial_rule_set_condition_only (KommuneFinancialRule *self,
                                           gboolean              condition_only)
{
  g_return_if_fail (KOMMUNE_IS_FINANCIAL_RULE (self));

  condition_only = !!condition_only;
  if (self->condition_only == condition_only)
    return;
  self->condition_only = condition_only;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONDITION_ONLY]);
}
