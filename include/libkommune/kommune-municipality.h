/* kommune-municipality.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(KOMMUNE_INSIDE) && !defined(KOMMUNE_COMPILATION)
# error "Only <libkommune.h> can be included directly."
#endif

#include <gio/gio.h>

#include "kommune-types.h"

G_BEGIN_DECLS

#define KOMMUNE_TYPE_MUNICIPALITY (kommune_municipality_get_type ())

KOMMUNE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (KommuneMunicipality, kommune_municipality, KOMMUNE, MUNICIPALITY, GObject)

KOMMUNE_AVAILABLE_IN_ALL
KommuneMunicipality  *kommune_municipality_new        (const char            *number,
                                                       const char            *name,
                                                       GError               **error) G_GNUC_WARN_UNUSED_RESULT;
KOMMUNE_AVAILABLE_IN_ALL
const char           *kommune_municipality_get_number (KommuneMunicipality   *self);
KOMMUNE_AVAILABLE_IN_ALL
const char           *kommune_municipality_get_name   (KommuneMunicipality   *self);
KOMMUNE_AVAILABLE_IN_ALL
gboolean              kommune_municipality_add_area   (KommuneMunicipality   *self,
                                                       KommuneProgrammeArea  *area,
                                                       GError               **error);
KOMMUNE_AVAILABLE_IN_ALL
GListModel           *kommune_municipality_get_areas  (KommuneMunicipality   *self);
KOMMUNE_AVAILABLE_IN_ALL
KommuneProgrammeArea *kommune_municipality_find_area  (KommuneMunicipality   *self,
                                                       const char            *code);

G_END_DECLS
