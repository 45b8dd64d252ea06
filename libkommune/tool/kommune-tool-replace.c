/* kommune-tool-replace.c: writing an output file of the kommune tool
 * atomically, as the library saves its files
 *
 * The tool's own outputs (the sums of `kostra aggregate -o`) are text the
 * library does not write, so the tool replaces the file itself, with the
 * guarantees the library's savers document: every symbolic link is
 * followed and the file it finally names is replaced (the links stay);
 * a path that exists but is not a regular file (a directory, a FIFO, a
 * device) is never replaced; the text goes to a temporary file in the
 * target's directory with the old file's permission bits (0666 less the
 * umask for a new file), is flushed to disk and renamed over the target.
 * Any failure removes the temporary file and leaves the old file as it
 * was. Apart from the commands because it knows nothing of what it
 * writes.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#define _POSIX_C_SOURCE 200809L  /* fchown, fsync, O_CLOEXEC, O_DIRECTORY */

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "kommune-tool-replace.h"

/* Linux's own limit on links followed in one lookup. */
#define MAX_LINKS 40

static gboolean
fail (GError     **error,
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

/* @path with every symbolic link followed; a link to a missing file
 * names the file to create. */
static char *
follow_links (const char  *path,
              GError     **error)
{
  g_autofree char *current = g_strdup (path);

  for (guint hops = 0; hops < MAX_LINKS; hops++)
    {
      g_autofree char *link = NULL;
      g_autofree char *dir = NULL;

      if (!g_file_test (current, G_FILE_TEST_IS_SYMLINK))
        return g_steal_pointer (&current);
      if ((link = g_file_read_link (current, error)) == NULL)
        return NULL;
      if (g_path_is_absolute (link))
        {
          g_free (current);
          current = g_steal_pointer (&link);
          continue;
        }
      dir = g_path_get_dirname (current);
      g_free (current);
      current = g_build_filename (dir, link, NULL);
    }
  fail (error, ELOOP, _("Failed to follow the links of “%s”: %s"), path);
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

      if (written < 0 && errno == EINTR)
        continue;
      if (written < 0)
        return FALSE;
      data += written;
      length -= (gsize) written;
    }
  return TRUE;
}

gboolean
kommune_tool_replace_file (const char  *path,
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
  int fd, saved, dir_fd;

  if ((target = follow_links (path, error)) == NULL)
    return FALSE;
  exists = g_stat (target, &old) == 0;
  if (exists && !S_ISREG (old.st_mode))
    {
      g_autofree char *shown = g_filename_display_name (target);

      g_set_error (error, G_FILE_ERROR, S_ISDIR (old.st_mode) ? G_FILE_ERROR_ISDIR : G_FILE_ERROR_INVAL,
                   _("Failed to save “%s”: it is not a regular file"), shown);
      return FALSE;
    }

  dir = g_path_get_dirname (target);
  base = g_path_get_basename (target);
  temporary = g_strdup_printf ("%s%c.%s.XXXXXX", dir, G_DIR_SEPARATOR, base);
  fd = g_mkstemp_full (temporary, O_RDWR | O_CLOEXEC, exists ? 0600 : 0666);
  if (fd < 0)
    return fail (error, errno, _("Failed to create a temporary file beside “%s”: %s"), target);
  /* The owner and group where allowed, then the old permission bits. */
  if (exists && fchown (fd, old.st_uid, old.st_gid) != 0)
    (void) !fchown (fd, (uid_t) -1, old.st_gid);
  if (!write_all (fd, data, length) ||
      (exists && fchmod (fd, old.st_mode & 07777) != 0) ||
      fsync (fd) != 0)
    {
      saved = errno;
      close (fd);
      g_unlink (temporary);
      return fail (error, saved, _("Failed to write “%s”: %s"), target);
    }
  if (close (fd) != 0)
    {
      saved = errno;
      g_unlink (temporary);
      return fail (error, saved, _("Failed to write “%s”: %s"), target);
    }
  if (g_rename (temporary, target) != 0)
    {
      saved = errno;
      g_unlink (temporary);
      return fail (error, saved, _("Failed to replace “%s”: %s"), target);
    }
  /* The rename made durable too; the file is replaced by now either way. */
  dir_fd = g_open (dir, O_RDONLY | O_CLOEXEC | O_DIRECTORY, 0);
  if (dir_fd >= 0)
    {
      (void) fsync (dir_fd);
      close (dir_fd);
    }
  return TRUE;
}
