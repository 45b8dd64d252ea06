/* kommune-goal-tree.c: a goal's place in its tree of goals: parent and
 * children, adding a child, looking a goal up by id, counting and the
 * depth of a tree, and the ids a document's trees share
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "kommune-error.h"
#include "model/kommune-goal-private.h"
#include "core/kommune-list-private.h"
#include "core/kommune-i18n-private.h"

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

/* The level of @goal in its tree, the root being 1. */
static guint
level_of (KommuneGoal *goal)
{
  guint level = 1;

  for (; goal->parent != NULL; goal = goal->parent)
    level++;
  return level;
}

/**
 * kommune_goal_add_child:
 * @self: a #KommuneGoal
 * @child: a goal without a parent
 * @error: return location for a #GError
 *
 * Makes @child serve this goal. Fails with
 * %KOMMUNE_ERROR_INVALID_ARGUMENT when @child already has a parent or is
 * the root of this goal's tree, or when the tree would have more than
 * %KOMMUNE_GOAL_MAX_DEPTH levels, and with %KOMMUNE_ERROR_DUPLICATE when an
 * id in @child's tree is already in this goal's tree. Either goal made
 * bare with g_object_new() fails as kommune_goal_new() would.
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
  GHashTableIter iter;
  gpointer key, value;
  guint levels;

  g_return_val_if_fail (KOMMUNE_IS_GOAL (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!KOMMUNE_IS_GOAL (child))
    {
      g_set_error_literal (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                           _("the child is not a goal"));
      return FALSE;
    }
  if (!_kommune_goal_check (self, error) || !_kommune_goal_check (child, error))
    return FALSE;

  root = root_of (self);
  if (root == child)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                   child == self ? _("goal “%s” cannot be its own child")
                                 : _("goal “%s” is the root of the tree it would join"), child->id);
      return FALSE;
    }
  /* A tree in a document stays a tree of its own there. */
  if (child->shared_ids != NULL)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                   _("goal “%s” is the root of a tree in a document and cannot become a child"),
                   child->id);
      return FALSE;
    }
  if (child->parent != NULL)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                   _("goal “%s” already has a place in a tree of goals"), child->id);
      return FALSE;
    }
  levels = level_of (self) + child->levels;
  if (levels > KOMMUNE_GOAL_MAX_DEPTH)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                   _("goal “%s” under goal “%s” would make a tree of %u levels; "
                   "a tree of goals has at most %u"),
                   child->id, self->id, levels, (guint) KOMMUNE_GOAL_MAX_DEPTH);
      return FALSE;
    }
  g_hash_table_iter_init (&iter, child->ids);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      if (g_hash_table_contains (root->ids, key))
        {
          g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_DUPLICATE,
                       _("the tree of goal “%s” already has a goal “%s”"), root->id, (const char *) key);
          return FALSE;
        }
      if (root->shared_ids != NULL && g_hash_table_contains (root->shared_ids, key))
        {
          g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_DUPLICATE,
                       _("goal “%s” already exists in the document"), (const char *) key);
          return FALSE;
        }
    }

  g_hash_table_iter_init (&iter, child->ids);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_hash_table_insert (root->ids, key, value);
      if (root->shared_ids != NULL)
        g_hash_table_insert (root->shared_ids, key, value);
    }
  g_clear_pointer (&child->ids, g_hash_table_unref);

  child->parent = self;
  _kommune_list_append (self->children, child, NULL, NULL, NULL);
  levels = child->levels + 1;
  for (KommuneGoal *goal = self; goal != NULL && goal->levels < levels; goal = goal->parent)
    goal->levels = levels++;
  return TRUE;
}

/**
 * kommune_goal_get_children:
 * @self: a #KommuneGoal
 *
 * Gets the goals that serve this one, in the order added. The list is a
 * read-only view: add children with [method@Kommune.Goal.add_child].
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
 * @id: (nullable): a goal id
 *
 * Looks up a goal by id in the tree below and including this one, in
 * constant time.
 *
 * Returns: (transfer none) (nullable): the goal, or %NULL
 *
 * Since: 0.1
 */
KommuneGoal *
kommune_goal_find (KommuneGoal *self,
                   const char  *id)
{
  KommuneGoal *found;

  g_return_val_if_fail (KOMMUNE_IS_GOAL (self), NULL);

  if (id == NULL)
    return NULL;
  found = g_hash_table_lookup (root_of (self)->ids, id);
  /* Found in the tree; is it below this goal? */
  for (KommuneGoal *goal = found; goal != NULL; goal = goal->parent)
    if (goal == self)
      return found;
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

  n = _kommune_list_get_n_items (self->children);
  total = n;
  for (guint i = 0; i < n; i++)
    total += kommune_goal_count (_kommune_list_get (self->children, i));
  return total;
}

/**
 * kommune_goal_get_depth:
 * @self: a #KommuneGoal
 *
 * Counts the levels of the tree below and including this goal: 1 for a
 * goal without children. A tree has at most %KOMMUNE_GOAL_MAX_DEPTH.
 *
 * Returns: the number of levels
 *
 * Since: 0.1
 */
guint
kommune_goal_get_depth (KommuneGoal *self)
{
  g_return_val_if_fail (KOMMUNE_IS_GOAL (self), 0);
  return self->levels;
}

gboolean
_kommune_goal_share_ids (KommuneGoal  *root,
                         GHashTable   *shared_ids,
                         GError      **error)
{
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (KOMMUNE_IS_GOAL (root), FALSE);

  if (root->parent != NULL)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                   _("goal “%s” is the child of goal “%s”, not the root of a tree"),
                   root->id, root->parent->id);
      return FALSE;
    }
  if (root->shared_ids != NULL)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                   root->shared_ids == shared_ids ? _("the tree of goal “%s” is already in this document")
                                                  : _("the tree of goal “%s” is already in a document"),
                   root->id);
      return FALSE;
    }
  g_hash_table_iter_init (&iter, root->ids);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (g_hash_table_contains (shared_ids, key))
      {
        g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_DUPLICATE,
                     _("goal “%s” already exists in the document"), (const char *) key);
        return FALSE;
      }

  g_hash_table_iter_init (&iter, root->ids);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (shared_ids, key, value);
  root->shared_ids = g_hash_table_ref (shared_ids);
  return TRUE;
}

void
_kommune_goal_unshare_ids (KommuneGoal *root)
{
  g_return_if_fail (KOMMUNE_IS_GOAL (root));

  g_clear_pointer (&root->shared_ids, g_hash_table_unref);
}
