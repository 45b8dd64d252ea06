/* kommune-department.h
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

#define KOMMUNE_TYPE_DEPARTMENT (kommune_department_get_type ())

KOMMUNE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (KommuneDepartment, kommune_department, KOMMUNE, DEPARTMENT, GObject)

KOMMUNE_AVAILABLE_IN_ALL
KommuneDepartment *kommune_department_new      (const char         *code,
                                                const char         *name,
                                                GError            **error) G_GNUC_WARN_UNUSED_RESULT;
KOMMUNE_AVAILABLE_IN_ALL
const char        *kommune_department_get_code (KommuneDepartment  *self);
KOMMUNE_AVAILABLE_IN_ALL
const char        *kommune_department_get_name (KommuneDepartment  *self);

G_END_DECLS
