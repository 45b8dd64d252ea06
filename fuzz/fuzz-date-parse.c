/* fuzz-date-parse.c: libFuzzer target for the calendar date parser
 *
 * Documents date decisions and reports as “YYYY-MM-DD”. Any input must
 * give a date or a KOMMUNE_ERROR_INVALID_PERIOD error naming the text; a
 * date that parses must be UTC midnight of a real day and format back to
 * exactly the input, which parses to the same date again.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <libkommune.h>

#include "core/kommune-date-private.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = g_strndup ((const char *) data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) date = _kommune_date_parse (text, &error);
  g_autoptr(GDateTime) again = NULL;
  g_autofree char *written = NULL;
  int year, month, day;

  if (date == NULL)
    {
      if (error == NULL || error->domain != KOMMUNE_ERROR ||
          error->code != KOMMUNE_ERROR_INVALID_PERIOD ||
          !g_utf8_validate (error->message, -1, NULL))
        abort ();
      return 0;
    }
  if (error != NULL)
    abort ();

  g_date_time_get_ymd (date, &year, &month, &day);
  if (g_date_time_get_hour (date) != 0 || g_date_time_get_minute (date) != 0 ||
      g_date_time_get_seconds (date) != 0 || g_date_time_get_utc_offset (date) != 0 ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    abort ();
  if (_kommune_date_key (date) != (guint) (year * 10000 + month * 100 + day))
    abort ();

  /* Exactly the input: no other spelling of a date is accepted. */
  written = _kommune_date_format (date);
  if (strcmp (written, text) != 0)
    abort ();
  again = _kommune_date_parse (written, NULL);
  if (again == NULL || !g_date_time_equal (again, date))
    abort ();
  return 0;
}
