/* kommune-decimal.h: exact decimal values in thousandths
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

/**
 * KOMMUNE_DECIMAL_ONE:
 *
 * The value 1 as a decimal: decimals (percentages, scores, counts,
 * ratios) are #gint64 numbers of thousandths.
 */
#define KOMMUNE_DECIMAL_ONE G_GINT64_CONSTANT (1000)

KOMMUNE_AVAILABLE_IN_ALL
gint64  kommune_decimal_parse       (const char  *text,
                                     GError     **error);
KOMMUNE_AVAILABLE_IN_ALL
gint64  kommune_decimal_from_double (double       value,
                                     GError     **error);
KOMMUNE_AVAILABLE_IN_ALL
char   *kommune_decimal_format      (gint64       thousandths,
                                     guint        decimals) G_GNUC_WARN_UNUSED_RESULT;
KOMMUNE_AVAILABLE_IN_ALL
char   *kommune_decimal_to_string   (gint64       thousandths) G_GNUC_WARN_UNUSED_RESULT;
KOMMUNE_AVAILABLE_IN_ALL
char   *kommune_percent_change      (gint64       old_value,
                                     gint64       new_value,
                                     guint        decimals,
                                     GError     **error) G_GNUC_WARN_UNUSED_RESULT;
KOMMUNE_AVAILABLE_IN_ALL
char   *kommune_percent_of          (gint64       part,
                                     gint64       whole,
                                     guint        decimals,
                                     GError     **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
