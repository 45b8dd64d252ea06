/* budget-aggregation.c: Kragerø's 2018 “Stab og støtte” frame, distributed
 * along KOSTRA function groups and departments, with both totals and the
 * reconciliation against the frame.
 *
 * Source of the figures: Kragerø kommune, Handlingsplan 2018,
 * kommunalområdet Stab og støtte, tables 2.0 and 2.0.1.
 *
 * Build: cc budget-aggregation.c $(pkg-config --cflags --libs libkommune-1)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>

#include <libkommune.h>

typedef struct
{
  const char *key;
  const char *label;
  const char *amount;   /* as printed in the document */
} Line;

static const Line function_groups[] = {
  { "120/180/190", "Administrasjon, fellesutgifter kommunen og interne serviceenheter", "33 532 742" },
  { "20/21", "Skole og barnehagetjenester", "835 972" },
  { "23/24", "Helse- og omsorgsrelaterte funksjoner", "2 568 215" },
  { "283", "Bistand til etablering av egen bolig", "1 451 004" },
  { "383", "Musikk- og kulturskoler", "20 687" },
  { "870", "Renter/utbytte og lån", "-179 883" },
  { NULL, NULL, NULL }
};

static const Line departments[] = {
  { "service", "Serviceavdelingen", "7 686 054" },
  { "personal", "Personalavdelingen", "13 743 164" },
  { "okonomi", "Økonomiavdelingen", "2 059 886" },
  { "skatt", "Skatteoppkreverkontoret", "1 558 920" },
  { "ikt", "IKT avdelingen", "6 644 259" },
  { "stab", "Kommunalsjef og stabsfunksjon", "3 622 454" },
  { "felles", "Felleskostnader (hele kommunen)", "2 914 000" },
  { NULL, NULL, NULL }
};

/* printf pads by bytes; names with æøå need padding by characters.
 * (printf rather than g_print: g_print converts to the locale charset.) */
static void
print_padded (const char *text,
              glong       width)
{
  glong len = g_utf8_strlen (text, -1);

  printf ("%s%*s", text, (int) MAX (width - len, 0), "");
}

static gboolean
fill (KommuneDistribution  *distribution,
      const Line           *lines,
      GError              **error)
{
  for (guint i = 0; lines[i].key != NULL; i++)
    {
      g_autoptr(GError) parse_error = NULL;
      gint64 oere = kommune_amount_parse (lines[i].amount, &parse_error);

      if (parse_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&parse_error));
          return FALSE;
        }
      if (!kommune_distribution_add (distribution, lines[i].key, lines[i].label, oere, error))
        return FALSE;
    }
  return TRUE;
}

static void
print_distribution (KommuneDistribution *distribution)
{
  GListModel *lines = G_LIST_MODEL (distribution);
  g_autofree char *total = NULL;

  printf ("\nBy %s\n", kommune_distribution_get_name (distribution));
  for (guint i = 0; i < g_list_model_get_n_items (lines); i++)
    {
      g_autoptr(KommuneDistributionLine) line = g_list_model_get_item (lines, i);
      g_autofree char *amount = kommune_amount_format (kommune_distribution_line_get_amount (line),
                                                       KOMMUNE_AMOUNT_SCALE_KRONER, 0);

      printf ("  ");
      print_padded (kommune_distribution_line_get_key (line), 12);
      print_padded (kommune_distribution_line_get_label (line), 66);
      printf ("%12s\n", amount);
    }
  total = kommune_amount_format (kommune_distribution_get_total (distribution),
                                 KOMMUNE_AMOUNT_SCALE_KRONER, 0);
  printf ("  ");
  print_padded ("Total", 78);
  printf ("%12s\n", total);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneMunicipality) kragero = NULL;
  g_autoptr(KommuneProgrammeArea) area = NULL;
  g_autoptr(KommuneBudgetFrame) frame = NULL;
  g_autofree char *frame_text = NULL;
  g_autofree char *millions = NULL;
  KommuneDistribution *by_function;
  KommuneDistribution *by_department;
  gint64 amount;

  /* Characters as the locale has them (“øre”, not “?re”). */
  setlocale (LC_ALL, "");

  kragero = kommune_municipality_new ("0815", "Kragerø", &error);   /* its number in 2018 */
  if (kragero == NULL)
    goto fail;
  area = kommune_programme_area_new ("stab", "Stab og støtte", &error);
  if (area == NULL || !kommune_municipality_add_area (kragero, area, &error))
    goto fail;
  for (guint i = 0; departments[i].key != NULL; i++)
    {
      g_autoptr(KommuneDepartment) department =
        kommune_department_new (departments[i].key, departments[i].label, &error);

      if (department == NULL ||
          !kommune_programme_area_add_department (area, department, &error))
        goto fail;
    }

  amount = kommune_amount_parse ("38 228 737 kr", &error);
  if (error != NULL)
    goto fail;
  frame = kommune_budget_frame_new (area, 2018, amount, &error);
  if (frame == NULL)
    goto fail;

  by_function = kommune_budget_frame_add_distribution (frame, "kostra-function-group", &error);
  if (by_function == NULL || !fill (by_function, function_groups, &error))
    goto fail;
  by_department = kommune_budget_frame_add_distribution (frame, "department", &error);
  if (by_department == NULL || !fill (by_department, departments, &error))
    goto fail;

  frame_text = kommune_amount_format (amount, KOMMUNE_AMOUNT_SCALE_KRONER, 0);
  millions = kommune_amount_format (amount, KOMMUNE_AMOUNT_SCALE_MILLIONS, 1);
  printf ("%s kommune (%s), %s: budget frame %u = %s kr (%s mill.)\n",
           kommune_municipality_get_name (kragero),
           kommune_municipality_get_number (kragero),
           kommune_programme_area_get_name (area),
           kommune_budget_frame_get_year (frame), frame_text, millions);

  print_distribution (by_function);
  print_distribution (by_department);

  if (!kommune_budget_frame_check (frame, &error))
    {
      printf ("\nReconciliation: FAILED: %s\n", error->message);
      return EXIT_FAILURE;
    }
  printf ("\nReconciliation: both distributions add up to the frame of %s kr.\n", frame_text);
  return EXIT_SUCCESS;

fail:
  fprintf (stderr, "budget-aggregation: %s\n", error->message);
  return EXIT_FAILURE;
}
