/* kommune-budget-frame.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <inttypes.h>

#include "core/kommune-amount-private.h"
#include "model/kommune-budget-frame-private.h"
#include "core/kommune-check-private.h"
#include "kommune-distribution.h"
#include "kommune-enums.h"
#include "kommune-error.h"
#include "core/kommune-list-private.h"
#include "model/kommune-programme-area-private.h"
#include "core/kommune-i18n-private.h"

/**
 * KommuneBudgetFrame:
 *
 * The net budget frame (netto ramme) the council adopts for one
 * programme area, year and budget type (operating or investment), in øre:
 * expenses minus revenues.
 *
 * A frame carries any number of distributions, each along a named
 * dimension (for example `kostra-function-group`, as the committee
 * adopts it, and `department`, as the administration spreads it). Every
 * distribution must add up to the frame to the øre;
 * [method@Kommune.BudgetFrame.check] says whether they do and, when not,
 * by how much. [method@Kommune.BudgetFrame.get_distributions] is a
 * read-only view; distributions are made with
 * [method@Kommune.BudgetFrame.add_distribution].
 *
 * Objects made with g_object_new() (or `Kommune.BudgetFrame()` in Python)
 * without an area, or with an area made bare from invalid values, are
 * refused where they are used ([method@Kommune.EconomicPlan.add_budget_frame]),
 * with the error [ctor@Kommune.BudgetFrame.new_full] would have given.
 *
 * Since: 0.1
 */

struct _KommuneBudgetFrame
{
  GObject               parent_instance;

  KommuneProgrammeArea *area;
  guint                 year;
  KommuneBudgetType     budget_type;
  gint64                amount;
  KommuneList          *distributions;
};

G_DEFINE_FINAL_TYPE (KommuneBudgetFrame, kommune_budget_frame, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_AREA,
  PROP_YEAR,
  PROP_BUDGET_TYPE,
  PROP_AMOUNT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define MIN_YEAR 1000
#define MAX_YEAR 9999

static void
kommune_budget_frame_dispose (GObject *object)
{
  KommuneBudgetFrame *self = (KommuneBudgetFrame *)object;

  g_clear_object (&self->area);
  g_clear_object (&self->distributions);

  G_OBJECT_CLASS (kommune_budget_frame_parent_class)->dispose (object);
}

static void
kommune_budget_frame_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  KommuneBudgetFrame *self = KOMMUNE_BUDGET_FRAME (object);

  switch (prop_id)
    {
    case PROP_AREA:
      g_value_set_object (value, self->area);
      break;

    case PROP_YEAR:
      g_value_set_uint (value, self->year);
      break;

    case PROP_BUDGET_TYPE:
      g_value_set_enum (value, self->budget_type);
      break;

    case PROP_AMOUNT:
      g_value_set_int64 (value, self->amount);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kommune_budget_frame_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  KommuneBudgetFrame *self = KOMMUNE_BUDGET_FRAME (object);

  switch (prop_id)
    {
    case PROP_AREA:
      self->area = g_value_dup_object (value);
      break;

    case PROP_YEAR:
      self->year = g_value_get_uint (value);
      break;

    case PROP_BUDGET_TYPE:
      self->budget_type = g_value_get_enum (value);
      break;

    case PROP_AMOUNT:
      self->amount = g_value_get_int64 (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kommune_budget_frame_class_init (KommuneBudgetFrameClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kommune_budget_frame_dispose;
  object_class->get_property = kommune_budget_frame_get_property;
  object_class->set_property = kommune_budget_frame_set_property;

  /**
   * KommuneBudgetFrame:area:
   *
   * The programme area the frame is adopted for, or %NULL for a frame made
   * with g_object_new() that was never given one.
   *
   * Since: 0.1
   */
  properties[PROP_AREA] =
    g_param_spec_object ("area", NULL, NULL,
                         KOMMUNE_TYPE_PROGRAMME_AREA,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * KommuneBudgetFrame:year:
   *
   * The budget year, from 1000 to 9999.
   *
   * Since: 0.1
   */
  properties[PROP_YEAR] =
    g_param_spec_uint ("year", NULL, NULL,
                       MIN_YEAR, MAX_YEAR, 2000,
                       (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                        G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * KommuneBudgetFrame:budget-type:
   *
   * The budget the frame belongs to: operating or investment.
   *
   * Since: 0.1
   */
  properties[PROP_BUDGET_TYPE] =
    g_param_spec_enum ("budget-type", NULL, NULL,
                       KOMMUNE_TYPE_BUDGET_TYPE, KOMMUNE_BUDGET_TYPE_OPERATING,
                       (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                        G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * KommuneBudgetFrame:amount:
   *
   * The net frame in øre.
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

static const char *
distribution_key (gpointer  item,
                  char     *buffer G_GNUC_UNUSED)
{
  return kommune_distribution_get_name (item);
}

static void
kommune_budget_frame_init (KommuneBudgetFrame *self)
{
  self->distributions = _kommune_list_new (KOMMUNE_TYPE_DISTRIBUTION, distribution_key);
}

static gboolean
check_values (KommuneProgrammeArea  *area,
              guint                  year,
              KommuneBudgetType      budget_type,
              GError               **error)
{
  if (area == NULL)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                   _("a budget frame needs a programme area"));
      return FALSE;
    }
  if (!_kommune_programme_area_check (area, error))
    return FALSE;
  if (year < MIN_YEAR || year > MAX_YEAR)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_PERIOD,
                   _("the frame of area “%s”: %u is not a budget year (%u–%u)"),
                   kommune_programme_area_get_code (area), year, MIN_YEAR, MAX_YEAR);
      return FALSE;
    }
  if (budget_type != KOMMUNE_BUDGET_TYPE_OPERATING &&
      budget_type != KOMMUNE_BUDGET_TYPE_INVESTMENT)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                   _("the frame of area “%s”: %d is not a budget type"),
                   kommune_programme_area_get_code (area), (int) budget_type);
      return FALSE;
    }
  return TRUE;
}

gboolean
_kommune_budget_frame_check (KommuneBudgetFrame  *self,
                             GError             **error)
{
  return check_values (self->area, self->year, self->budget_type, error);
}

/**
 * kommune_budget_frame_new:
 * @area: the programme area
 * @year: the budget year, from 1000 to 9999
 * @amount: the net frame in øre
 * @error: return location for a #GError
 *
 * Makes an operating frame with no distributions. Fails as
 * [ctor@Kommune.BudgetFrame.new_full] does.
 *
 * Returns: (transfer full) (nullable): a new frame, or %NULL with @error set
 *
 * Since: 0.1
 */
KommuneBudgetFrame *
kommune_budget_frame_new (KommuneProgrammeArea  *area,
                          guint                  year,
                          gint64                 amount,
                          GError               **error)
{
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return kommune_budget_frame_new_full (area, year, KOMMUNE_BUDGET_TYPE_OPERATING, amount, error);
}

/**
 * kommune_budget_frame_new_full:
 * @area: the programme area
 * @year: the budget year, from 1000 to 9999
 * @budget_type: the operating or the investment budget
 * @amount: the net frame in øre
 * @error: return location for a #GError
 *
 * Makes a frame of either budget with no distributions. Fails with
 * %KOMMUNE_ERROR_INVALID_ARGUMENT without an area or for a budget type
 * that is neither operating nor investment, with
 * %KOMMUNE_ERROR_INVALID_PERIOD for a year outside 1000–9999, and with the
 * error of [ctor@Kommune.ProgrammeArea.new] for an area made bare from
 * values it refuses.
 *
 * Returns: (transfer full) (nullable): a new frame, or %NULL with @error set
 *
 * Since: 0.1
 */
KommuneBudgetFrame *
kommune_budget_frame_new_full (KommuneProgrammeArea  *area,
                               guint                  year,
                               KommuneBudgetType      budget_type,
                               gint64                 amount,
                               GError               **error)
{
  g_return_val_if_fail (area == NULL || KOMMUNE_IS_PROGRAMME_AREA (area), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_values (area, year, budget_type, error))
    return NULL;

  return g_object_new (KOMMUNE_TYPE_BUDGET_FRAME,
                       "area", area,
                       "year", year,
                       "budget-type", budget_type,
                       "amount", amount,
                       NULL);
}

/**
 * kommune_budget_frame_get_budget_type:
 * @self: a #KommuneBudgetFrame
 *
 * Gets the budget the frame belongs to.
 *
 * Returns: the budget type
 *
 * Since: 0.1
 */
KommuneBudgetType
kommune_budget_frame_get_budget_type (KommuneBudgetFrame *self)
{
  g_return_val_if_fail (KOMMUNE_IS_BUDGET_FRAME (self), 0);

  return self->budget_type;
}

/**
 * kommune_budget_frame_get_area:
 * @self: a #KommuneBudgetFrame
 *
 * Gets the programme area the frame is adopted for.
 *
 * Returns: (transfer none) (nullable): the area, or %NULL for a frame made
 *   with g_object_new() that was never given one
 *
 * Since: 0.1
 */
KommuneProgrammeArea *
kommune_budget_frame_get_area (KommuneBudgetFrame *self)
{
  g_return_val_if_fail (KOMMUNE_IS_BUDGET_FRAME (self), NULL);

  return self->area;
}

/**
 * kommune_budget_frame_get_year:
 * @self: a #KommuneBudgetFrame
 *
 * Gets the budget year.
 *
 * Returns: the year
 *
 * Since: 0.1
 */
guint
kommune_budget_frame_get_year (KommuneBudgetFrame *self)
{
  g_return_val_if_fail (KOMMUNE_IS_BUDGET_FRAME (self), 0);

  return self->year;
}

/**
 * kommune_budget_frame_get_amount:
 * @self: a #KommuneBudgetFrame
 *
 * Gets the net frame.
 *
 * Returns: the frame in øre
 *
 * Since: 0.1
 */
gint64
kommune_budget_frame_get_amount (KommuneBudgetFrame *self)
{
  g_return_val_if_fail (KOMMUNE_IS_BUDGET_FRAME (self), 0);

  return self->amount;
}

/**
 * kommune_budget_frame_add_distribution:
 * @self: a #KommuneBudgetFrame
 * @name: the dimension, e.g. `kostra-function-group` or `department`
 * @error: return location for a #GError
 *
 * Adds an empty distribution along @name, to be filled with
 * [method@Kommune.Distribution.add]. Fails with
 * %KOMMUNE_ERROR_DUPLICATE when the frame already has one along @name,
 * and with %KOMMUNE_ERROR_INVALID_CODE for an empty name or one with
 * surrounding white space.
 *
 * Returns: (transfer none) (nullable): the new distribution, owned by the
 *   frame, or %NULL with @error set
 *
 * Since: 0.1
 */
KommuneDistribution *
kommune_budget_frame_add_distribution (KommuneBudgetFrame  *self,
                                       const char          *name,
                                       GError             **error)
{
  g_autoptr(KommuneDistribution) distribution = NULL;
  g_autofree char *owner = NULL;

  g_return_val_if_fail (KOMMUNE_IS_BUDGET_FRAME (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!_kommune_check_code (_("the distribution name"), name, error))
    return NULL;

  if (!_kommune_budget_frame_check (self, error))
    return NULL;
  distribution = kommune_distribution_new (name, error);
  if (distribution == NULL)
    return NULL;
  owner = g_strdup_printf (_("the %u frame for “%s”"), self->year,
                           kommune_programme_area_get_name (self->area));
  if (!_kommune_list_append (self->distributions, distribution, _("distribution"), owner, error))
    return NULL;

  return distribution;
}

/**
 * kommune_budget_frame_get_distribution:
 * @self: a #KommuneBudgetFrame
 * @name: a dimension
 *
 * Looks up the distribution along @name.
 *
 * Returns: (transfer none) (nullable): the distribution, or %NULL if the
 *   frame has none along @name
 *
 * Since: 0.1
 */
KommuneDistribution *
kommune_budget_frame_get_distribution (KommuneBudgetFrame *self,
                                       const char         *name)
{
  g_return_val_if_fail (KOMMUNE_IS_BUDGET_FRAME (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  return _kommune_list_find (self->distributions, name);
}

/**
 * kommune_budget_frame_get_distributions:
 * @self: a #KommuneBudgetFrame
 *
 * Gets the frame's distributions, in the order they were added. The
 * model is live and read-only: distributions are added with
 * [method@Kommune.BudgetFrame.add_distribution].
 *
 * Returns: (transfer none): a list model of [class@Kommune.Distribution]
 *
 * Since: 0.1
 */
GListModel *
kommune_budget_frame_get_distributions (KommuneBudgetFrame *self)
{
  g_return_val_if_fail (KOMMUNE_IS_BUDGET_FRAME (self), NULL);

  return G_LIST_MODEL (self->distributions);
}

/* Describes how @distribution misses the frame, or returns NULL when it
 * adds up. The difference is the distribution's total minus the frame. */
static char *
describe_mismatch (KommuneBudgetFrame  *self,
                   KommuneDistribution *distribution)
{
  gint64 total = kommune_distribution_get_total (distribution);
  g_autofree char *total_text = NULL;
  g_autofree char *frame_text = NULL;
  g_autofree char *gap_text = NULL;
  g_autofree char *difference_text = NULL;
  gint64 difference;

  if (total == self->amount)
    return NULL;

  /* Both are gint64; their difference may not be, so report an overflow
   * of the difference as what it is: an enormous mismatch. */
  if ((self->amount < 0 && total > G_MAXINT64 + self->amount) ||
      (self->amount > 0 && total < G_MININT64 + self->amount))
    return g_strdup_printf (_("distribution “%s” of the %u frame for “%s” "
                            "sums to %" PRId64 " øre, not the frame's "
                            "%" PRId64 " øre"),
                            kommune_distribution_get_name (distribution),
                            self->year,
                            kommune_programme_area_get_name (self->area),
                            total, self->amount);

  difference = total - self->amount;
  total_text = _kommune_amount_describe (total);
  frame_text = _kommune_amount_describe (self->amount);
  gap_text = _kommune_amount_describe (difference < 0 ? -difference : difference);
  difference_text = _kommune_amount_describe (difference);

  return g_strdup_printf (difference < 0
                          ? _("distribution “%s” of the %u frame for “%s” sums to %s, "
                              "not the frame's %s: %s short (difference %s)")
                          : _("distribution “%s” of the %u frame for “%s” sums to %s, "
                              "not the frame's %s: %s over (difference %s)"),
                          kommune_distribution_get_name (distribution),
                          self->year,
                          kommune_programme_area_get_name (self->area),
                          total_text, frame_text, gap_text,
                          difference_text);
}

/**
 * kommune_budget_frame_check:
 * @self: a #KommuneBudgetFrame
 * @error: return location for a #GError
 *
 * Checks that every distribution adds up to the frame exactly. When one
 * or more do not, fails with %KOMMUNE_ERROR_NOT_RECONCILED and a message
 * that names each such distribution, its sum, the frame and the
 * difference (sum minus frame), for example:
 *
 * ```
 * distribution “department” of the 2018 frame for “Stab og støtte” sums
 * to 38 228 736 kr, not the frame's 38 228 737 kr: 1 kr short
 * (difference -1 kr)
 * ```
 *
 * A frame without distributions reconciles trivially. A frame made with
 * g_object_new() from values [ctor@Kommune.BudgetFrame.new_full] refuses
 * fails with the constructor's error.
 *
 * Returns: %TRUE if every distribution adds up to the frame
 *
 * Since: 0.1
 */
gboolean
kommune_budget_frame_check (KommuneBudgetFrame  *self,
                            GError             **error)
{
  g_autoptr(GString) problems = NULL;
  guint n;

  g_return_val_if_fail (KOMMUNE_IS_BUDGET_FRAME (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_kommune_budget_frame_check (self, error))
    return FALSE;

  n = _kommune_list_get_n_items (self->distributions);
  for (guint i = 0; i < n; i++)
    {
      KommuneDistribution *distribution = _kommune_list_get (self->distributions, i);
      g_autofree char *mismatch = describe_mismatch (self, distribution);

      if (mismatch == NULL)
        continue;
      if (problems == NULL)
        problems = g_string_new (mismatch);
      else
        g_string_append_printf (problems, "; %s", mismatch);
    }

  if (problems != NULL)
    {
      g_set_error_literal (error, KOMMUNE_ERROR, KOMMUNE_ERROR_NOT_RECONCILED,
                           problems->str);
      return FALSE;
    }
  return TRUE;
}
