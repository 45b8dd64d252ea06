/* test-list.c: the model's read-only collections
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <libkommune.h>

#include "core/kommune-list-private.h"

static const char *
code_key (gpointer  item,
          char     *buffer G_GNUC_UNUSED)
{
  return kommune_programme_area_get_code (item);
}

static KommuneProgrammeArea *
area (const char *code)
{
  g_autoptr(GError) error = NULL;
  KommuneProgrammeArea *a = kommune_programme_area_new (code, "Område", &error);

  g_assert_no_error (error);
  return a;
}

static void
count_changes (GListModel *model G_GNUC_UNUSED,
               guint       position,
               guint       removed,
               guint       added,
               GString    *log)
{
  g_string_append_printf (log, "%u-%u+%u;", position, removed, added);
}

static void
test_list_append_find (void)
{
  g_autoptr(KommuneList) list = _kommune_list_new (KOMMUNE_TYPE_PROGRAMME_AREA, code_key);
  g_autoptr(KommuneProgrammeArea) a = area ("01");
  g_autoptr(KommuneProgrammeArea) b = area ("02");
  g_autoptr(KommuneProgrammeArea) again = area ("01");
  g_autoptr(GString) log = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GObject) first = NULL;

  g_signal_connect (list, "items-changed", G_CALLBACK (count_changes), log);
  g_assert_true (g_type_is_a (G_OBJECT_TYPE (list), G_TYPE_LIST_MODEL));
  g_assert_false (G_IS_LIST_STORE (list));
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (list)) == KOMMUNE_TYPE_PROGRAMME_AREA);

  g_assert_true (_kommune_list_append (list, a, "the area", "Kragerø", &error));
  g_assert_true (_kommune_list_append (list, b, "the area", "Kragerø", &error));
  g_assert_false (_kommune_list_append (list, again, "the area", "Kragerø", &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_DUPLICATE);
  g_assert_cmpstr (error->message, ==, "the area “01” already exists in Kragerø");

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);
  g_assert_cmpuint (_kommune_list_get_n_items (list), ==, 2);
  g_assert_true (_kommune_list_find (list, "02") == (gpointer) b);
  g_assert_null (_kommune_list_find (list, "03"));
  g_assert_null (_kommune_list_find (list, NULL));
  first = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_true (first == (GObject *) a);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (list), 2));
  g_assert_cmpstr (log->str, ==, "0-0+1;1-0+1;");

  _kommune_list_remove (list, 0);
  g_assert_null (_kommune_list_find (list, "01"));
  g_assert_true (_kommune_list_get (list, 0) == (gpointer) b);
  g_assert_true (_kommune_list_append (list, again, "the area", "Kragerø", NULL));
  _kommune_list_remove_all (list);
  _kommune_list_remove_all (list);
  g_assert_cmpuint (_kommune_list_get_n_items (list), ==, 0);
  g_assert_null (_kommune_list_find (list, "02"));
  g_assert_cmpstr (log->str, ==, "0-0+1;1-0+1;0-1+0;1-0+1;0-2+0;");
}

static void
test_list_append_all (void)
{
  g_autoptr(KommuneList) list = _kommune_list_new (KOMMUNE_TYPE_PROGRAMME_AREA, code_key);
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) clash = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) twice = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GString) log = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  g_signal_connect (list, "items-changed", G_CALLBACK (count_changes), log);
  g_ptr_array_add (batch, area ("01"));
  g_ptr_array_add (batch, area ("02"));
  g_assert_true (_kommune_list_append_all (list, batch, "the area", "Drammen", &error));
  g_assert_no_error (error);

  /* A batch that clashes with the list, or with itself, adds nothing. */
  g_ptr_array_add (clash, area ("03"));
  g_ptr_array_add (clash, area ("02"));
  g_assert_false (_kommune_list_append_all (list, clash, "the area", "Drammen", &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_DUPLICATE);
  g_assert_cmpstr (error->message, ==, "the area “02” already exists in Drammen");
  g_clear_error (&error);
  g_ptr_array_add (twice, area ("04"));
  g_ptr_array_add (twice, area ("04"));
  g_assert_false (_kommune_list_append_all (list, twice, "the area", "Drammen", &error));
  g_assert_cmpstr (error->message, ==, "the area “04” already exists in Drammen");

  g_assert_cmpuint (_kommune_list_get_n_items (list), ==, 2);
  g_assert_null (_kommune_list_find (list, "03"));
  g_assert_null (_kommune_list_find (list, "04"));
  g_assert_cmpstr (log->str, ==, "0-0+2;");
}

static void
test_list_without_key (void)
{
  g_autoptr(KommuneList) list = _kommune_list_new (KOMMUNE_TYPE_PROGRAMME_AREA, NULL);
  g_autoptr(KommuneProgrammeArea) a = area ("01");

  g_assert_true (_kommune_list_append (list, a, "the area", "x", NULL));
  g_assert_true (_kommune_list_append (list, a, "the area", "x", NULL));
  g_assert_cmpuint (_kommune_list_get_n_items (list), ==, 2);
  g_assert_finalize_object (g_steal_pointer (&list));
}

static void
test_list_scales (void)
{
  g_autoptr(KommuneList) list = _kommune_list_new (KOMMUNE_TYPE_PROGRAMME_AREA, code_key);

  /* 50 000 keyed appends finish at once; a linear duplicate check would
   * take over a billion comparisons. */
  for (guint i = 0; i < 50000; i++)
    {
      g_autofree char *code = g_strdup_printf ("A%u", i);
      g_autoptr(KommuneProgrammeArea) a = area (code);

      g_assert_true (_kommune_list_append (list, a, "the area", "x", NULL));
    }
  g_assert_nonnull (_kommune_list_find (list, "A49999"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Kommune/List/append-find", test_list_append_find);
  g_test_add_func ("/Kommune/List/append-all", test_list_append_all);
  g_test_add_func ("/Kommune/List/without-key", test_list_without_key);
  g_test_add_func ("/Kommune/List/scales", test_list_scales);

  return g_test_run ();
}
