/* kommune-check.c: validation of codes and names
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "core/kommune-check-private.h"
#include "kommune-error.h"
#include "core/kommune-i18n-private.h"

static gboolean
has_control_characters (const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (g_unichar_iscntrl (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

static gboolean
check_text (const char  *what,
            const char  *text,
            GError     **error)
{
  if (text == NULL)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                   _("%s is missing"), what);
      return FALSE;
    }
  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                   _("%s is not valid UTF-8"), what);
      return FALSE;
    }
  if (has_control_characters (text))
    {
      g_autofree char *escaped = g_strescape (text, NULL);

      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                   _("%s “%s” contains control characters"), what, escaped);
      return FALSE;
    }
  return TRUE;
}

gboolean
_kommune_check_code (const char  *what,
                     const char  *code,
                     GError     **error)
{
  gsize len;

  if (!check_text (what, code, error))
    return FALSE;

  len = strlen (code);
  if (len == 0)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_CODE,
                   _("%s is empty"), what);
      return FALSE;
    }
  if (g_unichar_isspace (g_utf8_get_char (code)) ||
      g_unichar_isspace (g_utf8_get_char (g_utf8_prev_char (code + len))))
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_CODE,
                   _("%s “%s” begins or ends with white space"), what, code);
      return FALSE;
    }
  return TRUE;
}

gboolean
_kommune_check_name (const char  *what,
                     const char  *name,
                     gboolean     allow_empty,
                     GError     **error)
{
  if (!check_text (what, name, error))
    return FALSE;
  if (!allow_empty && *name == '\0')
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                   _("%s is empty"), what);
      return FALSE;
    }
  return TRUE;
}
