/* kommune-validation-report-private.h: how the controls fill a report
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "kommune-validation-report.h"

G_BEGIN_DECLS

/* A report for a run with these arguments; it notes the time it starts. */
KommuneValidationReport *_kommune_validation_report_new          (const char              *skjema,
                                                                  const char              *year,
                                                                  guint                    quarter,
                                                                  const char              *region,
                                                                  int                      data_year);
/* Appends the KommuneValidationEntry items of @entries, in order, and
 * notes the number of controls and the time the run ended. */
void                     _kommune_validation_report_finish       (KommuneValidationReport *self,
                                                                  GPtrArray               *entries,
                                                                  guint64                  n_controls);

G_END_DECLS
