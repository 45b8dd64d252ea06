/* test-department.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <libkommune.h>

#include "model/kommune-department-private.h"

static void
test_new (void)
{
  g_autoptr(GError) error = NULL;
  KommuneDepartment *department;
  g_autofree char *code = NULL;
  g_autofree char *name = NULL;

  department = kommune_department_new ("personal", "Personalavdelingen", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kommune_department_get_code (department), ==, "personal");
  g_assert_cmpstr (kommune_department_get_name (department), ==, "Personalavdelingen");

  g_object_get (department, "code", &code, "name", &name, NULL);
  g_assert_cmpstr (code, ==, "personal");
  g_assert_cmpstr (name, ==, "Personalavdelingen");

  g_assert_finalize_object (department);
}

static void
test_invalid (void)
{
  static const struct { const char *code, *name; int error_code; } cases[] = {
    { "", "Økonomiavdelingen", KOMMUNE_ERROR_INVALID_CODE },
    { " okonomi", "Økonomiavdelingen", KOMMUNE_ERROR_INVALID_CODE },
    { "okonomi ", "Økonomiavdelingen", KOMMUNE_ERROR_INVALID_CODE },
    { "oko\tnomi", "Økonomiavdelingen", KOMMUNE_ERROR_INVALID_ARGUMENT },
    { NULL, "Økonomiavdelingen", KOMMUNE_ERROR_INVALID_ARGUMENT },
    { "okonomi", "", KOMMUNE_ERROR_INVALID_ARGUMENT },
    { "okonomi", NULL, KOMMUNE_ERROR_INVALID_ARGUMENT },
    { "okonomi", "\xc3", KOMMUNE_ERROR_INVALID_ARGUMENT },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_null (kommune_department_new (cases[i].code, cases[i].name, &error));
      g_assert_error (error, KOMMUNE_ERROR, cases[i].error_code);
      g_assert_nonnull (strstr (error->message, "department"));
    }
}

static void
test_bare (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneDepartment) bare = g_object_new (KOMMUNE_TYPE_DEPARTMENT, NULL);
  g_autoptr(KommuneDepartment) keyword = g_object_new (KOMMUNE_TYPE_DEPARTMENT, "code", "ikt", "name", "IKT", NULL);

  g_assert_false (_kommune_department_check (bare, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_CODE);
  g_assert_cmpstr (error->message, ==, "the department code is empty");
  g_clear_error (&error);
  g_assert_true (_kommune_department_check (keyword, &error));
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Kommune/Department/new", test_new);
  g_test_add_func ("/Kommune/Department/invalid", test_invalid);

  g_test_add_func ("/Kommune/Department/bare", test_bare);
  return g_test_run ();
}
