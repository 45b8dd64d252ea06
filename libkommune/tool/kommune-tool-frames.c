/* kommune-tool-frames.c: the rows of the plan's frames that `kommune
 * budget` and `kommune adjustments` print: each area's frame as adopted
 * and as revised (by every adjustment, as of a day, or after a document),
 * or the lines of a distribution, with a total after each year and budget
 * type; as text, CSV or JSON. Apart from the subcommands because both
 * print them alike.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "kommune-tool-frames.h"
#include "kommune-tool-table.h"

const char *
kommune_tool_budget_type_nick (KommuneBudgetType type)
{
  return kommune_tool_enum_nick (KOMMUNE_TYPE_BUDGET_TYPE, (int) type);
}

char *
kommune_tool_format_kroner (gint64 amount)
{
  return kommune_amount_format (amount, KOMMUNE_AMOUNT_SCALE_KRONER, 0);
}

/* @text padded with blanks to @width characters: printf's widths count
 * bytes, and a code or a label may hold "ø". */
static char *
pad (const char *text,
     glong       width)
{
  glong n = g_utf8_strlen (text, -1);
  GString *out = g_string_new (text);

  for (glong i = n; i < width; i++)
    g_string_append_c (out, ' ');
  return g_string_free (out, FALSE);
}

void
kommune_tool_print_frames_text (GArray     *rows,
                                const char *by)
{
  for (guint i = 0; i < rows->len; i++)
    {
      KommuneToolFrameRow *row = &g_array_index (rows, KommuneToolFrameRow, i);
      g_autofree char *amount = kommune_tool_format_kroner (row->amount);
      g_autofree char *area = pad (row->area != NULL ? row->area : C_("budget", "total"), 8);
      g_autofree char *type = pad (row->budget_type, 10);

      if (row->sum)
        {
          g_autofree char *frame = kommune_tool_format_kroner (row->original);
          g_autofree char *key = pad (C_("budget", "the lines"), 12);

          /* TRANSLATORS: after a frame's distribution lines: their sum
           * beside the frame they distribute */
          printf ("%s %u %s %s %16s  %s %s\n", area, row->year, type, key, amount,
                  row->amount == row->original ? C_("budget", "= frame") : C_("budget", "≠ frame"), frame);
        }
      else if (by == NULL)
        {
          g_autofree char *original = kommune_tool_format_kroner (row->original);

          /* TRANSLATORS: a frame line of kommune budget: area, year,
           * budget type, the frame as adopted and as revised */
          printf ("%s %u %s %s %16s  %s %16s\n", area, row->year, type,
                  C_("budget", "original"), original, C_("budget", "revised"), amount);
        }
      else
        {
          g_autofree char *key = pad (row->key != NULL ? row->key : "", 12);

          if (row->key != NULL)
            printf ("%s %u %s %s %16s  %s\n", area, row->year, type, key, amount, row->label);
          else
            printf ("%s %u %s %s %16s\n", area, row->year, type, key, amount);
        }
    }
}

void
kommune_tool_print_frames_csv (GArray     *rows,
                               const char *by)
{
  if (by == NULL)
    printf ("area,year,budget_type,original_amount_ore,amount_ore\n");
  else
    printf ("area,year,budget_type,key,label,amount_ore\n");
  for (guint i = 0; i < rows->len; i++)
    {
      KommuneToolFrameRow *row = &g_array_index (rows, KommuneToolFrameRow, i);
      g_autofree char *year = g_strdup_printf ("%u", row->year);
      g_autofree char *original = g_strdup_printf ("%" G_GINT64_FORMAT, row->original);
      g_autofree char *amount = g_strdup_printf ("%" G_GINT64_FORMAT, row->amount);

      /* The CSV holds the lines and the totals; the reconciliation is in
       * the text and the JSON. */
      if (row->sum)
        continue;
      kommune_tool_print_csv_field (row->area != NULL ? row->area : "total", FALSE);
      kommune_tool_print_csv_field (year, FALSE);
      kommune_tool_print_csv_field (row->budget_type, FALSE);
      if (by == NULL)
        kommune_tool_print_csv_field (original, FALSE);
      else
        {
          kommune_tool_print_csv_field (row->key != NULL ? row->key : "", FALSE);
          kommune_tool_print_csv_field (row->label != NULL ? row->label : "", FALSE);
        }
      kommune_tool_print_csv_field (amount, TRUE);
    }
}

/* The members @rows_name (each frame or line) and "totals" of an open
 * JSON object. */
void
kommune_tool_add_frames_json (JsonBuilder *builder,
                              GArray      *rows,
                              const char  *by,
                              const char  *rows_name)
{
  json_builder_set_member_name (builder, rows_name);
  json_builder_begin_array (builder);
  for (guint i = 0; i < rows->len; i++)
    {
      KommuneToolFrameRow *row = &g_array_index (rows, KommuneToolFrameRow, i);

      if (row->area == NULL || row->sum)
        continue;
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "area");
      json_builder_add_string_value (builder, row->area);
      json_builder_set_member_name (builder, "year");
      json_builder_add_int_value (builder, row->year);
      json_builder_set_member_name (builder, "budget_type");
      json_builder_add_string_value (builder, row->budget_type);
      if (by == NULL)
        {
          json_builder_set_member_name (builder, "original_amount");
          json_builder_add_int_value (builder, row->original);
        }
      else
        {
          json_builder_set_member_name (builder, "key");
          json_builder_add_string_value (builder, row->key);
          json_builder_set_member_name (builder, "label");
          json_builder_add_string_value (builder, row->label);
        }
      json_builder_set_member_name (builder, "amount");
      json_builder_add_int_value (builder, row->amount);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "totals");
  json_builder_begin_array (builder);
  for (guint i = 0; i < rows->len; i++)
    {
      KommuneToolFrameRow *row = &g_array_index (rows, KommuneToolFrameRow, i);

      if (row->area != NULL)
        continue;
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "year");
      json_builder_add_int_value (builder, row->year);
      json_builder_set_member_name (builder, "budget_type");
      json_builder_add_string_value (builder, row->budget_type);
      if (by == NULL)
        {
          json_builder_set_member_name (builder, "original_amount");
          json_builder_add_int_value (builder, row->original);
        }
      json_builder_set_member_name (builder, "amount");
      json_builder_add_int_value (builder, row->amount);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  if (by == NULL)
    return;
  json_builder_set_member_name (builder, "reconciliation");
  json_builder_begin_array (builder);
  for (guint i = 0; i < rows->len; i++)
    {
      KommuneToolFrameRow *row = &g_array_index (rows, KommuneToolFrameRow, i);

      if (!row->sum)
        continue;
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "area");
      json_builder_add_string_value (builder, row->area);
      json_builder_set_member_name (builder, "year");
      json_builder_add_int_value (builder, row->year);
      json_builder_set_member_name (builder, "budget_type");
      json_builder_add_string_value (builder, row->budget_type);
      json_builder_set_member_name (builder, "frame");
      json_builder_add_int_value (builder, row->original);
      json_builder_set_member_name (builder, "sum");
      json_builder_add_int_value (builder, row->amount);
      json_builder_set_member_name (builder, "balanced");
      json_builder_add_boolean_value (builder, row->amount == row->original);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/* A frame in the state asked for. */
static gint64
revised_frame (KommuneEconomicPlan          *plan,
               const char                   *code,
               guint                         year,
               KommuneBudgetType             type,
               const KommuneToolFrameState  *state,
               GError                      **error)
{
  if (state->after >= 0)
    return kommune_economic_plan_get_frame_amount_after (plan, code, year, type,
                                                         (KommuneDocumentKind) state->after, error);
  return kommune_economic_plan_get_frame_amount (plan, code, year, type, state->as_of, error);
}

/* The total of every area the plan knows in the state asked for, as
 * kommune_economic_plan_get_total() adds them up. */
static gint64
revised_total (KommuneEconomicPlan          *plan,
               guint                         year,
               KommuneBudgetType             type,
               const KommuneToolFrameState  *state,
               GError                      **error)
{
  GListModel *areas;
  gint64 total = 0;

  if (state->after < 0)
    return kommune_economic_plan_get_total (plan, year, type, state->as_of, error);
  areas = kommune_economic_plan_get_areas (plan);
  for (guint i = 0; i < g_list_model_get_n_items (areas); i++)
    {
      g_autoptr(KommuneProgrammeArea) area = g_list_model_get_item (areas, i);
      gint64 frame = revised_frame (plan, kommune_programme_area_get_code (area), year, type, state, error);

      if (error != NULL && *error != NULL)
        return 0;
      total = kommune_amount_add (total, frame, error);
      if (error != NULL && *error != NULL)
        return 0;
    }
  return total;
}

/* Collects the rows of every frame of @year (0: every year), grouped by
 * year and budget type with a total row after each group. The plan lists
 * its frames by area first, so each group is gathered across the list. */
gboolean
kommune_tool_collect_frames (KommuneEconomicPlan          *plan,
                             guint                         year,
                             const char                   *by,
                             const KommuneToolFrameState  *state,
                             GArray                       *rows,
                             GError                      **error)
{
  static const KommuneBudgetType types[] = {
    KOMMUNE_BUDGET_TYPE_OPERATING, KOMMUNE_BUDGET_TYPE_INVESTMENT
  };
  g_autoptr(GListModel) frames = kommune_economic_plan_list_budget_frames (plan);
  guint n = g_list_model_get_n_items (frames);
  guint first = year != 0 ? year : kommune_economic_plan_get_first_year (plan);
  guint last = year != 0 ? year : kommune_economic_plan_get_last_year (plan);

  for (guint frame_year = first; frame_year <= last; frame_year++)
    for (guint t = 0; t < G_N_ELEMENTS (types); t++)
      {
        KommuneBudgetType type = types[t];
        KommuneToolFrameRow total = { NULL, frame_year, kommune_tool_budget_type_nick (type), NULL, NULL, 0, 0 };
        gboolean any = FALSE;

        for (guint i = 0; i < n; i++)
          {
            g_autoptr(KommuneBudgetFrame) frame = g_list_model_get_item (frames, i);
            const char *code = kommune_programme_area_get_code (kommune_budget_frame_get_area (frame));

            if (kommune_budget_frame_get_year (frame) != frame_year ||
                kommune_budget_frame_get_budget_type (frame) != type)
              continue;
            any = TRUE;

            if (by == NULL)
              {
                KommuneToolFrameRow row = { code, frame_year, total.budget_type, NULL, NULL, 0, 0 };

                row.original = kommune_economic_plan_get_original_frame_amount (plan, code, frame_year,
                                                                                type, error);
                if (error != NULL && *error != NULL)
                  return FALSE;
                row.amount = revised_frame (plan, code, frame_year, type, state, error);
                if (error != NULL && *error != NULL)
                  return FALSE;
                total.original = kommune_amount_add (total.original, row.original, error);
                if (error != NULL && *error != NULL)
                  return FALSE;
                g_array_append_val (rows, row);
              }
            else
              {
                KommuneDistribution *distribution = kommune_budget_frame_get_distribution (frame, by);
                KommuneToolFrameRow sum = { NULL, frame_year, total.budget_type, NULL, NULL, 0, 0, TRUE };
                GListModel *lines;

                if (distribution == NULL)
                  {
                    g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_DOCUMENT,
                                 _("the frame of area '%s' for %u has no '%s' distribution"),
                                 code, frame_year, by);
                    return FALSE;
                  }
                lines = G_LIST_MODEL (distribution);
                for (guint j = 0; j < g_list_model_get_n_items (lines); j++)
                  {
                    g_autoptr(KommuneDistributionLine) line = g_list_model_get_item (lines, j);
                    KommuneToolFrameRow row = { code, frame_year, total.budget_type,
                                      kommune_distribution_line_get_key (line),
                                      kommune_distribution_line_get_label (line), 0,
                                      kommune_distribution_line_get_amount (line), FALSE };

                    sum.amount = kommune_amount_add (sum.amount, row.amount, error);
                    if (error != NULL && *error != NULL)
                      return FALSE;
                    g_array_append_val (rows, row);
                  }
                /* The reconciliation: what the lines add up to beside the
                 * frame they distribute (a document that loads has them
                 * equal; the line says so rather than leaving it implied). */
                sum.area = code;
                sum.original = kommune_budget_frame_get_amount (frame);
                total.amount = kommune_amount_add (total.amount, sum.amount, error);
                if (error != NULL && *error != NULL)
                  return FALSE;
                g_array_append_val (rows, sum);
              }
          }
        if (!any)
          continue;
        if (by == NULL)
          {
            total.amount = revised_total (plan, frame_year, type, state, error);
            if (error != NULL && *error != NULL)
              return FALSE;
          }
        g_array_append_val (rows, total);
      }
  return TRUE;
}
