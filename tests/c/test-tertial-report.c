/* test-tertial-report.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <libkommune.h>

#include "model/kommune-economic-plan-private.h"
#include "model/kommune-tertial-report-private.h"

/* Drammen, first tertial report 2017, programme area 07, built in code
 * (the same figures as tests/data/drammen-2017-t1-programomrade-07.json). */
typedef struct
{
  KommuneEconomicPlan  *plan;
  KommuneTertialReport *report;
} Fixture;

static const struct { const char *id; const char *amount; KommuneBudgetType type; } proposals[] = {
  { "kommunereform", "5 millioner kroner", KOMMUNE_BUDGET_TYPE_OPERATING },
  { "kontrolltjenester", "1,5 millioner kroner", KOMMUNE_BUDGET_TYPE_OPERATING },
  { "varslingsordning", "0,15 millioner kroner", KOMMUNE_BUDGET_TYPE_OPERATING },
  { "granskingsrapport", "2,5 millioner kroner", KOMMUNE_BUDGET_TYPE_OPERATING },
  { "byleksikon", "250 000 kroner", KOMMUNE_BUDGET_TYPE_OPERATING },
  { "sykkelparkering", "1 millioner kroner", KOMMUNE_BUDGET_TYPE_INVESTMENT },
};

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) date = g_date_time_new_utc (2017, 6, 30, 0, 0, 0);
  g_autoptr(KommuneProgrammeArea) area = kommune_programme_area_new ("07", "Ledelse, organisering og styring", &error);
  g_autoptr(KommuneAreaReport) status = kommune_area_report_new ("07", NULL);

  f->plan = kommune_economic_plan_new (2017, NULL);
  kommune_economic_plan_set_frame_amount (f->plan, area, 2017, KOMMUNE_BUDGET_TYPE_OPERATING, 20000000000, &error);
  f->report = kommune_tertial_report_new (2017, KOMMUNE_DOCUMENT_KIND_TERTIAL_1, &error);
  g_assert_no_error (error);

  kommune_area_report_set_reported_deviation (status, kommune_amount_parse ("1 mill", &error), NULL);
  kommune_tertial_report_add_area_report (f->report, status, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (proposals); i++)
    {
      g_autoptr(KommuneAdjustment) adjustment =
        kommune_adjustment_new (proposals[i].id, date, NULL, KOMMUNE_DOCUMENT_KIND_TERTIAL_1, "07",
                                proposals[i].type, 2017,
                                kommune_amount_parse (proposals[i].amount, &error), NULL, &error);

      g_assert_no_error (error);
      kommune_tertial_report_add_proposal (f->report, adjustment, &error);
      g_assert_no_error (error);
    }
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->report);
  g_assert_finalize_object (f->plan);
}

static void
test_new (void)
{
  GError *error = NULL;
  KommuneTertialReport *report = kommune_tertial_report_new (2017, KOMMUNE_DOCUMENT_KIND_TERTIAL_2, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (kommune_tertial_report_get_year (report), ==, 2017);
  g_assert_cmpint (kommune_tertial_report_get_period (report), ==, KOMMUNE_DOCUMENT_KIND_TERTIAL_2);
  g_assert_cmpint (kommune_tertial_report_get_materiality_threshold (report), ==, 0);
  g_assert_null (kommune_tertial_report_get_adopted (report));
  g_assert_finalize_object (report);

  g_assert_null (kommune_tertial_report_new (2017, KOMMUNE_DOCUMENT_KIND_ANNUAL_EVALUATION, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_PERIOD);
  g_clear_error (&error);
  g_assert_null (kommune_tertial_report_new (17, KOMMUNE_DOCUMENT_KIND_TERTIAL_1, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_PERIOD);
  g_clear_error (&error);
}

static void
test_proposed_totals (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  /* 5 + 1,5 + 0,15 + 2,5 + 0,25 = 9,4 mill. kr operating; 1 mill. investment. */
  g_assert_cmpint (kommune_tertial_report_get_proposed_total (f->report, "07", KOMMUNE_BUDGET_TYPE_OPERATING, &error),
                   ==, 940000000);
  g_assert_cmpint (kommune_tertial_report_get_proposed_total (f->report, "07", KOMMUNE_BUDGET_TYPE_INVESTMENT, &error),
                   ==, 100000000);
  g_assert_cmpint (kommune_tertial_report_get_proposed_total (f->report, NULL, KOMMUNE_BUDGET_TYPE_OPERATING, &error),
                   ==, 940000000);
  g_assert_cmpint (kommune_tertial_report_get_proposed_total (f->report, "04", KOMMUNE_BUDGET_TYPE_OPERATING, &error),
                   ==, 0);
  g_assert_no_error (error);
}

static void
test_deviation (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  KommuneAreaReport *status = kommune_tertial_report_find_area_report (f->report, "07");
  gint64 deviation;

  g_assert_cmpuint (g_list_model_get_n_items (kommune_tertial_report_get_area_reports (f->report)), ==, 1);
  g_assert_null (kommune_tertial_report_find_area_report (f->report, "05"));

  deviation = kommune_tertial_report_get_deviation (f->report, "07", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (deviation, ==, 100000000);
  g_assert_cmpint (kommune_deviation_classify (deviation), ==, KOMMUNE_DEVIATION_OVERSPEND);
  g_assert_cmpstr (kommune_deviation_to_label (kommune_deviation_classify (deviation)), ==, "merforbruk");
  g_assert_cmpstr (kommune_deviation_to_label (kommune_deviation_classify (-1)), ==, "mindreforbruk");
  g_assert_cmpint (kommune_deviation_classify (0), ==, KOMMUNE_DEVIATION_NONE);

  /* A forecast wins over the stated deviation; it is compared with the
   * frame as of the end of April, before the report's own proposals. */
  kommune_area_report_set_forecast (status, 19950000000, NULL);
  g_assert_cmpint (kommune_tertial_report_get_deviation (f->report, "07", f->plan, &error), ==, -50000000);
  g_assert_no_error (error);

  kommune_tertial_report_get_deviation (f->report, "05", f->plan, &error);
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_MISSING_DATA);
}

static void
test_materiality (Fixture       *f,
                  gconstpointer  data)
{
  kommune_tertial_report_set_materiality_threshold (f->report, 100000000, NULL);
  g_assert_true (kommune_tertial_report_is_material (f->report, 100000000));
  g_assert_true (kommune_tertial_report_is_material (f->report, -100000000));
  g_assert_false (kommune_tertial_report_is_material (f->report, 99999999));
  g_assert_true (kommune_tertial_report_is_material (f->report, G_MININT64));
}

static void
test_adopt (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) adopted = g_date_time_new_utc (2017, 6, 30, 0, 0, 0);
  g_autoptr(GDateTime) before = g_date_time_new_utc (2017, 6, 29, 0, 0, 0);
  g_autoptr(KommuneAdjustment) late = NULL;
  g_autoptr(KommuneAreaReport) extra = kommune_area_report_new ("04", NULL);

  g_assert_true (kommune_tertial_report_adopt (f->report, f->plan, adopted, &error));
  g_assert_no_error (error);
  g_assert_nonnull (kommune_tertial_report_get_adopted (f->report));
  g_assert_cmpuint (g_list_model_get_n_items (kommune_economic_plan_get_adjustments (f->plan)), ==, 6);

  g_assert_cmpint (kommune_economic_plan_get_frame_amount (f->plan, "07", 2017, KOMMUNE_BUDGET_TYPE_OPERATING, before, &error),
                   ==, 20000000000);
  g_assert_cmpint (kommune_economic_plan_get_frame_amount (f->plan, "07", 2017, KOMMUNE_BUDGET_TYPE_OPERATING, adopted, &error),
                   ==, 20940000000);
  g_assert_cmpint (kommune_economic_plan_get_frame_amount (f->plan, "07", 2017, KOMMUNE_BUDGET_TYPE_INVESTMENT, NULL, &error),
                   ==, 100000000);
  g_assert_no_error (error);

  /* An adopted report is a record. */
  late = kommune_adjustment_new ("late", adopted, NULL, KOMMUNE_DOCUMENT_KIND_TERTIAL_1, "07",
                                 KOMMUNE_BUDGET_TYPE_OPERATING, 2017, 1, NULL, NULL);
  g_assert_false (kommune_tertial_report_add_proposal (f->report, late, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (kommune_tertial_report_add_area_report (f->report, extra, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (kommune_tertial_report_adopt (f->report, f->plan, adopted, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_READ_ONLY);
  g_assert_cmpuint (g_list_model_get_n_items (kommune_economic_plan_get_adjustments (f->plan)), ==, 6);
}

static void
test_adopt_all_or_nothing (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) adopted = g_date_time_new_utc (2017, 6, 30, 0, 0, 0);
  g_autoptr(KommuneAdjustment) stray = NULL;

  /* The last proposal names an area the plan does not know. */
  stray = kommune_adjustment_new ("stray", adopted, NULL, KOMMUNE_DOCUMENT_KIND_TERTIAL_1, "99",
                                  KOMMUNE_BUDGET_TYPE_OPERATING, 2017, 1, NULL, NULL);
  kommune_tertial_report_add_proposal (f->report, stray, &error);
  g_assert_no_error (error);

  g_assert_false (kommune_tertial_report_adopt (f->report, f->plan, adopted, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_UNKNOWN_AREA);
  g_assert_null (kommune_tertial_report_get_adopted (f->report));
  g_assert_cmpuint (g_list_model_get_n_items (kommune_economic_plan_get_adjustments (f->plan)), ==, 0);
}

static void
test_adopt_overflow_together (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) adopted = g_date_time_new_utc (2017, 10, 30, 0, 0, 0);
  g_autoptr(KommuneTertialReport) report = kommune_tertial_report_new (2017, KOMMUNE_DOCUMENT_KIND_TERTIAL_2, &error);
  g_autoptr(KommuneAdjustment) a = NULL;
  g_autoptr(KommuneAdjustment) b = NULL;

  /* Each fits the frame alone; together they overflow it. */
  a = kommune_adjustment_new ("a", adopted, NULL, KOMMUNE_DOCUMENT_KIND_TERTIAL_2, "07",
                              KOMMUNE_BUDGET_TYPE_OPERATING, 2017, G_MAXINT64 / 2, NULL, &error);
  b = kommune_adjustment_new ("b", adopted, NULL, KOMMUNE_DOCUMENT_KIND_TERTIAL_2, "07",
                              KOMMUNE_BUDGET_TYPE_OPERATING, 2017, G_MAXINT64 / 2, NULL, &error);
  kommune_tertial_report_add_proposal (report, a, &error);
  kommune_tertial_report_add_proposal (report, b, &error);
  g_assert_no_error (error);

  g_assert_false (kommune_tertial_report_adopt (report, f->plan, adopted, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_OVERFLOW);
  g_assert_nonnull (strstr (error->message, "adjustment “b”"));
  g_assert_cmpuint (g_list_model_get_n_items (kommune_economic_plan_get_adjustments (f->plan)), ==, 0);
  g_assert_false (kommune_adjustment_is_frozen (a));
  g_assert_null (kommune_tertial_report_get_adopted (report));
}

static void
test_wrong_document (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) date = g_date_time_new_utc (2017, 10, 30, 0, 0, 0);
  g_autoptr(KommuneAdjustment) t2 =
    kommune_adjustment_new ("t2", date, NULL, KOMMUNE_DOCUMENT_KIND_TERTIAL_2, "07",
                            KOMMUNE_BUDGET_TYPE_OPERATING, 2017, 1, NULL, NULL);
  g_autoptr(KommuneAdjustment) again =
    kommune_adjustment_new ("byleksikon", date, NULL, KOMMUNE_DOCUMENT_KIND_TERTIAL_1, "07",
                            KOMMUNE_BUDGET_TYPE_OPERATING, 2017, 1, NULL, NULL);

  g_assert_false (kommune_tertial_report_add_proposal (f->report, t2, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_assert_cmpstr (error->message, ==, "adjustment “t2” came in the tertial-2, not in this tertial-1 report");
  g_clear_error (&error);

  g_assert_false (kommune_tertial_report_add_proposal (f->report, again, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_DUPLICATE);
  g_assert_cmpuint (g_list_model_get_n_items (kommune_tertial_report_get_proposals (f->report)), ==, 6);
}

static void
test_f_adopted_is_frozen (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) date = g_date_time_new_utc (2017, 6, 30, 0, 0, 0);
  g_autoptr(KommuneAreaReport) extra = kommune_area_report_new ("04", &error);
  g_autoptr(KommuneAdjustment) late =
    kommune_adjustment_new ("sent", date, NULL, KOMMUNE_DOCUMENT_KIND_TERTIAL_1, "07",
                            KOMMUNE_BUDGET_TYPE_OPERATING, 2017, 1, NULL, &error);
  GListModel *area_reports = kommune_tertial_report_get_area_reports (f->report);
  GListModel *proposals_model = kommune_tertial_report_get_proposals (f->report);
  g_autoptr(KommuneAreaReport) status = g_list_model_get_item (area_reports, 0);
  g_autoptr(KommuneAdjustment) first = g_list_model_get_item (proposals_model, 0);

  g_assert_false (G_IS_LIST_STORE (area_reports));
  g_assert_false (G_IS_LIST_STORE (proposals_model));
  g_assert_null (kommune_tertial_report_get_plan (f->report));
  g_assert_true (kommune_tertial_report_adopt (f->report, f->plan, date, &error));
  g_assert_no_error (error);
  g_assert_true (kommune_tertial_report_get_plan (f->report) == f->plan);

  g_assert_false (kommune_tertial_report_add_area_report (f->report, extra, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_READ_ONLY);
  g_assert_cmpstr (error->message, ==, "the tertial-1 report 2017 is adopted and cannot change");
  g_clear_error (&error);
  g_assert_false (kommune_tertial_report_add_proposal (f->report, late, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (kommune_tertial_report_set_materiality_threshold (f->report, 7, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_READ_ONLY);
  g_test_expect_message ("Kommune", G_LOG_LEVEL_WARNING,
                         "KommuneTertialReport:materiality-threshold not set: "
                         "the tertial-1 report 2017 is adopted and cannot change");
  g_object_set (f->report, "materiality-threshold", (gint64) 7, NULL);
  g_test_assert_expected_messages ();
  g_assert_cmpint (kommune_tertial_report_get_materiality_threshold (f->report), !=, 7);
  g_clear_error (&error);
  g_assert_false (kommune_area_report_set_reported_deviation (status, 0, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (kommune_adjustment_add_line (first, "04", 1, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (area_reports), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (proposals_model), ==, 6);
}

static void
test_f_second_plan_refused (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) date = g_date_time_new_utc (2017, 6, 30, 0, 0, 0);
  g_autoptr(KommuneEconomicPlan) other = kommune_economic_plan_new (2017, &error);
  g_autoptr(KommuneProgrammeArea) area = kommune_programme_area_new ("07", "Ledelse", &error);

  g_assert_true (kommune_economic_plan_add_area (other, area, &error));
  g_assert_true (kommune_tertial_report_adopt (f->report, f->plan, date, &error));
  g_assert_false (kommune_tertial_report_adopt (f->report, other, date, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_READ_ONLY);
  g_assert_cmpstr (error->message, ==, "the tertial-1 report 2017 is adopted and cannot change");
  g_assert_cmpuint (g_list_model_get_n_items (kommune_economic_plan_get_adjustments (other)), ==, 0);
  g_assert_true (kommune_tertial_report_get_plan (f->report) == f->plan);
  g_clear_error (&error);

  /* What a document holding the report checks against its own plan. */
  g_assert_true (_kommune_tertial_report_check_plan (f->report, f->plan, &error));
  g_assert_false (_kommune_tertial_report_check_plan (f->report, other, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_assert_cmpstr (error->message, ==, "tertial report “2017 tertial-1” was adopted into another plan than the document's");
  g_clear_error (&error);
  g_assert_false (_kommune_tertial_report_check_plan (f->report, NULL, &error));
  g_assert_cmpstr (error->message, ==, "tertial report “2017 tertial-1” is adopted, but the document has no plan");
}

static void
test_f_duplicates (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) date = g_date_time_new_utc (2017, 6, 30, 0, 0, 0);
  g_autoptr(KommuneAreaReport) again = kommune_area_report_new ("07", &error);
  g_autoptr(KommuneAdjustment) same =
    kommune_adjustment_new ("byleksikon", date, NULL, KOMMUNE_DOCUMENT_KIND_TERTIAL_1, "07",
                            KOMMUNE_BUDGET_TYPE_OPERATING, 2017, 1, NULL, &error);

  g_assert_false (kommune_tertial_report_add_area_report (f->report, again, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_DUPLICATE);
  g_assert_cmpstr (error->message, ==, "area report “07” already exists in the tertial report");
  g_clear_error (&error);
  g_assert_false (kommune_tertial_report_add_proposal (f->report, same, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_DUPLICATE);
  g_assert_cmpstr (error->message, ==, "proposal “byleksikon” already exists in the tertial report");
}

static void
test_f_proposal_already_in_a_log (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) date = g_date_time_new_utc (2017, 6, 30, 0, 0, 0);
  g_autoptr(KommuneTertialReport) second = kommune_tertial_report_new (2017, KOMMUNE_DOCUMENT_KIND_TERTIAL_1, &error);
  g_autoptr(KommuneAdjustment) logged = NULL;

  g_assert_true (kommune_tertial_report_adopt (f->report, f->plan, date, &error));
  logged = g_list_model_get_item (kommune_economic_plan_get_adjustments (f->plan), 0);
  g_assert_false (kommune_tertial_report_add_proposal (second, logged, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_READ_ONLY);
  g_assert_cmpstr (error->message, ==,
                   "adjustment “kommunereform” is already in a plan's log and cannot be proposed again");
}

static void
test_f_restore_after_roll_forward (Fixture       *f,
                                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) date = g_date_time_new_utc (2017, 6, 30, 0, 0, 0);

  g_assert_true (kommune_economic_plan_roll_forward (f->plan, &error));
  g_assert_false (kommune_tertial_report_adopt (f->report, f->plan, date, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_PERIOD);
  g_assert_cmpstr (error->message, ==, "adjustment “kommunereform”: 2017 is outside the plan 2018–2021");
  g_clear_error (&error);
  g_assert_null (kommune_tertial_report_get_adopted (f->report));

  /* A document being loaded restores what the plan had. */
  g_assert_true (_kommune_economic_plan_set_start_year (f->plan, 2017, &error));
  g_assert_true (_kommune_tertial_report_restore_adoption (f->report, f->plan, date, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (kommune_economic_plan_get_adjustments (f->plan)), ==, 6);
}

static void
test_threshold_and_bare (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) date = g_date_time_new_utc (2017, 6, 30, 0, 0, 0);
  g_autoptr(KommuneTertialReport) report = kommune_tertial_report_new (2017, KOMMUNE_DOCUMENT_KIND_TERTIAL_2, &error);
  g_autoptr(KommuneTertialReport) bare = g_object_new (KOMMUNE_TYPE_TERTIAL_REPORT, NULL);
  g_autoptr(KommuneAreaReport) status = kommune_area_report_new ("07", &error);
  g_autoptr(KommuneAreaReport) bare_status = g_object_new (KOMMUNE_TYPE_AREA_REPORT, NULL);
  g_autoptr(KommuneAdjustment) bare_adjustment = g_object_new (KOMMUNE_TYPE_ADJUSTMENT, NULL);
  g_autoptr(KommuneEconomicPlan) plan = kommune_economic_plan_new (2017, &error);

  g_assert_false (kommune_tertial_report_set_materiality_threshold (report, -100, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_assert_cmpstr (error->message, ==, "the materiality threshold cannot be negative (-1 kr)");
  g_clear_error (&error);
  g_assert_cmpint (kommune_tertial_report_get_materiality_threshold (report), ==, 0);

  g_assert_false (kommune_tertial_report_add_area_report (report, bare_status, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_assert_cmpstr (error->message, ==, "the area report's area code is missing");
  g_clear_error (&error);
  g_assert_false (kommune_tertial_report_add_proposal (report, bare_adjustment, &error));
  g_assert_cmpstr (error->message, ==, "the adjustment id is missing");
  g_clear_error (&error);

  g_assert_false (kommune_tertial_report_add_area_report (bare, status, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_PERIOD);
  g_assert_cmpstr (error->message, ==, "0 is not a budget year");
  g_clear_error (&error);
  g_assert_false (kommune_tertial_report_adopt (bare, plan, date, &error));
  g_assert_cmpstr (error->message, ==, "0 is not a budget year");
  g_clear_error (&error);
  kommune_tertial_report_get_deviation (bare, "07", plan, &error);
  g_assert_cmpstr (error->message, ==, "0 is not a budget year");
  g_clear_error (&error);

  g_assert_null (kommune_tertial_report_new (2017, (KommuneDocumentKind) 99, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_PERIOD);
  g_assert_cmpstr (error->message, ==, "a tertial report's period is tertial-1 or tertial-2, not 99");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Kommune/TertialReport/new", test_new);
  g_test_add ("/Kommune/TertialReport/proposed-totals", Fixture, NULL, fixture_set_up, test_proposed_totals, fixture_tear_down);
  g_test_add ("/Kommune/TertialReport/deviation", Fixture, NULL, fixture_set_up, test_deviation, fixture_tear_down);
  g_test_add ("/Kommune/TertialReport/materiality", Fixture, NULL, fixture_set_up, test_materiality, fixture_tear_down);
  g_test_add ("/Kommune/TertialReport/adopt", Fixture, NULL, fixture_set_up, test_adopt, fixture_tear_down);
  g_test_add ("/Kommune/TertialReport/adopt-all-or-nothing", Fixture, NULL, fixture_set_up, test_adopt_all_or_nothing, fixture_tear_down);
  g_test_add ("/Kommune/TertialReport/adopt-overflow-together", Fixture, NULL, fixture_set_up, test_adopt_overflow_together, fixture_tear_down);
  g_test_add ("/Kommune/TertialReport/wrong-document", Fixture, NULL, fixture_set_up, test_wrong_document, fixture_tear_down);

  g_test_add ("/Kommune/TertialReport/adopted-is-frozen", Fixture, NULL, fixture_set_up, test_f_adopted_is_frozen, fixture_tear_down);
  g_test_add ("/Kommune/TertialReport/second-plan-refused", Fixture, NULL, fixture_set_up, test_f_second_plan_refused, fixture_tear_down);
  g_test_add ("/Kommune/TertialReport/duplicates", Fixture, NULL, fixture_set_up, test_f_duplicates, fixture_tear_down);
  g_test_add ("/Kommune/TertialReport/proposal-already-in-a-log", Fixture, NULL, fixture_set_up, test_f_proposal_already_in_a_log, fixture_tear_down);
  g_test_add ("/Kommune/TertialReport/restore-after-roll-forward", Fixture, NULL, fixture_set_up, test_f_restore_after_roll_forward, fixture_tear_down);
  g_test_add_func ("/Kommune/TertialReport/threshold-and-bare", test_threshold_and_bare);
  return g_test_run ();
}
