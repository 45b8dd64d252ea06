/* kommune-ledger-io.c: loading a ledger's CSV from a file or bytes, in
 * the background, and saving it
 *
 * The scanner (kommune-ledger-csv.c) works on bytes in memory; this file
 * maps a file's bytes in (populated at once: copying them would touch as
 * much fresh memory as the ledger itself, and faults are dear), runs the load in
 * a GTask thread for the asynchronous variant, and writes the format
 * back so that what save_csv writes, load_csv reads.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#define _GNU_SOURCE  /* posix_memalign, pread, madvise */

#include "config.h"

#include <inttypes.h>

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "kommune-error.h"
#include "core/kommune-file-private.h"
#include "kostra/kommune-ledger-csv-private.h"
#include "core/kommune-i18n-private.h"

/* Maps the whole file @path, its pages brought in at once: no copy, and
 * none of the faults page by page that a plain map costs. munmap () it;
 * an empty file gives "" and a length of 0. */
static const char *
map_file (const char  *path,
          gsize       *length,
          GError     **error)
{
  struct stat st;
  void *data;
  int fd, saved;

  /* Not blocking: opening a FIFO for reading would wait for a writer. */
  fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NONBLOCK, 0);
  if (fd < 0 || fstat (fd, &st) != 0)
    {
      saved = errno;
      if (fd >= 0)
        close (fd);
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   "%s: %s", path, g_strerror (saved));
      return NULL;
    }
  if (!S_ISREG (st.st_mode))
    {
      close (fd);
      g_set_error (error, G_FILE_ERROR, S_ISDIR (st.st_mode) ? G_FILE_ERROR_ISDIR : G_FILE_ERROR_INVAL,
                   _("Failed to read “%s”: it is not a regular file"), path);
      return NULL;
    }
  /* The size is checked before a page is mapped. */
  if (!_kommune_file_check_size (path, (guint64) st.st_size, KOMMUNE_FILE_MAX_LEDGER_CSV,
                                 KOMMUNE_ERROR_INVALID_ARGUMENT, error))
    {
      close (fd);
      return NULL;
    }
  *length = (gsize) st.st_size;
  if (st.st_size == 0)
    {
      close (fd);
      return "";
    }
  /* Nor is a page mapped for a file whose header is wrong: a large file
   * of anything else costs one read for its error. */
  {
    char head[KOMMUNE_LEDGER_CSV_HEADER_LENGTH];
    gssize n;

    do
      n = pread (fd, head, MIN (sizeof head, (gsize) st.st_size), 0);
    while (n < 0 && errno == EINTR);
    if (n >= 0 && !_kommune_ledger_csv_check_header (head, (gsize) n, path, error))
      {
        close (fd);
        return NULL;
      }
  }
  data = mmap (NULL, (size_t) st.st_size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
  saved = errno;
  close (fd);
  if (data == MAP_FAILED)
    {
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   "%s: %s", path, g_strerror (saved));
      return NULL;
    }
  return data;
}

/**
 * kommune_ledger_load_csv:
 * @path: (type filename): the CSV file
 * @error: return location for a #GError, or %NULL
 *
 * Loads a ledger from a CSV file; see kommune_ledger_load_csv_full().
 *
 * Returns: (transfer full): a new #KommuneLedger, or %NULL with @error set
 *
 * Since: 0.1
 */
KommuneLedger *
kommune_ledger_load_csv (const char  *path,
                         GError     **error)
{
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return kommune_ledger_load_csv_full (path, NULL, NULL, NULL, error);
}

/**
 * kommune_ledger_load_csv_full:
 * @path: (type filename): the CSV file
 * @cancellable: (nullable): a #GCancellable, or %NULL
 * @progress: (nullable) (scope call) (closure progress_data): called now
 *   and then with the number of bytes of the file read and its size, or
 *   %NULL
 * @progress_data: data for @progress
 * @error: return location for a #GError, or %NULL
 *
 * Loads a ledger from a CSV file with the header
 * `year,municipality,account_class,function,art,amount` and one line per
 * ledger line, such as `2015,0301,0,121,020,2623771`:
 *
 * - the year is four digits, 1000 to 9999;
 * - the municipality (the region) 1 to 6 digits, the account class one
 *   digit, the function up to 4 digits and the art up to 3, which may be
 *   empty (as kommune_ledger_append() allows); codes are kept as written,
 *   leading zeros included;
 * - the amount is whole kroner, digits with an optional `-`; it is held
 *   in øre, and an amount beyond 64 bits of øre is an error.
 *
 * The reader is strict: every line, the last one included, ends in a line
 * feed; a carriage return (CRLF line ends), a missing or extra column, an
 * empty field where a number is needed, text in a number or a number out
 * of range fails the load with %KOMMUNE_ERROR_INVALID_ARGUMENT (or
 * %KOMMUNE_ERROR_OVERFLOW for a number too big) and the message
 * “FILE: line N: FIELD: why”. A failed load gives no ledger; the first
 * bad line of the file is the one reported. A file of the header alone
 * gives an empty ledger. A file that cannot be read fails with a
 * #GFileError, a cancelled load with %G_IO_ERROR_CANCELLED. A file of
 * more than 4 GiB is refused before it is read, with
 * %KOMMUNE_ERROR_INVALID_ARGUMENT (see the [limits](limits.html)).
 *
 * Large files are read and scanned by one thread per core; @progress is
 * called in the calling thread.
 *
 * Returns: (transfer full): a new #KommuneLedger, or %NULL with @error set
 *
 * Since: 0.1
 */
KommuneLedger *
kommune_ledger_load_csv_full (const char                *path,
                              GCancellable              *cancellable,
                              GFileProgressCallback      progress,
                              gpointer                   progress_data,
                              GError                   **error)
{
  KommuneLedger *ledger;
  const char *data;
  gsize length = 0;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  data = map_file (path, &length, error);
  if (data == NULL)
    return NULL;
  ledger = _kommune_ledger_csv_parse (data, length, path, cancellable, progress, progress_data, error);
  if (length > 0)
    munmap ((void *) data, length);
  return ledger;
}

/**
 * kommune_ledger_load_csv_from_bytes:
 * @bytes: the CSV text
 * @name: (nullable): what to call it in messages, or %NULL for “CSV”
 * @error: return location for a #GError, or %NULL
 *
 * Loads a ledger from CSV text in memory, as kommune_ledger_load_csv_full()
 * reads a file.
 *
 * Returns: (transfer full): a new #KommuneLedger, or %NULL with @error set
 *
 * Since: 0.1
 */
KommuneLedger *
kommune_ledger_load_csv_from_bytes (GBytes      *bytes,
                                    const char  *name,
                                    GError     **error)
{
  gsize length = 0;
  const char *data;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &length);
  return _kommune_ledger_csv_parse (data != NULL ? data : "", length, name != NULL ? name : "CSV",
                                    NULL, NULL, NULL, error);
}

static void
load_csv_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  GError *error = NULL;
  KommuneLedger *ledger = kommune_ledger_load_csv_full (task_data, cancellable, NULL, NULL, &error);

  if (ledger == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, ledger, g_object_unref);
}

/**
 * kommune_ledger_load_csv_async:
 * @path: (type filename): the CSV file
 * @cancellable: (nullable): a #GCancellable, or %NULL
 * @callback: (scope async) (closure user_data): called when the ledger
 *   is loaded
 * @user_data: data for @callback
 *
 * Loads a ledger from a CSV file in a thread, as
 * kommune_ledger_load_csv_full() does; get it with
 * kommune_ledger_load_csv_finish() in @callback.
 *
 * Since: 0.1
 */
void
kommune_ledger_load_csv_async (const char          *path,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (path != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, kommune_ledger_load_csv_async);
  g_task_set_task_data (task, g_strdup (path), g_free);
  g_task_run_in_thread (task, load_csv_thread);
}

/**
 * kommune_ledger_load_csv_finish:
 * @result: the #GAsyncResult given to the callback
 * @error: return location for a #GError, or %NULL
 *
 * Finishes kommune_ledger_load_csv_async().
 *
 * Returns: (transfer full): the loaded #KommuneLedger, or %NULL with
 *   @error set
 *
 * Since: 0.1
 */
KommuneLedger *
kommune_ledger_load_csv_finish (GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == kommune_ledger_load_csv_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static inline char *
put_uint (char    *p,
          guint64  value)
{
  char digits[20];
  int n = 0;

  do
    digits[n++] = (char) ('0' + value % 10);
  while ((value /= 10) != 0);
  while (n > 0)
    *p++ = digits[--n];
  return p;
}

static inline char *
put_code (char       *p,
          const char *code)
{
  while (*code != '\0')
    *p++ = *code++;
  return p;
}

char *
_kommune_ledger_csv_format (KommuneLedger  *self,
                            const char     *name,
                            gsize          *length,
                            GError        **error)
{
  gsize capacity;
  char *text, *p;

  for (guint i = 0; i < self->n_lines; i++)
    if (self->amount[i] % 100 != 0)
      {
        g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                     _("%s: ledger line %u: amount: %" PRId64 " øre is not whole kroner, "
                     "which the CSV holds"), name, i + 1, self->amount[i]);
        return NULL;
      }

  /* year 4, class 1, codes 6 + 4 + 3, five commas, amount up to 18, '\n' */
  capacity = strlen ("year,municipality,account_class,function,art,amount\n") + (gsize) self->n_lines * 48 + 1;
  text = g_malloc (capacity);
  p = g_stpcpy (text, "year,municipality,account_class,function,art,amount\n");
  for (guint i = 0; i < self->n_lines; i++)
    {
      gint64 kroner = self->amount[i] / 100;

      p = put_uint (p, self->years[self->year[i]]);
      *p++ = ',';
      p = put_code (p, g_ptr_array_index (self->regions.codes, self->region[i]));
      *p++ = ',';
      *p++ = (char) self->account_class[i];
      *p++ = ',';
      p = put_code (p, g_ptr_array_index (self->functions.codes, self->function[i]));
      *p++ = ',';
      p = put_code (p, g_ptr_array_index (self->arts.codes, self->art[i]));
      *p++ = ',';
      if (kroner < 0)
        *p++ = '-';
      p = put_uint (p, kroner < 0 ? (guint64) -(kroner + 1) + 1 : (guint64) kroner);
      *p++ = '\n';
    }
  *length = (gsize) (p - text);
  return text;
}

/**
 * kommune_ledger_save_csv:
 * @self: a #KommuneLedger
 * @path: (type filename): the file to write
 * @error: return location for a #GError, or %NULL
 *
 * Writes the ledger as the CSV kommune_ledger_load_csv() reads, line for
 * line and code for code, and replaces @path atomically: a failed save
 * leaves the old file as it was. The format holds whole kroner, so a
 * ledger with an amount that is not (an amount from code with øre) is
 * refused with %KOMMUNE_ERROR_INVALID_ARGUMENT naming its line, and
 * nothing is written.
 *
 * The file is replaced as [method@Kommune.Document.save] describes:
 * symbolic links are followed, the old permission bits are kept, and a
 * file that cannot be written, or a path that is not a regular file,
 * fails with a %G_FILE_ERROR naming it, leaving the old file as it was
 * and no temporary file behind.
 *
 * Returns: %TRUE if the file was written
 *
 * Since: 0.1
 */
gboolean
kommune_ledger_save_csv (KommuneLedger  *self,
                         const char     *path,
                         GError        **error)
{
  g_autofree char *text = NULL;
  gsize length = 0;

  g_return_val_if_fail (KOMMUNE_IS_LEDGER (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  text = _kommune_ledger_csv_format (self, path, &length, error);
  return text != NULL && _kommune_file_replace (path, text, length, error);
}
