/* kommune-goal.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "kommune-check-private.h"
#include "kommune-enums.h"
#include "kommune-error.h"
#include "kommune-goal.h"
#include "kommune-indicator.h"
#include "kommune-measure.h"
#include "kommune-object-private.h"

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
 * Since: 0.1
 */

struct _KommuneGoal
{
  GObject           parent_instance;

  char             *id;
  char             *text;
  char             *owner;
  KommuneGoal      *parent;        /* weak: the parent owns its children */
  GListStore       *children;
  GListStore       *indicators;
  GListStore       *measures;
  guint             first_year;
  guint             last_year;
  KommuneGoalLevel  level;
};

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

static void
kommune_goal_dispose (GObject *object)
{
  KommuneGoal *self = (KommuneGoal *)object;
  guint n = self->children ? g_list_model_get_n_items (G_LIST_MODEL (self->children)) : 0;

  /* Children outliving their parent must not point at it. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KommuneGoal) child = g_list_model_get_item (G_LIST_MODEL (self->children), i);

      child->parent = NULL;
    }
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
   * The goal's identifier, unique within its tree.
   *
   * Since: 0.1
   */
  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, ro);

  /**
   * KommuneGoal:text:
   *
   * The goal as the document words it.
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

static void
kommune_goal_init (KommuneGoal *self)
{
  self->owner = g_strdup ("");
  self->children = g_list_store_new (KOMMUNE_TYPE_GOAL);
  self->indicators = g_list_store_new (KOMMUNE_TYPE_INDICATOR);
  self->measures = g_list_store_new (KOMMUNE_TYPE_MEASURE);
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
 * %KOMMUNE_ERROR_INVALID_ARGUMENT for an empty text.
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

  if (!_kommune_check_code ("the goal id", id, error) ||
      !_kommune_check_name ("the goal text", text, FALSE, error))
    return NULL;

  self = g_object_new (KOMMUNE_TYPE_GOAL, NULL);
  self->id = g_strdup (id);
  self->text = g_strdup (text);
  self->level = level;
  return self;
}

/**
 * kommune_goal_get_id:
 * @self: a #KommuneGoal
 *
 * Gets the identifier.
 *
 * Returns: the id
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
 * Returns: the text
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
                   "goal “%s”: %u–%u is not a period of years", self->id, first_year, last_year);
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
 * kommune_goal_get_parent:
 * @self: a #KommuneGoal
 *
 * Gets the goal this one serves.
 *
 * Returns: (transfer none) (nullable): the parent, or %NULL for a root
 *
 * Since: 0.1
 */
KommuneGoal *
kommune_goal_get_parent (KommuneGoal *self)
{
  g_return_val_if_fail (KOMMUNE_IS_GOAL (self), NULL);
  return self->parent;
}

static KommuneGoal *
root_of (KommuneGoal *goal)
{
  while (goal->parent != NULL)
    goal = goal->parent;
  return goal;
}

/* The first id of @subtree that @root's tree already has, or NULL. */
static const char *
find_clash (KommuneGoal *root,
            KommuneGoal *subtree)
{
  if (kommune_goal_find (root, subtree->id) != NULL)
    return subtree->id;
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (subtree->children)); i++)
    {
      g_autoptr(KommuneGoal) child = g_list_model_get_item (G_LIST_MODEL (subtree->children), i);
      const char *clash = find_clash (root, child);

      if (clash != NULL)
        return clash;
    }
  return NULL;
}

/**
 * kommune_goal_add_child:
 * @self: a #KommuneGoal
 * @child: a goal without a parent
 * @error: return location for a #GError
 *
 * Makes @child serve this goal. Fails with
 * %KOMMUNE_ERROR_INVALID_ARGUMENT when @child already has a parent or is
 * an ancestor of this goal, and with %KOMMUNE_ERROR_DUPLICATE when an id
 * in @child's tree is already in this goal's tree.
 *
 * Returns: %TRUE if the child was added
 *
 * Since: 0.1
 */
gboolean
kommune_goal_add_child (KommuneGoal  *self,
                        KommuneGoal  *child,
                        GError      **error)
{
  KommuneGoal *root;
  const char *clash;

  g_return_val_if_fail (KOMMUNE_IS_GOAL (self), FALSE);
  g_return_val_if_fail (KOMMUNE_IS_GOAL (child), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  root = root_of (self);
  if (child->parent != NULL || root == child)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                   "goal “%s” already has a place in a tree of goals", child->id);
      return FALSE;
    }
  clash = find_clash (root, child);
  if (clash != NULL)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_DUPLICATE,
                   "the tree of goal “%s” already has a goal “%s”", root->id, clash);
      return FALSE;
    }

  child->parent = self;
  g_list_store_append (self->children, child);
  return TRUE;
}

/**
 * kommune_goal_get_children:
 * @self: a #KommuneGoal
 *
 * Gets the goals that serve this one, in the order added.
 *
 * Returns: (transfer none): a list model of [class@Kommune.Goal]
 *
 * Since: 0.1
 */
GListModel *
kommune_goal_get_children (KommuneGoal *self)
{
  g_return_val_if_fail (KOMMUNE_IS_GOAL (self), NULL);
  return G_LIST_MODEL (self->children);
}

/**
 * kommune_goal_find:
 * @self: a #KommuneGoal
 * @id: a goal id
 *
 * Looks up a goal by id in the tree below and including this one.
 *
 * Returns: (transfer none) (nullable): the goal, or %NULL
 *
 * Since: 0.1
 */
KommuneGoal *
kommune_goal_find (KommuneGoal *self,
                   const char  *id)
{
  g_return_val_if_fail (KOMMUNE_IS_GOAL (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  if (g_str_equal (self->id, id))
    return self;
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->children)); i++)
    {
      g_autoptr(KommuneGoal) child = g_list_model_get_item (G_LIST_MODEL (self->children), i);
      KommuneGoal *found = kommune_goal_find (child, id);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/**
 * kommune_goal_count:
 * @self: a #KommuneGoal
 *
 * Counts the goals below this one, all levels down, not counting itself.
 *
 * Returns: the number of descendants
 *
 * Since: 0.1
 */
guint
kommune_goal_count (KommuneGoal *self)
{
  guint n, total;

  g_return_val_if_fail (KOMMUNE_IS_GOAL (self), 0);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->children));
  total = n;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KommuneGoal) child = g_list_model_get_item (G_LIST_MODEL (self->children), i);

      total += kommune_goal_count (child);
    }
  return total;
}

/**
 * kommune_goal_add_indicator:
 * @self: a #KommuneGoal
 * @indicator: an indicator of the goal
 *
 * Adds an indicator at the end of the goal's indicators.
 *
 * Since: 0.1
 */
void
kommune_goal_add_indicator (KommuneGoal      *self,
                            KommuneIndicator *indicator)
{
  g_return_if_fail (KOMMUNE_IS_GOAL (self));
  g_return_if_fail (KOMMUNE_IS_INDICATOR (indicator));

  g_list_store_append (self->indicators, indicator);
}

/**
 * kommune_goal_get_indicators:
 * @self: a #KommuneGoal
 *
 * Gets the goal's own indicators, in the order added.
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
 * measure with the same number.
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
  guint n;

  g_return_val_if_fail (KOMMUNE_IS_GOAL (self), FALSE);
  g_return_val_if_fail (KOMMUNE_IS_MEASURE (measure), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->measures));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KommuneMeasure) other = g_list_model_get_item (G_LIST_MODEL (self->measures), i);

      if (kommune_measure_get_number (other) == kommune_measure_get_number (measure))
        {
          g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_DUPLICATE,
                       "goal “%s” already has a measure %u", self->id,
                       kommune_measure_get_number (measure));
          return FALSE;
        }
    }
  g_list_store_append (self->measures, measure);
  return TRUE;
}

/**
 * kommune_goal_get_measures:
 * @self: a #KommuneGoal
 *
 * Gets the goal's measures, in the order added.
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
  static const char * const names[] = { "community", "plan", "unit", "strategic" };

  return (guint) level < G_N_ELEMENTS (names) ? names[level] : NULL;
}
