/* kommune-goal-private.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "kommune-goal.h"
#include "core/kommune-list-private.h"

G_BEGIN_DECLS

struct _KommuneGoal
{
  GObject           parent_instance;

  char             *id;
  char             *text;
  char             *owner;
  KommuneGoal      *parent;        /* weak: the parent owns its children */
  KommuneList      *children;
  KommuneList      *indicators;
  KommuneList      *measures;
  GHashTable       *ids;           /* id → borrowed goal of the tree; roots only */
  GHashTable       *shared_ids;    /* the ids of every tree of the document the
                                    * tree is in, or NULL; roots only */
  guint             levels;        /* levels of the tree below and including this goal */
  guint             first_year;
  guint             last_year;
  KommuneGoalLevel  level;
};

/* Fails as kommune_goal_new() would for a goal made with g_object_new(). */
gboolean _kommune_goal_check (KommuneGoal  *self,
                              GError      **error);

/* A document's trees share one set of ids, so that no goal id occurs
 * twice in it however its trees grow. Adds the ids of @root's tree to
 * @shared_ids (id → borrowed goal; the document keeps the trees alive),
 * failing with KOMMUNE_ERROR_DUPLICATE when one is there, and from then on
 * kommune_goal_add_child() checks and adds there too. A tree is in one
 * document at a time; _kommune_goal_unshare_ids() lets it go when the
 * document is finalized. */
gboolean _kommune_goal_share_ids   (KommuneGoal  *root,
                                    GHashTable   *shared_ids,
                                    GError      **error);
void     _kommune_goal_unshare_ids (KommuneGoal  *root);

G_END_DECLS
