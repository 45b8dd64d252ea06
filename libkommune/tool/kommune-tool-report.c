/* kommune-tool-report.c: `kommune report DOC.json -o report.html`, the
 * document written as one self-contained HTML page (KommuneReport), with
 * `--kostra FILE` the key figures of an accounts file beside the budget
 * and `--lang en` English labels.
 *
 * Apart from the other subcommands because it writes a file rather than
 * printing: the page is saved atomically, so a failure never leaves a
 * half-written report, and what is printed is where it went.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "kommune-tool-ledger.h"
#include "kommune-tool-report.h"
#include "kommune-tool-output.h"

int
kommune_tool_report (int    argc,
                     char **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *kostra = NULL;
  g_autofree char *language = NULL;
  g_autofree char *region = NULL;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The HTML file to write (required)"), "FILE" },
    { "kostra", 'k', 0, G_OPTION_ARG_FILENAME, &kostra,
      N_("SSB accounts file (.dat) or ledger CSV whose key figures go beside the budget"), "FILE" },
    { "region", 'r', 0, G_OPTION_ARG_STRING, &region,
      N_("The region of the accounts (default: the file's only region)"), "REGION" },
    { "lang", 'l', 0, G_OPTION_ARG_STRING, &language, N_("The report's language: nb (default) or en"), "LANG" },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    g_option_context_new (_("report DOC.json -o FILE — the document as one HTML file for the council"));
  g_autoptr(KommuneDocument) document = NULL;
  g_autoptr(KommuneReport) report = NULL;
  g_autoptr(GError) error = NULL;
  KommuneReportLanguage lang = KOMMUNE_REPORT_LANGUAGE_NB;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!kommune_tool_parse_options (context, "report", &argc, &argv))
    return KOMMUNE_TOOL_EXIT_USAGE;
  if (argc != 2)
    return kommune_tool_usage_error ("report", _("expected one document (see kommune report --help)"));
  if (output == NULL || *output == '\0')
    return kommune_tool_usage_error ("report", _("--output FILE is required"));
  if (region != NULL && kostra == NULL)
    return kommune_tool_usage_error ("report", _("--region names the region of the --kostra accounts: give both"));
  if (kostra != NULL && *kostra == '\0')
    return kommune_tool_usage_error ("report", _("--kostra needs a file name"));
  if (kommune_tool_same_file (output, argv[1]))
    return kommune_tool_usage_error ("report", _("the output '%s' is the input file '%s'"), output, argv[1]);
  if (kostra != NULL && kommune_tool_same_file (output, kostra))
    return kommune_tool_usage_error ("report", _("the output '%s' is the input file '%s'"), output, kostra);
  if (language != NULL && strcmp (language, "en") == 0)
    lang = KOMMUNE_REPORT_LANGUAGE_EN;
  else if (language != NULL && strcmp (language, "nb") != 0)
    return kommune_tool_usage_error ("report", _("unknown language '%s' (nb or en)"), language);

  document = kommune_document_load (argv[1], &error);
  if (document == NULL || !kommune_document_check (document, &error))
    return kommune_tool_data_error (argv[1], error->message);
  report = kommune_report_new (document);
  kommune_report_set_language (report, lang);
  if (kostra != NULL)
    {
      const char *const paths[] = { kostra, NULL };
      g_autofree char *failed = NULL;
      g_autoptr(KommuneLedger) ledger = kommune_tool_load_ledger (paths, &failed, &error);

      if (ledger == NULL || !kommune_report_set_accounts (report, ledger, region, 0, &error))
        return kommune_tool_data_error (kostra, error->message);
    }
  if (!kommune_report_save (report, output, &error))
    return kommune_tool_data_error (output, error->message);
  {
    g_autofree char *shown = kommune_tool_display (output);

    printf (_("Report written to %s\n"), shown);
  }
  return KOMMUNE_TOOL_EXIT_OK;
}
