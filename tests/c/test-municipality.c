/* test-municipality.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <libkommune.h>

static void
test_new (void)
{
  g_autoptr(GError) error = NULL;
  KommuneMunicipality *municipality;
  g_autofree char *number = NULL;

  municipality = kommune_municipality_new ("3301", "Drammen", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kommune_municipality_get_number (municipality), ==, "3301");
  g_assert_cmpstr (kommune_municipality_get_name (municipality), ==, "Drammen");
  g_object_get (municipality, "number", &number, NULL);
  g_assert_cmpstr (number, ==, "3301");
  g_assert_cmpuint (g_list_model_get_n_items (kommune_municipality_get_areas (municipality)), ==, 0);

  g_assert_finalize_object (municipality);
}

static void
test_invalid_number (void)
{
  static const char * const numbers[] = { "330", "33011", "33O1", "", " 3301", "３３０１" };

  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_null (kommune_municipality_new (numbers[i], "Drammen", &error));
      g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_CODE);
      g_assert_nonnull (strstr (error->message, "is not four digits"));
    }
}

static void
test_invalid_name (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_null (kommune_municipality_new ("4014", "", &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_assert_nonnull (strstr (error->message, "municipality name"));
}

static void
test_areas (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneMunicipality) kragero = kommune_municipality_new ("4014", "Kragerø", &error);
  g_autoptr(KommuneProgrammeArea) staff = kommune_programme_area_new ("stab", "Stab og støtte", &error);
  g_autoptr(KommuneProgrammeArea) again = kommune_programme_area_new ("stab", "Stab", &error);
  GListModel *areas;

  g_assert_no_error (error);
  g_assert_true (kommune_municipality_add_area (kragero, staff, &error));
  g_assert_no_error (error);

  g_assert_false (kommune_municipality_add_area (kragero, again, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_DUPLICATE);
  g_assert_cmpstr (error->message, ==, "programme area “stab” already exists in Kragerø");

  areas = kommune_municipality_get_areas (kragero);
  g_assert_cmpuint (g_list_model_get_n_items (areas), ==, 1);
  g_assert_true (kommune_municipality_find_area (kragero, "stab") == staff);
  g_assert_null (kommune_municipality_find_area (kragero, "helse"));
}

static void
test_read_only_and_bare (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneMunicipality) municipality = kommune_municipality_new ("4014", "Kragerø", &error);
  g_autoptr(KommuneMunicipality) keyword = g_object_new (KOMMUNE_TYPE_MUNICIPALITY, "number", "12", NULL);
  g_autoptr(KommuneProgrammeArea) area = kommune_programme_area_new ("stab", "Stab og støtte", &error);
  g_autoptr(KommuneProgrammeArea) bare = g_object_new (KOMMUNE_TYPE_PROGRAMME_AREA, NULL);

  g_assert_false (G_IS_LIST_STORE (kommune_municipality_get_areas (municipality)));
  g_assert_false (kommune_municipality_add_area (keyword, area, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_CODE);
  g_assert_cmpstr (error->message, ==, "the municipality number “12” is not four digits");
  g_clear_error (&error);
  g_assert_false (kommune_municipality_add_area (municipality, bare, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_CODE);
  g_assert_cmpstr (error->message, ==, "the programme area code is empty");
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (kommune_municipality_get_areas (municipality)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (kommune_municipality_get_areas (keyword)), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Kommune/Municipality/new", test_new);
  g_test_add_func ("/Kommune/Municipality/invalid-number", test_invalid_number);
  g_test_add_func ("/Kommune/Municipality/invalid-name", test_invalid_name);
  g_test_add_func ("/Kommune/Municipality/areas", test_areas);

  g_test_add_func ("/Kommune/Municipality/read-only-and-bare", test_read_only_and_bare);
  return g_test_run ();
}
