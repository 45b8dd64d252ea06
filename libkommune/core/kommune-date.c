/* kommune-date.c: calendar dates inside libkommune
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "core/kommune-date-private.h"
#include "kommune-error.h"
#include "core/kommune-i18n-private.h"

guint
_kommune_date_key (GDateTime *date)
{
  int year, month, day;

  g_date_time_get_ymd (date, &year, &month, &day);
  return (guint) (year * 10000 + month * 100 + day);
}

GDateTime *
_kommune_date_normalize (GDateTime *date)
{
  int year, month, day;

  g_date_time_get_ymd (date, &year, &month, &day);
  return g_date_time_new_utc (year, month, day, 0, 0, 0);
}

GDateTime *
_kommune_date_parse (const char  *text,
                     GError     **error)
{
  guint year = 0, month = 0, day = 0;
  GDateTime *date = NULL;

  /* Exactly YYYY-MM-DD: sscanf alone would accept “2017-6-3x”. */
  if (text != NULL && strlen (text) == 10 &&
      g_ascii_isdigit (text[0]) && g_ascii_isdigit (text[1]) &&
      g_ascii_isdigit (text[2]) && g_ascii_isdigit (text[3]) && text[4] == '-' &&
      g_ascii_isdigit (text[5]) && g_ascii_isdigit (text[6]) && text[7] == '-' &&
      g_ascii_isdigit (text[8]) && g_ascii_isdigit (text[9]))
    {
      year = (guint) g_ascii_strtoull (text, NULL, 10);
      month = (guint) g_ascii_strtoull (text + 5, NULL, 10);
      day = (guint) g_ascii_strtoull (text + 8, NULL, 10);
      if (g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
        date = g_date_time_new_utc ((int) year, (int) month, (int) day, 0, 0, 0);
    }

  if (date == NULL)
    {
      /* A message is UTF-8 whatever the text held. */
      g_autofree char *shown = g_utf8_make_valid (text ? text : "(null)", -1);

      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_PERIOD,
                   _("“%s” is not a date of the form YYYY-MM-DD"), shown);
    }
  return date;
}

char *
_kommune_date_format (GDateTime *date)
{
  int year, month, day;

  g_date_time_get_ymd (date, &year, &month, &day);
  return g_strdup_printf ("%04d-%02d-%02d", year, month, day);
}
