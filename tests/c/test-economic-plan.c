/* test-economic-plan.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <libkommune.h>

#include "model/kommune-economic-plan-private.h"

typedef struct
{
  KommuneEconomicPlan  *plan;
  KommuneProgrammeArea *a07;
  KommuneProgrammeArea *a04;
} Fixture;

static GDateTime *
day (int year, int month, int d)
{
  return g_date_time_new_utc (year, month, d, 0, 0, 0);
}

static void
add (Fixture             *f,
     const char          *id,
     GDateTime           *date,
     KommuneDocumentKind  document,
     const char          *area,
     KommuneBudgetType    type,
     guint                year,
     gint64               amount)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneAdjustment) adjustment =
    kommune_adjustment_new (id, date, NULL, document, area, type, year, amount, NULL, &error);

  g_assert_no_error (error);
  kommune_economic_plan_add_adjustment (f->plan, adjustment, &error);
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) feb = day (2017, 2, 15);
  g_autoptr(GDateTime) june = day (2017, 6, 30);
  g_autoptr(GDateTime) nov = day (2017, 11, 20);

  f->plan = kommune_economic_plan_new (2017, NULL);
  f->a07 = kommune_programme_area_new ("07", "Ledelse, organisering og styring", &error);
  f->a04 = kommune_programme_area_new ("04", "Byutvikling", &error);
  g_assert_no_error (error);

  kommune_economic_plan_set_frame_amount (f->plan, f->a07, 2017, KOMMUNE_BUDGET_TYPE_OPERATING, 20000000000, &error);
  kommune_economic_plan_set_frame_amount (f->plan, f->a07, 2018, KOMMUNE_BUDGET_TYPE_OPERATING, 21000000000, &error);
  kommune_economic_plan_set_frame_amount (f->plan, f->a04, 2017, KOMMUNE_BUDGET_TYPE_OPERATING, 5000000000, &error);
  kommune_economic_plan_set_frame_amount (f->plan, f->a07, 2017, KOMMUNE_BUDGET_TYPE_INVESTMENT, 300000000, &error);
  g_assert_no_error (error);

  add (f, "plan-07", feb, KOMMUNE_DOCUMENT_KIND_ECONOMIC_PLAN, "07", KOMMUNE_BUDGET_TYPE_OPERATING, 2017, -10000000);
  add (f, "t1-07", june, KOMMUNE_DOCUMENT_KIND_TERTIAL_1, "07", KOMMUNE_BUDGET_TYPE_OPERATING, 2017, 940000000);
  add (f, "t1-07-inv", june, KOMMUNE_DOCUMENT_KIND_TERTIAL_1, "07", KOMMUNE_BUDGET_TYPE_INVESTMENT, 2017, 100000000);
  add (f, "t2-04", nov, KOMMUNE_DOCUMENT_KIND_TERTIAL_2, "04", KOMMUNE_BUDGET_TYPE_OPERATING, 2017, 25000000);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->a07);
  g_clear_object (&f->a04);
  g_assert_finalize_object (f->plan);
}

static void
test_years (void)
{
  g_autoptr(KommuneEconomicPlan) plan = kommune_economic_plan_new (2018, NULL);

  g_assert_cmpuint (kommune_economic_plan_get_first_year (plan), ==, 2018);
  g_assert_cmpuint (kommune_economic_plan_get_last_year (plan), ==, 2021);
  g_assert_true (kommune_economic_plan_covers_year (plan, 2021));
  g_assert_false (kommune_economic_plan_covers_year (plan, 2022));
  g_assert_false (kommune_economic_plan_covers_year (plan, 2017));
}

static void
test_phases (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) before_t1 = day (2017, 6, 29);
  g_autoptr(GDateTime) t1 = g_date_time_new_local (2017, 6, 30, 23, 0, 0);
  g_autoptr(GDateTime) jan = day (2017, 1, 1);

  g_assert_cmpint (kommune_economic_plan_get_original_frame_amount (f->plan, "07", 2017, KOMMUNE_BUDGET_TYPE_OPERATING, &error),
                   ==, 20000000000);
  g_assert_cmpint (kommune_economic_plan_get_frame_amount (f->plan, "07", 2017, KOMMUNE_BUDGET_TYPE_OPERATING, jan, &error),
                   ==, 20000000000);
  g_assert_cmpint (kommune_economic_plan_get_frame_amount (f->plan, "07", 2017, KOMMUNE_BUDGET_TYPE_OPERATING, before_t1, &error),
                   ==, 19990000000);
  /* As of the day of the decision, in any time zone, it counts. */
  g_assert_cmpint (kommune_economic_plan_get_frame_amount (f->plan, "07", 2017, KOMMUNE_BUDGET_TYPE_OPERATING, t1, &error),
                   ==, 20930000000);
  g_assert_cmpint (kommune_economic_plan_get_frame_amount (f->plan, "07", 2017, KOMMUNE_BUDGET_TYPE_OPERATING, NULL, &error),
                   ==, 20930000000);
  g_assert_cmpint (kommune_economic_plan_get_frame_amount (f->plan, "07", 2017, KOMMUNE_BUDGET_TYPE_INVESTMENT, NULL, &error),
                   ==, 400000000);
  g_assert_no_error (error);

  g_assert_cmpint (kommune_economic_plan_get_frame_amount_after (f->plan, "07", 2017, KOMMUNE_BUDGET_TYPE_OPERATING,
                                                          KOMMUNE_DOCUMENT_KIND_ECONOMIC_PLAN, &error),
                   ==, 19990000000);
  g_assert_cmpint (kommune_economic_plan_get_frame_amount_after (f->plan, "07", 2017, KOMMUNE_BUDGET_TYPE_OPERATING,
                                                          KOMMUNE_DOCUMENT_KIND_TERTIAL_1, &error),
                   ==, 20930000000);
  g_assert_cmpint (kommune_economic_plan_get_frame_amount_after (f->plan, "04", 2017, KOMMUNE_BUDGET_TYPE_OPERATING,
                                                          KOMMUNE_DOCUMENT_KIND_TERTIAL_1, &error),
                   ==, 5000000000);
  g_assert_cmpint (kommune_economic_plan_get_frame_amount_after (f->plan, "04", 2017, KOMMUNE_BUDGET_TYPE_OPERATING,
                                                          KOMMUNE_DOCUMENT_KIND_ANNUAL_EVALUATION, &error),
                   ==, 5025000000);
  g_assert_cmpint (kommune_economic_plan_get_frame_change (f->plan, "07", 2017, KOMMUNE_BUDGET_TYPE_OPERATING,
                                                           before_t1, t1, &error),
                   ==, 940000000);
  g_assert_cmpint (kommune_economic_plan_get_frame_change (f->plan, "07", 2017, KOMMUNE_BUDGET_TYPE_OPERATING,
                                                           t1, t1, &error),
                   ==, 0);
  g_assert_no_error (error);
  /* A reversed interval is a mistake, not “no change”. */
  g_assert_cmpint (kommune_economic_plan_get_frame_change (f->plan, "07", 2017, KOMMUNE_BUDGET_TYPE_OPERATING,
                                                           t1, before_t1, &error),
                   ==, 0);
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_PERIOD);
  g_assert_cmpstr (error->message, ==, "the change from 2017-06-30 to 2017-06-29: the end comes before the start");
  g_clear_error (&error);

  /* An area without a frame for a year counts as 0. */
  g_assert_cmpint (kommune_economic_plan_get_frame_amount (f->plan, "04", 2019, KOMMUNE_BUDGET_TYPE_OPERATING, NULL, &error),
                   ==, 0);
  g_assert_no_error (error);
  g_assert_null (kommune_economic_plan_get_budget_frame (f->plan, "04", 2019, KOMMUNE_BUDGET_TYPE_OPERATING));
}

static void
test_totals (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) frames = kommune_economic_plan_list_budget_frames (f->plan);
  g_autoptr(KommuneBudgetFrame) first = NULL;

  g_assert_cmpint (kommune_economic_plan_get_total (f->plan, 2017, KOMMUNE_BUDGET_TYPE_OPERATING, NULL, &error),
                   ==, 20930000000 + 5025000000);
  g_assert_cmpint (kommune_economic_plan_get_total (f->plan, 2018, KOMMUNE_BUDGET_TYPE_OPERATING, NULL, &error),
                   ==, 21000000000);
  g_assert_cmpint (kommune_economic_plan_get_total (f->plan, 2017, KOMMUNE_BUDGET_TYPE_INVESTMENT, NULL, &error),
                   ==, 400000000);
  g_assert_no_error (error);

  g_assert_cmpint (kommune_economic_plan_get_area_total (f->plan, "07", KOMMUNE_BUDGET_TYPE_OPERATING, NULL, &error),
                   ==, 20930000000 + 21000000000);
  g_assert_cmpint (kommune_economic_plan_get_area_total (f->plan, "04", KOMMUNE_BUDGET_TYPE_INVESTMENT, NULL, &error),
                   ==, 0);
  g_assert_no_error (error);
  kommune_economic_plan_get_area_total (f->plan, "99", KOMMUNE_BUDGET_TYPE_OPERATING, NULL, &error);
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_UNKNOWN_AREA);
  g_clear_error (&error);

  g_assert_cmpint (kommune_economic_plan_get_total (f->plan, 2021 + 1, KOMMUNE_BUDGET_TYPE_OPERATING, NULL, &error), ==, 0);
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_PERIOD);

  /* Area order, then year, then operating before investment. */
  g_assert_cmpuint (g_list_model_get_n_items (frames), ==, 4);
  first = g_list_model_get_item (frames, 1);
  g_assert_cmpint (kommune_budget_frame_get_budget_type (first), ==, KOMMUNE_BUDGET_TYPE_INVESTMENT);
}

static void
test_refusals (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GDateTime) date = day (2017, 9, 1);
  guint log_length = g_list_model_get_n_items (kommune_economic_plan_get_adjustments (f->plan));
  GError *error = NULL;
  KommuneAdjustment *adjustment;

  adjustment = kommune_adjustment_new ("t1-07", date, NULL, 0, "07", 0, 2017, 1, NULL, NULL);
  g_assert_false (kommune_economic_plan_add_adjustment (f->plan, adjustment, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_DUPLICATE);
  g_clear_error (&error);
  g_assert_finalize_object (adjustment);

  adjustment = kommune_adjustment_new ("x", date, NULL, 0, "99", 0, 2017, 1, NULL, NULL);
  g_assert_false (kommune_economic_plan_add_adjustment (f->plan, adjustment, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_UNKNOWN_AREA);
  g_assert_cmpstr (error->message, ==, "adjustment “x”: the plan has no programme area “99”");
  g_clear_error (&error);
  g_assert_false (kommune_adjustment_is_frozen (adjustment));
  g_assert_finalize_object (adjustment);

  adjustment = kommune_adjustment_new ("y", date, NULL, 0, "07", 0, 2021 + 1, 1, NULL, NULL);
  g_assert_false (kommune_economic_plan_add_adjustment (f->plan, adjustment, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_PERIOD);
  g_assert_cmpstr (error->message, ==, "adjustment “y”: 2022 is outside the plan 2017–2020");
  g_clear_error (&error);
  g_assert_finalize_object (adjustment);

  adjustment = kommune_adjustment_new_transfer ("z", date, NULL, 0, "07", "04", 0, 2017, 10000000, NULL, NULL);
  kommune_adjustment_add_line (adjustment, "04", 1, &error);
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_DUPLICATE);
  g_clear_error (&error);
  g_assert_finalize_object (adjustment);

  adjustment = kommune_adjustment_new ("big", date, NULL, 0, "07", 0, 2017, G_MAXINT64, NULL, NULL);
  g_assert_false (kommune_economic_plan_add_adjustment (f->plan, adjustment, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_OVERFLOW);
  g_clear_error (&error);
  g_assert_finalize_object (adjustment);

  g_assert_cmpuint (g_list_model_get_n_items (kommune_economic_plan_get_adjustments (f->plan)), ==, log_length);
}

static void
test_budget_frames (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) date = day (2017, 9, 1);
  g_autoptr(KommuneBudgetFrame) frame = kommune_budget_frame_new_full (f->a04, 2018, KOMMUNE_BUDGET_TYPE_OPERATING, 700, NULL);
  g_autoptr(KommuneBudgetFrame) outside = kommune_budget_frame_new_full (f->a04, 2030, KOMMUNE_BUDGET_TYPE_OPERATING, 1, NULL);
  g_autoptr(KommuneAdjustment) fine = kommune_adjustment_new ("ok", date, NULL, 0, "04", 0, 2018, 5, NULL, NULL);
  guint log_length = g_list_model_get_n_items (kommune_economic_plan_get_adjustments (f->plan));

  g_assert_true (kommune_economic_plan_add_budget_frame (f->plan, frame, &error));
  g_assert_no_error (error);
  g_assert_true (kommune_economic_plan_get_budget_frame (f->plan, "04", 2018, KOMMUNE_BUDGET_TYPE_OPERATING) == frame);
  g_assert_false (kommune_economic_plan_add_budget_frame (f->plan, outside, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_PERIOD);
  g_clear_error (&error);

  /* Checking changes nothing; adding afterwards works. */
  g_assert_true (kommune_economic_plan_check_adjustment (f->plan, fine, &error));
  g_assert_false (kommune_adjustment_is_frozen (fine));
  g_assert_cmpuint (g_list_model_get_n_items (kommune_economic_plan_get_adjustments (f->plan)), ==, log_length);
  g_assert_true (kommune_economic_plan_add_adjustment (f->plan, fine, &error));
  g_assert_cmpint (kommune_economic_plan_get_frame_amount (f->plan, "04", 2018, KOMMUNE_BUDGET_TYPE_OPERATING, NULL, &error), ==, 705);
  g_assert_no_error (error);
}

static void
test_unbalanced_transfer (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GDateTime) date = day (2017, 9, 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneProgrammeArea) a05 = kommune_programme_area_new ("05", "Kultur", NULL);
  g_autoptr(KommuneAdjustment) transfer =
    kommune_adjustment_new_transfer ("flytt", date, NULL, 0, "07", "04", 0, 2017, 10000000, NULL, NULL);

  kommune_economic_plan_add_area (f->plan, a05, &error);
  kommune_adjustment_add_line (transfer, "05", 25050, &error);
  g_assert_no_error (error);

  g_assert_false (kommune_economic_plan_add_adjustment (f->plan, transfer, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_UNBALANCED_TRANSFER);
  g_assert_cmpstr (error->message, ==,
                   "transfer “flytt” does not balance: its 3 lines sum to 250,50 kr, not 0 "
                   "(difference 250,50 kr)");
  g_assert_null (kommune_economic_plan_find_adjustment (f->plan, "flytt"));
}

static void
test_roll_forward (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  guint log_length = g_list_model_get_n_items (kommune_economic_plan_get_adjustments (f->plan));

  kommune_economic_plan_roll_forward (f->plan, NULL);
  g_assert_cmpuint (kommune_economic_plan_get_first_year (f->plan), ==, 2018);
  g_assert_cmpuint (kommune_economic_plan_get_last_year (f->plan), ==, 2021);
  g_assert_cmpint (kommune_economic_plan_get_frame_amount (f->plan, "07", 2018, KOMMUNE_BUDGET_TYPE_OPERATING, NULL, &error),
                   ==, 21000000000);
  g_assert_no_error (error);
  g_assert_cmpint (kommune_economic_plan_get_frame_amount (f->plan, "07", 2021, KOMMUNE_BUDGET_TYPE_OPERATING, NULL, &error),
                   ==, 0);
  g_assert_no_error (error);
  kommune_economic_plan_get_frame_amount (f->plan, "07", 2017, KOMMUNE_BUDGET_TYPE_OPERATING, NULL, &error);
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_PERIOD);
  g_assert_null (kommune_economic_plan_get_budget_frame (f->plan, "07", 2017, KOMMUNE_BUDGET_TYPE_OPERATING));
  g_assert_cmpuint (g_list_model_get_n_items (kommune_economic_plan_get_adjustments (f->plan)), ==, log_length);
}

static void
test_areas (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneProgrammeArea) other07 = kommune_programme_area_new ("07", "Annet", NULL);

  g_assert_true (kommune_economic_plan_add_area (f->plan, f->a07, &error));
  g_assert_cmpuint (g_list_model_get_n_items (kommune_economic_plan_get_areas (f->plan)), ==, 2);
  g_assert_false (kommune_economic_plan_add_area (f->plan, other07, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_DUPLICATE);
  g_clear_error (&error);
  g_assert_true (kommune_economic_plan_find_area (f->plan, "04") == f->a04);

  g_assert_false (kommune_economic_plan_set_frame_amount (f->plan, f->a07, 2030, KOMMUNE_BUDGET_TYPE_OPERATING, 1, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_PERIOD);
  g_clear_error (&error);

  kommune_economic_plan_get_frame_amount (f->plan, "99", 2017, KOMMUNE_BUDGET_TYPE_OPERATING, NULL, &error);
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_UNKNOWN_AREA);
}

static void
count_changes (GListModel *model,
               guint       position,
               guint       removed,
               guint       added,
               guint      *count)
{
  *count += added;
}

static void
test_read_only_views (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) date = day (2017, 9, 1);
  g_autoptr(KommuneAdjustment) late = NULL;
  g_autoptr(GListModel) frames = kommune_economic_plan_list_budget_frames (f->plan);
  GListModel *log = kommune_economic_plan_get_adjustments (f->plan);
  guint added = 0;

  g_assert_false (G_IS_LIST_STORE (log));
  g_assert_false (G_IS_LIST_STORE (kommune_economic_plan_get_areas (f->plan)));
  g_assert_false (G_IS_LIST_STORE (frames));
  g_assert_true (g_list_model_get_item_type (log) == KOMMUNE_TYPE_ADJUSTMENT);

  g_signal_connect (log, "items-changed", G_CALLBACK (count_changes), &added);
  late = kommune_adjustment_new ("late", date, NULL, KOMMUNE_DOCUMENT_KIND_TERTIAL_2, "04",
                                 KOMMUNE_BUDGET_TYPE_OPERATING, 2017, 1, NULL, &error);
  g_assert_true (kommune_economic_plan_add_adjustment (f->plan, late, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (added, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (log), ==, 5);
  g_signal_handlers_disconnect_by_func (log, count_changes, &added);
}

static void
test_frozen_lines (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) date = day (2017, 3, 1);
  g_autoptr(KommuneAdjustment) transfer =
    kommune_adjustment_new_transfer ("flytt", date, NULL, KOMMUNE_DOCUMENT_KIND_ECONOMIC_PLAN,
                                     "07", "04", KOMMUNE_BUDGET_TYPE_OPERATING, 2017, 1000, NULL, &error);
  KommuneDistribution *lines = kommune_adjustment_get_lines (transfer);

  g_assert_true (kommune_distribution_add (lines, "07", NULL, 0, &error) == FALSE);
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_DUPLICATE);
  g_clear_error (&error);
  g_assert_true (kommune_economic_plan_add_adjustment (f->plan, transfer, &error));
  g_assert_no_error (error);

  g_assert_false (kommune_distribution_add (lines, "99", NULL, 5, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_READ_ONLY);
  g_assert_cmpstr (error->message, ==, "the lines of adjustment “flytt” are in a plan's log and cannot change");
  g_clear_error (&error);
  g_assert_cmpint (kommune_distribution_get_total (lines), ==, 0);
  g_assert_cmpint (kommune_economic_plan_get_frame_amount (f->plan, "04", 2017, KOMMUNE_BUDGET_TYPE_OPERATING, NULL, &error),
                   ==, 5000000000 + 25000000 + 1000);
  g_assert_no_error (error);
}

static void
test_bare_adjustment (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneAdjustment) bare = g_object_new (KOMMUNE_TYPE_ADJUSTMENT, NULL);

  g_assert_false (kommune_economic_plan_add_adjustment (f->plan, bare, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_assert_cmpstr (error->message, ==, "the adjustment id is missing");
  g_clear_error (&error);
  g_assert_false (kommune_economic_plan_check_adjustment (f->plan, bare, &error));
  g_assert_cmpstr (error->message, ==, "the adjustment id is missing");
  g_assert_cmpuint (g_list_model_get_n_items (kommune_economic_plan_get_adjustments (f->plan)), ==, 4);
}

static void
test_bare_plan_and_frames (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneEconomicPlan) plan = g_object_new (KOMMUNE_TYPE_ECONOMIC_PLAN, NULL);
  g_autoptr(KommuneBudgetFrame) frame = g_object_new (KOMMUNE_TYPE_BUDGET_FRAME, NULL);
  g_autoptr(KommuneProgrammeArea) area = g_object_new (KOMMUNE_TYPE_PROGRAMME_AREA, NULL);

  g_assert_cmpuint (kommune_economic_plan_get_first_year (plan), ==, 2000);
  g_assert_cmpuint (kommune_economic_plan_get_start_year (plan), ==, 2000);
  g_assert_false (kommune_economic_plan_add_budget_frame (plan, frame, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_assert_cmpstr (error->message, ==, "a budget frame needs a programme area");
  g_clear_error (&error);
  g_assert_false (kommune_economic_plan_add_area (plan, area, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_CODE);
  g_assert_cmpstr (error->message, ==, "the programme area code is empty");
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (kommune_economic_plan_get_areas (plan)), ==, 0);
}

static void
test_constructor_errors (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_null (kommune_economic_plan_new (999, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_PERIOD);
  g_assert_cmpstr (error->message, ==, "a plan's first year is from 1000 to 9995, not 999");
  g_clear_error (&error);
  g_assert_null (kommune_economic_plan_new (9996, &error));
  g_assert_cmpstr (error->message, ==, "a plan's first year is from 1000 to 9995, not 9996");
}

static void
test_duplicate_ids (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) june = day (2017, 6, 30);
  g_autoptr(KommuneTertialReport) report = kommune_tertial_report_new (2017, KOMMUNE_DOCUMENT_KIND_TERTIAL_1, &error);
  g_autoptr(KommuneAdjustment) proposal =
    kommune_adjustment_new ("forslag", june, NULL, KOMMUNE_DOCUMENT_KIND_TERTIAL_1, "07",
                            KOMMUNE_BUDGET_TYPE_OPERATING, 2017, 1, NULL, &error);
  g_autoptr(KommuneAdjustment) same =
    kommune_adjustment_new ("forslag", june, NULL, KOMMUNE_DOCUMENT_KIND_ECONOMIC_PLAN, "04",
                            KOMMUNE_BUDGET_TYPE_OPERATING, 2017, 2, NULL, &error);

  g_assert_true (kommune_tertial_report_add_proposal (report, proposal, &error));
  g_assert_true (kommune_tertial_report_adopt (report, f->plan, june, &error));
  g_assert_no_error (error);
  g_assert_false (kommune_economic_plan_add_adjustment (f->plan, same, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_DUPLICATE);
  g_assert_cmpstr (error->message, ==, "the plan's log already has an adjustment “forslag”");
}

static void
test_roll_forward_keeps_adjustments (Fixture       *f,
                                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) date = day (2017, 3, 1);
  g_autoptr(KommuneAdjustment) past =
    kommune_adjustment_new ("fortid", date, NULL, KOMMUNE_DOCUMENT_KIND_ECONOMIC_PLAN, "07",
                            KOMMUNE_BUDGET_TYPE_OPERATING, 2017, 5, NULL, &error);
  GListModel *log = kommune_economic_plan_get_adjustments (f->plan);
  g_autoptr(KommuneAdjustment) first = NULL;

  g_assert_true (kommune_economic_plan_roll_forward (f->plan, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (kommune_economic_plan_get_start_year (f->plan), ==, 2017);
  g_assert_cmpuint (g_list_model_get_n_items (log), ==, 4);
  first = g_list_model_get_item (log, 0);
  g_assert_cmpstr (kommune_adjustment_get_id (first), ==, "plan-07");
  g_assert_cmpuint (kommune_adjustment_get_year (first), ==, 2017);

  /* New decisions about a dropped year are refused ... */
  g_assert_false (kommune_economic_plan_add_adjustment (f->plan, past, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_PERIOD);
  g_assert_cmpstr (error->message, ==, "adjustment “fortid”: 2017 is outside the plan 2018–2021");
  g_clear_error (&error);
  /* ... but a loaded document restores those it had. */
  g_assert_true (_kommune_economic_plan_restore_adjustment (f->plan, past, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (log), ==, 5);
}

static void
test_roll_forward_limit (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneEconomicPlan) plan = kommune_economic_plan_new (9995, &error);

  g_assert_false (kommune_economic_plan_roll_forward (plan, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_PERIOD);
  g_assert_cmpstr (error->message, ==, "a plan's first year is from 1000 to 9995, not 9996");
  g_assert_cmpuint (kommune_economic_plan_get_first_year (plan), ==, 9995);
}

static void
test_frame_overflow_refused (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  /* 07's 2017 operating frame has adjustments of 930 000 000 øre. */
  g_assert_false (kommune_economic_plan_set_frame_amount (f->plan, f->a07, 2017, KOMMUNE_BUDGET_TYPE_OPERATING,
                                                   G_MAXINT64, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_OVERFLOW);
  g_assert_cmpstr (error->message, ==, "the 2017 frame of area “07” would overflow at adjustment “t1-07”");
  g_clear_error (&error);
  g_assert_cmpint (kommune_economic_plan_get_frame_amount (f->plan, "07", 2017, KOMMUNE_BUDGET_TYPE_OPERATING, NULL, &error),
                   ==, 20000000000 - 10000000 + 940000000);
  g_assert_no_error (error);
}

static void
test_out_of_range_enums (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  kommune_economic_plan_get_frame_amount (f->plan, "07", 2017, (KommuneBudgetType) 9, NULL, &error);
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_assert_cmpstr (error->message, ==, "frame: 9 is not a budget type");
  g_clear_error (&error);
  kommune_economic_plan_get_total (f->plan, 2017, (KommuneBudgetType) -3, NULL, &error);
  g_assert_cmpstr (error->message, ==, "frame: -3 is not a budget type");
  g_clear_error (&error);
  kommune_economic_plan_get_frame_amount_after (f->plan, "07", 2017, KOMMUNE_BUDGET_TYPE_OPERATING,
                                         (KommuneDocumentKind) 42, &error);
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_assert_cmpstr (error->message, ==, "frame: 42 is not a document kind");
  g_clear_error (&error);
  g_assert_false (kommune_economic_plan_set_frame_amount (f->plan, f->a07, 2017, (KommuneBudgetType) 2, 1, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_assert_cmpstr (error->message, ==, "the frame of area “07”: 2 is not a budget type");
}

static void
test_reorder_log (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const char * const order[] = { "t2-04", "t1-07-inv", "t1-07", "plan-07", NULL };
  const char * const short_order[] = { "t2-04", NULL };
  g_autoptr(GDateTime) june = day (2017, 6, 30);
  GListModel *log = kommune_economic_plan_get_adjustments (f->plan);
  g_autoptr(KommuneAdjustment) first = NULL;

  g_assert_false (_kommune_economic_plan_reorder_log (f->plan, short_order, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_assert_cmpstr (error->message, ==, "the log order names 1 of the 4 adjustments in the log");
  g_clear_error (&error);

  g_assert_true (_kommune_economic_plan_reorder_log (f->plan, order, &error));
  g_assert_no_error (error);
  first = g_list_model_get_item (log, 0);
  g_assert_cmpstr (kommune_adjustment_get_id (first), ==, "t2-04");
  /* Frames do not depend on the order. */
  g_assert_cmpint (kommune_economic_plan_get_frame_amount (f->plan, "07", 2017, KOMMUNE_BUDGET_TYPE_OPERATING, june, &error),
                   ==, 20000000000 - 10000000 + 940000000);
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Kommune/EconomicPlan/years", test_years);
  g_test_add ("/Kommune/EconomicPlan/phases", Fixture, NULL, fixture_set_up, test_phases, fixture_tear_down);
  g_test_add ("/Kommune/EconomicPlan/totals", Fixture, NULL, fixture_set_up, test_totals, fixture_tear_down);
  g_test_add ("/Kommune/EconomicPlan/refusals", Fixture, NULL, fixture_set_up, test_refusals, fixture_tear_down);
  g_test_add ("/Kommune/EconomicPlan/budget-frames", Fixture, NULL, fixture_set_up, test_budget_frames, fixture_tear_down);
  g_test_add ("/Kommune/EconomicPlan/unbalanced-transfer", Fixture, NULL, fixture_set_up, test_unbalanced_transfer, fixture_tear_down);
  g_test_add ("/Kommune/EconomicPlan/roll-forward", Fixture, NULL, fixture_set_up, test_roll_forward, fixture_tear_down);
  g_test_add ("/Kommune/EconomicPlan/areas", Fixture, NULL, fixture_set_up, test_areas, fixture_tear_down);
  g_test_add ("/Kommune/EconomicPlan/read-only-views", Fixture, NULL, fixture_set_up, test_read_only_views, fixture_tear_down);
  g_test_add ("/Kommune/EconomicPlan/frozen-lines", Fixture, NULL, fixture_set_up, test_frozen_lines, fixture_tear_down);
  g_test_add ("/Kommune/EconomicPlan/bare-adjustment", Fixture, NULL, fixture_set_up, test_bare_adjustment, fixture_tear_down);
  g_test_add_func ("/Kommune/EconomicPlan/bare-plan-and-frames", test_bare_plan_and_frames);
  g_test_add_func ("/Kommune/EconomicPlan/constructor-errors", test_constructor_errors);
  g_test_add ("/Kommune/EconomicPlan/duplicate-ids", Fixture, NULL, fixture_set_up, test_duplicate_ids, fixture_tear_down);
  g_test_add ("/Kommune/EconomicPlan/roll-forward-keeps-adjustments", Fixture, NULL, fixture_set_up,
              test_roll_forward_keeps_adjustments, fixture_tear_down);
  g_test_add_func ("/Kommune/EconomicPlan/roll-forward-limit", test_roll_forward_limit);
  g_test_add ("/Kommune/EconomicPlan/frame-overflow-refused", Fixture, NULL, fixture_set_up,
              test_frame_overflow_refused, fixture_tear_down);
  g_test_add ("/Kommune/EconomicPlan/out-of-range-enums", Fixture, NULL, fixture_set_up, test_out_of_range_enums, fixture_tear_down);
  g_test_add ("/Kommune/EconomicPlan/reorder-log", Fixture, NULL, fixture_set_up, test_reorder_log, fixture_tear_down);

  return g_test_run ();
}
