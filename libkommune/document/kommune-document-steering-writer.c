/* kommune-document-steering-writer.c: the steering part of the document
 * format — goals with indicators and measures, financial rules, workforce
 * figures and strategies — written
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "kommune-enums.h"
#include "kommune-decimal.h"
#include "document/kommune-document-private.h"
#include "document/kommune-document-steering-private.h"
#include "kommune-financial-rule.h"
#include "kommune-goal.h"
#include "kommune-indicator.h"
#include "document/kommune-json-writer-private.h"
#include "kommune-measure.h"
#include "kommune-measurement.h"
#include "kommune-note.h"
#include "kommune-strategy.h"
#include "kommune-workforce-figures.h"

static void
write_measurement (JsonBuilder *builder,
                   gpointer     item)
{
  KommuneMeasurement *measurement = item;

  _kommune_json_add_string (builder, "period", kommune_measurement_get_period (measurement));
  if (!kommune_measurement_has_value (measurement))
    _kommune_json_add_string (builder, "missing", kommune_measurement_get_missing_symbol (measurement));
  else if (kommune_measurement_is_rate (measurement))
    {
      _kommune_json_add_int (builder, "numerator", kommune_measurement_get_numerator (measurement));
      _kommune_json_add_int (builder, "denominator", kommune_measurement_get_denominator (measurement));
    }
  else
    {
      g_autofree char *value = kommune_measurement_format (measurement);

      _kommune_json_add_string (builder, "value", value);
    }
  if (*kommune_measurement_get_as_written (measurement) != '\0')
    _kommune_json_add_string (builder, "as_written", kommune_measurement_get_as_written (measurement));
  if (*kommune_measurement_get_source (measurement) != '\0')
    _kommune_json_add_string (builder, "source", kommune_measurement_get_source (measurement));
}

static void
write_indicator (JsonBuilder *builder,
                 gpointer     item)
{
  KommuneIndicator *indicator = item;

  _kommune_json_add_string (builder, "name", kommune_indicator_get_name (indicator));
  _kommune_json_add_enum (builder, "unit", KOMMUNE_TYPE_INDICATOR_UNIT, kommune_indicator_get_unit (indicator));
  _kommune_json_add_enum (builder, "direction", KOMMUNE_TYPE_DIRECTION, kommune_indicator_get_direction (indicator));
  _kommune_json_add_string (builder, "method", kommune_indicator_get_method (indicator));

  json_builder_set_member_name (builder, "bands");
  json_builder_begin_array (builder);
  for (int status = KOMMUNE_STATUS_DESIRED; status <= KOMMUNE_STATUS_NOT_APPROVED; status++)
    {
      g_autofree char *lower = NULL;
      g_autofree char *upper = NULL;
      gboolean lower_inclusive, upper_inclusive;

      if (!kommune_indicator_dup_band (indicator, (KommuneStatus) status,
                                       &lower, &lower_inclusive, &upper, &upper_inclusive))
        continue;
      json_builder_begin_object (builder);
      _kommune_json_add_enum (builder, "status", KOMMUNE_TYPE_STATUS, status);
      if (lower != NULL)
        {
          _kommune_json_add_string (builder, "lower", lower);
          _kommune_json_add_bool (builder, "lower_inclusive", lower_inclusive);
        }
      if (upper != NULL)
        {
          _kommune_json_add_string (builder, "upper", upper);
          _kommune_json_add_bool (builder, "upper_inclusive", upper_inclusive);
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  _kommune_json_add_list (builder, "measurements", kommune_indicator_get_measurements (indicator),
                          write_measurement);
  _kommune_json_add_string (builder, "reference_name", kommune_indicator_get_reference_name (indicator));
  _kommune_json_add_list (builder, "reference", kommune_indicator_get_references (indicator),
                          write_measurement);
}

static void
write_progress (JsonBuilder *builder,
                gpointer     item)
{
  _kommune_json_add_string (builder, "report", kommune_note_get_title (item));
  _kommune_json_add_string (builder, "text", kommune_note_get_body (item));
}

static void
write_measure (JsonBuilder *builder,
               gpointer     item)
{
  _kommune_json_add_int (builder, "number", kommune_measure_get_number (item));
  _kommune_json_add_string (builder, "text", kommune_measure_get_text (item));
  _kommune_json_add_string (builder, "responsible", kommune_measure_get_responsible (item));
  _kommune_json_add_enum (builder, "status", KOMMUNE_TYPE_MEASURE_STATUS, kommune_measure_get_status (item));
  _kommune_json_add_list (builder, "progress", kommune_measure_get_progress (item), write_progress);
}

/* Goals nest: each level of a goal tree is two levels of JSON (the
 * “children” array and the goal's object), and the pretty-printed file
 * indents every line by its nesting. A chain of d goals therefore used to
 * cost O(d²) bytes of indentation — a 539 KB chain saved as 2 GB. Trees
 * are at most KOMMUNE_GOAL_MAX_DEPTH levels deep (the model refuses deeper
 * ones, and so does the reader below), so the indentation of a line is
 * bounded and the saved size is linear in the number of goals. */
static void
write_goal (JsonBuilder *builder,
            gpointer     item)
{
  KommuneGoal *goal = item;

  _kommune_json_add_string (builder, "id", kommune_goal_get_id (goal));
  _kommune_json_add_string (builder, "text", kommune_goal_get_text (goal));
  _kommune_json_add_enum (builder, "level", KOMMUNE_TYPE_GOAL_LEVEL, kommune_goal_get_level (goal));
  _kommune_json_add_string (builder, "owner", kommune_goal_get_owner (goal));
  if (kommune_goal_get_first_year (goal) != 0)
    {
      _kommune_json_add_int (builder, "first_year", kommune_goal_get_first_year (goal));
      _kommune_json_add_int (builder, "last_year", kommune_goal_get_last_year (goal));
    }
  _kommune_json_add_list (builder, "indicators", kommune_goal_get_indicators (goal), write_indicator);
  _kommune_json_add_list (builder, "measures", kommune_goal_get_measures (goal), write_measure);
  _kommune_json_add_list (builder, "children", kommune_goal_get_children (goal), write_goal);
}

static void
write_rule (JsonBuilder *builder,
            gpointer     item)
{
  KommuneFinancialRule *rule = item;
  KommuneFinancialRule *until = kommune_financial_rule_get_until (rule);
  g_autofree char *threshold = kommune_financial_rule_dup_threshold (rule);

  _kommune_json_add_string (builder, "name", kommune_financial_rule_get_name (rule));
  _kommune_json_add_enum (builder, "numerator", KOMMUNE_TYPE_FINANCIAL_FIGURE, kommune_financial_rule_get_numerator (rule));
  _kommune_json_add_enum (builder, "denominator", KOMMUNE_TYPE_FINANCIAL_FIGURE, kommune_financial_rule_get_denominator (rule));
  _kommune_json_add_string (builder, "comparison", kommune_comparison_to_string (kommune_financial_rule_get_comparison (rule)));
  _kommune_json_add_string (builder, "threshold", threshold);
  _kommune_json_add_string (builder, "reference", kommune_financial_rule_get_reference (rule));
  if (until != NULL)
    _kommune_json_add_string (builder, "until", kommune_financial_rule_get_name (until));
  if (kommune_financial_rule_get_condition_only (rule))
    _kommune_json_add_bool (builder, "condition_only", TRUE);
}

static void
write_workforce (JsonBuilder *builder,
                 gpointer     item)
{
  KommuneWorkforceFigures *figures = item;

  _kommune_json_add_string (builder, "unit", kommune_workforce_figures_get_unit (figures));
  _kommune_json_add_string (builder, "period", kommune_workforce_figures_get_period (figures));
  json_builder_set_member_name (builder, "figures");
  json_builder_begin_object (builder);
  for (int f = KOMMUNE_WORKFORCE_FIGURE_EMPLOYEES; f <= KOMMUNE_WORKFORCE_FIGURE_AML_BREACHES; f++)
    if (kommune_workforce_figures_has (figures, (KommuneWorkforceFigure) f))
      {
        g_autofree char *value =
          kommune_decimal_to_string (kommune_workforce_figures_get (figures, (KommuneWorkforceFigure) f, NULL));

        _kommune_json_add_string (builder, kommune_workforce_figure_to_string ((KommuneWorkforceFigure) f), value);
      }
  json_builder_end_object (builder);
}

static void
write_strategy (JsonBuilder *builder,
                gpointer     item)
{
  _kommune_json_add_string (builder, "name", kommune_strategy_get_name (item));
  _kommune_json_add_int (builder, "first_year", kommune_strategy_get_first_year (item));
  _kommune_json_add_int (builder, "last_year", kommune_strategy_get_last_year (item));
  _kommune_json_add_list (builder, "focus_areas", kommune_strategy_get_focus_areas (item), write_goal);
}

void
_kommune_document_write_steering (JsonBuilder     *builder,
                                  KommuneDocument *document)
{
  _kommune_json_add_list (builder, "goals", kommune_document_get_goals (document), write_goal);
  _kommune_json_add_list (builder, "financial_rules", kommune_document_get_financial_rules (document), write_rule);
  _kommune_json_add_list (builder, "workforce", kommune_document_get_workforce_figures (document), write_workforce);
  _kommune_json_add_list (builder, "strategies", kommune_document_get_strategies (document), write_strategy);
}
