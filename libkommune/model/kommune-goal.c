/* kommune-goal.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "core/kommune-enum-private.h"
#include "core/kommune-check-private.h"
#include "kommune-enums.h"
#include "kommune-error.h"
#include "model/kommune-goal-private.h"
#include "model/kommune-indicator-private.h"
#include "core/kommune-list-private.h"
#include "model/kommune-measure-private.h"
#include "core/kommune-object-private.h"
#include "core/kommune-i18n-private.h"

/**
 * KommuneGoal:
 *
 * A goal in the chain of goals (mål- og resultatstyring): a community
 * goal of the master plan, a goal of the economic plan, a unit's own goal
 * or a strategic goal ([enum@Kommune.GoalLevel]). Goals form a tree: each
 * goal has at most one parent and any number of children, so Drammen's
 * “Drammen er en trygg og helsefremmende by der den enkelte kan klare seg
 * selv” carries the plan goal “Flere av kommunens innbyggere er i arbeid og
 * aktivitet”, which carries the introduction centre's own goals.
 *
 * A goal has an id (unique within its tree), a text, an owner (an area or
 * unit), an optional period of years, and lists of
 * [class@Kommune.Indicator]s and [class@Kommune.Measure]s.
 * [class@Kommune.Scorecard] evaluates a tree.
 *
 * A tree of goals has at most %KOMMUNE_GOAL_MAX_DEPTH (32) levels, the
 * root being the first: a goal chain deeper than that is refused with
 * %KOMMUNE_ERROR_INVALID_ARGUMENT when a child is added, when a document
 * is loaded and when a scorecard is made, so nothing that walks a tree can
 * run out of stack. Adding a child costs O(size of the child's tree),
 * looking up an id O(1): the root of a tree keeps an index of its ids.
 * The lists a goal hands out are read-only views; they change only
 * through the goal's methods.
 *
 * Objects made with g_object_new() (`Kommune.Goal()` in Python) have no
 * id and no text: they are refused with the error kommune_goal_new()
 * would give when they are used — given a child, added as a child, to a
 * strategy or to a document, or evaluated by a scorecard.
 *
 * Since: 0.1
 */

G_DEFINE_FINAL_TYPE (KommuneGoal, kommune_goal, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TEXT,
  PROP_LEVEL,
  PROP_OWNER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Adds the ids of @goal's tree to @ids; the tree is at most
 * KOMMUNE_GOAL_MAX_DEPTH deep, so the recursion is bounded. */
static void
index_tree (GHashTable  *ids,
            KommuneGoal *goal)
{
  guint n = _kommune_list_get_n_items (goal->children);

  if (goal->id != NULL)
    g_hash_table_insert (ids, goal->id, goal);
  for (guint i = 0; i < n; i++)
    index_tree (ids, _kommune_list_get (goal->children, i));
}

static void
kommune_goal_dispose (GObject *object)
{
  KommuneGoal *self = (KommuneGoal *)object;
  guint n = self->children ? _kommune_list_get_n_items (self->children) : 0;

  /* Children outliving their parent must not point at it, and become the
   * roots of their own trees. */
  for (guint i = 0; i < n; i++)
    {
      KommuneGoal *child = _kommune_list_get (self->children, i);

      child->parent = NULL;
      if (child->ids == NULL)
        {
          child->ids = g_hash_table_new (g_str_hash, g_str_equal);
          index_tree (child->ids, child);
        }
    }
  g_clear_pointer (&self->ids, g_hash_table_unref);
  g_clear_pointer (&self->shared_ids, g_hash_table_unref);
  g_clear_object (&self->children);
  g_clear_object (&self->indicators);
  g_clear_object (&self->measures);

  G_OBJECT_CLASS (kommune_goal_parent_class)->dispose (object);
}

static void
kommune_goal_finalize (GObject *object)
{
  KommuneGoal *self = (KommuneGoal *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->owner, g_free);

  G_OBJECT_CLASS (kommune_goal_parent_class)->finalize (object);
}

static void
kommune_goal_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  KommuneGoal *self = KOMMUNE_GOAL (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_LEVEL:
      g_value_set_enum (value, self->level);
      break;

    case PROP_OWNER:
      g_value_set_string (value, self->owner);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kommune_goal_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  KommuneGoal *self = KOMMUNE_GOAL (object);

  switch (prop_id)
    {
    case PROP_OWNER:
      kommune_goal_set_owner (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kommune_goal_class_init (KommuneGoalClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = kommune_goal_dispose;
  object_class->finalize = kommune_goal_finalize;
  object_class->get_property = kommune_goal_get_property;
  object_class->set_property = kommune_goal_set_property;

  /**
   * KommuneGoal:id:
   *
   * The goal's identifier, unique within its tree, or %NULL for a goal made
   * with g_object_new() rather than by a constructor.
   *
   * Since: 0.1
   */
  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, ro);

  /**
   * KommuneGoal:text:
   *
   * The goal as the document words it, or %NULL for a goal made with
   * g_object_new() rather than by a constructor.
   *
   * Since: 0.1
   */
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, NULL, ro);

  /**
   * KommuneGoal:level:
   *
   * Where the goal sits in the chain.
   *
   * Since: 0.1
   */
  properties[PROP_LEVEL] =
    g_param_spec_enum ("level", NULL, NULL, KOMMUNE_TYPE_GOAL_LEVEL, KOMMUNE_GOAL_LEVEL_PLAN, ro);

  /**
   * KommuneGoal:owner:
   *
   * The area or unit that owns the goal; may be empty.
   *
   * Since: 0.1
   */
  properties[PROP_OWNER] =
    g_param_spec_string ("owner", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static const char *
measure_key (gpointer  item,
             char     *buffer)
{
  g_snprintf (buffer, KOMMUNE_LIST_KEY_BUFFER, "%u", kommune_measure_get_number (item));
  return buffer;
}

/* An indicator is a goal's once: two goals may share it, and two
 * indicators of a goal may have the same name, but not the same object. */
static const char *
indicator_key (gpointer  item,
               char     *buffer)
{
  g_snprintf (buffer, KOMMUNE_LIST_KEY_BUFFER, "%p", item);
  return buffer;
}

static void
kommune_goal_init (KommuneGoal *self)
{
  self->owner = g_strdup ("");
  self->children = _kommune_list_new (KOMMUNE_TYPE_GOAL, NULL);
  self->indicators = _kommune_list_new (KOMMUNE_TYPE_INDICATOR, indicator_key);
  self->measures = _kommune_list_new (KOMMUNE_TYPE_MEASURE, measure_key);
  self->ids = g_hash_table_new (g_str_hash, g_str_equal);
  self->levels = 1;
}

static gboolean
check_level (KommuneGoalLevel   level,
             GError           **error)
{
  if ((guint) level > KOMMUNE_GOAL_LEVEL_STRATEGIC)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                   _("%d is not a goal level"), (int) level);
      return FALSE;
    }
  return TRUE;
}

gboolean
_kommune_goal_check (KommuneGoal  *self,
                     GError      **error)
{
  return _kommune_check_code (_("the goal id"), self->id, error) &&
         _kommune_check_name (_("the goal text"), self->text, FALSE, error) &&
         check_level (self->level, error);
}

/**
 * kommune_goal_new:
 * @id: an identifier, unique within the goal's tree
 * @text: the goal as the document words it
 * @level: where the goal sits in the chain
 * @error: return location for a #GError
 *
 * Makes a goal without parent, children, indicators or measures. Fails
 * with %KOMMUNE_ERROR_INVALID_CODE for an empty id and
 * %KOMMUNE_ERROR_INVALID_ARGUMENT for an empty text or an unknown level.
 *
 * Returns: (transfer full) (nullable): a new goal, or %NULL with @error set
 *
 * Since: 0.1
 */
KommuneGoal *
kommune_goal_new (const char        *id,
                  const char        *text,
                  KommuneGoalLevel   level,
                  GError           **error)
{
  KommuneGoal *self;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!_kommune_check_code (_("the goal id"), id, error) ||
      !_kommune_check_name (_("the goal text"), text, FALSE, error) ||
      !check_level (level, error))
    return NULL;

  self = g_object_new (KOMMUNE_TYPE_GOAL, NULL);
  self->id = g_strdup (id);
  self->text = g_strdup (text);
  self->level = level;
  g_hash_table_insert (self->ids, self->id, self);
  return self;
}

/**
 * kommune_goal_get_id:
 * @self: a #KommuneGoal
 *
 * Gets the identifier.
 *
 * Returns: (nullable): the id, or %NULL for a goal made with g_object_new()
 *   rather than by a constructor
 *
 * Since: 0.1
 */
const char *
kommune_goal_get_id (KommuneGoal *self)
{
  g_return_val_if_fail (KOMMUNE_IS_GOAL (self), NULL);
  return self->id;
}

/**
 * kommune_goal_get_text:
 * @self: a #KommuneGoal
 *
 * Gets the goal's wording.
 *
 * Returns: (nullable): the text, or %NULL for a goal made with g_object_new()
 *   rather than by a constructor
 *
 * Since: 0.1
 */
const char *
kommune_goal_get_text (KommuneGoal *self)
{
  g_return_val_if_fail (KOMMUNE_IS_GOAL (self), NULL);
  return self->text;
}

/**
 * kommune_goal_get_level:
 * @self: a #KommuneGoal
 *
 * Gets the level.
 *
 * Returns: the level
 *
 * Since: 0.1
 */
KommuneGoalLevel
kommune_goal_get_level (KommuneGoal *self)
{
  g_return_val_if_fail (KOMMUNE_IS_GOAL (self), 0);
  return self->level;
}

/**
 * kommune_goal_get_owner:
 * @self: a #KommuneGoal
 *
 * Gets the owner.
 *
 * Returns: the owner, possibly empty
 *
 * Since: 0.1
 */
const char *
kommune_goal_get_owner (KommuneGoal *self)
{
  g_return_val_if_fail (KOMMUNE_IS_GOAL (self), NULL);
  return self->owner;
}

/**
 * kommune_goal_set_owner:
 * @self: a #KommuneGoal
 * @owner: (nullable): the area or unit that owns the goal
 *
 * Sets the owner.
 *
 * Since: 0.1
 */
void
kommune_goal_set_owner (KommuneGoal *self,
                        const char  *owner)
{
  g_return_if_fail (KOMMUNE_IS_GOAL (self));

  _kommune_set_text (G_OBJECT (self), &self->owner, owner, properties[PROP_OWNER]);
}

/**
 * kommune_goal_set_period:
 * @self: a #KommuneGoal
 * @first_year: the first year the goal covers
 * @last_year: the last year, not before @first_year
 * @error: return location for a #GError
 *
 * Sets the years the goal covers, e.g. 2018–2021. Fails with
 * %KOMMUNE_ERROR_INVALID_PERIOD for years outside 1000–9999 or in the
 * wrong order.
 *
 * Returns: %TRUE if the period was set
 *
 * Since: 0.1
 */
gboolean
kommune_goal_set_period (KommuneGoal  *self,
                         guint         first_year,
                         guint         last_year,
                         GError      **error)
{
  g_return_val_if_fail (KOMMUNE_IS_GOAL (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (first_year < 1000 || last_year > 9999 || last_year < first_year)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_PERIOD,
                   _("goal “%s”: %u–%u is not a period of years"), self->id, first_year, last_year);
      return FALSE;
    }
  self->first_year = first_year;
  self->last_year = last_year;
  return TRUE;
}

/**
 * kommune_goal_get_first_year:
 * @self: a #KommuneGoal
 *
 * Gets the first year the goal covers.
 *
 * Returns: the year, or 0 when no period is set
 *
 * Since: 0.1
 */
guint
kommune_goal_get_first_year (KommuneGoal *self)
{
  g_return_val_if_fail (KOMMUNE_IS_GOAL (self), 0);
  return self->first_year;
}

/**
 * kommune_goal_get_last_year:
 * @self: a #KommuneGoal
 *
 * Gets the last year the goal covers.
 *
 * Returns: the year, or 0 when no period is set
 *
 * Since: 0.1
 */
guint
kommune_goal_get_last_year (KommuneGoal *self)
{
  g_return_val_if_fail (KOMMUNE_IS_GOAL (self), 0);
  return self->last_year;
}

/**
 * kommune_goal_add_indicator:
 * @self: a #KommuneGoal
 * @indicator: an indicator of the goal
 * @error: return location for a #GError
 *
 * Adds an indicator at the end of the goal's indicators. Fails with
 * %KOMMUNE_ERROR_INVALID_ARGUMENT when @indicator is not an indicator, and
 * as kommune_indicator_new() would for an indicator made bare with
 * g_object_new(); a bare goal fails as kommune_goal_new() would. An
 * indicator may serve several goals, but a goal once: adding it again
 * fails with %KOMMUNE_ERROR_DUPLICATE.
 *
 * Returns: %TRUE if it was added
 *
 * Since: 0.1
 */
gboolean
kommune_goal_add_indicator (KommuneGoal       *self,
                            KommuneIndicator  *indicator,
                            GError           **error)
{
  g_return_val_if_fail (KOMMUNE_IS_GOAL (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!KOMMUNE_IS_INDICATOR (indicator))
    {
      g_set_error_literal (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                           _("the indicator is not an indicator"));
      return FALSE;
    }
  if (!_kommune_goal_check (self, error) || !_kommune_indicator_check (indicator, error))
    return FALSE;
  {
    char key[KOMMUNE_LIST_KEY_BUFFER];

    if (_kommune_list_find (self->indicators, indicator_key (indicator, key)) != NULL)
      {
        g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_DUPLICATE,
                     _("goal “%s” already has the indicator “%s”"), self->id,
                     kommune_indicator_get_name (indicator));
        return FALSE;
      }
  }
  return _kommune_list_append (self->indicators, indicator, NULL, NULL, error);
}

/**
 * kommune_goal_get_indicators:
 * @self: a #KommuneGoal
 *
 * Gets the goal's own indicators, in the order added, as a read-only
 * view.
 *
 * Returns: (transfer none): a list model of [class@Kommune.Indicator]
 *
 * Since: 0.1
 */
GListModel *
kommune_goal_get_indicators (KommuneGoal *self)
{
  g_return_val_if_fail (KOMMUNE_IS_GOAL (self), NULL);
  return G_LIST_MODEL (self->indicators);
}

/**
 * kommune_goal_add_measure:
 * @self: a #KommuneGoal
 * @measure: a measure towards the goal
 * @error: return location for a #GError
 *
 * Adds a measure. Fails with %KOMMUNE_ERROR_DUPLICATE when the goal has a
 * measure with the same number, with %KOMMUNE_ERROR_INVALID_ARGUMENT when
 * @measure is not a measure, and as kommune_measure_new() would for a
 * measure made bare with g_object_new().
 *
 * Returns: %TRUE if it was added
 *
 * Since: 0.1
 */
gboolean
kommune_goal_add_measure (KommuneGoal     *self,
                          KommuneMeasure  *measure,
                          GError         **error)
{
  char buffer[KOMMUNE_LIST_KEY_BUFFER];

  g_return_val_if_fail (KOMMUNE_IS_GOAL (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!KOMMUNE_IS_MEASURE (measure))
    {
      g_set_error_literal (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                           _("the measure is not a measure"));
      return FALSE;
    }
  if (!_kommune_goal_check (self, error) || !_kommune_measure_check (measure, error))
    return FALSE;
  if (_kommune_list_find (self->measures, measure_key (measure, buffer)) != NULL)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_DUPLICATE,
                   _("goal “%s” already has a measure %u"), self->id,
                   kommune_measure_get_number (measure));
      return FALSE;
    }
  return _kommune_list_append (self->measures, measure, NULL, NULL, error);
}

/**
 * kommune_goal_get_measures:
 * @self: a #KommuneGoal
 *
 * Gets the goal's measures, in the order added, as a read-only view.
 *
 * Returns: (transfer none): a list model of [class@Kommune.Measure]
 *
 * Since: 0.1
 */
GListModel *
kommune_goal_get_measures (KommuneGoal *self)
{
  g_return_val_if_fail (KOMMUNE_IS_GOAL (self), NULL);
  return G_LIST_MODEL (self->measures);
}

/**
 * kommune_goal_level_to_string:
 * @level: a goal level
 *
 * Gets the name used in documents: `community`, `plan`, `unit` or
 * `strategic`.
 *
 * Returns: (nullable): the name, or %NULL for an unknown level
 *
 * Since: 0.1
 */
const char *
kommune_goal_level_to_string (KommuneGoalLevel level)
{
  return _kommune_enum_nick (KOMMUNE_TYPE_GOAL_LEVEL, (int) level);
}
