/* test-properties.c: every property of every type can be read, and every
 * writable one written and read back, through GObject's property API —
 * the path bindings and GtkBuilder take.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <libkommune.h>

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          guint      *count)
{
  (*count)++;
}

/* Writes a value different from the default into a writable property
 * and checks it reads back, with exactly one notification. */
static void
exercise_writable (GObject    *object,
                   GParamSpec *pspec)
{
  g_auto(GValue) value = G_VALUE_INIT;
  g_auto(GValue) back = G_VALUE_INIT;
  guint notified = 0;
  g_autofree char *detail = g_strdup_printf ("notify::%s", pspec->name);
  gulong handler;

  g_value_init (&value, pspec->value_type);
  if (pspec->value_type == G_TYPE_STRING)
    g_value_set_string (&value, "en tekst");
  else if (pspec->value_type == G_TYPE_INT64)
    g_value_set_int64 (&value, 12345);
  else if (G_TYPE_IS_ENUM (pspec->value_type))
    g_value_set_enum (&value, 1);
  else
    return;   /* object-valued properties are tested with their types */

  handler = g_signal_connect (object, detail, G_CALLBACK (count_cb), &notified);
  g_object_set_property (object, pspec->name, &value);
  g_object_set_property (object, pspec->name, &value);
  g_signal_handler_disconnect (object, handler);
  g_assert_cmpuint (notified, ==, 1);

  g_value_init (&back, pspec->value_type);
  g_object_get_property (object, pspec->name, &back);
  g_assert_true (g_param_values_cmp (pspec, &value, &back) == 0);
}

static void
exercise (GObject *object)
{
  guint n;
  g_autofree GParamSpec **pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n);

  g_assert_cmpuint (n, >, 0);
  for (guint i = 0; i < n; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      g_value_init (&value, pspecs[i]->value_type);
      g_object_get_property (object, pspecs[i]->name, &value);
      if ((pspecs[i]->flags & G_PARAM_WRITABLE) && !(pspecs[i]->flags & G_PARAM_CONSTRUCT_ONLY))
        exercise_writable (object, pspecs[i]);
    }
  g_assert_finalize_object (object);
}

static void
test_every_type (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) date = g_date_time_new_utc (2017, 6, 30, 0, 0, 0);
  g_autoptr(KommuneProgrammeArea) area = kommune_programme_area_new ("07", "Ledelse", &error);
  g_autoptr(KommuneMunicipality) municipality = kommune_municipality_new ("3301", "Drammen", &error);

  g_assert_no_error (error);
  exercise (G_OBJECT (kommune_municipality_new ("4014", "Kragerø", &error)));
  exercise (G_OBJECT (kommune_programme_area_new ("stab", "Stab og støtte", &error)));
  exercise (G_OBJECT (kommune_department_new ("ikt", "IKT", &error)));
  exercise (G_OBJECT (kommune_budget_frame_new (area, 2018, 1, NULL)));
  exercise (G_OBJECT (kommune_distribution_new ("department", NULL)));
  exercise (G_OBJECT (kommune_distribution_line_new ("ikt", "IKT", 1, NULL)));
  exercise (G_OBJECT (kommune_adjustment_new ("a", date, NULL, 0, "07", 0, 2017, 1, NULL, &error)));
  exercise (G_OBJECT (kommune_economic_plan_new (2017, NULL)));
  exercise (G_OBJECT (kommune_area_report_new ("07", NULL)));
  exercise (G_OBJECT (kommune_tertial_report_new (2017, KOMMUNE_DOCUMENT_KIND_TERTIAL_1, &error)));
  exercise (G_OBJECT (kommune_investment_project_new ("15022", "IKT sikkerhet", &error)));
  exercise (G_OBJECT (kommune_verbal_proposal_new (8, "Innovasjonsfond", &error)));
  exercise (G_OBJECT (kommune_annual_evaluation_new (2023, NULL)));
  exercise (G_OBJECT (kommune_key_figure_new ("Ansatte", "årsverk", 2018, "32,30", &error)));
  exercise (G_OBJECT (kommune_note_new ("Tittel", "Tekst", &error)));
  exercise (G_OBJECT (kommune_document_new (municipality)));
  exercise (G_OBJECT (kommune_measurement_new ("2013", 61000, NULL)));
  exercise (G_OBJECT (kommune_indicator_new ("Andel", KOMMUNE_INDICATOR_UNIT_PERCENT, KOMMUNE_DIRECTION_HIGHER_IS_BETTER, NULL)));
  exercise (G_OBJECT (kommune_goal_new ("m1", "Sunn økonomi", KOMMUNE_GOAL_LEVEL_PLAN, &error)));
  exercise (G_OBJECT (kommune_measure_new (1, "Tiltak", NULL)));
  exercise (G_OBJECT (kommune_strategy_new ("Strategi", 2021, 2024, &error)));
  exercise (G_OBJECT (kommune_financial_figures_new (2023, NULL)));
  exercise (G_OBJECT (kommune_financial_rule_new ("Regel", 0, 1, 0, "1,75", &error)));
  exercise (G_OBJECT (kommune_workforce_figures_new (NULL, "2023", NULL)));
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Kommune/Properties/every-type", test_every_type);

  return g_test_run ();
}
