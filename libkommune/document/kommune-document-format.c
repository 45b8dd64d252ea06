/* kommune-document-format.c: a KommuneDocument as JSON text — load,
 * load from data, to data, check, save and equal
 *
 * The document itself (kommune-document.c and its contents files) is the
 * container: its properties and lists, knowing nothing of files. The
 * reader, the writer and the invariants (kommune-document-check.c) work on
 * that container; this file is above them all and joins them: a load
 * scans, reads and checks; a save checks, writes, reads back what it
 * would write (the round trip that proves it loads again) and replaces
 * the file through core/kommune-file.c. Equality is defined by the
 * canonical text, so it lives here too.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "kommune-adjustment.h"
#include "core/kommune-file-private.h"
#include "core/kommune-json-text-private.h"
#include "document/kommune-document-private.h"
#include "kommune-economic-plan.h"
#include "kommune-error.h"
#include "document/kommune-json-scan-private.h"
#include "core/kommune-i18n-private.h"

/**
 * kommune_document_load_from_data:
 * @data: JSON text
 * @length: the length of @data in bytes, or -1 if it is nul-terminated
 * @name: the name to use in error messages, such as a file name
 * @error: return location for a #GError
 *
 * Reads a document from JSON text. Fails with
 * %KOMMUNE_ERROR_INVALID_DOCUMENT, naming @name, the line and column of a
 * syntax error or the JSON path of a value that breaks the format, and
 * with the model's own errors (prefixed with the JSON path) for values
 * the model refuses. A document that reads but breaks an invariant of
 * [method@Kommune.Document.check] fails as that check does.
 *
 * The text must be strict JSON (RFC 8259) in UTF-8: comments, single
 * quotes, leading zeros, hexadecimal numbers, integers outside 64 bits,
 * duplicate member names, `\u0000`, unpaired surrogate escapes, text
 * after the document and nesting deeper than 128 arrays and objects are
 * refused, with the line, column and JSON path of the offending token.
 *
 * Returns: (transfer full) (nullable): the document, or %NULL with @error set
 *
 * Since: 0.1
 */
KommuneDocument *
kommune_document_load_from_data (const char  *data,
                                 gssize       length,
                                 const char  *name,
                                 GError     **error)
{
  g_autoptr(JsonNode) root = NULL;
  KommuneDocument *document;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  root = _kommune_json_parse_strict (data, length, name, error);
  if (root == NULL)
    return NULL;
  document = _kommune_document_read (root, name, error);
  if (document != NULL && !_kommune_document_check_invariants (document, error))
    {
      g_prefix_error (error, "%s: ", name);
      g_clear_object (&document);
    }
  return document;
}

/**
 * kommune_document_load:
 * @path: (type filename): the file to read
 * @error: return location for a #GError
 *
 * Reads a document from a file, as
 * [func@Kommune.Document.load_from_data] does. A file that cannot be
 * read fails with a %G_FILE_ERROR naming it, and so does a path that is
 * not a regular file (a directory, a FIFO, a device such as `/dev/zero`).
 * A file of more than 16 MiB is refused before it is read, with
 * %KOMMUNE_ERROR_INVALID_DOCUMENT (see the [limits](limits.html)).
 *
 * Returns: (transfer full) (nullable): the document, or %NULL with @error set
 *
 * Since: 0.1
 */
KommuneDocument *
kommune_document_load (const char  *path,
                       GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;
  gsize length;
  const char *contents;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bytes = _kommune_file_read (path, KOMMUNE_FILE_MAX_DOCUMENT, KOMMUNE_ERROR_INVALID_DOCUMENT, &name, error);
  if (bytes == NULL)
    return NULL;
  contents = g_bytes_get_data (bytes, &length);
  return kommune_document_load_from_data (contents != NULL ? contents : "", (gssize) length, name, error);
}

/**
 * kommune_document_to_data:
 * @self: a #KommuneDocument
 * @length: (out) (optional): the length of the text in bytes
 *
 * Writes the document as canonical JSON text: the same document always
 * gives the same bytes.
 *
 * Returns: (transfer full): the JSON text, ending in a newline
 *
 * Since: 0.1
 */
char *
kommune_document_to_data (KommuneDocument *self,
                          gsize           *length)
{
  g_autoptr(JsonGenerator) generator = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;
  char *data;

  g_return_val_if_fail (KOMMUNE_IS_DOCUMENT (self), NULL);

  root = _kommune_document_write (self);
  generator = json_generator_new ();
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root);
  text = _kommune_json_text_escape_controls (json_generator_to_data (generator, NULL));

  data = g_strconcat (text, "\n", NULL);
  if (length != NULL)
    *length = strlen (data);
  return data;
}

/* Whether the plans' logs hold the same adjustments (by id) in order;
 * equal and the round trip compare this as well as the text. */
static gboolean
same_log (KommuneDocument *a,
          KommuneDocument *b)
{
  GListModel *la, *lb;
  guint n;

  if ((a->plan == NULL) != (b->plan == NULL))
    return FALSE;
  if (a->plan == NULL)
    return TRUE;
  la = kommune_economic_plan_get_adjustments (a->plan);
  lb = kommune_economic_plan_get_adjustments (b->plan);
  n = g_list_model_get_n_items (la);
  if (n != g_list_model_get_n_items (lb))
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KommuneAdjustment) x = g_list_model_get_item (la, i);
      g_autoptr(KommuneAdjustment) y = g_list_model_get_item (lb, i);

      if (g_strcmp0 (kommune_adjustment_get_id (x), kommune_adjustment_get_id (y)) != 0)
        return FALSE;
    }
  return TRUE;
}

/* The invariants, then a load of what a save would write, which must
 * give the same document. @name starts every message. */
static gboolean
check_with_name (KommuneDocument  *self,
                 const char       *name,
                 char            **out_data,
                 GError          **error)
{
  g_autoptr(KommuneDocument) reloaded = NULL;
  g_autofree char *data = NULL;
  g_autofree char *again = NULL;

  if (!_kommune_document_check_invariants (self, error))
    {
      if (name != NULL)
        g_prefix_error (error, "%s: ", name);
      return FALSE;
    }

  /* The backstop: what would be written loads, and writes the same. */
  data = kommune_document_to_data (self, NULL);
  reloaded = kommune_document_load_from_data (data, -1, name != NULL ? name : _("the document"), error);
  if (reloaded == NULL)
    return FALSE;
  again = kommune_document_to_data (reloaded, NULL);
  if (!g_str_equal (data, again) || !same_log (self, reloaded))
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_DOCUMENT,
                   _("%s%s$: the document would not load back as it is"),
                   name != NULL ? name : "", name != NULL ? ": " : "");
      return FALSE;
    }
  if (out_data != NULL)
    *out_data = g_steal_pointer (&data);
  return TRUE;
}

/**
 * kommune_document_check:
 * @self: a #KommuneDocument
 * @error: return location for a #GError
 *
 * Checks that the document can be saved and loads back equal: what a
 * save writes, a load accepts, and reads as the same document. This is
 * the check [method@Kommune.Document.save] makes before it writes
 * anything, and the invariants in it are the ones a load checks after
 * reading. It fails on the first problem, naming the JSON path the
 * offending value has in the file, for example
 * `$.tertial_reports[0].areas[1].area: the municipality has no programme
 * area “08”`:
 *
 * - a document made without a municipality (%KOMMUNE_ERROR_INVALID_DOCUMENT);
 * - a frame, an adjustment line, an investment project, an area report or
 *   an evaluation's area text for an area the municipality lacks
 *   (%KOMMUNE_ERROR_UNKNOWN_AREA);
 * - frames whose totals, with the adjustments added as a load adds them,
 *   overflow (%KOMMUNE_ERROR_OVERFLOW);
 * - an adopted report in a document without a plan, or whose proposals
 *   are not in the document's plan (adopted into another plan), and a
 *   plan adjustment that shares its id with a proposal of an adopted
 *   report (%KOMMUNE_ERROR_INVALID_DOCUMENT, %KOMMUNE_ERROR_DUPLICATE);
 * - a goal id in two trees of goals, two financial rules with the same
 *   name, a rule whose condition is not a rule listed before it
 *   (%KOMMUNE_ERROR_DUPLICATE, %KOMMUNE_ERROR_INVALID_DOCUMENT);
 * - anything else a load would refuse, with the load's error.
 *
 * Returns: %TRUE if the document can be saved
 *
 * Since: 0.1
 */
gboolean
kommune_document_check (KommuneDocument  *self,
                        GError          **error)
{
  g_return_val_if_fail (KOMMUNE_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Without a file name, a message starts with its JSON path. */
  return check_with_name (self, NULL, NULL, error);
}
/**
 * kommune_document_save:
 * @self: a #KommuneDocument
 * @path: (type filename): the file to write
 * @error: return location for a #GError
 *
 * Writes the document to a file in canonical form, after
 * [method@Kommune.Document.check]: a document that check refuses is not
 * written, and the error (naming the file and the JSON path) is the
 * check's.
 *
 * The file is replaced atomically, as editors do: when @path is a
 * symbolic link, the links are followed and their final target is the
 * file replaced (the links stay links). The text goes to a temporary file
 * in the target's directory, is flushed to disk and then renamed over the
 * target, so a failure at any step — a full disk, a directory that cannot
 * be written — leaves the old file as it was and no temporary file
 * behind. A file that cannot be written fails with a %G_FILE_ERROR, and
 * so does a path (or link target) that exists but is not a regular file:
 * a device such as `/dev/null`, a FIFO or a directory is never replaced.
 *
 * The new file keeps the old one's permission bits (a new file gets 0666
 * less the umask). Its owner and group are kept where the saving process
 * may set them (when it runs as root; the group when the user belongs to
 * it); otherwise the file now belongs to the saving user. Because the
 * file is replaced rather than rewritten in place, other hard links to
 * the old file keep the old content: only @path (or its link target)
 * names the new one.
 *
 * Returns: %TRUE if the file was written
 *
 * Since: 0.1
 */
gboolean
kommune_document_save (KommuneDocument  *self,
                       const char       *path,
                       GError          **error)
{
  g_autofree char *data = NULL;
  g_autofree char *name = NULL;
  gsize length;

  g_return_val_if_fail (KOMMUNE_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  name = g_filename_display_name (path);
  if (!check_with_name (self, name, &data, error))
    return FALSE;
  length = strlen (data);
  return _kommune_file_replace (path, data, length, error);
}

/**
 * kommune_document_equal:
 * @self: a #KommuneDocument
 * @other: another #KommuneDocument
 *
 * Compares two documents deeply: they are equal when every value they
 * hold is equal — their canonical JSON forms are identical, byte for
 * byte, every list in the same order — and their plans' logs hold the
 * same adjustments in the same order. Two documents that save to
 * different bytes are never equal.
 *
 * Returns: %TRUE if the documents are equal
 *
 * Since: 0.1
 */
gboolean
kommune_document_equal (KommuneDocument *self,
                        KommuneDocument *other)
{
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  g_return_val_if_fail (KOMMUNE_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (KOMMUNE_IS_DOCUMENT (other), FALSE);

  if (self == other)
    return TRUE;
  if (!same_log (self, other))
    return FALSE;
  a = kommune_document_to_data (self, NULL);
  b = kommune_document_to_data (other, NULL);
  return g_str_equal (a, b);
}
