/* kommune-financial-figures-private.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "kommune-financial-figures.h"

G_BEGIN_DECLS

/* Fails as kommune_financial_figures_new() would for figures made with
 * g_object_new(). */
gboolean _kommune_financial_figures_check (KommuneFinancialFigures  *self,
                                           GError                  **error);

G_END_DECLS
