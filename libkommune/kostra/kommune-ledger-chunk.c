/* kommune-ledger-chunk.c: scanning one piece of a ledger's CSV, a line
 * at a time, into the ledger's columns
 *
 * The hot loop of the CSV loader: every field is read by hand (a code as
 * digits turned into an integer key that indexes a direct table of the
 * chunk's own ids; an amount eight bytes at a time), and a line that the
 * format does not allow stops the chunk with the reason. It is apart
 * from kommune-ledger-csv.c, which cuts the input, runs the threads and
 * merges what they found.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <inttypes.h>

#include <string.h>

#include "kommune-error.h"
#include "kostra/kommune-ledger-chunk-private.h"
#include "core/kommune-i18n-private.h"

#define AMOUNT_LIMIT      G_GUINT64_CONSTANT (92233720368547758) /* kroner that fit as øre */

const char *const _kommune_ledger_chunk_fields[6] = { "year", "municipality", "account_class", "function", "art", "amount" };

const guint32 _kommune_ledger_chunk_pow10[7] = { 1, 10, 100, 1000, 10000, 100000, 1000000 };


void
_kommune_ledger_chunk_dict_init (KommuneLedgerChunkDict *dict,
                 guint      max_digits)
{
  dict->slot = g_new0 (guint32, 2 * _kommune_ledger_chunk_pow10[max_digits]);
  dict->keys = g_new (guint32, KOMMUNE_LEDGER_MAX_CODES);
  dict->n = 0;
}

void
_kommune_ledger_chunk_dict_clear (KommuneLedgerChunkDict *dict)
{
  g_clear_pointer (&dict->slot, g_free);
  g_clear_pointer (&dict->keys, g_free);
}

static void
chunk_fail (KommuneLedgerChunk      *chunk,
            const char *line,
            guint       field,
            gint        code,
            const char *format,
            ...) G_GNUC_PRINTF (5, 6);

static void
chunk_fail (KommuneLedgerChunk      *chunk,
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
  /* Chunks after this one need not go on: the first bad line of the
   * input is the one reported, and it is here or before. */
  for (gint first = g_atomic_int_get (chunk->first_failed);
       first > (gint) chunk->index &&
       !g_atomic_int_compare_and_exchange (chunk->first_failed, first, (gint) chunk->index);
       first = g_atomic_int_get (chunk->first_failed))
    ;
}

/* Explains why the field @field starting at @from (in the line at @line)
 * is not what the format allows. */
static void
chunk_fail_field (KommuneLedgerChunk      *chunk,
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

      chunk_fail (chunk, line, field, KOMMUNE_ERROR_INVALID_ARGUMENT, _("“%s” is not a number"), shown);
    }
  else if (*stop == '\r')
    chunk_fail (chunk, line, field, KOMMUNE_ERROR_INVALID_ARGUMENT,
                _("a carriage return: lines end in a line feed alone"));
  else if (*stop == '\n' && field < 5 && digits >= min_digits && digits <= max_digits)
    chunk_fail (chunk, line, field + 1, KOMMUNE_ERROR_INVALID_ARGUMENT,
                _("missing: the line has %u of the 6 columns"), field + 1);
  else if (*stop == ',' && field == 5)
    chunk_fail (chunk, line, field, KOMMUNE_ERROR_INVALID_ARGUMENT,
                _("an extra column after the amount: the line has more than 6 columns"));
  else if (digits == 0)
    chunk_fail (chunk, line, field, KOMMUNE_ERROR_INVALID_ARGUMENT, _("empty"));
  else if (min_digits == max_digits)
    chunk_fail (chunk, line, field, KOMMUNE_ERROR_INVALID_ARGUMENT,
                _kommune_ngettext ("“%.*s” is not %u digit", "“%.*s” is not %u digits", max_digits),
                (int) MIN (digits, 40), from, max_digits);
  else
    chunk_fail (chunk, line, field, KOMMUNE_ERROR_INVALID_ARGUMENT,
                _("“%.*s” is not %u to %u digits"), (int) MIN (digits, 40), from, min_digits, max_digits);
}

/* Scans a code of @min…@max digits ending in ',' at *@p; its local id
 * goes to *@id. FALSE (with the chunk's error set) when malformed. */
static inline gboolean
scan_code (KommuneLedgerChunk       *chunk,
           const char  *line,
           const char **p,
           guint        field,
           KommuneLedgerChunkDict   *dict,
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
  key = _kommune_ledger_chunk_pow10[q - from] + value;
  if (G_UNLIKELY (dict->slot[key] == 0))
    {
      if (dict->n >= KOMMUNE_LEDGER_MAX_CODES)
        {
          chunk_fail (chunk, line, field, KOMMUNE_ERROR_OVERFLOW,
                      _("a ledger holds at most %u different %s codes"),
                      KOMMUNE_LEDGER_MAX_CODES, field == 1 ? "region" : _kommune_ledger_chunk_fields[field]);
          return FALSE;
        }
      dict->keys[dict->n] = key;
      dict->slot[key] = ++dict->n;
    }
  *id = (guint16) (dict->slot[key] - 1);
  *p = q + 1;
  return TRUE;
}

void
_kommune_ledger_chunk_report (KommuneLedgerChunk *chunk)
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
void
_kommune_ledger_chunk_scan (KommuneLedgerChunk *chunk)
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

      if (G_UNLIKELY (++since_report == KOMMUNE_LEDGER_CHUNK_REPORT_EVERY))
        {
          since_report = 0;
          g_atomic_int_set (&chunk->done_kb, (gint) ((gsize) (p - chunk->start) >> 10));
          if (chunk->progress != NULL)
            _kommune_ledger_chunk_report (chunk);
          if (g_atomic_int_get (chunk->first_failed) < (gint) chunk->index ||
              g_cancellable_is_cancelled (chunk->cancellable))
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
            chunk_fail (chunk, line, 0, KOMMUNE_ERROR_INVALID_ARGUMENT, _("“%.4s” is not a year from 1000 to 9999"), p);
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
                          _("a ledger holds at most %u different years"), KOMMUNE_LEDGER_MAX_YEARS);
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
                          _("%s%.*s is beyond the 64 bits of a number"), negative ? "-" : "",
                          (int) MIN (digits, 40), from);
              return;
            }
          if (exact > AMOUNT_LIMIT)
            {
              chunk_fail (chunk, line, 5, KOMMUNE_ERROR_OVERFLOW,
                          _("%s%" PRIu64 " kroner do not fit in the 64 bits of øre a ledger holds"),
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

gpointer
_kommune_ledger_chunk_thread (gpointer data)
{
  KommuneLedgerChunk *chunk = data;

  _kommune_ledger_chunk_scan (chunk);
  g_atomic_int_set (&chunk->finished, 1);
  return NULL;
}

/* The lines of a chunk, counted before the scan so that every chunk
 * writes straight to its place in the columns and no memory is touched
 * twice. */
gpointer
_kommune_ledger_chunk_count (gpointer data)
{
  KommuneLedgerChunk *chunk = data;
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
