/* kommune-tool-document.c: the subcommands on a plan document, `kommune
 * show` and `kommune check`. Apart from the dispatcher so that each group
 * of subcommands is one file.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <stdio.h>

#include <glib/gi18n.h>

#include "kommune-tool-document.h"
#include "kommune-tool-output.h"

static const char *
budget_type_nick (KommuneBudgetType type)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (KOMMUNE_TYPE_BUDGET_TYPE);
  GEnumValue *value = g_enum_get_value (klass, (int) type);

  return value != NULL ? value->value_nick : "?";
}

static KommuneDocument *
load_checked (const char *path,
              int        *status)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneDocument) document = kommune_document_load (path, &error);

  if (document == NULL || !kommune_document_check (document, &error))
    {
      *status = kommune_tool_data_error (path, error->message);
      return NULL;
    }
  *status = KOMMUNE_TOOL_EXIT_OK;
  return g_steal_pointer (&document);
}

static void
show_text (KommuneDocument *document)
{
  KommuneMunicipality *municipality = kommune_document_get_municipality (document);
  KommuneEconomicPlan *plan = kommune_document_get_plan (document);
  GListModel *areas = kommune_municipality_get_areas (municipality);

  printf (_("Municipality: %s %s\n"), kommune_municipality_get_number (municipality),
          kommune_municipality_get_name (municipality));
  printf (_("Programme areas: %u\n"), g_list_model_get_n_items (areas));
  for (guint i = 0; i < g_list_model_get_n_items (areas); i++)
    {
      g_autoptr(KommuneProgrammeArea) area = g_list_model_get_item (areas, i);

      printf ("  %s %s\n", kommune_programme_area_get_code (area),
              kommune_programme_area_get_name (area));
    }
  if (plan == NULL)
    {
      fputs (_("Economic plan: none\n"), stdout);
      return;
    }
  {
    g_autoptr(GListModel) frames = kommune_economic_plan_list_budget_frames (plan);

    printf (_("Economic plan: %u–%u\n"), kommune_economic_plan_get_first_year (plan),
            kommune_economic_plan_get_last_year (plan));
    printf (_("Frames: %u\n"), g_list_model_get_n_items (frames));
    for (guint i = 0; i < g_list_model_get_n_items (frames); i++)
      {
        g_autoptr(KommuneBudgetFrame) frame = g_list_model_get_item (frames, i);
        g_autofree char *amount = kommune_amount_format (kommune_budget_frame_get_amount (frame),
                                                         KOMMUNE_AMOUNT_SCALE_KRONER, 0);

        printf ("  %s %u %s %s\n",
                kommune_programme_area_get_code (kommune_budget_frame_get_area (frame)),
                kommune_budget_frame_get_year (frame),
                budget_type_nick (kommune_budget_frame_get_budget_type (frame)),
                amount);
      }
  }
}

static void
show_json (KommuneDocument *document)
{
  KommuneMunicipality *municipality = kommune_document_get_municipality (document);
  KommuneEconomicPlan *plan = kommune_document_get_plan (document);
  GListModel *areas = kommune_municipality_get_areas (municipality);
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "unit");
  json_builder_add_string_value (builder, "øre");
  json_builder_set_member_name (builder, "municipality");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "number");
  json_builder_add_string_value (builder, kommune_municipality_get_number (municipality));
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, kommune_municipality_get_name (municipality));
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "areas");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (areas); i++)
    {
      g_autoptr(KommuneProgrammeArea) area = g_list_model_get_item (areas, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "code");
      json_builder_add_string_value (builder, kommune_programme_area_get_code (area));
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, kommune_programme_area_get_name (area));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "plan");
  if (plan == NULL)
    json_builder_add_null_value (builder);
  else
    {
      g_autoptr(GListModel) frames = kommune_economic_plan_list_budget_frames (plan);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "first_year");
      json_builder_add_int_value (builder, kommune_economic_plan_get_first_year (plan));
      json_builder_set_member_name (builder, "last_year");
      json_builder_add_int_value (builder, kommune_economic_plan_get_last_year (plan));
      json_builder_set_member_name (builder, "frames");
      json_builder_begin_array (builder);
      for (guint i = 0; i < g_list_model_get_n_items (frames); i++)
        {
          g_autoptr(KommuneBudgetFrame) frame = g_list_model_get_item (frames, i);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "area");
          json_builder_add_string_value (builder,
                                         kommune_programme_area_get_code (kommune_budget_frame_get_area (frame)));
          json_builder_set_member_name (builder, "year");
          json_builder_add_int_value (builder, kommune_budget_frame_get_year (frame));
          json_builder_set_member_name (builder, "budget_type");
          json_builder_add_string_value (builder,
                                         budget_type_nick (kommune_budget_frame_get_budget_type (frame)));
          json_builder_set_member_name (builder, "amount");
          json_builder_add_int_value (builder, kommune_budget_frame_get_amount (frame));
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);
  kommune_tool_print_json (builder);
}

int
kommune_tool_show (int    argc,
                   char **argv)
{
  g_autofree char *format_text = NULL;
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_text, N_("Output format: text or json"), N_("FORMAT") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (N_("show DOC.json — show a plan document"));
  g_autoptr(KommuneDocument) document = NULL;
  KommuneToolFormat format;
  int status;

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!kommune_tool_parse_options (context, "show", &argc, &argv))
    return KOMMUNE_TOOL_EXIT_USAGE;
  if (!kommune_tool_parse_format ("show", format_text, &format))
    return KOMMUNE_TOOL_EXIT_USAGE;
  if (argc != 2)
    return kommune_tool_usage_error ("show", _("expected one document (see kommune show --help)"));

  document = load_checked (argv[1], &status);
  if (document == NULL)
    return status;
  if (format == KOMMUNE_TOOL_FORMAT_JSON)
    show_json (document);
  else
    show_text (document);
  return KOMMUNE_TOOL_EXIT_OK;
}

int
kommune_tool_check (int    argc,
                    char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (N_("check DOC.json — check a plan document"));
  g_autoptr(KommuneDocument) document = NULL;
  int status;

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!kommune_tool_parse_options (context, "check", &argc, &argv))
    return KOMMUNE_TOOL_EXIT_USAGE;
  if (argc != 2)
    return kommune_tool_usage_error ("check", _("expected one document (see kommune check --help)"));

  document = load_checked (argv[1], &status);
  if (document != NULL)
    {
      g_autofree char *shown = kommune_tool_display (argv[1]);

      printf ("%s: ok\n", shown);
    }
  return status;
}
