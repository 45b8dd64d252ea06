/* kommune-document-steering-contents.c: the steering lists a
 * KommuneDocument holds — trees of goals, financial rules, workforce
 * figures, strategies
 *
 * Like the lists of records, each is a KommuneList the getters hand out
 * read-only; the add functions are the only way in.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "document/kommune-document-private.h"
#include "kommune-error.h"
#include "model/kommune-financial-rule-private.h"
#include "kommune-financial-rule.h"
#include "model/kommune-goal-private.h"
#include "kommune-goal.h"
#include "model/kommune-strategy-private.h"
#include "kommune-strategy.h"
#include "model/kommune-workforce-figures-private.h"
#include "kommune-workforce-figures.h"
#include "core/kommune-i18n-private.h"

#define OWNER _("the document")

/* Workforce figures are one unit's in one period: “stab 2018”, or the
 * period alone for the whole municipality. Kept on the item while it is
 * in the document; unit and period never change. */
static GQuark
workforce_key_quark (void)
{
  return g_quark_from_static_string ("kommune-document-workforce-key");
}

static const char *
workforce_key (gpointer  item,
               char     *buffer G_GNUC_UNUSED)
{
  return g_object_get_qdata (item, workforce_key_quark ());
}

static const char *
goal_key (gpointer  item,
          char     *buffer G_GNUC_UNUSED)
{
  return kommune_goal_get_id (item);
}

static const char *
rule_key (gpointer  item,
          char     *buffer G_GNUC_UNUSED)
{
  return kommune_financial_rule_get_name (item);
}

static const char *
strategy_key (gpointer  item,
              char     *buffer G_GNUC_UNUSED)
{
  return kommune_strategy_get_name (item);
}

void
_kommune_document_init_steering_contents (KommuneDocument *self)
{
  self->goals = _kommune_list_new (KOMMUNE_TYPE_GOAL, goal_key);
  self->financial_rules = _kommune_list_new (KOMMUNE_TYPE_FINANCIAL_RULE, rule_key);
  self->workforce_figures = _kommune_list_new (KOMMUNE_TYPE_WORKFORCE_FIGURES, workforce_key);
  self->strategies = _kommune_list_new (KOMMUNE_TYPE_STRATEGY, strategy_key);
  self->goal_ids = g_hash_table_new (g_str_hash, g_str_equal);
}

/* Every goal of the tree under @root, depth first, without recursion. */
GPtrArray *
_kommune_document_list_tree (KommuneGoal *root)
{
  g_autoptr(GPtrArray) stack = g_ptr_array_new ();
  GPtrArray *goals = g_ptr_array_new ();

  g_ptr_array_add (stack, root);
  while (stack->len > 0)
    {
      KommuneGoal *goal = g_ptr_array_steal_index (stack, stack->len - 1);
      GListModel *children = kommune_goal_get_children (goal);

      g_ptr_array_add (goals, goal);
      for (guint i = g_list_model_get_n_items (children); i > 0; i--)
        {
          g_autoptr(KommuneGoal) child = g_list_model_get_item (children, i - 1);

          g_ptr_array_add (stack, child);   /* the tree keeps it alive */
        }
    }
  return goals;
}

static gboolean
add_goal_tree (KommuneDocument  *self,
               KommuneGoal      *root,
               GError          **error)
{
  if (_kommune_list_find (self->goals, kommune_goal_get_id (root)) == root)
    return _kommune_list_append (self->goals, root, _("goal"), OWNER, error);   /* the duplicate error */
  if (!_kommune_goal_share_ids (root, self->goal_ids, error))
    return FALSE;
  if (!_kommune_list_append (self->goals, root, _("goal"), OWNER, error))
    {
      _kommune_goal_unshare_ids (root);
      return FALSE;
    }
  return TRUE;
}
/**
 * kommune_document_get_goals:
 * @self: a #KommuneDocument
 *
 * Gets the root goals of the trees of goals, in the order added. The list is read-only and live:
 * it changes only through [method@Kommune.Document.add_goal].
 *
 * Returns: (transfer none): a list model of [class@Kommune.Goal]
 *
 * Since: 0.1
 */
GListModel *
kommune_document_get_goals (KommuneDocument *self)
{
  g_return_val_if_fail (KOMMUNE_IS_DOCUMENT (self), NULL);
  return G_LIST_MODEL (self->goals);
}

/**
 * kommune_document_add_goal:
 * @self: a #KommuneDocument
 * @goal: the root goal of a tree of goals
 * @error: return location for a #GError
 *
 * Adds the root goal of a tree of goals at the end. Goal ids are unique
 * across every tree of the document, however the trees grow: a tree
 * holding an id that is in the document fails with
 * %KOMMUNE_ERROR_DUPLICATE, and once the tree is in, so does
 * [method@Kommune.Goal.add_child] anywhere in the document's trees with an
 * id another tree has. A goal that has a parent fails with
 * %KOMMUNE_ERROR_INVALID_ARGUMENT, and so does a tree that is in another
 * document (a tree is in one document at a time, until that document is
 * finalized). On failure nothing changes.
 *
 * Returns: %TRUE if it was added
 *
 * Since: 0.1
 */
gboolean
kommune_document_add_goal (KommuneDocument *self,
                           KommuneGoal     *goal,
                           GError          **error)
{
  g_return_val_if_fail (KOMMUNE_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!KOMMUNE_IS_GOAL (goal))
    return _kommune_document_fail_type (error, _("goal"), goal, KOMMUNE_TYPE_GOAL);
  if (!_kommune_goal_check (goal, error))
    return FALSE;
  if (kommune_goal_get_parent (goal) != NULL)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                   _("goal “%s” has a parent: only the root of a tree is added to the document"),
                   kommune_goal_get_id (goal));
      return FALSE;
    }
  return add_goal_tree (self, goal, error);
}

/**
 * kommune_document_get_financial_rules:
 * @self: a #KommuneDocument
 *
 * Gets the financial rules, in the order added. The list is read-only and live:
 * it changes only through [method@Kommune.Document.add_financial_rule].
 *
 * Returns: (transfer none): a list model of [class@Kommune.FinancialRule]
 *
 * Since: 0.1
 */
GListModel *
kommune_document_get_financial_rules (KommuneDocument *self)
{
  g_return_val_if_fail (KOMMUNE_IS_DOCUMENT (self), NULL);
  return G_LIST_MODEL (self->financial_rules);
}

/**
 * kommune_document_add_financial_rule:
 * @self: a #KommuneDocument
 * @rule: a financial rule
 * @error: return location for a #GError
 *
 * Adds a financial rule at the end. A rule whose name the document
 * already has fails with %KOMMUNE_ERROR_DUPLICATE. A rule that has a
 * condition ([property@Kommune.FinancialRule:until]) must come after
 * it: the condition must already be in the document, or the add fails
 * with %KOMMUNE_ERROR_INVALID_ARGUMENT. On failure nothing changes.
 *
 * Returns: %TRUE if it was added
 *
 * Since: 0.1
 */
gboolean
kommune_document_add_financial_rule (KommuneDocument       *self,
                                     KommuneFinancialRule  *rule,
                                     GError               **error)
{
  KommuneFinancialRule *condition;

  g_return_val_if_fail (KOMMUNE_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!KOMMUNE_IS_FINANCIAL_RULE (rule))
    return _kommune_document_fail_type (error, _("financial rule"), rule, KOMMUNE_TYPE_FINANCIAL_RULE);
  if (!_kommune_financial_rule_check (rule, error))
    return FALSE;
  condition = kommune_financial_rule_get_until (rule);
  if (condition != NULL &&
      _kommune_list_find (self->financial_rules, kommune_financial_rule_get_name (condition)) != condition)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                   _("rule “%s”: its condition “%s” is not a rule of the document yet"),
                   kommune_financial_rule_get_name (rule), kommune_financial_rule_get_name (condition));
      return FALSE;
    }
  return _kommune_list_append (self->financial_rules, rule, _("financial rule"), OWNER, error);
}

/**
 * kommune_document_get_workforce_figures:
 * @self: a #KommuneDocument
 *
 * Gets the workforce figures, in the order added. The list is read-only and live:
 * it changes only through [method@Kommune.Document.add_workforce_figures].
 *
 * Returns: (transfer none): a list model of [class@Kommune.WorkforceFigures]
 *
 * Since: 0.1
 */
GListModel *
kommune_document_get_workforce_figures (KommuneDocument *self)
{
  g_return_val_if_fail (KOMMUNE_IS_DOCUMENT (self), NULL);
  return G_LIST_MODEL (self->workforce_figures);
}

/**
 * kommune_document_add_workforce_figures:
 * @self: a #KommuneDocument
 * @figures: workforce figures
 * @error: return location for a #GError
 *
 * Adds workforce figures at the end. A unit has one set of figures a
 * period: a second for the same unit and period fails with
 * %KOMMUNE_ERROR_DUPLICATE. On failure nothing changes.
 *
 * Returns: %TRUE if it was added
 *
 * Since: 0.1
 */
gboolean
kommune_document_add_workforce_figures (KommuneDocument         *self,
                                        KommuneWorkforceFigures *figures,
                                        GError                  **error)
{
  g_return_val_if_fail (KOMMUNE_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!KOMMUNE_IS_WORKFORCE_FIGURES (figures))
    return _kommune_document_fail_type (error, _("workforce figures"), figures, KOMMUNE_TYPE_WORKFORCE_FIGURES);
  if (!_kommune_workforce_figures_check (figures, error))
    return FALSE;
  {
    const char *unit = kommune_workforce_figures_get_unit (figures);
    const char *period = kommune_workforce_figures_get_period (figures);

    g_object_set_qdata_full (G_OBJECT (figures), workforce_key_quark (),
                             unit != NULL && *unit != '\0' ? g_strdup_printf ("%s %s", unit, period)
                                                            : g_strdup (period),
                             g_free);
  }
  return _kommune_list_append (self->workforce_figures, figures, _("workforce figures"), OWNER, error);
}

/* Lets the first @n focus areas of @strategy go from the document's ids. */
static void
unshare_focus_areas (KommuneDocument *self,
                     KommuneStrategy *strategy,
                     guint            n)
{
  GListModel *focus_areas = kommune_strategy_get_focus_areas (strategy);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KommuneGoal) focus_area = g_list_model_get_item (focus_areas, i);
      g_autoptr(GPtrArray) tree = _kommune_document_list_tree (focus_area);

      for (guint g = 0; g < tree->len; g++)
        g_hash_table_remove (self->goal_ids, kommune_goal_get_id (g_ptr_array_index (tree, g)));
      _kommune_goal_unshare_ids (focus_area);
    }
}

void
_kommune_document_unshare_strategies (KommuneDocument *self)
{
  for (guint i = 0; self->strategies != NULL && i < _kommune_list_get_n_items (self->strategies); i++)
    {
      KommuneStrategy *strategy = _kommune_list_get (self->strategies, i);

      unshare_focus_areas (self, strategy, g_list_model_get_n_items (kommune_strategy_get_focus_areas (strategy)));
      _kommune_strategy_set_shared_ids (strategy, NULL);
    }
}

/**
 * kommune_document_get_strategies:
 * @self: a #KommuneDocument
 *
 * Gets the strategies, in the order added. The list is read-only and live:
 * it changes only through [method@Kommune.Document.add_strategy].
 *
 * Returns: (transfer none): a list model of [class@Kommune.Strategy]
 *
 * Since: 0.1
 */
GListModel *
kommune_document_get_strategies (KommuneDocument *self)
{
  g_return_val_if_fail (KOMMUNE_IS_DOCUMENT (self), NULL);
  return G_LIST_MODEL (self->strategies);
}

/**
 * kommune_document_add_strategy:
 * @self: a #KommuneDocument
 * @strategy: a strategy
 * @error: return location for a #GError
 *
 * Adds a strategy at the end. A strategy whose name the document
 * already has fails with %KOMMUNE_ERROR_DUPLICATE. On failure nothing
 * changes.
 *
 * Returns: %TRUE if it was added
 *
 * Since: 0.1
 */
gboolean
kommune_document_add_strategy (KommuneDocument *self,
                               KommuneStrategy *strategy,
                               GError          **error)
{
  GListModel *focus_areas;

  g_return_val_if_fail (KOMMUNE_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!KOMMUNE_IS_STRATEGY (strategy))
    return _kommune_document_fail_type (error, _("strategy"), strategy, KOMMUNE_TYPE_STRATEGY);
  if (!_kommune_strategy_check (strategy, error))
    return FALSE;
  if (_kommune_list_find (self->strategies, kommune_strategy_get_name (strategy)) != NULL)
    return _kommune_list_append (self->strategies, strategy, _("strategy"), OWNER, error);   /* the duplicate error */

  if (_kommune_strategy_get_shared_ids (strategy) != NULL)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                   _("strategy “%s” is already in a document"), kommune_strategy_get_name (strategy));
      return FALSE;
    }

  /* Its focus areas are trees of goals of the document too: one set of
   * ids for all of them. All or none. */
  focus_areas = kommune_strategy_get_focus_areas (strategy);
  for (guint i = 0; i < g_list_model_get_n_items (focus_areas); i++)
    {
      g_autoptr(KommuneGoal) focus_area = g_list_model_get_item (focus_areas, i);

      if (!_kommune_goal_share_ids (focus_area, self->goal_ids, error))
        {
          unshare_focus_areas (self, strategy, i);
          return FALSE;
        }
    }
  if (!_kommune_list_append (self->strategies, strategy, _("strategy"), OWNER, error))
    {
      unshare_focus_areas (self, strategy, g_list_model_get_n_items (focus_areas));
      return FALSE;
    }
  _kommune_strategy_set_shared_ids (strategy, self->goal_ids);
  return TRUE;
}
