/* test-programme-area.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <libkommune.h>

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *count)
{
  (*count)++;
}

static void
test_new (void)
{
  g_autoptr(GError) error = NULL;
  KommuneProgrammeArea *area;

  area = kommune_programme_area_new ("07", "Ledelse, organisering og styring", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kommune_programme_area_get_code (area), ==, "07");
  g_assert_cmpstr (kommune_programme_area_get_name (area), ==, "Ledelse, organisering og styring");
  g_assert_cmpuint (g_list_model_get_n_items (kommune_programme_area_get_departments (area)), ==, 0);
  g_assert_true (g_list_model_get_item_type (kommune_programme_area_get_departments (area)) ==
                 KOMMUNE_TYPE_DEPARTMENT);

  g_assert_finalize_object (area);
}

static void
test_invalid (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_null (kommune_programme_area_new ("", "Stab og støtte", &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_CODE);
  g_assert_nonnull (strstr (error->message, "programme area code"));
  g_clear_error (&error);

  g_assert_null (kommune_programme_area_new ("stab", "", &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_assert_nonnull (strstr (error->message, "programme area name"));
}

static void
test_departments (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneProgrammeArea) area = kommune_programme_area_new ("stab", "Stab og støtte", &error);
  g_autoptr(KommuneDepartment) it = kommune_department_new ("ikt", "IKT avdelingen", &error);
  g_autoptr(KommuneDepartment) service = kommune_department_new ("service", "Serviceavdelingen", &error);
  g_autoptr(KommuneDepartment) clash = kommune_department_new ("ikt", "IKT-avdelingen (ny)", &error);
  g_autoptr(KommuneDepartment) first = NULL;
  GListModel *departments = kommune_programme_area_get_departments (area);
  guint changes = 0;

  g_assert_no_error (error);
  g_signal_connect (departments, "items-changed", G_CALLBACK (items_changed_cb), &changes);

  g_assert_true (kommune_programme_area_add_department (area, it, &error));
  g_assert_no_error (error);
  g_assert_true (kommune_programme_area_add_department (area, service, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes, ==, 2);

  g_assert_false (kommune_programme_area_add_department (area, clash, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_DUPLICATE);
  g_assert_cmpstr (error->message, ==, "department “ikt” already exists in Stab og støtte");
  g_assert_cmpuint (changes, ==, 2);

  g_assert_cmpuint (g_list_model_get_n_items (departments), ==, 2);
  first = g_list_model_get_item (departments, 0);
  g_assert_true (first == it);
  g_assert_true (kommune_programme_area_find_department (area, "service") == service);
  g_assert_null (kommune_programme_area_find_department (area, "Service"));
}

static void
test_read_only_and_bare (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneProgrammeArea) area = kommune_programme_area_new ("stab", "Stab og støtte", &error);
  g_autoptr(KommuneProgrammeArea) bare = g_object_new (KOMMUNE_TYPE_PROGRAMME_AREA, "code", "x", NULL);
  g_autoptr(KommuneDepartment) department = kommune_department_new ("ikt", "IKT", &error);
  g_autoptr(KommuneDepartment) bare_department = g_object_new (KOMMUNE_TYPE_DEPARTMENT, "name", "Uten kode", NULL);

  g_assert_false (G_IS_LIST_STORE (kommune_programme_area_get_departments (area)));
  g_assert_false (kommune_programme_area_add_department (bare, department, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_assert_cmpstr (error->message, ==, "the programme area name is empty");
  g_clear_error (&error);
  g_assert_false (kommune_programme_area_add_department (area, bare_department, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_CODE);
  g_assert_cmpstr (error->message, ==, "the department code is empty");
  g_assert_cmpuint (g_list_model_get_n_items (kommune_programme_area_get_departments (area)), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Kommune/ProgrammeArea/new", test_new);
  g_test_add_func ("/Kommune/ProgrammeArea/invalid", test_invalid);
  g_test_add_func ("/Kommune/ProgrammeArea/departments", test_departments);

  g_test_add_func ("/Kommune/ProgrammeArea/read-only-and-bare", test_read_only_and_bare);
  return g_test_run ();
}
