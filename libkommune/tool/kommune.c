/* kommune.c: the kommune command: reads the subcommand and hands the rest
 * of the command line to the file of its group. It sees the library only
 * through <libkommune.h>, as any program would.
 *
 * Exit codes: 0 success, 1 bad data, 2 wrong usage (and for `kostra check`
 * the exit code of SSB's control program: 0, 1 or 2).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <locale.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "kommune-tool-document.h"
#include "kommune-tool-kostra.h"
#include "kommune-tool-output.h"
#include "kommune-tool-plan.h"
#include "kommune-tool-report.h"

static void
print_usage (FILE *stream)
{
  fprintf (stream,
           "Usage: kommune COMMAND [OPTION…] ARGUMENTS\n"
           "\n"
           "Commands:\n"
           "  show DOC.json               the municipality, areas, plan years and frames\n"
           "  check DOC.json              check a plan document\n"
           "  budget DOC.json             the plan's frames per area and year, original\n"
           "                              and revised, or by function group or department\n"
           "  adjustments DOC.json        the plan's adjustment log and the revised frames\n"
           "  scorecard DOC.json          each goal's scorecard and its band problems\n"
           "  rules DOC.json              the financial rules for each year's accounts\n"
           "  report DOC.json -o FILE     the document as one HTML file for the council\n"
           "  kostra check FILE …         SSB's controls over an accounts file\n"
           "  kostra figures FILE… …      SSB's key figures of accounts files\n"
           "\n"
           "  --version                   the library's version\n"
           "  --help                      this text; COMMAND --help for a command's\n");
}

/* The library's own messages would go to stderr in GLib's form; the tool
 * writes them as its one line each. */
static void
log_handler (const char     *domain,
             GLogLevelFlags  level,
             const char     *message,
             gpointer        data)
{
  if ((level & (G_LOG_LEVEL_DEBUG | G_LOG_LEVEL_INFO)) != 0)
    return;
  g_printerr ("kommune: %s\n", message);
}

/* Takes the locale the environment names. When that locale is not
 * installed (a machine with only C.UTF-8 and LANG=nb_NO.UTF-8, say), the
 * texts still follow the language it names: gettext reads LANGUAGE under
 * any locale but "C", so the tool runs under C.UTF-8 with LANGUAGE set
 * from the locale's name. */
static void
use_locale_of_environment (void)
{
  static const char *const variables[] = { "LC_ALL", "LC_MESSAGES", "LANG" };

  if (setlocale (LC_ALL, "") == NULL)
    {
      setlocale (LC_ALL, "C.UTF-8");
      for (gsize i = 0; i < G_N_ELEMENTS (variables); i++)
        {
          const char *name = g_getenv (variables[i]);
          g_autofree char *language = NULL;

          if (name == NULL || *name == '\0')
            continue;
          language = g_strndup (name, strcspn (name, ".@"));
          if (g_getenv ("LANGUAGE") == NULL && strcmp (language, "C") != 0
              && strcmp (language, "POSIX") != 0)
            g_setenv ("LANGUAGE", language, FALSE);
          break;
        }
    }
  setlocale (LC_NUMERIC, "C");
}

int
main (int   argc,
      char *argv[])
{
  const char *command;

  /* Texts follow the locale (Norwegian in a Norwegian one); numbers do
   * not: they are formatted by the library, never by printf's locale. */
  use_locale_of_environment ();
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("KOMMUNE_LOCALEDIR") != NULL
                                   ? g_getenv ("KOMMUNE_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_set_prgname ("kommune");
  g_log_set_default_handler (log_handler, NULL);

  if (argc < 2)
    {
      g_printerr ("kommune: expected a command (see kommune --help)\n");
      return KOMMUNE_TOOL_EXIT_USAGE;
    }
  command = argv[1];
  if (strcmp (command, "--version") == 0)
    {
      printf ("kommune %s\n", KOMMUNE_VERSION_S);
      return KOMMUNE_TOOL_EXIT_OK;
    }
  if (strcmp (command, "--help") == 0 || strcmp (command, "-h") == 0)
    {
      print_usage (stdout);
      return KOMMUNE_TOOL_EXIT_OK;
    }
  if (strcmp (command, "show") == 0)
    return kommune_tool_show (argc - 1, argv + 1);
  if (strcmp (command, "check") == 0)
    return kommune_tool_check (argc - 1, argv + 1);
  if (strcmp (command, "budget") == 0)
    return kommune_tool_budget (argc - 1, argv + 1);
  if (strcmp (command, "adjustments") == 0)
    return kommune_tool_adjustments (argc - 1, argv + 1);
  if (strcmp (command, "scorecard") == 0)
    return kommune_tool_scorecard (argc - 1, argv + 1);
  if (strcmp (command, "rules") == 0)
    return kommune_tool_rules (argc - 1, argv + 1);
  if (strcmp (command, "report") == 0)
    return kommune_tool_report (argc - 1, argv + 1);
  if (strcmp (command, "kostra") == 0)
    return kommune_tool_kostra (argc - 1, argv + 1);

  g_printerr (_("kommune: unknown command '%s' (see kommune --help)\n"), command);
  return KOMMUNE_TOOL_EXIT_USAGE;
}
