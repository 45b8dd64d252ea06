/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Deliberately wrong: SSB's file formats reaching sideways into the JSON
 * document, a layer of the same rank. The layer check must refuse it
 * (tests/meson.build, layers-sideways-include). */

#include "document/kommune-w-private.h"
