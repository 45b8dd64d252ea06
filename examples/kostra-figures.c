/* kostra-figures.c: SSB's key figures of Kongsvinger's 2019 accounts
 *
 * Usage: kostra-figures 0A_V2019_K4_R040200_OK.dat
 *
 * The accounts file's records go into a ledger, which gives the key
 * figures of the operating accounts and the net operating expenses of
 * function 202 and of the barnehage group.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <locale.h>

#include <libkommune.h>

static void
print_amount (const char *what,
              gint64      ore)
{
  /* In 1000 kr, as SSB publishes them. */
  g_print ("%-40s %12" G_GINT64_FORMAT "\n", what, ore / 100000);
}

int
main (int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneLedger) ledger = NULL;
  g_autoptr(KommuneKostraFigures) figures = NULL;
  g_autofree char *percent = NULL;
  const char *school[] = { "202", NULL };

  /* Characters as the locale has them (“øre”, not “?re”). */
  setlocale (LC_ALL, "");

  if (argc != 2)
    {
      g_printerr ("Usage: %s ACCOUNTS-FILE\n", argv[0]);
      return 2;
    }
  {
    const char *paths[] = { argv[1], NULL };

    ledger = kommune_ledger_load_accounts (paths, &error);
  }
  if (ledger == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  figures = kommune_ledger_key_figures (ledger, "0402", 2019, &error);
  if (figures == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  print_amount ("Gross operating revenue", kommune_kostra_figures_get_gross_operating_revenue (figures));
  print_amount ("Gross operating expenses", kommune_kostra_figures_get_gross_operating_expenses (figures));
  print_amount ("Gross operating result", kommune_kostra_figures_get_gross_operating_result (figures));
  print_amount ("Net financial result", kommune_kostra_figures_get_net_financial_result (figures));
  print_amount ("Net operating result", kommune_kostra_figures_get_net_operating_result (figures));
  percent = kommune_decimal_format (kommune_kostra_figures_get_net_operating_result_percent (figures), 1);
  g_print ("%-40s %12s\n", "  in % of gross operating revenue", percent);
  print_amount ("Net operating expenses, function 202",
                kommune_kostra_figures_net_operating_expenses (figures, school, NULL));
  print_amount ("Net operating expenses, barnehage",
                kommune_kostra_figures_net_operating_expenses_for_group (figures, "barnehage", NULL));

  g_assert_cmpint (kommune_kostra_figures_get_gross_operating_revenue (figures), ==, 143798900000);
  g_assert_cmpint (kommune_kostra_figures_get_net_operating_result (figures), ==, -3358500000);
  return 0;
}
