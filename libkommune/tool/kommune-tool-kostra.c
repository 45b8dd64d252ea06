/* kommune-tool-kostra.c: `kommune kostra check` runs SSB's controls over an
 * accounts file and reports them as SSB's control program does; `kommune
 * kostra figures` gives SSB's key figures of accounts files; `kommune kostra
 * aggregate` is in kommune-tool-aggregate.c. Apart from the
 * plan document subcommands: these read SSB's files, not documents.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "kommune-tool-aggregate.h"
#include "kommune-tool-kostra.h"
#include "kommune-tool-ledger.h"
#include "kommune-tool-output.h"

/* Whether @text is exactly @n ASCII digits. */
static gboolean
digits (const char *text,
        gsize       n)
{
  if (strlen (text) != n)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;
  return TRUE;
}

static int
kostra_check (int    argc,
              char **argv)
{
  g_autofree char *skjema = NULL;
  g_autofree char *year = NULL;
  g_autofree char *region = NULL;
  g_autofree char *orgnr = NULL;
  g_autofree char *format_text = NULL;
  int quarter = G_MININT;   /* not given */
  const GOptionEntry entries[] = {
    { "skjema", 's', 0, G_OPTION_ARG_STRING, &skjema, N_("The skjema (SSB's form), such as 0AK4"), "SKJEMA" },
    { "year", 'y', 0, G_OPTION_ARG_STRING, &year, N_("The accounting year, such as 2019"), "YEAR" },
    { "quarter", 'q', 0, G_OPTION_ARG_INT, &quarter, N_("The quarter, 0–4 (default: from the form)"), "Q" },
    { "region", 'r', 0, G_OPTION_ARG_STRING, &region, N_("The region, such as 040200"), "REGION" },
    { "orgnr", 'u', 0, G_OPTION_ARG_STRING, &orgnr, N_("The organisation number"), "ORGNR" },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_text, N_("Output format: text, or json for SSB's JSON report"), "FORMAT" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (N_("kostra check FILE — run SSB's controls over an accounts file"));
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneAccountsFile) file = NULL;
  g_autoptr(KommuneValidationReport) report = NULL;
  KommuneToolFormat format;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!kommune_tool_parse_options (context, "kostra check", &argc, &argv))
    return KOMMUNE_TOOL_EXIT_USAGE;
  if (!kommune_tool_parse_format ("kostra check", format_text, &format))
    return KOMMUNE_TOOL_EXIT_USAGE;
  if (argc != 2)
    return kommune_tool_usage_error ("kostra check", _("expected one accounts file (see kommune kostra check --help)"));
  if (skjema == NULL || year == NULL || region == NULL)
    return kommune_tool_usage_error ("kostra check", _("--skjema, --year and --region are required"));
  /* Each of them is compared with every record's fields: a value that
   * can never match one would only turn every line into an error. */
  if (*skjema == '\0' || !kommune_tool_is_printable (skjema))
    return kommune_tool_usage_error ("kostra check", _("--skjema needs a form, such as 0AK4"));
  if (orgnr != NULL && !kommune_tool_is_printable (orgnr))
    return kommune_tool_usage_error ("kostra check", _("--orgnr '%s': an organisation number is printable text"),
                                     orgnr);
  if (!digits (year, 4))
    return kommune_tool_usage_error ("kostra check", _("--year '%s': a year is four digits"), year);
  if (!digits (region, 6))
    return kommune_tool_usage_error ("kostra check", _("--region '%s': a region is six digits, such as 040200"),
                                     region);
  if (quarter == G_MININT)
    {
      /* The quarter a form's name ends with: 0AK4 is the fourth. */
      size_t n = strlen (skjema);

      quarter = n > 0 && g_ascii_isdigit (skjema[n - 1]) ? skjema[n - 1] - '0' : 0;
    }
  if (quarter < 0 || quarter > 4)
    return kommune_tool_usage_error ("kostra check", _("--quarter must be 0–4, not %d"), quarter);

  file = kommune_accounts_file_load (argv[1], &error);
  if (file != NULL)
    report = kommune_accounts_file_validate (file, skjema, year, (guint) quarter, region, orgnr, &error);
  if (report == NULL)
    return kommune_tool_data_error (argv[1], error->message);

  if (format == KOMMUNE_TOOL_FORMAT_JSON)
    {
      g_autofree char *json = kommune_validation_report_to_json (report);

      printf ("%s\n", json);
    }
  else
    {
      g_autofree char *text = kommune_validation_report_format (report);

      fputs (text, stdout);
    }
  return kommune_validation_report_get_exit_code (report);
}

typedef struct
{
  const char *key;
  const char *label;
  gint64 (*get) (KommuneKostraFigures *figures);
} Figure;

static const Figure figure_list[] = {
  { "gross_operating_revenue", N_("Gross operating revenue"), kommune_kostra_figures_get_gross_operating_revenue },
  { "gross_operating_expenses", N_("Gross operating expenses"), kommune_kostra_figures_get_gross_operating_expenses },
  { "gross_operating_result", N_("Gross operating result"), kommune_kostra_figures_get_gross_operating_result },
  { "net_financial_result", N_("Net financial result"), kommune_kostra_figures_get_net_financial_result },
  { "depreciation_offset", N_("Depreciation offset"), kommune_kostra_figures_get_depreciation_offset },
  { "net_operating_result", N_("Net operating result"), kommune_kostra_figures_get_net_operating_result },
};

/* A label and its figure in two columns, padded by characters (labels
 * may hold "ø"), as printf's widths count bytes. */
static void
print_figure_line (const char *label,
                   const char *figure)
{
  long pad = 57 - g_utf8_strlen (label, -1) - g_utf8_strlen (figure, -1);

  printf ("%s%*s%s\n", label, (int) MAX (pad, 1), "", figure);
}

static void
print_figures_text (KommuneKostraFigures *figures)
{
  g_autofree char *percent = kommune_decimal_format (kommune_kostra_figures_get_net_operating_result_percent (figures), 1);

  printf (_("Region %s, year %u (amounts in kroner)\n"), kommune_kostra_figures_get_region (figures),
          kommune_kostra_figures_get_year (figures));
  for (gsize i = 0; i < G_N_ELEMENTS (figure_list); i++)
    {
      g_autofree char *amount = kommune_amount_format (figure_list[i].get (figures),
                                                       KOMMUNE_AMOUNT_SCALE_KRONER, 0);

      print_figure_line (_(figure_list[i].label), amount);
    }
  print_figure_line (_("Net operating result in percent"), percent);
}

static void
print_figures_json (KommuneKostraFigures *figures)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "unit");
  json_builder_add_string_value (builder, "øre");
  json_builder_set_member_name (builder, "region");
  json_builder_add_string_value (builder, kommune_kostra_figures_get_region (figures));
  json_builder_set_member_name (builder, "year");
  json_builder_add_int_value (builder, kommune_kostra_figures_get_year (figures));
  for (gsize i = 0; i < G_N_ELEMENTS (figure_list); i++)
    {
      json_builder_set_member_name (builder, figure_list[i].key);
      json_builder_add_int_value (builder, figure_list[i].get (figures));
    }
  /* A percentage is no amount: written exactly, in thousandths. */
  json_builder_set_member_name (builder, "net_operating_result_percent_thousandths");
  json_builder_add_int_value (builder, kommune_kostra_figures_get_net_operating_result_percent (figures));
  json_builder_end_object (builder);
  kommune_tool_print_json (builder);
}

static int
kostra_figures (int    argc,
                char **argv)
{
  g_autofree char *region = NULL;
  g_autofree char *format_text = NULL;
  int year = G_MININT;   /* not given */
  const GOptionEntry entries[] = {
    { "region", 'r', 0, G_OPTION_ARG_STRING, &region, N_("The region (default: the first line's)"), "REGION" },
    { "year", 'y', 0, G_OPTION_ARG_INT, &year, N_("The year (default: the first line's)"), "YEAR" },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_text, N_("Output format of the figures: text or json"), "FORMAT" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (N_("kostra figures FILE… — SSB's key figures of accounts files"));
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneLedger) ledger = NULL;
  g_autoptr(KommuneKostraFigures) figures = NULL;
  g_autofree char *joined = NULL;
  g_autofree char *failed = NULL;
  KommuneToolFormat format;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!kommune_tool_parse_options (context, "kostra figures", &argc, &argv))
    return KOMMUNE_TOOL_EXIT_USAGE;
  if (!kommune_tool_parse_format ("kostra figures", format_text, &format))
    return KOMMUNE_TOOL_EXIT_USAGE;
  if (argc < 2)
    return kommune_tool_usage_error ("kostra figures", _("expected accounts files (see kommune kostra figures --help)"));
  if (year != G_MININT && year <= 0)
    return kommune_tool_usage_error ("kostra figures", _("--year must be positive, not %d"), year);

  joined = g_strjoinv (", ", argv + 1);
  ledger = kommune_tool_load_ledger ((const char * const *) argv + 1, &failed, &error);
  if (ledger == NULL)
    return kommune_tool_data_error (failed, error->message);
  if (region == NULL || year == G_MININT)
    {
      guint first_year = 0;
      const char *first_region = NULL;

      if (!kommune_ledger_get_line (ledger, 0, &first_year, &first_region, NULL, NULL, NULL, NULL))
        return kommune_tool_data_error (joined, _("no accounts lines"));
      if (region == NULL)
        region = g_strdup (first_region);
      if (year == G_MININT)
        year = (int) first_year;
    }

  figures = kommune_ledger_key_figures (ledger, region, (guint) year, &error);
  if (figures == NULL)
    return kommune_tool_data_error (joined, error->message);
  if (format == KOMMUNE_TOOL_FORMAT_JSON)
    print_figures_json (figures);
  else
    print_figures_text (figures);
  return KOMMUNE_TOOL_EXIT_OK;
}

int
kommune_tool_kostra (int    argc,
                     char **argv)
{
  if (argc < 2 || strcmp (argv[1], "--help") == 0 || strcmp (argv[1], "-h") == 0)
    {
      if (argc < 2)
        return kommune_tool_usage_error ("kostra", _("expected a subcommand: check, figures or aggregate"));
      printf ("%s\n", _("Usage:"));
      printf ("  kommune kostra check FILE -s SKJEMA -y YEAR [-q Q] -r REGION [-u ORGNR] [-f text|json]\n"
              "  kommune kostra figures FILE… [--region R] [--year Y] [--format text|json]\n"
              "  kommune kostra aggregate FILE… [--by COLUMNS] [--where KEY=VALUES]… [--rollup] [--split]\n"
              "                           [--format text|json|csv] [-o FILE] [--quiet]\n");
      return KOMMUNE_TOOL_EXIT_OK;
    }
  if (strcmp (argv[1], "check") == 0)
    return kostra_check (argc - 1, argv + 1);
  if (strcmp (argv[1], "figures") == 0)
    return kostra_figures (argc - 1, argv + 1);
  if (strcmp (argv[1], "aggregate") == 0)
    return kommune_tool_kostra_aggregate (argc - 1, argv + 1);
  return kommune_tool_usage_error ("kostra", _("unknown subcommand '%s' (check, figures or aggregate)"), argv[1]);
}
