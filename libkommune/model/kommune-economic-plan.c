/* kommune-economic-plan.c: the KommuneEconomicPlan type, the lowest of
 * the plan's files: its properties, its years and how they roll forward,
 * the key of an area, year and budget type, the checks of a year and a
 * budget type, and the storage every other file of the plan fills. The
 * plan owns every table from kommune_economic_plan_init() to finalize,
 * so this file releases them itself and knows nothing of what the files
 * above it keep there.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "kommune-adjustment.h"
#include "kommune-budget-frame.h"
#include "kommune-calendar.h"
#include "model/kommune-economic-plan-private.h"
#include "kommune-error.h"
#include "kommune-programme-area.h"
#include "core/kommune-i18n-private.h"

/**
 * KommuneEconomicPlan:
 *
 * The action and economic plan (handlings- og økonomiplan): four
 * consecutive years, of which the first is the binding annual budget.
 *
 * The plan holds the original frame (as adopted) of every programme area
 * for each year and budget type, as [class@Kommune.BudgetFrame]s that can
 * carry distributions, and an append-only log of
 * [class@Kommune.Adjustment]s. Every later state of a frame is computed
 * from the log, never stored:
 *
 * - [method@Kommune.EconomicPlan.get_original_frame_amount]: as adopted;
 * - [method@Kommune.EconomicPlan.get_frame_amount]: revised by every adjustment
 *   dated on or before a date, or by all of them;
 * - [method@Kommune.EconomicPlan.get_frame_amount_after]: revised by the
 *   adjustments of the documents up to and including one (in the order of
 *   the steering year, see [func@Kommune.calendar_document_rank]);
 * - [method@Kommune.EconomicPlan.get_frame_change]: the change between
 *   two dates.
 *
 * A frame the plan has not been given counts as 0 for an area the plan
 * knows, so adjustments to it still add up; unknown areas and years
 * outside the plan are errors. All sums are checked for overflow.
 *
 * [method@Kommune.EconomicPlan.roll_forward] moves the plan on one year:
 * the first year's frames are dropped and a new, empty last year begins.
 * The log keeps every adjustment, including those of years no longer in
 * the plan; [property@Kommune.EconomicPlan:start-year] is the first year
 * the plan had before it was rolled, and documents save and load such
 * adjustments with the plan.
 *
 * The areas ([method@Kommune.EconomicPlan.get_areas]) and the log
 * ([method@Kommune.EconomicPlan.get_adjustments]) are read-only views:
 * they change only through the plan's checked methods. Adding an
 * adjustment, a frame or an area takes constant time (amortised), and a
 * frame as of a date costs time in proportion to that frame's own
 * adjustments, not the whole log.
 *
 * A plan made with g_object_new() (or `Kommune.EconomicPlan()` in Python)
 * has the checked range of [property@Kommune.EconomicPlan:first-year]
 * (default 2000), so it is always valid. The areas, frames and
 * adjustments given to it are checked when they are added, with the
 * errors their constructors give.
 *
 * A plan no longer changed may be read (frames, totals, the log) from
 * several threads at once; every change, and
 * kommune_economic_plan_check_adjustment(), belongs to one thread. See
 * [Threads](threads.html).
 *
 * Since: 0.1
 */

G_DEFINE_FINAL_TYPE (KommuneEconomicPlan, kommune_economic_plan, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FIRST_YEAR,
  PROP_LAST_YEAR,
  PROP_START_YEAR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

char *
_kommune_economic_plan_frame_key (const char        *area_code,
                                  guint              year,
                                  KommuneBudgetType  budget_type)
{
  return g_strdup_printf ("%s\x1f%u\x1f%d", area_code, year, (int) budget_type);
}

void
_kommune_frame_log_free (gpointer data)
{
  KommuneFrameLog *log = data;

  g_ptr_array_unref (log->adjustments);
  g_free (log);
}

static const char *
area_key (gpointer  item,
          char     *buffer G_GNUC_UNUSED)
{
  return kommune_programme_area_get_code (item);
}

static const char *
adjustment_key (gpointer  item,
                char     *buffer G_GNUC_UNUSED)
{
  return kommune_adjustment_get_id (item);
}

static void
kommune_economic_plan_finalize (GObject *object)
{
  KommuneEconomicPlan *self = (KommuneEconomicPlan *)object;

  g_clear_pointer (&self->frame_logs, g_hash_table_unref);
  g_clear_pointer (&self->totals, g_hash_table_unref);
  g_clear_object (&self->areas);
  g_clear_pointer (&self->frames, g_hash_table_unref);
  g_clear_object (&self->adjustments);

  G_OBJECT_CLASS (kommune_economic_plan_parent_class)->finalize (object);
}

static void
kommune_economic_plan_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  KommuneEconomicPlan *self = KOMMUNE_ECONOMIC_PLAN (object);

  switch (prop_id)
    {
    case PROP_FIRST_YEAR:
      g_value_set_uint (value, self->first_year);
      break;

    case PROP_LAST_YEAR:
      g_value_set_uint (value, kommune_economic_plan_get_last_year (self));
      break;

    case PROP_START_YEAR:
      g_value_set_uint (value, self->start_year);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kommune_economic_plan_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  KommuneEconomicPlan *self = KOMMUNE_ECONOMIC_PLAN (object);

  switch (prop_id)
    {
    case PROP_FIRST_YEAR:
      self->first_year = g_value_get_uint (value);
      self->start_year = self->first_year;
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kommune_economic_plan_class_init (KommuneEconomicPlanClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kommune_economic_plan_finalize;
  object_class->get_property = kommune_economic_plan_get_property;
  object_class->set_property = kommune_economic_plan_set_property;

  /**
   * KommuneEconomicPlan:first-year:
   *
   * The first year of the plan: the year of the annual budget.
   *
   * Since: 0.1
   */
  properties[PROP_FIRST_YEAR] =
    g_param_spec_uint ("first-year", NULL, NULL,
                       1000, 9999 - KOMMUNE_PLAN_YEARS, 2000,
                       (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                        G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * KommuneEconomicPlan:last-year:
   *
   * The last year of the plan, three years after the first.
   *
   * Since: 0.1
   */
  properties[PROP_LAST_YEAR] =
    g_param_spec_uint ("last-year", NULL, NULL,
                       0, 9999, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * KommuneEconomicPlan:start-year:
   *
   * The first year the plan had before it was rolled forward: equal to
   * [property@Kommune.EconomicPlan:first-year] until
   * [method@Kommune.EconomicPlan.roll_forward] is called. The log holds
   * adjustments from this year on.
   *
   * Since: 0.1
   */
  properties[PROP_START_YEAR] =
    g_param_spec_uint ("start-year", NULL, NULL,
                       0, 9999, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kommune_economic_plan_init (KommuneEconomicPlan *self)
{
  self->first_year = self->start_year = 2000;
  self->areas = _kommune_list_new (KOMMUNE_TYPE_PROGRAMME_AREA, area_key);
  self->frames = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->adjustments = _kommune_list_new (KOMMUNE_TYPE_ADJUSTMENT, adjustment_key);
  self->frame_logs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, _kommune_frame_log_free);
  self->totals = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

static gboolean
check_first_year (guint    first_year,
                  GError **error)
{
  if (first_year >= 1000 && first_year <= 9999 - KOMMUNE_PLAN_YEARS)
    return TRUE;
  g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_PERIOD,
               _("a plan's first year is from 1000 to %u, not %u"),
               9999 - KOMMUNE_PLAN_YEARS, first_year);
  return FALSE;
}

gboolean
_kommune_economic_plan_set_start_year (KommuneEconomicPlan  *self,
                                       guint                 start_year,
                                       GError              **error)
{
  if (start_year < 1000 || start_year > self->first_year)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_PERIOD,
                   _("the plan's start year %u is not from 1000 to its first year %u"),
                   start_year, self->first_year);
      return FALSE;
    }
  if (self->start_year != start_year)
    {
      self->start_year = start_year;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START_YEAR]);
    }
  return TRUE;
}

/**
 * kommune_economic_plan_new:
 * @first_year: the year of the annual budget; the plan covers it and the
 *   three years after
 * @error: return location for a #GError
 *
 * Makes an empty plan. Fails with %KOMMUNE_ERROR_INVALID_PERIOD for a
 * first year outside 1000–9995.
 *
 * Returns: (transfer full) (nullable): a new plan, or %NULL with @error set
 *
 * Since: 0.1
 */
KommuneEconomicPlan *
kommune_economic_plan_new (guint    first_year,
                           GError **error)
{
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_first_year (first_year, error))
    return NULL;

  return g_object_new (KOMMUNE_TYPE_ECONOMIC_PLAN, "first-year", first_year, NULL);
}

/**
 * kommune_economic_plan_get_first_year:
 * @self: a #KommuneEconomicPlan
 *
 * Gets the first year, the year of the annual budget.
 *
 * Returns: the first year
 *
 * Since: 0.1
 */
guint
kommune_economic_plan_get_first_year (KommuneEconomicPlan *self)
{
  g_return_val_if_fail (KOMMUNE_IS_ECONOMIC_PLAN (self), 0);

  return self->first_year;
}

/**
 * kommune_economic_plan_get_start_year:
 * @self: a #KommuneEconomicPlan
 *
 * Gets the first year the plan had before it was rolled forward.
 *
 * Returns: the start year
 *
 * Since: 0.1
 */
guint
kommune_economic_plan_get_start_year (KommuneEconomicPlan *self)
{
  g_return_val_if_fail (KOMMUNE_IS_ECONOMIC_PLAN (self), 0);

  return self->start_year;
}

/**
 * kommune_economic_plan_get_last_year:
 * @self: a #KommuneEconomicPlan
 *
 * Gets the last year of the plan.
 *
 * Returns: the last year
 *
 * Since: 0.1
 */
guint
kommune_economic_plan_get_last_year (KommuneEconomicPlan *self)
{
  g_return_val_if_fail (KOMMUNE_IS_ECONOMIC_PLAN (self), 0);

  return self->first_year + KOMMUNE_PLAN_YEARS - 1;
}

/**
 * kommune_economic_plan_covers_year:
 * @self: a #KommuneEconomicPlan
 * @year: a year
 *
 * Tells whether @year is one of the plan's four years.
 *
 * Returns: %TRUE if the plan covers @year
 *
 * Since: 0.1
 */
gboolean
kommune_economic_plan_covers_year (KommuneEconomicPlan *self,
                                   guint                year)
{
  g_return_val_if_fail (KOMMUNE_IS_ECONOMIC_PLAN (self), FALSE);

  return year >= self->first_year && year < self->first_year + KOMMUNE_PLAN_YEARS;
}

gboolean
_kommune_economic_plan_check_year (KommuneEconomicPlan  *self,
                                   guint                 year,
                                   const char           *what,
                                   GError              **error)
{
  if (kommune_economic_plan_covers_year (self, year))
    return TRUE;
  g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_PERIOD,
               _("%s: %u is outside the plan %u–%u"), what, year,
               self->first_year, kommune_economic_plan_get_last_year (self));
  return FALSE;
}

gboolean
_kommune_economic_plan_check_budget_type (KommuneBudgetType   budget_type,
                                          GError            **error)
{
  if (kommune_budget_type_to_string (budget_type) != NULL)
    return TRUE;
  g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
               _("frame: %d is not a budget type"), (int) budget_type);
  return FALSE;
}

/**
 * kommune_economic_plan_roll_forward:
 * @self: a #KommuneEconomicPlan
 * @error: return location for a #GError
 *
 * Moves the plan on one year: the first year's frames are dropped, the
 * second year becomes the annual budget and an empty fourth year begins.
 * The adjustment log is kept whole, with the adjustments of the dropped
 * year; [property@Kommune.EconomicPlan:start-year] stays. Fails with
 * %KOMMUNE_ERROR_INVALID_PERIOD, changing nothing, when the last year
 * would pass 9999.
 *
 * Returns: %TRUE if the plan moved on
 *
 * Since: 0.1
 */
gboolean
kommune_economic_plan_roll_forward (KommuneEconomicPlan  *self,
                                    GError              **error)
{
  GHashTableIter iter;
  gpointer value;

  g_return_val_if_fail (KOMMUNE_IS_ECONOMIC_PLAN (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_first_year (self->first_year + 1, error))
    return FALSE;

  g_hash_table_iter_init (&iter, self->frames);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (kommune_budget_frame_get_year (value) == self->first_year)
      g_hash_table_iter_remove (&iter);

  self->first_year++;
  /* The cached totals are sums over the plan's years: they are filled in
   * again for the new years when next needed. */
  g_hash_table_remove_all (self->totals);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIRST_YEAR]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAST_YEAR]);
  return TRUE;
}
