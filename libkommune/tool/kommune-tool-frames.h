/* kommune-tool-frames.h: the rows of the plan's frames, gathered once and
 * printed as text, CSV or JSON by `kommune budget` and `kommune
 * adjustments`.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <json-glib/json-glib.h>
#include <libkommune.h>

G_BEGIN_DECLS

/* Which state of the frames the revised amounts show: every adjustment
 * (both unset), those dated on or before @as_of, or those decided in
 * @after or a document before it in the steering year. */
typedef struct
{
  GDateTime *as_of;
  int        after;
} KommuneToolFrameState;

/* One row of the output: an area's frame, or one line of its
 * distribution; area NULL is the total. With a distribution, each
 * frame's lines end in a reconciliation row (@sum set): @amount the sum
 * of the lines, @original the frame they distribute. */
typedef struct
{
  const char *area;
  guint       year;
  const char *budget_type;
  const char *key;
  const char *label;
  gint64      original;
  gint64      amount;
  gboolean    sum;
} KommuneToolFrameRow;

const char *kommune_tool_budget_type_nick  (KommuneBudgetType            type);
char       *kommune_tool_format_kroner     (gint64                       amount);
gboolean    kommune_tool_collect_frames    (KommuneEconomicPlan         *plan,
                                            guint                        year,
                                            const char                  *by,
                                            const KommuneToolFrameState *state,
                                            GArray                      *rows,
                                            GError                     **error);
void        kommune_tool_print_frames_text (GArray                      *rows,
                                            const char                  *by);
void        kommune_tool_print_frames_csv  (GArray                      *rows,
                                            const char                  *by);
void        kommune_tool_add_frames_json   (JsonBuilder                 *builder,
                                            GArray                      *rows,
                                            const char                  *by,
                                            const char                  *rows_name);

G_END_DECLS
