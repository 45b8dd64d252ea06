/* kommune-strategy.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "core/kommune-check-private.h"
#include "core/kommune-list-private.h"
#include "kommune-error.h"
#include "model/kommune-goal-private.h"
#include "model/kommune-strategy-private.h"
#include "core/kommune-i18n-private.h"

/**
 * KommuneStrategy:
 *
 * A strategy document, such as Drammen's competence strategy 2021–24: a
 * name, a period and its focus areas (innsatsområder). Each focus area is
 * a [class@Kommune.Goal] of level %KOMMUNE_GOAL_LEVEL_STRATEGIC whose
 * children are the strategic goals — the same goal model as everywhere,
 * so measures and indicators attach in the same way. Drammen's strategy
 * has four focus areas with 5, 5, 4 and 3 strategic goals.
 *
 * The focus areas are a read-only view; add them with
 * [method@Kommune.Strategy.add_focus_area].
 *
 * Objects made with g_object_new() (`Kommune.Strategy()` in Python) have
 * no name and no period: they are refused, with the error
 * kommune_strategy_new() would give, when a focus area is added to them
 * (and by the document they are added to).
 *
 * Since: 0.1
 */

struct _KommuneStrategy
{
  GObject     parent_instance;

  char       *name;
  guint       first_year;
  guint       last_year;
  KommuneList *focus_areas;
  GHashTable  *shared_ids;   /* the goal ids of its document, while in one */
};

G_DEFINE_FINAL_TYPE (KommuneStrategy, kommune_strategy, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_FIRST_YEAR,
  PROP_LAST_YEAR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kommune_strategy_finalize (GObject *object)
{
  KommuneStrategy *self = (KommuneStrategy *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_object (&self->focus_areas);

  g_clear_pointer (&self->shared_ids, g_hash_table_unref);

  G_OBJECT_CLASS (kommune_strategy_parent_class)->finalize (object);
}

static void
kommune_strategy_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  KommuneStrategy *self = KOMMUNE_STRATEGY (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_FIRST_YEAR:
      g_value_set_uint (value, self->first_year);
      break;

    case PROP_LAST_YEAR:
      g_value_set_uint (value, self->last_year);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kommune_strategy_class_init (KommuneStrategyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = kommune_strategy_finalize;
  object_class->get_property = kommune_strategy_get_property;

  /**
   * KommuneStrategy:name:
   *
   * The strategy's name, or %NULL for a strategy made with g_object_new()
   * rather than by a constructor.
   *
   * Since: 0.1
   */
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, ro);

  /**
   * KommuneStrategy:first-year:
   *
   * The first year the strategy covers.
   *
   * Since: 0.1
   */
  properties[PROP_FIRST_YEAR] = g_param_spec_uint ("first-year", NULL, NULL, 0, 9999, 0, ro);

  /**
   * KommuneStrategy:last-year:
   *
   * The last year the strategy covers.
   *
   * Since: 0.1
   */
  properties[PROP_LAST_YEAR] = g_param_spec_uint ("last-year", NULL, NULL, 0, 9999, 0, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static const char *
goal_key (gpointer  item,
          char     *buffer)
{
  return kommune_goal_get_id (item);
}

static void
kommune_strategy_init (KommuneStrategy *self)
{
  self->focus_areas = _kommune_list_new (KOMMUNE_TYPE_GOAL, goal_key);
}

static gboolean
check_strategy (const char  *name,
                guint        first_year,
                guint        last_year,
                GError     **error)
{
  if (!_kommune_check_name (_("the strategy's name"), name, FALSE, error))
    return FALSE;
  if (first_year < 1000 || last_year > 9999 || last_year < first_year)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_PERIOD,
                   _("strategy “%s”: %u–%u is not a period of years"), name, first_year, last_year);
      return FALSE;
    }
  return TRUE;
}

gboolean
_kommune_strategy_check (KommuneStrategy  *self,
                         GError          **error)
{
  return check_strategy (self->name, self->first_year, self->last_year, error);
}

/**
 * kommune_strategy_new:
 * @name: the strategy's name
 * @first_year: the first year it covers
 * @last_year: the last year it covers
 * @error: return location for a #GError
 *
 * Makes a strategy without focus areas. Fails with
 * %KOMMUNE_ERROR_INVALID_ARGUMENT for an empty name and
 * %KOMMUNE_ERROR_INVALID_PERIOD for years out of order or range.
 *
 * Returns: (transfer full) (nullable): a new strategy, or %NULL with
 *   @error set
 *
 * Since: 0.1
 */
KommuneStrategy *
kommune_strategy_new (const char  *name,
                      guint        first_year,
                      guint        last_year,
                      GError     **error)
{
  KommuneStrategy *self;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_strategy (name, first_year, last_year, error))
    return NULL;

  self = g_object_new (KOMMUNE_TYPE_STRATEGY, NULL);
  self->name = g_strdup (name);
  self->first_year = first_year;
  self->last_year = last_year;
  return self;
}

/**
 * kommune_strategy_get_name:
 * @self: a #KommuneStrategy
 *
 * Gets the name.
 *
 * Returns: (nullable): the name, or %NULL for a strategy made with
 *   g_object_new() rather than by a constructor
 *
 * Since: 0.1
 */
const char *
kommune_strategy_get_name (KommuneStrategy *self)
{
  g_return_val_if_fail (KOMMUNE_IS_STRATEGY (self), NULL);
  return self->name;
}

/**
 * kommune_strategy_get_first_year:
 * @self: a #KommuneStrategy
 *
 * Gets the first year.
 *
 * Returns: the year
 *
 * Since: 0.1
 */
guint
kommune_strategy_get_first_year (KommuneStrategy *self)
{
  g_return_val_if_fail (KOMMUNE_IS_STRATEGY (self), 0);
  return self->first_year;
}

/**
 * kommune_strategy_get_last_year:
 * @self: a #KommuneStrategy
 *
 * Gets the last year.
 *
 * Returns: the year
 *
 * Since: 0.1
 */
guint
kommune_strategy_get_last_year (KommuneStrategy *self)
{
  g_return_val_if_fail (KOMMUNE_IS_STRATEGY (self), 0);
  return self->last_year;
}

/**
 * kommune_strategy_add_focus_area:
 * @self: a #KommuneStrategy
 * @focus_area: a goal of level %KOMMUNE_GOAL_LEVEL_STRATEGIC without a
 *   parent, whose children are its strategic goals
 * @error: return location for a #GError
 *
 * Adds a focus area. Fails with %KOMMUNE_ERROR_INVALID_ARGUMENT for a
 * goal of another level or one with a parent, and with
 * %KOMMUNE_ERROR_DUPLICATE for a repeated id.
 *
 * Returns: %TRUE if it was added
 *
 * Since: 0.1
 */
gboolean
kommune_strategy_add_focus_area (KommuneStrategy  *self,
                                 KommuneGoal      *focus_area,
                                 GError          **error)
{
  g_autofree char *owner = NULL;

  g_return_val_if_fail (KOMMUNE_IS_STRATEGY (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!KOMMUNE_IS_GOAL (focus_area))
    {
      g_set_error_literal (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                           _("the focus area is not a goal"));
      return FALSE;
    }
  if (!_kommune_strategy_check (self, error) || !_kommune_goal_check (focus_area, error))
    return FALSE;
  if (kommune_goal_get_level (focus_area) != KOMMUNE_GOAL_LEVEL_STRATEGIC ||
      kommune_goal_get_parent (focus_area) != NULL)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                   _("goal “%s” is not a strategic goal without a parent"),
                   kommune_goal_get_id (focus_area));
      return FALSE;
    }
  owner = g_strdup_printf (_("strategy “%s”"), self->name);
  if (_kommune_list_find (self->focus_areas, kommune_goal_get_id (focus_area)) != NULL)
    return _kommune_list_append (self->focus_areas, focus_area, _("the focus area"), owner, error);   /* the duplicate */
  /* In a document, a new focus area's ids join the document's. */
  if (self->shared_ids != NULL && !_kommune_goal_share_ids (focus_area, self->shared_ids, error))
    return FALSE;
  if (!_kommune_list_append (self->focus_areas, focus_area, _("the focus area"), owner, error))
    {
      if (self->shared_ids != NULL)
        _kommune_goal_unshare_ids (focus_area);
      return FALSE;
    }
  return TRUE;
}

/**
 * kommune_strategy_get_focus_areas:
 * @self: a #KommuneStrategy
 *
 * Gets the focus areas, in the order added.
 *
 * Returns: (transfer none): a list model of [class@Kommune.Goal]
 *
 * Since: 0.1
 */
GListModel *
kommune_strategy_get_focus_areas (KommuneStrategy *self)
{
  g_return_val_if_fail (KOMMUNE_IS_STRATEGY (self), NULL);
  return G_LIST_MODEL (self->focus_areas);
}

/**
 * kommune_strategy_count_goals:
 * @self: a #KommuneStrategy
 *
 * Counts the strategic goals under all focus areas (not the focus areas
 * themselves): 17 for Drammen's competence strategy.
 *
 * Returns: the number of goals
 *
 * Since: 0.1
 */
guint
kommune_strategy_count_goals (KommuneStrategy *self)
{
  guint total = 0;

  g_return_val_if_fail (KOMMUNE_IS_STRATEGY (self), 0);

  for (guint i = 0; i < _kommune_list_get_n_items (self->focus_areas); i++)
    total += kommune_goal_count (_kommune_list_get (self->focus_areas, i));
  return total;
}

void
_kommune_strategy_set_shared_ids (KommuneStrategy *self,
                                  GHashTable      *shared_ids)
{
  g_return_if_fail (KOMMUNE_IS_STRATEGY (self));

  if (shared_ids != NULL)
    g_hash_table_ref (shared_ids);
  g_clear_pointer (&self->shared_ids, g_hash_table_unref);
  self->shared_ids = shared_ids;
}

GHashTable *
_kommune_strategy_get_shared_ids (KommuneStrategy *self)
{
  g_return_val_if_fail (KOMMUNE_IS_STRATEGY (self), NULL);

  return self->shared_ids;
}
