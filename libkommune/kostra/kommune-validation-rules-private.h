/* kommune-validation-rules-private.h: the kinds of SSB's controls
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "kostra/kommune-validation-run-private.h"

G_BEGIN_DECLS

/* Control 001 over the lines of the run. */
void _kommune_run_record_length (KommuneRun        *run,
                                 const KommuneRule *rule);
/* Any other rule over the records of the run, by its kind. */
void _kommune_run_rule          (KommuneRun        *run,
                                 const KommuneRule *rule);

G_END_DECLS
