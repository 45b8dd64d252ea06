/* kommune-tool-plan.c: the subcommands on a document's economic plan,
 * `kommune budget`: the frames per area and year, original and revised
 * (by every adjustment, as of a day or after a document), or a frame's
 * distribution by KOSTRA function group or department; and `kommune
 * adjustments`: the plan's adjustment log and the frames it revises.
 * Apart from `show` and `check` because these read the plan's figures
 * rather than the document as a whole.
 *
 * Text output writes amounts in whole kroner as documents write them and
 * its labels in the locale's language; JSON and CSV write integers in øre,
 * name the unit and are the same bytes in every locale.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>

#include "kommune-tool-frames.h"
#include "kommune-tool-output.h"
#include "kommune-tool-plan.h"
#include "kommune-tool-table.h"

/* A day as ISO 8601 writes it, YYYY-MM-DD. */
static char *
format_day (GDateTime *date)
{
  int year, month, day;

  g_date_time_get_ymd (date, &year, &month, &day);
  return g_strdup_printf ("%04d-%02d-%02d", year, month, day);
}

/* The state asked for, as JSON: "as_of" (ISO day) and "after" (document
 * kind), each null when not asked. */
static void
add_state_json (JsonBuilder                 *builder,
                const KommuneToolFrameState *state)
{
  json_builder_set_member_name (builder, "as_of");
  if (state->as_of != NULL)
    {
      g_autofree char *day = format_day (state->as_of);

      json_builder_add_string_value (builder, day);
    }
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "after");
  if (state->after >= 0)
    json_builder_add_string_value (builder, kommune_tool_enum_nick (KOMMUNE_TYPE_DOCUMENT_KIND, state->after));
  else
    json_builder_add_null_value (builder);
}

static void
print_json (GArray                      *rows,
            const char                  *by,
            const KommuneToolFrameState *state)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "unit");
  json_builder_add_string_value (builder, "øre");
  json_builder_set_member_name (builder, "by");
  json_builder_add_string_value (builder, by != NULL ? by : "area");
  add_state_json (builder, state);
  kommune_tool_add_frames_json (builder, rows, by, "rows");
  json_builder_end_object (builder);
  kommune_tool_print_json (builder);
}

/* A day written strictly as YYYY-MM-DD, or NULL. */
static GDateTime *
parse_day (const char *text)
{
  int year, month, day;

  if (strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return NULL;
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return NULL;
  year = atoi (text);
  month = atoi (text + 5);
  day = atoi (text + 8);
  if (year < 1 || !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return NULL;
  return g_date_time_new_utc (year, month, day, 0, 0, 0);
}

/* A document kind by its nick (tertial-1, …), or -1. */
static int
parse_document_kind (const char *text)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (KOMMUNE_TYPE_DOCUMENT_KIND);
  GEnumValue *value = g_enum_get_value_by_nick (klass, text);

  return value != NULL ? value->value : -1;
}

/* The plan of the document at @path, loaded and checked, or NULL with the
 * one line already printed. */
static KommuneDocument *
load_plan (const char           *path,
           KommuneEconomicPlan **plan)
{
  g_autoptr(KommuneDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  document = kommune_document_load (path, &error);
  if (document == NULL || !kommune_document_check (document, &error))
    {
      kommune_tool_data_error (path, error->message);
      return NULL;
    }
  *plan = kommune_document_get_plan (document);
  if (*plan == NULL)
    {
      kommune_tool_data_error (path, _("the document has no economic plan"));
      return NULL;
    }
  return g_steal_pointer (&document);
}

int
kommune_tool_budget (int    argc,
                     char **argv)
{
  g_autofree char *format_text = NULL;
  g_autofree char *by_text = NULL;
  g_autofree char *as_of_text = NULL;
  g_autofree char *after_text = NULL;
  int year = G_MININT;   /* not given: every year */
  const GOptionEntry entries[] = {
    { "year", 'y', 0, G_OPTION_ARG_INT, &year, N_("Only this plan year"), "YEAR" },
    { "by", 'b', 0, G_OPTION_ARG_STRING, &by_text, N_("Rows by area, function-group or department"), "BY" },
    { "as-of", 0, 0, G_OPTION_ARG_STRING, &as_of_text,
      N_("The frames as they stood on this day (YYYY-MM-DD)"), "DATE" },
    { "after", 0, 0, G_OPTION_ARG_STRING, &after_text,
      N_("The frames after the adjustments of this document and those before it "
         "(economic-plan, tertial-1, council-guidance, tertial-2, annual-evaluation)"), "DOCUMENT" },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_text, N_("Output: text (default), json or csv"), "FORMAT" },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    g_option_context_new (N_("budget DOC.json — the plan's frames, original and revised"));
  g_autoptr(KommuneDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (KommuneToolFrameRow));
  g_autoptr(GDateTime) as_of = NULL;
  KommuneToolFrameState state = { NULL, -1 };
  KommuneEconomicPlan *plan = NULL;
  KommuneToolTable format;
  const char *by = NULL;

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, NULL);
  if (!kommune_tool_parse_options (context, "budget", &argc, &argv))
    return KOMMUNE_TOOL_EXIT_USAGE;
  if (!kommune_tool_parse_table_format ("budget", format_text, &format))
    return KOMMUNE_TOOL_EXIT_USAGE;
  if (by_text == NULL || strcmp (by_text, "area") == 0)
    by = NULL;
  else if (strcmp (by_text, "function-group") == 0)
    by = "kostra-function-group";
  else if (strcmp (by_text, "department") == 0)
    by = "department";
  else
    return kommune_tool_usage_error ("budget", _("unknown grouping '%s' (area, function-group or department)"),
                                     by_text);
  if (as_of_text != NULL && after_text != NULL)
    return kommune_tool_usage_error ("budget", _("--as-of and --after cannot be used together"));
  if (as_of_text != NULL)
    {
      as_of = parse_day (as_of_text);
      if (as_of == NULL)
        return kommune_tool_usage_error ("budget", _("'%s' is not a day written YYYY-MM-DD"), as_of_text);
      state.as_of = as_of;
    }
  if (after_text != NULL)
    {
      state.after = parse_document_kind (after_text);
      if (state.after < 0)
        return kommune_tool_usage_error ("budget", _("unknown document kind '%s' (economic-plan, tertial-1, "
                                                 "council-guidance, tertial-2 or annual-evaluation)"),
                                         after_text);
    }
  if (by != NULL && (as_of_text != NULL || after_text != NULL))
    return kommune_tool_usage_error ("budget", _("--as-of and --after apply to the frames by area, "
                                                 "not to their distributions"));
  if (year == G_MININT)
    year = 0;
  else if (year <= 0)
    return kommune_tool_usage_error ("budget", _("the year must be positive"));
  if (argc != 2)
    return kommune_tool_usage_error ("budget", _("expected one document (see kommune budget --help)"));

  document = load_plan (argv[1], &plan);
  if (document == NULL)
    return KOMMUNE_TOOL_EXIT_DATA;
  if (year != 0 && !kommune_economic_plan_covers_year (plan, (guint) year))
    {
      g_autofree char *message = g_strdup_printf (_("the plan does not cover %d"), year);

      return kommune_tool_data_error (argv[1], message);
    }
  if (!kommune_tool_collect_frames (plan, (guint) year, by, &state, rows, &error))
    return kommune_tool_data_error (argv[1], error->message);

  if (format == KOMMUNE_TOOL_TABLE_JSON)
    print_json (rows, by, &state);
  else if (format == KOMMUNE_TOOL_TABLE_CSV)
    kommune_tool_print_frames_csv (rows, by);
  else if (rows->len == 0 && year != 0)
    printf (_("none: the plan holds no frames for %d\n"), year);
  else if (rows->len == 0)
    printf ("%s\n", _("none: the plan holds no frames"));
  else
    kommune_tool_print_frames_text (rows, by);
  return KOMMUNE_TOOL_EXIT_OK;
}

/* The adjustments of the log decided in @kind (-1: every one). */
static GPtrArray *
select_adjustments (KommuneEconomicPlan *plan,
                    int                  kind)
{
  GListModel *log = kommune_economic_plan_get_adjustments (plan);
  GPtrArray *selected = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (log); i++)
    {
      KommuneAdjustment *adjustment = g_list_model_get_item (log, i);

      if (kind >= 0 && (int) kommune_adjustment_get_document (adjustment) != kind)
        g_object_unref (adjustment);
      else
        g_ptr_array_add (selected, adjustment);
    }
  return selected;
}

static void
add_nullable_string (JsonBuilder *builder,
                     const char  *name,
                     const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

/* The change the listed adjustments make to one area's frame of one
 * year and budget type. */
typedef struct
{
  const char        *area;
  guint              year;
  KommuneBudgetType  type;
  gint64             change;
} AreaChange;

/* Sums the adjustments' lines per area, year and budget type, in the
 * order they first appear (a transfer has a line for each of its areas). */
static GArray *
sum_changes (GPtrArray  *adjustments,
             GError    **error)
{
  g_autoptr(GArray) changes = g_array_new (FALSE, TRUE, sizeof (AreaChange));
  g_autoptr(GHashTable) index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < adjustments->len; i++)
    {
      KommuneAdjustment *adjustment = g_ptr_array_index (adjustments, i);
      GListModel *lines = G_LIST_MODEL (kommune_adjustment_get_lines (adjustment));
      guint year = kommune_adjustment_get_year (adjustment);
      KommuneBudgetType type = kommune_adjustment_get_budget_type (adjustment);

      for (guint j = 0; lines != NULL && j < g_list_model_get_n_items (lines); j++)
        {
          g_autoptr(KommuneDistributionLine) line = g_list_model_get_item (lines, j);
          const char *area = kommune_distribution_line_get_key (line);
          char *key = g_strdup_printf ("%s\n%u\n%d", area, year, (int) type);
          gpointer position;
          AreaChange *change;

          if (!g_hash_table_lookup_extended (index, key, NULL, &position))
            {
              AreaChange fresh = { area, year, type, 0 };

              position = GUINT_TO_POINTER (changes->len);
              g_array_append_val (changes, fresh);
              g_hash_table_insert (index, key, position);
            }
          else
            g_free (key);
          change = &g_array_index (changes, AreaChange, GPOINTER_TO_UINT (position));
          change->change = kommune_amount_add (change->change, kommune_distribution_line_get_amount (line), error);
          if (error != NULL && *error != NULL)
            return NULL;
        }
    }
  return g_steal_pointer (&changes);
}

static gboolean
print_adjustments_text (GPtrArray  *adjustments,
                        GArray     *rows,
                        GError    **error)
{
  g_autoptr(GArray) changes = sum_changes (adjustments, error);

  if (changes == NULL)
    return FALSE;

  printf ("%s\n", _("Adjustments:"));
  for (guint i = 0; i < adjustments->len; i++)
    {
      KommuneAdjustment *adjustment = g_ptr_array_index (adjustments, i);
      g_autofree char *date = format_day (kommune_adjustment_get_date (adjustment));
      g_autofree char *amount = kommune_tool_format_kroner (kommune_adjustment_get_amount (adjustment));
      const char *to_area = kommune_adjustment_get_to_area_code (adjustment);
      const char *reason = kommune_adjustment_get_reason (adjustment);
      g_autofree char *areas = to_area != NULL
        ? g_strdup_printf ("%s→%s", kommune_adjustment_get_area_code (adjustment), to_area)
        : g_strdup (kommune_adjustment_get_area_code (adjustment));

      printf ("  %s %s %s %s %u %s %s%s%s\n", kommune_adjustment_get_id (adjustment), date,
              kommune_tool_enum_nick (KOMMUNE_TYPE_DOCUMENT_KIND, (int) kommune_adjustment_get_document (adjustment)),
              areas, kommune_adjustment_get_year (adjustment),
              kommune_tool_budget_type_nick (kommune_adjustment_get_budget_type (adjustment)), amount,
              reason != NULL && *reason != '\0' ? "  " : "", reason != NULL ? reason : "");
    }
  /* The change to each frame, also as the documents round it in their
   * text ("9,4 mill."). */
  printf ("%s\n", _("Change by area and year:"));
  for (guint i = 0; i < changes->len; i++)
    {
      AreaChange *change = &g_array_index (changes, AreaChange, i);
      g_autofree char *kroner = kommune_tool_format_kroner (change->change);
      g_autofree char *millions = kommune_amount_format (change->change, KOMMUNE_AMOUNT_SCALE_MILLIONS, 1);

      printf ("  %s %u %s %s%s (%s %s)\n", change->area, change->year,
              kommune_tool_budget_type_nick (change->type), change->change > 0 ? "+" : "", kroner,
              millions, C_("amount", "mill."));
    }
  printf ("%s\n", _("Revised frames:"));
  if (rows->len == 0)
    printf ("  %s\n", _("none: the plan holds no frames for the adjustments to revise"));
  kommune_tool_print_frames_text (rows, NULL);
  return TRUE;
}

static void
print_adjustments_csv (GPtrArray *adjustments)
{
  printf ("id,date,document,decision,area,to_area,year,budget_type,amount_ore,reason\n");
  for (guint i = 0; i < adjustments->len; i++)
    {
      KommuneAdjustment *adjustment = g_ptr_array_index (adjustments, i);
      g_autofree char *date = format_day (kommune_adjustment_get_date (adjustment));

      kommune_tool_print_csv_field (kommune_adjustment_get_id (adjustment), FALSE);
      kommune_tool_print_csv_field (date, FALSE);
      kommune_tool_print_csv_field (kommune_tool_enum_nick (KOMMUNE_TYPE_DOCUMENT_KIND,
                                                            (int) kommune_adjustment_get_document (adjustment)),
                                    FALSE);
      kommune_tool_print_csv_field (kommune_adjustment_get_decision (adjustment), FALSE);
      kommune_tool_print_csv_field (kommune_adjustment_get_area_code (adjustment), FALSE);
      kommune_tool_print_csv_field (kommune_adjustment_get_to_area_code (adjustment), FALSE);
      kommune_tool_print_csv_int (kommune_adjustment_get_year (adjustment), FALSE);
      kommune_tool_print_csv_field (kommune_tool_budget_type_nick (kommune_adjustment_get_budget_type (adjustment)), FALSE);
      kommune_tool_print_csv_int (kommune_adjustment_get_amount (adjustment), FALSE);
      kommune_tool_print_csv_field (kommune_adjustment_get_reason (adjustment), TRUE);
    }
}

static void
print_adjustments_json (GPtrArray *adjustments,
                        int        kind,
                        GArray    *rows)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "unit");
  json_builder_add_string_value (builder, "øre");
  add_nullable_string (builder, "document",
                       kind >= 0 ? kommune_tool_enum_nick (KOMMUNE_TYPE_DOCUMENT_KIND, kind) : NULL);
  json_builder_set_member_name (builder, "adjustments");
  json_builder_begin_array (builder);
  for (guint i = 0; i < adjustments->len; i++)
    {
      KommuneAdjustment *adjustment = g_ptr_array_index (adjustments, i);
      g_autofree char *date = format_day (kommune_adjustment_get_date (adjustment));
      GListModel *lines = G_LIST_MODEL (kommune_adjustment_get_lines (adjustment));

      json_builder_begin_object (builder);
      add_nullable_string (builder, "id", kommune_adjustment_get_id (adjustment));
      add_nullable_string (builder, "date", date);
      add_nullable_string (builder, "document",
                           kommune_tool_enum_nick (KOMMUNE_TYPE_DOCUMENT_KIND,
                                                   (int) kommune_adjustment_get_document (adjustment)));
      add_nullable_string (builder, "decision", kommune_adjustment_get_decision (adjustment));
      add_nullable_string (builder, "area", kommune_adjustment_get_area_code (adjustment));
      add_nullable_string (builder, "to_area", kommune_adjustment_get_to_area_code (adjustment));
      json_builder_set_member_name (builder, "year");
      json_builder_add_int_value (builder, kommune_adjustment_get_year (adjustment));
      add_nullable_string (builder, "budget_type",
                           kommune_tool_budget_type_nick (kommune_adjustment_get_budget_type (adjustment)));
      json_builder_set_member_name (builder, "amount");
      json_builder_add_int_value (builder, kommune_adjustment_get_amount (adjustment));
      add_nullable_string (builder, "reason", kommune_adjustment_get_reason (adjustment));
      json_builder_set_member_name (builder, "lines");
      json_builder_begin_array (builder);
      for (guint j = 0; lines != NULL && j < g_list_model_get_n_items (lines); j++)
        {
          g_autoptr(KommuneDistributionLine) line = g_list_model_get_item (lines, j);

          json_builder_begin_object (builder);
          add_nullable_string (builder, "area", kommune_distribution_line_get_key (line));
          json_builder_set_member_name (builder, "amount");
          json_builder_add_int_value (builder, kommune_distribution_line_get_amount (line));
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  kommune_tool_add_frames_json (builder, rows, NULL, "frames");
  json_builder_end_object (builder);
  kommune_tool_print_json (builder);
}

int
kommune_tool_adjustments (int    argc,
                          char **argv)
{
  g_autofree char *document_text = NULL;
  g_autofree char *format_text = NULL;
  const GOptionEntry entries[] = {
    { "document", 'd', 0, G_OPTION_ARG_STRING, &document_text,
      N_("Only the adjustments decided in this document (economic-plan, tertial-1, tertial-2, …)"), "KIND" },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_text, N_("Output: text (default), json or csv"), "FORMAT" },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    g_option_context_new (N_("adjustments DOC.json — the plan's adjustment log and the revised frames"));
  g_autoptr(KommuneDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (KommuneToolFrameRow));
  g_autoptr(GPtrArray) adjustments = NULL;
  KommuneToolFrameState every = { NULL, -1 };
  KommuneEconomicPlan *plan = NULL;
  KommuneToolTable format;
  int kind = -1;

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, NULL);
  if (!kommune_tool_parse_options (context, "adjustments", &argc, &argv))
    return KOMMUNE_TOOL_EXIT_USAGE;
  if (!kommune_tool_parse_table_format ("adjustments", format_text, &format))
    return KOMMUNE_TOOL_EXIT_USAGE;
  if (document_text != NULL)
    {
      kind = parse_document_kind (document_text);
      if (kind < 0)
        return kommune_tool_usage_error ("adjustments", _("unknown document kind '%s' (economic-plan, tertial-1, "
                                                 "council-guidance, tertial-2 or annual-evaluation)"),
                                         document_text);
    }
  if (argc != 2)
    return kommune_tool_usage_error ("adjustments", _("expected one document (see kommune adjustments --help)"));

  document = load_plan (argv[1], &plan);
  if (document == NULL)
    return KOMMUNE_TOOL_EXIT_DATA;
  if (!kommune_tool_collect_frames (plan, 0, NULL, &every, rows, &error))
    return kommune_tool_data_error (argv[1], error->message);
  adjustments = select_adjustments (plan, kind);

  if (format == KOMMUNE_TOOL_TABLE_JSON)
    print_adjustments_json (adjustments, kind, rows);
  else if (format == KOMMUNE_TOOL_TABLE_CSV)
    print_adjustments_csv (adjustments);
  else if (!print_adjustments_text (adjustments, rows, &error))
    return kommune_tool_data_error (argv[1], error->message);
  return KOMMUNE_TOOL_EXIT_OK;
}
