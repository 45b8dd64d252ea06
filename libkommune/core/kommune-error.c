/* kommune-error.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "kommune-error.h"

/**
 * kommune_error_quark:
 *
 * The quark of the %KOMMUNE_ERROR domain.
 *
 * Returns: the error quark
 */
G_DEFINE_QUARK (kommune-error-quark, kommune_error)
