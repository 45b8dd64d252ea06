/* kommune-document.c: the KommuneDocument object — its type, properties,
 * getters and setters
 *
 * This is the container: what a document holds, with its lists in
 * kommune-document-contents.c and kommune-document-steering-contents.c.
 * How it is read, written, checked and compared as JSON text is its
 * format, in kommune-document-format.c above it; nothing here knows
 * that format.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "document/kommune-document-private.h"
#include "model/kommune-goal-private.h"
#include "model/kommune-tertial-report-private.h"
#include "kommune-economic-plan.h"
#include "kommune-municipality.h"
#include "core/kommune-object-private.h"

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
 * A loaded document and everything in it may be read, written out and
 * checked from several threads at once; changing it belongs to one
 * thread. See [Threads](threads.html).
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
