/* kragero-fixture.h: Kragerø 2018 “Stab og støtte”, built in code
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <libkommune.h>

G_BEGIN_DECLS

#define KRAGERO_FRAME_OERE G_GINT64_CONSTANT (3822873700)

typedef struct
{
  const char *key;
  const char *label;
  gint64      oere;
} KrageroLine;

extern const KrageroLine kragero_function_groups[];
extern const KrageroLine kragero_departments[];

/* The area with its seven departments. */
KommuneProgrammeArea *kragero_area_new  (void);

/* The 2018 frame with both distributions; when @department_delta is not
 * zero it is added to the first department line, to make a frame that
 * does not reconcile. */
KommuneBudgetFrame   *kragero_frame_new (gint64 department_delta);

G_END_DECLS
