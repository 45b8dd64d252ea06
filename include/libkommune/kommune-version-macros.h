/* kommune-version-macros.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(KOMMUNE_INSIDE) && !defined(KOMMUNE_COMPILATION)
# error "Only <libkommune.h> can be included directly."
#endif

#include <glib.h>

#include "kommune-version.h"

#ifndef _KOMMUNE_EXTERN
# define _KOMMUNE_EXTERN extern
#endif

#define KOMMUNE_VERSION_CUR_STABLE \
  (G_ENCODE_VERSION (KOMMUNE_MAJOR_VERSION, KOMMUNE_MINOR_VERSION))

/* The previous stable release: for the first minor of a major version
 * there is none, so it is the current one (never minor - 1 < 0). */
#if KOMMUNE_MINOR_VERSION == 0
# define KOMMUNE_VERSION_PREV_STABLE KOMMUNE_VERSION_CUR_STABLE
#else
# define KOMMUNE_VERSION_PREV_STABLE \
  (G_ENCODE_VERSION (KOMMUNE_MAJOR_VERSION, KOMMUNE_MINOR_VERSION - 1))
#endif

/**
 * KOMMUNE_VERSION_0_1:
 *
 * A macro that evaluates to the 0.1 version of libkommune, for use with
 * %KOMMUNE_VERSION_MIN_REQUIRED and %KOMMUNE_VERSION_MAX_ALLOWED.
 */
#define KOMMUNE_VERSION_0_1 (G_ENCODE_VERSION (0, 1))

#ifndef KOMMUNE_VERSION_MIN_REQUIRED
# define KOMMUNE_VERSION_MIN_REQUIRED (KOMMUNE_VERSION_CUR_STABLE)
#endif

#ifndef KOMMUNE_VERSION_MAX_ALLOWED
# if KOMMUNE_VERSION_MIN_REQUIRED > KOMMUNE_VERSION_PREV_STABLE
#  define KOMMUNE_VERSION_MAX_ALLOWED (KOMMUNE_VERSION_MIN_REQUIRED)
# else
#  define KOMMUNE_VERSION_MAX_ALLOWED (KOMMUNE_VERSION_CUR_STABLE)
# endif
#endif

#if KOMMUNE_VERSION_MAX_ALLOWED < KOMMUNE_VERSION_MIN_REQUIRED
# error "KOMMUNE_VERSION_MAX_ALLOWED must be >= KOMMUNE_VERSION_MIN_REQUIRED"
#endif

/**
 * KOMMUNE_AVAILABLE_IN_ALL:
 *
 * Marks a symbol as available in every version of libkommune.
 */
#define KOMMUNE_AVAILABLE_IN_ALL                   _KOMMUNE_EXTERN

/**
 * KOMMUNE_DEPRECATED:
 *
 * Marks a symbol as deprecated.
 */
#define KOMMUNE_DEPRECATED                         G_DEPRECATED _KOMMUNE_EXTERN

/**
 * KOMMUNE_DEPRECATED_FOR:
 * @f: the symbol to use instead
 *
 * Marks a symbol as deprecated in favour of @f.
 */
#define KOMMUNE_DEPRECATED_FOR(f)                  G_DEPRECATED_FOR(f) _KOMMUNE_EXTERN

/**
 * KOMMUNE_UNAVAILABLE:
 * @maj: the major version the symbol appeared in
 * @min: the minor version the symbol appeared in
 *
 * Marks a symbol as newer than %KOMMUNE_VERSION_MAX_ALLOWED.
 */
#define KOMMUNE_UNAVAILABLE(maj,min)               G_UNAVAILABLE(maj,min) _KOMMUNE_EXTERN

/**
 * KOMMUNE_DEPRECATED_IN_0_1:
 *
 * Marks a symbol as deprecated since libkommune 0.1.
 */

/**
 * KOMMUNE_DEPRECATED_IN_0_1_FOR:
 * @f: the symbol to use instead
 *
 * Marks a symbol as deprecated since libkommune 0.1 in favour of @f.
 */

/**
 * KOMMUNE_AVAILABLE_IN_0_1:
 *
 * Marks a symbol as available since libkommune 0.1.
 */
#if KOMMUNE_VERSION_MIN_REQUIRED >= KOMMUNE_VERSION_0_1
# define KOMMUNE_DEPRECATED_IN_0_1                 KOMMUNE_DEPRECATED
# define KOMMUNE_DEPRECATED_IN_0_1_FOR(f)          KOMMUNE_DEPRECATED_FOR(f)
#else
# define KOMMUNE_DEPRECATED_IN_0_1                 _KOMMUNE_EXTERN
# define KOMMUNE_DEPRECATED_IN_0_1_FOR(f)          _KOMMUNE_EXTERN
#endif

#if KOMMUNE_VERSION_MAX_ALLOWED < KOMMUNE_VERSION_0_1
# define KOMMUNE_AVAILABLE_IN_0_1                  KOMMUNE_UNAVAILABLE(0, 1)
#else
# define KOMMUNE_AVAILABLE_IN_0_1                  _KOMMUNE_EXTERN
#endif
