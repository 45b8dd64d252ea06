/* kommune-validation-report.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(KOMMUNE_INSIDE) && !defined(KOMMUNE_COMPILATION)
# error "Only <libkommune.h> can be included directly."
#endif

#include <gio/gio.h>

#include "kommune-types.h"
#include "kommune-version-macros.h"

G_BEGIN_DECLS

#define KOMMUNE_TYPE_VALIDATION_REPORT (kommune_validation_report_get_type ())

KOMMUNE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (KommuneValidationReport, kommune_validation_report, KOMMUNE, VALIDATION_REPORT, GObject)

KOMMUNE_AVAILABLE_IN_ALL
KommuneSeverity  kommune_validation_report_get_severity      (KommuneValidationReport *self);
KOMMUNE_AVAILABLE_IN_ALL
int              kommune_validation_report_get_exit_code     (KommuneValidationReport *self);
KOMMUNE_AVAILABLE_IN_ALL
guint64          kommune_validation_report_get_n_controls    (KommuneValidationReport *self);
KOMMUNE_AVAILABLE_IN_ALL
guint            kommune_validation_report_get_count         (KommuneValidationReport *self,
                                                              KommuneSeverity          severity);
KOMMUNE_AVAILABLE_IN_ALL
GListModel      *kommune_validation_report_get_entries       (KommuneValidationReport *self);
KOMMUNE_AVAILABLE_IN_ALL
const char      *kommune_validation_report_get_skjema        (KommuneValidationReport *self);
KOMMUNE_AVAILABLE_IN_ALL
const char      *kommune_validation_report_get_year          (KommuneValidationReport *self);
KOMMUNE_AVAILABLE_IN_ALL
guint            kommune_validation_report_get_quarter       (KommuneValidationReport *self);
KOMMUNE_AVAILABLE_IN_ALL
const char      *kommune_validation_report_get_region        (KommuneValidationReport *self);
KOMMUNE_AVAILABLE_IN_ALL
char            *kommune_validation_report_to_json           (KommuneValidationReport *self) G_GNUC_WARN_UNUSED_RESULT;
KOMMUNE_AVAILABLE_IN_ALL
char            *kommune_validation_report_format            (KommuneValidationReport *self) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
