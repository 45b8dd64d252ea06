/* test-investment-project.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <libkommune.h>

#include "model/kommune-investment-project-private.h"

static void
test_amounts (void)
{
  g_autoptr(GError) error = NULL;
  KommuneInvestmentProject *project;
  g_autofree guint *years = NULL;
  gsize n_years = 0;

  project = kommune_investment_project_new ("15031", "Oppgradering serverpark 2018-2021", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kommune_investment_project_get_number (project), ==, "15031");
  g_assert_cmpstr (kommune_investment_project_get_name (project), ==, "Oppgradering serverpark 2018-2021");
  g_assert_cmpstr (kommune_investment_project_get_status (project), ==, "");
  g_assert_null (kommune_investment_project_get_area_code (project));

  g_assert_true (kommune_investment_project_set_amount (project, 2020, 30000000, &error));
  g_assert_true (kommune_investment_project_set_amount (project, 2018, kommune_amount_parse ("1,2 mill. kr", &error), &error));
  g_assert_true (kommune_investment_project_set_amount (project, 2020, 40000000, &error));
  g_assert_no_error (error);

  years = kommune_investment_project_dup_years (project, &n_years);
  g_assert_cmpuint (n_years, ==, 2);
  g_assert_cmpuint (years[0], ==, 2018);
  g_assert_cmpuint (years[1], ==, 2020);
  g_assert_cmpint (kommune_investment_project_get_amount (project, 2018), ==, 120000000);
  g_assert_cmpint (kommune_investment_project_get_amount (project, 2019), ==, 0);
  g_assert_cmpint (kommune_investment_project_get_total (project, &error), ==, 160000000);

  kommune_investment_project_set_status (project, "pågår");
  kommune_investment_project_set_area_code (project, "stab");
  g_assert_cmpstr (kommune_investment_project_get_status (project), ==, "pågår");
  g_assert_cmpstr (kommune_investment_project_get_area_code (project), ==, "stab");

  g_assert_false (kommune_investment_project_set_amount (project, 20, 1, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_PERIOD);
  g_clear_error (&error);

  kommune_investment_project_set_amount (project, 2021, G_MAXINT64, &error);
  kommune_investment_project_get_total (project, &error);
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_OVERFLOW);
  g_assert_nonnull (strstr (error->message, "project 15031"));

  g_assert_finalize_object (project);
}

static void
test_invalid (void)
{
  GError *error = NULL;

  g_assert_null (kommune_investment_project_new ("", "IKT sikkerhet", &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_CODE);
  g_clear_error (&error);
  g_assert_null (kommune_investment_project_new ("15022", "", &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
}

static void
test_bare (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneInvestmentProject) bare = g_object_new (KOMMUNE_TYPE_INVESTMENT_PROJECT, NULL);

  g_assert_false (_kommune_investment_project_check (bare, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_assert_cmpstr (error->message, ==, "the project number is missing");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Kommune/InvestmentProject/amounts", test_amounts);
  g_test_add_func ("/Kommune/InvestmentProject/invalid", test_invalid);

  g_test_add_func ("/Kommune/InvestmentProject/bare", test_bare);
  return g_test_run ();
}
