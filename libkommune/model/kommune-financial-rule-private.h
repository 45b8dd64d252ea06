/* kommune-financial-rule-private.h: shared by kommune-financial-rule.c
 * (the object) and kommune-financial-rule-evaluate.c (its evaluation)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "kommune-financial-rule.h"

G_BEGIN_DECLS

/* The rule's fields, shared by the object (kommune-financial-rule.c) and
 * its evaluation (kommune-financial-rule-evaluate.c). */
struct _KommuneFinancialRule
{
  GObject                 parent_instance;

  char                   *name;
  char                   *reference;
  KommuneFinancialRule   *until;
  guint                   n_dependents;  /* rules whose condition this is */
  gint64                  threshold;     /* thousandths of a percent */
  KommuneFinancialFigure  numerator;
  KommuneFinancialFigure  denominator;
  KommuneComparison       comparison;
  gboolean                condition_only;
};

/* The operators of KommuneComparison, indexed by value and NULL-terminated
 * (see kommune_comparison_to_string()), for the document reader. */
extern const char * const _kommune_comparison_operators[];

/* Fails as kommune_financial_rule_new() would for a rule made with
 * g_object_new(). */
gboolean _kommune_financial_rule_check (KommuneFinancialRule  *self,
                                        GError               **error);

G_END_DECLS
