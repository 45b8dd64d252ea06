/* kommune-file.h: replacing a file atomically, as the library saves its own
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(KOMMUNE_INSIDE) && !defined(KOMMUNE_COMPILATION)
# error "Only <libkommune.h> can be included directly."
#endif

#include <glib.h>

#include "kommune-version-macros.h"

G_BEGIN_DECLS

KOMMUNE_AVAILABLE_IN_ALL
gboolean kommune_file_replace_contents (const char  *filename,
                                        const char  *data,
                                        gsize        length,
                                        GError     **error);

G_END_DECLS
