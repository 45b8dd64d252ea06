/* test-financial-rule.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <string.h>

#include <libkommune.h>

typedef struct
{
  KommuneFinancialRule *fund;
  KommuneFinancialRule *result;
} Fixture;

/* Kragerø's rules: net operating result ≥ 1,75 % of gross operating
 * revenue until the disposition fund has reached 5 %. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->fund = kommune_financial_rule_new ("Disposisjonsfond minst 5 %",
                                        KOMMUNE_FINANCIAL_FIGURE_DISPOSITION_FUND_CLOSING,
                                        KOMMUNE_FINANCIAL_FIGURE_GROSS_OPERATING_REVENUE,
                                        KOMMUNE_COMPARISON_GREATER_OR_EQUAL, "5", &error);
  f->result = kommune_financial_rule_new ("Netto driftsresultat minst 1,75 %",
                                          KOMMUNE_FINANCIAL_FIGURE_NET_OPERATING_RESULT,
                                          KOMMUNE_FINANCIAL_FIGURE_GROSS_OPERATING_REVENUE,
                                          KOMMUNE_COMPARISON_GREATER_OR_EQUAL, "1,75", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->result);
  g_assert_finalize_object (f->fund);
}

static KommuneFinancialFigures *
figures (gint64 result,
         gint64 revenue,
         gint64 fund)
{
  KommuneFinancialFigures *figures = kommune_financial_figures_new (2023, NULL);

  kommune_financial_figures_set (figures, KOMMUNE_FINANCIAL_FIGURE_NET_OPERATING_RESULT, result);
  kommune_financial_figures_set (figures, KOMMUNE_FINANCIAL_FIGURE_GROSS_OPERATING_REVENUE, revenue);
  if (fund >= 0)
    kommune_financial_figures_set (figures, KOMMUNE_FINANCIAL_FIGURE_DISPOSITION_FUND_CLOSING, fund);
  return figures;
}

static void
test_exact_boundary (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(KommuneFinancialFigures) exact = figures (1750000000, 100000000000, -1);
  g_autoptr(KommuneFinancialFigures) short_by_one = figures (1749999999, 100000000000, -1);
  g_autofree char *ratio = NULL;
  gint64 margin = 99;

  /* 17 500 000 of 1 000 000 000 kr is exactly 1,75 %. */
  g_assert_cmpint (kommune_financial_rule_evaluate (f->result, exact, &margin, &ratio, NULL), ==, KOMMUNE_RULE_STATUS_PASS);
  g_assert_cmpint (margin, ==, 0);
  g_assert_cmpstr (ratio, ==, "1,75");
  g_assert_cmpint (kommune_financial_rule_evaluate (f->result, short_by_one, &margin, NULL, NULL), ==, KOMMUNE_RULE_STATUS_FAIL);
  g_assert_cmpint (margin, ==, -1);
}

static void
test_drammen_2023 (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  /* 78,3 mill. is 0,9 % of gross operating revenue, about 8 700 mill.;
   * the disposition fund closed at 605 mill. */
  g_autoptr(KommuneFinancialFigures) drammen =
    figures (kommune_amount_parse ("78,3 mill", &error), kommune_amount_parse ("8 700 mill", &error),
             kommune_amount_parse ("605 mill", &error));
  g_autofree char *ratio = NULL;
  gint64 margin = 99;

  g_assert_no_error (error);
  g_assert_cmpint (kommune_financial_rule_evaluate (f->fund, drammen, &margin, NULL, NULL), ==, KOMMUNE_RULE_STATUS_PASS);
  g_assert_cmpint (margin, ==, kommune_amount_parse ("170 mill", NULL));   /* 605 − 435 */

  g_assert_true (kommune_financial_rule_set_until (f->result, f->fund, NULL));
  g_assert_true (kommune_financial_rule_get_until (f->result) == f->fund);
  g_assert_cmpint (kommune_financial_rule_evaluate (f->result, drammen, &margin, &ratio, NULL), ==, KOMMUNE_RULE_STATUS_NOT_APPLICABLE);
  g_assert_cmpint (margin, ==, 0);
  g_assert_cmpstr (ratio, ==, "0,90");
  g_clear_pointer (&ratio, g_free);

  /* Without the condition the rule fails by 73,95 mill. kr. */
  g_assert_true (kommune_financial_rule_set_until (f->result, NULL, NULL));
  g_assert_cmpint (kommune_financial_rule_evaluate (f->result, drammen, &margin, NULL, NULL), ==, KOMMUNE_RULE_STATUS_FAIL);
  g_assert_cmpint (margin, ==, -7395000000);
}

static void
test_not_assessable (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(KommuneFinancialFigures) no_fund = figures (100, 10000, -1);
  g_autoptr(KommuneFinancialFigures) zero_revenue = figures (100, 0, 5);
  g_autofree char *ratio = NULL;

  g_assert_cmpint (kommune_financial_rule_evaluate (f->fund, no_fund, NULL, &ratio, NULL), ==, KOMMUNE_RULE_STATUS_NOT_ASSESSABLE);
  g_assert_null (ratio);
  g_assert_cmpint (kommune_financial_rule_evaluate (f->result, zero_revenue, NULL, NULL, NULL), ==, KOMMUNE_RULE_STATUS_NOT_ASSESSABLE);

  /* A condition that cannot be assessed makes the rule not assessable:
   * whether it applies at all is unknown. */
  g_assert_true (kommune_financial_rule_set_until (f->result, f->fund, NULL));
  g_assert_cmpint (kommune_financial_rule_evaluate (f->result, no_fund, NULL, &ratio, NULL), ==,
                   KOMMUNE_RULE_STATUS_NOT_ASSESSABLE);
  /* The rule's own ratio is known all the same. */
  g_assert_cmpstr (ratio, ==, "1,00");
  g_assert_true (kommune_financial_rule_set_until (f->result, NULL, NULL));
}

static void
test_at_most_and_rounding (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneFinancialRule) debt =
    kommune_financial_rule_new ("Langsiktig gjeld høyst 90 %", KOMMUNE_FINANCIAL_FIGURE_LONG_TERM_DEBT,
                                KOMMUNE_FINANCIAL_FIGURE_GROSS_OPERATING_REVENUE,
                                KOMMUNE_COMPARISON_LESS_OR_EQUAL, "90,125", &error);
  g_autoptr(KommuneFinancialFigures) figures = kommune_financial_figures_new (2020, &error);
  g_autofree char *threshold = kommune_financial_rule_dup_threshold (debt);
  gint64 margin = 0;

  g_assert_no_error (error);
  g_assert_cmpstr (threshold, ==, "90,125");
  g_assert_cmpstr (kommune_financial_rule_get_name (debt), ==, "Langsiktig gjeld høyst 90 %");
  g_assert_cmpint (kommune_financial_rule_get_numerator (debt), ==, KOMMUNE_FINANCIAL_FIGURE_LONG_TERM_DEBT);
  g_assert_cmpint (kommune_financial_rule_get_denominator (debt), ==, KOMMUNE_FINANCIAL_FIGURE_GROSS_OPERATING_REVENUE);
  g_assert_cmpint (kommune_financial_rule_get_comparison (debt), ==, KOMMUNE_COMPARISON_LESS_OR_EQUAL);
  g_assert_cmpstr (kommune_financial_rule_get_reference (debt), ==, "");
  kommune_financial_rule_set_reference (debt, "gjennomsnittet for KOSTRA-gruppe 8");
  g_assert_cmpstr (kommune_financial_rule_get_reference (debt), ==, "gjennomsnittet for KOSTRA-gruppe 8");
  /* Allowed: 90,125 % of 1 001 øre = 902,15125 øre. */
  kommune_financial_figures_set (figures, KOMMUNE_FINANCIAL_FIGURE_GROSS_OPERATING_REVENUE, 1001);
  kommune_financial_figures_set (figures, KOMMUNE_FINANCIAL_FIGURE_LONG_TERM_DEBT, 900);
  g_assert_cmpint (kommune_financial_rule_evaluate (debt, figures, &margin, NULL, NULL), ==, KOMMUNE_RULE_STATUS_PASS);
  g_assert_cmpint (margin, ==, 2);
  kommune_financial_figures_set (figures, KOMMUNE_FINANCIAL_FIGURE_LONG_TERM_DEBT, 903);
  g_assert_cmpint (kommune_financial_rule_evaluate (debt, figures, &margin, NULL, NULL), ==, KOMMUNE_RULE_STATUS_FAIL);
  g_assert_cmpint (margin, ==, -1);
  kommune_financial_figures_set (figures, KOMMUNE_FINANCIAL_FIGURE_LONG_TERM_DEBT, 902);
  g_assert_cmpint (kommune_financial_rule_evaluate (debt, figures, &margin, NULL, NULL), ==, KOMMUNE_RULE_STATUS_PASS);
  g_assert_cmpint (margin, ==, 0);
  g_assert_cmpstr (kommune_rule_status_to_string (KOMMUNE_RULE_STATUS_NOT_APPLICABLE), ==, "not-applicable");
}

static void
test_invalid (void)
{
  GError *error = NULL;

  g_assert_null (kommune_financial_rule_new ("R", 0, 1, 0, "-1", &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_null (kommune_financial_rule_new ("R", 0, 1, 0, "1,75 %", &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_null (kommune_financial_rule_new ("", 0, 1, 0, "1", &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
}

static KommuneFinancialRule *
at_least (const char *name,
          const char *threshold)
{
  g_autoptr(GError) error = NULL;
  KommuneFinancialRule *rule =
    kommune_financial_rule_new (name, KOMMUNE_FINANCIAL_FIGURE_NET_OPERATING_RESULT,
                                KOMMUNE_FINANCIAL_FIGURE_GROSS_OPERATING_REVENUE,
                                KOMMUNE_COMPARISON_GREATER_OR_EQUAL, threshold, &error);

  g_assert_no_error (error);
  return rule;
}

static void
test_beyond_64_bits (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneFinancialRule) all = at_least ("Minst 100 %", "100");
  g_autoptr(KommuneFinancialRule) huge = at_least ("Minst 10^12 %", "1000000000000");
  g_autoptr(KommuneFinancialFigures) figures = kommune_financial_figures_new (2023, &error);
  g_autofree char *ratio = NULL;
  gint64 margin = 99;

  kommune_financial_figures_set (figures, KOMMUNE_FINANCIAL_FIGURE_NET_OPERATING_RESULT, G_MININT64);
  kommune_financial_figures_set (figures, KOMMUNE_FINANCIAL_FIGURE_GROSS_OPERATING_REVENUE, G_MAXINT64);

  /* The status is exact whatever the amounts; once this was “not
   * assessable”. */
  g_assert_cmpint (kommune_financial_rule_evaluate (all, figures, NULL, NULL, &error), ==, KOMMUNE_RULE_STATUS_FAIL);
  g_assert_no_error (error);
  /* The margin, −2^64 + 1 øre, does not fit: an error, never a wrapped one. */
  g_assert_cmpint (kommune_financial_rule_evaluate (all, figures, &margin, NULL, &error), ==,
                   KOMMUNE_RULE_STATUS_NOT_ASSESSABLE);
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_OVERFLOW);
  g_assert_cmpstr (error->message, ==, "rule “Minst 100 %”: the margin does not fit in 64-bit øre");
  g_assert_cmpint (margin, ==, 0);
  g_clear_error (&error);

  /* At the very edge: exactly 100 % passes by 0, one øre less fails by 1. */
  kommune_financial_figures_set (figures, KOMMUNE_FINANCIAL_FIGURE_NET_OPERATING_RESULT, G_MAXINT64);
  g_assert_cmpint (kommune_financial_rule_evaluate (all, figures, &margin, &ratio, &error), ==, KOMMUNE_RULE_STATUS_PASS);
  g_assert_cmpint (margin, ==, 0);
  g_assert_cmpstr (ratio, ==, "100,00");
  g_clear_pointer (&ratio, g_free);
  kommune_financial_figures_set (figures, KOMMUNE_FINANCIAL_FIGURE_NET_OPERATING_RESULT, G_MAXINT64 - 1);
  g_assert_cmpint (kommune_financial_rule_evaluate (all, figures, &margin, NULL, &error), ==, KOMMUNE_RULE_STATUS_FAIL);
  g_assert_cmpint (margin, ==, -1);

  /* A threshold far above any ratio: denominator × threshold is beyond
   * 64 bits, the comparison is still exact. */
  g_assert_cmpint (kommune_financial_rule_evaluate (huge, figures, NULL, NULL, &error), ==, KOMMUNE_RULE_STATUS_FAIL);
  g_assert_no_error (error);
}

static void
test_until_checked (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneFinancialRule) a = at_least ("A", "1");
  g_autoptr(KommuneFinancialRule) b = at_least ("B", "2");
  g_autoptr(KommuneFinancialRule) bare = g_object_new (KOMMUNE_TYPE_FINANCIAL_RULE, NULL);
  GValue value = G_VALUE_INIT;

  g_assert_false (kommune_financial_rule_set_until (a, a, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_assert_cmpstr (error->message, ==, "rule “A” cannot be its own condition");
  g_clear_error (&error);
  g_assert_true (kommune_financial_rule_set_until (b, a, &error));
  g_assert_false (kommune_financial_rule_set_until (a, b, &error));
  g_assert_cmpstr (error->message, ==, "rule “A” cannot be a condition of its own condition");
  g_clear_error (&error);
  g_assert_null (kommune_financial_rule_get_until (a));
  g_assert_false (kommune_financial_rule_set_until (a, bare, &error));
  g_assert_cmpstr (error->message, ==, "the rule's name is missing");
  g_clear_error (&error);
  g_assert_false (kommune_financial_rule_set_until (bare, a, &error));
  g_assert_cmpstr (error->message, ==, "the rule's name is missing");
  g_clear_error (&error);

  /* The condition changes only through set_until(), which checks. */
  g_value_init (&value, G_TYPE_OBJECT);
  g_object_get_property (G_OBJECT (b), "until", &value);
  g_assert_true (g_value_get_object (&value) == a);
  g_value_unset (&value);
  g_assert_false (g_object_class_find_property (G_OBJECT_GET_CLASS (a), "until")->flags & G_PARAM_WRITABLE);
}

static void
notify_count (GObject    *object G_GNUC_UNUSED,
              GParamSpec *pspec G_GNUC_UNUSED,
              guint      *count)
{
  (*count)++;
}

/* Kragerø's 5 % fund level is only the condition of its 1,75 % rule. */
static void
test_condition_only (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneFinancialRule) fund = at_least ("Fond minst 5 %", "5");
  g_autoptr(KommuneFinancialRule) result = at_least ("Minst 1,75 %", "1,75");
  g_autoptr(KommuneMunicipality) kragero = kommune_municipality_new ("0815", "Kragerø", &error);
  g_autoptr(KommuneDocument) document = kommune_document_new (kragero);
  g_autoptr(KommuneDocument) reloaded = NULL;
  g_autofree char *data = NULL;
  guint notified = 0;

  g_signal_connect (fund, "notify::condition-only", G_CALLBACK (notify_count), &notified);
  g_assert_false (kommune_financial_rule_get_condition_only (fund));
  kommune_financial_rule_set_condition_only (fund, TRUE);
  kommune_financial_rule_set_condition_only (fund, 2);
  g_assert_true (kommune_financial_rule_get_condition_only (fund));
  g_assert_cmpuint (notified, ==, 1);

  /* A condition no rule uses is refused where the document is checked. */
  g_assert_true (kommune_document_add_financial_rule (document, fund, &error));
  g_assert_false (kommune_document_check (document, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_DOCUMENT);
  g_assert_cmpstr (error->message, ==,
                   "$.financial_rules[0]: rule “Fond minst 5 %” is kept as a condition only, but no rule has it as its condition");
  g_clear_error (&error);

  g_assert_true (kommune_financial_rule_set_until (result, fund, &error));
  g_assert_true (kommune_document_add_financial_rule (document, result, &error));
  g_assert_true (kommune_document_check (document, &error));
  data = kommune_document_to_data (document, NULL);
  g_assert_nonnull (strstr (data, "\"condition_only\" : true"));
  reloaded = kommune_document_load_from_data (data, -1, "rules.json", &error);
  g_assert_no_error (error);
  g_assert_true (kommune_document_equal (document, reloaded));
  {
    GListModel *rules = kommune_document_get_financial_rules (reloaded);
    g_autoptr(KommuneFinancialRule) first = g_list_model_get_item (rules, 0);
    g_autoptr(KommuneFinancialRule) second = g_list_model_get_item (rules, 1);

    g_assert_true (kommune_financial_rule_get_condition_only (first));
    g_assert_false (kommune_financial_rule_get_condition_only (second));
  }
}

static void
test_long_condition_chain (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rules = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(KommuneFinancialFigures) figures = kommune_financial_figures_new (2023, &error);
  KommuneFinancialRule *last;

  /* 100 000 rules, each lifted by the one before: evaluated without
   * recursion. Rule 0 (≥ 0 %) passes, so rule 1 is not applicable, so rule
   * 2 applies, and so on. */
  for (guint i = 0; i < 100000; i++)
    {
      g_autofree char *name = g_strdup_printf ("R%u", i);
      KommuneFinancialRule *rule = at_least (name, i % 2 == 0 ? "0" : "1");

      if (i > 0)
        g_assert_true (kommune_financial_rule_set_until (rule, g_ptr_array_index (rules, i - 1), &error));
      g_ptr_array_add (rules, rule);
    }
  kommune_financial_figures_set (figures, KOMMUNE_FINANCIAL_FIGURE_NET_OPERATING_RESULT, 50);
  kommune_financial_figures_set (figures, KOMMUNE_FINANCIAL_FIGURE_GROSS_OPERATING_REVENUE, 10000);
  last = g_ptr_array_index (rules, rules->len - 1);
  g_assert_cmpint (kommune_financial_rule_evaluate (g_ptr_array_index (rules, 0), figures, NULL, NULL, &error),
                   ==, KOMMUNE_RULE_STATUS_PASS);
  g_assert_cmpint (kommune_financial_rule_evaluate (g_ptr_array_index (rules, 1), figures, NULL, NULL, &error),
                   ==, KOMMUNE_RULE_STATUS_NOT_APPLICABLE);
  g_assert_cmpint (kommune_financial_rule_evaluate (g_ptr_array_index (rules, 2), figures, NULL, NULL, &error),
                   ==, KOMMUNE_RULE_STATUS_PASS);
  g_assert_cmpint (kommune_financial_rule_evaluate (last, figures, NULL, NULL, &error),
                   ==, KOMMUNE_RULE_STATUS_NOT_APPLICABLE);
  g_assert_no_error (error);

  /* When the array lets go, the last rule holds the whole chain and
   * releases it without a recursion per rule. */
}

static void
test_bare_and_enums (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneFinancialRule) bare = g_object_new (KOMMUNE_TYPE_FINANCIAL_RULE, NULL);
  g_autoptr(KommuneFinancialRule) rule = at_least ("R", "1");
  g_autoptr(KommuneFinancialFigures) figures = kommune_financial_figures_new (2023, &error);
  g_autoptr(KommuneFinancialFigures) bare_figures = g_object_new (KOMMUNE_TYPE_FINANCIAL_FIGURES, NULL);

  g_assert_cmpint (kommune_financial_rule_evaluate (bare, figures, NULL, NULL, &error), ==,
                   KOMMUNE_RULE_STATUS_NOT_ASSESSABLE);
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_assert_cmpstr (error->message, ==, "the rule's name is missing");
  g_clear_error (&error);
  kommune_financial_rule_evaluate (rule, bare_figures, NULL, NULL, &error);
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_PERIOD);
  g_assert_cmpstr (error->message, ==, "0 is not a year of financial figures (1000–9999)");
  g_clear_error (&error);
  kommune_financial_rule_evaluate (rule, NULL, NULL, NULL, &error);
  g_assert_cmpstr (error->message, ==, "rule “R”: no financial figures to evaluate");
  g_clear_error (&error);

  g_assert_null (kommune_financial_rule_new ("R", (KommuneFinancialFigure) 7, 1, 0, "1", &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_assert_cmpstr (error->message, ==, "rule “R”: 7 is not a financial figure");
  g_clear_error (&error);
  g_assert_null (kommune_financial_rule_new ("R", 0, (KommuneFinancialFigure) -3, 0, "1", &error));
  g_assert_cmpstr (error->message, ==, "rule “R”: -3 is not a financial figure");
  g_clear_error (&error);
  g_assert_null (kommune_financial_rule_new ("R", 0, 1, (KommuneComparison) 2, "1", &error));
  g_assert_cmpstr (error->message, ==, "rule “R”: 2 is not a comparison");
  g_clear_error (&error);
  g_assert_null (kommune_financial_rule_new ("R", 0, 1, 0, NULL, &error));
  g_assert_cmpstr (error->message, ==, "rule “R”: the threshold is missing");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/Kommune/FinancialRule/exact-boundary", Fixture, NULL, fixture_set_up, test_exact_boundary, fixture_tear_down);
  g_test_add ("/Kommune/FinancialRule/drammen-2023", Fixture, NULL, fixture_set_up, test_drammen_2023, fixture_tear_down);
  g_test_add ("/Kommune/FinancialRule/not-assessable", Fixture, NULL, fixture_set_up, test_not_assessable, fixture_tear_down);
  g_test_add_func ("/Kommune/FinancialRule/at-most-and-rounding", test_at_most_and_rounding);
  g_test_add_func ("/Kommune/FinancialRule/invalid", test_invalid);

  g_test_add_func ("/Kommune/FinancialRule/beyond-64-bits", test_beyond_64_bits);
  g_test_add_func ("/Kommune/FinancialRule/until-checked", test_until_checked);
  g_test_add_func ("/Kommune/FinancialRule/condition-only", test_condition_only);
  g_test_add_func ("/Kommune/FinancialRule/long-condition-chain", test_long_condition_chain);
  g_test_add_func ("/Kommune/FinancialRule/bare-and-enums", test_bare_and_enums);
  return g_test_run ();
}
