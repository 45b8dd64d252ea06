/* kommune-document.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include "kommune-annual-evaluation.h"
#include "document/kommune-document-private.h"
#include "model/kommune-goal-private.h"
#include "model/kommune-tertial-report-private.h"
#include "kommune-economic-plan.h"
#include "kommune-error.h"
#include "kommune-financial-rule.h"
#include "kommune-goal.h"
#include "kommune-investment-project.h"
#include "document/kommune-json-scan-private.h"
#include "kommune-key-figure.h"
#include "kommune-municipality.h"
#include "kommune-note.h"
#include "core/kommune-object-private.h"
#include "kommune-strategy.h"
#include "kommune-tertial-report.h"
#include "kommune-verbal-proposal.h"
#include "kommune-workforce-figures.h"

/**
 * KommuneDocument:
 *
 * A whole municipality as one JSON document: the municipality with its
 * areas and departments, the economic plan with its frames, distributions
 * and adjustment log, tertial reports, investment projects, verbal
 * proposals, annual evaluations, key figures and notes; and for steering
 * by goals, the trees of goals with their indicators, measurements and
 * measures, the financial rules, workforce figures and strategies.
 *
 * [func@Kommune.Document.load] reads a document completely or not at all:
 * an error names the file, the JSON path of the offending value (such as
 * `$.plan.adjustments[3].amount`) and what was expected and found.
 * [method@Kommune.Document.save] writes the canonical form — fixed member
 * order, two-space indentation, integers for amounts in øre, no locale
 * effects — so saving twice gives identical bytes, and it replaces the
 * file atomically: a failed save leaves the old file as it was. A save
 * first runs [method@Kommune.Document.check], so it never writes a file
 * that a load would refuse; a load runs the same invariants after
 * reading.
 *
 * The lists a document holds are read-only [iface@Gio.ListModel]s that
 * stay live; they change only through the `add_` methods, which refuse a
 * second item with the same identity (%KOMMUNE_ERROR_DUPLICATE): a
 * tertial report's year and period, a project's or verbal proposal's
 * number, an evaluation's year, a key figure's name and year, goal ids
 * across every tree, a financial rule's or strategy's name.
 *
 * A document made with g_object_new() or `Kommune.Document()` without a
 * municipality cannot be saved: check and save refuse it.
 * [method@Kommune.Document.equal] compares two documents in that
 * canonical form, which holds every value of the model.
 *
 * The format is described in the “Document format” guide and by the JSON
 * Schema `doc/kommune-document.schema.json`.
 *
 * Since: 0.1
 */

G_DEFINE_FINAL_TYPE (KommuneDocument, kommune_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_MUNICIPALITY,
  PROP_PLAN,
  PROP_SOURCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kommune_document_dispose (GObject *object)
{
  KommuneDocument *self = (KommuneDocument *)object;

  g_clear_object (&self->municipality);
  g_clear_object (&self->plan);
  for (guint i = 0; self->tertial_reports != NULL && i < _kommune_list_get_n_items (self->tertial_reports); i++)
    _kommune_tertial_report_set_document_plan (_kommune_list_get (self->tertial_reports, i), FALSE, NULL);
  g_clear_object (&self->tertial_reports);
  g_clear_object (&self->investment_projects);
  g_clear_object (&self->verbal_proposals);
  g_clear_object (&self->annual_evaluations);
  g_clear_object (&self->key_figures);
  g_clear_object (&self->notes);
  /* The trees may outlive the document, and go into another one. */
  for (guint i = 0; self->goals != NULL && i < _kommune_list_get_n_items (self->goals); i++)
    _kommune_goal_unshare_ids (_kommune_list_get (self->goals, i));
  g_clear_object (&self->goals);
  g_clear_object (&self->financial_rules);
  g_clear_object (&self->workforce_figures);
  _kommune_document_unshare_strategies (self);
  g_clear_object (&self->strategies);

  G_OBJECT_CLASS (kommune_document_parent_class)->dispose (object);
}

static void
kommune_document_finalize (GObject *object)
{
  KommuneDocument *self = (KommuneDocument *)object;

  g_clear_pointer (&self->source, g_free);
  g_clear_pointer (&self->goal_ids, g_hash_table_unref);

  G_OBJECT_CLASS (kommune_document_parent_class)->finalize (object);
}

static void
kommune_document_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  KommuneDocument *self = KOMMUNE_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_MUNICIPALITY:
      g_value_set_object (value, self->municipality);
      break;

    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;

    case PROP_SOURCE:
      g_value_set_string (value, self->source);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kommune_document_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  KommuneDocument *self = KOMMUNE_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_MUNICIPALITY:
      self->municipality = g_value_dup_object (value);
      break;

    case PROP_PLAN:
      kommune_document_set_plan (self, g_value_get_object (value));
      break;

    case PROP_SOURCE:
      kommune_document_set_source (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kommune_document_class_init (KommuneDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kommune_document_dispose;
  object_class->finalize = kommune_document_finalize;
  object_class->get_property = kommune_document_get_property;
  object_class->set_property = kommune_document_set_property;

  /**
   * KommuneDocument:municipality:
   *
   * The municipality, with its areas and departments, or %NULL for a
   * document made with g_object_new() that was never given one.
   *
   * Since: 0.1
   */
  properties[PROP_MUNICIPALITY] =
    g_param_spec_object ("municipality", NULL, NULL, KOMMUNE_TYPE_MUNICIPALITY,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * KommuneDocument:plan:
   *
   * The economic plan, or %NULL.
   *
   * Since: 0.1
   */
  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, KOMMUNE_TYPE_ECONOMIC_PLAN,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * KommuneDocument:source:
   *
   * Where the document's figures come from: the provenance, as text.
   *
   * Since: 0.1
   */
  properties[PROP_SOURCE] =
    g_param_spec_string ("source", NULL, NULL, "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kommune_document_init (KommuneDocument *self)
{
  self->source = g_strdup ("");
  _kommune_document_init_contents (self);
  _kommune_document_init_steering_contents (self);
}

/**
 * kommune_document_new:
 * @municipality: the municipality the document is about
 *
 * Makes a document with no plan and empty lists.
 *
 * Returns: (transfer full): a new document
 *
 * Since: 0.1
 */
KommuneDocument *
kommune_document_new (KommuneMunicipality *municipality)
{
  g_return_val_if_fail (KOMMUNE_IS_MUNICIPALITY (municipality), NULL);

  return g_object_new (KOMMUNE_TYPE_DOCUMENT, "municipality", municipality, NULL);
}

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
 *
 * Returns: (transfer full) (nullable): the document, or %NULL with @error set
 *
 * Since: 0.1
 */
KommuneDocument *
kommune_document_load (const char  *path,
                       GError     **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *name = NULL;
  GStatBuf info;
  gsize length;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  name = g_filename_display_name (path);
  /* Only regular files: a FIFO or /dev/zero would never end. */
  if (g_stat (path, &info) == 0 && !S_ISREG (info.st_mode))
    {
      g_set_error (error, G_FILE_ERROR, S_ISDIR (info.st_mode) ? G_FILE_ERROR_ISDIR : G_FILE_ERROR_INVAL,
                   "Failed to read “%s”: it is not a regular file", name);
      return NULL;
    }
  if (!g_file_get_contents (path, &contents, &length, error))
    return NULL;

  return kommune_document_load_from_data (contents, (gssize) length, name, error);
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
  text = json_generator_to_data (generator, NULL);

  data = g_strconcat (text, "\n", NULL);
  if (length != NULL)
    *length = strlen (data);
  return data;
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
  if (!_kommune_document_check_with_name (self, name, &data, error))
    return FALSE;
  length = strlen (data);
  return _kommune_document_replace_file (path, data, length, error);
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
  if (!_kommune_document_same_log (self, other))
    return FALSE;
  a = kommune_document_to_data (self, NULL);
  b = kommune_document_to_data (other, NULL);
  return g_str_equal (a, b);
}

/**
 * kommune_document_get_municipality:
 * @self: a #KommuneDocument
 *
 * Gets the municipality.
 *
 * Returns: (transfer none) (nullable): the municipality, or %NULL for a
 *   document made with g_object_new() that was never given one
 *
 * Since: 0.1
 */
KommuneMunicipality *
kommune_document_get_municipality (KommuneDocument *self)
{
  g_return_val_if_fail (KOMMUNE_IS_DOCUMENT (self), NULL);
  return self->municipality;
}

/**
 * kommune_document_get_plan:
 * @self: a #KommuneDocument
 *
 * Gets the economic plan.
 *
 * Returns: (transfer none) (nullable): the plan, or %NULL
 *
 * Since: 0.1
 */
KommuneEconomicPlan *
kommune_document_get_plan (KommuneDocument *self)
{
  g_return_val_if_fail (KOMMUNE_IS_DOCUMENT (self), NULL);
  return self->plan;
}

/**
 * kommune_document_set_plan:
 * @self: a #KommuneDocument
 * @plan: (nullable): the economic plan, or %NULL
 *
 * Sets the economic plan.
 *
 * Since: 0.1
 */
void
kommune_document_set_plan (KommuneDocument     *self,
                           KommuneEconomicPlan *plan)
{
  g_return_if_fail (KOMMUNE_IS_DOCUMENT (self));
  g_return_if_fail (plan == NULL || KOMMUNE_IS_ECONOMIC_PLAN (plan));

  if (!g_set_object (&self->plan, plan))
    return;
  for (guint i = 0; i < _kommune_list_get_n_items (self->tertial_reports); i++)
    _kommune_tertial_report_set_document_plan (_kommune_list_get (self->tertial_reports, i), TRUE, plan);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}

/**
 * kommune_document_get_source:
 * @self: a #KommuneDocument
 *
 * Gets the provenance text.
 *
 * Returns: the source, possibly empty
 *
 * Since: 0.1
 */
const char *
kommune_document_get_source (KommuneDocument *self)
{
  g_return_val_if_fail (KOMMUNE_IS_DOCUMENT (self), NULL);
  return self->source;
}

/**
 * kommune_document_set_source:
 * @self: a #KommuneDocument
 * @source: (nullable): where the figures come from
 *
 * Sets the provenance text.
 *
 * Since: 0.1
 */
void
kommune_document_set_source (KommuneDocument *self,
                             const char      *source)
{
  g_return_if_fail (KOMMUNE_IS_DOCUMENT (self));

  _kommune_set_text (G_OBJECT (self), &self->source, source, properties[PROP_SOURCE]);
}
