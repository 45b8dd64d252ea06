/* test-document-check.c: a document's lists are read-only, refuse
 * duplicates, and a save refuses what a load would refuse
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <glib/gstdio.h>

#include <libkommune.h>

#define OP KOMMUNE_BUDGET_TYPE_OPERATING

static GDateTime *
day (int year,
     int month,
     int d)
{
  return g_date_time_new_utc (year, month, d, 0, 0, 0);
}

/* Kragerø with the areas “stab” and “helse”. */
static KommuneDocument *
make_document (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneMunicipality) kragero = kommune_municipality_new ("0815", "Kragerø", &error);
  g_autoptr(KommuneProgrammeArea) stab = kommune_programme_area_new ("stab", "Stab og støtte", &error);
  g_autoptr(KommuneProgrammeArea) helse = kommune_programme_area_new ("helse", "Helse og omsorg", &error);

  g_assert_true (kommune_municipality_add_area (kragero, stab, &error));
  g_assert_true (kommune_municipality_add_area (kragero, helse, &error));
  g_assert_no_error (error);
  return kommune_document_new (kragero);
}

static KommuneEconomicPlan *
make_plan (KommuneDocument *document)
{
  g_autoptr(GError) error = NULL;
  KommuneMunicipality *municipality = kommune_document_get_municipality (document);
  g_autoptr(KommuneEconomicPlan) plan = kommune_economic_plan_new (2018, NULL);

  g_assert_true (kommune_economic_plan_set_frame_amount (plan, kommune_municipality_find_area (municipality, "stab"),
                                                  2018, OP, 100000, &error));
  g_assert_true (kommune_economic_plan_add_area (plan, kommune_municipality_find_area (municipality, "helse"),
                                                 &error));
  kommune_document_set_plan (document, plan);
  return plan;   /* the document keeps it alive */
}

static KommuneAdjustment *
make_adjustment (const char          *id,
                 KommuneDocumentKind  kind,
                 const char          *area,
                 gint64               amount)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) date = day (2018, 5, 15);
  KommuneAdjustment *adjustment = kommune_adjustment_new (id, date, "sak 1/18", kind, area, OP, 2018,
                                                          amount, "test", &error);

  g_assert_no_error (error);
  return adjustment;
}

static char *
read_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  return text;
}

static guint
count_entries (const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) listing = g_dir_open (dir, 0, &error);
  guint n = 0;

  g_assert_no_error (error);
  while (g_dir_read_name (listing) != NULL)
    n++;
  return n;
}

/* check() fails with @code and @message; save() fails with the same error
 * prefixed by the file name and leaves an old file as it was. */
static void
assert_refused (KommuneDocument *document,
                int              code,
                const char      *message)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kommune-check-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "doc.json", NULL);
  g_autofree char *expected = NULL;
  g_autofree char *after = NULL;

  g_assert_false (kommune_document_check (document, &error));
  g_assert_error (error, KOMMUNE_ERROR, code);
  g_assert_cmpstr (error->message, ==, message);
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (path, "old\n", -1, &error));
  g_assert_false (kommune_document_save (document, path, &error));
  g_assert_error (error, KOMMUNE_ERROR, code);
  expected = g_strdup_printf ("%s: %s", path, message);
  g_assert_cmpstr (error->message, ==, expected);
  after = read_text (path);
  g_assert_cmpstr (after, ==, "old\n");
  g_assert_cmpuint (count_entries (dir), ==, 1);

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_lists_read_only (void)
{
  g_autoptr(KommuneDocument) document = make_document ();
  GListModel *lists[] = {
    kommune_document_get_tertial_reports (document),
    kommune_document_get_investment_projects (document),
    kommune_document_get_verbal_proposals (document),
    kommune_document_get_annual_evaluations (document),
    kommune_document_get_key_figures (document),
    kommune_document_get_notes (document),
    kommune_document_get_goals (document),
    kommune_document_get_financial_rules (document),
    kommune_document_get_workforce_figures (document),
    kommune_document_get_strategies (document),
  };
  GType types[] = {
    KOMMUNE_TYPE_TERTIAL_REPORT, KOMMUNE_TYPE_INVESTMENT_PROJECT, KOMMUNE_TYPE_VERBAL_PROPOSAL,
    KOMMUNE_TYPE_ANNUAL_EVALUATION, KOMMUNE_TYPE_KEY_FIGURE, KOMMUNE_TYPE_NOTE, KOMMUNE_TYPE_GOAL,
    KOMMUNE_TYPE_FINANCIAL_RULE, KOMMUNE_TYPE_WORKFORCE_FIGURES, KOMMUNE_TYPE_STRATEGY,
  };

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      g_assert_true (G_IS_LIST_MODEL (lists[i]));
      g_assert_false (G_IS_LIST_STORE (lists[i]));
      g_assert_true (g_list_model_get_item_type (lists[i]) == types[i]);
      g_assert_cmpuint (g_list_model_get_n_items (lists[i]), ==, 0);
    }
}

static void
assert_duplicate (gboolean    added,
                  GError     *error,
                  GListModel *list,
                  guint       n,
                  const char *message)
{
  g_assert_false (added);
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_DUPLICATE);
  g_assert_cmpstr (error->message, ==, message);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, n);
}

static void
test_duplicates (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneDocument) document = make_document ();
  g_autoptr(KommuneTertialReport) t1 = kommune_tertial_report_new (2018, KOMMUNE_DOCUMENT_KIND_TERTIAL_1, &error);
  g_autoptr(KommuneTertialReport) t1_again = kommune_tertial_report_new (2018, KOMMUNE_DOCUMENT_KIND_TERTIAL_1, &error);
  g_autoptr(KommuneTertialReport) t2 = kommune_tertial_report_new (2018, KOMMUNE_DOCUMENT_KIND_TERTIAL_2, &error);
  g_autoptr(KommuneInvestmentProject) p1 = kommune_investment_project_new ("15022", "IKT", &error);
  g_autoptr(KommuneInvestmentProject) p2 = kommune_investment_project_new ("15022", "IKT 2", &error);
  g_autoptr(KommuneVerbalProposal) v1 = kommune_verbal_proposal_new (8, "Legg fram en sak", &error);
  g_autoptr(KommuneVerbalProposal) v2 = kommune_verbal_proposal_new (8, "En til", &error);
  g_autoptr(KommuneAnnualEvaluation) e1 = kommune_annual_evaluation_new (2018, NULL);
  g_autoptr(KommuneAnnualEvaluation) e2 = kommune_annual_evaluation_new (2018, NULL);
  g_autoptr(KommuneKeyFigure) k1 = kommune_key_figure_new ("Ansatte", NULL, 2018, "32,30", &error);
  g_autoptr(KommuneKeyFigure) k2 = kommune_key_figure_new ("Ansatte", NULL, 2017, "32,34", &error);
  g_autoptr(KommuneKeyFigure) k3 = kommune_key_figure_new ("Ansatte", "personer", 2018, "33", &error);
  g_autoptr(KommuneGoal) g1 = kommune_goal_new ("k1", "Samfunn", KOMMUNE_GOAL_LEVEL_COMMUNITY, &error);
  g_autoptr(KommuneGoal) g1_child = kommune_goal_new ("o1", "Mål", KOMMUNE_GOAL_LEVEL_PLAN, &error);
  g_autoptr(KommuneGoal) g2 = kommune_goal_new ("k2", "Samfunn 2", KOMMUNE_GOAL_LEVEL_COMMUNITY, &error);
  g_autoptr(KommuneGoal) g2_child = kommune_goal_new ("o1", "Mål", KOMMUNE_GOAL_LEVEL_PLAN, &error);
  g_autoptr(KommuneGoal) g3 = kommune_goal_new ("k1", "Samfunn 3", KOMMUNE_GOAL_LEVEL_COMMUNITY, &error);
  g_autoptr(KommuneFinancialRule) r1 = NULL;
  g_autoptr(KommuneFinancialRule) r2 = NULL;
  g_autoptr(KommuneStrategy) s1 = kommune_strategy_new ("Kompetansestrategi", 2021, 2024, &error);
  g_autoptr(KommuneStrategy) s2 = kommune_strategy_new ("Kompetansestrategi", 2025, 2028, &error);
  g_autoptr(KommuneNote) note = kommune_note_new ("Merknad", "Tekst", &error);
  gboolean added;

  r1 = kommune_financial_rule_new ("Minst 1,75 %", KOMMUNE_FINANCIAL_FIGURE_NET_OPERATING_RESULT,
                                   KOMMUNE_FINANCIAL_FIGURE_GROSS_OPERATING_REVENUE,
                                   KOMMUNE_COMPARISON_GREATER_OR_EQUAL, "1,75", &error);
  r2 = kommune_financial_rule_new ("Minst 1,75 %", KOMMUNE_FINANCIAL_FIGURE_NET_OPERATING_RESULT,
                                   KOMMUNE_FINANCIAL_FIGURE_GROSS_OPERATING_REVENUE,
                                   KOMMUNE_COMPARISON_GREATER_OR_EQUAL, "2", &error);
  g_assert_no_error (error);

  g_assert_true (kommune_document_add_tertial_report (document, t1, &error));
  g_assert_true (kommune_document_add_tertial_report (document, t2, &error));
  added = kommune_document_add_tertial_report (document, t1_again, &error);
  assert_duplicate (added, error, kommune_document_get_tertial_reports (document), 2,
                    "tertial report “2018 tertial-1” already exists in the document");
  g_clear_error (&error);
  g_assert_true (kommune_document_find_tertial_report (document, 2018, KOMMUNE_DOCUMENT_KIND_TERTIAL_2) == t2);
  g_assert_null (kommune_document_find_tertial_report (document, 2019, KOMMUNE_DOCUMENT_KIND_TERTIAL_1));

  g_assert_true (kommune_document_add_investment_project (document, p1, &error));
  added = kommune_document_add_investment_project (document, p2, &error);
  assert_duplicate (added, error, kommune_document_get_investment_projects (document), 1,
                    "investment project “15022” already exists in the document");
  g_clear_error (&error);

  g_assert_true (kommune_document_add_verbal_proposal (document, v1, &error));
  added = kommune_document_add_verbal_proposal (document, v2, &error);
  assert_duplicate (added, error, kommune_document_get_verbal_proposals (document), 1,
                    "verbal proposal “8” already exists in the document");
  g_clear_error (&error);

  g_assert_true (kommune_document_add_annual_evaluation (document, e1, &error));
  added = kommune_document_add_annual_evaluation (document, e2, &error);
  assert_duplicate (added, error, kommune_document_get_annual_evaluations (document), 1,
                    "annual evaluation “2018” already exists in the document");
  g_clear_error (&error);

  /* A key figure is its name and year. */
  g_assert_true (kommune_document_add_key_figure (document, k1, &error));
  g_assert_true (kommune_document_add_key_figure (document, k2, &error));
  added = kommune_document_add_key_figure (document, k3, &error);
  assert_duplicate (added, error, kommune_document_get_key_figures (document), 2,
                    "key figure “Ansatte (2018)” already exists in the document");
  g_clear_error (&error);

  /* Goal ids are unique across the trees; a goal with a parent is not a
   * tree's root. */
  g_assert_true (kommune_goal_add_child (g1, g1_child, &error));
  g_assert_true (kommune_goal_add_child (g2, g2_child, &error));
  g_assert_true (kommune_document_add_goal (document, g1, &error));
  added = kommune_document_add_goal (document, g2, &error);
  assert_duplicate (added, error, kommune_document_get_goals (document), 1,
                    "goal “o1” already exists in the document");
  g_clear_error (&error);
  added = kommune_document_add_goal (document, g3, &error);
  assert_duplicate (added, error, kommune_document_get_goals (document), 1,
                    "goal “k1” already exists in the document");
  g_clear_error (&error);
  g_assert_false (kommune_document_add_goal (document, g2_child, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_assert_cmpstr (error->message, ==, "goal “o1” has a parent: only the root of a tree is added to the document");
  g_clear_error (&error);

  g_assert_true (kommune_document_add_financial_rule (document, r1, &error));
  added = kommune_document_add_financial_rule (document, r2, &error);
  assert_duplicate (added, error, kommune_document_get_financial_rules (document), 1,
                    "financial rule “Minst 1,75 %” already exists in the document");
  g_clear_error (&error);

  g_assert_true (kommune_document_add_strategy (document, s1, &error));
  added = kommune_document_add_strategy (document, s2, &error);
  assert_duplicate (added, error, kommune_document_get_strategies (document), 1,
                    "strategy “Kompetansestrategi” already exists in the document");
  g_clear_error (&error);

  /* Notes have no identity: the same note twice is two notes. */
  g_assert_true (kommune_document_add_note (document, note, &error));
  g_assert_true (kommune_document_add_note (document, note, &error));
  g_assert_cmpuint (g_list_model_get_n_items (kommune_document_get_notes (document)), ==, 2);

  /* Not an object of the list's type: an error, not a critical. */
  g_assert_false (kommune_document_add_note (document, NULL, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_assert_cmpstr (error->message, ==, "expected a note (KommuneNote), got NULL");
  g_clear_error (&error);
  g_assert_false (kommune_document_add_strategy (document, (KommuneStrategy *) note, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_assert_cmpstr (error->message, ==, "expected a strategy (KommuneStrategy), got KommuneNote");
  g_clear_error (&error);

  g_assert_true (kommune_document_check (document, &error));
  g_assert_no_error (error);
}

static void
test_unknown_areas (void)
{
  g_autoptr(GError) error = NULL;

  {
    g_autoptr(KommuneDocument) document = make_document ();
    KommuneEconomicPlan *plan = make_plan (document);
    g_autoptr(KommuneProgrammeArea) oppvekst = kommune_programme_area_new ("oppvekst", "Oppvekst", &error);

    g_assert_true (kommune_economic_plan_set_frame_amount (plan, oppvekst, 2019, OP, 5, &error));
    assert_refused (document, KOMMUNE_ERROR_UNKNOWN_AREA,
                    "$.plan.frames[1].area: the municipality has no programme area “oppvekst”");
  }
  {
    g_autoptr(KommuneDocument) document = make_document ();
    g_autoptr(KommuneInvestmentProject) project = kommune_investment_project_new ("15022", "IKT", &error);

    kommune_investment_project_set_area_code (project, "ikt");
    g_assert_true (kommune_document_add_investment_project (document, project, &error));
    assert_refused (document, KOMMUNE_ERROR_UNKNOWN_AREA,
                    "$.investment_projects[0].area: the municipality has no programme area “ikt”");
  }
  {
    g_autoptr(KommuneDocument) document = make_document ();
    g_autoptr(KommuneTertialReport) report = kommune_tertial_report_new (2018, KOMMUNE_DOCUMENT_KIND_TERTIAL_1, &error);
    g_autoptr(KommuneAreaReport) stab = kommune_area_report_new ("stab", NULL);
    g_autoptr(KommuneAreaReport) other = kommune_area_report_new ("08", NULL);

    g_assert_true (kommune_tertial_report_add_area_report (report, stab, &error));
    g_assert_true (kommune_tertial_report_add_area_report (report, other, &error));
    g_assert_true (kommune_document_add_tertial_report (document, report, &error));
    assert_refused (document, KOMMUNE_ERROR_UNKNOWN_AREA,
                    "$.tertial_reports[0].areas[1].area: the municipality has no programme area “08”");
  }
  {
    g_autoptr(KommuneDocument) document = make_document ();
    g_autoptr(KommuneAnnualEvaluation) evaluation = kommune_annual_evaluation_new (2018, NULL);

    kommune_annual_evaluation_set_area_text (evaluation, "kultur", "Godt år");
    g_assert_true (kommune_document_add_annual_evaluation (document, evaluation, &error));
    assert_refused (document, KOMMUNE_ERROR_UNKNOWN_AREA,
                    "$.annual_evaluations[0].area_texts[0].area: the municipality has no programme area “kultur”");
  }
  g_assert_no_error (error);
}

static KommuneFinancialRule *
make_rule (const char *name)
{
  g_autoptr(GError) error = NULL;
  KommuneFinancialRule *rule =
    kommune_financial_rule_new (name, KOMMUNE_FINANCIAL_FIGURE_NET_OPERATING_RESULT,
                                KOMMUNE_FINANCIAL_FIGURE_GROSS_OPERATING_REVENUE,
                                KOMMUNE_COMPARISON_GREATER_OR_EQUAL, "1,75", &error);

  g_assert_no_error (error);
  return rule;
}

static void
test_rules (void)
{
  g_autoptr(GError) error = NULL;

  {
    /* The condition must be in the document before the rule. */
    g_autoptr(KommuneDocument) document = make_document ();
    g_autoptr(KommuneFinancialRule) rule = make_rule ("Minst 1,75 %");
    g_autoptr(KommuneFinancialRule) fund = make_rule ("Fond minst 5 %");

    g_assert_true (kommune_financial_rule_set_until (rule, fund, &error));
    g_assert_false (kommune_document_add_financial_rule (document, rule, &error));
    g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
    g_assert_cmpstr (error->message, ==, "rule “Minst 1,75 %”: its condition “Fond minst 5 %” is not a rule of the document yet");
    g_clear_error (&error);
    g_assert_true (kommune_document_add_financial_rule (document, fund, &error));
    g_assert_true (kommune_document_add_financial_rule (document, rule, &error));
    g_assert_true (kommune_document_check (document, &error));
  }
  {
    /* A condition set afterwards that comes after the rule. */
    g_autoptr(KommuneDocument) document = make_document ();
    g_autoptr(KommuneFinancialRule) rule = make_rule ("Minst 1,75 %");
    g_autoptr(KommuneFinancialRule) fund = make_rule ("Fond minst 5 %");

    g_assert_true (kommune_document_add_financial_rule (document, rule, &error));
    g_assert_true (kommune_document_add_financial_rule (document, fund, &error));
    g_assert_true (kommune_financial_rule_set_until (rule, fund, &error));
    assert_refused (document, KOMMUNE_ERROR_INVALID_DOCUMENT,
                    "$.financial_rules[0]: “until” names “Fond minst 5 %”, which is not a rule listed before this one");
  }
  {
    /* A condition that is not in the document at all. */
    g_autoptr(KommuneDocument) document = make_document ();
    g_autoptr(KommuneFinancialRule) fund = make_rule ("Fond minst 5 %");
    g_autoptr(KommuneFinancialRule) rule = make_rule ("Minst 1,75 %");
    g_autoptr(KommuneFinancialRule) stranger = make_rule ("Fond minst 5 %");

    g_assert_true (kommune_document_add_financial_rule (document, fund, &error));
    g_assert_true (kommune_document_add_financial_rule (document, rule, &error));
    g_assert_true (kommune_financial_rule_set_until (rule, stranger, &error));
    assert_refused (document, KOMMUNE_ERROR_INVALID_DOCUMENT,
                    "$.financial_rules[1]: “until” names “Fond minst 5 %”, which is not a rule listed before this one");
  }
  g_assert_no_error (error);
}

static void
test_adopted_reports (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) june = day (2018, 6, 21);

  {
    /* Adopted into a plan the document does not have. */
    g_autoptr(KommuneDocument) document = make_document ();
    g_autoptr(KommuneDocument) holder = make_document ();
    KommuneEconomicPlan *elsewhere = make_plan (holder);
    g_autoptr(KommuneTertialReport) report = kommune_tertial_report_new (2018, KOMMUNE_DOCUMENT_KIND_TERTIAL_1, &error);
    g_autoptr(KommuneAdjustment) proposal = make_adjustment ("t1-1", KOMMUNE_DOCUMENT_KIND_TERTIAL_1, "stab", 100);

    g_assert_true (kommune_tertial_report_add_proposal (report, proposal, &error));
    g_assert_true (kommune_tertial_report_adopt (report, elsewhere, june, &error));
    g_assert_false (kommune_document_add_tertial_report (document, report, &error));
    g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
    g_assert_cmpstr (error->message, ==, "tertial report “2018 tertial-1” is adopted, but the document has no plan");
    g_clear_error (&error);
    make_plan (document);
    g_assert_false (kommune_document_add_tertial_report (document, report, &error));
    g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
    g_assert_cmpstr (error->message, ==, "tertial report “2018 tertial-1” was adopted into another plan than the document's");
    g_clear_error (&error);
    g_assert_cmpuint (g_list_model_get_n_items (kommune_document_get_tertial_reports (document)), ==, 0);
  }
  {
    /* Adopted elsewhere after it was added: the check finds it. */
    g_autoptr(KommuneDocument) document = make_document ();
    g_autoptr(KommuneDocument) holder = make_document ();
    KommuneEconomicPlan *elsewhere = make_plan (holder);
    g_autoptr(KommuneTertialReport) report = kommune_tertial_report_new (2018, KOMMUNE_DOCUMENT_KIND_TERTIAL_1, &error);
    g_autoptr(KommuneAdjustment) proposal = make_adjustment ("t1-1", KOMMUNE_DOCUMENT_KIND_TERTIAL_1, "stab", 100);

    /* A report in a document is adopted into the document's plan only;
     * files that break this are refused on load
     * (bad/document-adopted-without-plan.json). */
    g_assert_true (kommune_tertial_report_add_proposal (report, proposal, &error));
    g_assert_true (kommune_document_add_tertial_report (document, report, &error));
    g_assert_false (kommune_tertial_report_adopt (report, elsewhere, june, &error));
    g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
    g_assert_cmpstr (error->message, ==, "tertial report “2018 tertial-1” belongs to a document that has no plan");
    g_clear_error (&error);

    make_plan (document);
    g_assert_false (kommune_tertial_report_adopt (report, elsewhere, june, &error));
    g_assert_cmpstr (error->message, ==, "tertial report “2018 tertial-1” belongs to a document with another plan");
    g_clear_error (&error);
    g_assert_cmpuint (g_list_model_get_n_items (kommune_economic_plan_get_adjustments (elsewhere)), ==, 0);
    g_assert_true (kommune_tertial_report_adopt (report, kommune_document_get_plan (document), june, &error));
    g_assert_true (kommune_document_check (document, &error));
  }
  {
    /* The plan has its own adjustment with the id of an adopted proposal:
     * the file would have dropped one of them. */
    g_autoptr(KommuneDocument) document = make_document ();
    g_autoptr(KommuneDocument) holder = make_document ();
    KommuneEconomicPlan *plan = make_plan (document);
    KommuneEconomicPlan *elsewhere = make_plan (holder);
    g_autoptr(KommuneTertialReport) report = kommune_tertial_report_new (2018, KOMMUNE_DOCUMENT_KIND_TERTIAL_1, &error);
    g_autoptr(KommuneAdjustment) proposal = make_adjustment ("a1", KOMMUNE_DOCUMENT_KIND_TERTIAL_1, "stab", 100);
    g_autoptr(KommuneAdjustment) own = make_adjustment ("a1", KOMMUNE_DOCUMENT_KIND_ECONOMIC_PLAN, "helse", 7);

    g_assert_true (kommune_economic_plan_add_adjustment (plan, own, &error));
    g_assert_true (kommune_tertial_report_add_proposal (report, proposal, &error));
    g_assert_true (kommune_document_add_tertial_report (document, report, &error));
    /* Neither the other plan nor the document's own, which has an “a1”,
     * takes the report; a file that has this is refused on load
     * (bad/document-adjustment-shares-proposal-id.json). */
    g_assert_false (kommune_tertial_report_adopt (report, elsewhere, june, &error));
    g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
    g_clear_error (&error);
    g_assert_false (kommune_tertial_report_adopt (report, plan, june, &error));
    g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_DUPLICATE);
    g_assert_cmpstr (error->message, ==, "the plan's log already has an adjustment “a1”");
    g_clear_error (&error);
    g_assert_true (kommune_document_check (document, &error));
  }
  g_assert_no_error (error);
}

static void
test_overflow (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneDocument) document = make_document ();
  KommuneEconomicPlan *plan = make_plan (document);
  KommuneProgrammeArea *stab = kommune_municipality_find_area (kommune_document_get_municipality (document), "stab");
  g_autoptr(KommuneAdjustment) up = make_adjustment ("a1", KOMMUNE_DOCUMENT_KIND_ECONOMIC_PLAN, "stab", 500);
  g_autoptr(KommuneAdjustment) down = make_adjustment ("a2", KOMMUNE_DOCUMENT_KIND_ECONOMIC_PLAN, "stab", -500);

  /* The adjustments fit on the frame of 100000 ... */
  g_assert_true (kommune_economic_plan_add_adjustment (plan, up, &error));
  g_assert_true (kommune_economic_plan_add_adjustment (plan, down, &error));
  g_assert_true (kommune_document_check (document, &error));

  /* ... but not on a frame set afterwards, even though they cancel out: a
   * load adds them one by one onto it, so the plan refuses that frame, and
   * a file that has it (bad/document-frame-overflow.json) is refused. */
  g_assert_false (kommune_economic_plan_set_frame_amount (plan, stab, 2018, OP, G_MAXINT64 - 100, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_OVERFLOW);
  g_clear_error (&error);
  g_assert_true (kommune_document_check (document, &error));
  g_assert_no_error (error);
}

static void
test_bare_document (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneDocument) bare = g_object_new (KOMMUNE_TYPE_DOCUMENT, NULL);
  g_autoptr(KommuneDocument) other = g_object_new (KOMMUNE_TYPE_DOCUMENT, NULL);
  g_autofree char *data = kommune_document_to_data (bare, NULL);
  g_autofree char *dir = g_dir_make_tmp ("kommune-check-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "bare.json", NULL);

  g_assert_null (kommune_document_get_municipality (bare));
  g_assert_nonnull (data);
  g_assert_true (kommune_document_equal (bare, other));

  g_assert_false (kommune_document_check (bare, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_DOCUMENT);
  g_assert_cmpstr (error->message, ==, "$.municipality: the document has no municipality");
  g_clear_error (&error);

  g_assert_false (kommune_document_save (bare, path, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_DOCUMENT);
  g_clear_error (&error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_entries (dir), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* A report adopted before some of the plan's own adjustments keeps its
 * place in the log through a save and a load. */
static void
test_log_order (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneDocument) document = make_document ();
  g_autoptr(KommuneDocument) reloaded = NULL;
  g_autoptr(KommuneDocument) plain = make_document ();
  KommuneEconomicPlan *plan = make_plan (document);
  KommuneEconomicPlan *plain_plan = make_plan (plain);
  g_autoptr(KommuneTertialReport) report = kommune_tertial_report_new (2018, KOMMUNE_DOCUMENT_KIND_TERTIAL_1, &error);
  g_autoptr(KommuneTertialReport) plain_report = kommune_tertial_report_new (2018, KOMMUNE_DOCUMENT_KIND_TERTIAL_1, &error);
  g_autoptr(KommuneAdjustment) before = make_adjustment ("a1", KOMMUNE_DOCUMENT_KIND_ECONOMIC_PLAN, "stab", 10);
  g_autoptr(KommuneAdjustment) proposal = make_adjustment ("t1-1", KOMMUNE_DOCUMENT_KIND_TERTIAL_1, "stab", 20);
  g_autoptr(KommuneAdjustment) after = make_adjustment ("a2", KOMMUNE_DOCUMENT_KIND_ECONOMIC_PLAN, "helse", 30);
  g_autoptr(KommuneAdjustment) plain_before = make_adjustment ("a1", KOMMUNE_DOCUMENT_KIND_ECONOMIC_PLAN, "stab", 10);
  g_autoptr(KommuneAdjustment) plain_proposal = make_adjustment ("t1-1", KOMMUNE_DOCUMENT_KIND_TERTIAL_1, "stab", 20);
  g_autoptr(KommuneAdjustment) plain_after = make_adjustment ("a2", KOMMUNE_DOCUMENT_KIND_ECONOMIC_PLAN, "helse", 30);
  g_autoptr(GDateTime) june = day (2018, 6, 21);
  g_autofree char *data = NULL;
  g_autofree char *plain_data = NULL;
  GListModel *log;
  const char *ids[] = { "a1", "t1-1", "a2" };

  g_assert_true (kommune_economic_plan_add_adjustment (plan, before, &error));
  g_assert_true (kommune_tertial_report_add_proposal (report, proposal, &error));
  g_assert_true (kommune_tertial_report_adopt (report, plan, june, &error));
  g_assert_true (kommune_economic_plan_add_adjustment (plan, after, &error));
  g_assert_true (kommune_document_add_tertial_report (document, report, &error));
  g_assert_true (kommune_document_check (document, &error));

  data = kommune_document_to_data (document, NULL);
  g_assert_nonnull (strstr (data, "\"log_order\" : ["));
  reloaded = kommune_document_load_from_data (data, -1, "in-memory", &error);
  g_assert_no_error (error);
  g_assert_true (kommune_document_equal (document, reloaded));
  log = kommune_economic_plan_get_adjustments (kommune_document_get_plan (reloaded));
  g_assert_cmpuint (g_list_model_get_n_items (log), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(KommuneAdjustment) adjustment = g_list_model_get_item (log, i);

      g_assert_cmpstr (kommune_adjustment_get_id (adjustment), ==, ids[i]);
    }

  /* The same adjustments in the default order: no log order, and the two
   * documents differ only in the order of the log. */
  g_assert_true (kommune_economic_plan_add_adjustment (plain_plan, plain_before, &error));
  g_assert_true (kommune_economic_plan_add_adjustment (plain_plan, plain_after, &error));
  g_assert_true (kommune_tertial_report_add_proposal (plain_report, plain_proposal, &error));
  g_assert_true (kommune_tertial_report_adopt (plain_report, plain_plan, june, &error));
  g_assert_true (kommune_document_add_tertial_report (plain, plain_report, &error));
  plain_data = kommune_document_to_data (plain, NULL);
  g_assert_null (strstr (plain_data, "log_order"));
  g_assert_false (kommune_document_equal (document, plain));
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Kommune/Document/lists-read-only", test_lists_read_only);
  g_test_add_func ("/Kommune/Document/duplicates", test_duplicates);
  g_test_add_func ("/Kommune/Document/check/unknown-areas", test_unknown_areas);
  g_test_add_func ("/Kommune/Document/check/rules", test_rules);
  g_test_add_func ("/Kommune/Document/check/adopted-reports", test_adopted_reports);
  g_test_add_func ("/Kommune/Document/check/overflow", test_overflow);
  g_test_add_func ("/Kommune/Document/check/bare", test_bare_document);
  g_test_add_func ("/Kommune/Document/log-order", test_log_order);

  return g_test_run ();
}
