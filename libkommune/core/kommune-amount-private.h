/* kommune-amount-private.h: helpers shared inside libkommune
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "kommune-amount.h"

G_BEGIN_DECLS

/* Powers of ten, 10^0 to 10^18. */
extern const gint64 _kommune_pow10[19];

/* Checked gint64 arithmetic: FALSE instead of overflowing. */
gboolean _kommune_checked_add (gint64  a,
                               gint64  b,
                               gint64 *out);

/* Formats an amount exactly for messages: whole kroner without decimals,
 * otherwise with øre, always followed by " kr". Never rounds. */
char *_kommune_amount_describe (gint64 oere) G_GNUC_WARN_UNUSED_RESULT;

/* Exact a * b / d and a * b % d for b <= d, without overflow. */
void  _kommune_muldiv_u64      (guint64  a,
                                guint64  b,
                                guint64  d,
                                guint64 *quotient,
                                guint64 *remainder);

G_END_DECLS

G_BEGIN_DECLS

/* 100 × @numerator / @denominator as decimal text with a decimal comma,
 * rounded half away from zero to @decimals, computed exactly. Fails on a
 * zero denominator or a result beyond 64 bits. */
char *_kommune_percent_text (gint64    numerator,
                             gint64    denominator,
                             guint     decimals,
                             GError  **error);

G_END_DECLS
