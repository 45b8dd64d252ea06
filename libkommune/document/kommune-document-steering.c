/* kommune-document-steering.c: the steering part of the document format —
 * goals with indicators and measures, financial rules, workforce figures
 * and strategies — read and checked (the writing is in
 * kommune-document-steering-writer.c)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "core/kommune-enum-private.h"
#include "kommune-decimal.h"
#include "document/kommune-document-private.h"
#include "document/kommune-document-steering-private.h"
#include "kommune-enums.h"
#include "kommune-error.h"
#include "model/kommune-financial-rule-private.h"
#include "model/kommune-goal-private.h"
#include "kommune-indicator.h"
#include "kommune-measure.h"
#include "kommune-measurement.h"
#include "kommune-note.h"
#include "model/kommune-strategy-private.h"
#include "model/kommune-workforce-figures-private.h"
#include "core/kommune-i18n-private.h"

/* ------------------------------------------------------------------ */
/* Reading                                                             */
/* ------------------------------------------------------------------ */

typedef gboolean (*AddMeasurementFunc) (KommuneIndicator    *indicator,
                                        KommuneMeasurement  *measurement,
                                        GError             **error);

static gboolean
read_measurement_into (KommuneJsonReader  *r,
                       JsonObject         *object,
                       KommuneIndicator   *indicator,
                       AddMeasurementFunc  add)
{
  static const char * const allowed[] = {
    "period", "value", "numerator", "denominator", "missing", "as_written", "source", NULL
  };
  g_autoptr(KommuneMeasurement) measurement = NULL;
  GError *model_error = NULL;
  const char *period, *value, *missing, *as_written, *source;
  gint64 numerator = 0, denominator = 0;
  gboolean has_numerator, has_denominator;

  if (!_kommune_json_check_members (r, object, allowed) ||
      !_kommune_json_read_string (r, object, "period", TRUE, &period) ||
      !_kommune_json_read_string (r, object, "value", FALSE, &value) ||
      !_kommune_json_read_int (r, object, "numerator", FALSE, 0, G_MAXINT64, &numerator, &has_numerator) ||
      !_kommune_json_read_int (r, object, "denominator", FALSE, 1, G_MAXINT64, &denominator, &has_denominator) ||
      !_kommune_json_read_string (r, object, "missing", FALSE, &missing) ||
      !_kommune_json_read_string (r, object, "as_written", FALSE, &as_written) ||
      !_kommune_json_read_string (r, object, "source", FALSE, &source))
    return FALSE;
  if (*period == '\0')
    return _kommune_json_fail (r, _("the period is empty"));
  if ((value != NULL) + (has_numerator || has_denominator) + (missing != NULL) != 1 ||
      has_numerator != has_denominator)
    return _kommune_json_fail (r, _("a measurement has exactly one of “value”, "
                                  "“numerator” with “denominator”, or “missing”"));

  if (value != NULL)
    measurement = kommune_measurement_new_from_text (period, value, &model_error);
  else if (has_numerator)
    measurement = kommune_measurement_new_rate (period, numerator, denominator, &model_error);
  else
    measurement = kommune_measurement_new_missing (period, missing, &model_error);
  if (measurement == NULL)
    return _kommune_json_fail_model (r, model_error);
  kommune_measurement_set_as_written (measurement, as_written);
  kommune_measurement_set_source (measurement, source);

  if (!add (indicator, measurement, &model_error))
    return _kommune_json_fail_model (r, model_error);
  return TRUE;
}

static gboolean
read_measurement (KommuneJsonReader *r,
                  JsonObject        *object,
                  gpointer           indicator)
{
  return read_measurement_into (r, object, indicator, kommune_indicator_add_measurement);
}

static gboolean
read_reference (KommuneJsonReader *r,
                JsonObject        *object,
                gpointer           indicator)
{
  return read_measurement_into (r, object, indicator, kommune_indicator_add_reference);
}

static gboolean
read_band (KommuneJsonReader *r,
           JsonObject        *object,
           gpointer           indicator)
{
  static const char * const allowed[] = {
    "status", "lower", "lower_inclusive", "upper", "upper_inclusive", NULL
  };
  GError *model_error = NULL;
  const char *lower, *upper;
  gboolean lower_inclusive = FALSE, upper_inclusive = FALSE;
  int status;

  if (!_kommune_json_check_members (r, object, allowed) ||
      !_kommune_json_read_enum (r, object, "status", KOMMUNE_TYPE_STATUS, KOMMUNE_STATUS_NOT_APPROVED, &status) ||
      !_kommune_json_read_string (r, object, "lower", FALSE, &lower) ||
      !_kommune_json_read_bool (r, object, "lower_inclusive", &lower_inclusive) ||
      !_kommune_json_read_string (r, object, "upper", FALSE, &upper) ||
      !_kommune_json_read_bool (r, object, "upper_inclusive", &upper_inclusive))
    return FALSE;
  if (kommune_indicator_has_band (indicator, (KommuneStatus) status))
    return _kommune_json_fail (r, _("a second %s band"), kommune_status_to_string ((KommuneStatus) status));
  if (!kommune_indicator_set_band (indicator, (KommuneStatus) status, lower, lower_inclusive,
                                   upper, upper_inclusive, &model_error))
    return _kommune_json_fail_model (r, model_error);
  return TRUE;
}

static gboolean
read_indicator (KommuneJsonReader *r,
                JsonObject        *object,
                gpointer           goal)
{
  static const char * const allowed[] = {
    "name", "unit", "direction", "method", "bands", "measurements", "reference_name", "reference", NULL
  };
  g_autoptr(KommuneIndicator) indicator = NULL;
  GError *model_error = NULL;
  const char *name, *method, *reference_name;
  int unit, direction;

  if (!_kommune_json_check_members (r, object, allowed) ||
      !_kommune_json_read_string (r, object, "name", TRUE, &name) ||
      !_kommune_json_read_enum (r, object, "unit", KOMMUNE_TYPE_INDICATOR_UNIT, -1, &unit) ||
      !_kommune_json_read_enum (r, object, "direction", KOMMUNE_TYPE_DIRECTION, -1, &direction) ||
      !_kommune_json_read_string (r, object, "method", FALSE, &method) ||
      !_kommune_json_read_string (r, object, "reference_name", FALSE, &reference_name))
    return FALSE;
  if (*name == '\0')
    return _kommune_json_fail (r, _("the indicator's name is empty"));

  indicator = kommune_indicator_new (name, (KommuneIndicatorUnit) unit, (KommuneDirection) direction,
                                     &model_error);
  if (indicator == NULL)
    return _kommune_json_fail_model (r, model_error);
  kommune_indicator_set_method (indicator, method);
  kommune_indicator_set_reference_name (indicator, reference_name);
  if (!_kommune_json_read_list (r, object, "bands", FALSE, read_band, indicator) ||
      !_kommune_json_read_list (r, object, "measurements", FALSE, read_measurement, indicator) ||
      !_kommune_json_read_list (r, object, "reference", FALSE, read_reference, indicator))
    return FALSE;

  if (!kommune_goal_add_indicator (goal, indicator, &model_error))
    return _kommune_json_fail_model (r, model_error);
  return TRUE;
}

static gboolean
read_progress (KommuneJsonReader *r,
               JsonObject        *object,
               gpointer           measure)
{
  static const char * const allowed[] = { "report", "text", NULL };
  GError *model_error = NULL;
  const char *report, *text;

  if (!_kommune_json_check_members (r, object, allowed) ||
      !_kommune_json_read_string (r, object, "report", TRUE, &report) ||
      !_kommune_json_read_string (r, object, "text", TRUE, &text))
    return FALSE;
  if (!kommune_measure_add_progress (measure, report, text, &model_error))
    return _kommune_json_fail_model (r, model_error);
  return TRUE;
}

static gboolean
read_measure (KommuneJsonReader *r,
              JsonObject        *object,
              gpointer           goal)
{
  static const char * const allowed[] = { "number", "text", "responsible", "status", "progress", NULL };
  g_autoptr(KommuneMeasure) measure = NULL;
  GError *model_error = NULL;
  const char *text, *responsible;
  gint64 number = 0;
  int status;

  if (!_kommune_json_check_members (r, object, allowed) ||
      !_kommune_json_read_int (r, object, "number", TRUE, 1, G_MAXUINT, &number, NULL) ||
      !_kommune_json_read_string (r, object, "text", TRUE, &text) ||
      !_kommune_json_read_string (r, object, "responsible", FALSE, &responsible) ||
      !_kommune_json_read_enum (r, object, "status", KOMMUNE_TYPE_MEASURE_STATUS, -1, &status))
    return FALSE;
  if (*text == '\0')
    return _kommune_json_fail (r, _("the measure's text is empty"));

  measure = kommune_measure_new ((guint) number, text, &model_error);
  if (measure == NULL)
    return _kommune_json_fail_model (r, model_error);
  kommune_measure_set_responsible (measure, responsible);
  kommune_measure_set_status (measure, (KommuneMeasureStatus) status);
  if (!_kommune_json_read_list (r, object, "progress", FALSE, read_progress, measure))
    return FALSE;
  if (!kommune_goal_add_measure (goal, measure, &model_error))
    return _kommune_json_fail_model (r, model_error);
  return TRUE;
}

/* A goal being read and its level in its tree, the root being 1. */
typedef struct
{
  KommuneGoal *goal;
  guint        level;
} GoalContext;

static KommuneGoal *read_goal (KommuneJsonReader *r,
                               JsonObject        *object,
                               guint              level);

static gboolean
read_child (KommuneJsonReader *r,
            JsonObject        *object,
            gpointer           data)
{
  GoalContext *parent = data;
  g_autoptr(KommuneGoal) child = read_goal (r, object, parent->level + 1);
  GError *model_error = NULL;

  if (child == NULL)
    return FALSE;
  if (!kommune_goal_add_child (parent->goal, child, &model_error))
    return _kommune_json_fail_model (r, model_error);
  return TRUE;
}

/* Reads a goal at @level of its tree. The level is checked before the
 * children are read, so a chain nested deeper than the model allows is
 * refused before it costs any stack. */
static KommuneGoal *
read_goal (KommuneJsonReader *r,
           JsonObject        *object,
           guint              level)
{
  static const char * const allowed[] = {
    "id", "text", "level", "owner", "first_year", "last_year", "indicators", "measures", "children", NULL
  };
  g_autoptr(KommuneGoal) goal = NULL;
  GError *model_error = NULL;
  const char *id, *text, *owner;
  gint64 first_year = 0, last_year = 0;
  gboolean has_first, has_last;
  GoalContext context;
  int goal_level;

  if (level > KOMMUNE_GOAL_MAX_DEPTH)
    {
      _kommune_json_fail (r, _("goals nest more than %u levels deep"), (guint) KOMMUNE_GOAL_MAX_DEPTH);
      return NULL;
    }
  if (!_kommune_json_check_members (r, object, allowed) ||
      !_kommune_json_read_string (r, object, "id", TRUE, &id) ||
      !_kommune_json_read_string (r, object, "text", TRUE, &text) ||
      !_kommune_json_read_enum (r, object, "level", KOMMUNE_TYPE_GOAL_LEVEL, -1, &goal_level) ||
      !_kommune_json_read_string (r, object, "owner", FALSE, &owner) ||
      !_kommune_json_read_int (r, object, "first_year", FALSE, 1000, 9999, &first_year, &has_first) ||
      !_kommune_json_read_int (r, object, "last_year", FALSE, 1000, 9999, &last_year, &has_last))
    return NULL;

  goal = kommune_goal_new (id, text, (KommuneGoalLevel) goal_level, &model_error);
  if (goal == NULL)
    {
      _kommune_json_fail_model (r, model_error);
      return NULL;
    }
  kommune_goal_set_owner (goal, owner);
  if (has_first != has_last)
    {
      _kommune_json_fail (r, _("a period needs both “first_year” and “last_year”"));
      return NULL;
    }
  if (has_first && !kommune_goal_set_period (goal, (guint) first_year, (guint) last_year, &model_error))
    {
      _kommune_json_fail_model (r, model_error);
      return NULL;
    }

  context.goal = goal;
  context.level = level;
  if (!_kommune_json_read_list (r, object, "indicators", FALSE, read_indicator, goal) ||
      !_kommune_json_read_list (r, object, "measures", FALSE, read_measure, goal) ||
      !_kommune_json_read_list (r, object, "children", FALSE, read_child, &context))
    return NULL;
  return g_steal_pointer (&goal);
}

static gboolean
read_root_goal (KommuneJsonReader *r,
                JsonObject        *object,
                gpointer           document)
{
  g_autoptr(KommuneGoal) goal = read_goal (r, object, 1);
  GError *model_error = NULL;

  if (goal == NULL)
    return FALSE;
  if (!kommune_document_add_goal (document, goal, &model_error))
    return _kommune_json_fail_model (r, model_error);
  return TRUE;
}

/* The document being read and its rules read so far, by name. */
typedef struct
{
  KommuneDocument *document;
  GHashTable      *rules;   /* name → borrowed rule */
} RuleContext;

static gboolean
read_rule (KommuneJsonReader *r,
           JsonObject        *object,
           gpointer           data)
{
  RuleContext *context = data;
  static const char * const allowed[] = {
    "name", "numerator", "denominator", "comparison", "threshold", "reference", "until",
    "condition_only", NULL
  };
  g_autoptr(KommuneFinancialRule) rule = NULL;
  GError *model_error = NULL;
  const char *name, *threshold, *reference, *until;
  gboolean condition_only = FALSE;
  int numerator, denominator, comparison;

  if (!_kommune_json_check_members (r, object, allowed) ||
      !_kommune_json_read_string (r, object, "name", TRUE, &name) ||
      !_kommune_json_read_enum (r, object, "numerator", KOMMUNE_TYPE_FINANCIAL_FIGURE, -1, &numerator) ||
      !_kommune_json_read_enum (r, object, "denominator", KOMMUNE_TYPE_FINANCIAL_FIGURE, -1, &denominator) ||
      !_kommune_json_read_choice (r, object, "comparison", _kommune_comparison_operators, &comparison) ||
      !_kommune_json_read_string (r, object, "threshold", TRUE, &threshold) ||
      !_kommune_json_read_string (r, object, "reference", FALSE, &reference) ||
      !_kommune_json_read_string (r, object, "until", FALSE, &until) ||
      !_kommune_json_read_bool (r, object, "condition_only", &condition_only))
    return FALSE;
  if (g_hash_table_contains (context->rules, name))
    return _kommune_json_fail (r, _("a second rule named “%s”"), name);

  rule = kommune_financial_rule_new (name, (KommuneFinancialFigure) numerator,
                                     (KommuneFinancialFigure) denominator,
                                     (KommuneComparison) comparison, threshold, &model_error);
  if (rule == NULL)
    return _kommune_json_fail_model (r, model_error);
  kommune_financial_rule_set_reference (rule, reference);
  kommune_financial_rule_set_condition_only (rule, condition_only);
  if (until != NULL)
    {
      KommuneFinancialRule *condition = g_hash_table_lookup (context->rules, until);

      /* Conditions come first, so a rule can never lead back to itself. */
      if (condition == NULL)
        return _kommune_json_fail (r, _("“until” names “%s”, which is not a rule listed before this one"), until);
      if (!kommune_financial_rule_set_until (rule, condition, &model_error))
        return _kommune_json_fail_model (r, model_error);
    }
  if (!kommune_document_add_financial_rule (context->document, rule, &model_error))
    return _kommune_json_fail_model (r, model_error);
  /* The document keeps the rule alive. */
  g_hash_table_insert (context->rules, (gpointer) kommune_financial_rule_get_name (rule), rule);
  return TRUE;
}

static gboolean
read_workforce (KommuneJsonReader *r,
                JsonObject        *object,
                gpointer           document)
{
  static const char * const allowed[] = { "unit", "period", "figures", NULL };
  const char * const *names = _kommune_enum_nicks (KOMMUNE_TYPE_WORKFORCE_FIGURE);
  g_autoptr(KommuneWorkforceFigures) figures = NULL;
  GError *model_error = NULL;
  const char *unit, *period;
  JsonObject *values;
  gsize len;

  if (!_kommune_json_check_members (r, object, allowed) ||
      !_kommune_json_read_string (r, object, "unit", FALSE, &unit) ||
      !_kommune_json_read_string (r, object, "period", TRUE, &period))
    return FALSE;
  if (*period == '\0')
    return _kommune_json_fail (r, _("the period is empty"));
  figures = kommune_workforce_figures_new (unit, period, &model_error);
  if (figures == NULL)
    return _kommune_json_fail_model (r, model_error);

  if (!_kommune_json_enter_object (r, object, "figures", TRUE, names, &values, &len))
    return FALSE;
  for (int f = 0; names[f] != NULL; f++)
    {
      const char *value;

      if (!_kommune_json_read_string (r, values, names[f], FALSE, &value))
        return FALSE;
      if (value != NULL &&
          !kommune_workforce_figures_set_text (figures, (KommuneWorkforceFigure) f, value, &model_error))
        return _kommune_json_fail_model (r, model_error);
    }
  _kommune_json_pop (r, len);

  if (!kommune_document_add_workforce_figures (document, figures, &model_error))
    return _kommune_json_fail_model (r, model_error);
  return TRUE;
}

static gboolean
read_focus_area (KommuneJsonReader *r,
                 JsonObject        *object,
                 gpointer           strategy)
{
  g_autoptr(KommuneGoal) goal = read_goal (r, object, 1);
  GError *model_error = NULL;

  if (goal == NULL)
    return FALSE;
  if (!kommune_strategy_add_focus_area (strategy, goal, &model_error))
    return _kommune_json_fail_model (r, model_error);
  return TRUE;
}

static gboolean
read_strategy (KommuneJsonReader *r,
               JsonObject        *object,
               gpointer           document)
{
  static const char * const allowed[] = { "name", "first_year", "last_year", "focus_areas", NULL };
  g_autoptr(KommuneStrategy) strategy = NULL;
  GError *model_error = NULL;
  const char *name;
  guint first_year, last_year;

  if (!_kommune_json_check_members (r, object, allowed) ||
      !_kommune_json_read_string (r, object, "name", TRUE, &name) ||
      !_kommune_json_read_year (r, object, "first_year", &first_year) ||
      !_kommune_json_read_year (r, object, "last_year", &last_year))
    return FALSE;

  strategy = kommune_strategy_new (name, first_year, last_year, &model_error);
  if (strategy == NULL)
    return _kommune_json_fail_model (r, model_error);
  if (!_kommune_json_read_list (r, object, "focus_areas", FALSE, read_focus_area, strategy))
    return FALSE;
  if (!kommune_document_add_strategy (document, strategy, &model_error))
    return _kommune_json_fail_model (r, model_error);
  return TRUE;
}

gboolean
_kommune_document_read_steering (KommuneJsonReader *r,
                                 JsonObject        *root,
                                 KommuneDocument   *document)
{
  g_autoptr(GHashTable) rules = g_hash_table_new (g_str_hash, g_str_equal);
  RuleContext rule_context = { document, rules };

  return _kommune_json_read_list (r, root, "goals", FALSE, read_root_goal, document) &&
         _kommune_json_read_list (r, root, "financial_rules", FALSE, read_rule, &rule_context) &&
         _kommune_json_read_list (r, root, "workforce", FALSE, read_workforce, document) &&
         _kommune_json_read_list (r, root, "strategies", FALSE, read_strategy, document);
}

/* ------------------------------------------------------------------ */
/* Checking                                                            */
/* ------------------------------------------------------------------ */

static gboolean
fail_at (GError     **error,
         GError      *model_error,
         const char  *member,
         guint        index)
{
  g_propagate_prefixed_error (error, model_error, "$.%s[%u]: ", member, index);
  return FALSE;
}

static gboolean
check_root_goal (KommuneGoal  *goal,
                 GError      **error)
{
  if (!_kommune_goal_check (goal, error))
    return FALSE;
  if (kommune_goal_get_parent (goal) != NULL)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                   _("goal “%s” is the child of goal “%s”, not the root of a tree"),
                   kommune_goal_get_id (goal), kommune_goal_get_id (kommune_goal_get_parent (goal)));
      return FALSE;
    }
  return TRUE;
}

gboolean
_kommune_document_check_steering (KommuneDocument  *document,
                                  GError          **error)
{
  GListModel *list;
  GError *model_error = NULL;

  g_return_val_if_fail (KOMMUNE_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  list = kommune_document_get_goals (document);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(KommuneGoal) goal = g_list_model_get_item (list, i);

      if (!check_root_goal (goal, &model_error))
        return fail_at (error, model_error, "goals", i);
    }

  list = kommune_document_get_financial_rules (document);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(KommuneFinancialRule) rule = g_list_model_get_item (list, i);

      if (!_kommune_financial_rule_check (rule, &model_error))
        return fail_at (error, model_error, "financial_rules", i);
    }

  list = kommune_document_get_workforce_figures (document);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(KommuneWorkforceFigures) figures = g_list_model_get_item (list, i);

      if (!_kommune_workforce_figures_check (figures, &model_error))
        return fail_at (error, model_error, "workforce", i);
    }

  list = kommune_document_get_strategies (document);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(KommuneStrategy) strategy = g_list_model_get_item (list, i);

      if (!_kommune_strategy_check (strategy, &model_error))
        return fail_at (error, model_error, "strategies", i);
    }
  return TRUE;
}
