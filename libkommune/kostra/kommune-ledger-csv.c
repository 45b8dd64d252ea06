/* kommune-ledger-csv.c: reading a ledger from CSV, fast and strictly
 *
 * The CSV a ledger reads has the header
 * `year,municipality,account_class,function,art,amount` and one line per
 * ledger line, amounts in whole kroner. National extracts run to ten
 * million lines, so the reader is a hand-written scanner over the whole
 * file in memory: the buffer is cut at line ends into one chunk per core,
 * each chunk is scanned by its own thread straight into the ledger's
 * columns with chunk-local dictionaries (codes are short digit strings,
 * turned into integers that index small direct tables), and the chunks'
 * dictionaries are merged afterwards, renumbering the later chunks' ids.
 * Each chunk's lines are counted first, so every chunk writes straight to
 * its own place and no column is copied.
 * Any line the format does not allow fails the whole load with its line
 * number; nothing is skipped and no partial ledger is returned.
 *
 * It is apart from kommune-ledger.c because it is a format, not the store.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "kommune-error.h"
#include "kostra/kommune-ledger-chunk-private.h"
#include "kostra/kommune-ledger-csv-private.h"
#include "core/kommune-i18n-private.h"

#define CSV_HEADER        "year,municipality,account_class,function,art,amount\n"
#define MAX_CHUNKS        8
#define MIN_CHUNK_BYTES   (1u << 20)

G_STATIC_ASSERT (sizeof CSV_HEADER - 1 == KOMMUNE_LEDGER_CSV_HEADER_LENGTH);

gpointer
_kommune_ledger_big_alloc (gsize bytes)
{
  /* Plain pages: the columns are written once, in order. Huge pages were
   * tried, and after another process had freed much memory the kernel's
   * compaction to find them made a national load take twice as long. */
  return g_malloc (MAX (bytes, 1));
}

/* Gives the ledger columns for @capacity lines, replacing any. */
static void
columns_alloc (KommuneLedger *self,
               gsize          capacity)
{
  g_free (self->year);
  g_free (self->region);
  g_free (self->account_class);
  g_free (self->function);
  g_free (self->art);
  g_free (self->amount);
  self->year = _kommune_ledger_big_alloc (capacity);
  self->region = _kommune_ledger_big_alloc (capacity * 2);
  self->account_class = _kommune_ledger_big_alloc (capacity);
  self->function = _kommune_ledger_big_alloc (capacity * 2);
  self->art = _kommune_ledger_big_alloc (capacity * 2);
  self->amount = _kommune_ledger_big_alloc (capacity * 8);
  self->capacity = (guint) capacity;
}

/* Renumbers a chunk's local codes into the ledger's dictionaries. */
static gboolean
merge_dict (KommuneLedgerDict  *dict,
            const KommuneLedgerChunkDict    *local,
            guint16            *remap,
            gboolean           *identity,
            guint              *failed,
            GError            **error)
{
  *identity = TRUE;
  for (guint id = 0; id < local->n; id++)
    {
      guint32 key = local->keys[id];
      guint length = 0;
      char text[KOMMUNE_LEDGER_CODE_LENGTH + 1];

      while (length + 1 < G_N_ELEMENTS (_kommune_ledger_chunk_pow10) && key >= _kommune_ledger_chunk_pow10[length + 1])
        length++;
      g_snprintf (text, sizeof text, "%0*u", (int) length, key - _kommune_ledger_chunk_pow10[length]);
      if (!_kommune_ledger_dict_intern (dict, text, length, &remap[id], error))
        {
          *failed = id;
          return FALSE;
        }
      if (remap[id] != id)
        *identity = FALSE;
    }
  return TRUE;
}

/* Fails a merge whose code of local id @id in @column (the chunk's
 * lines from @from, @n of them) was one too many: the first line that
 * holds it is named. Ledger line i is line i + 2 of the file. */
static void
fail_merge (GError       **error,
            GError        *cause,
            const char    *name,
            const char    *field,
            const guint16 *column16,
            const guint8  *column8,
            gsize          from,
            gsize          n,
            guint          id)
{
  gsize i = from;

  while (i + 1 < from + n && (column16 != NULL ? column16[i] : column8[i]) != id)
    i++;
  g_set_error (error, cause->domain, cause->code, _("%s: line %zu: %s: %s"),
               name, i + 2, field, cause->message);
  g_error_free (cause);
}

static guint
line_number (const char *data,
             const char *at)
{
  guint n = 1;

  for (const char *p = data; (p = memchr (p, '\n', (gsize) (at - p))) != NULL; p++)
    n++;
  return n;
}

static void
set_line_error (GError     **error,
                gint         code,
                const char  *name,
                const char  *data,
                const char  *line,
                const char  *field,
                const char  *why)
{
  g_set_error (error, KOMMUNE_ERROR, code, _("%s: line %u: %s: %s"), name, line_number (data, line), field, why);
}

gboolean
_kommune_ledger_csv_check_header (const char  *data,
                                  gsize        length,
                                  const char  *name,
                                  GError     **error)
{
  gsize head = strlen (CSV_HEADER) - 1;

  /* The header, exactly. */
  if (length >= strlen (CSV_HEADER) && memcmp (data, CSV_HEADER, strlen (CSV_HEADER)) == 0)
    return TRUE;
  if (length == 0)
    g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                 _("%s: line 1: header: missing: the file is empty"), name);
  else if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                 _("%s: line 1: header: a byte order mark (U+FEFF) before it: a ledger CSV starts with the header itself"),
                 name);
  else if (length > head && memcmp (data, CSV_HEADER, head) == 0 && data[head] == '\r')
    g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                 _("%s: line 1: header: a carriage return: lines end in a line feed alone"), name);
  else
    g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                 _("%s: line 1: header: not “year,municipality,account_class,function,art,amount”"), name);
  return FALSE;
}

KommuneLedger *
_kommune_ledger_csv_parse (const char                *data,
                           gsize                      length,
                           const char                *name,
                           GCancellable              *cancellable,
                           GFileProgressCallback      progress,
                           gpointer                   progress_data,
                           GError                   **error)
{
  g_autoptr(KommuneLedger) self = kommune_ledger_new ();
  KommuneLedgerChunk *chunks[MAX_CHUNKS] = { NULL };
  GThread *threads[MAX_CHUNKS] = { NULL };
  const char *body, *body_end, *end = data + length;
  gsize capacity = 0, n_lines = 0;
  guint n_chunks;
  gint first_failed = G_MAXINT;
  gboolean ok = TRUE;

  if (!_kommune_ledger_csv_check_header (data, length, name, error))
    return NULL;
  body = data + strlen (CSV_HEADER);

  /* Every line ends in '\n', so a scan never runs past the buffer; a last
   * line without one was cut short, and fails unless an earlier one did. */
  body_end = end;
  while (body_end > body && body_end[-1] != '\n')
    body_end--;

  n_chunks = (guint) CLAMP ((gsize) (body_end - body) / MIN_CHUNK_BYTES, 1,
                            MIN ((guint) MAX_CHUNKS, MAX (g_get_num_processors (), 1u)));
  for (guint k = 0; k < n_chunks; k++)
    {
      KommuneLedgerChunk *chunk = chunks[k] = g_new0 (KommuneLedgerChunk, 1);
      const char *cut;

      chunk->ledger = self;
      chunk->start = k == 0 ? body : chunks[k - 1]->end;
      cut = body + (gsize) (body_end - body) / n_chunks * (k + 1);
      if (k + 1 == n_chunks || cut <= chunk->start)
        cut = k + 1 == n_chunks ? body_end : chunk->start;
      else
        cut = (const char *) memchr (cut - 1, '\n', (gsize) (body_end - (cut - 1))) + 1;
      chunk->end = cut;
      chunk->buffer_end = end;
      chunk->cancellable = cancellable;
      chunk->index = k;
      chunk->first_failed = &first_failed;
      _kommune_ledger_chunk_dict_init (&chunk->regions, KOMMUNE_LEDGER_CODE_LENGTH);
      _kommune_ledger_chunk_dict_init (&chunk->functions, 4);
      _kommune_ledger_chunk_dict_init (&chunk->arts, 3);
    }
  for (guint k = 1; k < n_chunks; k++)
    threads[k] = g_thread_new ("ledger-csv", _kommune_ledger_chunk_count, chunks[k]);
  _kommune_ledger_chunk_count (chunks[0]);
  for (guint k = 1; k < n_chunks; k++)
    g_thread_join (threads[k]);
  for (guint k = 0; k < n_chunks; k++)
    {
      chunks[k]->out = capacity;
      capacity += chunks[k]->n;
      chunks[k]->n = 0;
    }
  if (capacity > G_MAXUINT)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_OVERFLOW,
                   _("%s: a ledger holds at most %u lines"), name, G_MAXUINT);
      ok = FALSE;
      goto out;
    }
  columns_alloc (self, MAX (capacity, 1));

  chunks[0]->progress = progress;
  chunks[0]->progress_data = progress_data;
  chunks[0]->all = chunks;
  chunks[0]->n_all = n_chunks;
  chunks[0]->total = length;
  for (guint k = 1; k < n_chunks; k++)
    threads[k] = g_thread_new ("ledger-csv", _kommune_ledger_chunk_thread, chunks[k]);
  _kommune_ledger_chunk_scan (chunks[0]);
  g_atomic_int_set (&chunks[0]->finished, 1);
  for (guint k = 1; k < n_chunks; k++)
    {
      while (progress != NULL && !g_atomic_int_get (&chunks[k]->finished))
        {
          _kommune_ledger_chunk_report (chunks[0]);
          g_usleep (20000);
        }
      g_thread_join (threads[k]);
    }

  /* The first failure in file order is the one reported. */
  for (guint k = 0; k < n_chunks; k++)
    if (chunks[k]->error_line != NULL)
      {
        set_line_error (error, chunks[k]->error_code, name, data, chunks[k]->error_line,
                        _kommune_ledger_chunk_fields[chunks[k]->error_field], chunks[k]->error_why);
        ok = FALSE;
        goto out;
      }
  if (progress != NULL && !g_cancellable_is_cancelled (cancellable))
    progress ((goffset) length, (goffset) length, progress_data);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      ok = FALSE;
      goto out;
    }
  if (body_end != end)
    {
      guint commas = 0;

      for (const char *p = body_end; p < end; p++)
        commas += *p == ',';
      set_line_error (error, KOMMUNE_ERROR_INVALID_ARGUMENT, name, data, body_end,
                      _kommune_ledger_chunk_fields[MIN (commas, 5u)], _("the file ends inside the line, before its line end"));
      ok = FALSE;
      goto out;
    }

  /* Merge: chunk 0's ids become the ledger's; later chunks are renumbered
   * and moved down behind the chunk before them. */
  for (guint k = 0; k < n_chunks && ok; k++)
    {
      KommuneLedgerChunk *chunk = chunks[k];
      g_autofree guint16 *region_map = g_new (guint16, MAX (chunk->regions.n, 1u));
      g_autofree guint16 *function_map = g_new (guint16, MAX (chunk->functions.n, 1u));
      g_autofree guint16 *art_map = g_new (guint16, MAX (chunk->arts.n, 1u));
      guint8 year_map[KOMMUNE_LEDGER_MAX_YEARS];
      gboolean same_years = TRUE, same_regions, same_functions, same_arts;

      GError *cause = NULL;
      guint failed = 0;
      gboolean continue_merge = FALSE;

      for (guint y = 0; y < chunk->n_years && ok; y++)
        {
          if (!_kommune_ledger_year_id (self, chunk->years[y], &year_map[y], &cause))
            {
              fail_merge (error, g_steal_pointer (&cause), name, "year", NULL, self->year,
                          chunk->out, chunk->n, y);
              ok = FALSE;
            }
          same_years &= year_map[y] == y;
        }
      if (!ok)
        break;
      if (!merge_dict (&self->regions, &chunk->regions, region_map, &same_regions, &failed, &cause))
        fail_merge (error, g_steal_pointer (&cause), name, "municipality", self->region, NULL,
                    chunk->out, chunk->n, failed);
      else if (!merge_dict (&self->functions, &chunk->functions, function_map, &same_functions, &failed, &cause))
        fail_merge (error, g_steal_pointer (&cause), name, "function", self->function, NULL,
                    chunk->out, chunk->n, failed);
      else if (!merge_dict (&self->arts, &chunk->arts, art_map, &same_arts, &failed, &cause))
        fail_merge (error, g_steal_pointer (&cause), name, "art", self->art, NULL,
                    chunk->out, chunk->n, failed);
      else
        continue_merge = TRUE;
      ok = continue_merge;
      if (!ok)
        break;

      /* Column by column, and only the columns that change. */
      g_assert (chunk->out == n_lines); /* lines were counted exactly */
      if (!same_years)
        for (gsize i = chunk->out; i < chunk->out + chunk->n; i++)
          self->year[i] = year_map[self->year[i]];
      if (!same_regions)
        for (gsize i = chunk->out; i < chunk->out + chunk->n; i++)
          self->region[i] = region_map[self->region[i]];
      if (!same_functions)
        for (gsize i = chunk->out; i < chunk->out + chunk->n; i++)
          self->function[i] = function_map[self->function[i]];
      if (!same_arts)
        for (gsize i = chunk->out; i < chunk->out + chunk->n; i++)
          self->art[i] = art_map[self->art[i]];
      n_lines += chunk->n;
    }
  if (!ok)
    goto out;

  self->n_lines = (guint) n_lines;
out:
  for (guint k = 0; k < n_chunks; k++)
    {
      _kommune_ledger_chunk_dict_clear (&chunks[k]->regions);
      _kommune_ledger_chunk_dict_clear (&chunks[k]->functions);
      _kommune_ledger_chunk_dict_clear (&chunks[k]->arts);
      g_free (chunks[k]);
    }
  return ok ? g_steal_pointer (&self) : NULL;
}
