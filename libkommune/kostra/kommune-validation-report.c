/* kommune-validation-report.c: what SSB's KOSTRA controls found in a file
 *
 * The report holds the arguments of the run, the entries in the order
 * SSB's program gives them (control by control, and within a control in
 * line order), the number of controls by SSB's count, and the times the
 * run started and ended, which SSB's JSON report shows.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>

#include "core/kommune-enum-private.h"
#include "core/kommune-list-private.h"
#include "core/kommune-json-text-private.h"
#include "kommune-enums.h"
#include "kostra/kommune-validation-entry-private.h"
#include "kostra/kommune-validation-report-private.h"
#include "core/kommune-i18n-private.h"

/**
 * KommuneValidationReport:
 *
 * The result of running SSB's control program for KOSTRA accounts
 * (“kostra-kontrollprogram”) over a file: the findings
 * ([class@Kommune.ValidationEntry]), the overall severity and the exit
 * code SSB's command-line program would give, and the number of controls
 * by SSB's own count.
 *
 * A report made with g_object_new() has no entries and no controls; like
 * SSB's, it then has severity %KOMMUNE_SEVERITY_ERROR.
 *
 * A report never changes once made: any thread may read it. See
 * [Threads](threads.html).
 *
 * Since: 0.1
 */

struct _KommuneValidationReport
{
  GObject      parent_instance;

  char        *skjema;
  char        *year;
  char        *region;
  guint        quarter;
  int          data_year;
  KommuneList *entries;
  guint        counts[KOMMUNE_SEVERITY_FATAL + 1];
  guint64      n_controls;
  GDateTime   *started;
  GDateTime   *completed;
};

G_DEFINE_FINAL_TYPE (KommuneValidationReport, kommune_validation_report, G_TYPE_OBJECT)

static void
kommune_validation_report_finalize (GObject *object)
{
  KommuneValidationReport *self = (KommuneValidationReport *)object;

  g_clear_pointer (&self->skjema, g_free);
  g_clear_pointer (&self->year, g_free);
  g_clear_pointer (&self->region, g_free);
  g_clear_object (&self->entries);
  g_clear_pointer (&self->started, g_date_time_unref);
  g_clear_pointer (&self->completed, g_date_time_unref);

  G_OBJECT_CLASS (kommune_validation_report_parent_class)->finalize (object);
}

static void
kommune_validation_report_class_init (KommuneValidationReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kommune_validation_report_finalize;
}

static void
kommune_validation_report_init (KommuneValidationReport *self)
{
  self->skjema = g_strdup ("");
  self->year = g_strdup ("");
  self->region = g_strdup ("");
  self->entries = _kommune_list_new (KOMMUNE_TYPE_VALIDATION_ENTRY, NULL);
  self->started = g_date_time_new_now_local ();
  self->completed = g_date_time_ref (self->started);
}

KommuneValidationReport *
_kommune_validation_report_new (const char *skjema,
                                const char *year,
                                guint       quarter,
                                const char *region,
                                int         data_year)
{
  KommuneValidationReport *self = g_object_new (KOMMUNE_TYPE_VALIDATION_REPORT, NULL);

  g_free (self->skjema);
  self->skjema = g_strdup (skjema);
  g_free (self->year);
  self->year = g_strdup (year);
  g_free (self->region);
  self->region = g_strdup (region);
  self->quarter = quarter;
  self->data_year = data_year;
  return self;
}

void
_kommune_validation_report_finish (KommuneValidationReport *self,
                                   GPtrArray               *entries,
                                   guint64                  n_controls)
{
  for (guint i = 0; i < entries->len; i++)
    self->counts[kommune_validation_entry_get_severity (entries->pdata[i])]++;
  if (entries->len > 0)
    _kommune_list_append_all (self->entries, entries, _("entry"), _("report"), NULL);
  self->n_controls = n_controls;
  g_clear_pointer (&self->completed, g_date_time_unref);
  self->completed = g_date_time_new_now_local ();
}

/**
 * kommune_validation_report_get_severity:
 * @self: a validation report
 *
 * Gets the overall result: the highest severity among the entries,
 * %KOMMUNE_SEVERITY_OK when there are none, and, as SSB's program
 * has it, %KOMMUNE_SEVERITY_ERROR when no control ran at all (an
 * empty file).
 *
 * Returns: the overall severity
 *
 * Since: 0.1
 */
KommuneSeverity
kommune_validation_report_get_severity (KommuneValidationReport *self)
{
  g_return_val_if_fail (KOMMUNE_IS_VALIDATION_REPORT (self), KOMMUNE_SEVERITY_ERROR);

  if (self->n_controls == 0)
    return KOMMUNE_SEVERITY_ERROR;
  for (int s = KOMMUNE_SEVERITY_FATAL; s > KOMMUNE_SEVERITY_OK; s--)
    if (self->counts[s] > 0)
      return (KommuneSeverity) s;
  return KOMMUNE_SEVERITY_OK;
}

/**
 * kommune_validation_report_get_exit_code:
 * @self: a validation report
 *
 * Gets the exit code SSB's command-line program gives for this result:
 * 0 for %KOMMUNE_SEVERITY_OK and %KOMMUNE_SEVERITY_INFO, 1 for
 * %KOMMUNE_SEVERITY_WARNING, 2 for %KOMMUNE_SEVERITY_ERROR and
 * %KOMMUNE_SEVERITY_FATAL. It is also the `severity` of the summary
 * in [method@Kommune.ValidationReport.to_json].
 *
 * Returns: 0, 1 or 2
 *
 * Since: 0.1
 */
int
kommune_validation_report_get_exit_code (KommuneValidationReport *self)
{
  g_return_val_if_fail (KOMMUNE_IS_VALIDATION_REPORT (self), 2);

  switch (kommune_validation_report_get_severity (self))
    {
    case KOMMUNE_SEVERITY_OK:
    case KOMMUNE_SEVERITY_INFO:
      return 0;
    case KOMMUNE_SEVERITY_WARNING:
      return 1;
    case KOMMUNE_SEVERITY_ERROR:
    case KOMMUNE_SEVERITY_FATAL:
    default:
      return 2;
    }
}

/**
 * kommune_validation_report_get_n_controls:
 * @self: a validation report
 *
 * Gets the number of controls by SSB's count: the number of non-empty
 * lines times the number of checks run on lines, plus the number of
 * records with an amount other than “0” times the number of rules of the
 * skjema (52 for the annual skjema, 33 for the quarterly ones, 29 for the
 * church ones). When control 001 stops the run it is 1; for an unknown
 * skjema, 1.
 *
 * Returns: the number of controls
 *
 * Since: 0.1
 */
guint64
kommune_validation_report_get_n_controls (KommuneValidationReport *self)
{
  g_return_val_if_fail (KOMMUNE_IS_VALIDATION_REPORT (self), 0);
  return self->n_controls;
}

/**
 * kommune_validation_report_get_count:
 * @self: a validation report
 * @severity: a severity
 *
 * Counts the entries of one severity (SSB's `numErrors` and friends).
 *
 * Returns: the number of entries with @severity
 *
 * Since: 0.1
 */
guint
kommune_validation_report_get_count (KommuneValidationReport *self,
                                     KommuneSeverity          severity)
{
  g_return_val_if_fail (KOMMUNE_IS_VALIDATION_REPORT (self), 0);
  g_return_val_if_fail (severity <= KOMMUNE_SEVERITY_FATAL, 0);
  return self->counts[severity];
}

/**
 * kommune_validation_report_get_entries:
 * @self: a validation report
 *
 * Gets the findings, in the order SSB's program reports them: control by
 * control in the program's order, and within a control by line.
 *
 * Returns: (transfer none): a read-only list of
 *   [class@Kommune.ValidationEntry]
 *
 * Since: 0.1
 */
GListModel *
kommune_validation_report_get_entries (KommuneValidationReport *self)
{
  g_return_val_if_fail (KOMMUNE_IS_VALIDATION_REPORT (self), NULL);
  return G_LIST_MODEL (self->entries);
}

/**
 * kommune_validation_report_get_skjema:
 * @self: a validation report
 *
 * Gets the skjema the file was validated as, such as `"0A"` or `"0AK4"`.
 *
 * Returns: (transfer none): the skjema argument
 *
 * Since: 0.1
 */
const char *
kommune_validation_report_get_skjema (KommuneValidationReport *self)
{
  g_return_val_if_fail (KOMMUNE_IS_VALIDATION_REPORT (self), NULL);
  return self->skjema;
}

/**
 * kommune_validation_report_get_year:
 * @self: a validation report
 *
 * Gets the year (årgang) the file was validated for, as given.
 *
 * Returns: (transfer none): the year argument
 *
 * Since: 0.1
 */
const char *
kommune_validation_report_get_year (KommuneValidationReport *self)
{
  g_return_val_if_fail (KOMMUNE_IS_VALIDATION_REPORT (self), NULL);
  return self->year;
}

/**
 * kommune_validation_report_get_quarter:
 * @self: a validation report
 *
 * Gets the quarter the file was validated for.
 *
 * Returns: 1 to 4, or 0 for the annual accounts
 *
 * Since: 0.1
 */
guint
kommune_validation_report_get_quarter (KommuneValidationReport *self)
{
  g_return_val_if_fail (KOMMUNE_IS_VALIDATION_REPORT (self), 0);
  return self->quarter;
}

/**
 * kommune_validation_report_get_region:
 * @self: a validation report
 *
 * Gets the region the file was validated for, such as `"040200"`.
 *
 * Returns: (transfer none): the region argument
 *
 * Since: 0.1
 */
const char *
kommune_validation_report_get_region (KommuneValidationReport *self)
{
  g_return_val_if_fail (KOMMUNE_IS_VALIDATION_REPORT (self), NULL);
  return self->region;
}

/* Java's LocalDateTime as Jackson writes it: ISO local date and time,
 * the fraction of a second with as many digits as it needs. */
static char *
format_local_date_time (GDateTime *time)
{
  g_autofree char *base = g_date_time_format (time, "%Y-%m-%dT%H:%M:%S");
  int usec = g_date_time_get_microsecond (time);
  char fraction[8];
  int digits = 6;

  if (usec == 0)
    return g_steal_pointer (&base);
  g_snprintf (fraction, sizeof fraction, "%06d", usec);
  while (digits > 0 && fraction[digits - 1] == '0')
    digits--;
  fraction[digits] = '\0';
  return g_strdup_printf ("%s.%s", base, fraction);
}

/* Java's Duration.toString(): PT[nH][nM][s.fffS], PT0S for nothing. */
static char *
format_duration (GTimeSpan span)
{
  GString *out = g_string_new ("PT");
  gint64 hours = span / G_TIME_SPAN_HOUR;
  gint64 minutes = (span % G_TIME_SPAN_HOUR) / G_TIME_SPAN_MINUTE;
  gint64 usec = span % G_TIME_SPAN_MINUTE;

  if (span < 0)
    span = 0, hours = minutes = usec = 0;
  if (hours > 0)
    g_string_append_printf (out, "%" G_GINT64_FORMAT "H", hours);
  if (minutes > 0)
    g_string_append_printf (out, "%" G_GINT64_FORMAT "M", minutes);
  if (usec > 0 || (hours == 0 && minutes == 0))
    {
      g_string_append_printf (out, "%" G_GINT64_FORMAT, usec / G_USEC_PER_SEC);
      if (usec % G_USEC_PER_SEC != 0)
        {
          char fraction[8];
          int digits = 6;

          g_snprintf (fraction, sizeof fraction, "%06d", (int) (usec % G_USEC_PER_SEC));
          while (fraction[digits - 1] == '0')
            digits--;
          fraction[digits] = '\0';
          g_string_append_printf (out, ".%s", fraction);
        }
      g_string_append_c (out, 'S');
    }
  return g_string_free (out, FALSE);
}

/**
 * kommune_validation_report_to_json:
 * @self: a validation report
 *
 * Writes the report in the structure of SSB's JSON report (the program's
 * `-f JSON` output), field for field:
 *
 * - `validationSummary`: `region`, `name` (always “Uoppgitt”, SSB's
 *   default, as the library takes no name), `programVersion` (this
 *   library's version and the year of the control data used, e.g.
 *   “libkommune 0.1.0, KOSTRA 2025”, where SSB gives its git tag),
 *   `reportStartedAt` and `reportCompletedAt` (local time when the
 *   validation started and ended, in Java's ISO form
 *   `2025-03-01T12:00:00.123456`), `reportGenerationTime` (the time between
 *   the two as an ISO 8601 duration, `PT0.0123S`), `scheme`, `year`,
 *   `numberOfControls`, `severity` (the exit code), `numFatal`,
 *   `numErrors`, `numWarnings`, `numInfo`, `numOk`;
 * - `reportEntries`: for each entry `severity` (the name, “ERROR”),
 *   `caseworker`, `journalId`, `individId`, `contextId` (empty for the
 *   accounts controls), `ruleName`, `messageText`, `lineNumbers`.
 *
 * Returns: (transfer full): the report as pretty-printed JSON
 *
 * Since: 0.1
 */
char *
kommune_validation_report_to_json (KommuneValidationReport *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *started = NULL;
  g_autofree char *completed = NULL;
  g_autofree char *duration = NULL;
  g_autofree char *version = NULL;
  const char * const *nicks = _kommune_enum_nicks (KOMMUNE_TYPE_SEVERITY);
  guint n;

  g_return_val_if_fail (KOMMUNE_IS_VALIDATION_REPORT (self), NULL);

  started = format_local_date_time (self->started);
  completed = format_local_date_time (self->completed);
  duration = format_duration (g_date_time_difference (self->completed, self->started));
  version = g_strdup_printf ("libkommune %s, KOSTRA %d", PACKAGE_VERSION, self->data_year);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "validationSummary");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "region");
  json_builder_add_string_value (builder, self->region);
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, "Uoppgitt");
  json_builder_set_member_name (builder, "programVersion");
  json_builder_add_string_value (builder, version);
  json_builder_set_member_name (builder, "reportStartedAt");
  json_builder_add_string_value (builder, started);
  json_builder_set_member_name (builder, "reportCompletedAt");
  json_builder_add_string_value (builder, completed);
  json_builder_set_member_name (builder, "reportGenerationTime");
  json_builder_add_string_value (builder, duration);
  json_builder_set_member_name (builder, "scheme");
  json_builder_add_string_value (builder, self->skjema);
  json_builder_set_member_name (builder, "year");
  json_builder_add_string_value (builder, self->year);
  json_builder_set_member_name (builder, "numberOfControls");
  json_builder_add_int_value (builder, (gint64) self->n_controls);
  json_builder_set_member_name (builder, "severity");
  json_builder_add_int_value (builder, kommune_validation_report_get_exit_code (self));
  json_builder_set_member_name (builder, "numFatal");
  json_builder_add_int_value (builder, self->counts[KOMMUNE_SEVERITY_FATAL]);
  json_builder_set_member_name (builder, "numErrors");
  json_builder_add_int_value (builder, self->counts[KOMMUNE_SEVERITY_ERROR]);
  json_builder_set_member_name (builder, "numWarnings");
  json_builder_add_int_value (builder, self->counts[KOMMUNE_SEVERITY_WARNING]);
  json_builder_set_member_name (builder, "numInfo");
  json_builder_add_int_value (builder, self->counts[KOMMUNE_SEVERITY_INFO]);
  json_builder_set_member_name (builder, "numOk");
  json_builder_add_int_value (builder, self->counts[KOMMUNE_SEVERITY_OK]);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "reportEntries");
  json_builder_begin_array (builder);
  n = _kommune_list_get_n_items (self->entries);
  for (guint i = 0; i < n; i++)
    {
      KommuneValidationEntry *entry = _kommune_list_get (self->entries, i);
      g_autofree char *severity = g_ascii_strup (nicks[kommune_validation_entry_get_severity (entry)], -1);
      const guint *lines;
      guint n_lines;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "severity");
      json_builder_add_string_value (builder, severity);
      json_builder_set_member_name (builder, "caseworker");
      json_builder_add_string_value (builder, "");
      json_builder_set_member_name (builder, "journalId");
      json_builder_add_string_value (builder, "");
      json_builder_set_member_name (builder, "individId");
      json_builder_add_string_value (builder, "");
      json_builder_set_member_name (builder, "contextId");
      json_builder_add_string_value (builder, "");
      json_builder_set_member_name (builder, "ruleName");
      json_builder_add_string_value (builder, kommune_validation_entry_get_rule_name (entry));
      json_builder_set_member_name (builder, "messageText");
      json_builder_add_string_value (builder, kommune_validation_entry_get_message (entry));
      json_builder_set_member_name (builder, "lineNumbers");
      json_builder_begin_array (builder);
      lines = kommune_validation_entry_get_line_numbers (entry, &n_lines);
      for (guint j = 0; j < n_lines; j++)
        json_builder_add_int_value (builder, lines[j]);
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  return _kommune_json_text_escape_controls (json_generator_to_data (generator, NULL));
}

/* “WARNING”: a severity as SSB's program writes it. */
static char *
dup_severity_name (KommuneSeverity severity)
{
  const char *nick = _kommune_enum_nick (KOMMUNE_TYPE_SEVERITY, (int) severity);

  return g_ascii_strup (nick != NULL ? nick : "?", -1);
}

/**
 * kommune_validation_report_format:
 * @self: a #KommuneValidationReport
 *
 * Writes the report as text, the way SSB's control program summarises
 * one: the skjema, year and region, the number of controls, the count of
 * each severity, the result with its exit code, then every entry — its
 * severity, rule name, message and lines. The labels are SSB's Norwegian
 * ones; the messages are SSB's as they stand.
 *
 * Returns: (transfer full): the text, ending in a newline
 *
 * Since: 0.1
 */
char *
kommune_validation_report_format (KommuneValidationReport *self)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *result = NULL;

  g_return_val_if_fail (KOMMUNE_IS_VALIDATION_REPORT (self), NULL);

  result = dup_severity_name (kommune_validation_report_get_severity (self));
  g_string_append_printf (out, "Skjema %s, årgang %s, region %s\n", self->skjema, self->year, self->region);
  g_string_append_printf (out, "Antall kontroller: %" G_GUINT64_FORMAT "\n", self->n_controls);
  g_string_append_printf (out, "Fatal: %u  Feil: %u  Advarsel: %u  Info: %u\n",
                          kommune_validation_report_get_count (self, KOMMUNE_SEVERITY_FATAL),
                          kommune_validation_report_get_count (self, KOMMUNE_SEVERITY_ERROR),
                          kommune_validation_report_get_count (self, KOMMUNE_SEVERITY_WARNING),
                          kommune_validation_report_get_count (self, KOMMUNE_SEVERITY_INFO));
  g_string_append_printf (out, "Resultat: %s (exit code %d)\n", result,
                          kommune_validation_report_get_exit_code (self));

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->entries)); i++)
    {
      g_autoptr(KommuneValidationEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->entries), i);
      guint n_lines = 0;
      const guint *lines = kommune_validation_entry_get_line_numbers (entry, &n_lines);
      g_autofree char *severity = dup_severity_name (kommune_validation_entry_get_severity (entry));

      g_string_append_printf (out, "%-8s %s\n         %s\n", severity,
                              kommune_validation_entry_get_rule_name (entry),
                              kommune_validation_entry_get_message (entry));
      for (guint l = 0; l < n_lines; l++)
        g_string_append_printf (out, "%s %u", l == 0 ? "         linje" : ",", lines[l]);
      if (n_lines > 0)
        g_string_append_c (out, '\n');
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}
