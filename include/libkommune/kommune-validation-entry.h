/* kommune-validation-entry.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(KOMMUNE_INSIDE) && !defined(KOMMUNE_COMPILATION)
# error "Only <libkommune.h> can be included directly."
#endif

#include <glib-object.h>

#include "kommune-types.h"
#include "kommune-version-macros.h"

G_BEGIN_DECLS

#define KOMMUNE_TYPE_VALIDATION_ENTRY (kommune_validation_entry_get_type ())

KOMMUNE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (KommuneValidationEntry, kommune_validation_entry, KOMMUNE, VALIDATION_ENTRY, GObject)

KOMMUNE_AVAILABLE_IN_ALL
const char      *kommune_validation_entry_get_rule_id      (KommuneValidationEntry *self);
KOMMUNE_AVAILABLE_IN_ALL
const char      *kommune_validation_entry_get_rule_name    (KommuneValidationEntry *self);
KOMMUNE_AVAILABLE_IN_ALL
KommuneSeverity  kommune_validation_entry_get_severity     (KommuneValidationEntry *self);
KOMMUNE_AVAILABLE_IN_ALL
const char      *kommune_validation_entry_get_message      (KommuneValidationEntry *self);
KOMMUNE_AVAILABLE_IN_ALL
const guint     *kommune_validation_entry_get_line_numbers (KommuneValidationEntry *self,
                                                            guint                  *n_line_numbers);

G_END_DECLS
