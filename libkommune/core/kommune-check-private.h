/* kommune-check-private.h: validation of codes and names
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A code or key: non-empty UTF-8 without control characters and without
 * leading or trailing white space. @what names the field in messages. */
gboolean _kommune_check_code (const char  *what,
                              const char  *code,
                              GError     **error);

/* A name or label: non-NULL UTF-8 without control characters; empty only
 * when @allow_empty. */
gboolean _kommune_check_name (const char  *what,
                              const char  *name,
                              gboolean     allow_empty,
                              GError     **error);

G_END_DECLS
