/* kommune-accounts-amount.c: the amount field of an accounts record, read
 * as SSB's program reads it
 *
 * SSB's program reads the nine bytes of an amount twice, in two ways: its
 * control 014 checks how the amount is written (a Java regular
 * expression), and its sums read it with Kotlin's trim () and toInt ().
 * The two disagree on a left-justified "1        ": control 014 refuses
 * it, the sums count 1. Both readings are here, so the records and the
 * controls use the same ones.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "kostra/kommune-accounts-amount-private.h"
#include "kostra/kommune-accounts-layout-private.h"

static gboolean
is_java_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

gboolean
_kommune_accounts_parse_amount (const char *text,
                                gint32     *thousands)
{
  const char *end = text + KOMMUNE_ACCOUNTS_AMOUNT_WIDTH;
  const char *p = text;
  gboolean negative = FALSE;
  gint32 value = 0;

  while (p < end && is_java_space (*p))
    p++;
  if (p < end && *p == '-')
    negative = TRUE, p++;
  if (p == end)
    return FALSE;
  for (; p < end; p++)
    {
      if (!g_ascii_isdigit (*p))
        return FALSE;
      /* Nine characters: at most 999999999, well inside 32 bits. */
      value = value * 10 + (*p - '0');
    }
  *thousands = negative ? -value : value;
  return TRUE;
}

/* What Kotlin's String.trim () removes, among ASCII bytes. */
static gboolean
is_kotlin_blank (char c)
{
  return (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F) || c == ' ';
}

gboolean
_kommune_accounts_read_amount (const char *text,
                               gint32     *thousands)
{
  const char *start = text;
  const char *end = text + KOMMUNE_ACCOUNTS_AMOUNT_WIDTH;
  gboolean negative = FALSE;
  gint32 value = 0;

  while (start < end && is_kotlin_blank (*start))
    start++;
  while (end > start && is_kotlin_blank (end[-1]))
    end--;
  if (start < end && (*start == '-' || *start == '+'))
    negative = *start++ == '-';
  if (start == end)
    return FALSE;
  for (const char *p = start; p < end; p++)
    {
      if (!g_ascii_isdigit (*p))
        return FALSE;
      value = value * 10 + (*p - '0');
    }
  *thousands = negative ? -value : value;
  return TRUE;
}
