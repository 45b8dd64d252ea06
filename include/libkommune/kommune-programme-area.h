/* kommune-programme-area.h
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

#define KOMMUNE_TYPE_PROGRAMME_AREA (kommune_programme_area_get_type ())

KOMMUNE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (KommuneProgrammeArea, kommune_programme_area, KOMMUNE, PROGRAMME_AREA, GObject)

KOMMUNE_AVAILABLE_IN_ALL
KommuneProgrammeArea *kommune_programme_area_new             (const char            *code,
                                                              const char            *name,
                                                              GError               **error) G_GNUC_WARN_UNUSED_RESULT;
KOMMUNE_AVAILABLE_IN_ALL
const char           *kommune_programme_area_get_code        (KommuneProgrammeArea  *self);
KOMMUNE_AVAILABLE_IN_ALL
const char           *kommune_programme_area_get_name        (KommuneProgrammeArea  *self);
KOMMUNE_AVAILABLE_IN_ALL
gboolean              kommune_programme_area_add_department  (KommuneProgrammeArea  *self,
                                                              KommuneDepartment     *department,
                                                              GError               **error);
KOMMUNE_AVAILABLE_IN_ALL
GListModel           *kommune_programme_area_get_departments (KommuneProgrammeArea  *self);
KOMMUNE_AVAILABLE_IN_ALL
KommuneDepartment    *kommune_programme_area_find_department (KommuneProgrammeArea  *self,
                                                              const char            *code);

G_END_DECLS
