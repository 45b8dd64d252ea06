/* kommune-programme-area-private.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "kommune-programme-area.h"

G_BEGIN_DECLS

/* Re-validates what the constructor validates, for objects made with
 * g_object_new(); fails with the error the constructor would give. */
gboolean _kommune_programme_area_check (KommuneProgrammeArea  *self,
                                        GError                **error);

G_END_DECLS
