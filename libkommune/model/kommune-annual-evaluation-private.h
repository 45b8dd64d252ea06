/* kommune-annual-evaluation-private.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "kommune-annual-evaluation.h"

G_BEGIN_DECLS

/* Re-validates what the constructor validates, for objects made with
 * g_object_new(); fails with the error the constructor would give. */
gboolean _kommune_annual_evaluation_check (KommuneAnnualEvaluation  *self,
                                           GError                   **error);

G_END_DECLS
