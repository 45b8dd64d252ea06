/* kommune-indicator-private.h: shared by kommune-indicator.c (the object),
 * kommune-indicator-bands.c (bands and evaluation) and
 * kommune-indicator-series.c (measurements, gaps, trends)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "kommune-indicator.h"
#include "core/kommune-list-private.h"

G_BEGIN_DECLS

#define N_BANDS 3
#define MAX_BOUND G_GINT64_CONSTANT (1000000000000000)   /* 10^12 in thousandths */

typedef struct
{
  gboolean set;
  gboolean has_lower;
  gboolean lower_inclusive;
  gboolean has_upper;
  gboolean upper_inclusive;
  gint64   lower;
  gint64   upper;
} Band;

struct _KommuneIndicator
{
  GObject               parent_instance;

  char                 *name;
  char                 *method;
  KommuneIndicatorUnit  unit;
  KommuneDirection      direction;
  Band                  bands[N_BANDS];   /* indexed by KommuneStatus */
  KommuneList          *measurements;    /* keyed by period, in the order added */
  KommuneList          *references;      /* the reference series, likewise */
  char                 *reference_name;
};

/* Fails as kommune_indicator_new() would for an indicator made with
 * g_object_new(). */
gboolean    _kommune_indicator_check      (KommuneIndicator  *self,
                                           GError           **error);
const char *_kommune_indicator_period_key (gpointer           item,
                                           char              *buffer);

G_END_DECLS
