/* kommune-accounts-lines-private.h: the lines of a KOSTRA accounts file
 *
 * SSB's "Regnskap" files are one record per line. The lines are split on
 * "\n", carriage returns at either end of a line are dropped (as SSB's
 * program trims them), and empty lines are skipped; each line
 * keeps its 1-based number in the file, which every message names. The
 * lines point into the file's bytes and are not NUL-terminated: a record
 * is read by byte position (kommune-accounts-layout-private.h).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  const char *text;      /* into the file's bytes; not NUL-terminated */
  guint32     length;    /* in bytes, without "\r\n" or "\n" */
  guint32     number;    /* 1-based line number in the file */
} KommuneAccountsLine;

typedef struct _KommuneAccountsLines KommuneAccountsLines;

/* Splits @bytes into its non-empty lines; the lines hold a reference on
 * @bytes. Fails with KOMMUNE_ERROR_INVALID_ACCOUNTS, naming @name, when
 * @bytes has more lines than 32 bits can number. */
KommuneAccountsLines      *_kommune_accounts_lines_new   (GBytes                *bytes,
                                                          const char            *name,
                                                          GError               **error);
KommuneAccountsLines      *_kommune_accounts_lines_ref   (KommuneAccountsLines  *lines);
void                       _kommune_accounts_lines_unref (KommuneAccountsLines  *lines);

/* The non-empty lines in file order, and their count. */
const KommuneAccountsLine *_kommune_accounts_lines_get   (KommuneAccountsLines  *lines,
                                                          guint                 *n_lines);
GBytes                    *_kommune_accounts_lines_get_bytes (KommuneAccountsLines *lines);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KommuneAccountsLines, _kommune_accounts_lines_unref)

G_END_DECLS
