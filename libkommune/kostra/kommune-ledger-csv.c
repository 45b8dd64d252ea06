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

#define _GNU_SOURCE  /* posix_memalign, pread, madvise */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "kommune-error.h"
#include "kostra/kommune-ledger-csv-private.h"

#define CSV_HEADER        "year,municipality,account_class,function,art,amount\n"
#define MAX_CHUNKS        8
#define MIN_CHUNK_BYTES   (1u << 20)
#define REPORT_EVERY      (1u << 16) /* lines between progress and cancel checks */
#define AMOUNT_LIMIT      G_GUINT64_CONSTANT (92233720368547758) /* kroner that fit as øre */

static const char *const field_names[] = { "year", "municipality", "account_class", "function", "art", "amount" };

static const guint32 pow10[] = { 1, 10, 100, 1000, 10000, 100000, 1000000 };

/* The codes of one column seen by one chunk: a code of n digits and value
 * v is the key 10^n + v, which keeps leading zeros apart ("010" ≠ "10"). */
typedef struct
{
  guint32 *slot;     /* key -> local id + 1; 0 when not seen */
  guint32 *keys;     /* local id -> key */
  guint    n;
} LocalDict;

typedef struct _Chunk
{
  KommuneLedger *ledger;
  const char    *start;      /* the first line's start */
  const char    *end;        /* just past the last line's '\n' */
  const char    *buffer_end; /* the end of the whole input: reads stop there */
  gsize          out;        /* where its first line goes in the columns */
  gsize          n;          /* lines read */
  LocalDict      regions, functions, arts;
  guint16        year_slot[10000];
  guint16        years[KOMMUNE_LEDGER_MAX_YEARS];
  guint          n_years;

  /* what went wrong, if anything */
  const char    *error_line; /* the start of the line, or NULL */
  guint          error_field;
  gint           error_code;
  char           error_why[160];

  GCancellable  *cancellable;
  gint          *stop;       /* shared: set when any chunk fails */
  gint           done_kb;    /* bytes scanned / 1024, atomically */
  gint           finished;

  /* the first chunk, scanned by the calling thread, reports progress */
  GFileProgressCallback progress;
  gpointer       progress_data;
  struct _Chunk **all;
  guint          n_all;
  gsize          total;
} Chunk;

static void
local_dict_init (LocalDict *dict,
                 guint      max_digits)
{
  dict->slot = g_new0 (guint32, 2 * pow10[max_digits]);
  dict->keys = g_new (guint32, KOMMUNE_LEDGER_MAX_CODES);
  dict->n = 0;
}

static void
local_dict_clear (LocalDict *dict)
{
  g_clear_pointer (&dict->slot, g_free);
  g_clear_pointer (&dict->keys, g_free);
}

static void
chunk_fail (Chunk      *chunk,
            const char *line,
            guint       field,
            gint        code,
            const char *format,
            ...) G_GNUC_PRINTF (5, 6);

static void
chunk_fail (Chunk      *chunk,
            const char *line,
            guint       field,
            gint        code,
            const char *format,
            ...)
{
  va_list args;

  chunk->error_line = line;
  chunk->error_field = field;
  chunk->error_code = code;
  va_start (args, format);
  g_vsnprintf (chunk->error_why, sizeof chunk->error_why, format, args);
  va_end (args);
  g_atomic_int_set (chunk->stop, 1);
}

/* Explains why the field @field starting at @from (in the line at @line)
 * is not what the format allows. */
static void
chunk_fail_field (Chunk      *chunk,
                  const char *line,
                  guint       field,
                  const char *from,
                  guint       max_digits,
                  guint       min_digits)
{
  const char *stop = from;
  gboolean text = FALSE;
  gsize digits;

  while (*stop != ',' && *stop != '\n' && *stop != '\r')
    text |= (guint) (guchar) *stop++ - '0' > 9;
  digits = (gsize) (stop - from);
  if (text)
    {
      g_autofree char *shown = g_utf8_make_valid (from, (gssize) MIN (digits, 40));

      chunk_fail (chunk, line, field, KOMMUNE_ERROR_INVALID_ARGUMENT, "“%s” is not a number", shown);
    }
  else if (*stop == '\r')
    chunk_fail (chunk, line, field, KOMMUNE_ERROR_INVALID_ARGUMENT,
                "a carriage return: lines end in a line feed alone");
  else if (*stop == '\n' && field < 5 && digits >= min_digits && digits <= max_digits)
    chunk_fail (chunk, line, field + 1, KOMMUNE_ERROR_INVALID_ARGUMENT,
                "missing: the line has %u of the 6 columns", field + 1);
  else if (*stop == ',' && field == 5)
    chunk_fail (chunk, line, field, KOMMUNE_ERROR_INVALID_ARGUMENT,
                "an extra column after the amount: the line has more than 6 columns");
  else if (digits == 0)
    chunk_fail (chunk, line, field, KOMMUNE_ERROR_INVALID_ARGUMENT, "empty");
  else if (min_digits == max_digits)
    chunk_fail (chunk, line, field, KOMMUNE_ERROR_INVALID_ARGUMENT,
                "“%.*s” is not %u digit%s", (int) MIN (digits, 40), from, max_digits, max_digits == 1 ? "" : "s");
  else
    chunk_fail (chunk, line, field, KOMMUNE_ERROR_INVALID_ARGUMENT,
                "“%.*s” is not %u to %u digits", (int) MIN (digits, 40), from, min_digits, max_digits);
}

/* Scans a code of @min…@max digits ending in ',' at *@p; its local id
 * goes to *@id. FALSE (with the chunk's error set) when malformed. */
static inline gboolean
scan_code (Chunk       *chunk,
           const char  *line,
           const char **p,
           guint        field,
           LocalDict   *dict,
           guint        min_digits,
           guint        max_digits,
           guint16     *id)
{
  const char *from = *p, *q = from;
  guint32 value = 0, key;
  guint d;

  while ((d = (guint) (guchar) *q - '0') < 10 && q - from < (gssize) max_digits)
    {
      value = value * 10 + d;
      q++;
    }
  if (G_UNLIKELY (*q != ',' || (gsize) (q - from) < min_digits))
    {
      chunk_fail_field (chunk, line, field, from, max_digits, min_digits);
      return FALSE;
    }
  key = pow10[q - from] + value;
  if (G_UNLIKELY (dict->slot[key] == 0))
    {
      if (dict->n >= KOMMUNE_LEDGER_MAX_CODES)
        {
          chunk_fail (chunk, line, field, KOMMUNE_ERROR_OVERFLOW,
                      "a ledger holds at most %u different %s codes",
                      KOMMUNE_LEDGER_MAX_CODES, field == 1 ? "region" : field_names[field]);
          return FALSE;
        }
      dict->keys[dict->n] = key;
      dict->slot[key] = ++dict->n;
    }
  *id = (guint16) (dict->slot[key] - 1);
  *p = q + 1;
  return TRUE;
}

static void
chunk_report (Chunk *chunk)
{
  gsize done = 0;

  for (guint j = 0; j < chunk->n_all; j++)
    done += (gsize) g_atomic_int_get (&chunk->all[j]->done_kb) << 10;
  chunk->progress ((goffset) MIN (done, chunk->total), (goffset) chunk->total, chunk->progress_data);
}

/* The number of digits (0…8) the 8 bytes at @p start with and, when
 * fewer than 8, their value: a word at a time rather than a byte. A byte
 * is not a digit when subtracting '0' borrows or adding 0x46 carries into
 * its top bit; a borrow or carry only ever runs up from such a byte, so
 * the lowest non-digit is found exactly. */
static inline gsize
swar_digits (const char *p,
             guint64    *value)
{
  guint64 word, x, stops;
  gsize digits;

  memcpy (&word, p, 8);
  word = GUINT64_FROM_LE (word);
  stops = ((word + G_GUINT64_CONSTANT (0x4646464646464646)) |
           (word - G_GUINT64_CONSTANT (0x3030303030303030))) & G_GUINT64_CONSTANT (0x8080808080808080);
  if (stops == 0)
    return 8;
  digits = (gsize) __builtin_ctzll (stops) / 8;
  if (digits == 0)
    {
      *value = 0;
      return 0;
    }
  /* Right-align the digits as an 8-digit number with leading zeros. */
  x = (word - G_GUINT64_CONSTANT (0x3030303030303030)) << (8 * (8 - digits));
  x = x * 10 + (x >> 8);
  x = (((x & G_GUINT64_CONSTANT (0x000000FF000000FF)) * (100 + (G_GUINT64_CONSTANT (1000000) << 32))) +
       (((x >> 16) & G_GUINT64_CONSTANT (0x000000FF000000FF)) * (1 + (G_GUINT64_CONSTANT (10000) << 32)))) >> 32;
  *value = x;
  return digits;
}

/* Scans the lines of @chunk into the ledger's columns from chunk->out. */
static void
chunk_scan (Chunk *chunk)
{
  KommuneLedger *ledger = chunk->ledger;
  const char *p = chunk->start;
  gsize i = chunk->out, since_report = 0;

  while (p < chunk->end)
    {
      const char *line = p, *from;
      guint year, d;
      guint16 region, function, art, year_id;
      guint8 account_class;
      guint64 value = 0;
      gboolean negative;
      gsize digits;

      if (G_UNLIKELY (++since_report == REPORT_EVERY))
        {
          since_report = 0;
          g_atomic_int_set (&chunk->done_kb, (gint) ((gsize) (p - chunk->start) >> 10));
          if (chunk->progress != NULL)
            chunk_report (chunk);
          if (g_atomic_int_get (chunk->stop) || g_cancellable_is_cancelled (chunk->cancellable))
            break;
        }

      /* year: four digits, 1000 to 9999 */
      if (G_UNLIKELY ((d = (guint) (guchar) p[0] - '0') == 0 || d > 9 ||
                      (guint) (guchar) p[1] - '0' > 9 || (guint) (guchar) p[2] - '0' > 9 ||
                      (guint) (guchar) p[3] - '0' > 9 || p[4] != ','))
        {
          const char *q = p;

          while ((guint) (guchar) *q - '0' < 10 && q - p < 4)
            q++;
          if (q - p == 4 && *p == '0' && *q == ',')
            chunk_fail (chunk, line, 0, KOMMUNE_ERROR_INVALID_ARGUMENT, "“%.4s” is not a year from 1000 to 9999", p);
          else
            chunk_fail_field (chunk, line, 0, p, 4, 4);
          return;
        }
      year = d * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0');
      p += 5;
      if (G_UNLIKELY (chunk->year_slot[year] == 0))
        {
          if (chunk->n_years >= KOMMUNE_LEDGER_MAX_YEARS)
            {
              chunk_fail (chunk, line, 0, KOMMUNE_ERROR_OVERFLOW,
                          "a ledger holds at most %u different years", KOMMUNE_LEDGER_MAX_YEARS);
              return;
            }
          chunk->years[chunk->n_years] = (guint16) year;
          chunk->year_slot[year] = (guint16) ++chunk->n_years;
        }
      year_id = (guint16) (chunk->year_slot[year] - 1);

      if (!scan_code (chunk, line, &p, 1, &chunk->regions, 1, KOMMUNE_LEDGER_CODE_LENGTH, &region))
        return;

      /* account class: one digit */
      if (G_UNLIKELY ((guint) (guchar) p[0] - '0' > 9 || p[1] != ','))
        {
          chunk_fail_field (chunk, line, 2, p, 1, 1);
          return;
        }
      account_class = (guint8) p[0];
      p += 2;

      if (!scan_code (chunk, line, &p, 3, &chunk->functions, 0, 4, &function) ||
          !scan_code (chunk, line, &p, 4, &chunk->arts, 0, 3, &art))
        return;

      /* amount: an optional minus and whole kroner, ending the line */
      negative = *p == '-';
      from = p += negative;
      if (G_LIKELY (p + 8 <= chunk->buffer_end) && (digits = swar_digits (p, &value)) < 8)
        p += digits;
      else
        {
          while ((d = (guint) (guchar) *p - '0') < 10)
            {
              value = value * 10 + d;
              p++;
            }
          digits = (gsize) (p - from);
        }
      if (G_UNLIKELY (*p != '\n' || digits == 0))
        {
          chunk_fail_field (chunk, line, 5, from, 20, 1);
          return;
        }
      if (G_UNLIKELY (digits > 16))
        {
          /* Only now can the number be too big: check it digit by digit. */
          guint64 exact = 0;
          gboolean beyond_64 = FALSE;

          for (const char *q = from; q < p; q++)
            {
              if (exact > (G_MAXUINT64 - 9) / 10)
                {
                  beyond_64 = TRUE;
                  break;
                }
              exact = exact * 10 + (guint) (*q - '0');
            }
          if (beyond_64 || exact > (guint64) G_MAXINT64 + negative)
            {
              chunk_fail (chunk, line, 5, KOMMUNE_ERROR_OVERFLOW,
                          "%s%.*s is beyond the 64 bits of a number", negative ? "-" : "",
                          (int) MIN (digits, 40), from);
              return;
            }
          if (exact > AMOUNT_LIMIT)
            {
              chunk_fail (chunk, line, 5, KOMMUNE_ERROR_OVERFLOW,
                          "%s%" G_GUINT64_FORMAT " kroner do not fit in the 64 bits of øre a ledger holds",
                          negative ? "-" : "", exact);
              return;
            }
          value = exact;
        }
      p++;

      ledger->year[i] = (guint8) year_id;
      ledger->region[i] = region;
      ledger->account_class[i] = account_class;
      ledger->function[i] = function;
      ledger->art[i] = art;
      ledger->amount[i] = negative ? -(gint64) (value * 100) : (gint64) (value * 100);
      i++;
    }
  chunk->n = i - chunk->out;
  g_atomic_int_set (&chunk->done_kb, (gint) ((gsize) (chunk->end - chunk->start) >> 10));
}

static gpointer
chunk_thread (gpointer data)
{
  Chunk *chunk = data;

  chunk_scan (chunk);
  g_atomic_int_set (&chunk->finished, 1);
  return NULL;
}

/* The lines of a chunk, counted before the scan so that every chunk
 * writes straight to its place in the columns and no memory is touched
 * twice. */
static gpointer
chunk_count (gpointer data)
{
  Chunk *chunk = data;
  const guchar *p = (const guchar *) chunk->start, *end = (const guchar *) chunk->end;
  gsize n = 0;

  for (; p + 64 <= end; p += 64)
    {
      guint block = 0;

      for (guint j = 0; j < 64; j++)
        block += p[j] == '\n';
      n += block;
    }
  for (; p < end; p++)
    n += *p == '\n';
  chunk->n = n;
  return NULL;
}

gpointer
_kommune_ledger_big_alloc (gsize bytes)
{
  void *memory = NULL;

  if (bytes < (4u << 20))
    return g_malloc (MAX (bytes, 1));
  /* Faults are expensive on small pages; ask for huge ones. */
  if (posix_memalign (&memory, 2u << 20, bytes) != 0)
    g_error ("%s: failed to allocate %" G_GSIZE_FORMAT " bytes", G_STRLOC, bytes);
#ifdef MADV_HUGEPAGE
  madvise (memory, bytes, MADV_HUGEPAGE);
#endif
  return memory;
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
            const LocalDict    *local,
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

      while (length + 1 < G_N_ELEMENTS (pow10) && key >= pow10[length + 1])
        length++;
      g_snprintf (text, sizeof text, "%0*u", (int) length, key - pow10[length]);
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
  g_set_error (error, cause->domain, cause->code, "%s: line %" G_GSIZE_FORMAT ": %s: %s",
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
  g_set_error (error, KOMMUNE_ERROR, code, "%s: line %u: %s: %s", name, line_number (data, line), field, why);
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
  Chunk *chunks[MAX_CHUNKS] = { NULL };
  GThread *threads[MAX_CHUNKS] = { NULL };
  const char *body, *body_end, *end = data + length;
  gsize capacity = 0, n_lines = 0;
  guint n_chunks;
  gint stop = 0;
  gboolean ok = TRUE;

  /* The header, exactly. */
  if (length < strlen (CSV_HEADER) || memcmp (data, CSV_HEADER, strlen (CSV_HEADER)) != 0)
    {
      gsize head = strlen (CSV_HEADER) - 1;

      if (length == 0)
        g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                     "%s: line 1: header: missing: the file is empty", name);
      else if (length > head && memcmp (data, CSV_HEADER, head) == 0 && data[head] == '\r')
        g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                     "%s: line 1: header: a carriage return: lines end in a line feed alone", name);
      else
        g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                     "%s: line 1: header: not “year,municipality,account_class,function,art,amount”", name);
      return NULL;
    }
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
      Chunk *chunk = chunks[k] = g_new0 (Chunk, 1);
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
      chunk->stop = &stop;
      local_dict_init (&chunk->regions, KOMMUNE_LEDGER_CODE_LENGTH);
      local_dict_init (&chunk->functions, 4);
      local_dict_init (&chunk->arts, 3);
    }
  for (guint k = 1; k < n_chunks; k++)
    threads[k] = g_thread_new ("ledger-csv", chunk_count, chunks[k]);
  chunk_count (chunks[0]);
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
                   "%s: a ledger holds at most %u lines", name, G_MAXUINT);
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
    threads[k] = g_thread_new ("ledger-csv", chunk_thread, chunks[k]);
  chunk_scan (chunks[0]);
  g_atomic_int_set (&chunks[0]->finished, 1);
  for (guint k = 1; k < n_chunks; k++)
    {
      while (progress != NULL && !g_atomic_int_get (&chunks[k]->finished))
        {
          chunk_report (chunks[0]);
          g_usleep (20000);
        }
      g_thread_join (threads[k]);
    }

  /* The first failure in file order is the one reported. */
  for (guint k = 0; k < n_chunks; k++)
    if (chunks[k]->error_line != NULL)
      {
        set_line_error (error, chunks[k]->error_code, name, data, chunks[k]->error_line,
                        field_names[chunks[k]->error_field], chunks[k]->error_why);
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
                      field_names[MIN (commas, 5u)], "the file ends inside the line, before its line end");
      ok = FALSE;
      goto out;
    }

  /* Merge: chunk 0's ids become the ledger's; later chunks are renumbered
   * and moved down behind the chunk before them. */
  for (guint k = 0; k < n_chunks && ok; k++)
    {
      Chunk *chunk = chunks[k];
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
      local_dict_clear (&chunks[k]->regions);
      local_dict_clear (&chunks[k]->functions);
      local_dict_clear (&chunks[k]->arts);
      g_free (chunks[k]);
    }
  return ok ? g_steal_pointer (&self) : NULL;
}
