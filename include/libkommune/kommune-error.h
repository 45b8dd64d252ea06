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
 * @KOMMUNE_ERROR_OVERFLOW: a result does not fit in 64 bits (øre, thousandths
 *   or a count)
 * @KOMMUNE_ERROR_INVALID_ARGUMENT: an argument is outside what the operation
 *   accepts (negative weights, all-zero weights, an empty name)
 * @KOMMUNE_ERROR_INVALID_CODE: a municipality number, area code or
 *   department code is malformed
 * @KOMMUNE_ERROR_DUPLICATE: an item with the same code, key or name exists
 * @KOMMUNE_ERROR_NOT_RECONCILED: a distribution does not add up to its frame
 * @KOMMUNE_ERROR_INVALID_PERIOD: a year or date lies outside what the
 *   operation covers, such as a year outside a four-year plan
 * @KOMMUNE_ERROR_UNKNOWN_AREA: a programme area code is not known where it
 *   is used
 * @KOMMUNE_ERROR_UNBALANCED_TRANSFER: the lines of a transfer between areas
 *   do not sum to zero
 * @KOMMUNE_ERROR_READ_ONLY: an object that is part of a record, such as an
 *   adjustment in a plan's log or an adopted report, cannot change
 * @KOMMUNE_ERROR_INVALID_DOCUMENT: a document file is not valid JSON or
 *   does not follow the libkommune document format; the message names the
 *   file and the JSON path
 * @KOMMUNE_ERROR_MISSING_DATA: a figure needed for a computation is not
 *   given, such as a forecast for a deviation
 * @KOMMUNE_ERROR_INVALID_ACCOUNTS: a file cannot be a KOSTRA accounts file
 *   at all (empty, binary data); the message names the file and the line.
 *   A record that breaks SSB's rules is no load error: validation reports it
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
  KOMMUNE_ERROR_INVALID_PERIOD,
  KOMMUNE_ERROR_UNKNOWN_AREA,
  KOMMUNE_ERROR_UNBALANCED_TRANSFER,
  KOMMUNE_ERROR_READ_ONLY,
  KOMMUNE_ERROR_INVALID_DOCUMENT,
  KOMMUNE_ERROR_MISSING_DATA,
  KOMMUNE_ERROR_INVALID_ACCOUNTS,
} KommuneError;

KOMMUNE_AVAILABLE_IN_ALL
GQuark kommune_error_quark (void);

G_END_DECLS
