/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Deliberately wrong: a core source reaching up into the model layer.
 * The layer check must refuse it (tests/meson.build, layers-upward). */

#include "core/kommune-x-private.h"
#include "model/kommune-y-private.h"
