/* kommune-distribution.h
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

#define KOMMUNE_TYPE_DISTRIBUTION (kommune_distribution_get_type ())

KOMMUNE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (KommuneDistribution, kommune_distribution, KOMMUNE, DISTRIBUTION, GObject)

KOMMUNE_AVAILABLE_IN_ALL
KommuneDistribution     *kommune_distribution_new       (const char           *name,
                                                         GError              **error) G_GNUC_WARN_UNUSED_RESULT;
KOMMUNE_AVAILABLE_IN_ALL
const char              *kommune_distribution_get_name  (KommuneDistribution  *self);
KOMMUNE_AVAILABLE_IN_ALL
gboolean                 kommune_distribution_add       (KommuneDistribution  *self,
                                                         const char           *key,
                                                         const char           *label,
                                                         gint64                amount,
                                                         GError              **error);
KOMMUNE_AVAILABLE_IN_ALL
KommuneDistributionLine *kommune_distribution_find      (KommuneDistribution  *self,
                                                         const char           *key);
KOMMUNE_AVAILABLE_IN_ALL
gint64                   kommune_distribution_get_total (KommuneDistribution  *self);

G_END_DECLS
