/* kommune-error.h: the libkommune error domain
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
 * KOMMUNE_ERROR:
 *
 * The error domain of libkommune. Errors in this domain carry a
 * [enum@Kommune.Error] code.
 */
#define KOMMUNE_ERROR (kommune_error_quark ())

/**
 * KommuneError:
 * @KOMMUNE_ERROR_FAILED: an unspecified failure
 * @KOMMUNE_ERROR_INVALID_AMOUNT: a text could not be read as an amount of money
 * @KOMMUNE_ERROR_OVERFLOW: a result does not fit in 64-bit øre
 * @KOMMUNE_ERROR_INVALID_ARGUMENT: an argument is outside what the operation
 *   accepts (negative weights, all-zero weights, an empty name)
 * @KOMMUNE_ERROR_INVALID_CODE: a municipality number, area code or
 *   department code is malformed
 * @KOMMUNE_ERROR_DUPLICATE: an item with the same code, key or name exists
 * @KOMMUNE_ERROR_NOT_RECONCILED: a distribution does not add up to its frame
 *
 * Error codes in the %KOMMUNE_ERROR domain.
 */
typedef enum
{
  KOMMUNE_ERROR_FAILED = 0,
  KOMMUNE_ERROR_INVALID_AMOUNT,
  KOMMUNE_ERROR_OVERFLOW,
  KOMMUNE_ERROR_INVALID_ARGUMENT,
  KOMMUNE_ERROR_INVALID_CODE,
  KOMMUNE_ERROR_DUPLICATE,
  KOMMUNE_ERROR_NOT_RECONCILED,
} KommuneError;

KOMMUNE_AVAILABLE_IN_ALL
GQuark kommune_error_quark (void);

G_END_DECLS
