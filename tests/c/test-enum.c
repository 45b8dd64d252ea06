/* test-enum.c: the names of enum values come from their nicks
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <libkommune.h>

#include "core/kommune-enum-private.h"

/* Every enum's vector is its GEnumValue table in value order. */
static void
test_nicks_follow_the_enum_tables (void)
{
  GType types[] = {
    KOMMUNE_TYPE_BUDGET_TYPE, KOMMUNE_TYPE_DOCUMENT_KIND, KOMMUNE_TYPE_DEVIATION,
    KOMMUNE_TYPE_FINANCIAL_FIGURE, KOMMUNE_TYPE_INDICATOR_UNIT, KOMMUNE_TYPE_DIRECTION,
    KOMMUNE_TYPE_STATUS, KOMMUNE_TYPE_TREND, KOMMUNE_TYPE_GOAL_LEVEL,
    KOMMUNE_TYPE_MEASURE_STATUS, KOMMUNE_TYPE_COMPARISON, KOMMUNE_TYPE_RULE_STATUS,
    KOMMUNE_TYPE_WORKFORCE_FIGURE, KOMMUNE_TYPE_ERROR, KOMMUNE_TYPE_AMOUNT_SCALE,
  };

  for (guint t = 0; t < G_N_ELEMENTS (types); t++)
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (types[t]);
      const char * const *nicks = _kommune_enum_nicks (types[t]);

      g_assert_nonnull (nicks);
      g_assert_cmpuint (g_strv_length ((char **) nicks), ==, klass->n_values);
      for (guint i = 0; i < klass->n_values; i++)
        {
          g_assert_cmpstr (nicks[i], ==, g_enum_get_value (klass, (int) i)->value_nick);
          g_assert_true (_kommune_enum_nick (types[t], (int) i) == nicks[i]);
        }
      g_assert_null (_kommune_enum_nick (types[t], (int) klass->n_values));
      g_assert_null (_kommune_enum_nick (types[t], -1));
      /* The vector is made once. */
      g_assert_true (_kommune_enum_nicks (types[t]) == nicks);
    }
}

/* The public names are the nicks, and the same strings. */
static void
test_to_string_gives_the_nicks (void)
{
  g_assert_cmpstr (kommune_document_kind_to_string (KOMMUNE_DOCUMENT_KIND_TERTIAL_1), ==, "tertial-1");
  g_assert_cmpstr (kommune_budget_type_to_string (KOMMUNE_BUDGET_TYPE_INVESTMENT), ==, "investment");
  g_assert_cmpstr (kommune_status_to_string (KOMMUNE_STATUS_NOT_APPROVED), ==, "not-approved");
  g_assert_cmpstr (kommune_goal_level_to_string (KOMMUNE_GOAL_LEVEL_STRATEGIC), ==, "strategic");
  g_assert_cmpstr (kommune_measure_status_to_string (KOMMUNE_MEASURE_STATUS_CANCELLED), ==, "cancelled");
  g_assert_cmpstr (kommune_rule_status_to_string (KOMMUNE_RULE_STATUS_NOT_ASSESSABLE), ==, "not-assessable");
  g_assert_cmpstr (kommune_financial_figure_to_string (KOMMUNE_FINANCIAL_FIGURE_LONG_TERM_DEBT), ==, "long-term-debt");
  g_assert_cmpstr (kommune_workforce_figure_to_string (KOMMUNE_WORKFORCE_FIGURE_AML_BREACHES), ==, "aml-breaches");
  g_assert_true (kommune_status_to_string (KOMMUNE_STATUS_DESIRED) ==
                 _kommune_enum_nick (KOMMUNE_TYPE_STATUS, KOMMUNE_STATUS_DESIRED));

  g_assert_null (kommune_document_kind_to_string ((KommuneDocumentKind) 5));
  g_assert_null (kommune_budget_type_to_string ((KommuneBudgetType) -1));
  g_assert_null (kommune_workforce_figure_to_string ((KommuneWorkforceFigure) 13));
}

/* Comparisons are written as operators: their nicks name the values in the
 * introspection data and must be words. */
static void
test_comparisons_are_operators (void)
{
  g_assert_cmpstr (kommune_comparison_to_string (KOMMUNE_COMPARISON_GREATER_OR_EQUAL), ==, ">=");
  g_assert_cmpstr (kommune_comparison_to_string (KOMMUNE_COMPARISON_LESS_OR_EQUAL), ==, "<=");
  g_assert_null (kommune_comparison_to_string ((KommuneComparison) 2));
  g_assert_null (kommune_comparison_to_string ((KommuneComparison) -1));
  g_assert_cmpstr (_kommune_enum_nick (KOMMUNE_TYPE_COMPARISON, 0), ==, "greater-or-equal");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/enum/nicks", test_nicks_follow_the_enum_tables);
  g_test_add_func ("/enum/to-string", test_to_string_gives_the_nicks);
  g_test_add_func ("/enum/comparison", test_comparisons_are_operators);
  return g_test_run ();
}
