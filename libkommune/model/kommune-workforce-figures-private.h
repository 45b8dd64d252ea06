/* kommune-workforce-figures-private.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "kommune-workforce-figures.h"

G_BEGIN_DECLS

/* Fails as kommune_workforce_figures_new() would for figures made with
 * g_object_new(). */
gboolean _kommune_workforce_figures_check (KommuneWorkforceFigures  *self,
                                           GError                  **error);

G_END_DECLS
