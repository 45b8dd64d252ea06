/* kommune-adjustment-private.h: shared by the adjustment's two source files
 *
 * kommune-adjustment.c holds the type, its constructors and checks;
 * kommune-adjustment-getters.c holds what an adjustment says.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "kommune-adjustment.h"

G_BEGIN_DECLS

struct _KommuneAdjustment
{
  GObject              parent_instance;

  char                *id;
  GDateTime           *date;
  char                *decision;
  char                *area_code;
  char                *to_area_code;
  char                *reason;
  KommuneDistribution *lines;
  gint64               amount;
  guint                year;
  KommuneDocumentKind  document;
  KommuneBudgetType    budget_type;
  guint                frozen : 1;
};

/* Re-validates what the constructors validate, for objects made with
 * g_object_new(); fails with the error the constructor would give. */
gboolean _kommune_adjustment_check  (KommuneAdjustment  *self,
                                     GError            **error);

/* Once an adjustment is in a plan's log it never changes again, nor do
 * its lines. */
void     _kommune_adjustment_freeze (KommuneAdjustment  *self);

G_END_DECLS
