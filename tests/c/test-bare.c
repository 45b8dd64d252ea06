/* test-bare.c: every type of the library made with g_object_new () alone
 *
 * Python's Kommune.X () and GJS's new Kommune.X () take this path and
 * skip the checks of the _new () functions. Each type must then still be
 * a valid object: every property readable, every writable property
 * accepting its own value back, and nothing leaked or left referenced.
 * What each type's users do with such an object (refuse it with the
 * constructor's error) is tested with the type, and for every method at
 * once by tests/python/test_bare_objects.py.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <libkommune.h>

typedef GType (*TypeFunc) (void);

static const TypeFunc types[] = {
  kommune_accounts_file_get_type,
  kommune_accounts_record_get_type,
  kommune_adjustment_get_type,
  kommune_annual_evaluation_get_type,
  kommune_area_report_get_type,
  kommune_budget_frame_get_type,
  kommune_department_get_type,
  kommune_distribution_get_type,
  kommune_distribution_line_get_type,
  kommune_document_get_type,
  kommune_economic_plan_get_type,
  kommune_financial_figures_get_type,
  kommune_financial_rule_get_type,
  kommune_goal_get_type,
  kommune_indicator_get_type,
  kommune_investment_project_get_type,
  kommune_key_figure_get_type,
  kommune_kostra_figures_get_type,
  kommune_ledger_get_type,
  kommune_ledger_row_get_type,
  kommune_ledger_table_get_type,
  kommune_measure_get_type,
  kommune_measurement_get_type,
  kommune_municipality_get_type,
  kommune_note_get_type,
  kommune_programme_area_get_type,
  kommune_report_get_type,
  kommune_scorecard_get_type,
  kommune_strategy_get_type,
  kommune_tertial_report_get_type,
  kommune_validation_entry_get_type,
  kommune_validation_report_get_type,
  kommune_verbal_proposal_get_type,
  kommune_workforce_figures_get_type,
};

static void
test_bare_object (gconstpointer data)
{
  GType type = ((TypeFunc) data) ();
  g_autofree GParamSpec **pspecs = NULL;
  GObject *object;
  guint n;

  object = g_object_new (type, NULL);
  g_assert_true (G_TYPE_CHECK_INSTANCE_TYPE (object, type));

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n);
  for (guint i = 0; i < n; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      if (!(pspecs[i]->flags & G_PARAM_READABLE))
        continue;
      g_value_init (&value, pspecs[i]->value_type);
      g_object_get_property (object, pspecs[i]->name, &value);

      /* A bare object's values are valid values of their own specs. */
      g_assert_false (g_param_value_validate (pspecs[i], &value));

      if ((pspecs[i]->flags & G_PARAM_WRITABLE) &&
          !(pspecs[i]->flags & (G_PARAM_CONSTRUCT_ONLY | G_PARAM_CONSTRUCT)))
        g_object_set_property (object, pspecs[i]->name, &value);
    }

  g_assert_finalize_object (object);
}

static void
test_every_type_is_listed (void)
{
  g_autofree GType *children = NULL;
  guint n, ours = 0;

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    g_type_ensure (types[i] ());

  /* Every public object type registered by now is in the list above. */
  children = g_type_children (G_TYPE_OBJECT, &n);
  for (guint i = 0; i < n; i++)
    {
      const char *name = g_type_name (children[i]);
      gboolean listed = FALSE;

      /* The private list models are not public types. */
      if (!g_str_has_prefix (name, "Kommune") || g_str_equal (name, "KommuneList") ||
          g_str_equal (name, "KommuneAccountsRecords"))
        continue;
      ours++;
      for (guint j = 0; j < G_N_ELEMENTS (types); j++)
        listed |= types[j] () == children[i];
      if (!listed)
        g_test_message ("%s is not listed", name);
      g_assert_true (listed);
    }
  g_assert_cmpuint (ours, ==, G_N_ELEMENTS (types));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      g_autofree char *path = g_strdup_printf ("/Kommune/Bare/%s", g_type_name (types[i] ()));

      g_test_add_data_func (path, (gconstpointer) types[i], test_bare_object);
    }
  g_test_add_func ("/Kommune/Bare/every-type-is-listed", test_every_type_is_listed);

  return g_test_run ();
}
