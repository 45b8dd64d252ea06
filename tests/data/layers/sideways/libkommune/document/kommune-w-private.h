/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Part of a deliberately wrong tree (see ../kostra/kommune-z.c). */
#pragma once
