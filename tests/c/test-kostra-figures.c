/* test-kostra-figures.c: SSB's key figures of Kongsvinger's 2019
 * accounts, computed by the ledger and recomputed here from the records
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "libkommune.h"

typedef struct
{
  KommuneAccountsFile *file;
  KommuneLedger       *ledger;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "kostra",
                                                 "0A_V2019_K4_R040200_OK.dat", NULL);
  g_autoptr(GError) error = NULL;
  GListModel *records;

  f->file = kommune_accounts_file_load (path, &error);
  g_assert_no_error (error);
  f->ledger = kommune_ledger_new ();
  records = kommune_accounts_file_get_records (f->file);
  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(KommuneAccountsRecord) r = g_list_model_get_item (records, i);

      if (!kommune_accounts_record_has_amount (r))
        continue;
      kommune_ledger_append (f->ledger, kommune_accounts_record_get_year (r),
                             kommune_accounts_record_get_region (r),
                             kommune_accounts_record_get_account_class (r),
                             kommune_accounts_record_get_function (r),
                             kommune_accounts_record_get_art (r),
                             kommune_accounts_record_get_amount (r), &error);
      g_assert_no_error (error);
    }
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_assert_finalize_object (f->ledger);
  g_assert_finalize_object (f->file);
}

static gboolean
in (int art, int first, int last)
{
  return art >= first && art <= last;
}

/* The figures straight from the records, with SSB's formulas written out
 * here in the file's sign (revenues negative). */
typedef struct
{
  gint64 revenue, expenses, result, finance, offset, noe_202, noe_barnehage;
} Expected;

static Expected
recompute (KommuneAccountsFile *file)
{
  GListModel *records = kommune_accounts_file_get_records (file);
  Expected e = { 0 };

  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(KommuneAccountsRecord) r = g_list_model_get_item (records, i);
      const char *function = kommune_accounts_record_get_function (r);
      gint64 a;
      int art;

      if (!kommune_accounts_record_has_amount (r) ||
          strcmp (kommune_accounts_record_get_account_class (r), "1") != 0)
        continue;
      a = kommune_accounts_record_get_amount (r);
      art = atoi (kommune_accounts_record_get_art (r));
      if (in (art, 600, 890) || art == 920)
        e.revenue -= a;
      if (in (art, 10, 480) || art == 590 || art == 690 || art == 710 || art == 729 || art == 790)
        e.expenses += a;
      if (in (art, 600, 670) || in (art, 700, 890) || art == 920 ||
          in (art, 10, 480) || art == 520 || art == 590)
        e.result -= a;
      if (art == 900 || art == 901 || art == 905 || art == 909 || art == 921 ||
          art == 500 || art == 501 || art == 509 || art == 510 || art == 511 || art == 521)
        e.finance -= a;
      if (strcmp (function, "860") == 0 && art == 990)
        e.offset -= a;
      if (in (art, 10, 480) || art == 590 || in (art, 600, 780) || in (art, 800, 895))
        {
          if (strcmp (function, "202") == 0)
            e.noe_202 += a;
          if (strcmp (function, "201") == 0 || strcmp (function, "211") == 0 ||
              strcmp (function, "221") == 0)
            e.noe_barnehage += a;
        }
    }
  return e;
}

static void
test_figures_kongsvinger (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneKostraFigures) figures = NULL;
  g_autoptr(KommuneKostraFigures) by_number = NULL;
  Expected e = recompute (f->file);
  const char *functions[] = { "202", NULL };
  gint64 noe = 0, ndr;

  figures = kommune_ledger_key_figures (f->ledger, "040200", 2019, &error);
  g_assert_no_error (error);
  g_assert_cmpint (kommune_kostra_figures_get_gross_operating_revenue (figures), ==, e.revenue);
  g_assert_cmpint (kommune_kostra_figures_get_gross_operating_expenses (figures), ==, e.expenses);
  g_assert_cmpint (kommune_kostra_figures_get_gross_operating_result (figures), ==, e.result);
  g_assert_cmpint (kommune_kostra_figures_get_net_financial_result (figures), ==, e.finance);
  g_assert_cmpint (kommune_kostra_figures_get_depreciation_offset (figures), ==, e.offset);
  ndr = e.result + e.finance + e.offset;
  g_assert_cmpint (kommune_kostra_figures_get_net_operating_result (figures), ==, ndr);
  /* Thousandths of a percent, half away from zero. */
  g_assert_cmpint (kommune_kostra_figures_get_net_operating_result_percent (figures), ==,
                   (gint64) (ndr * 100000.0 / e.revenue + (ndr < 0 ? -0.5 : 0.5)));

  noe = kommune_kostra_figures_net_operating_expenses (figures, functions, &error);
  g_assert_no_error (error);
  g_assert_cmpint (noe, ==, e.noe_202);
  noe = kommune_kostra_figures_net_operating_expenses_for_group (figures, "barnehage", &error);
  g_assert_no_error (error);
  g_assert_cmpint (noe, ==, e.noe_barnehage);
  g_assert_cmpint (kommune_kostra_figures_net_operating_expenses_for_group (figures, "no-such", &error), ==, 0);
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);

  g_test_message ("BDI %" G_GINT64_FORMAT " BDU %" G_GINT64_FORMAT " BDR %" G_GINT64_FORMAT
                  " fin %" G_GINT64_FORMAT " NDR %" G_GINT64_FORMAT " pct %" G_GINT64_FORMAT
                  " NDU202 %" G_GINT64_FORMAT " barnehage %" G_GINT64_FORMAT,
                  e.revenue, e.expenses, e.result, e.finance, ndr,
                  kommune_kostra_figures_get_net_operating_result_percent (figures),
                  e.noe_202, e.noe_barnehage);

  /* The four-digit municipality number names the same region. */
  by_number = kommune_ledger_key_figures (f->ledger, "0402", 2019, &error);
  g_assert_no_error (error);
  g_assert_cmpint (kommune_kostra_figures_get_net_operating_result (by_number), ==, ndr);
}

static void
test_figures_errors (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  KommuneKostraFigures *figures;

  figures = kommune_ledger_key_figures (f->ledger, "0403", 2019, &error);
  g_assert_null (figures);
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_MISSING_DATA);
  g_clear_error (&error);
  figures = kommune_ledger_key_figures (f->ledger, "040200", 2020, &error);
  g_assert_null (figures);
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_MISSING_DATA);
  g_clear_error (&error);
  figures = kommune_ledger_key_figures (f->ledger, "04x2", 2019, &error);
  g_assert_null (figures);
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_CODE);
}

static void
test_function_groups (void)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) barnehage = kommune_kostra_function_group_dup_functions ("barnehage", 2019, &error);
  g_auto(GStrv) grunnskole = kommune_kostra_function_group_dup_functions ("grunnskole", 2024, &error);
  const char *expected_b[] = { "201", "211", "221", NULL };
  const char *expected_g[] = { "202", "222", "223", NULL };

  g_assert_no_error (error);
  g_assert_cmpstrv (barnehage, expected_b);
  g_assert_cmpstrv (grunnskole, expected_g);
  g_assert_null (kommune_kostra_function_group_dup_functions ("nothing", 2019, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
}

static void
test_figures_bare (void)
{
  g_autoptr(KommuneKostraFigures) figures = g_object_new (KOMMUNE_TYPE_KOSTRA_FIGURES, NULL);
  const char *functions[] = { "202", NULL };

  g_assert_cmpint (kommune_kostra_figures_net_operating_expenses (figures, functions, NULL), ==, 0);
  g_assert_null (kommune_kostra_figures_get_region (figures));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/Kommune/KostraFigures/kongsvinger", Fixture, NULL,
              fixture_setup, test_figures_kongsvinger, fixture_teardown);
  g_test_add ("/Kommune/KostraFigures/errors", Fixture, NULL,
              fixture_setup, test_figures_errors, fixture_teardown);
  g_test_add_func ("/Kommune/KostraFigures/groups", test_function_groups);
  g_test_add_func ("/Kommune/KostraFigures/bare", test_figures_bare);

  return g_test_run ();
}
