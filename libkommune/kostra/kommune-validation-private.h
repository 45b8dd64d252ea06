/* kommune-validation-private.h: SSB's control program as a library call
 *
 * Runs the controls of SSB's kostra-kontrollprogram for a "Regnskap" file
 * over its lines: control 001 on the raw lines (a finding stops the run),
 * then the rules of the skjema's validator over the records whose amount
 * is not "0", as the data files of the file's year describe them
 * (kommune-control-data-private.h). The public wrapper is the accounts
 * file's validate method.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "kommune-validation-report.h"
#include "kostra/kommune-accounts-lines-private.h"

G_BEGIN_DECLS

/* @skjema as SSB's -s ("0A", "0AK4", "0F"), @year as -y, @quarter 1-4 or
 * 0 for the annual accounts (-q), @region as -r, @orgnr as -u or NULL
 * (nine blanks). An unknown skjema gives a report with SSB's one FATAL
 * entry; blank arguments, text that is not UTF-8 and a quarter above 4
 * fail with KOMMUNE_ERROR_INVALID_ARGUMENT, as does a skjema whose
 * validator the data lists as not implemented. */
KommuneValidationReport *_kommune_kostra_validate_lines (KommuneAccountsLines *lines,
                                                         const char           *skjema,
                                                         const char           *year,
                                                         guint                 quarter,
                                                         const char           *region,
                                                         const char           *orgnr,
                                                         GError              **error);

G_END_DECLS
