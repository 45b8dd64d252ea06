/* kommune-tool-progress.h: a progress bar on standard error for the long
 * loads of the kommune tool. The work runs in a thread and reports how far
 * it is; the main loop draws the bar from that. Apart from the
 * subcommands so that any long load can show one alike.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _KommuneToolProgress KommuneToolProgress;

KommuneToolProgress *kommune_tool_progress_new    (gboolean             quiet);
void                 kommune_tool_progress_free   (KommuneToolProgress *self);
void                 kommune_tool_progress_set    (KommuneToolProgress *self,
                                                   const char          *label,
                                                   gint64               done,
                                                   gint64               total);
void                 kommune_tool_progress_start  (KommuneToolProgress *self);
void                 kommune_tool_progress_clear  (KommuneToolProgress *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KommuneToolProgress, kommune_tool_progress_free)

G_END_DECLS
