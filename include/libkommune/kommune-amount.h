/* kommune-amount.h: exact amounts of money in øre
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
 * KOMMUNE_OERE_PER_KRONE:
 *
 * The number of øre in one krone. Every amount in the libkommune API is a
 * #gint64 number of øre.
 */
#define KOMMUNE_OERE_PER_KRONE G_GINT64_CONSTANT (100)

/**
 * KommuneAmountScale:
 * @KOMMUNE_AMOUNT_SCALE_KRONER: whole kroner, as in `38 228 737`
 * @KOMMUNE_AMOUNT_SCALE_THOUSANDS: thousands of kroner (1000 kr), the unit
 *   of KOSTRA files, as in `38 229`
 * @KOMMUNE_AMOUNT_SCALE_MILLIONS: millions of kroner, as in `38,2`
 *
 * The unit an amount is shown in by [func@Kommune.amount_format].
 */
typedef enum
{
  KOMMUNE_AMOUNT_SCALE_KRONER,
  KOMMUNE_AMOUNT_SCALE_THOUSANDS,
  KOMMUNE_AMOUNT_SCALE_MILLIONS,
} KommuneAmountScale;

KOMMUNE_AVAILABLE_IN_ALL
gint64  kommune_amount_parse    (const char          *text,
                                 GError             **error);
KOMMUNE_AVAILABLE_IN_ALL
char   *kommune_amount_format   (gint64               oere,
                                 KommuneAmountScale   scale,
                                 guint                decimals) G_GNUC_WARN_UNUSED_RESULT;
KOMMUNE_AVAILABLE_IN_ALL
gint64  kommune_amount_add      (gint64               a,
                                 gint64               b,
                                 GError             **error);
KOMMUNE_AVAILABLE_IN_ALL
gint64  kommune_amount_subtract (gint64               a,
                                 gint64               b,
                                 GError             **error);
KOMMUNE_AVAILABLE_IN_ALL
gint64  kommune_amount_sum      (const gint64        *amounts,
                                 gsize                n_amounts,
                                 GError             **error);
KOMMUNE_AVAILABLE_IN_ALL
gint64 *kommune_amount_allocate (gint64               total,
                                 const gint64        *weights,
                                 gsize                n_weights,
                                 gsize               *n_parts,
                                 GError             **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
