/* kommune-note.h
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

#define KOMMUNE_TYPE_NOTE (kommune_note_get_type ())

KOMMUNE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (KommuneNote, kommune_note, KOMMUNE, NOTE, GObject)

KOMMUNE_AVAILABLE_IN_ALL
KommuneNote *kommune_note_new       (const char   *title,
                                     const char   *body,
                                     GError      **error) G_GNUC_WARN_UNUSED_RESULT;
KOMMUNE_AVAILABLE_IN_ALL
const char  *kommune_note_get_title (KommuneNote  *self);
KOMMUNE_AVAILABLE_IN_ALL
const char  *kommune_note_get_body  (KommuneNote  *self);

G_END_DECLS
