/* kommune-investment-project.h
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

#define KOMMUNE_TYPE_INVESTMENT_PROJECT (kommune_investment_project_get_type ())

KOMMUNE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (KommuneInvestmentProject, kommune_investment_project, KOMMUNE, INVESTMENT_PROJECT, GObject)

KOMMUNE_AVAILABLE_IN_ALL
KommuneInvestmentProject *kommune_investment_project_new           (const char                *number,
                                                                    const char                *name,
                                                                    GError                   **error) G_GNUC_WARN_UNUSED_RESULT;
KOMMUNE_AVAILABLE_IN_ALL
const char               *kommune_investment_project_get_number    (KommuneInvestmentProject  *self);
KOMMUNE_AVAILABLE_IN_ALL
const char               *kommune_investment_project_get_name      (KommuneInvestmentProject  *self);
KOMMUNE_AVAILABLE_IN_ALL
const char               *kommune_investment_project_get_status    (KommuneInvestmentProject  *self);
KOMMUNE_AVAILABLE_IN_ALL
void                      kommune_investment_project_set_status    (KommuneInvestmentProject  *self,
                                                                    const char                *status);
KOMMUNE_AVAILABLE_IN_ALL
const char               *kommune_investment_project_get_area_code (KommuneInvestmentProject  *self);
KOMMUNE_AVAILABLE_IN_ALL
void                      kommune_investment_project_set_area_code (KommuneInvestmentProject  *self,
                                                                    const char                *area_code);
KOMMUNE_AVAILABLE_IN_ALL
gboolean                  kommune_investment_project_set_amount    (KommuneInvestmentProject  *self,
                                                                    guint                      year,
                                                                    gint64                     amount,
                                                                    GError                   **error);
KOMMUNE_AVAILABLE_IN_ALL
gint64                    kommune_investment_project_get_amount    (KommuneInvestmentProject  *self,
                                                                    guint                      year);
KOMMUNE_AVAILABLE_IN_ALL
guint                    *kommune_investment_project_dup_years     (KommuneInvestmentProject  *self,
                                                                    gsize                     *n_years) G_GNUC_WARN_UNUSED_RESULT;
KOMMUNE_AVAILABLE_IN_ALL
gint64                    kommune_investment_project_get_total     (KommuneInvestmentProject  *self,
                                                                    GError                   **error);

G_END_DECLS
