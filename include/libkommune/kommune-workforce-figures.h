/* kommune-workforce-figures.h
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

#define KOMMUNE_TYPE_WORKFORCE_FIGURES (kommune_workforce_figures_get_type ())

KOMMUNE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (KommuneWorkforceFigures, kommune_workforce_figures, KOMMUNE, WORKFORCE_FIGURES, GObject)

KOMMUNE_AVAILABLE_IN_ALL
KommuneWorkforceFigures *kommune_workforce_figures_new            (const char                *unit,
                                                                   const char                *period,
                                                                   GError                   **error) G_GNUC_WARN_UNUSED_RESULT;
KOMMUNE_AVAILABLE_IN_ALL
const char              *kommune_workforce_figures_get_unit       (KommuneWorkforceFigures   *self);
KOMMUNE_AVAILABLE_IN_ALL
const char              *kommune_workforce_figures_get_period     (KommuneWorkforceFigures   *self);
KOMMUNE_AVAILABLE_IN_ALL
gboolean                 kommune_workforce_figures_set            (KommuneWorkforceFigures   *self,
                                                                   KommuneWorkforceFigure     figure,
                                                                   gint64                     thousandths,
                                                                   GError                   **error);
KOMMUNE_AVAILABLE_IN_ALL
gboolean                 kommune_workforce_figures_set_text       (KommuneWorkforceFigures   *self,
                                                                   KommuneWorkforceFigure     figure,
                                                                   const char                *value,
                                                                   GError                   **error);
KOMMUNE_AVAILABLE_IN_ALL
gboolean                 kommune_workforce_figures_has            (KommuneWorkforceFigures   *self,
                                                                   KommuneWorkforceFigure     figure);
KOMMUNE_AVAILABLE_IN_ALL
gint64                   kommune_workforce_figures_get            (KommuneWorkforceFigures   *self,
                                                                   KommuneWorkforceFigure     figure,
                                                                   GError                   **error);
KOMMUNE_AVAILABLE_IN_ALL
KommuneMeasurement      *kommune_workforce_figures_dup_sick_leave (KommuneWorkforceFigures   *self,
                                                                   GError                   **error) G_GNUC_WARN_UNUSED_RESULT;
KOMMUNE_AVAILABLE_IN_ALL
KommuneMeasurement      *kommune_workforce_figures_dup_turnover   (KommuneWorkforceFigures   *self,
                                                                   GError                   **error) G_GNUC_WARN_UNUSED_RESULT;
KOMMUNE_AVAILABLE_IN_ALL
char                    *kommune_workforce_figures_change         (KommuneWorkforceFigures   *earlier,
                                                                   KommuneWorkforceFigures   *later,
                                                                   KommuneWorkforceFigure     figure,
                                                                   guint                      decimals,
                                                                   GError                   **error) G_GNUC_WARN_UNUSED_RESULT;
KOMMUNE_AVAILABLE_IN_ALL
KommuneWorkforceFigures *kommune_workforce_figures_sum            (const char                *unit,
                                                                   const char                *period,
                                                                   KommuneWorkforceFigures  **parts,
                                                                   gsize                      n_parts,
                                                                   GError                   **error) G_GNUC_WARN_UNUSED_RESULT;
KOMMUNE_AVAILABLE_IN_ALL
const char              *kommune_workforce_figure_to_string       (KommuneWorkforceFigure     figure);

G_END_DECLS
