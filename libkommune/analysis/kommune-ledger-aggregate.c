/* kommune-ledger-aggregate.c: grouping a ledger's lines and summing them
 *
 * Apart from the scan: this file turns columns and a filter into the
 * maps the scan reads, chooses a dense array or a hash for the sums,
 * splits the lines over two threads, and shapes the sums into a table
 * with its subtotals.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "kommune-error.h"
#include "analysis/kommune-ledger-aggregate-private.h"
#include "analysis/kommune-ledger-filter-private.h"
#include "analysis/kommune-ledger-table-private.h"
#include "core/kommune-i18n-private.h"

/* The largest dense array of sums, in cells, and the lines from which a
 * second thread pays for itself. */
#define DENSE_MAX_CELLS  (G_GUINT64_CONSTANT (1) << 22)
#define THREAD_MIN_LINES (1u << 19)

typedef struct
{
  guint     n_ids;     /* ids the map covers */
  guint64  *map;       /* share of the group id, or KOMMUNE_LEDGER_REJECT */
  guint     card;      /* ranks when grouped */
  GStrv     codes;     /* by rank, when grouped */
  gboolean  filtered;
} Dimension;

/* The account classes met in the ledger's lines, a bit per byte value,
 * copied into @bits. The ledger keeps them (lines never change, so the
 * bits of the lines scanned stay true) and extends them as lines are
 * appended. Aggregating is read-only use, which several threads may do
 * at once: they may all scan, and they only ever OR bits in and raise
 * the count, with atomics, which ThreadSanitizer sees. A thread that
 * reads the count raised sees the bits ORed before it. */
static void
classes_of (KommuneLedger *ledger,
            guint          bits[8])
{
  guint scanned = (guint) g_atomic_int_get (&ledger->classes_scanned);

  if (scanned < ledger->n_lines)
    {
      guint8 seen[256] = { 0 };
      guint found[8] = { 0 };

      for (guint i = scanned; i < ledger->n_lines; i++)
        seen[ledger->account_class[i]] = 1;
      for (guint c = 0; c < 256; c++)
        if (seen[c])
          found[c / 32] |= 1u << (c % 32);
      for (guint w = 0; w < 8; w++)
        if (found[w] != 0)
          g_atomic_int_or (&ledger->class_bits[w], found[w]);
      /* Raised, never lowered: another thread may have scanned further. */
      while (scanned < ledger->n_lines &&
             !g_atomic_int_compare_and_exchange ((gint *) &ledger->classes_scanned,
                                                 (gint) scanned, (gint) ledger->n_lines))
        scanned = (guint) g_atomic_int_get (&ledger->classes_scanned);
    }
  for (guint w = 0; w < 8; w++)
    bits[w] = (guint) g_atomic_int_get (&ledger->class_bits[w]);
}

static gboolean
strv_has (char       **strv,
          const char  *code)
{
  return strv == NULL || g_strv_contains ((const char * const *) strv, code);
}

static gboolean
admits (const KommuneLedgerFilter *filter,
        KommuneLedgerColumn        column,
        const char                *code,
        guint                      year)
{
  if (filter == NULL)
    return TRUE;
  switch (column)
    {
    case KOMMUNE_LEDGER_COLUMN_YEAR:
      if (filter->years == NULL)
        return TRUE;
      for (guint i = 0; i < filter->years->len; i++)
        if (g_array_index (filter->years, guint, i) == year)
          return TRUE;
      return FALSE;
    case KOMMUNE_LEDGER_COLUMN_REGION:
      return _kommune_ledger_filter_admits_region (filter, code);
    case KOMMUNE_LEDGER_COLUMN_ACCOUNT_CLASS:
      return strv_has (filter->account_classes, code);
    case KOMMUNE_LEDGER_COLUMN_FUNCTION:
      return strv_has (filter->functions, code);
    case KOMMUNE_LEDGER_COLUMN_ART:
      if (!filter->has_art_range)
        return TRUE;
      {
        gint value = _kommune_ledger_art_value (code);

        return value >= 0 && (guint) value >= filter->art_first && (guint) value <= filter->art_last;
      }
    case KOMMUNE_LEDGER_N_COLUMNS:
    default:
      g_assert_not_reached ();
    }
  return FALSE;
}

static int
compare_codes (const void *a,
               const void *b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

/* The codes of every id of @column, as text (NULL for a class that does
 * not occur), and how many ids the column has. */
static char **
codes_of (KommuneLedger       *ledger,
          KommuneLedgerColumn  column,
          guint               *n_ids)
{
  char **codes;
  const KommuneLedgerDict *dict = NULL;

  switch (column)
    {
    case KOMMUNE_LEDGER_COLUMN_YEAR:
      *n_ids = ledger->n_years;
      codes = g_new0 (char *, *n_ids + 1);
      for (guint i = 0; i < *n_ids; i++)
        codes[i] = g_strdup_printf ("%u", ledger->years[i]);
      return codes;
    case KOMMUNE_LEDGER_COLUMN_ACCOUNT_CLASS:
      {
        guint bits[8];

        classes_of (ledger, bits);
        *n_ids = 256;
        codes = g_new0 (char *, 257);
        for (guint c = 1; c < 256; c++)
          if (bits[c / 32] & (1u << (c % 32)))
            codes[c] = g_strndup ((const char *) &(char) { (char) c }, 1);
        return codes;
      }
    case KOMMUNE_LEDGER_COLUMN_REGION:
      dict = &ledger->regions;
      break;
    case KOMMUNE_LEDGER_COLUMN_FUNCTION:
      dict = &ledger->functions;
      break;
    case KOMMUNE_LEDGER_COLUMN_ART:
      dict = &ledger->arts;
      break;
    case KOMMUNE_LEDGER_N_COLUMNS:
    default:
      g_assert_not_reached ();
    }
  *n_ids = dict->codes->len;
  codes = g_new0 (char *, *n_ids + 1);
  for (guint i = 0; i < *n_ids; i++)
    codes[i] = g_strdup (g_ptr_array_index (dict->codes, i));
  return codes;
}

/* Fills @dim for @column: which ids the filter admits and, when @grouped,
 * their ranks among the admitted codes in byte order. */
static void
dimension_init (Dimension                 *dim,
                KommuneLedger             *ledger,
                KommuneLedgerColumn        column,
                const KommuneLedgerFilter *filter,
                gboolean                   grouped)
{
  g_autofree char **admitted = NULL;
  char **codes = codes_of (ledger, column, &dim->n_ids);
  GHashTable *rank = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_admitted = 0;

  dim->map = g_new0 (guint64, MAX (dim->n_ids, 1));
  admitted = g_new0 (char *, dim->n_ids + 1);
  for (guint i = 0; i < dim->n_ids; i++)
    {
      guint year = column == KOMMUNE_LEDGER_COLUMN_YEAR ? ledger->years[i] : 0;

      if (codes[i] == NULL || !admits (filter, column, codes[i], year))
        {
          dim->map[i] = KOMMUNE_LEDGER_REJECT;
          dim->filtered = TRUE;
          continue;
        }
      admitted[n_admitted++] = codes[i];
    }
  qsort (admitted, n_admitted, sizeof (char *), compare_codes);
  for (guint r = 0; r < n_admitted; r++)
    g_hash_table_insert (rank, admitted[r], GUINT_TO_POINTER (r));
  if (grouped)
    for (guint i = 0; i < dim->n_ids; i++)
      if (dim->map[i] != KOMMUNE_LEDGER_REJECT)
        dim->map[i] = GPOINTER_TO_UINT (g_hash_table_lookup (rank, codes[i]));
  dim->card = n_admitted;
  dim->codes = g_new0 (char *, n_admitted + 1);
  for (guint r = 0; r < n_admitted; r++)
    dim->codes[r] = g_strdup (admitted[r]);
  g_hash_table_unref (rank);
  /* Not g_strfreev(): the classes that do not occur leave gaps. */
  for (guint i = 0; i < dim->n_ids; i++)
    g_free (codes[i]);
  g_free (codes);
}

typedef struct
{
  const KommuneLedgerScan *scan;
  guint                    first;
  guint                    last;
  gint64                  *sums;
  guint8                  *seen;
  gboolean                 ok;
} Half;

/* Each thread zeroes its own arrays, so their pages are faulted in on
 * both cores at once. */
static gpointer
run_half (gpointer data)
{
  Half *half = data;
  gsize space = (gsize) half->scan->space;

  half->sums = _kommune_ledger_alloc_big (space * sizeof (gint64), TRUE);
  half->seen = _kommune_ledger_alloc_big (space, TRUE);
  half->ok = _kommune_ledger_scan_dense (half->scan, half->first, half->last,
                                         half->sums, half->seen);
  return NULL;
}

static gboolean
set_overflow (GError **error)
{
  g_set_error_literal (error, KOMMUNE_ERROR, KOMMUNE_ERROR_OVERFLOW,
                       _("A sum of the ledger's amounts does not fit in 64 bits"));
  return FALSE;
}

/* Sums into a dense array of @space cells; the groups met, in order, go
 * to @gids/@sums (allocated here). With two threads, the second half's
 * cells are added in the same pass that packs the groups met. */
static gboolean
sum_dense (KommuneLedgerScan  *scan,
           guint               n_lines,
           guint64           **gids,
           gint64            **sums,
           gsize              *n_groups,
           GError            **error)
{
  gsize space = (gsize) scan->space;
  gboolean two = n_lines >= THREAD_MIN_LINES && g_get_num_processors () >= 2;
  Half a = { scan, 0, two ? n_lines / 2 : n_lines, NULL, NULL, FALSE };
  Half b = { scan, n_lines / 2, n_lines, NULL, NULL, TRUE };
  gint64 *cells;
  guint8 *seen;
  gboolean ok;
  gsize n = 0;

  if (two)
    {
      GThread *thread = g_thread_new ("kommune-aggregate", run_half, &b);

      run_half (&a);
      g_thread_join (thread);
    }
  else
    run_half (&a);
  cells = a.sums;
  seen = a.seen;
  ok = a.ok && b.ok;

  if (ok)
    {
      if (two)
        for (gsize g = 0; g < space; g++)
          seen[g] |= b.seen[g];
      for (gsize g = 0; g < space; g++)
        n += seen[g];
      *gids = _kommune_ledger_alloc_big (MAX (n, 1) * sizeof (guint64), FALSE);
      n = 0;
      for (gsize g = 0; g < space; g++)
        if (seen[g])
          {
            gint64 v = cells[g];

            if (two && __builtin_add_overflow (v, b.sums[g], &v))
              ok = FALSE;
            (*gids)[n] = g;
            cells[n] = v;
            n++;
          }
      if (!ok)
        g_clear_pointer (gids, g_free);
    }
  g_free (b.sums);
  g_free (b.seen);
  g_free (seen);
  if (!ok)
    {
      g_free (cells);
      return set_overflow (error);
    }
  *sums = cells;
  *n_groups = n;
  return TRUE;
}

/* Rows of the table from the sorted groups: one per group (both sides of
 * a split group in one row), then the rollup levels. */
static gboolean
shape (KommuneLedgerTable  *table,
       guint64            **gids_inout,
       gint64             **sums_inout,
       gsize                n_groups,
       gboolean             rollup,
       GError             **error)
{
  const guint64 *gids = *gids_inout;
  const gint64 *sums = *sums_inout;
  guint k = table->n_columns;
  gsize n_finest = 0, n_rows, row;
  gsize level_count[KOMMUNE_LEDGER_N_COLUMNS + 1] = { 0 };
  guint64 *out_gids;
  gint64 *amounts, *expenses = NULL, *revenues = NULL;
  guint8 *levels;
  gint64 total = 0;

  /* Plain groups: the scan's arrays are the table's. */
  if (!table->split && !rollup && n_groups > 0)
    {
      for (gsize i = 0; i < n_groups; i++)
        if (__builtin_add_overflow (total, sums[i], &total))
          return set_overflow (error);
      if (n_groups > G_MAXUINT)
        return set_overflow (error);
      levels = _kommune_ledger_alloc_big (n_groups, FALSE);
      memset (levels, (int) k, n_groups);
      table->n_rows = (guint) n_groups;
      table->gids = g_steal_pointer (gids_inout);
      table->amounts = g_steal_pointer (sums_inout);
      table->levels = levels;
      table->total = total;
      return TRUE;
    }

  /* Finest rows: with a split, ids 2g and 2g + 1 form one row. */
  for (gsize i = 0; i < n_groups; i++)
    if (!table->split || i == 0 || (gids[i] >> 1) != (gids[i - 1] >> 1))
      n_finest++;
  if (k == 0 && n_finest == 0)
    n_finest = 1;   /* the total of nothing is one row of 0 */
  n_rows = n_finest;
  level_count[k] = n_finest;
  if (rollup && k > 0 && n_finest > 0)
    for (guint level = k; level-- > 0;)
      {
        /* Groups are sorted, so equal prefixes are runs. */
        guint64 last = G_MAXUINT64;

        for (gsize i = 0; i < n_groups; i++)
          {
            guint64 prefix = level == 0 ? 0 : gids[i] / table->strides[level - 1];

            if (prefix != last)
              level_count[level]++;
            last = prefix;
          }
        n_rows += level_count[level];
      }
  if (n_rows > G_MAXUINT)
    return set_overflow (error);

  out_gids = _kommune_ledger_alloc_big (MAX (n_rows, 1) * sizeof (guint64), TRUE);
  levels = _kommune_ledger_alloc_big (MAX (n_rows, 1), FALSE);
  amounts = _kommune_ledger_alloc_big (MAX (n_rows, 1) * sizeof (gint64), TRUE);
  if (table->split)
    {
      expenses = _kommune_ledger_alloc_big (MAX (n_rows, 1) * sizeof (gint64), TRUE);
      revenues = _kommune_ledger_alloc_big (MAX (n_rows, 1) * sizeof (gint64), TRUE);
    }

  row = 0;
  for (gsize i = 0; i < n_groups; i++)
    {
      guint64 g = table->split ? gids[i] & ~G_GUINT64_CONSTANT (1) : gids[i];

      if (table->split && row > 0 && out_gids[row - 1] == g)
        row--;
      else
        out_gids[row] = g;
      levels[row] = (guint8) k;
      if (__builtin_add_overflow (amounts[row], sums[i], &amounts[row]) ||
          __builtin_add_overflow (total, sums[i], &total))
        goto overflow;
      if (table->split)
        {
          gint64 *side = (gids[i] & 1) ? revenues : expenses;

          side[row] += sums[i];
        }
      row++;
    }
  if (n_groups == 0)
    {
      levels[0] = (guint8) k;
      row = n_finest;
    }

  if (rollup && k > 0 && n_finest > 0)
    for (guint level = k; level-- > 0;)
      {
        gsize start = row;

        for (gsize i = 0; i < n_finest; i++)
          {
            guint64 g = out_gids[i];
            guint64 prefix_gid = level == 0 ? 0 : (g / table->strides[level - 1]) * table->strides[level - 1];

            if (row == start || out_gids[row - 1] != prefix_gid)
              {
                out_gids[row] = prefix_gid;
                levels[row] = (guint8) level;
                row++;
              }
            if (__builtin_add_overflow (amounts[row - 1], amounts[i], &amounts[row - 1]))
              goto overflow;
            if (table->split &&
                (__builtin_add_overflow (expenses[row - 1], expenses[i], &expenses[row - 1]) ||
                 __builtin_add_overflow (revenues[row - 1], revenues[i], &revenues[row - 1])))
              goto overflow;
          }
      }
  g_assert (row == n_rows);

  table->n_rows = (guint) n_rows;
  table->gids = out_gids;
  table->levels = levels;
  table->amounts = amounts;
  table->expenses = expenses;
  table->revenues = revenues;
  table->total = total;
  return TRUE;

overflow:
  g_free (out_gids);
  g_free (levels);
  g_free (amounts);
  g_free (expenses);
  g_free (revenues);
  return set_overflow (error);
}

/**
 * kommune_ledger_aggregate:
 * @self: a ledger
 * @columns: (array zero-terminated=1) (nullable): the columns to group
 *   by, any of `year`, `region`, `account_class`, `function` and `art`
 * @filter: (nullable): the lines to read, or %NULL for all of them
 * @error: return location for a #GError
 *
 * Groups the lines of @self by @columns and sums each group's amounts:
 * [method@Kommune.Ledger.aggregate_full] without rollup or split.
 *
 * Returns: (transfer full) (nullable): the table, or %NULL with @error set
 *
 * Since: 0.1
 */
KommuneLedgerTable *
kommune_ledger_aggregate (KommuneLedger        *self,
                          const char * const   *columns,
                          KommuneLedgerFilter  *filter,
                          GError              **error)
{
  g_return_val_if_fail (KOMMUNE_IS_LEDGER (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return kommune_ledger_aggregate_full (self, columns, filter,
                                        KOMMUNE_LEDGER_AGGREGATE_NONE, error);
}

/**
 * kommune_ledger_aggregate_full:
 * @self: a ledger
 * @columns: (array zero-terminated=1) (nullable): the columns to group
 *   by, any of `year`, `region`, `account_class`, `function` and `art`,
 *   each at most once; none gives the one row of the total
 * @filter: (nullable): the lines to read, or %NULL for all of them
 * @flags: the rollup and the split of expenses and revenues
 * @error: return location for a #GError
 *
 * Groups the lines of @self that @filter admits by @columns and sums each
 * group's amounts exactly. With %KOMMUNE_LEDGER_AGGREGATE_ROLLUP the table
 * also holds the subtotals of every leading subset of @columns and the
 * grand total; with %KOMMUNE_LEDGER_AGGREGATE_SPLIT every row also holds
 * its expenses (arts 010–599) and its revenues (every other art, as the
 * partition of SSB's controls puts them).
 *
 * Fails with %KOMMUNE_ERROR_INVALID_ARGUMENT for an unknown or repeated
 * column and with %KOMMUNE_ERROR_OVERFLOW when a sum leaves 64 bits.
 *
 * Returns: (transfer full) (nullable): the table, or %NULL with @error set
 *
 * Since: 0.1
 */
KommuneLedgerTable *
kommune_ledger_aggregate_full (KommuneLedger                *self,
                               const char * const           *columns,
                               KommuneLedgerFilter          *filter,
                               KommuneLedgerAggregateFlags   flags,
                               GError                      **error)
{
  g_autoptr(KommuneLedgerTable) table = NULL;
  Dimension dims[KOMMUNE_LEDGER_N_COLUMNS] = { { 0 } };
  gint position_of[KOMMUNE_LEDGER_N_COLUMNS] = { -1, -1, -1, -1, -1 };
  KommuneLedgerScan scan = { 0 };
  g_autofree guint64 *gids = NULL;
  g_autofree gint64 *sums = NULL;
  gsize n_groups = 0;
  guint64 space;
  gboolean ok;

  g_return_val_if_fail (KOMMUNE_IS_LEDGER (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  g_return_val_if_fail ((flags & ~(KOMMUNE_LEDGER_AGGREGATE_ROLLUP | KOMMUNE_LEDGER_AGGREGATE_SPLIT)) == 0, NULL);

  table = _kommune_ledger_table_new ();
  table->split = (flags & KOMMUNE_LEDGER_AGGREGATE_SPLIT) != 0;
  for (guint i = 0; columns != NULL && columns[i] != NULL; i++)
    {
      gint c = _kommune_ledger_column_from_name (columns[i], error);

      if (c < 0)
        return NULL;
      if (position_of[c] >= 0)
        {
          g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                       _("The column %s is asked for twice"), columns[i]);
          return NULL;
        }
      position_of[c] = (gint) table->n_columns;
      table->columns[table->n_columns++] = (guint) c;
    }

  for (guint c = 0; c < KOMMUNE_LEDGER_N_COLUMNS; c++)
    dimension_init (&dims[c], self, c, filter, position_of[c] >= 0);

  /* Strides: the last column innermost, the split's side inside it. */
  space = table->split ? 2 : 1;
  for (guint p = table->n_columns; p-- > 0;)
    {
      Dimension *dim = &dims[table->columns[p]];

      table->strides[p] = space;
      table->cards[p] = dim->card;
      table->codes[p] = g_steal_pointer (&dim->codes);
      if (dim->card > 0 && space > (KOMMUNE_LEDGER_REJECT - 1) / dim->card)
        {
          for (guint c = 0; c < KOMMUNE_LEDGER_N_COLUMNS; c++)
            {
              g_free (dims[c].map);
              g_strfreev (dims[c].codes);
            }
          set_overflow (error);
          return NULL;
        }
      space *= dim->card;
      for (guint i = 0; i < dim->n_ids; i++)
        if (dim->map[i] != KOMMUNE_LEDGER_REJECT)
          dim->map[i] *= table->strides[p];
    }
  if (table->split)
    {
      Dimension *art = &dims[KOMMUNE_LEDGER_COLUMN_ART];

      for (guint i = 0; i < art->n_ids; i++)
        {
          gint value = _kommune_ledger_art_value (g_ptr_array_index (self->arts.codes, i));

          if (art->map[i] != KOMMUNE_LEDGER_REJECT && !(value >= 10 && value <= 599))
            art->map[i] += 1;
        }
    }

  scan.year = self->year;
  scan.region = self->region;
  scan.account_class = self->account_class;
  scan.function = self->function;
  scan.art = self->art;
  scan.amount = self->amount;
  scan.map_year = dims[KOMMUNE_LEDGER_COLUMN_YEAR].map;
  scan.map_region = dims[KOMMUNE_LEDGER_COLUMN_REGION].map;
  scan.map_class = dims[KOMMUNE_LEDGER_COLUMN_ACCOUNT_CLASS].map;
  scan.map_function = dims[KOMMUNE_LEDGER_COLUMN_FUNCTION].map;
  scan.map_art = dims[KOMMUNE_LEDGER_COLUMN_ART].map;
  scan.space = space;
  for (guint c = 0; c < KOMMUNE_LEDGER_N_COLUMNS; c++)
    {
      if (position_of[c] >= 0 || dims[c].filtered ||
          (c == KOMMUNE_LEDGER_COLUMN_ART && table->split))
        scan.active |= 1u << c;
      if (dims[c].filtered)
        scan.active |= KOMMUNE_LEDGER_SCAN_FILTERED;
    }

  if (space == 0 || self->n_lines == 0)
    ok = TRUE;
  else if (space <= DENSE_MAX_CELLS && space <= 4 * (guint64) self->n_lines + 65536)
    ok = sum_dense (&scan, self->n_lines, &gids, &sums, &n_groups, error);
  else
    {
      ok = _kommune_ledger_scan_sparse (&scan, self->n_lines, &gids, &sums, &n_groups);
      if (!ok)
        set_overflow (error);
    }

  for (guint c = 0; c < KOMMUNE_LEDGER_N_COLUMNS; c++)
    {
      g_free (dims[c].map);
      g_strfreev (dims[c].codes);
    }
  if (!ok)
    return NULL;
  if (!shape (table, &gids, &sums, n_groups, (flags & KOMMUNE_LEDGER_AGGREGATE_ROLLUP) != 0, error))
    return NULL;
  _kommune_ledger_table_seal (table);
  return g_steal_pointer (&table);
}
