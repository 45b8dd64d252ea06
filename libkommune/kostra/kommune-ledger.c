/* kommune-ledger.c: KOSTRA accounts lines of many municipalities and
 * years, in memory
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "kommune-error.h"
#include "kostra/kommune-ledger-private.h"
#include "core/kommune-i18n-private.h"

/**
 * KommuneLedger:
 *
 * The accounts of many municipalities and years as lines of (year,
 * region, account class, function, art, amount), held in columns.
 *
 * A ledger is what an analysis of KOSTRA data starts from: every line of
 * the accounts files of a country, or of a CSV extract, in memory at 16
 * bytes a line. The codes are kept as the source writes them — a region
 * `040200` or `0402`, a function `120`, an art `010` — and amounts are øre.
 * Lines are appended, never changed.
 *
 * A ledger is filled from SSB's accounts files with
 * kommune_ledger_load_accounts(), from CSV with kommune_ledger_load_csv()
 * (ten million lines in a fraction of a second, using every core), or
 * line by line with kommune_ledger_append(); kommune_ledger_save_csv()
 * writes the CSV back. The loaders have variants that report progress
 * and can be cancelled (kommune_ledger_load_csv_full(),
 * kommune_ledger_load_accounts_full(), kommune_ledger_load_csv_async()).
 *
 * Once loaded, a ledger may be read from several threads at once (its
 * lines, aggregations, key figures); appending belongs to one thread.
 * See [Threads](threads.html).
 *
 * Since: 0.1
 */

G_DEFINE_FINAL_TYPE (KommuneLedger, kommune_ledger, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_N_LINES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
dict_init (KommuneLedgerDict *dict,
           const char        *what,
           guint              max_length)
{
  dict->what = what;
  dict->max_length = max_length;
  dict->codes = g_ptr_array_new_with_free_func (g_free);
  dict->index = g_hash_table_new (g_str_hash, g_str_equal);
}

static void
dict_clear (KommuneLedgerDict *dict)
{
  g_clear_pointer (&dict->index, g_hash_table_unref);
  g_clear_pointer (&dict->codes, g_ptr_array_unref);
}

/* Forgets the codes from @n_codes on: a refused line adds none. */
static void
dict_truncate (KommuneLedgerDict *dict,
               guint              n_codes)
{
  while (dict->codes->len > n_codes)
    {
      g_hash_table_remove (dict->index, g_ptr_array_index (dict->codes, dict->codes->len - 1));
      g_ptr_array_set_size (dict->codes, dict->codes->len - 1);
    }
}

gboolean
_kommune_ledger_dict_intern (KommuneLedgerDict  *dict,
                             const char         *code,
                             gsize               length,
                             guint16            *id,
                             GError            **error)
{
  char key[KOMMUNE_LEDGER_CODE_LENGTH + 1];
  gpointer found;

  if (length > dict->max_length || (length == 0 && dict->max_length == KOMMUNE_LEDGER_CODE_LENGTH))
    goto invalid;
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isdigit (code[i]))
      goto invalid;

  memcpy (key, code, length);
  key[length] = '\0';
  found = g_hash_table_lookup (dict->index, key);
  if (found != NULL)
    {
      *id = (guint16) (GPOINTER_TO_UINT (found) - 1);
      return TRUE;
    }
  if (dict->codes->len >= KOMMUNE_LEDGER_MAX_CODES)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_OVERFLOW,
                   _("a ledger holds at most %u different %s codes"), KOMMUNE_LEDGER_MAX_CODES, _(dict->what));
      return FALSE;
    }
  *id = (guint16) dict->codes->len;
  g_ptr_array_add (dict->codes, g_strdup (key));
  g_hash_table_insert (dict->index, g_ptr_array_index (dict->codes, *id), GUINT_TO_POINTER (*id + 1u));
  return TRUE;

invalid:
  {
    g_autofree char *shown = g_utf8_make_valid (code, (gssize) MIN (length, 40));

    g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_CODE,
                 dict->max_length == KOMMUNE_LEDGER_CODE_LENGTH
                 ? _("“%s” is not a %s code (1 to %u digits)")
                 : _("“%s” is not a %s code (up to %u digits)"),
                 shown, _(dict->what), dict->max_length);
    return FALSE;
  }
}

gboolean
_kommune_ledger_year_id (KommuneLedger  *self,
                         guint           year,
                         guint8         *id,
                         GError        **error)
{
  if (year < 1000 || year > 9999)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_PERIOD,
                   _("%u is not a year of four digits"), year);
      return FALSE;
    }
  for (guint i = 0; i < self->n_years; i++)
    if (self->years[i] == year)
      {
        *id = (guint8) i;
        return TRUE;
      }
  if (self->n_years >= KOMMUNE_LEDGER_MAX_YEARS)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_OVERFLOW,
                   _("a ledger holds at most %u different years"), KOMMUNE_LEDGER_MAX_YEARS);
      return FALSE;
    }
  *id = (guint8) self->n_years;
  self->years[self->n_years++] = (guint16) year;
  return TRUE;
}

gboolean
_kommune_ledger_reserve (KommuneLedger  *self,
                         gsize           n_more,
                         GError        **error)
{
  gsize needed, capacity;

  if (n_more > G_MAXUINT - self->n_lines)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_OVERFLOW,
                   _("a ledger holds at most %u lines"), G_MAXUINT);
      return FALSE;
    }
  needed = self->n_lines + n_more;
  if (needed <= self->capacity)
    return TRUE;

  /* Doubling keeps appends linear. */
  capacity = MAX (needed, MAX ((gsize) self->capacity * 2, (gsize) 1024));
  capacity = MIN (capacity, (gsize) G_MAXUINT);
  self->year = g_renew (guint8, self->year, capacity);
  self->region = g_renew (guint16, self->region, capacity);
  self->account_class = g_renew (guint8, self->account_class, capacity);
  self->function = g_renew (guint16, self->function, capacity);
  self->art = g_renew (guint16, self->art, capacity);
  self->amount = g_renew (gint64, self->amount, capacity);
  self->capacity = (guint) capacity;
  return TRUE;
}

static void
kommune_ledger_finalize (GObject *object)
{
  KommuneLedger *self = KOMMUNE_LEDGER (object);

  g_free (self->year);
  g_free (self->region);
  g_free (self->account_class);
  g_free (self->function);
  g_free (self->art);
  g_free (self->amount);
  dict_clear (&self->regions);
  dict_clear (&self->functions);
  dict_clear (&self->arts);

  G_OBJECT_CLASS (kommune_ledger_parent_class)->finalize (object);
}

static void
kommune_ledger_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  KommuneLedger *self = KOMMUNE_LEDGER (object);

  switch (prop_id)
    {
    case PROP_N_LINES:
      g_value_set_uint (value, self->n_lines);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kommune_ledger_class_init (KommuneLedgerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kommune_ledger_finalize;
  object_class->get_property = kommune_ledger_get_property;

  /**
   * KommuneLedger:n-lines:
   *
   * The number of lines.
   *
   * Since: 0.1
   */
  properties[PROP_N_LINES] =
    g_param_spec_uint ("n-lines", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kommune_ledger_init (KommuneLedger *self)
{
  dict_init (&self->regions, N_("region"), KOMMUNE_LEDGER_CODE_LENGTH);
  dict_init (&self->functions, N_("function"), 4);
  dict_init (&self->arts, N_("art"), 3);
}

/**
 * kommune_ledger_new:
 *
 * Creates an empty ledger.
 *
 * Returns: (transfer full): a new #KommuneLedger
 *
 * Since: 0.1
 */
KommuneLedger *
kommune_ledger_new (void)
{
  return g_object_new (KOMMUNE_TYPE_LEDGER, NULL);
}

/**
 * kommune_ledger_get_n_lines:
 * @self: a #KommuneLedger
 *
 * Gets the number of lines.
 *
 * Returns: the number of lines
 *
 * Since: 0.1
 */
guint
kommune_ledger_get_n_lines (KommuneLedger *self)
{
  g_return_val_if_fail (KOMMUNE_IS_LEDGER (self), 0);
  return self->n_lines;
}

/**
 * kommune_ledger_append:
 * @self: a #KommuneLedger
 * @year: the accounting year, 1000 to 9999
 * @region: the region as the source writes it: 1 to 6 digits, such as
 *   `040200` (a KOSTRA file) or `0402` (a municipality number)
 * @account_class: the account class, one digit: `1` operating, `0`
 *   investment, and the other classes of SSB's forms
 * @function: the function (or balance chapter), up to 4 digits, such as
 *   `120`; may be empty
 * @art: the art (or sector), up to 3 digits, such as `010`; may be empty
 * @amount: the amount in øre, in the sign of the accounts files
 *   (expenses positive, revenues negative)
 * @error: return location for a #GError, or %NULL
 *
 * Appends one line. Codes are kept as written, leading zeros included;
 * a code that is not digits fails with %KOMMUNE_ERROR_INVALID_CODE, a
 * year outside 1000–9999 with %KOMMUNE_ERROR_INVALID_PERIOD, and a ledger
 * that would pass 256 years, 65536 codes of one column or %G_MAXUINT lines
 * with %KOMMUNE_ERROR_OVERFLOW. Nothing is appended when it fails.
 *
 * Returns: %TRUE if the line was appended
 *
 * Since: 0.1
 */
gboolean
kommune_ledger_append (KommuneLedger  *self,
                       guint           year,
                       const char     *region,
                       const char     *account_class,
                       const char     *function,
                       const char     *art,
                       gint64          amount,
                       GError        **error)
{
  guint n_years, n_regions, n_functions, n_arts;
  guint8 year_id;
  guint16 region_id, function_id, art_id;
  GError *local_error = NULL;

  g_return_val_if_fail (KOMMUNE_IS_LEDGER (self), FALSE);
  g_return_val_if_fail (region != NULL, FALSE);
  g_return_val_if_fail (account_class != NULL, FALSE);
  g_return_val_if_fail (function != NULL, FALSE);
  g_return_val_if_fail (art != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (strlen (account_class) != 1 || !g_ascii_isdigit (account_class[0]))
    {
      g_autofree char *shown = g_utf8_make_valid (account_class, -1);

      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_CODE,
                   _("“%s” is not an account class (one digit)"), shown);
      return FALSE;
    }

  /* Remember the dictionaries' sizes, so a refused line adds no code. */
  n_years = self->n_years;
  n_regions = self->regions.codes->len;
  n_functions = self->functions.codes->len;
  n_arts = self->arts.codes->len;
  if (!_kommune_ledger_year_id (self, year, &year_id, &local_error) ||
      !_kommune_ledger_dict_intern (&self->regions, region, strlen (region), &region_id, &local_error) ||
      !_kommune_ledger_dict_intern (&self->functions, function, strlen (function), &function_id, &local_error) ||
      !_kommune_ledger_dict_intern (&self->arts, art, strlen (art), &art_id, &local_error) ||
      !_kommune_ledger_reserve (self, 1, &local_error))
    {
      self->n_years = n_years;
      dict_truncate (&self->regions, n_regions);
      dict_truncate (&self->functions, n_functions);
      dict_truncate (&self->arts, n_arts);
      g_propagate_error (error, local_error);
      return FALSE;
    }

  _kommune_ledger_append_ids (self, year_id, region_id, (guint8) account_class[0], function_id, art_id, amount);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_LINES]);
  return TRUE;
}

/**
 * kommune_ledger_get_line:
 * @self: a #KommuneLedger
 * @index: the line, from 0
 * @year: (out) (optional): the year
 * @region: (out) (optional) (transfer none): the region
 * @account_class: (out) (optional) (transfer none): the account class
 * @function: (out) (optional) (transfer none): the function
 * @art: (out) (optional) (transfer none): the art
 * @amount: (out) (optional): the amount in øre
 *
 * Gets one line. The codes belong to the ledger.
 *
 * Returns: %TRUE if @index is a line of the ledger
 *
 * Since: 0.1
 */
gboolean
kommune_ledger_get_line (KommuneLedger  *self,
                         guint           index,
                         guint          *year,
                         const char    **region,
                         const char    **account_class,
                         const char    **function,
                         const char    **art,
                         gint64         *amount)
{
  static const char classes[10][2] = { "0", "1", "2", "3", "4", "5", "6", "7", "8", "9" };

  g_return_val_if_fail (KOMMUNE_IS_LEDGER (self), FALSE);

  if (index >= self->n_lines)
    return FALSE;
  if (year != NULL)
    *year = self->years[self->year[index]];
  if (region != NULL)
    *region = g_ptr_array_index (self->regions.codes, self->region[index]);
  if (account_class != NULL)
    *account_class = classes[self->account_class[index] - '0'];
  if (function != NULL)
    *function = g_ptr_array_index (self->functions.codes, self->function[index]);
  if (art != NULL)
    *art = g_ptr_array_index (self->arts.codes, self->art[index]);
  if (amount != NULL)
    *amount = self->amount[index];
  return TRUE;
}
