/* kommune-types.h: forward declarations of the libkommune types
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(KOMMUNE_INSIDE) && !defined(KOMMUNE_COMPILATION)
# error "Only <libkommune.h> can be included directly."
#endif

#include <glib-object.h>

#include "kommune-version-macros.h"

G_BEGIN_DECLS

typedef struct _KommuneBudgetFrame      KommuneBudgetFrame;
typedef struct _KommuneDepartment       KommuneDepartment;
typedef struct _KommuneDistribution     KommuneDistribution;
typedef struct _KommuneDistributionLine KommuneDistributionLine;
typedef struct _KommuneMunicipality     KommuneMunicipality;
typedef struct _KommuneProgrammeArea    KommuneProgrammeArea;

G_END_DECLS
