/* kommune-ledger-filter.c: which lines of a ledger an aggregation reads
 *
 * Apart from the aggregation itself: a filter is a small value a caller
 * builds and may reuse for many aggregations and many ledgers.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "analysis/kommune-ledger-filter-private.h"

/**
 * KommuneLedgerFilter:
 *
 * The lines of a [class@Kommune.Ledger] that an aggregation reads: a set
 * of years, of regions, of account classes and of functions, and a range
 * of arts (such as 600–999, the revenues). Every criterion is optional;
 * a new filter admits every line.
 *
 * A region given with four digits (`0402`) also admits the six digits an
 * accounts file writes (`040200`).
 *
 * Since: 0.1
 */

G_DEFINE_BOXED_TYPE (KommuneLedgerFilter, kommune_ledger_filter,
                     kommune_ledger_filter_ref, kommune_ledger_filter_unref)

/**
 * kommune_ledger_filter_new:
 *
 * Creates a filter that admits every line.
 *
 * Returns: (transfer full): a new filter
 *
 * Since: 0.1
 */
KommuneLedgerFilter *
kommune_ledger_filter_new (void)
{
  KommuneLedgerFilter *self = g_new0 (KommuneLedgerFilter, 1);

  g_atomic_ref_count_init (&self->ref_count);
  return self;
}

/**
 * kommune_ledger_filter_ref:
 * @self: a filter
 *
 * Takes a reference.
 *
 * Returns: (transfer full): @self
 *
 * Since: 0.1
 */
KommuneLedgerFilter *
kommune_ledger_filter_ref (KommuneLedgerFilter *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

/**
 * kommune_ledger_filter_unref:
 * @self: (transfer full): a filter
 *
 * Drops a reference; the last one frees the filter.
 *
 * Since: 0.1
 */
void
kommune_ledger_filter_unref (KommuneLedgerFilter *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_clear_pointer (&self->years, g_array_unref);
  g_strfreev (self->regions);
  g_strfreev (self->account_classes);
  g_strfreev (self->functions);
  g_free (self);
}

/**
 * kommune_ledger_filter_set_years:
 * @self: a filter
 * @years: (array length=n_years) (nullable): the years to admit
 * @n_years: the number of @years
 *
 * Admits only lines of @years. An empty set (in Python `[]`, which reaches
 * C as %NULL and 0) admits no line; kommune_ledger_filter_clear_years()
 * admits every year again.
 *
 * Since: 0.1
 */
void
kommune_ledger_filter_set_years (KommuneLedgerFilter *self,
                                 const guint         *years,
                                 gsize                n_years)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (years != NULL || n_years == 0);

  g_clear_pointer (&self->years, g_array_unref);
  self->years = g_array_sized_new (FALSE, FALSE, sizeof (guint), n_years);
  if (n_years > 0)
    g_array_append_vals (self->years, years, (guint) n_years);
}

/**
 * kommune_ledger_filter_clear_years:
 * @self: a filter
 *
 * Admits lines of every year again.
 *
 * Since: 0.1
 */
void
kommune_ledger_filter_clear_years (KommuneLedgerFilter *self)
{
  g_return_if_fail (self != NULL);
  g_clear_pointer (&self->years, g_array_unref);
}

/**
 * kommune_ledger_filter_set_regions:
 * @self: a filter
 * @regions: (array zero-terminated=1) (nullable): the regions to admit
 *
 * Admits only lines of @regions, as the file writes them (`040200`) or
 * as four-digit municipality numbers (`0402`); %NULL admits every region.
 *
 * Since: 0.1
 */
void
kommune_ledger_filter_set_regions (KommuneLedgerFilter *self,
                                   const char * const  *regions)
{
  g_return_if_fail (self != NULL);

  g_strfreev (self->regions);
  self->regions = g_strdupv ((char **) regions);
}

/**
 * kommune_ledger_filter_set_account_classes:
 * @self: a filter
 * @account_classes: (array zero-terminated=1) (nullable): the classes to
 *   admit, such as `1` (operating, kasse)
 *
 * Admits only lines of @account_classes; %NULL admits every class.
 *
 * Since: 0.1
 */
void
kommune_ledger_filter_set_account_classes (KommuneLedgerFilter *self,
                                           const char * const  *account_classes)
{
  g_return_if_fail (self != NULL);

  g_strfreev (self->account_classes);
  self->account_classes = g_strdupv ((char **) account_classes);
}

/**
 * kommune_ledger_filter_set_functions:
 * @self: a filter
 * @functions: (array zero-terminated=1) (nullable): the function codes to
 *   admit, such as `201`, `211` and `221`
 *
 * Admits only lines of @functions; %NULL admits every function.
 *
 * Since: 0.1
 */
void
kommune_ledger_filter_set_functions (KommuneLedgerFilter *self,
                                     const char * const  *functions)
{
  g_return_if_fail (self != NULL);

  g_strfreev (self->functions);
  self->functions = g_strdupv ((char **) functions);
}

/**
 * kommune_ledger_filter_set_art_range:
 * @self: a filter
 * @first: the lowest art admitted, such as 600
 * @last: the highest art admitted, such as 999
 *
 * Admits only lines whose art, read as a number, lies in @first…@last
 * (both included). A line whose art is not a number of digits (the blank
 * art of a balance line) is refused while a range is set.
 *
 * Since: 0.1
 */
void
kommune_ledger_filter_set_art_range (KommuneLedgerFilter *self,
                                     guint                first,
                                     guint                last)
{
  g_return_if_fail (self != NULL);

  self->has_art_range = TRUE;
  self->art_first = first;
  self->art_last = last;
}

/**
 * kommune_ledger_filter_clear_art_range:
 * @self: a filter
 *
 * Admits every art again.
 *
 * Since: 0.1
 */
void
kommune_ledger_filter_clear_art_range (KommuneLedgerFilter *self)
{
  g_return_if_fail (self != NULL);

  self->has_art_range = FALSE;
}

gboolean
_kommune_ledger_filter_admits_region (const KommuneLedgerFilter *self,
                                      const char                *region)
{
  if (self == NULL || self->regions == NULL)
    return TRUE;
  for (guint i = 0; self->regions[i] != NULL; i++)
    {
      const char *wanted = self->regions[i];

      if (strcmp (wanted, region) == 0)
        return TRUE;
      if (strlen (wanted) == 4 && strncmp (wanted, region, 4) == 0 &&
          strcmp (region + 4, "00") == 0)
        return TRUE;
    }
  return FALSE;
}

gint
_kommune_ledger_art_value (const char *art)
{
  gint value = 0;

  if (art == NULL || art[0] == '\0')
    return -1;
  for (const char *p = art; *p != '\0'; p++)
    {
      if (!g_ascii_isdigit (*p) || value > 99999)
        return -1;
      value = value * 10 + (*p - '0');
    }
  return value;
}
