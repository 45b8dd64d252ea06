/* kommune-calendar.h: the steering calendar (årshjul)
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

KOMMUNE_AVAILABLE_IN_ALL
int                 kommune_calendar_document_rank     (KommuneDocumentKind   document);
KOMMUNE_AVAILABLE_IN_ALL
guint               kommune_calendar_proposal_month    (KommuneDocumentKind   document);
KOMMUNE_AVAILABLE_IN_ALL
guint               kommune_calendar_adoption_month    (KommuneDocumentKind   document);
KOMMUNE_AVAILABLE_IN_ALL
KommuneDocumentKind kommune_calendar_next              (GDateTime            *date);
KOMMUNE_AVAILABLE_IN_ALL
gboolean            kommune_calendar_dup_period        (KommuneDocumentKind   document,
                                                        guint                 year,
                                                        GDateTime           **start,
                                                        GDateTime           **end,
                                                        GError              **error);
KOMMUNE_AVAILABLE_IN_ALL
const char         *kommune_document_kind_to_string    (KommuneDocumentKind   document);
KOMMUNE_AVAILABLE_IN_ALL
const char         *kommune_budget_type_to_string      (KommuneBudgetType     budget_type);

G_END_DECLS
