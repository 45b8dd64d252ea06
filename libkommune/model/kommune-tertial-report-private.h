/* kommune-tertial-report-private.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "core/kommune-list-private.h"
#include "kommune-tertial-report.h"

G_BEGIN_DECLS

/* The instance, shared by kommune-tertial-report.c (the report and its
 * contents), kommune-tertial-report-adoption.c (adoption and plans) and
 * kommune-tertial-report-deviation.c (which uses the public getters). */
struct _KommuneTertialReport
{
  GObject              parent_instance;

  guint                year;
  KommuneDocumentKind  period;
  gint64               threshold;
  KommuneList         *area_reports;
  KommuneList         *proposals;
  GDateTime           *adopted;
  KommuneEconomicPlan *plan;     /* the plan it was adopted into */
  KommuneEconomicPlan *document_plan;  /* while in a document: its plan */
  gboolean             in_document;
};

/* Fails with the constructor's error for a bare report, and with
 * KOMMUNE_ERROR_READ_ONLY once the report is adopted. */
gboolean _kommune_tertial_report_check_open (KommuneTertialReport  *self,
                                             GError               **error);

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
