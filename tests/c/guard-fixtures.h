/* guard-fixtures.h: valid instances for the argument-guard test
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

gpointer guard_fixture_new        (const char   *name);
void     guard_fixture_free       (const char   *name,
                                   gpointer      instance);
void     guard_async_ready_noop   (GObject      *source,
                                   GAsyncResult *result,
                                   gpointer      user_data);
void     guard_file_progress_noop (goffset       current,
                                   goffset       total,
                                   gpointer      user_data);

G_END_DECLS
