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
#include "kommune-tool-steering.h"

/* The commands as `kommune --help` lists them, one translatable line
 * each so that a new command adds a message rather than changing one. */
static const struct
{
  const char *synopsis;
  const char *summary;
} commands[] = {
  { "show DOC.json", N_("the municipality, areas, plan years and frames") },
  { "check DOC.json", N_("check a plan document") },
  { "budget DOC.json", N_("the plan's frames per area and year, or by function group or department") },
  { "adjustments DOC.json", N_("the plan's adjustment log and the revised frames") },
  { "scorecard DOC.json", N_("each goal's scorecard and its band problems") },
  { "rules DOC.json", N_("the financial rules for each year's accounts") },
  { "report DOC.json -o FILE", N_("the document as one HTML file for the council, with charts") },
  { "kostra check FILE …", N_("SSB's controls over an accounts file") },
  { "kostra figures FILE…", N_("SSB's key figures of accounts files") },
  { "kostra aggregate FILE…", N_("sums of ledger CSV and accounts files by column") },
};

/* One line of the list: @name padded to a column by characters, not
 * bytes (the synopses hold "…"). */
static void
print_usage_line (FILE       *stream,
                  const char *name,
                  const char *summary)
{
  long pad = 27 - g_utf8_strlen (name, -1);

  fprintf (stream, "  %s%*s%s\n", name, (int) MAX (pad, 1), "", summary);
}

static void
print_usage (FILE *stream)
{
  fprintf (stream, "%s\n\n%s\n", _("Usage: kommune COMMAND [OPTION…] ARGUMENTS"), _("Commands:"));
  for (gsize i = 0; i < G_N_ELEMENTS (commands); i++)
    print_usage_line (stream, commands[i].synopsis, _(commands[i].summary));
  fputc ('\n', stream);
  print_usage_line (stream, "--version", _("the library's version"));
  print_usage_line (stream, "--help", _("this text; kommune COMMAND --help for one command"));
}

/* The library's own messages would go to stderr in GLib's form; the tool
 * writes them as its one line each. */
static void
log_handler (const char     *domain,
             GLogLevelFlags  level,
             const char     *message,
             gpointer        data)
{
  g_autofree char *shown = NULL;

  if ((level & (G_LOG_LEVEL_DEBUG | G_LOG_LEVEL_INFO)) != 0)
    return;
  shown = kommune_tool_display (message);
  g_printerr ("kommune: %s\n", shown);
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
  const char *ctype;

  if (setlocale (LC_ALL, "") != NULL)
    {
      /* The plain C locale has ASCII characters only, and GLib would write
       * the quotes of a message as “?” on stderr while stdout carries the
       * document's UTF-8 as it is: the characters are UTF-8 there too. */
      ctype = setlocale (LC_CTYPE, NULL);
      if (ctype != NULL && (strcmp (ctype, "C") == 0 || strcmp (ctype, "POSIX") == 0))
        setlocale (LC_CTYPE, "C.UTF-8");
    }
  else
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
  kommune_tool_check_output_at_exit ();

  if (argc < 2)
    {
      g_printerr ("%s", _("kommune: expected a command (see kommune --help)\n"));
      return KOMMUNE_TOOL_EXIT_USAGE;
    }
  command = argv[1];
  if ((strcmp (command, "--version") == 0 || strcmp (command, "--help") == 0 || strcmp (command, "-h") == 0)
      && argc > 2)
    return kommune_tool_usage_error (command, _("takes no arguments"));
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

  {
    g_autofree char *shown = kommune_tool_display (command);

    g_printerr (_("kommune: unknown command '%s' (see kommune --help)\n"), shown);
  }
  return KOMMUNE_TOOL_EXIT_USAGE;
}
