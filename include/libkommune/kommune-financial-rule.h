/* kommune-financial-rule.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(KOMMUNE_INSIDE) && !defined(KOMMUNE_COMPILATION)
# error "Only <libkommune.h> can be included directly."
#endif

#include <glib-object.h>

#include "kommune-types.h"

G_BEGIN_DECLS

#define KOMMUNE_TYPE_FINANCIAL_RULE (kommune_financial_rule_get_type ())

KOMMUNE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (KommuneFinancialRule, kommune_financial_rule, KOMMUNE, FINANCIAL_RULE, GObject)

KOMMUNE_AVAILABLE_IN_ALL
KommuneFinancialRule   *kommune_financial_rule_new             (const char               *name,
                                                                KommuneFinancialFigure    numerator,
                                                                KommuneFinancialFigure    denominator,
                                                                KommuneComparison         comparison,
                                                                const char               *threshold,
                                                                GError                  **error) G_GNUC_WARN_UNUSED_RESULT;
KOMMUNE_AVAILABLE_IN_ALL
const char             *kommune_financial_rule_get_name        (KommuneFinancialRule     *self);
KOMMUNE_AVAILABLE_IN_ALL
KommuneFinancialFigure  kommune_financial_rule_get_numerator   (KommuneFinancialRule     *self);
KOMMUNE_AVAILABLE_IN_ALL
KommuneFinancialFigure  kommune_financial_rule_get_denominator (KommuneFinancialRule     *self);
KOMMUNE_AVAILABLE_IN_ALL
KommuneComparison       kommune_financial_rule_get_comparison  (KommuneFinancialRule     *self);
KOMMUNE_AVAILABLE_IN_ALL
char                   *kommune_financial_rule_dup_threshold   (KommuneFinancialRule     *self) G_GNUC_WARN_UNUSED_RESULT;
KOMMUNE_AVAILABLE_IN_ALL
KommuneFinancialRule   *kommune_financial_rule_get_until       (KommuneFinancialRule     *self);
KOMMUNE_AVAILABLE_IN_ALL
gboolean                kommune_financial_rule_set_until       (KommuneFinancialRule     *self,
                                                                KommuneFinancialRule     *condition,
                                                                GError                  **error);
KOMMUNE_AVAILABLE_IN_ALL
gboolean                kommune_financial_rule_get_condition_only (KommuneFinancialRule *self);
KOMMUNE_AVAILABLE_IN_ALL
void                    kommune_financial_rule_set_condition_only (KommuneFinancialRule *self,
                                                                   gboolean              condition_only);
KOMMUNE_AVAILABLE_IN_ALL
const char             *kommune_financial_rule_get_reference   (KommuneFinancialRule     *self);
KOMMUNE_AVAILABLE_IN_ALL
void                    kommune_financial_rule_set_reference   (KommuneFinancialRule     *self,
                                                                const char               *reference);
KOMMUNE_AVAILABLE_IN_ALL
KommuneRuleStatus       kommune_financial_rule_evaluate        (KommuneFinancialRule     *self,
                                                                KommuneFinancialFigures  *figures,
                                                                gint64                   *margin,
                                                                char                    **ratio,
                                                                GError                  **error);
KOMMUNE_AVAILABLE_IN_ALL
const char             *kommune_rule_status_to_string          (KommuneRuleStatus         status);
KOMMUNE_AVAILABLE_IN_ALL
const char             *kommune_comparison_to_string           (KommuneComparison         comparison);

G_END_DECLS
