/* kommune-distribution-private.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "kommune-distribution.h"

G_BEGIN_DECLS

/* Re-validates what the constructor validates, for objects made with
 * g_object_new(); fails with the error the constructor would give. */
gboolean _kommune_distribution_check (KommuneDistribution  *self,
                                      GError               **error);

/* From then on add() fails with KOMMUNE_ERROR_READ_ONLY naming @owner
 * ("adjustment “X”"). */
void     _kommune_distribution_freeze (KommuneDistribution *self,
                                       const char          *owner);

G_END_DECLS
