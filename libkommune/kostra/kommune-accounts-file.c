/* kommune-accounts-file.c: SSB's KOSTRA accounts file, read and written
 *
 * A loaded file is its bytes and the lines found in them
 * (kommune-accounts-lines.c): no record object is made at load, so a
 * national file of a million records loads at the speed of a scan for
 * line ends. The records are a lazy model over those lines
 * (kommune-accounts-records.c); saving writes the bytes back as they
 * came. A file built in code holds record objects instead and writes
 * them in the canonical layout.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <inttypes.h>

#include <string.h>

#include "core/kommune-file-private.h"
#include "kommune-error.h"
#include "kostra/kommune-accounts-file-private.h"
#include "kostra/kommune-accounts-record-private.h"
#include "kostra/kommune-accounts-records-private.h"
#include "core/kommune-i18n-private.h"

/**
 * KommuneAccountsFile:
 *
 * A KOSTRA accounts file in SSB's 48-character "Regnskap" layout, the
 * file municipalities send to Statistics Norway and check first with
 * SSB's control program: one record per line, fields by byte position,
 * ISO-8859-1, amounts in 1000 kr.
 *
 * ## Loading
 *
 * Lines end in `\n`; carriage returns at either end of a line are
 * dropped, as SSB's program trims them, so CRLF files read
 * like LF files, and the last line needs no line end. Empty lines are
 * skipped, but every line keeps its number in the file, empty ones
 * counted. A line of exactly 48 bytes without a TAB is a record
 * ([class@Kommune.AccountsRecord]), whatever its fields hold: what the
 * fields mean is for validation to judge, and records with the amount 0
 * are kept too. Any other line — shorter, longer, with a TAB, with a
 * UTF-8 byte order mark or a UTF-8 letter that makes it longer than 48
 * bytes — is a *raw line*: no load error, but no record either; it is
 * what SSB's control 001 reports. [method@Kommune.AccountsFile.get_n_lines]
 * counts both kinds.
 *
 * Only what cannot be an accounts file at all fails to load, with
 * %KOMMUNE_ERROR_INVALID_ACCOUNTS and a message that starts with the
 * file's name:
 *
 * - an empty file, or one with only line ends (“the file is empty”,
 *   “the file has only empty lines”);
 * - binary data: a file with a NUL byte, which no text in ISO-8859-1,
 *   Windows-1252 or UTF-8 has (UTF-16 has them, and is refused with
 *   it). The message names the line and column of the first NUL. Other
 *   control characters are kept as text: they make records and lines
 *   that validation reports, as SSB's program would.
 *
 * The records are a read-only [iface@Gio.ListModel] that makes each
 * record object when it is asked for, so a million records cost nothing
 * until they are walked; asking twice for one position gives two equal
 * objects, not the same one.
 *
 * ## Saving
 *
 * A loaded file is written back byte for byte: its line ends, a missing
 * newline after the last record, its padding, its raw lines and empty
 * lines. A file built in code with [ctor@Kommune.AccountsFile.new] and
 * [method@Kommune.AccountsFile.add_record] is written in the canonical
 * layout: each record's 48 characters and `\n`. Saves replace the file
 * atomically, as [method@Kommune.Document.save] does.
 *
 * Once loaded or built, an accounts file may be read and validated from
 * several threads at once; adding records belongs to one thread. See
 * [Threads](threads.html).
 *
 * Since: 0.1
 */

struct _KommuneAccountsFile
{
  GObject                 parent_instance;

  char                   *name;      /* for messages; NULL when not given */
  gboolean                loaded;
  /* A loaded file's lines; for a built file, those of its canonical
   * text, made when asked for and dropped when a record is added. */
  KommuneAccountsLines   *lines;
  KommuneAccountsRecords *records;
};

G_DEFINE_FINAL_TYPE (KommuneAccountsFile, kommune_accounts_file, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_N_LINES,
  PROP_N_RECORDS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kommune_accounts_file_finalize (GObject *object)
{
  KommuneAccountsFile *self = KOMMUNE_ACCOUNTS_FILE (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->lines, _kommune_accounts_lines_unref);
  g_clear_object (&self->records);

  G_OBJECT_CLASS (kommune_accounts_file_parent_class)->finalize (object);
}

static void
kommune_accounts_file_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  KommuneAccountsFile *self = KOMMUNE_ACCOUNTS_FILE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_N_LINES:
      g_value_set_uint (value, kommune_accounts_file_get_n_lines (self));
      break;
    case PROP_N_RECORDS:
      g_value_set_uint (value, kommune_accounts_file_get_n_records (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kommune_accounts_file_class_init (KommuneAccountsFileClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = kommune_accounts_file_finalize;
  object_class->get_property = kommune_accounts_file_get_property;

  /**
   * KommuneAccountsFile:name:
   *
   * The name messages give the file: the display name of the path it
   * was loaded from, the name given with its bytes, or %NULL.
   *
   * Since: 0.1
   */
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, ro);

  /**
   * KommuneAccountsFile:n-lines:
   *
   * The number of non-empty lines: the records and the raw lines.
   *
   * Since: 0.1
   */
  properties[PROP_N_LINES] = g_param_spec_uint ("n-lines", NULL, NULL, 0, G_MAXUINT32, 0, ro);

  /**
   * KommuneAccountsFile:n-records:
   *
   * The number of records.
   *
   * Since: 0.1
   */
  properties[PROP_N_RECORDS] = g_param_spec_uint ("n-records", NULL, NULL, 0, G_MAXUINT32, 0, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kommune_accounts_file_init (KommuneAccountsFile *self)
{
  self->records = _kommune_accounts_records_new_held ();
}

/**
 * kommune_accounts_file_new:
 *
 * Makes an empty accounts file, to be filled with
 * [method@Kommune.AccountsFile.add_record] and written in the canonical
 * layout.
 *
 * Returns: (transfer full): a new, empty file
 *
 * Since: 0.1
 */
KommuneAccountsFile *
kommune_accounts_file_new (void)
{
  return g_object_new (KOMMUNE_TYPE_ACCOUNTS_FILE, NULL);
}

static gboolean
fail_nul (const char  *data,
          const char  *nul,
          const char  *name,
          GError     **error)
{
  guint64 line = 1;
  const char *start = data;

  for (const char *p = data; (p = memchr (p, '\n', (gsize) (nul - p))) != NULL; p++)
    {
      line++;
      start = p + 1;
    }
  g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ACCOUNTS,
               _("%s: line %" PRIu64 ": a NUL byte at column %zu: binary data, not an accounts file"),
               name, line, (gsize) (nul - start) + 1);
  return FALSE;
}

/**
 * kommune_accounts_file_load_from_bytes:
 * @bytes: the file's bytes
 * @name: (nullable): the name messages give the file, such as its path;
 *   %NULL for “accounts data”
 * @error: return location for a #GError
 *
 * Reads an accounts file from its bytes, as the class description says:
 * lines that are not records are kept as raw lines, and only an empty
 * file or binary data fails, with %KOMMUNE_ERROR_INVALID_ACCOUNTS. The
 * file keeps a reference on @bytes and reads its records from them when
 * they are asked for.
 *
 * Returns: (transfer full) (nullable): the file, or %NULL with @error set
 *
 * Since: 0.1
 */
KommuneAccountsFile *
kommune_accounts_file_load_from_bytes (GBytes      *bytes,
                                       const char  *name,
                                       GError     **error)
{
  g_autoptr(KommuneAccountsLines) lines = NULL;
  const KommuneAccountsLine *line;
  const char *shown = name != NULL ? name : "accounts data";
  KommuneAccountsFile *self;
  guint32 *positions = NULL;
  guint n_lines, n_records = 0;
  const char *data, *nul;
  gsize size;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &size);
  if (size == 0)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ACCOUNTS,
                   _("%s: the file is empty"), shown);
      return NULL;
    }
  if ((nul = memchr (data, '\0', size)) != NULL)
    return fail_nul (data, nul, shown, error), NULL;
  if ((lines = _kommune_accounts_lines_new (bytes, shown, error)) == NULL)
    return NULL;
  line = _kommune_accounts_lines_get (lines, &n_lines);
  if (n_lines == 0)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ACCOUNTS,
                   _("%s: the file has only empty lines"), shown);
      return NULL;
    }

  for (guint i = 0; i < n_lines; i++)
    n_records += _kommune_accounts_line_is_record (&line[i]);
  /* Where every line is a record, record i is line i. */
  if (n_records < n_lines)
    {
      guint j = 0;

      positions = g_new (guint32, MAX (n_records, 1));
      for (guint i = 0; i < n_lines; i++)
        if (_kommune_accounts_line_is_record (&line[i]))
          positions[j++] = i;
    }

  self = g_object_new (KOMMUNE_TYPE_ACCOUNTS_FILE, NULL);
  self->name = g_strdup (name);
  self->loaded = TRUE;
  g_clear_object (&self->records);
  self->records = _kommune_accounts_records_new_lazy (lines, positions, n_records);
  self->lines = g_steal_pointer (&lines);
  return self;
}

/**
 * kommune_accounts_file_load:
 * @path: (type filename): the file to read
 * @error: return location for a #GError
 *
 * Reads an accounts file, as [func@Kommune.AccountsFile.load_from_bytes]
 * does, with the display name of @path in its messages. A file that
 * cannot be read fails with a %G_FILE_ERROR naming it, and so does a
 * path that is not a regular file. A file of more than 1 GiB is refused
 * before it is read, with %KOMMUNE_ERROR_INVALID_ACCOUNTS (see the
 * [limits](limits.html)).
 *
 * Returns: (transfer full) (nullable): the file, or %NULL with @error set
 *
 * Since: 0.1
 */
KommuneAccountsFile *
kommune_accounts_file_load (const char  *path,
                            GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bytes = _kommune_file_read (path, KOMMUNE_FILE_MAX_ACCOUNTS, KOMMUNE_ERROR_INVALID_ACCOUNTS, &name, error);
  if (bytes == NULL)
    return NULL;
  return kommune_accounts_file_load_from_bytes (bytes, name, error);
}

/**
 * kommune_accounts_file_get_name:
 * @self: a #KommuneAccountsFile
 *
 * Gets the name messages give the file.
 *
 * Returns: (nullable): the display name of the path it was loaded from,
 *   the name given with its bytes, or %NULL
 *
 * Since: 0.1
 */
const char *
kommune_accounts_file_get_name (KommuneAccountsFile *self)
{
  g_return_val_if_fail (KOMMUNE_IS_ACCOUNTS_FILE (self), NULL);
  return self->name;
}

/**
 * kommune_accounts_file_get_n_lines:
 * @self: a #KommuneAccountsFile
 *
 * Counts the non-empty lines: the records and the raw lines, which are
 * not 48 bytes or have a TAB. A file built in code has only records.
 *
 * Returns: the number of lines
 *
 * Since: 0.1
 */
guint
kommune_accounts_file_get_n_lines (KommuneAccountsFile *self)
{
  guint n_lines = 0;

  g_return_val_if_fail (KOMMUNE_IS_ACCOUNTS_FILE (self), 0);
  if (!self->loaded)
    return _kommune_accounts_records_get_n (self->records);
  _kommune_accounts_lines_get (self->lines, &n_lines);
  return n_lines;
}

/**
 * kommune_accounts_file_get_n_records:
 * @self: a #KommuneAccountsFile
 *
 * Counts the records, zero amounts included.
 *
 * Returns: the number of records
 *
 * Since: 0.1
 */
guint
kommune_accounts_file_get_n_records (KommuneAccountsFile *self)
{
  g_return_val_if_fail (KOMMUNE_IS_ACCOUNTS_FILE (self), 0);
  return _kommune_accounts_records_get_n (self->records);
}

/**
 * kommune_accounts_file_get_records:
 * @self: a #KommuneAccountsFile
 *
 * Gets the records in file order, as a read-only list. For a loaded
 * file each record object is made when the list is asked for it; for a
 * file built in code the list hands out the records added, and emits
 * [signal@Gio.ListModel::items-changed] when one is added.
 *
 * Returns: (transfer none): a list model of [class@Kommune.AccountsRecord]
 *
 * Since: 0.1
 */
GListModel *
kommune_accounts_file_get_records (KommuneAccountsFile *self)
{
  g_return_val_if_fail (KOMMUNE_IS_ACCOUNTS_FILE (self), NULL);
  return G_LIST_MODEL (self->records);
}

/**
 * kommune_accounts_file_add_record:
 * @self: a #KommuneAccountsFile
 * @record: the record to add at the end
 * @error: return location for a #GError
 *
 * Adds a record to a file built in code. A record may come from
 * [ctor@Kommune.AccountsRecord.new] or from a loaded file; it is written
 * with its 48 characters as they are.
 *
 * A loaded file keeps the bytes it was read from and refuses with
 * %KOMMUNE_ERROR_READ_ONLY; a record made with g_object_new(), which
 * holds no line, is refused with %KOMMUNE_ERROR_INVALID_ARGUMENT.
 *
 * Returns: %TRUE if the record was added
 *
 * Since: 0.1
 */
gboolean
kommune_accounts_file_add_record (KommuneAccountsFile    *self,
                                  KommuneAccountsRecord  *record,
                                  GError                **error)
{
  g_return_val_if_fail (KOMMUNE_IS_ACCOUNTS_FILE (self), FALSE);
  g_return_val_if_fail (KOMMUNE_IS_ACCOUNTS_RECORD (record), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->loaded)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_READ_ONLY,
                   _("%s: a loaded accounts file keeps the bytes it was read from; "
                   "add records to a file made with kommune_accounts_file_new ()"),
                   self->name != NULL ? self->name : "accounts data");
      return FALSE;
    }
  if (_kommune_accounts_record_get_raw (record) == NULL)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                   _("the accounts record was made with g_object_new () and holds no line; "
                   "make it with kommune_accounts_record_new ()"));
      return FALSE;
    }


  g_clear_pointer (&self->lines, _kommune_accounts_lines_unref);
  _kommune_accounts_records_append (self->records, record);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_LINES]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_RECORDS]);
  return TRUE;
}

/* The canonical text of a file built in code: each record and "\n". */
static GBytes *
canonical_bytes (KommuneAccountsFile *self)
{
  guint n = _kommune_accounts_records_get_n (self->records);
  gsize size = (gsize) n * (KOMMUNE_ACCOUNTS_RECORD_LENGTH + 1);
  char *data = g_malloc (MAX (size, 1));

  for (guint i = 0; i < n; i++)
    {
      KommuneAccountsRecord *record = _kommune_accounts_records_get_held (self->records, i);
      char *out = data + (gsize) i * (KOMMUNE_ACCOUNTS_RECORD_LENGTH + 1);

      memcpy (out, _kommune_accounts_record_get_raw (record), KOMMUNE_ACCOUNTS_RECORD_LENGTH);
      out[KOMMUNE_ACCOUNTS_RECORD_LENGTH] = '\n';
    }
  return g_bytes_new_take (data, size);
}

KommuneAccountsLines *
_kommune_accounts_file_get_lines (KommuneAccountsFile *self)
{
  KommuneAccountsLines *lines;

  g_return_val_if_fail (KOMMUNE_IS_ACCOUNTS_FILE (self), NULL);

  lines = g_atomic_pointer_get (&self->lines);

  /* A file built in code makes its lines when first validated, which is
   * read-only use and may happen in several threads at once
   * (doc/threads.md): each may make them, one publishes its own with a
   * compare-and-swap, the others drop theirs and take that one. */
  if (lines == NULL)
    {
      g_autoptr(GBytes) bytes = canonical_bytes (self);

      /* 49 bytes a line: far fewer lines than 32 bits can number. */
      lines = _kommune_accounts_lines_new (bytes, self->name, NULL);
      if (!g_atomic_pointer_compare_and_exchange (&self->lines, NULL, lines))
        {
          _kommune_accounts_lines_unref (lines);
          lines = g_atomic_pointer_get (&self->lines);
        }
    }
  return lines;
}

/**
 * kommune_accounts_file_to_bytes:
 * @self: a #KommuneAccountsFile
 *
 * Gets the bytes [method@Kommune.AccountsFile.save] writes: for a loaded
 * file the bytes it was read from, for a file built in code its records
 * in the canonical layout, each followed by `\n`.
 *
 * Returns: (transfer full): the file's bytes
 *
 * Since: 0.1
 */
GBytes *
kommune_accounts_file_to_bytes (KommuneAccountsFile *self)
{
  g_return_val_if_fail (KOMMUNE_IS_ACCOUNTS_FILE (self), NULL);
  return g_bytes_ref (_kommune_accounts_lines_get_bytes (_kommune_accounts_file_get_lines (self)));
}

/**
 * kommune_accounts_file_save:
 * @self: a #KommuneAccountsFile
 * @path: (type filename): the file to write
 * @error: return location for a #GError
 *
 * Writes the file: a loaded file byte for byte as it was read, a file
 * built in code in the canonical layout
 * ([method@Kommune.AccountsFile.to_bytes]).
 *
 * The file is replaced atomically, as [method@Kommune.Document.save]
 * describes: symbolic links are followed, the text goes to a temporary
 * file beside the target, is flushed and renamed over it, the old
 * permission bits are kept, and a failure leaves the old file as it was
 * and no temporary file behind. A file that cannot be written, or a
 * path that is not a regular file, fails with a %G_FILE_ERROR.
 *
 * Returns: %TRUE if the file was written
 *
 * Since: 0.1
 */
gboolean
kommune_accounts_file_save (KommuneAccountsFile  *self,
                            const char           *path,
                            GError              **error)
{
  GBytes *bytes;
  const char *data;
  gsize size;

  g_return_val_if_fail (KOMMUNE_IS_ACCOUNTS_FILE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = _kommune_accounts_lines_get_bytes (_kommune_accounts_file_get_lines (self));
  data = g_bytes_get_data (bytes, &size);
  return _kommune_file_replace (path, data != NULL ? data : "", size, error);
}
