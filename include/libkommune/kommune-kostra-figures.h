/* kommune-kostra-figures.h: SSB's key figures of one municipality's
 * operating accounts for a year
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(KOMMUNE_INSIDE) && !defined(KOMMUNE_COMPILATION)
# error "Only <libkommune.h> can be included directly."
#endif

#include <glib-object.h>

#include "kommune-types.h"
#include "kommune-ledger.h"

G_BEGIN_DECLS

#define KOMMUNE_TYPE_KOSTRA_FIGURES (kommune_kostra_figures_get_type ())

KOMMUNE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (KommuneKostraFigures, kommune_kostra_figures, KOMMUNE, KOSTRA_FIGURES, GObject)

KOMMUNE_AVAILABLE_IN_ALL
KommuneKostraFigures *kommune_ledger_key_figures                            (KommuneLedger         *self,
                                                                              const char            *region,
                                                                              guint                  year,
                                                                              GError               **error) G_GNUC_WARN_UNUSED_RESULT;
KOMMUNE_AVAILABLE_IN_ALL
const char           *kommune_kostra_figures_get_region                     (KommuneKostraFigures  *self);
KOMMUNE_AVAILABLE_IN_ALL
guint                 kommune_kostra_figures_get_year                       (KommuneKostraFigures  *self);
KOMMUNE_AVAILABLE_IN_ALL
gint64                kommune_kostra_figures_get_gross_operating_revenue    (KommuneKostraFigures  *self);
KOMMUNE_AVAILABLE_IN_ALL
gint64                kommune_kostra_figures_get_gross_operating_expenses   (KommuneKostraFigures  *self);
KOMMUNE_AVAILABLE_IN_ALL
gint64                kommune_kostra_figures_get_gross_operating_result     (KommuneKostraFigures  *self);
KOMMUNE_AVAILABLE_IN_ALL
gint64                kommune_kostra_figures_get_net_financial_result       (KommuneKostraFigures  *self);
KOMMUNE_AVAILABLE_IN_ALL
gint64                kommune_kostra_figures_get_depreciation_offset        (KommuneKostraFigures  *self);
KOMMUNE_AVAILABLE_IN_ALL
gint64                kommune_kostra_figures_get_net_operating_result       (KommuneKostraFigures  *self);
KOMMUNE_AVAILABLE_IN_ALL
gint64                kommune_kostra_figures_get_net_operating_result_percent (KommuneKostraFigures *self);
KOMMUNE_AVAILABLE_IN_ALL
gint64                kommune_kostra_figures_net_operating_expenses         (KommuneKostraFigures  *self,
                                                                              const char * const    *functions,
                                                                              GError               **error);
KOMMUNE_AVAILABLE_IN_ALL
gint64                kommune_kostra_figures_net_operating_expenses_for_group (KommuneKostraFigures *self,
                                                                              const char            *group,
                                                                              GError               **error);
KOMMUNE_AVAILABLE_IN_ALL
GStrv                 kommune_kostra_function_group_dup_functions           (const char            *group,
                                                                              guint                  year,
                                                                              GError               **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
