/* kommune-distribution-line.h
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

#define KOMMUNE_TYPE_DISTRIBUTION_LINE (kommune_distribution_line_get_type ())

KOMMUNE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (KommuneDistributionLine, kommune_distribution_line, KOMMUNE, DISTRIBUTION_LINE, GObject)

KOMMUNE_AVAILABLE_IN_ALL
KommuneDistributionLine *kommune_distribution_line_new        (const char              *key,
                                                               const char              *label,
                                                               gint64                   amount,
                                                               GError                 **error) G_GNUC_WARN_UNUSED_RESULT;
KOMMUNE_AVAILABLE_IN_ALL
const char              *kommune_distribution_line_get_key    (KommuneDistributionLine *self);
KOMMUNE_AVAILABLE_IN_ALL
const char              *kommune_distribution_line_get_label  (KommuneDistributionLine *self);
KOMMUNE_AVAILABLE_IN_ALL
gint64                   kommune_distribution_line_get_amount (KommuneDistributionLine *self);

G_END_DECLS
