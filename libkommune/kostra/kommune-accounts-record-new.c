/* kommune-accounts-record-new.c: a KOSTRA accounts record made in code
 *
 * The checks of every field's width and characters, and the canonical
 * layout the record is written in. Apart from kommune-accounts-record.c,
 * which reads records as files have them, valid or not: this file is
 * stacked on it and makes a record from the line it writes.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <inttypes.h>

#include <string.h>

#include "kommune-error.h"
#include "kostra/kommune-accounts-layout-private.h"
#include "kostra/kommune-accounts-record-private.h"
#include "core/kommune-i18n-private.h"

static gboolean
fail_field (GError     **error,
            const char  *what,
            const char  *value,
            const char  *expected)
{
  g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
               _("the %s of an accounts record must be %s, not “%s”"),
               what, expected, value != NULL ? value : "(null)");
  return FALSE;
}

static gboolean
all_digits (const char *text,
            gsize       length)
{
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;
  return TRUE;
}

/* Copies a field that must be @min to @max digits (0 digits: NULL or
 * empty, written as blanks) left-justified into @out. */
static gboolean
put_digits (char        *out,
            gsize        width,
            const char  *value,
            gsize        min,
            gsize        max,
            const char  *what,
            const char  *expected,
            GError     **error)
{
  gsize length = value != NULL ? strlen (value) : 0;

  if (length < min || length > max || !all_digits (value, length))
    return fail_field (error, what, value, expected);
  memset (out, ' ', width);
  if (length > 0)
    memcpy (out, value, length);
  return TRUE;
}

/* An organisation number: nine digits, or blank for NULL or empty. */
static gboolean
put_number (char        *out,
            const char  *value,
            const char  *what,
            GError     **error)
{
  gsize digits = value != NULL && value[0] != '\0' ? 9 : 0;

  return put_digits (out, 9, value, digits, digits, what, _("nine digits or blank"), error);
}

/**
 * kommune_accounts_record_new:
 * @skjema: the form, two letters or digits such as `0A`
 * @year: the reporting year, 0–9999 (written as four digits)
 * @quarter: 1–4, or 0 for annual accounts (written as a blank)
 * @region: six digits, such as `040200`
 * @orgnr: (nullable): nine digits, or %NULL or empty for a blank field
 * @foretaksnr: (nullable): nine digits, or %NULL or empty for a blank field
 * @account_class: (nullable): the kontoklasse, one printable ASCII
 *   character such as `1`, or %NULL or empty for a blank field
 * @function: (nullable): the funksjon or kapittel, up to four digits
 *   (written left-justified), or %NULL or empty for a blank field
 * @art: (nullable): the art or sektor, up to three digits, or %NULL or
 *   empty for a blank field
 * @amount: the amount in øre: a whole number of 1000 kr that fits the
 *   file's nine characters, −99 999 999 to 999 999 999 thousand kroner
 * @error: return location for a #GError
 *
 * Makes a record in code, as it would be written in the canonical
 * layout. Every field is checked for its width and its characters: a
 * wrong one fails with %KOMMUNE_ERROR_INVALID_ARGUMENT, an amount that
 * is not a whole number of 1000 kr or does not fit with
 * %KOMMUNE_ERROR_INVALID_AMOUNT. Whether the codes are in SSB's lists
 * for the year is for validation to say, not for this constructor.
 *
 * The record's line is 0: it comes from no file.
 *
 * Returns: (transfer full) (nullable): a new record, or %NULL with
 *   @error set
 *
 * Since: 0.1
 */
KommuneAccountsRecord *
kommune_accounts_record_new (const char  *skjema,
                             guint        year,
                             guint        quarter,
                             const char  *region,
                             const char  *orgnr,
                             const char  *foretaksnr,
                             const char  *account_class,
                             const char  *function,
                             const char  *art,
                             gint64       amount,
                             GError     **error)
{
  char raw[KOMMUNE_ACCOUNTS_RECORD_LENGTH + 1];
  gsize class_length = account_class != NULL ? strlen (account_class) : 0;
  gint64 thousands;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  memset (raw, ' ', sizeof raw);
  if (skjema == NULL || strlen (skjema) != 2 ||
      !g_ascii_isalnum (skjema[0]) || !g_ascii_isalnum (skjema[1]))
    return fail_field (error, _("skjema"), skjema, _("two letters or digits")), NULL;
  memcpy (raw + KOMMUNE_ACCOUNTS_SKJEMA_AT, skjema, 2);

  if (year > 9999)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                   _("the year of an accounts record must have four digits, not %u"), year);
      return NULL;
    }
  if (quarter > 4)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                   _("the quarter of an accounts record must be 1–4, or 0 for annual accounts, not %u"),
                   quarter);
      return NULL;
    }
  if (!put_digits (raw + KOMMUNE_ACCOUNTS_REGION_AT, KOMMUNE_ACCOUNTS_REGION_WIDTH, region,
                   6, 6, _("region"), _("six digits"), error) ||
      !put_number (raw + KOMMUNE_ACCOUNTS_ORGNR_AT, orgnr, _("orgnr"), error) ||
      !put_number (raw + KOMMUNE_ACCOUNTS_FORETAK_AT, foretaksnr, _("foretaksnr"), error))
    return NULL;
  if (class_length > 1 ||
      (class_length == 1 && (!g_ascii_isgraph (account_class[0]))))
    return fail_field (error, _("account class"), account_class,
                       _("one printable ASCII character or blank")), NULL;
  if (class_length == 1)
    raw[KOMMUNE_ACCOUNTS_CLASS_AT] = account_class[0];
  if (!put_digits (raw + KOMMUNE_ACCOUNTS_FUNCTION_AT, KOMMUNE_ACCOUNTS_FUNCTION_WIDTH, function,
                   0, 4, _("function or kapittel"), _("up to four digits"), error) ||
      !put_digits (raw + KOMMUNE_ACCOUNTS_ART_AT, KOMMUNE_ACCOUNTS_ART_WIDTH, art,
                   0, 3, _("art or sektor"), _("up to three digits"), error))
    return NULL;

  thousands = amount / KOMMUNE_ACCOUNTS_ORE_PER_UNIT;
  if (amount % KOMMUNE_ACCOUNTS_ORE_PER_UNIT != 0 ||
      thousands < -99999999 || thousands > 999999999)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_AMOUNT,
                   _("the amount of an accounts record must be a whole number of 1000 kr "
                   "from −99 999 999 to 999 999 999 thousand, not %" PRId64 " øre"),
                   amount);
      return NULL;
    }

  g_snprintf (raw + KOMMUNE_ACCOUNTS_YEAR_AT, KOMMUNE_ACCOUNTS_YEAR_WIDTH + 1, "%04u", year);
  raw[KOMMUNE_ACCOUNTS_QUARTER_AT] = quarter == 0 ? ' ' : (char) ('0' + quarter);
  g_snprintf (raw + KOMMUNE_ACCOUNTS_AMOUNT_AT, KOMMUNE_ACCOUNTS_AMOUNT_WIDTH + 1, "%9" G_GINT64_FORMAT,
              thousands);

  return _kommune_accounts_record_new_from_line (raw, 0);
}
