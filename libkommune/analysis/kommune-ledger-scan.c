/* kommune-ledger-scan.c: the passes over a ledger's lines that sum them
 * into groups
 *
 * Apart from the aggregation that prepares the maps and shapes the
 * table: this is the one loop that touches every line, so it is written
 * for speed alone. The dense pass is instantiated once for every set of
 * dimensions it reads, so the loop does no test it does not need.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "analysis/kommune-ledger-aggregate-private.h"

#define HUGE_PAGE (2u * 1024 * 1024)

/* Dense sums are touched in the order of the lines, that is at random:
 * there huge pages save the TLB misses that dominate a scan, unlike the
 * ledger's columns, which are written in order (kommune-ledger-csv.c). */
gpointer
_kommune_ledger_alloc_big (gsize    size,
                           gboolean zero)
{
  if (size == 0)
    size = 1;
#if defined(MADV_HUGEPAGE)
  if (size >= HUGE_PAGE)
    {
      gpointer p = NULL;
      gsize rounded = (size + HUGE_PAGE - 1) & ~((gsize) HUGE_PAGE - 1);

      if (posix_memalign (&p, HUGE_PAGE, rounded) == 0)
        {
          madvise (p, rounded, MADV_HUGEPAGE);
          if (zero)
            memset (p, 0, size);
          return p;
        }
    }
#endif
  return zero ? g_malloc0 (size) : g_malloc (size);
}

static inline __attribute__ ((always_inline)) gboolean
scan_dense (const KommuneLedgerScan *s,
            const guint              active,
            guint                    first,
            guint                    last,
            gint64                  *restrict sums,
            guint8                  *restrict seen)
{
  /* Locals, since a store through @seen may alias anything. */
  const guint8 *restrict year = s->year;
  const guint16 *restrict region = s->region;
  const guint8 *restrict account_class = s->account_class;
  const guint16 *restrict function = s->function;
  const guint16 *restrict art = s->art;
  const gint64 *restrict amount = s->amount;
  const guint64 *restrict map_year = s->map_year;
  const guint64 *restrict map_region = s->map_region;
  const guint64 *restrict map_class = s->map_class;
  const guint64 *restrict map_function = s->map_function;
  const guint64 *restrict map_art = s->map_art;
  const guint64 space = s->space;
  guint overflow = 0;

  for (guint i = first; i < last; i++)
    {
      guint64 g = 0;
      gint64 sum;

      if (active & 1)
        g += map_year[year[i]];
      if (active & 2)
        g += map_region[region[i]];
      if (active & 4)
        g += map_class[account_class[i]];
      if (active & 8)
        g += map_function[function[i]];
      if (active & 16)
        g += map_art[art[i]];
      if ((active & KOMMUNE_LEDGER_SCAN_FILTERED) && g >= space)
        continue;
      overflow |= __builtin_add_overflow (sums[g], amount[i], &sum);
      sums[g] = sum;
      seen[g] = 1;
    }
  return overflow == 0;
}

#define CASE(m) case m: return scan_dense (scan, m, first, last, sums, seen);
#define CASES8(b) CASE (b) CASE (b + 1) CASE (b + 2) CASE (b + 3) \
                  CASE (b + 4) CASE (b + 5) CASE (b + 6) CASE (b + 7)

gboolean
_kommune_ledger_scan_dense (const KommuneLedgerScan *scan,
                            guint                    first,
                            guint                    last,
                            gint64                  *sums,
                            guint8                  *seen)
{
  switch (scan->active & 63)
    {
      CASES8 (0) CASES8 (8) CASES8 (16) CASES8 (24)
      CASES8 (32) CASES8 (40) CASES8 (48) CASES8 (56)
    default:
      g_assert_not_reached ();
    }
  return FALSE;
}

#undef CASES8
#undef CASE

/* Open addressing on group id + 1 (0 marks a free slot). */
typedef struct
{
  guint64 *keys;
  gint64  *sums;
  gsize    mask;
  gsize    n;
} GroupHash;

static void
hash_init (GroupHash *h,
           gsize      size)
{
  h->keys = g_new0 (guint64, size);
  h->sums = g_new0 (gint64, size);
  h->mask = size - 1;
  h->n = 0;
}

static inline gsize
hash_slot (const GroupHash *h,
           guint64          key)
{
  gsize i = (gsize) ((key * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)) >> 20) & h->mask;

  while (h->keys[i] != 0 && h->keys[i] != key)
    i = (i + 1) & h->mask;
  return i;
}

static void
hash_grow (GroupHash *h)
{
  GroupHash bigger;

  hash_init (&bigger, (h->mask + 1) * 2);
  for (gsize i = 0; i <= h->mask; i++)
    if (h->keys[i] != 0)
      {
        gsize j = hash_slot (&bigger, h->keys[i]);

        bigger.keys[j] = h->keys[i];
        bigger.sums[j] = h->sums[i];
      }
  bigger.n = h->n;
  g_free (h->keys);
  g_free (h->sums);
  *h = bigger;
}

static int
compare_pair (const void *a,
              const void *b)
{
  guint64 x = *(const guint64 *) a;
  guint64 y = *(const guint64 *) b;

  return x < y ? -1 : x > y;
}

gboolean
_kommune_ledger_scan_sparse (const KommuneLedgerScan *s,
                             guint                    n_lines,
                             guint64                **gids,
                             gint64                 **sums,
                             gsize                   *n_groups)
{
  GroupHash h;
  gboolean overflow = FALSE;
  guint64 *pairs;
  gsize n = 0;

  hash_init (&h, 1024);
  for (guint i = 0; i < n_lines; i++)
    {
      guint64 g = 0;
      gsize slot;

      if (s->active & 1)
        g += s->map_year[s->year[i]];
      if (s->active & 2)
        g += s->map_region[s->region[i]];
      if (s->active & 4)
        g += s->map_class[s->account_class[i]];
      if (s->active & 8)
        g += s->map_function[s->function[i]];
      if (s->active & 16)
        g += s->map_art[s->art[i]];
      if (g >= s->space)
        continue;
      slot = hash_slot (&h, g + 1);
      if (h.keys[slot] == 0)
        {
          h.keys[slot] = g + 1;
          if (++h.n * 2 > h.mask)
            {
              hash_grow (&h);
              slot = hash_slot (&h, g + 1);
            }
        }
      overflow |= __builtin_add_overflow (h.sums[slot], s->amount[i], &h.sums[slot]);
    }

  /* Sorted by group id: pairs of (id, sum). */
  pairs = g_new (guint64, MAX (h.n, 1) * 2);
  for (gsize i = 0; i <= h.mask; i++)
    if (h.keys[i] != 0)
      {
        pairs[2 * n] = h.keys[i] - 1;
        pairs[2 * n + 1] = (guint64) h.sums[i];
        n++;
      }
  qsort (pairs, n, 2 * sizeof (guint64), compare_pair);
  *gids = g_new (guint64, MAX (n, 1));
  *sums = g_new (gint64, MAX (n, 1));
  for (gsize i = 0; i < n; i++)
    {
      (*gids)[i] = pairs[2 * i];
      (*sums)[i] = (gint64) pairs[2 * i + 1];
    }
  *n_groups = n;
  g_free (pairs);
  g_free (h.keys);
  g_free (h.sums);
  return !overflow;
}
