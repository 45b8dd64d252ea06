/* kommune-distribution.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "kommune-amount.h"
#include "core/kommune-check-private.h"
#include "model/kommune-distribution-line-private.h"
#include "model/kommune-distribution-private.h"
#include "kommune-error.h"
#include "core/kommune-i18n-private.h"

/**
 * KommuneDistribution:
 *
 * A budget frame spread along one named dimension: for example Kragerø's
 * “Stab og støtte” 2018 frame along `kostra-function-group`
 * (`120/180/190` administration 33 532 742 kr, …, `870` interest
 * −179 883 kr) or along `department`.
 *
 * A distribution is a [iface@Gio.ListModel] of
 * [class@Kommune.DistributionLine], in the order the lines were added,
 * so Python gets `len()`, indexing and iteration. Keys are unique within a
 * distribution and the total is kept exact as lines are added:
 * [method@Kommune.Distribution.add] refuses a line whose amount would
 * overflow the total, so [method@Kommune.Distribution.get_total] is always
 * the true sum. Whether the lines add up to the frame is
 * [method@Kommune.BudgetFrame.check]'s question.
 *
 * The model itself is read-only; lines are added only with
 * [method@Kommune.Distribution.add]. The lines of an
 * [class@Kommune.Adjustment] are frozen with it when it enters a plan's
 * log: from then on add() fails with %KOMMUNE_ERROR_READ_ONLY.
 *
 * A distribution made with g_object_new() (or `Kommune.Distribution()` in
 * Python) without a valid name refuses add() with the error
 * [ctor@Kommune.Distribution.new] would have given.
 *
 * Since: 0.1
 */

struct _KommuneDistribution
{
  GObject     parent_instance;

  char       *name;
  GPtrArray  *lines;       /* of KommuneDistributionLine, owned */
  GHashTable *by_key;      /* key → line, borrowed from @lines */
  gint64      total;
  char       *frozen_by;   /* the owner that froze it, or NULL */
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (KommuneDistribution, kommune_distribution, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_NAME,
  PROP_TOTAL,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GType
kommune_distribution_get_item_type (GListModel *model)
{
  return KOMMUNE_TYPE_DISTRIBUTION_LINE;
}

static guint
kommune_distribution_get_n_items (GListModel *model)
{
  return KOMMUNE_DISTRIBUTION (model)->lines->len;
}

static gpointer
kommune_distribution_get_item (GListModel *model,
                               guint       position)
{
  KommuneDistribution *self = KOMMUNE_DISTRIBUTION (model);

  if (position >= self->lines->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->lines, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = kommune_distribution_get_item_type;
  iface->get_n_items = kommune_distribution_get_n_items;
  iface->get_item = kommune_distribution_get_item;
}

static void
kommune_distribution_finalize (GObject *object)
{
  KommuneDistribution *self = (KommuneDistribution *)object;

  g_clear_pointer (&self->by_key, g_hash_table_unref);
  g_clear_pointer (&self->lines, g_ptr_array_unref);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->frozen_by, g_free);

  G_OBJECT_CLASS (kommune_distribution_parent_class)->finalize (object);
}

static void
kommune_distribution_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  KommuneDistribution *self = KOMMUNE_DISTRIBUTION (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_TOTAL:
      g_value_set_int64 (value, self->total);
      break;

    case PROP_N_ITEMS:
      g_value_set_uint (value, self->lines->len);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kommune_distribution_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  KommuneDistribution *self = KOMMUNE_DISTRIBUTION (object);

  switch (prop_id)
    {
    case PROP_NAME:
      self->name = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kommune_distribution_class_init (KommuneDistributionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kommune_distribution_finalize;
  object_class->get_property = kommune_distribution_get_property;
  object_class->set_property = kommune_distribution_set_property;

  /**
   * KommuneDistribution:name:
   *
   * The dimension the frame is spread along, e.g. `department`.
   *
   * Since: 0.1
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * KommuneDistribution:total:
   *
   * The exact sum of the lines' amounts, in øre.
   *
   * Since: 0.1
   */
  properties[PROP_TOTAL] =
    g_param_spec_int64 ("total", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  /**
   * KommuneDistribution:n-items:
   *
   * The number of lines.
   *
   * Since: 0.1
   */
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kommune_distribution_init (KommuneDistribution *self)
{
  self->lines = g_ptr_array_new_with_free_func (g_object_unref);
  self->by_key = g_hash_table_new (g_str_hash, g_str_equal);
}

/**
 * kommune_distribution_new:
 * @name: the dimension, e.g. `kostra-function-group`
 * @error: return location for a #GError
 *
 * Makes an empty distribution on its own. Distributions of a frame are
 * made by [method@Kommune.BudgetFrame.add_distribution]. Fails with
 * %KOMMUNE_ERROR_INVALID_CODE for an empty name or one with surrounding
 * white space.
 *
 * Returns: (transfer full) (nullable): a new distribution, or %NULL with
 *   @error set
 *
 * Since: 0.1
 */
gboolean
_kommune_distribution_check (KommuneDistribution  *self,
                             GError              **error)
{
  return _kommune_check_code (_("the distribution name"), self->name, error);
}

void
_kommune_distribution_freeze (KommuneDistribution *self,
                              const char          *owner)
{
  if (self->frozen_by == NULL)
    self->frozen_by = g_strdup (owner);
}

KommuneDistribution *
kommune_distribution_new (const char  *name,
                          GError     **error)
{
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!_kommune_check_code (_("the distribution name"), name, error))
    return NULL;

  return g_object_new (KOMMUNE_TYPE_DISTRIBUTION, "name", name, NULL);
}

/**
 * kommune_distribution_get_name:
 * @self: a #KommuneDistribution
 *
 * Gets the dimension the distribution runs along.
 *
 * Returns: the name
 *
 * Since: 0.1
 */
const char *
kommune_distribution_get_name (KommuneDistribution *self)
{
  g_return_val_if_fail (KOMMUNE_IS_DISTRIBUTION (self), NULL);

  return self->name;
}

/**
 * kommune_distribution_add:
 * @self: a #KommuneDistribution
 * @key: the key along the dimension, e.g. `283` or `personal`
 * @label: (nullable): the label shown for the key, or %NULL for none
 * @amount: the line's net amount in øre; may be negative
 * @error: return location for a #GError
 *
 * Adds a line at the end. Nothing changes when it fails: with
 * %KOMMUNE_ERROR_INVALID_CODE for an empty key or one with surrounding
 * white space, %KOMMUNE_ERROR_DUPLICATE when the key is already there,
 * %KOMMUNE_ERROR_OVERFLOW when the total would overflow, and
 * %KOMMUNE_ERROR_READ_ONLY once the distribution is frozen (the lines of
 * an adjustment in a plan's log).
 *
 * Returns: %TRUE if the line was added
 *
 * Since: 0.1
 */
gboolean
kommune_distribution_add (KommuneDistribution  *self,
                          const char           *key,
                          const char           *label,
                          gint64                amount,
                          GError              **error)
{
  g_autoptr(GError) local_error = NULL;
  KommuneDistributionLine *line;
  gint64 total;

  g_return_val_if_fail (KOMMUNE_IS_DISTRIBUTION (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->frozen_by != NULL)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_READ_ONLY,
                   _("the lines of %s are in a plan's log and cannot change"),
                   self->frozen_by);
      return FALSE;
    }
  if (!_kommune_distribution_check (self, error) ||
      !_kommune_check_code (_("the distribution key"), key, error) ||
      (label != NULL && !_kommune_check_name (_("the distribution label"), label, TRUE, error)))
    return FALSE;

  if (g_hash_table_contains (self->by_key, key))
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_DUPLICATE,
                   _("distribution “%s” already has a line “%s”"), self->name, key);
      return FALSE;
    }

  total = kommune_amount_add (self->total, amount, &local_error);
  if (local_error != NULL)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_OVERFLOW,
                   _("line “%s” of distribution “%s”: %s"),
                   key, self->name, local_error->message);
      return FALSE;
    }

  line = kommune_distribution_line_new (key, label, amount, NULL);
  g_ptr_array_add (self->lines, line);
  g_hash_table_insert (self->by_key,
                       (gpointer) kommune_distribution_line_get_key (line), line);
  self->total = total;

  g_list_model_items_changed (G_LIST_MODEL (self), self->lines->len - 1, 0, 1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
  if (amount != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOTAL]);

  return TRUE;
}

/**
 * kommune_distribution_find:
 * @self: a #KommuneDistribution
 * @key: a key along the dimension
 *
 * Looks a line up by its key.
 *
 * Returns: (transfer none) (nullable): the line, or %NULL if there is
 *   none with that key
 *
 * Since: 0.1
 */
KommuneDistributionLine *
kommune_distribution_find (KommuneDistribution *self,
                           const char          *key)
{
  g_return_val_if_fail (KOMMUNE_IS_DISTRIBUTION (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  return g_hash_table_lookup (self->by_key, key);
}

/**
 * kommune_distribution_get_total:
 * @self: a #KommuneDistribution
 *
 * Gets the exact sum of the lines' amounts.
 *
 * Returns: the total in øre
 *
 * Since: 0.1
 */
gint64
kommune_distribution_get_total (KommuneDistribution *self)
{
  g_return_val_if_fail (KOMMUNE_IS_DISTRIBUTION (self), 0);

  return self->total;
}
