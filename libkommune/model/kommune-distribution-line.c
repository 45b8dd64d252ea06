/* kommune-distribution-line.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "core/kommune-check-private.h"
#include "model/kommune-distribution-line-private.h"
#include "core/kommune-i18n-private.h"

/**
 * KommuneDistributionLine:
 *
 * One line of a [class@Kommune.Distribution]: a key along the
 * distribution's dimension (a KOSTRA function group such as `120/180/190`,
 * or a department code), a label for people, and an amount in øre.
 *
 * Lines are immutable; a distribution makes them as they are added.
 * No function of the library takes a line from its caller (lines enter
 * a distribution through [method@Kommune.Distribution.add], which makes
 * them), so a line made with g_object_new() (or
 * `Kommune.DistributionLine()` in Python) is only a value, possibly with
 * an empty key, and can change nothing.
 *
 * Since: 0.1
 */

struct _KommuneDistributionLine
{
  GObject  parent_instance;

  char    *key;
  char    *label;
  gint64   amount;
};

G_DEFINE_FINAL_TYPE (KommuneDistributionLine, kommune_distribution_line, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KEY,
  PROP_LABEL,
  PROP_AMOUNT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kommune_distribution_line_finalize (GObject *object)
{
  KommuneDistributionLine *self = (KommuneDistributionLine *)object;

  g_clear_pointer (&self->key, g_free);
  g_clear_pointer (&self->label, g_free);

  G_OBJECT_CLASS (kommune_distribution_line_parent_class)->finalize (object);
}

static void
kommune_distribution_line_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  KommuneDistributionLine *self = KOMMUNE_DISTRIBUTION_LINE (object);

  switch (prop_id)
    {
    case PROP_KEY:
      g_value_set_string (value, self->key);
      break;

    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;

    case PROP_AMOUNT:
      g_value_set_int64 (value, self->amount);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kommune_distribution_line_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  KommuneDistributionLine *self = KOMMUNE_DISTRIBUTION_LINE (object);

  switch (prop_id)
    {
    case PROP_KEY:
      self->key = g_value_dup_string (value);
      break;

    case PROP_LABEL:
      self->label = g_value_dup_string (value);
      break;

    case PROP_AMOUNT:
      self->amount = g_value_get_int64 (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kommune_distribution_line_class_init (KommuneDistributionLineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kommune_distribution_line_finalize;
  object_class->get_property = kommune_distribution_line_get_property;
  object_class->set_property = kommune_distribution_line_set_property;

  /**
   * KommuneDistributionLine:key:
   *
   * The key along the distribution's dimension, e.g. `283`.
   *
   * Since: 0.1
   */
  properties[PROP_KEY] =
    g_param_spec_string ("key", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * KommuneDistributionLine:label:
   *
   * The label shown for the key, e.g. “Bistand til etablering av egen
   * bolig”; may be empty.
   *
   * Since: 0.1
   */
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * KommuneDistributionLine:amount:
   *
   * The line's net amount in øre.
   *
   * Since: 0.1
   */
  properties[PROP_AMOUNT] =
    g_param_spec_int64 ("amount", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static gboolean
check_values (const char  *key,
              const char  *label,
              GError     **error)
{
  return _kommune_check_code (_("the distribution key"), key, error) &&
         (label == NULL || _kommune_check_name (_("the distribution label"), label, TRUE, error));
}

gboolean
_kommune_distribution_line_check (KommuneDistributionLine  *self,
                                  GError                  **error)
{
  return check_values (self->key, self->label, error);
}

static void
kommune_distribution_line_init (KommuneDistributionLine *self)
{
}

/**
 * kommune_distribution_line_new:
 * @key: the key along the dimension
 * @label: (nullable): the label shown for the key, or %NULL for none
 * @amount: the amount in øre
 * @error: return location for a #GError
 *
 * Makes a distribution line. Usually [method@Kommune.Distribution.add]
 * makes lines. Fails with %KOMMUNE_ERROR_INVALID_CODE for an empty key or
 * one with surrounding white space, and with
 * %KOMMUNE_ERROR_INVALID_ARGUMENT for a label with control characters.
 *
 * Returns: (transfer full) (nullable): a new line, or %NULL with @error set
 *
 * Since: 0.1
 */
KommuneDistributionLine *
kommune_distribution_line_new (const char  *key,
                               const char  *label,
                               gint64       amount,
                               GError     **error)
{
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_values (key, label, error))
    return NULL;

  return g_object_new (KOMMUNE_TYPE_DISTRIBUTION_LINE,
                       "key", key,
                       "label", label ? label : "",
                       "amount", amount,
                       NULL);
}

/**
 * kommune_distribution_line_get_key:
 * @self: a #KommuneDistributionLine
 *
 * Gets the line's key.
 *
 * Returns: the key
 *
 * Since: 0.1
 */
const char *
kommune_distribution_line_get_key (KommuneDistributionLine *self)
{
  g_return_val_if_fail (KOMMUNE_IS_DISTRIBUTION_LINE (self), NULL);

  return self->key;
}

/**
 * kommune_distribution_line_get_label:
 * @self: a #KommuneDistributionLine
 *
 * Gets the line's label, which may be empty.
 *
 * Returns: the label
 *
 * Since: 0.1
 */
const char *
kommune_distribution_line_get_label (KommuneDistributionLine *self)
{
  g_return_val_if_fail (KOMMUNE_IS_DISTRIBUTION_LINE (self), NULL);

  return self->label;
}

/**
 * kommune_distribution_line_get_amount:
 * @self: a #KommuneDistributionLine
 *
 * Gets the line's amount.
 *
 * Returns: the amount in øre
 *
 * Since: 0.1
 */
gint64
kommune_distribution_line_get_amount (KommuneDistributionLine *self)
{
  g_return_val_if_fail (KOMMUNE_IS_DISTRIBUTION_LINE (self), 0);

  return self->amount;
}
