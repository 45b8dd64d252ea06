/* test-calendar.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <libkommune.h>

static void
test_months (void)
{
  g_assert_cmpuint (kommune_calendar_proposal_month (KOMMUNE_DOCUMENT_KIND_ECONOMIC_PLAN), ==, 11);
  g_assert_cmpuint (kommune_calendar_adoption_month (KOMMUNE_DOCUMENT_KIND_ECONOMIC_PLAN), ==, 12);
  g_assert_cmpuint (kommune_calendar_adoption_month (KOMMUNE_DOCUMENT_KIND_TERTIAL_1), ==, 6);
  g_assert_cmpuint (kommune_calendar_adoption_month (KOMMUNE_DOCUMENT_KIND_TERTIAL_2), ==, 11);
  g_assert_cmpuint (kommune_calendar_adoption_month (KOMMUNE_DOCUMENT_KIND_ANNUAL_EVALUATION), ==, 5);
  g_assert_cmpuint (kommune_calendar_adoption_month (KOMMUNE_DOCUMENT_KIND_COUNCIL_GUIDANCE), ==, 6);
  g_assert_cmpuint (kommune_calendar_adoption_month ((KommuneDocumentKind) 99), ==, 0);
}

static void
test_ranks (void)
{
  g_assert_cmpint (kommune_calendar_document_rank (KOMMUNE_DOCUMENT_KIND_ECONOMIC_PLAN), <,
                   kommune_calendar_document_rank (KOMMUNE_DOCUMENT_KIND_TERTIAL_1));
  g_assert_cmpint (kommune_calendar_document_rank (KOMMUNE_DOCUMENT_KIND_TERTIAL_1), <,
                   kommune_calendar_document_rank (KOMMUNE_DOCUMENT_KIND_COUNCIL_GUIDANCE));
  g_assert_cmpint (kommune_calendar_document_rank (KOMMUNE_DOCUMENT_KIND_COUNCIL_GUIDANCE), <,
                   kommune_calendar_document_rank (KOMMUNE_DOCUMENT_KIND_TERTIAL_2));
  g_assert_cmpint (kommune_calendar_document_rank (KOMMUNE_DOCUMENT_KIND_TERTIAL_2), <,
                   kommune_calendar_document_rank (KOMMUNE_DOCUMENT_KIND_ANNUAL_EVALUATION));
  g_assert_cmpint (kommune_calendar_document_rank ((KommuneDocumentKind) 99), ==, -1);
}

static void
test_next (void)
{
  static const KommuneDocumentKind expected[13] = {
    0,
    KOMMUNE_DOCUMENT_KIND_ANNUAL_EVALUATION,   /* January */
    KOMMUNE_DOCUMENT_KIND_ANNUAL_EVALUATION,
    KOMMUNE_DOCUMENT_KIND_ANNUAL_EVALUATION,
    KOMMUNE_DOCUMENT_KIND_ANNUAL_EVALUATION,
    KOMMUNE_DOCUMENT_KIND_ANNUAL_EVALUATION,   /* May */
    KOMMUNE_DOCUMENT_KIND_TERTIAL_1,           /* June */
    KOMMUNE_DOCUMENT_KIND_TERTIAL_2,
    KOMMUNE_DOCUMENT_KIND_TERTIAL_2,
    KOMMUNE_DOCUMENT_KIND_TERTIAL_2,
    KOMMUNE_DOCUMENT_KIND_TERTIAL_2,
    KOMMUNE_DOCUMENT_KIND_TERTIAL_2,           /* November */
    KOMMUNE_DOCUMENT_KIND_ECONOMIC_PLAN,       /* December */
  };

  for (int month = 1; month <= 12; month++)
    {
      g_autoptr(GDateTime) date = g_date_time_new_utc (2024, month, 15, 12, 0, 0);

      g_assert_cmpint (kommune_calendar_next (date), ==, expected[month]);
    }
}

static void
test_periods (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;
  g_autoptr(GDateTime) leap_end = NULL;

  g_assert_true (kommune_calendar_dup_period (KOMMUNE_DOCUMENT_KIND_TERTIAL_1, 2017, &start, &end, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_date_time_get_month (start), ==, 1);
  g_assert_cmpint (g_date_time_get_day_of_month (start), ==, 1);
  g_assert_cmpint (g_date_time_get_month (end), ==, 4);
  g_assert_cmpint (g_date_time_get_day_of_month (end), ==, 30);
  g_clear_pointer (&end, g_date_time_unref);

  g_assert_true (kommune_calendar_dup_period (KOMMUNE_DOCUMENT_KIND_TERTIAL_2, 2017, NULL, &end, &error));
  g_assert_cmpint (g_date_time_get_month (end), ==, 8);
  g_assert_cmpint (g_date_time_get_day_of_month (end), ==, 31);

  g_assert_true (kommune_calendar_dup_period (KOMMUNE_DOCUMENT_KIND_ANNUAL_EVALUATION, 2023, NULL, &leap_end, &error));
  g_assert_cmpint (g_date_time_get_day_of_month (leap_end), ==, 31);
  g_assert_cmpint (g_date_time_get_month (leap_end), ==, 12);

  g_assert_false (kommune_calendar_dup_period (KOMMUNE_DOCUMENT_KIND_COUNCIL_GUIDANCE, 2017, NULL, NULL, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_PERIOD);
}

static void
test_names (void)
{
  g_assert_cmpstr (kommune_document_kind_to_string (KOMMUNE_DOCUMENT_KIND_TERTIAL_1), ==, "tertial-1");
  g_assert_cmpstr (kommune_document_kind_to_string (KOMMUNE_DOCUMENT_KIND_COUNCIL_GUIDANCE), ==, "council-guidance");
  g_assert_null (kommune_document_kind_to_string ((KommuneDocumentKind) 99));
  g_assert_cmpstr (kommune_budget_type_to_string (KOMMUNE_BUDGET_TYPE_INVESTMENT), ==, "investment");
  g_assert_null (kommune_budget_type_to_string ((KommuneBudgetType) 7));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Kommune/Calendar/months", test_months);
  g_test_add_func ("/Kommune/Calendar/ranks", test_ranks);
  g_test_add_func ("/Kommune/Calendar/next", test_next);
  g_test_add_func ("/Kommune/Calendar/periods", test_periods);
  g_test_add_func ("/Kommune/Calendar/names", test_names);

  return g_test_run ();
}
