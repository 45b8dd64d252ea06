/* kommune-json-text-private.h: JSON text as json-glib writes it, made
 * valid RFC 8259.
 *
 * json-glib 1.6 (Debian 12) writes the control character U+001F raw
 * inside strings, where JSON requires an escape: a document holding one
 * would save to a file its own loader refuses. Every JSON the library
 * writes goes through this.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *_kommune_json_text_escape_controls (char *text) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
