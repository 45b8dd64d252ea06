/* kommune-file-private.h: reading a file whole, replacing it atomically
 *
 * Every format that loads or saves a file (the JSON document, SSB's
 * accounts files) does it the same way, so the one implementation sits in
 * core, below them all, and knows only paths and bytes.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Replaces the file @path names (following symbolic links) with the
 * @length bytes of @data, atomically, keeping its mode (and owner and
 * group where allowed). Fails with a G_FILE_ERROR naming the file, and
 * leaves the old file and no temporary file behind. */
gboolean _kommune_file_replace (const char  *path,
                                const char  *data,
                                gsize        length,
                                GError     **error);

/* The contents of the regular file @path names, and in *@display_name
 * (transfer full) its name for messages. A path that is not a regular
 * file — a directory, a FIFO or /dev/zero, which would never end — fails
 * with a G_FILE_ERROR as an unreadable one does. */
GBytes  *_kommune_file_read    (const char  *path,
                                char       **display_name,
                                GError     **error);

G_END_DECLS
