/* kommune-financial-rule-private.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "kommune-financial-rule.h"

G_BEGIN_DECLS

/* Fails as kommune_financial_rule_new() would for a rule made with
 * g_object_new(). */
gboolean _kommune_financial_rule_check (KommuneFinancialRule  *self,
                                        GError               **error);

G_END_DECLS
