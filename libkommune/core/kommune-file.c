/* kommune-file.c: replacing a file atomically, as editors do
 *
 * The new text goes to a temporary file in the directory of the file that
 * is finally replaced — the target of @path once every symbolic link is
 * followed — with the old file's permission bits (and, where the process
 * may set them, its owner and group), is flushed to disk, and then
 * renamed over the target. Any failure removes the temporary file and
 * leaves the old file as it was.
 *
 * It knows files and bytes, nothing of what they hold: the JSON document,
 * SSB's accounts files, the ledger's CSV and the report's page are all
 * saved through it. Reading a file whole is here too, with the size cap
 * each format gives checked before a byte is read (doc/limits.md).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

/* fchown(), fsync(), O_CLOEXEC and O_DIRECTORY under -std=c11 */
#define _POSIX_C_SOURCE 200809L

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "kommune-error.h"
#include "kommune-file.h"
#include "core/kommune-file-private.h"
#include "core/kommune-i18n-private.h"

/* Linux's own limit on links followed in one lookup. */
#define MAX_LINKS 40

/* @format, a translated message, names the file with its first %s and
 * the cause with its second. */
static gboolean
fail_errno (GError     **error,
            int          saved_errno,
            const char  *format,
            const char  *path)
{
  g_autofree char *name = g_filename_display_name (path);

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
               format, name, g_strerror (saved_errno));
#pragma GCC diagnostic pop
  return FALSE;
}

/* The file a write to @path changes: @path with every symbolic link
 * followed (a link to a missing file names the file to create). */
static char *
resolve_links (const char  *path,
               GError     **error)
{
  g_autofree char *current = g_strdup (path);

  for (int i = 0; i < MAX_LINKS; i++)
    {
      g_autoptr(GError) local_error = NULL;
      g_autofree char *target = NULL;
      g_autofree char *dir = NULL;

      if (!g_file_test (current, G_FILE_TEST_IS_SYMLINK))
        return g_steal_pointer (&current);
      target = g_file_read_link (current, &local_error);
      if (target == NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      if (g_path_is_absolute (target))
        {
          g_free (current);
          current = g_steal_pointer (&target);
          continue;
        }
      dir = g_path_get_dirname (current);
      g_free (current);
      current = g_build_filename (dir, target, NULL);
    }
  fail_errno (error, ELOOP, _("Failed to follow the links of “%s”: %s"), path);
  return NULL;
}

static gboolean
write_all (int          fd,
           const char  *data,
           gsize        length)
{
  while (length > 0)
    {
      gssize written = write (fd, data, length);

      if (written < 0)
        {
          if (errno == EINTR)
            continue;
          return FALSE;
        }
      data += written;
      length -= (gsize) written;
    }
  return TRUE;
}

static void
sync_directory (const char *dir)
{
  int fd = g_open (dir, O_RDONLY | O_CLOEXEC | O_DIRECTORY, 0);

  if (fd >= 0)
    {
      (void) fsync (fd);
      close (fd);
    }
}

gboolean
_kommune_file_replace (const char  *path,
                       const char  *data,
                       gsize        length,
                       GError     **error)
{
  g_autofree char *target = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *temporary = NULL;
  GStatBuf old;
  gboolean exists;
  int fd, saved_errno;

  if ((target = resolve_links (path, error)) == NULL)
    return FALSE;

  exists = g_stat (target, &old) == 0;
  /* A device, a FIFO or a directory is not replaced by a file. */
  if (exists && !S_ISREG (old.st_mode))
    {
      g_autofree char *shown = g_filename_display_name (target);

      g_set_error (error, G_FILE_ERROR, S_ISDIR (old.st_mode) ? G_FILE_ERROR_ISDIR : G_FILE_ERROR_INVAL,
                   _("Failed to save “%s”: it is not a regular file"), shown);
      return FALSE;
    }

  /* A new file gets 0666 less the umask, as open() gives it. */
  dir = g_path_get_dirname (target);
  base = g_path_get_basename (target);
  temporary = g_strdup_printf ("%s%c.%s.XXXXXX", dir, G_DIR_SEPARATOR, base);
  fd = g_mkstemp_full (temporary, O_RDWR | O_CLOEXEC, exists ? 0600 : 0666);
  if (fd < 0)
    return fail_errno (error, errno, _("Failed to create a temporary file beside “%s”: %s"), target);

  /* Keep the owner and group where allowed (as root; a group the user is
   * in); otherwise the new file belongs to the saving user. Then the old
   * permission bits, after the owner, which would clear set-id bits. */
  if (exists && fchown (fd, old.st_uid, old.st_gid) != 0)
    (void) !fchown (fd, (uid_t) -1, old.st_gid);

  if (!write_all (fd, data, length) ||
      (exists && fchmod (fd, old.st_mode & 07777) != 0) ||
      fsync (fd) != 0)
    {
      saved_errno = errno;
      close (fd);
      g_unlink (temporary);
      return fail_errno (error, saved_errno, _("Failed to write “%s”: %s"), target);
    }
  if (close (fd) != 0)
    {
      saved_errno = errno;
      g_unlink (temporary);
      return fail_errno (error, saved_errno, _("Failed to write “%s”: %s"), target);
    }
  if (g_rename (temporary, target) != 0)
    {
      saved_errno = errno;
      g_unlink (temporary);
      return fail_errno (error, saved_errno, _("Failed to replace “%s”: %s"), target);
    }
  /* The rename itself is made durable too. The file is replaced by now,
   * so a directory that cannot be flushed (some file systems refuse) is
   * no failure of the save. */
  sync_directory (dir);
  return TRUE;
}

/**
 * kommune_file_replace_contents:
 * @filename: (type filename): the file to replace or create
 * @data: (array length=length) (element-type guint8): the new contents
 * @length: the number of bytes of @data
 * @error: return location for a #GError
 *
 * Replaces the file @filename names with @data atomically, as every save
 * of the library does (kommune_document_save(), kommune_ledger_save_csv()
 * and the others): the bytes go to a temporary file beside it, are
 * flushed to disk and renamed over it. Symbolic links are followed and
 * the file they name is replaced, the links staying links; the file
 * keeps its permission bits (a new one gets 0666 less the umask); a path
 * that is a directory, a FIFO or a device is not replaced.
 *
 * On failure (a full disk, a directory that cannot be written, …) the
 * old file is left byte for byte as it was and no temporary file stays
 * behind.
 *
 * Returns: %TRUE when the file holds @data, %FALSE with @error set
 *   (%G_FILE_ERROR, naming the file and the cause)
 *
 * Since: 0.1
 */
gboolean
kommune_file_replace_contents (const char  *filename,
                               const char  *data,
                               gsize        length,
                               GError     **error)
{
  g_return_val_if_fail (filename != NULL, FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return _kommune_file_replace (filename, data != NULL ? data : "", length, error);
}

gboolean
_kommune_file_check_size (const char  *name,
                          guint64      size,
                          guint64      max_size,
                          int          code,
                          GError     **error)
{
  g_autofree char *shown_size = NULL;
  g_autofree char *shown_max = NULL;

  if (size <= max_size)
    return TRUE;
  shown_size = g_strdup_printf ("%" G_GUINT64_FORMAT, size);
  shown_max = g_strdup_printf ("%" G_GUINT64_FORMAT, max_size);
  g_set_error (error, KOMMUNE_ERROR, code,
               _("%s: the file is too large: %s bytes, at most %s"), name, shown_size, shown_max);
  return FALSE;
}

GBytes *
_kommune_file_read (const char  *path,
                    guint64      max_size,
                    int          too_large_code,
                    char       **display_name,
                    GError     **error)
{
  g_autofree char *name = g_filename_display_name (path);
  g_autofree char *contents = NULL;
  struct stat info;
  gsize length, done = 0;
  int fd;

  /* Not blocking: opening a FIFO for reading would wait for a writer. */
  fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NONBLOCK, 0);
  if (fd < 0 || fstat (fd, &info) != 0)
    {
      int saved_errno = errno;

      if (fd >= 0)
        close (fd);
      fail_errno (error, saved_errno, _("Failed to open file “%s”: %s"), path);
      return NULL;
    }
  if (!S_ISREG (info.st_mode))
    {
      close (fd);
      g_set_error (error, G_FILE_ERROR, S_ISDIR (info.st_mode) ? G_FILE_ERROR_ISDIR : G_FILE_ERROR_INVAL,
                   _("Failed to read “%s”: it is not a regular file"), name);
      return NULL;
    }
  /* The size is checked before a byte is read or a byte allocated. */
  if (!_kommune_file_check_size (name, (guint64) info.st_size, max_size, too_large_code, error))
    {
      close (fd);
      return NULL;
    }
  length = (gsize) info.st_size;
  contents = g_malloc (length + 1);
  /* A file that shrinks meanwhile is read to its end; one that grows is
   * read to the size it had, never past the cap. */
  while (done < length)
    {
      gssize n = read (fd, contents + done, length - done);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved_errno = errno;

          close (fd);
          fail_errno (error, saved_errno, _("Failed to read from file “%s”: %s"), path);
          return NULL;
        }
      if (n == 0)
        break;
      done += (gsize) n;
    }
  close (fd);
  contents[done] = '\0';
  if (display_name != NULL)
    *display_name = g_steal_pointer (&name);
  return g_bytes_new_take (g_steal_pointer (&contents), done);
}
