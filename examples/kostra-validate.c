/* kostra-validate.c: SSB's controls over a KOSTRA accounts file, printed
 * as SSB's control program reports them: the counts per severity, then
 * each finding.
 *
 * Usage: kostra-validate FILE SKJEMA YEAR QUARTER REGION [ORGNR]
 *        (e.g. examples/data/0A_V2019_K4_R040200_OK.dat 0AK4 2019 4 040200)
 *
 * The report ends with the exit code SSB's program would give: 0 (OK,
 * INFO), 1 (WARNING), 2 (ERROR, FATAL). The example itself exits with 0
 * once it has printed the report, and with 1 when it cannot.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>

#include <libkommune.h>

/* “WARNING”: the severity as SSB's program writes it. */
static char *
dup_severity_name (KommuneSeverity severity)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (KOMMUNE_TYPE_SEVERITY);
  GEnumValue *value = g_enum_get_value (klass, (int) severity);

  return g_ascii_strup (value != NULL ? value->value_nick : "?", -1);
}

static void
print_report (KommuneValidationReport *report)
{
  GListModel *entries = kommune_validation_report_get_entries (report);
  g_autofree char *result = dup_severity_name (kommune_validation_report_get_severity (report));

  printf ("Skjema %s, årgang %s, region %s\n",
          kommune_validation_report_get_skjema (report),
          kommune_validation_report_get_year (report),
          kommune_validation_report_get_region (report));
  printf ("Antall kontroller: %" G_GUINT64_FORMAT "\n",
          kommune_validation_report_get_n_controls (report));
  printf ("Fatal: %u  Feil: %u  Advarsel: %u  Info: %u\n",
          kommune_validation_report_get_count (report, KOMMUNE_SEVERITY_FATAL),
          kommune_validation_report_get_count (report, KOMMUNE_SEVERITY_ERROR),
          kommune_validation_report_get_count (report, KOMMUNE_SEVERITY_WARNING),
          kommune_validation_report_get_count (report, KOMMUNE_SEVERITY_INFO));
  printf ("Resultat: %s (exit code %d)\n\n", result,
          kommune_validation_report_get_exit_code (report));

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(KommuneValidationEntry) entry = g_list_model_get_item (entries, i);
      guint n_lines = 0;
      const guint *lines = kommune_validation_entry_get_line_numbers (entry, &n_lines);
      g_autofree char *severity = dup_severity_name (kommune_validation_entry_get_severity (entry));

      printf ("%-8s %s\n", severity, kommune_validation_entry_get_rule_name (entry));
      printf ("         %s\n", kommune_validation_entry_get_message (entry));
      if (n_lines > 0)
        {
          printf ("         linje");
          for (guint l = 0; l < n_lines; l++)
            printf ("%s %u", l == 0 ? "" : ",", lines[l]);
          printf ("\n");
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneAccountsFile) file = NULL;
  g_autoptr(KommuneValidationReport) report = NULL;
  guint64 quarter;

  /* Characters as the locale has them (“øre”, not “?re”). */
  setlocale (LC_ALL, "");

  if (argc < 6 || argc > 7 ||
      !g_ascii_string_to_unsigned (argv[4], 10, 0, 4, &quarter, NULL))
    {
      fprintf (stderr, "usage: %s FILE SKJEMA YEAR QUARTER(0-4) REGION [ORGNR]\n", argv[0]);
      return 1;
    }

  file = kommune_accounts_file_load (argv[1], &error);
  if (file != NULL)
    report = kommune_accounts_file_validate (file, argv[2], argv[3], (guint) quarter, argv[5],
                                             argc == 7 ? argv[6] : NULL, &error);
  if (report == NULL)
    {
      fprintf (stderr, "kostra-validate: %s\n", error->message);
      return 1;
    }

  printf ("Kontrollrapport for %s: %u poster\n", argv[1], kommune_accounts_file_get_n_records (file));
  print_report (report);
  return 0;
}
