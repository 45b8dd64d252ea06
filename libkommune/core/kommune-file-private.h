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

/* The most bytes each format reads (doc/limits.md): a loader checks a
 * file's size before it reads a byte, so a huge file costs nothing but
 * the error. A document's JSON tree takes some 25 bytes of memory per
 * byte of the worst text (`[0,0,…]`), an accounts file is kept whole
 * beside its records, a ledger CSV is mapped whole while it is read. */
#define KOMMUNE_FILE_MAX_DOCUMENT   (G_GUINT64_CONSTANT (16) << 20)  /* 16 MiB */
#define KOMMUNE_FILE_MAX_ACCOUNTS   (G_GUINT64_CONSTANT (1) << 30)   /* 1 GiB */
#define KOMMUNE_FILE_MAX_LEDGER_CSV (G_GUINT64_CONSTANT (4) << 30)   /* 4 GiB */

/* Fails, with KOMMUNE_ERROR and @code, when @size bytes are more than
 * @max_size: “NAME: the file is too large: SIZE bytes, at most MAX”. */
gboolean _kommune_file_check_size (const char  *name,
                                   guint64      size,
                                   guint64      max_size,
                                   int          code,
                                   GError     **error);

/* The contents of the regular file @path names, and in *@display_name
 * (transfer full) its name for messages. A path that is not a regular
 * file — a directory, a FIFO or /dev/zero, which would never end — fails
 * with a G_FILE_ERROR as an unreadable one does; a file of more than
 * @max_size bytes fails, before it is read, as
 * _kommune_file_check_size() says, with @too_large_code. */
GBytes  *_kommune_file_read    (const char  *path,
                                guint64      max_size,
                                int          too_large_code,
                                char       **display_name,
                                GError     **error);

G_END_DECLS
