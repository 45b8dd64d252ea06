/* kommune-scorecard.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "kommune-error.h"
#include "model/kommune-goal-private.h"
#include "kommune-indicator.h"
#include "core/kommune-list-private.h"
#include "kommune-measurement.h"
#include "kommune-scorecard.h"
#include "core/kommune-i18n-private.h"

/**
 * KommuneScorecard:
 *
 * The traffic lights of a tree of goals for one period: every indicator
 * in the tree evaluated against its bands
 * ([method@Kommune.Indicator.evaluate_measurement]), the number of
 * indicators per status, each goal's status rolled up as the worst of its
 * indicators and sub-goals ([func@Kommune.Status.worst]), and the list of
 * indicators that are not approved.
 *
 * The period names the measurement to use (`2013`); without one, each
 * indicator's latest measurement is used. An indicator without a
 * measurement for the period is not measured, which does not make its
 * goal worse.
 *
 * A scorecard is a snapshot: it does not follow later changes to the
 * goals. Its list of indicators not approved is a read-only view.
 *
 * The tree is walked level by level, which is safe because a tree of goals
 * has at most %KOMMUNE_GOAL_MAX_DEPTH levels; kommune_scorecard_new()
 * checks it again. A scorecard made with g_object_new()
 * (`Kommune.Scorecard()` in Python) has no root: it counts nothing, its
 * status is %KOMMUNE_STATUS_NOT_MEASURED and it formats as an empty
 * scorecard.
 *
 * Since: 0.1
 */

struct _KommuneScorecard
{
  GObject      parent_instance;

  KommuneGoal *root;
  char        *period;
  GHashTable  *indicator_status;   /* KommuneIndicator → status */
  GHashTable  *goal_status;        /* KommuneGoal → status */
  KommuneList *not_approved;
  guint        counts[KOMMUNE_STATUS_NOT_MEASURED + 1];
};

G_DEFINE_FINAL_TYPE (KommuneScorecard, kommune_scorecard, G_TYPE_OBJECT)

static void
kommune_scorecard_finalize (GObject *object)
{
  KommuneScorecard *self = (KommuneScorecard *)object;

  g_clear_pointer (&self->indicator_status, g_hash_table_unref);
  g_clear_pointer (&self->goal_status, g_hash_table_unref);
  g_clear_object (&self->not_approved);
  g_clear_object (&self->root);
  g_clear_pointer (&self->period, g_free);

  G_OBJECT_CLASS (kommune_scorecard_parent_class)->finalize (object);
}

static void
kommune_scorecard_class_init (KommuneScorecardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kommune_scorecard_finalize;
}

static void
kommune_scorecard_init (KommuneScorecard *self)
{
  self->indicator_status = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  self->goal_status = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  self->not_approved = _kommune_list_new (KOMMUNE_TYPE_INDICATOR, NULL);
}

/* How bad a status is; not measured counts as nothing. */
static int
severity (KommuneStatus status)
{
  switch (status)
    {
    case KOMMUNE_STATUS_DESIRED:
      return 1;
    case KOMMUNE_STATUS_ACCEPTABLE:
      return 2;
    case KOMMUNE_STATUS_OUTSIDE_BANDS:
      return 3;
    case KOMMUNE_STATUS_NOT_APPROVED:
      return 4;
    case KOMMUNE_STATUS_NOT_MEASURED:
    default:
      return 0;
    }
}

/**
 * kommune_status_worst:
 * @a: a status
 * @b: another status
 *
 * Gives the worse of two statuses, in the order desired < acceptable <
 * outside bands < not approved. Not measured yields to any measured
 * status: a missing value does not make a goal worse.
 *
 * Returns: the worse status
 *
 * Since: 0.1
 */
KommuneStatus
kommune_status_worst (KommuneStatus a,
                      KommuneStatus b)
{
  g_return_val_if_fail ((guint) a <= KOMMUNE_STATUS_NOT_MEASURED, KOMMUNE_STATUS_NOT_MEASURED);
  g_return_val_if_fail ((guint) b <= KOMMUNE_STATUS_NOT_MEASURED, KOMMUNE_STATUS_NOT_MEASURED);

  return severity (b) > severity (a) ? b : a;
}

static KommuneMeasurement *
measurement_for (KommuneIndicator *indicator,
                 const char       *period)
{
  return period != NULL ? kommune_indicator_find_measurement (indicator, period)
                        : kommune_indicator_get_latest_measurement (indicator);
}

static KommuneStatus
evaluate_goal (KommuneScorecard *self,
               KommuneGoal      *goal)
{
  GListModel *indicators = kommune_goal_get_indicators (goal);
  GListModel *children = kommune_goal_get_children (goal);
  KommuneStatus status = KOMMUNE_STATUS_NOT_MEASURED;

  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(KommuneIndicator) indicator = g_list_model_get_item (indicators, i);
      KommuneStatus own = kommune_indicator_evaluate_measurement (indicator,
                                                                  measurement_for (indicator, self->period));

      /* An indicator shared by two goals colours both, but counts once. */
      status = kommune_status_worst (status, own);
      if (g_hash_table_contains (self->indicator_status, indicator))
        continue;
      g_hash_table_insert (self->indicator_status, g_object_ref (indicator), GINT_TO_POINTER (own));
      self->counts[own]++;
      if (own == KOMMUNE_STATUS_NOT_APPROVED)
        _kommune_list_append (self->not_approved, indicator, NULL, NULL, NULL);
    }
  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr(KommuneGoal) child = g_list_model_get_item (children, i);

      status = kommune_status_worst (status, evaluate_goal (self, child));
    }

  g_hash_table_insert (self->goal_status, g_object_ref (goal), GINT_TO_POINTER (status));
  return status;
}

/**
 * kommune_scorecard_new:
 * @root: the goal at the top of the tree
 * @period: (nullable): the period to evaluate, e.g. `2013`, or %NULL for
 *   each indicator's latest measurement
 * @error: return location for a #GError
 *
 * Evaluates a tree of goals. Fails with %KOMMUNE_ERROR_INVALID_ARGUMENT
 * when @root is not a goal or its tree has more than
 * %KOMMUNE_GOAL_MAX_DEPTH levels, and as kommune_goal_new() would for a
 * goal made bare with g_object_new().
 *
 * Returns: (transfer full) (nullable): the scorecard, or %NULL with
 *   @error set
 *
 * Since: 0.1
 */
KommuneScorecard *
kommune_scorecard_new (KommuneGoal  *root,
                       const char   *period,
                       GError      **error)
{
  KommuneScorecard *self;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!KOMMUNE_IS_GOAL (root))
    {
      g_set_error_literal (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                           _("a scorecard needs a goal at the top of its tree"));
      return NULL;
    }
  if (!_kommune_goal_check (root, error))
    return NULL;
  if (kommune_goal_get_depth (root) > KOMMUNE_GOAL_MAX_DEPTH)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                   _("the tree of goal “%s” has %u levels; a tree of goals has at most %u"),
                   kommune_goal_get_id (root), kommune_goal_get_depth (root),
                   (guint) KOMMUNE_GOAL_MAX_DEPTH);
      return NULL;
    }

  self = g_object_new (KOMMUNE_TYPE_SCORECARD, NULL);
  self->root = g_object_ref (root);
  self->period = g_strdup (period);
  evaluate_goal (self, root);
  return self;
}

/**
 * kommune_scorecard_get_root:
 * @self: a #KommuneScorecard
 *
 * Gets the goal at the top.
 *
 * Returns: (transfer none) (nullable): the root goal, %NULL for a scorecard
 *   made with g_object_new()
 *
 * Since: 0.1
 */
KommuneGoal *
kommune_scorecard_get_root (KommuneScorecard *self)
{
  g_return_val_if_fail (KOMMUNE_IS_SCORECARD (self), NULL);
  return self->root;
}

/**
 * kommune_scorecard_get_period:
 * @self: a #KommuneScorecard
 *
 * Gets the period evaluated.
 *
 * Returns: (nullable): the period, or %NULL for the latest measurements
 *
 * Since: 0.1
 */
const char *
kommune_scorecard_get_period (KommuneScorecard *self)
{
  g_return_val_if_fail (KOMMUNE_IS_SCORECARD (self), NULL);
  return self->period;
}

/**
 * kommune_scorecard_get_count:
 * @self: a #KommuneScorecard
 * @status: a status
 *
 * Counts the indicators with a status.
 *
 * Returns: the number of indicators
 *
 * Since: 0.1
 */
guint
kommune_scorecard_get_count (KommuneScorecard *self,
                             KommuneStatus     status)
{
  g_return_val_if_fail (KOMMUNE_IS_SCORECARD (self), 0);
  g_return_val_if_fail ((guint) status <= KOMMUNE_STATUS_NOT_MEASURED, 0);
  return self->counts[status];
}

/**
 * kommune_scorecard_get_goal_status:
 * @self: a #KommuneScorecard
 * @goal: a goal in the tree
 *
 * Gets a goal's status: the worst of its indicators and sub-goals.
 *
 * Returns: the status; %KOMMUNE_STATUS_NOT_MEASURED for a goal outside the
 *   tree or without measured indicators
 *
 * Since: 0.1
 */
KommuneStatus
kommune_scorecard_get_goal_status (KommuneScorecard *self,
                                   KommuneGoal      *goal)
{
  gpointer status;

  g_return_val_if_fail (KOMMUNE_IS_SCORECARD (self), KOMMUNE_STATUS_NOT_MEASURED);

  if (!g_hash_table_lookup_extended (self->goal_status, goal, NULL, &status))
    return KOMMUNE_STATUS_NOT_MEASURED;
  return (KommuneStatus) GPOINTER_TO_INT (status);
}

/**
 * kommune_scorecard_get_status:
 * @self: a #KommuneScorecard
 *
 * Gets the status of the whole tree: the root goal's status.
 *
 * Returns: the status
 *
 * Since: 0.1
 */
KommuneStatus
kommune_scorecard_get_status (KommuneScorecard *self)
{
  g_return_val_if_fail (KOMMUNE_IS_SCORECARD (self), KOMMUNE_STATUS_NOT_MEASURED);
  return kommune_scorecard_get_goal_status (self, self->root);
}

/**
 * kommune_scorecard_get_indicator_status:
 * @self: a #KommuneScorecard
 * @indicator: an indicator in the tree
 *
 * Gets an indicator's status in the scorecard.
 *
 * Returns: the status; %KOMMUNE_STATUS_NOT_MEASURED for one outside the tree
 *
 * Since: 0.1
 */
KommuneStatus
kommune_scorecard_get_indicator_status (KommuneScorecard *self,
                                        KommuneIndicator *indicator)
{
  gpointer status;

  g_return_val_if_fail (KOMMUNE_IS_SCORECARD (self), KOMMUNE_STATUS_NOT_MEASURED);

  if (!g_hash_table_lookup_extended (self->indicator_status, indicator, NULL, &status))
    return KOMMUNE_STATUS_NOT_MEASURED;
  return (KommuneStatus) GPOINTER_TO_INT (status);
}

/**
 * kommune_scorecard_get_measurement:
 * @self: a #KommuneScorecard
 * @indicator: (nullable): an indicator
 *
 * Gets the measurement the scorecard uses for an indicator.
 *
 * Returns: (transfer none) (nullable): the measurement, or %NULL (also
 *   when @indicator is %NULL)
 *
 * Since: 0.1
 */
KommuneMeasurement *
kommune_scorecard_get_measurement (KommuneScorecard *self,
                                   KommuneIndicator *indicator)
{
  g_return_val_if_fail (KOMMUNE_IS_SCORECARD (self), NULL);

  if (!KOMMUNE_IS_INDICATOR (indicator))
    return NULL;
  return measurement_for (indicator, self->period);
}

/**
 * kommune_scorecard_get_not_approved:
 * @self: a #KommuneScorecard
 *
 * Gets the indicators that are not approved, in tree order, as a
 * read-only view.
 *
 * Returns: (transfer none): a list model of [class@Kommune.Indicator]
 *
 * Since: 0.1
 */
GListModel *
kommune_scorecard_get_not_approved (KommuneScorecard *self)
{
  g_return_val_if_fail (KOMMUNE_IS_SCORECARD (self), NULL);
  return G_LIST_MODEL (self->not_approved);
}

/* “not approved”: the status's name with spaces for hyphens. */
static char *
dup_status_words (KommuneStatus status)
{
  static const char * const words[] = {
    N_("desired"), N_("acceptable"), N_("not approved"), N_("outside bands"), N_("not measured")
  };

  if ((guint) status < G_N_ELEMENTS (words))
    return g_strdup (_(words[status]));
  return g_strdelimit (g_strdup (kommune_status_to_string (status)), "-", ' ');
}

/* “GREEN  desired”: the colour of the light, then the status in words. */
static char *
dup_status_label (KommuneStatus status)
{
  static const char * const colours[] = { N_("GREEN"), N_("YELLOW"), N_("RED"), N_("GREY"), "-" };
  g_autofree char *words = NULL;

  if ((guint) status >= G_N_ELEMENTS (colours))
    status = KOMMUNE_STATUS_NOT_MEASURED;
  words = dup_status_words (status);
  return g_strdup_printf ("%-6s %s", _(colours[status]), words);
}

static void
append_bands (GString          *out,
              KommuneIndicator *indicator)
{
  gboolean first = TRUE;

  for (int status = KOMMUNE_STATUS_DESIRED; status <= KOMMUNE_STATUS_NOT_APPROVED; status++)
    {
      g_autofree char *band = kommune_indicator_describe_band (indicator, (KommuneStatus) status);
      g_autofree char *words = NULL;

      if (band == NULL)
        continue;
      words = dup_status_words ((KommuneStatus) status);
      g_string_append_printf (out, "%s%s %s", first ? "" : "; ", words, band);
      first = FALSE;
    }
}

static void
format_goal (KommuneScorecard *self,
             GString          *out,
             KommuneGoal      *goal,
             guint             depth)
{
  GListModel *indicators = kommune_goal_get_indicators (goal);
  GListModel *children = kommune_goal_get_children (goal);
  g_autofree char *goal_label = dup_status_label (kommune_scorecard_get_goal_status (self, goal));

  g_string_append_printf (out, "%*s[%s] %s\n", (int) depth * 2, "",
                          goal_label, kommune_goal_get_text (goal));
  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(KommuneIndicator) indicator = g_list_model_get_item (indicators, i);
      KommuneMeasurement *measurement = measurement_for (indicator, self->period);
      g_autofree char *value = measurement ? kommune_measurement_format (measurement) : g_strdup ("–");
      g_autofree char *label = dup_status_label (kommune_scorecard_get_indicator_status (self, indicator));

      g_string_append_printf (out, "%*s  %-20s %s = %s (", (int) depth * 2, "",
                              label, kommune_indicator_get_name (indicator), value);
      append_bands (out, indicator);
      g_string_append (out, ")\n");
    }
  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr(KommuneGoal) child = g_list_model_get_item (children, i);

      format_goal (self, out, child, depth + 1);
    }
}

/**
 * kommune_scorecard_format:
 * @self: a #KommuneScorecard
 *
 * Writes the scorecard as plain text for a terminal or a report: the
 * counts per status, the goal tree with each goal's and indicator's
 * traffic light, value and bands, and the indicators not approved.
 *
 * Returns: (transfer full): the text
 *
 * Since: 0.1
 */
char *
kommune_scorecard_format (KommuneScorecard *self)
{
  GString *out;
  guint n_red;

  g_return_val_if_fail (KOMMUNE_IS_SCORECARD (self), NULL);

  out = g_string_new (NULL);
  g_string_append_printf (out, _("Scorecard %s\n"), self->period ? self->period : _("(latest measurements)"));
  g_string_append_printf (out, _("%u desired, %u acceptable, %u not approved, %u outside bands, %u not measured\n\n"),
                          self->counts[KOMMUNE_STATUS_DESIRED], self->counts[KOMMUNE_STATUS_ACCEPTABLE],
                          self->counts[KOMMUNE_STATUS_NOT_APPROVED], self->counts[KOMMUNE_STATUS_OUTSIDE_BANDS],
                          self->counts[KOMMUNE_STATUS_NOT_MEASURED]);
  if (self->root != NULL)
    format_goal (self, out, self->root, 0);

  n_red = _kommune_list_get_n_items (self->not_approved);
  g_string_append_printf (out, _("\nNot approved: %u\n"), n_red);
  for (guint i = 0; i < n_red; i++)
    {
      KommuneIndicator *indicator = _kommune_list_get (self->not_approved, i);
      g_autofree char *value = kommune_measurement_format (measurement_for (indicator, self->period));
      g_autofree char *band = kommune_indicator_describe_band (indicator, KOMMUNE_STATUS_NOT_APPROVED);

      g_string_append_printf (out, _("  %s = %s (not approved %s)\n"),
                              kommune_indicator_get_name (indicator), value, band);
    }
  return g_string_free (out, FALSE);
}
