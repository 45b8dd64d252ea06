/* kommune-validation-entry-private.h: how the controls make their findings
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "kommune-validation-entry.h"

G_BEGIN_DECLS

/* Takes copies of the strings and of the @n_lines line numbers. */
KommuneValidationEntry *_kommune_validation_entry_new (const char      *rule_id,
                                                       const char      *rule_name,
                                                       KommuneSeverity  severity,
                                                       const char      *message,
                                                       const guint     *lines,
                                                       guint            n_lines);

G_END_DECLS
