/* kommune-document-steering-private.h: the invariants of a document's
 * steering part
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "kommune-document.h"

G_BEGIN_DECLS

/* Checks each of the document's goals, financial rules, workforce figures
 * and strategies on its own: objects made bare with g_object_new(), a root
 * goal that was given a parent after it was added. (Names, ids and the
 * order of conditions across the lists are the document check's, in
 * kommune-document-check.c.) Fails with the model's error, its message prefixed by
 * the JSON path of the offending item (“$.financial_rules[2]: …”). Goal
 * trees need no walk: their contents were checked when they were added. */
gboolean _kommune_document_check_steering (KommuneDocument  *document,
                                           GError          **error);

G_END_DECLS
