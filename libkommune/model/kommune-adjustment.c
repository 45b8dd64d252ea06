/* kommune-adjustment.c: the KommuneAdjustment type, its constructors,
 * checks, added lines and freezing
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "model/kommune-adjustment-private.h"
#include "kommune-calendar.h"
#include "core/kommune-check-private.h"
#include "core/kommune-date-private.h"
#include "kommune-distribution-line.h"
#include "model/kommune-distribution-private.h"
#include "kommune-enums.h"
#include "kommune-error.h"
#include "core/kommune-i18n-private.h"

/**
 * KommuneAdjustment:
 *
 * A budget adjustment (budsjettjustering, budsjettregulering): a dated
 * decision that changes one or more areas' frames for one year and one
 * budget type, such as Drammen's 1,5 mill. kr for control services in
 * programme area 07, adopted with the first tertial report 2017
 * (`sak 53/17`).
 *
 * An adjustment is a list of lines, one per area it changes, kept as a
 * [class@Kommune.Distribution] along `programme-area`. A plain adjustment
 * has one line; a **transfer** moves an amount from one area to another
 * and has two lines that must sum to zero, which
 * [method@Kommune.EconomicPlan.add_adjustment] checks. More lines can be
 * added with [method@Kommune.Adjustment.add_line] until the adjustment
 * enters a plan's log; from then on it is frozen, its lines too (their
 * [method@Kommune.Distribution.add] fails with %KOMMUNE_ERROR_READ_ONLY),
 * and a correction is a new adjustment.
 *
 * An adjustment made with g_object_new() (or `Kommune.Adjustment()` in
 * Python) has no id, date or lines: every function that takes an
 * adjustment ([method@Kommune.EconomicPlan.add_adjustment],
 * [method@Kommune.EconomicPlan.check_adjustment],
 * [method@Kommune.TertialReport.add_proposal]) refuses it with the error
 * [ctor@Kommune.Adjustment.new] gives for a missing id, and
 * [method@Kommune.Adjustment.add_line] refuses to add to it.
 *
 * Since: 0.1
 */

G_DEFINE_FINAL_TYPE (KommuneAdjustment, kommune_adjustment, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_DATE,
  PROP_DECISION,
  PROP_DOCUMENT,
  PROP_AREA_CODE,
  PROP_TO_AREA_CODE,
  PROP_BUDGET_TYPE,
  PROP_YEAR,
  PROP_AMOUNT,
  PROP_REASON,
  PROP_TRANSFER,
  PROP_FROZEN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kommune_adjustment_finalize (GObject *object)
{
  KommuneAdjustment *self = (KommuneAdjustment *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->date, g_date_time_unref);
  g_clear_pointer (&self->decision, g_free);
  g_clear_pointer (&self->area_code, g_free);
  g_clear_pointer (&self->to_area_code, g_free);
  g_clear_pointer (&self->reason, g_free);
  g_clear_object (&self->lines);

  G_OBJECT_CLASS (kommune_adjustment_parent_class)->finalize (object);
}

static void
kommune_adjustment_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  KommuneAdjustment *self = KOMMUNE_ADJUSTMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_DATE:
      g_value_set_boxed (value, self->date);
      break;

    case PROP_DECISION:
      g_value_set_string (value, self->decision);
      break;

    case PROP_DOCUMENT:
      g_value_set_enum (value, self->document);
      break;

    case PROP_AREA_CODE:
      g_value_set_string (value, self->area_code);
      break;

    case PROP_TO_AREA_CODE:
      g_value_set_string (value, self->to_area_code);
      break;

    case PROP_BUDGET_TYPE:
      g_value_set_enum (value, self->budget_type);
      break;

    case PROP_YEAR:
      g_value_set_uint (value, self->year);
      break;

    case PROP_AMOUNT:
      g_value_set_int64 (value, self->amount);
      break;

    case PROP_REASON:
      g_value_set_string (value, self->reason);
      break;

    case PROP_TRANSFER:
      g_value_set_boolean (value, self->to_area_code != NULL);
      break;

    case PROP_FROZEN:
      g_value_set_boolean (value, self->frozen);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kommune_adjustment_class_init (KommuneAdjustmentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = kommune_adjustment_finalize;
  object_class->get_property = kommune_adjustment_get_property;

  /**
   * KommuneAdjustment:id:
   *
   * The adjustment's identifier, unique within a plan's log, or %NULL for
   * an adjustment made with g_object_new() rather than by a constructor.
   *
   * Since: 0.1
   */
  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);

  /**
   * KommuneAdjustment:date:
   *
   * The date of the decision, at UTC midnight, or %NULL for an adjustment
   * made with g_object_new() rather than by a constructor.
   *
   * Since: 0.1
   */
  properties[PROP_DATE] = g_param_spec_boxed ("date", NULL, NULL, G_TYPE_DATE_TIME, flags);

  /**
   * KommuneAdjustment:decision:
   *
   * The decision reference, free text such as `sak 53/17`; may be empty.
   *
   * Since: 0.1
   */
  properties[PROP_DECISION] = g_param_spec_string ("decision", NULL, NULL, "", flags);

  /**
   * KommuneAdjustment:document:
   *
   * The steering document the adjustment came in.
   *
   * Since: 0.1
   */
  properties[PROP_DOCUMENT] =
    g_param_spec_enum ("document", NULL, NULL,
                       KOMMUNE_TYPE_DOCUMENT_KIND, KOMMUNE_DOCUMENT_KIND_ECONOMIC_PLAN, flags);

  /**
   * KommuneAdjustment:area-code:
   *
   * The area the adjustment changes; for a transfer, the area the amount is
   * moved from, or %NULL for an adjustment made with g_object_new() rather
   * than by a constructor.
   *
   * Since: 0.1
   */
  properties[PROP_AREA_CODE] = g_param_spec_string ("area-code", NULL, NULL, NULL, flags);

  /**
   * KommuneAdjustment:to-area-code:
   *
   * For a transfer, the area the amount is moved to, or %NULL for any other
   * adjustment.
   *
   * Since: 0.1
   */
  properties[PROP_TO_AREA_CODE] = g_param_spec_string ("to-area-code", NULL, NULL, NULL, flags);

  /**
   * KommuneAdjustment:budget-type:
   *
   * Whether the operating or the investment budget changes.
   *
   * Since: 0.1
   */
  properties[PROP_BUDGET_TYPE] =
    g_param_spec_enum ("budget-type", NULL, NULL,
                       KOMMUNE_TYPE_BUDGET_TYPE, KOMMUNE_BUDGET_TYPE_OPERATING, flags);

  /**
   * KommuneAdjustment:year:
   *
   * The budget year that changes.
   *
   * Since: 0.1
   */
  properties[PROP_YEAR] = g_param_spec_uint ("year", NULL, NULL, 0, 9999, 0, flags);

  /**
   * KommuneAdjustment:amount:
   *
   * The amount in øre: the change of the area's frame, or for a transfer
   * the amount moved.
   *
   * Since: 0.1
   */
  properties[PROP_AMOUNT] =
    g_param_spec_int64 ("amount", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);

  /**
   * KommuneAdjustment:reason:
   *
   * Why the frame changes, as the document puts it; may be empty.
   *
   * Since: 0.1
   */
  properties[PROP_REASON] = g_param_spec_string ("reason", NULL, NULL, "", flags);

  /**
   * KommuneAdjustment:is-transfer:
   *
   * Whether the adjustment is a transfer between two areas.
   *
   * Since: 0.1
   */
  properties[PROP_TRANSFER] = g_param_spec_boolean ("is-transfer", NULL, NULL, FALSE, flags);

  /**
   * KommuneAdjustment:frozen:
   *
   * Whether the adjustment is in a plan's log and can no longer change.
   *
   * Since: 0.1
   */
  properties[PROP_FROZEN] = g_param_spec_boolean ("frozen", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kommune_adjustment_init (KommuneAdjustment *self)
{
  self->lines = kommune_distribution_new ("programme-area", NULL);
  self->decision = g_strdup ("");
  self->reason = g_strdup ("");
}

static gboolean
check_kinds (const char           *id,
             KommuneDocumentKind   document,
             KommuneBudgetType     budget_type,
             GError              **error)
{
  if (kommune_document_kind_to_string (document) == NULL)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                   _("adjustment “%s”: %d is not a document kind"), id, (int) document);
      return FALSE;
    }
  if (kommune_budget_type_to_string (budget_type) == NULL)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                   _("adjustment “%s”: %d is not a budget type"), id, (int) budget_type);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_common (const char  *id,
              GDateTime   *date,
              const char  *decision,
              guint        year,
              const char  *reason,
              GError     **error)
{
  if (!_kommune_check_code (_("the adjustment id"), id, error))
    return FALSE;
  if (date == NULL)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                   _("adjustment “%s” has no date"), id);
      return FALSE;
    }
  if (year < 1000 || year > 9999)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_PERIOD,
                   _("adjustment “%s”: %u is not a budget year"), id, year);
      return FALSE;
    }
  return _kommune_check_name (_("the adjustment's decision"), decision ? decision : "", TRUE, error) &&
         _kommune_check_name (_("the adjustment's reason"), reason ? reason : "", TRUE, error);
}

gboolean
_kommune_adjustment_check (KommuneAdjustment  *self,
                           GError            **error)
{
  if (!check_common (self->id, self->date, self->decision, self->year, self->reason, error) ||
      !check_kinds (self->id, self->document, self->budget_type, error) ||
      !_kommune_check_code (_("the adjustment's area code"), self->area_code, error))
    return FALSE;
  if (g_list_model_get_n_items (G_LIST_MODEL (self->lines)) == 0)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                   _("adjustment “%s” has no lines"), self->id);
      return FALSE;
    }
  return TRUE;
}

static KommuneAdjustment *
adjustment_new (const char          *id,
                GDateTime           *date,
                const char          *decision,
                KommuneDocumentKind  document,
                const char          *area_code,
                KommuneBudgetType    budget_type,
                guint                year,
                gint64               amount,
                const char          *reason)
{
  KommuneAdjustment *self = g_object_new (KOMMUNE_TYPE_ADJUSTMENT, NULL);

  self->id = g_strdup (id);
  self->date = _kommune_date_normalize (date);
  g_free (self->decision);
  self->decision = g_strdup (decision ? decision : "");
  self->document = document;
  self->area_code = g_strdup (area_code);
  self->budget_type = budget_type;
  self->year = year;
  self->amount = amount;
  g_free (self->reason);
  self->reason = g_strdup (reason ? reason : "");
  return self;
}

/**
 * kommune_adjustment_new:
 * @id: an identifier, unique within the plan's log
 * @date: the date of the decision; only its calendar day counts
 * @decision: (nullable): the decision reference, e.g. `sak 53/17`
 * @document: the document the adjustment came in
 * @area_code: the code of the area whose frame changes
 * @budget_type: the budget that changes
 * @year: the budget year that changes
 * @amount: the change in øre; positive strengthens the frame
 * @reason: (nullable): why, as the document puts it
 * @error: return location for a #GError
 *
 * Makes a plain adjustment of one area's frame. Fails with
 * %KOMMUNE_ERROR_INVALID_CODE for an empty id or area code, with
 * %KOMMUNE_ERROR_INVALID_PERIOD for a year outside 1000–9999 and with
 * %KOMMUNE_ERROR_INVALID_ARGUMENT without a date or for a @document or
 * @budget_type that is not a value of its enumeration.
 *
 * Returns: (transfer full) (nullable): a new adjustment, or %NULL with
 *   @error set
 *
 * Since: 0.1
 */
KommuneAdjustment *
kommune_adjustment_new (const char           *id,
                        GDateTime            *date,
                        const char           *decision,
                        KommuneDocumentKind   document,
                        const char           *area_code,
                        KommuneBudgetType     budget_type,
                        guint                 year,
                        gint64                amount,
                        const char           *reason,
                        GError              **error)
{
  g_autoptr(KommuneAdjustment) self = NULL;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_common (id, date, decision, year, reason, error) ||
      !check_kinds (id, document, budget_type, error) ||
      !_kommune_check_code (_("the adjustment's area code"), area_code, error))
    return NULL;

  self = adjustment_new (id, date, decision, document, area_code, budget_type,
                         year, amount, reason);
  if (!kommune_distribution_add (self->lines, area_code, NULL, amount, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * kommune_adjustment_new_transfer:
 * @id: an identifier, unique within the plan's log
 * @date: the date of the decision; only its calendar day counts
 * @decision: (nullable): the decision reference
 * @document: the document the transfer came in
 * @from_area_code: the area the amount is moved from
 * @to_area_code: the area the amount is moved to
 * @budget_type: the budget that changes
 * @year: the budget year that changes
 * @amount: the amount moved, in øre
 * @reason: (nullable): why, as the document puts it
 * @error: return location for a #GError
 *
 * Makes a transfer: one adjustment of two lines, −@amount for
 * @from_area_code and +@amount for @to_area_code. Fails as
 * [ctor@Kommune.Adjustment.new] does, and with
 * %KOMMUNE_ERROR_INVALID_ARGUMENT when both areas are the same or
 * @amount cannot be negated.
 *
 * Returns: (transfer full) (nullable): a new transfer, or %NULL with
 *   @error set
 *
 * Since: 0.1
 */
KommuneAdjustment *
kommune_adjustment_new_transfer (const char           *id,
                                 GDateTime            *date,
                                 const char           *decision,
                                 KommuneDocumentKind   document,
                                 const char           *from_area_code,
                                 const char           *to_area_code,
                                 KommuneBudgetType     budget_type,
                                 guint                 year,
                                 gint64                amount,
                                 const char           *reason,
                                 GError              **error)
{
  g_autoptr(KommuneAdjustment) self = NULL;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_common (id, date, decision, year, reason, error) ||
      !check_kinds (id, document, budget_type, error) ||
      !_kommune_check_code (_("the transfer's from-area code"), from_area_code, error) ||
      !_kommune_check_code (_("the transfer's to-area code"), to_area_code, error))
    return NULL;

  if (g_str_equal (from_area_code, to_area_code))
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                   _("transfer “%s” moves money from area “%s” to itself"), id, from_area_code);
      return NULL;
    }
  if (amount == G_MININT64)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_OVERFLOW,
                   _("transfer “%s”: the amount cannot be negated"), id);
      return NULL;
    }

  self = adjustment_new (id, date, decision, document, from_area_code, budget_type,
                         year, amount, reason);
  self->to_area_code = g_strdup (to_area_code);
  if (!kommune_distribution_add (self->lines, from_area_code, NULL, -amount, error) ||
      !kommune_distribution_add (self->lines, to_area_code, NULL, amount, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * kommune_adjustment_add_line:
 * @self: a #KommuneAdjustment
 * @area_code: the code of another area the adjustment changes
 * @amount: the change of that area's frame, in øre
 * @error: return location for a #GError
 *
 * Adds a line for another area, for adjustments that change several
 * areas at once. Fails with %KOMMUNE_ERROR_READ_ONLY once the adjustment
 * is in a plan's log, with the error of [ctor@Kommune.Adjustment.new] for
 * an adjustment made with g_object_new(), and as
 * [method@Kommune.Distribution.add] does for a repeated area or an
 * overflowing total.
 *
 * Returns: %TRUE if the line was added
 *
 * Since: 0.1
 */
gboolean
kommune_adjustment_add_line (KommuneAdjustment  *self,
                             const char         *area_code,
                             gint64              amount,
                             GError            **error)
{
  g_return_val_if_fail (KOMMUNE_IS_ADJUSTMENT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->frozen)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_READ_ONLY,
                   _("adjustment “%s” is in a plan's log and cannot change; "
                   "make a new adjustment instead"), self->id);
      return FALSE;
    }
  if (!_kommune_adjustment_check (self, error))
    return FALSE;
  return kommune_distribution_add (self->lines, area_code, NULL, amount, error);
}

void
_kommune_adjustment_freeze (KommuneAdjustment *self)
{
  g_autofree char *owner = NULL;

  if (self->frozen)
    return;
  self->frozen = TRUE;
  owner = g_strdup_printf (_("adjustment “%s”"), self->id);
  _kommune_distribution_freeze (self->lines, owner);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FROZEN]);
}
