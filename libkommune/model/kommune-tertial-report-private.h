/* kommune-tertial-report-private.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "kommune-tertial-report.h"

G_BEGIN_DECLS

/* Re-validates what the constructor validates, for objects made with
 * g_object_new(); fails with the error the constructor would give. */
gboolean _kommune_tertial_report_check (KommuneTertialReport  *self,
                                        GError                **error);

/* Adopts the report as kommune_tertial_report_adopt() does, for a document
 * being loaded: proposals for years the plan has rolled past are accepted
 * (see _kommune_economic_plan_restore_adjustments()). */
gboolean _kommune_tertial_report_restore_adoption (KommuneTertialReport  *self,
                                                   KommuneEconomicPlan   *plan,
                                                   GDateTime             *date,
                                                   GError               **error);

/* For a document holding @self with @plan (NULL when it has none): fails
 * with KOMMUNE_ERROR_INVALID_ARGUMENT when the report is adopted but not
 * into @plan; a proposal (not adopted) always passes. */
gboolean _kommune_tertial_report_check_plan (KommuneTertialReport  *self,
                                             KommuneEconomicPlan   *plan,
                                             GError               **error);

/* While the report is in a document (@in_document), the document's plan
 * (or NULL): the only plan kommune_tertial_report_adopt() takes it into.
 * The document calls this when it takes the report, when its plan
 * changes and when it lets the report go. */
void     _kommune_tertial_report_set_document_plan (KommuneTertialReport *self,
                                                    gboolean              in_document,
                                                    KommuneEconomicPlan  *plan);

G_END_DECLS
