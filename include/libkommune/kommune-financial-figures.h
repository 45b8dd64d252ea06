/* kommune-financial-figures.h
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

#define KOMMUNE_TYPE_FINANCIAL_FIGURES (kommune_financial_figures_get_type ())

KOMMUNE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (KommuneFinancialFigures, kommune_financial_figures, KOMMUNE, FINANCIAL_FIGURES, GObject)

KOMMUNE_AVAILABLE_IN_ALL
KommuneFinancialFigures *kommune_financial_figures_new      (guint                     year,
                                                             GError                  **error) G_GNUC_WARN_UNUSED_RESULT;
KOMMUNE_AVAILABLE_IN_ALL
guint                    kommune_financial_figures_get_year (KommuneFinancialFigures  *self);
KOMMUNE_AVAILABLE_IN_ALL
void                     kommune_financial_figures_set      (KommuneFinancialFigures  *self,
                                                             KommuneFinancialFigure    figure,
                                                             gint64                    amount);
KOMMUNE_AVAILABLE_IN_ALL
gboolean                 kommune_financial_figures_has      (KommuneFinancialFigures  *self,
                                                             KommuneFinancialFigure    figure);
KOMMUNE_AVAILABLE_IN_ALL
gint64                   kommune_financial_figures_get      (KommuneFinancialFigures  *self,
                                                             KommuneFinancialFigure    figure,
                                                             GError                  **error);

KOMMUNE_AVAILABLE_IN_ALL
const char              *kommune_financial_figure_to_string (KommuneFinancialFigure    figure);

G_END_DECLS
