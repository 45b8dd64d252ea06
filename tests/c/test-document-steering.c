/* test-document-steering.c: the invariants of a document's steering part
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <libkommune.h>

#include "kommune-document-steering-private.h"

static KommuneDocument *
new_document (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneMunicipality) municipality = kommune_municipality_new ("3005", "Drammen", &error);

  g_assert_no_error (error);
  return kommune_document_new (municipality);
}

static KommuneFinancialRule *
rule (const char *name)
{
  g_autoptr(GError) error = NULL;
  KommuneFinancialRule *rule =
    kommune_financial_rule_new (name, KOMMUNE_FINANCIAL_FIGURE_NET_OPERATING_RESULT,
                                KOMMUNE_FINANCIAL_FIGURE_GROSS_OPERATING_REVENUE,
                                KOMMUNE_COMPARISON_GREATER_OR_EQUAL, "1", &error);

  g_assert_no_error (error);
  return rule;
}

static void
test_valid (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneDocument) document = new_document ();
  g_autoptr(KommuneGoal) goal = kommune_goal_new ("m1", "Et mål", KOMMUNE_GOAL_LEVEL_PLAN, &error);
  g_autoptr(KommuneFinancialRule) fund = rule ("Fond");
  g_autoptr(KommuneFinancialRule) result = rule ("Resultat");

  g_assert_true (kommune_financial_rule_set_until (result, fund, &error));
  kommune_document_add_goal (document, goal);
  kommune_document_add_financial_rule (document, fund);
  kommune_document_add_financial_rule (document, result);
  g_assert_true (_kommune_document_check_steering (document, &error));
  g_assert_no_error (error);
}

static void
test_bare (void)
{
  struct {
    GType       type;
    const char *message;
  } cases[] = {
    { KOMMUNE_TYPE_GOAL, "$.goals[0]: the goal id is missing" },
    { KOMMUNE_TYPE_FINANCIAL_RULE, "$.financial_rules[0]: the rule's name is missing" },
    { KOMMUNE_TYPE_WORKFORCE_FIGURES, "$.workforce[0]: the period of workforce figures is missing" },
    { KOMMUNE_TYPE_STRATEGY, "$.strategies[0]: the strategy's name is missing" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(KommuneDocument) document = new_document ();
      g_autoptr(GObject) bare = g_object_new (cases[i].type, NULL);
      g_autofree char *data = NULL;

      if (cases[i].type == KOMMUNE_TYPE_GOAL)
        kommune_document_add_goal (document, (KommuneGoal *) bare);
      else if (cases[i].type == KOMMUNE_TYPE_FINANCIAL_RULE)
        kommune_document_add_financial_rule (document, (KommuneFinancialRule *) bare);
      else if (cases[i].type == KOMMUNE_TYPE_WORKFORCE_FIGURES)
        kommune_document_add_workforce_figures (document, (KommuneWorkforceFigures *) bare);
      else
        kommune_document_add_strategy (document, (KommuneStrategy *) bare);

      g_assert_false (_kommune_document_check_steering (document, &error));
      g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
      g_assert_cmpstr (error->message, ==, cases[i].message);
      /* Writing it never crashes, whatever the check says. */
      data = kommune_document_to_data (document, NULL);
      g_assert_nonnull (data);
    }
}

static void
test_rules_and_roots (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneDocument) twice = new_document ();
  g_autoptr(KommuneDocument) later = new_document ();
  g_autoptr(KommuneDocument) outside = new_document ();
  g_autoptr(KommuneDocument) child_as_root = new_document ();
  g_autoptr(KommuneFinancialRule) a = rule ("A");
  g_autoptr(KommuneFinancialRule) other_a = rule ("A");
  g_autoptr(KommuneFinancialRule) b = rule ("B");
  g_autoptr(KommuneGoal) root = kommune_goal_new ("k1", "Samfunnsmål", KOMMUNE_GOAL_LEVEL_COMMUNITY, &error);
  g_autoptr(KommuneGoal) child = kommune_goal_new ("o1", "Planmål", KOMMUNE_GOAL_LEVEL_PLAN, &error);

  kommune_document_add_financial_rule (twice, a);
  kommune_document_add_financial_rule (twice, other_a);
  g_assert_false (_kommune_document_check_steering (twice, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_DUPLICATE);
  g_assert_cmpstr (error->message, ==, "$.financial_rules[1]: a second rule named “A”");
  g_clear_error (&error);

  /* A condition listed after its rule, or not at all. */
  g_assert_true (kommune_financial_rule_set_until (b, a, &error));
  kommune_document_add_financial_rule (later, b);
  kommune_document_add_financial_rule (later, a);
  g_assert_false (_kommune_document_check_steering (later, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_assert_cmpstr (error->message, ==,
                   "$.financial_rules[0]: the condition of rule “B”, “A”, is not a rule listed before it");
  g_clear_error (&error);
  kommune_document_add_financial_rule (outside, other_a);
  kommune_document_add_financial_rule (outside, b);
  g_assert_false (_kommune_document_check_steering (outside, &error));
  g_assert_cmpstr (error->message, ==,
                   "$.financial_rules[1]: the condition of rule “B”, “A”, is not a rule listed before it");
  g_clear_error (&error);

  g_assert_true (kommune_goal_add_child (root, child, &error));
  kommune_document_add_goal (child_as_root, child);
  g_assert_false (_kommune_document_check_steering (child_as_root, &error));
  g_assert_cmpstr (error->message, ==, "$.goals[0]: goal “o1” is the child of goal “k1”, not the root of a tree");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Kommune/DocumentSteering/valid", test_valid);
  g_test_add_func ("/Kommune/DocumentSteering/bare", test_bare);
  g_test_add_func ("/Kommune/DocumentSteering/rules-and-roots", test_rules_and_roots);

  return g_test_run ();
}
