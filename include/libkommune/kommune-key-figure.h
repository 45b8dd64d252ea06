/* kommune-key-figure.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(KOMMUNE_INSIDE) && !defined(KOMMUNE_COMPILATION)
# error "Only <libkommune.h> can be included directly."
#endif

#include <glib-object.h>

#include "kommune-types.h"

G_BEGIN_DECLS

#define KOMMUNE_TYPE_KEY_FIGURE (kommune_key_figure_get_type ())

KOMMUNE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (KommuneKeyFigure, kommune_key_figure, KOMMUNE, KEY_FIGURE, GObject)

KOMMUNE_AVAILABLE_IN_ALL
KommuneKeyFigure *kommune_key_figure_new       (const char        *name,
                                                const char        *unit,
                                                guint              year,
                                                const char        *value,
                                                GError           **error) G_GNUC_WARN_UNUSED_RESULT;
KOMMUNE_AVAILABLE_IN_ALL
const char       *kommune_key_figure_get_name  (KommuneKeyFigure  *self);
KOMMUNE_AVAILABLE_IN_ALL
const char       *kommune_key_figure_get_unit  (KommuneKeyFigure  *self);
KOMMUNE_AVAILABLE_IN_ALL
guint             kommune_key_figure_get_year  (KommuneKeyFigure  *self);
KOMMUNE_AVAILABLE_IN_ALL
const char       *kommune_key_figure_get_value (KommuneKeyFigure  *self);

G_END_DECLS
