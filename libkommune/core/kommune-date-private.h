/* kommune-date-private.h: calendar dates inside libkommune
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Decisions and reports are dated by calendar day, not by instant: a date
 * is compared by its year, month and day in its own time zone, so a
 * GDateTime made at local midnight in Oslo and one at UTC midnight of the
 * same day are the same date. */

/* yyyymmdd of @date in its own time zone, e.g. 20170630. */
guint      _kommune_date_key        (GDateTime   *date);

/* A new GDateTime at UTC midnight of @date's calendar day. */
GDateTime *_kommune_date_normalize  (GDateTime   *date);

/* Parses an ISO 8601 calendar date “YYYY-MM-DD” into UTC midnight. */
GDateTime *_kommune_date_parse      (const char  *text,
                                     GError     **error);

/* Formats @date's calendar day as “YYYY-MM-DD”. */
char      *_kommune_date_format     (GDateTime   *date);

G_END_DECLS
