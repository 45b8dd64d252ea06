/* kommune-accounts-lines.c: the lines of a KOSTRA accounts file
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <inttypes.h>

#include <string.h>

#include "kommune-error.h"
#include "kostra/kommune-accounts-lines-private.h"
#include "core/kommune-i18n-private.h"

struct _KommuneAccountsLines
{
  gatomicrefcount      ref_count;
  GBytes              *bytes;
  KommuneAccountsLine *lines;
  guint                n_lines;
};

KommuneAccountsLines *
_kommune_accounts_lines_new (GBytes      *bytes,
                             const char  *name,
                             GError     **error)
{
  g_autoptr(GArray) lines = g_array_new (FALSE, FALSE, sizeof (KommuneAccountsLine));
  KommuneAccountsLines *self;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  const char *end = size > 0 ? data + size : data;
  guint64 number = 0;

  g_return_val_if_fail (bytes != NULL, NULL);

  /* An empty GBytes may hold no buffer at all: no arithmetic on NULL. */
  for (const char *p = data; p < end; )
    {
      const char *newline = memchr (p, '\n', (gsize) (end - p));
      const char *stop = newline != NULL ? newline : end;
      const char *start = p;
      gsize length;

      /* SSB's program trims every "\r" at both ends of a line: CRLF ends,
       * and stray carriage returns around a record, are not part of it. */
      while (start < stop && *start == '\r')
        start++;
      while (stop > start && stop[-1] == '\r')
        stop--;
      length = (gsize) (stop - start);
      number++;
      if (number > G_MAXUINT32 || length > G_MAXUINT32)
        {
          g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ACCOUNTS,
                       _("%s: line %" PRIu64 ": the file is too large to be an accounts file"),
                       name, number);
          return NULL;
        }
      if (length > 0)
        {
          KommuneAccountsLine line = { start, (guint32) length, (guint32) number };

          g_array_append_val (lines, line);
        }
      p = newline != NULL ? newline + 1 : end;
    }

  self = g_new0 (KommuneAccountsLines, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->bytes = g_bytes_ref (bytes);
  self->n_lines = lines->len;
  self->lines = (KommuneAccountsLine *) (void *) g_array_free (g_steal_pointer (&lines), FALSE);
  return self;
}

KommuneAccountsLines *
_kommune_accounts_lines_ref (KommuneAccountsLines *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
_kommune_accounts_lines_unref (KommuneAccountsLines *self)
{
  if (self == NULL || !g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_bytes_unref (self->bytes);
  g_free (self->lines);
  g_free (self);
}

const KommuneAccountsLine *
_kommune_accounts_lines_get (KommuneAccountsLines *self,
                             guint                *n_lines)
{
  g_return_val_if_fail (self != NULL, NULL);
  if (n_lines != NULL)
    *n_lines = self->n_lines;
  return self->lines;
}

GBytes *
_kommune_accounts_lines_get_bytes (KommuneAccountsLines *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->bytes;
}
