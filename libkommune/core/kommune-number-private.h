/* kommune-number-private.h: the one grammar of written numbers
 *
 * Amounts (kommune_amount_parse) and decimals (kommune_decimal_parse) read
 * their digits, sign, thousands grouping and decimal comma through this
 * scanner, so the same text means the same number in both. The grammar is
 * described in doc/money.md, “The number grammar”.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Digits kept per part. More significant integer digits than this do not
 * fit in 64 bits at any scale; more decimals than this are finer than
 * any unit libkommune counts in. */
#define _KOMMUNE_NUMBER_MAX_DIGITS 40

/* Quoted excerpts of the input in error messages are at most this many
 * characters, then “…”. */
#define _KOMMUNE_NUMBER_EXCERPT_CHARS 40

typedef enum
{
  _KOMMUNE_NUMBER_DEFAULT     = 0,
  /* “,-” after the integer part means whole units (“7.185,-” kroner). */
  _KOMMUNE_NUMBER_WHOLE_DASH  = 1 << 0,
} KommuneNumberFlags;

typedef struct
{
  gboolean negative;
  /* Integer digits without leading zeros; "" for zero. */
  char     integer[_KOMMUNE_NUMBER_MAX_DIGITS + 1];
  guint    integer_len;
  gboolean integer_too_long;
  /* Decimals without trailing zeros. */
  char     fraction[_KOMMUNE_NUMBER_MAX_DIGITS + 1];
  guint    fraction_len;
  gboolean fraction_too_long;
} KommuneNumber;

typedef enum
{
  _KOMMUNE_NUMBER_OK,
  _KOMMUNE_NUMBER_TOO_PRECISE,   /* more decimals than the unit holds */
  _KOMMUNE_NUMBER_OVERFLOW,      /* beyond the range of a gint64 */
} KommuneNumberResult;

/* The byte length of a white-space character at @p: ASCII white space,
 * U+00A0, U+2009 or U+202F; 0 if there is none. */
gsize    _kommune_number_blank_length    (const char *p);

/* Advances past white space. */
const char *_kommune_number_skip_blanks  (const char *p);

/* Scans one number at *@p: an optional sign, the integer part (grouped in
 * thousands or not) and an optional decimal comma with decimals. On
 * success advances *@p past it; on failure leaves *@p alone and sets
 * *@why to a newly allocated reason (“no digits”), which quotes at most
 * a short excerpt of the input. Text after the number is the caller's. */
gboolean _kommune_number_scan            (const char         **p,
                                          KommuneNumberFlags   flags,
                                          KommuneNumber       *number,
                                          char               **why);

/* @number × 10^@exponent as a gint64, exactly, into *@out; G_MININT64
 * included. */
KommuneNumberResult _kommune_number_to_int64 (const KommuneNumber *number,
                                              guint                exponent,
                                              gint64              *out);

/* @text cut to at most _KOMMUNE_NUMBER_EXCERPT_CHARS characters, then
 * “…”, for quoting in a message. Invalid UTF-8 is replaced. */
char    *_kommune_number_excerpt         (const char *text) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
