/* kommune-verbal-proposal.h
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

#define KOMMUNE_TYPE_VERBAL_PROPOSAL (kommune_verbal_proposal_get_type ())

KOMMUNE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (KommuneVerbalProposal, kommune_verbal_proposal, KOMMUNE, VERBAL_PROPOSAL, GObject)

KOMMUNE_AVAILABLE_IN_ALL
KommuneVerbalProposal *kommune_verbal_proposal_new             (guint                   number,
                                                                const char             *text,
                                                                GError                **error) G_GNUC_WARN_UNUSED_RESULT;
KOMMUNE_AVAILABLE_IN_ALL
guint                  kommune_verbal_proposal_get_number      (KommuneVerbalProposal  *self);
KOMMUNE_AVAILABLE_IN_ALL
const char            *kommune_verbal_proposal_get_text        (KommuneVerbalProposal  *self);
KOMMUNE_AVAILABLE_IN_ALL
const char            *kommune_verbal_proposal_get_responsible (KommuneVerbalProposal  *self);
KOMMUNE_AVAILABLE_IN_ALL
void                   kommune_verbal_proposal_set_responsible (KommuneVerbalProposal  *self,
                                                                const char             *responsible);
KOMMUNE_AVAILABLE_IN_ALL
const char            *kommune_verbal_proposal_get_status      (KommuneVerbalProposal  *self);
KOMMUNE_AVAILABLE_IN_ALL
void                   kommune_verbal_proposal_set_status      (KommuneVerbalProposal  *self,
                                                                const char             *status);
KOMMUNE_AVAILABLE_IN_ALL
const char            *kommune_verbal_proposal_get_comment     (KommuneVerbalProposal  *self);
KOMMUNE_AVAILABLE_IN_ALL
void                   kommune_verbal_proposal_set_comment     (KommuneVerbalProposal  *self,
                                                                const char             *comment);
KOMMUNE_AVAILABLE_IN_ALL
GDateTime             *kommune_verbal_proposal_get_adopted     (KommuneVerbalProposal  *self);
KOMMUNE_AVAILABLE_IN_ALL
void                   kommune_verbal_proposal_set_adopted     (KommuneVerbalProposal  *self,
                                                                GDateTime              *adopted);

G_END_DECLS
