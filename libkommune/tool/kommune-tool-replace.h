/* kommune-tool-replace.h: writing an output file of the kommune tool
 * atomically, as the library saves its files
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean kommune_tool_replace_file (const char  *path,
                                    const char  *data,
                                    gsize        length,
                                    GError     **error);

G_END_DECLS
