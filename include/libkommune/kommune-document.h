/* kommune-document.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(KOMMUNE_INSIDE) && !defined(KOMMUNE_COMPILATION)
# error "Only <libkommune.h> can be included directly."
#endif

#include <gio/gio.h>

#include "kommune-types.h"

G_BEGIN_DECLS

/**
 * KOMMUNE_DOCUMENT_FORMAT_VERSION:
 *
 * The version of the JSON document format this libkommune writes, and the
 * newest it reads.
 */
#define KOMMUNE_DOCUMENT_FORMAT_VERSION 1

#define KOMMUNE_TYPE_DOCUMENT (kommune_document_get_type ())

KOMMUNE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (KommuneDocument, kommune_document, KOMMUNE, DOCUMENT, GObject)

KOMMUNE_AVAILABLE_IN_ALL
KommuneDocument     *kommune_document_new                     (KommuneMunicipality       *municipality) G_GNUC_WARN_UNUSED_RESULT;
KOMMUNE_AVAILABLE_IN_ALL
KommuneDocument     *kommune_document_load                    (const char                *path,
                                                               GError                   **error) G_GNUC_WARN_UNUSED_RESULT;
KOMMUNE_AVAILABLE_IN_ALL
KommuneDocument     *kommune_document_load_from_data          (const char                *data,
                                                               gssize                     length,
                                                               const char                *name,
                                                               GError                   **error) G_GNUC_WARN_UNUSED_RESULT;
KOMMUNE_AVAILABLE_IN_ALL
gboolean             kommune_document_save                    (KommuneDocument           *self,
                                                               const char                *path,
                                                               GError                   **error);
KOMMUNE_AVAILABLE_IN_ALL
char                *kommune_document_to_data                 (KommuneDocument           *self,
                                                               gsize                     *length) G_GNUC_WARN_UNUSED_RESULT;
KOMMUNE_AVAILABLE_IN_ALL
gboolean             kommune_document_check                   (KommuneDocument           *self,
                                                               GError                   **error);
KOMMUNE_AVAILABLE_IN_ALL
gboolean             kommune_document_equal                   (KommuneDocument           *self,
                                                               KommuneDocument           *other);
KOMMUNE_AVAILABLE_IN_ALL
KommuneMunicipality *kommune_document_get_municipality        (KommuneDocument           *self);
KOMMUNE_AVAILABLE_IN_ALL
KommuneEconomicPlan *kommune_document_get_plan                (KommuneDocument           *self);
KOMMUNE_AVAILABLE_IN_ALL
void                 kommune_document_set_plan                (KommuneDocument           *self,
                                                               KommuneEconomicPlan       *plan);
KOMMUNE_AVAILABLE_IN_ALL
const char          *kommune_document_get_source              (KommuneDocument           *self);
KOMMUNE_AVAILABLE_IN_ALL
void                 kommune_document_set_source              (KommuneDocument           *self,
                                                               const char                *source);
KOMMUNE_AVAILABLE_IN_ALL
GListModel          *kommune_document_get_tertial_reports     (KommuneDocument           *self);
KOMMUNE_AVAILABLE_IN_ALL
gboolean             kommune_document_add_tertial_report      (KommuneDocument           *self,
                                                               KommuneTertialReport      *report,
                                                               GError                   **error);
KOMMUNE_AVAILABLE_IN_ALL
KommuneTertialReport *kommune_document_find_tertial_report    (KommuneDocument           *self,
                                                               guint                      year,
                                                               KommuneDocumentKind        period);
KOMMUNE_AVAILABLE_IN_ALL
GListModel          *kommune_document_get_investment_projects (KommuneDocument           *self);
KOMMUNE_AVAILABLE_IN_ALL
gboolean             kommune_document_add_investment_project  (KommuneDocument           *self,
                                                               KommuneInvestmentProject  *project,
                                                               GError                   **error);
KOMMUNE_AVAILABLE_IN_ALL
GListModel          *kommune_document_get_verbal_proposals    (KommuneDocument           *self);
KOMMUNE_AVAILABLE_IN_ALL
gboolean             kommune_document_add_verbal_proposal     (KommuneDocument           *self,
                                                               KommuneVerbalProposal     *proposal,
                                                               GError                   **error);
KOMMUNE_AVAILABLE_IN_ALL
GListModel          *kommune_document_get_annual_evaluations  (KommuneDocument           *self);
KOMMUNE_AVAILABLE_IN_ALL
gboolean             kommune_document_add_annual_evaluation   (KommuneDocument           *self,
                                                               KommuneAnnualEvaluation   *evaluation,
                                                               GError                   **error);
KOMMUNE_AVAILABLE_IN_ALL
GListModel          *kommune_document_get_key_figures         (KommuneDocument           *self);
KOMMUNE_AVAILABLE_IN_ALL
gboolean             kommune_document_add_key_figure          (KommuneDocument           *self,
                                                               KommuneKeyFigure          *figure,
                                                               GError                   **error);
KOMMUNE_AVAILABLE_IN_ALL
GListModel          *kommune_document_get_notes               (KommuneDocument           *self);
KOMMUNE_AVAILABLE_IN_ALL
gboolean             kommune_document_add_note                (KommuneDocument           *self,
                                                               KommuneNote               *note,
                                                               GError                   **error);

KOMMUNE_AVAILABLE_IN_ALL
GListModel          *kommune_document_get_goals               (KommuneDocument           *self);
KOMMUNE_AVAILABLE_IN_ALL
gboolean             kommune_document_add_goal                (KommuneDocument           *self,
                                                               KommuneGoal               *goal,
                                                               GError                   **error);
KOMMUNE_AVAILABLE_IN_ALL
GListModel          *kommune_document_get_financial_rules     (KommuneDocument           *self);
KOMMUNE_AVAILABLE_IN_ALL
gboolean             kommune_document_add_financial_rule      (KommuneDocument           *self,
                                                               KommuneFinancialRule      *rule,
                                                               GError                   **error);
KOMMUNE_AVAILABLE_IN_ALL
GListModel          *kommune_document_get_workforce_figures   (KommuneDocument           *self);
KOMMUNE_AVAILABLE_IN_ALL
gboolean             kommune_document_add_workforce_figures   (KommuneDocument           *self,
                                                               KommuneWorkforceFigures   *figures,
                                                               GError                   **error);
KOMMUNE_AVAILABLE_IN_ALL
GListModel          *kommune_document_get_strategies          (KommuneDocument           *self);
KOMMUNE_AVAILABLE_IN_ALL
gboolean             kommune_document_add_strategy            (KommuneDocument           *self,
                                                               KommuneStrategy           *strategy,
                                                               GError                   **error);

G_END_DECLS
