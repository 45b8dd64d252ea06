/* kommune-tool-ledger.h: the ledger of the files named on a command
 * line, each a ledger CSV or an SSB accounts file, as `kostra figures`
 * and `report --kostra` read them. (`kostra aggregate` reads them alike,
 * with a progress bar and Ctrl-C, in its own file.)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <libkommune.h>

G_BEGIN_DECLS

gboolean       kommune_tool_is_ledger_csv (const char         *path);
KommuneLedger *kommune_tool_load_ledger   (const char * const *paths,
                                           char              **failed_path,
                                           GError            **error);

G_END_DECLS
