/* kommune-investment-project.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "kommune-amount.h"
#include "core/kommune-check-private.h"
#include "kommune-error.h"
#include "model/kommune-investment-project-private.h"
#include "core/kommune-object-private.h"
#include "core/kommune-i18n-private.h"

/**
 * KommuneInvestmentProject:
 *
 * A project in the investment budget, with a number, a name, the amount
 * budgeted for each year and a status, such as Kragerø's `15031`
 * “Oppgradering serverpark 2018-2021”, 1,2 mill. kr in 2018.
 *
 * The status is free text as the document gives it (e.g. “planlagt”,
 * “pågår”, “ferdig”); the responsible programme area is optional.
 *
 * A project made with g_object_new() (or `Kommune.InvestmentProject()`
 * in Python) has no number: a document refuses it with the error
 * [ctor@Kommune.InvestmentProject.new] gives.
 *
 * Since: 0.1
 */

typedef struct
{
  guint  year;
  gint64 amount;
} YearAmount;

struct _KommuneInvestmentProject
{
  GObject  parent_instance;

  char    *number;
  char    *name;
  char    *status;
  char    *area_code;
  GArray  *amounts;     /* of YearAmount, sorted by year */
};

G_DEFINE_FINAL_TYPE (KommuneInvestmentProject, kommune_investment_project, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NUMBER,
  PROP_NAME,
  PROP_STATUS,
  PROP_AREA_CODE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kommune_investment_project_finalize (GObject *object)
{
  KommuneInvestmentProject *self = (KommuneInvestmentProject *)object;

  g_clear_pointer (&self->number, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->status, g_free);
  g_clear_pointer (&self->area_code, g_free);
  g_clear_pointer (&self->amounts, g_array_unref);

  G_OBJECT_CLASS (kommune_investment_project_parent_class)->finalize (object);
}

static void
kommune_investment_project_get_property (GObject    *object,
                                         guint       prop_id,
                                         GValue     *value,
                                         GParamSpec *pspec)
{
  KommuneInvestmentProject *self = KOMMUNE_INVESTMENT_PROJECT (object);

  switch (prop_id)
    {
    case PROP_NUMBER:
      g_value_set_string (value, self->number);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_STATUS:
      g_value_set_string (value, self->status);
      break;

    case PROP_AREA_CODE:
      g_value_set_string (value, self->area_code);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kommune_investment_project_set_property (GObject      *object,
                                         guint         prop_id,
                                         const GValue *value,
                                         GParamSpec   *pspec)
{
  KommuneInvestmentProject *self = KOMMUNE_INVESTMENT_PROJECT (object);

  switch (prop_id)
    {
    case PROP_STATUS:
      kommune_investment_project_set_status (self, g_value_get_string (value));
      break;

    case PROP_AREA_CODE:
      kommune_investment_project_set_area_code (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kommune_investment_project_class_init (KommuneInvestmentProjectClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = kommune_investment_project_finalize;
  object_class->get_property = kommune_investment_project_get_property;
  object_class->set_property = kommune_investment_project_set_property;

  /**
   * KommuneInvestmentProject:number:
   *
   * The project number, e.g. `15022`, or %NULL for a project made with
   * g_object_new() rather than by a constructor.
   *
   * Since: 0.1
   */
  properties[PROP_NUMBER] = g_param_spec_string ("number", NULL, NULL, NULL, ro);

  /**
   * KommuneInvestmentProject:name:
   *
   * The project name, e.g. “IKT sikkerhet”, or %NULL for a project made
   * with g_object_new() rather than by a constructor.
   *
   * Since: 0.1
   */
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, ro);

  /**
   * KommuneInvestmentProject:status:
   *
   * The status as free text; empty when not given.
   *
   * Since: 0.1
   */
  properties[PROP_STATUS] = g_param_spec_string ("status", NULL, NULL, "", rw);

  /**
   * KommuneInvestmentProject:area-code:
   *
   * The responsible programme area, or %NULL.
   *
   * Since: 0.1
   */
  properties[PROP_AREA_CODE] = g_param_spec_string ("area-code", NULL, NULL, NULL, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kommune_investment_project_init (KommuneInvestmentProject *self)
{
  self->status = g_strdup ("");
  self->amounts = g_array_new (FALSE, FALSE, sizeof (YearAmount));
}

static gboolean
check_values (const char  *number,
              const char  *name,
              GError     **error)
{
  return _kommune_check_code (_("the project number"), number, error) &&
         _kommune_check_name (_("the project name"), name, FALSE, error);
}

gboolean
_kommune_investment_project_check (KommuneInvestmentProject  *self,
                                   GError                   **error)
{
  return check_values (self->number, self->name, error);
}

/**
 * kommune_investment_project_new:
 * @number: the project number, e.g. `15022`
 * @name: the project name
 * @error: return location for a #GError
 *
 * Makes a project with no amounts. Fails with
 * %KOMMUNE_ERROR_INVALID_CODE for an empty number and
 * %KOMMUNE_ERROR_INVALID_ARGUMENT for an empty name.
 *
 * Returns: (transfer full) (nullable): a new project, or %NULL with
 *   @error set
 *
 * Since: 0.1
 */
KommuneInvestmentProject *
kommune_investment_project_new (const char  *number,
                                const char  *name,
                                GError     **error)
{
  KommuneInvestmentProject *self;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_values (number, name, error))
    return NULL;

  self = g_object_new (KOMMUNE_TYPE_INVESTMENT_PROJECT, NULL);
  self->number = g_strdup (number);
  self->name = g_strdup (name);
  return self;
}

/**
 * kommune_investment_project_get_number:
 * @self: a #KommuneInvestmentProject
 *
 * Gets the project number.
 *
 * Returns: (nullable): the number, or %NULL for a project made with
 *   g_object_new() rather than by a constructor
 *
 * Since: 0.1
 */
const char *
kommune_investment_project_get_number (KommuneInvestmentProject *self)
{
  g_return_val_if_fail (KOMMUNE_IS_INVESTMENT_PROJECT (self), NULL);
  return self->number;
}

/**
 * kommune_investment_project_get_name:
 * @self: a #KommuneInvestmentProject
 *
 * Gets the project name.
 *
 * Returns: (nullable): the name, or %NULL for a project made with
 *   g_object_new() rather than by a constructor
 *
 * Since: 0.1
 */
const char *
kommune_investment_project_get_name (KommuneInvestmentProject *self)
{
  g_return_val_if_fail (KOMMUNE_IS_INVESTMENT_PROJECT (self), NULL);
  return self->name;
}

/**
 * kommune_investment_project_get_status:
 * @self: a #KommuneInvestmentProject
 *
 * Gets the status.
 *
 * Returns: the status, possibly empty
 *
 * Since: 0.1
 */
const char *
kommune_investment_project_get_status (KommuneInvestmentProject *self)
{
  g_return_val_if_fail (KOMMUNE_IS_INVESTMENT_PROJECT (self), NULL);
  return self->status;
}

/**
 * kommune_investment_project_set_status:
 * @self: a #KommuneInvestmentProject
 * @status: (nullable): the status as free text
 *
 * Sets the status.
 *
 * Since: 0.1
 */
void
kommune_investment_project_set_status (KommuneInvestmentProject *self,
                                       const char               *status)
{
  g_return_if_fail (KOMMUNE_IS_INVESTMENT_PROJECT (self));

  _kommune_set_text (G_OBJECT (self), &self->status, status, properties[PROP_STATUS]);
}

/**
 * kommune_investment_project_get_area_code:
 * @self: a #KommuneInvestmentProject
 *
 * Gets the responsible programme area.
 *
 * Returns: (nullable): the area code, or %NULL
 *
 * Since: 0.1
 */
const char *
kommune_investment_project_get_area_code (KommuneInvestmentProject *self)
{
  g_return_val_if_fail (KOMMUNE_IS_INVESTMENT_PROJECT (self), NULL);
  return self->area_code;
}

/**
 * kommune_investment_project_set_area_code:
 * @self: a #KommuneInvestmentProject
 * @area_code: (nullable): the responsible area's code, or %NULL
 *
 * Sets the responsible programme area.
 *
 * Since: 0.1
 */
void
kommune_investment_project_set_area_code (KommuneInvestmentProject *self,
                                          const char               *area_code)
{
  g_return_if_fail (KOMMUNE_IS_INVESTMENT_PROJECT (self));

  if (g_strcmp0 (self->area_code, area_code) == 0)
    return;
  g_free (self->area_code);
  self->area_code = g_strdup (area_code);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AREA_CODE]);
}

/**
 * kommune_investment_project_set_amount:
 * @self: a #KommuneInvestmentProject
 * @year: a year
 * @amount: the amount budgeted for @year, in øre
 * @error: return location for a #GError
 *
 * Sets the amount for one year, replacing any amount set for it before.
 * Fails with %KOMMUNE_ERROR_INVALID_PERIOD for a year outside 1000–9999.
 *
 * Returns: %TRUE if the amount was set
 *
 * Since: 0.1
 */
gboolean
kommune_investment_project_set_amount (KommuneInvestmentProject  *self,
                                       guint                      year,
                                       gint64                     amount,
                                       GError                   **error)
{
  YearAmount entry = { year, amount };
  guint i;

  g_return_val_if_fail (KOMMUNE_IS_INVESTMENT_PROJECT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (year < 1000 || year > 9999)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_PERIOD,
                   _("project %s: %u is not a budget year"), self->number, year);
      return FALSE;
    }

  for (i = 0; i < self->amounts->len; i++)
    {
      YearAmount *existing = &g_array_index (self->amounts, YearAmount, i);

      if (existing->year == year)
        {
          existing->amount = amount;
          return TRUE;
        }
      if (existing->year > year)
        break;
    }
  g_array_insert_val (self->amounts, i, entry);
  return TRUE;
}

/**
 * kommune_investment_project_get_amount:
 * @self: a #KommuneInvestmentProject
 * @year: a year
 *
 * Gets the amount budgeted for one year.
 *
 * Returns: the amount in øre, 0 for a year without an amount
 *
 * Since: 0.1
 */
gint64
kommune_investment_project_get_amount (KommuneInvestmentProject *self,
                                       guint                     year)
{
  g_return_val_if_fail (KOMMUNE_IS_INVESTMENT_PROJECT (self), 0);

  for (guint i = 0; i < self->amounts->len; i++)
    if (g_array_index (self->amounts, YearAmount, i).year == year)
      return g_array_index (self->amounts, YearAmount, i).amount;
  return 0;
}

/**
 * kommune_investment_project_dup_years:
 * @self: a #KommuneInvestmentProject
 * @n_years: (out): the number of years
 *
 * Lists the years with an amount, in increasing order.
 *
 * Returns: (array length=n_years) (transfer full): the years
 *
 * Since: 0.1
 */
guint *
kommune_investment_project_dup_years (KommuneInvestmentProject *self,
                                      gsize                    *n_years)
{
  guint *years;

  g_return_val_if_fail (KOMMUNE_IS_INVESTMENT_PROJECT (self), NULL);
  g_return_val_if_fail (n_years != NULL, NULL);

  years = g_new (guint, MAX (self->amounts->len, 1));
  for (guint i = 0; i < self->amounts->len; i++)
    years[i] = g_array_index (self->amounts, YearAmount, i).year;
  *n_years = self->amounts->len;
  return years;
}

/**
 * kommune_investment_project_get_total:
 * @self: a #KommuneInvestmentProject
 * @error: return location for a #GError
 *
 * Adds up the amounts of every year, exactly.
 *
 * Returns: the total in øre, or 0 with @error set on overflow
 *
 * Since: 0.1
 */
gint64
kommune_investment_project_get_total (KommuneInvestmentProject  *self,
                                      GError                   **error)
{
  gint64 total = 0;

  g_return_val_if_fail (KOMMUNE_IS_INVESTMENT_PROJECT (self), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  for (guint i = 0; i < self->amounts->len; i++)
    {
      g_autoptr(GError) local_error = NULL;

      total = kommune_amount_add (total, g_array_index (self->amounts, YearAmount, i).amount,
                                  &local_error);
      if (local_error != NULL)
        {
          g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                                      _("project %s: "), self->number);
          return 0;
        }
    }
  return total;
}
