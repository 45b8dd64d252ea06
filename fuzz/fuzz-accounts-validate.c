/* fuzz-accounts-validate.c: libFuzzer target for SSB's KOSTRA controls
 *
 * Any bytes are split into lines and validated with a handful of argument
 * sets (annual and quarterly, balance in an Oslo bydel, a special orgnr),
 * one of them taken from the input's own first record so the content
 * rules run, not only the field checks. Every run must give a
 * report whose counts add up, whose entries are valid UTF-8, and whose
 * JSON parses — never a crash, a leak or undefined behaviour.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <json-glib/json-glib.h>
#include <libkommune.h>

#include "kostra/kommune-validation-private.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static void
check_report (KommuneValidationReport *report,
              gboolean                 with_json)
{
  GListModel *entries = kommune_validation_report_get_entries (report);
  guint n = g_list_model_get_n_items (entries);
  guint total = 0;
  g_autofree char *json = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();

  for (int s = KOMMUNE_SEVERITY_OK; s <= KOMMUNE_SEVERITY_FATAL; s++)
    total += kommune_validation_report_get_count (report, (KommuneSeverity) s);
  if (total != n)
    abort ();
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KommuneValidationEntry) entry = g_list_model_get_item (entries, i);

      if (!g_utf8_validate (kommune_validation_entry_get_message (entry), -1, NULL))
        abort ();
    }
  if (kommune_validation_report_get_exit_code (report) < 0 || kommune_validation_report_get_exit_code (report) > 2)
    abort ();
  if (!with_json)
    return;
  json = kommune_validation_report_to_json (report);
  if (!json_parser_load_from_data (parser, json, -1, NULL))
    abort ();
}

static void
validate (KommuneAccountsLines *lines,
          const char           *skjema,
          const char           *year,
          guint                 quarter,
          const char           *region,
          const char           *orgnr)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneValidationReport) report =
    _kommune_kostra_validate_lines (lines, skjema, year, quarter, region, orgnr, &error);

  if (report == NULL)
    {
      if (error == NULL || error->domain != KOMMUNE_ERROR)
        abort ();
      return;
    }
  /* The JSON once per input: it is the same code for every report. */
  check_report (report, g_str_equal (skjema, "0A"));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static const char *skjema[] = { "0A", "0B", "0C", "0D", "0I", "0J", "0K", "0L", "0M", "0N",
                                  "0P", "0Q", "0AK1", "0BK2", "0CK3", "0DK4", "0X" };
  /* An empty GBytes has no data pointer, which the line splitter adds an
   * offset to; a static empty string keeps one. */
  g_autoptr(GBytes) bytes = size > 0 ? g_bytes_new (data, size) : g_bytes_new_static ("", 0);
  g_autoptr(KommuneAccountsLines) lines = _kommune_accounts_lines_new (bytes, "fuzz", NULL);
  const KommuneAccountsLine *first;
  guint n_lines;

  if (lines == NULL)
    return 0;
  validate (lines, "0A", "2019", 0, "040200", NULL);
  validate (lines, "0AK4", "2019", 4, "040200", NULL);
  validate (lines, "0B", "2024", 0, "030101", "123456789");
  validate (lines, "0I", "2024", 0, "460100", "958935420");

  /* The arguments the first record would pass, so content rules run. */
  first = _kommune_accounts_lines_get (lines, &n_lines);
  if (n_lines > 0 && first[0].length >= 48)
    {
      g_autofree char *year = g_strndup (first[0].text + 2, 4);
      g_autofree char *region = g_strndup (first[0].text + 7, 6);
      guint quarter = first[0].text[6] >= '1' && first[0].text[6] <= '4' ? (guint) (first[0].text[6] - '0') : 0;
      const char *s = skjema[(guchar) first[0].text[47] % G_N_ELEMENTS (skjema)];

      if (g_utf8_validate (year, -1, NULL) && g_utf8_validate (region, -1, NULL) &&
          strchr (year, '\0') == year + 4 && strchr (region, '\0') == region + 6)
        validate (lines, s, year, quarter, region, NULL);
    }
  return 0;
}
