/* kommune-area-report-private.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "kommune-area-report.h"

G_BEGIN_DECLS

/* Re-validates what the constructor validates, for objects made with
 * g_object_new(); fails with the error the constructor would give. */
gboolean _kommune_area_report_check (KommuneAreaReport  *self,
                                     GError             **error);

/* An area report of an adopted tertial report refuses every change. */
void     _kommune_area_report_freeze (KommuneAreaReport *self);

G_END_DECLS
