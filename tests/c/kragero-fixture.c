/* kragero-fixture.c: Kragerø 2018 “Stab og støtte”, built in code
 *
 * Source: Kragerø kommune, Handlingsplan 2018, kommunalområdet Stab og
 * støtte, tables 2.0 and 2.0.1 (see tests/data/README.md).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "kragero-fixture.h"

const KrageroLine kragero_function_groups[] = {
  { "120/180/190", "Administrasjon, fellesutgifter kommunen og interne serviceenheter", 3353274200 },
  { "20/21", "Skole og barnehagetjenester", 83597200 },
  { "23/24", "Helse- og omsorgsrelaterte funksjoner", 256821500 },
  { "283", "Bistand til etablering av egen bolig", 145100400 },
  { "383", "Musikk- og kulturskoler", 2068700 },
  { "870", "Renter/utbytte og lån", -17988300 },
  { NULL, NULL, 0 }
};

const KrageroLine kragero_departments[] = {
  { "service", "Serviceavdelingen", 768605400 },
  { "personal", "Personalavdelingen", 1374316400 },
  { "okonomi", "Økonomiavdelingen", 205988600 },
  { "skatt", "Skatteoppkreverkontoret", 155892000 },
  { "ikt", "IKT avdelingen", 664425900 },
  { "stab", "Kommunalsjef og stabsfunksjon", 362245400 },
  { "felles", "Felleskostnader (hele kommunen)", 291400000 },
  { NULL, NULL, 0 }
};

KommuneProgrammeArea *
kragero_area_new (void)
{
  g_autoptr(GError) error = NULL;
  KommuneProgrammeArea *area = kommune_programme_area_new ("stab", "Stab og støtte", &error);

  g_assert_no_error (error);
  for (guint i = 0; kragero_departments[i].key != NULL; i++)
    {
      g_autoptr(KommuneDepartment) department =
        kommune_department_new (kragero_departments[i].key,
                                kragero_departments[i].label, &error);

      g_assert_no_error (error);
      kommune_programme_area_add_department (area, department, &error);
      g_assert_no_error (error);
    }
  return area;
}

static void
fill (KommuneDistribution *distribution,
      const KrageroLine   *lines,
      gint64               first_delta)
{
  for (guint i = 0; lines[i].key != NULL; i++)
    {
      g_autoptr(GError) error = NULL;

      kommune_distribution_add (distribution, lines[i].key, lines[i].label,
                                lines[i].oere + (i == 0 ? first_delta : 0), &error);
      g_assert_no_error (error);
    }
}

KommuneBudgetFrame *
kragero_frame_new (gint64 department_delta)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneProgrammeArea) area = kragero_area_new ();
  KommuneBudgetFrame *frame = kommune_budget_frame_new (area, 2018, KRAGERO_FRAME_OERE, NULL);
  KommuneDistribution *distribution;

  distribution = kommune_budget_frame_add_distribution (frame, "kostra-function-group", &error);
  g_assert_no_error (error);
  fill (distribution, kragero_function_groups, 0);

  distribution = kommune_budget_frame_add_distribution (frame, "department", &error);
  g_assert_no_error (error);
  fill (distribution, kragero_departments, department_delta);

  return frame;
}
