/* test-document-steering.c: the invariants of a document's steering part
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <libkommune.h>

#include "document/kommune-document-steering-private.h"

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
  g_assert_true (kommune_document_add_goal (document, goal, &error));
  g_assert_true (kommune_document_add_financial_rule (document, fund, &error));
  g_assert_true (kommune_document_add_financial_rule (document, result, &error));
  g_assert_true (_kommune_document_check_steering (document, &error));
  g_assert_true (kommune_document_check (document, &error));
  g_assert_no_error (error);
}

/* Objects made bare never get into a document: the add gives the error
 * the type's constructor would. */
static void
test_bare (void)
{
  struct {
    GType       type;
    const char *message;
  } cases[] = {
    { KOMMUNE_TYPE_GOAL, "the goal id is missing" },
    { KOMMUNE_TYPE_FINANCIAL_RULE, "the rule's name is missing" },
    { KOMMUNE_TYPE_WORKFORCE_FIGURES, "the period of workforce figures is missing" },
    { KOMMUNE_TYPE_STRATEGY, "the strategy's name is missing" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(KommuneDocument) document = new_document ();
      g_autoptr(GObject) bare = g_object_new (cases[i].type, NULL);
      gboolean added;

      if (cases[i].type == KOMMUNE_TYPE_GOAL)
        added = kommune_document_add_goal (document, (KommuneGoal *) bare, &error);
      else if (cases[i].type == KOMMUNE_TYPE_FINANCIAL_RULE)
        added = kommune_document_add_financial_rule (document, (KommuneFinancialRule *) bare, &error);
      else if (cases[i].type == KOMMUNE_TYPE_WORKFORCE_FIGURES)
        added = kommune_document_add_workforce_figures (document, (KommuneWorkforceFigures *) bare, &error);
      else
        added = kommune_document_add_strategy (document, (KommuneStrategy *) bare, &error);

      g_assert_false (added);
      g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
      g_assert_cmpstr (error->message, ==, cases[i].message);
      g_clear_error (&error);
      g_assert_true (kommune_document_check (document, &error));
      g_assert_no_error (error);
    }
}

static void
test_rules_and_roots (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneDocument) twice = new_document ();
  g_autoptr(KommuneDocument) later = new_document ();
  g_autoptr(KommuneDocument) adopted_root = new_document ();
  g_autoptr(KommuneFinancialRule) a = rule ("A");
  g_autoptr(KommuneFinancialRule) other_a = rule ("A");
  g_autoptr(KommuneFinancialRule) b = rule ("B");
  g_autoptr(KommuneGoal) root = kommune_goal_new ("k1", "Samfunnsmål", KOMMUNE_GOAL_LEVEL_COMMUNITY, &error);
  g_autoptr(KommuneGoal) child = kommune_goal_new ("o1", "Planmål", KOMMUNE_GOAL_LEVEL_PLAN, &error);

  g_assert_true (kommune_document_add_financial_rule (twice, a, &error));
  g_assert_false (kommune_document_add_financial_rule (twice, other_a, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_DUPLICATE);
  g_assert_cmpstr (error->message, ==, "financial rule “A” already exists in the document");
  g_clear_error (&error);

  /* A condition must be in the document before its rule. */
  g_assert_true (kommune_financial_rule_set_until (b, a, &error));
  g_assert_false (kommune_document_add_financial_rule (later, b, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_assert_cmpstr (error->message, ==, "rule “B”: its condition “A” is not a rule of the document yet");
  g_clear_error (&error);
  g_assert_true (kommune_document_add_financial_rule (later, other_a, &error));
  g_assert_false (kommune_document_add_financial_rule (later, b, &error));
  g_assert_cmpstr (error->message, ==, "rule “B”: its condition “A” is not a rule of the document yet");
  g_clear_error (&error);

  /* A child is never added as a root, and a root in a document never
   * becomes a child. */
  g_assert_true (kommune_goal_add_child (root, child, &error));
  g_assert_false (kommune_document_add_goal (later, child, &error));
  g_assert_cmpstr (error->message, ==, "goal “o1” has a parent: only the root of a tree is added to the document");
  g_clear_error (&error);
  {
    g_autoptr(KommuneGoal) top = kommune_goal_new ("k0", "Overordnet", KOMMUNE_GOAL_LEVEL_COMMUNITY, &error);

    g_assert_true (kommune_document_add_goal (adopted_root, root, &error));
    g_assert_false (kommune_goal_add_child (top, root, &error));
    g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
    g_assert_cmpstr (error->message, ==, "goal “k1” is the root of a tree in a document and cannot become a child");
    g_clear_error (&error);
    g_assert_null (kommune_goal_get_parent (root));
    g_assert_true (_kommune_document_check_steering (adopted_root, &error));
    g_assert_true (kommune_document_check (adopted_root, &error));
  }
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
