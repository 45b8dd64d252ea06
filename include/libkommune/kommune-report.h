/* kommune-report.h: a document as one self-contained HTML report for the
 * council, with its charts drawn inline
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(KOMMUNE_INSIDE) && !defined(KOMMUNE_COMPILATION)
# error "Only <libkommune.h> can be included directly."
#endif

#include <glib-object.h>

#include "kommune-types.h"
#include "kommune-document.h"
#include "kommune-ledger.h"

G_BEGIN_DECLS

/**
 * KommuneReportLanguage:
 * @KOMMUNE_REPORT_LANGUAGE_NB: Norwegian Bokmål (`nb`), the default
 * @KOMMUNE_REPORT_LANGUAGE_EN: English (`en`)
 *
 * The language of a report's headings, labels and notes. The texts of
 * the document itself (names of areas, goals and rules) are shown as
 * written.
 *
 * Since: 0.1
 */
typedef enum
{
  KOMMUNE_REPORT_LANGUAGE_NB,
  KOMMUNE_REPORT_LANGUAGE_EN,
} KommuneReportLanguage;

#define KOMMUNE_TYPE_REPORT (kommune_report_get_type ())

KOMMUNE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (KommuneReport, kommune_report, KOMMUNE, REPORT, GObject)

KOMMUNE_AVAILABLE_IN_ALL
KommuneReport         *kommune_report_new          (KommuneDocument        *document) G_GNUC_WARN_UNUSED_RESULT;
KOMMUNE_AVAILABLE_IN_ALL
KommuneDocument       *kommune_report_get_document (KommuneReport          *self);
KOMMUNE_AVAILABLE_IN_ALL
KommuneReportLanguage  kommune_report_get_language (KommuneReport          *self);
KOMMUNE_AVAILABLE_IN_ALL
void                   kommune_report_set_language (KommuneReport          *self,
                                                    KommuneReportLanguage   language);
KOMMUNE_AVAILABLE_IN_ALL
gboolean               kommune_report_set_accounts (KommuneReport          *self,
                                                    KommuneLedger          *ledger,
                                                    const char             *region,
                                                    guint                   year,
                                                    GError                **error);
KOMMUNE_AVAILABLE_IN_ALL
char                  *kommune_report_to_html      (KommuneReport          *self,
                                                    GError                **error) G_GNUC_WARN_UNUSED_RESULT;
KOMMUNE_AVAILABLE_IN_ALL
gboolean               kommune_report_save         (KommuneReport          *self,
                                                    const char             *filename,
                                                    GError                **error);

G_END_DECLS
