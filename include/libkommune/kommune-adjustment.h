/* kommune-adjustment.h
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

#define KOMMUNE_TYPE_ADJUSTMENT (kommune_adjustment_get_type ())

KOMMUNE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (KommuneAdjustment, kommune_adjustment, KOMMUNE, ADJUSTMENT, GObject)

KOMMUNE_AVAILABLE_IN_ALL
KommuneAdjustment   *kommune_adjustment_new              (const char           *id,
                                                          GDateTime            *date,
                                                          const char           *decision,
                                                          KommuneDocumentKind   document,
                                                          const char           *area_code,
                                                          KommuneBudgetType     budget_type,
                                                          guint                 year,
                                                          gint64                amount,
                                                          const char           *reason,
                                                          GError              **error) G_GNUC_WARN_UNUSED_RESULT;
KOMMUNE_AVAILABLE_IN_ALL
KommuneAdjustment   *kommune_adjustment_new_transfer     (const char           *id,
                                                          GDateTime            *date,
                                                          const char           *decision,
                                                          KommuneDocumentKind   document,
                                                          const char           *from_area_code,
                                                          const char           *to_area_code,
                                                          KommuneBudgetType     budget_type,
                                                          guint                 year,
                                                          gint64                amount,
                                                          const char           *reason,
                                                          GError              **error) G_GNUC_WARN_UNUSED_RESULT;
KOMMUNE_AVAILABLE_IN_ALL
gboolean             kommune_adjustment_add_line         (KommuneAdjustment    *self,
                                                          const char           *area_code,
                                                          gint64                amount,
                                                          GError              **error);
KOMMUNE_AVAILABLE_IN_ALL
const char          *kommune_adjustment_get_id           (KommuneAdjustment    *self);
KOMMUNE_AVAILABLE_IN_ALL
GDateTime           *kommune_adjustment_get_date         (KommuneAdjustment    *self);
KOMMUNE_AVAILABLE_IN_ALL
const char          *kommune_adjustment_get_decision     (KommuneAdjustment    *self);
KOMMUNE_AVAILABLE_IN_ALL
KommuneDocumentKind  kommune_adjustment_get_document     (KommuneAdjustment    *self);
KOMMUNE_AVAILABLE_IN_ALL
const char          *kommune_adjustment_get_area_code    (KommuneAdjustment    *self);
KOMMUNE_AVAILABLE_IN_ALL
const char          *kommune_adjustment_get_to_area_code (KommuneAdjustment    *self);
KOMMUNE_AVAILABLE_IN_ALL
KommuneBudgetType    kommune_adjustment_get_budget_type  (KommuneAdjustment    *self);
KOMMUNE_AVAILABLE_IN_ALL
guint                kommune_adjustment_get_year         (KommuneAdjustment    *self);
KOMMUNE_AVAILABLE_IN_ALL
gint64               kommune_adjustment_get_amount       (KommuneAdjustment    *self);
KOMMUNE_AVAILABLE_IN_ALL
const char          *kommune_adjustment_get_reason       (KommuneAdjustment    *self);
KOMMUNE_AVAILABLE_IN_ALL
gboolean             kommune_adjustment_is_transfer      (KommuneAdjustment    *self);
KOMMUNE_AVAILABLE_IN_ALL
gboolean             kommune_adjustment_is_frozen        (KommuneAdjustment    *self);
KOMMUNE_AVAILABLE_IN_ALL
KommuneDistribution *kommune_adjustment_get_lines        (KommuneAdjustment    *self);
KOMMUNE_AVAILABLE_IN_ALL
gint64               kommune_adjustment_get_effect       (KommuneAdjustment    *self,
                                                          const char           *area_code);

G_END_DECLS
