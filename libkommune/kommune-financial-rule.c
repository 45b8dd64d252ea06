/* kommune-financial-rule.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "kommune-amount-private.h"
#include "kommune-annual-evaluation.h"
#include "kommune-check-private.h"
#include "kommune-decimal.h"
#include "kommune-enums.h"
#include "kommune-error.h"
#include "kommune-financial-figures.h"
#include "kommune-financial-rule.h"
#include "kommune-object-private.h"

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
 * assessed the rule applies — the conservative reading.
 *
 * [method@Kommune.FinancialRule.evaluate] decides with exact integer
 * arithmetic, never floating point: 17 500 000 of 1 000 000 000 is exactly
 * 1,75 % and passes “≥ 1,75 %”. It also gives the margin in øre: the
 * headroom when the rule holds, the shortfall (negative) when it does not.
 * A rule needs a positive denominator; a missing figure makes it
 * %KOMMUNE_RULE_STATUS_NOT_ASSESSABLE.
 *
 * Since: 0.1
 */

struct _KommuneFinancialRule
{
  GObject                 parent_instance;

  char                   *name;
  char                   *reference;
  KommuneFinancialRule   *until;
  gint64                  threshold;     /* thousandths of a percent */
  KommuneFinancialFigure  numerator;
  KommuneFinancialFigure  denominator;
  KommuneComparison       comparison;
};

G_DEFINE_FINAL_TYPE (KommuneFinancialRule, kommune_financial_rule, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_REFERENCE,
  PROP_UNTIL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kommune_financial_rule_dispose (GObject *object)
{
  KommuneFinancialRule *self = (KommuneFinancialRule *)object;

  g_clear_object (&self->until);

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

    case PROP_UNTIL:
      kommune_financial_rule_set_until (self, g_value_get_object (value));
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
   * The rule as the council adopted it, in words.
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
    g_param_spec_object ("until", NULL, NULL, KOMMUNE_TYPE_FINANCIAL_RULE, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kommune_financial_rule_init (KommuneFinancialRule *self)
{
  self->reference = g_strdup ("");
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
 * name or a threshold that is not a non-negative decimal with at most
 * three decimals.
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

  g_return_val_if_fail (threshold != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!_kommune_check_name ("the rule's name", name, FALSE, error))
    return NULL;
  value = kommune_decimal_parse (threshold, &local_error);
  if (local_error == NULL && value < 0)
    g_set_error (&local_error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                 "the threshold %s is negative", threshold);
  if (local_error != NULL)
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "rule “%s”: ", name);
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
 * Returns: the name
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
 * kommune_financial_rule_get_threshold:
 * @self: a #KommuneFinancialRule
 *
 * Gets the threshold in percent as exact decimal text, e.g. `1,75`.
 *
 * Returns: (transfer full): the threshold
 *
 * Since: 0.1
 */
char *
kommune_financial_rule_get_threshold (KommuneFinancialRule *self)
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
 *
 * Sets the condition: “at least 1,75 % until the disposition fund has
 * reached 5 %” is this rule until “disposition fund ≥ 5 % of gross
 * operating revenue”.
 *
 * Since: 0.1
 */
void
kommune_financial_rule_set_until (KommuneFinancialRule *self,
                                  KommuneFinancialRule *condition)
{
  g_return_if_fail (KOMMUNE_IS_FINANCIAL_RULE (self));
  g_return_if_fail (condition == NULL || KOMMUNE_IS_FINANCIAL_RULE (condition));

  for (KommuneFinancialRule *r = condition; r != NULL; r = r->until)
    g_return_if_fail (r != self);

  if (g_set_object (&self->until, condition))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNTIL]);
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

/* numerator − denominator × threshold / 100 000, rounded half away from
 * zero to whole øre; *exact_sign is the sign before rounding. Returns
 * FALSE when it does not fit in 64 bits. */
static gboolean
difference_to_required (gint64  numerator,
                        gint64  denominator,
                        gint64  threshold,
                        gint64 *rounded,
                        int    *exact_sign)
{
  guint64 quotient, remainder;
  gint64 whole;

  /* required = quotient + remainder / 100 000, exactly. */
  _kommune_muldiv_u64 ((guint64) denominator, (guint64) threshold, 100000, &quotient, &remainder);
  if (quotient > (guint64) G_MAXINT64 || !_kommune_checked_add (numerator, -(gint64) quotient, &whole))
    return FALSE;

  if (remainder == 0)
    {
      *rounded = whole;
      *exact_sign = (whole > 0) - (whole < 0);
      return TRUE;
    }
  /* The exact difference is whole − f with 0 < f < 1. */
  *exact_sign = whole >= 1 ? 1 : -1;
  if (whole >= 1)
    *rounded = remainder <= 50000 ? whole : whole - 1;
  else
    *rounded = remainder >= 50000 ? whole - 1 : whole;
  return TRUE;
}

/**
 * kommune_financial_rule_evaluate:
 * @self: a #KommuneFinancialRule
 * @figures: the year's figures
 * @margin: (out) (optional): the headroom in øre when the rule holds, the
 *   shortfall as a negative amount when it does not, rounded half away
 *   from zero; 0 when not applicable or not assessable
 * @ratio: (out) (optional) (transfer full) (nullable): the ratio in
 *   percent with two decimals, e.g. `1,75`, or %NULL when not assessable
 *
 * Evaluates the rule for the year of @figures, exactly: first the
 * condition, then the ratio against the threshold.
 *
 * Returns: pass, fail, not applicable or not assessable
 *
 * Since: 0.1
 */
KommuneRuleStatus
kommune_financial_rule_evaluate (KommuneFinancialRule     *self,
                                 KommuneFinancialFigures  *figures,
                                 gint64                   *margin,
                                 char                    **ratio)
{
  gint64 numerator, denominator, difference = 0;
  int sign = 0;
  gboolean holds;

  g_return_val_if_fail (KOMMUNE_IS_FINANCIAL_RULE (self), KOMMUNE_RULE_STATUS_NOT_ASSESSABLE);
  g_return_val_if_fail (KOMMUNE_IS_FINANCIAL_FIGURES (figures), KOMMUNE_RULE_STATUS_NOT_ASSESSABLE);

  if (margin != NULL)
    *margin = 0;
  if (ratio != NULL)
    *ratio = NULL;

  if (!kommune_financial_figures_has (figures, self->numerator) ||
      !kommune_financial_figures_has (figures, self->denominator))
    return KOMMUNE_RULE_STATUS_NOT_ASSESSABLE;
  numerator = kommune_financial_figures_get (figures, self->numerator, NULL);
  denominator = kommune_financial_figures_get (figures, self->denominator, NULL);
  if (denominator <= 0 ||
      !difference_to_required (numerator, denominator, self->threshold, &difference, &sign))
    return KOMMUNE_RULE_STATUS_NOT_ASSESSABLE;

  if (ratio != NULL)
    *ratio = _kommune_percent_text (numerator, denominator, 2, NULL);

  if (self->until != NULL &&
      kommune_financial_rule_evaluate (self->until, figures, NULL, NULL) == KOMMUNE_RULE_STATUS_PASS)
    return KOMMUNE_RULE_STATUS_NOT_APPLICABLE;

  if (self->comparison == KOMMUNE_COMPARISON_GREATER_OR_EQUAL)
    holds = sign >= 0;
  else
    {
      holds = sign <= 0;
      difference = -difference;
    }
  if (margin != NULL)
    *margin = difference;
  return holds ? KOMMUNE_RULE_STATUS_PASS : KOMMUNE_RULE_STATUS_FAIL;
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
  static const char * const names[] = { "pass", "fail", "not-applicable", "not-assessable" };

  return (guint) status < G_N_ELEMENTS (names) ? names[status] : NULL;
}
