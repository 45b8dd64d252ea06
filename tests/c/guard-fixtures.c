/* guard-fixtures.c: one valid instance of every type the public API takes
 *
 * The argument-guard test (generated from the GIR by
 * build-aux/gen-guard-test.py) calls each public function with one
 * argument NULL or out of range and every other argument valid. This
 * table says how to make the valid ones: by type name as the GIR spells
 * it, a function making a new instance and the function freeing it. The
 * generator reads the names of this table, so a type missing here shows
 * up in its list of skipped calls rather than as a crash.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <libkommune.h>

#include "guard-fixtures.h"

static gpointer
new_municipality (void)
{
  return kommune_municipality_new ("0815", "Kragerø", NULL);
}

static gpointer
new_area (void)
{
  return kommune_programme_area_new ("stab", "Stab og støtte", NULL);
}

static gpointer
new_goal (void)
{
  return kommune_goal_new ("k1", "Samfunn", KOMMUNE_GOAL_LEVEL_COMMUNITY, NULL);
}

static gpointer
new_date (void)
{
  return g_date_time_new_utc (2018, 1, 1, 0, 0, 0);
}

static gpointer
new_adjustment (void)
{
  g_autoptr(GDateTime) date = new_date ();

  return kommune_adjustment_new ("kontroll", date, "sak 53/17", KOMMUNE_DOCUMENT_KIND_TERTIAL_1,
                                 "stab", KOMMUNE_BUDGET_TYPE_OPERATING, 2018, 1000, "Kontroll", NULL);
}

static gpointer
new_budget_frame (void)
{
  g_autoptr(KommuneProgrammeArea) area = new_area ();

  return kommune_budget_frame_new (area, 2018, 1000, NULL);
}

static gpointer
new_document (void)
{
  g_autoptr(KommuneMunicipality) municipality = new_municipality ();

  return kommune_document_new (municipality);
}

static gpointer
new_report (void)
{
  g_autoptr(KommuneDocument) document = new_document ();

  return kommune_report_new (document);
}

static gpointer
new_scorecard (void)
{
  g_autoptr(KommuneGoal) goal = new_goal ();

  return kommune_scorecard_new (goal, "2018", NULL);
}

static gpointer
new_ledger (void)
{
  KommuneLedger *ledger = kommune_ledger_new ();

  kommune_ledger_append (ledger, 2019, "040200", "1", "120", "010", 1000, NULL);
  return ledger;
}

static gpointer
new_ledger_table (void)
{
  static const char * const columns[] = { "function", NULL };
  g_autoptr(KommuneLedger) ledger = new_ledger ();

  return kommune_ledger_aggregate (ledger, columns, NULL, NULL);
}

static gpointer
new_ledger_row (void)
{
  g_autoptr(KommuneLedgerTable) table = new_ledger_table ();

  return kommune_ledger_table_get_row (table, 0);
}

static gpointer
new_kostra_figures (void)
{
  g_autoptr(KommuneLedger) ledger = new_ledger ();

  return kommune_ledger_key_figures (ledger, "040200", 2019, NULL);
}

static gpointer
new_accounts_record (void)
{
  return kommune_accounts_record_new ("0A", 2019, 4, "040200", NULL, "", "1", "120", "010", 100000000, NULL);
}

static gpointer
new_validation_report (void)
{
  g_autoptr(KommuneAccountsFile) file = kommune_accounts_file_new ();

  return kommune_accounts_file_validate (file, "0A", "2019", 4, "040200", NULL, NULL);
}

static gpointer
new_validation_entry (void)
{
  g_autoptr(KommuneValidationReport) report = new_validation_report ();
  GListModel *entries = kommune_validation_report_get_entries (report);

  return g_list_model_get_item (entries, 0);
}

static gpointer
new_measurement (void)
{
  return kommune_measurement_new ("2018", 1000, NULL);
}

static gpointer
new_indicator (void)
{
  return kommune_indicator_new ("Netto driftsresultat", KOMMUNE_INDICATOR_UNIT_PERCENT,
                                KOMMUNE_DIRECTION_HIGHER_IS_BETTER, NULL);
}

static gpointer
new_financial_rule (void)
{
  return kommune_financial_rule_new ("Minst 1,75 %", KOMMUNE_FINANCIAL_FIGURE_NET_OPERATING_RESULT,
                                     KOMMUNE_FINANCIAL_FIGURE_GROSS_OPERATING_REVENUE,
                                     KOMMUNE_COMPARISON_GREATER_OR_EQUAL, "1,75", NULL);
}

static gpointer new_accounts_file (void) { return kommune_accounts_file_new (); }
static gpointer new_annual_evaluation (void) { return kommune_annual_evaluation_new (2018, NULL); }
static gpointer new_area_report (void) { return kommune_area_report_new ("stab", NULL); }
static gpointer new_department (void) { return kommune_department_new ("100", "Rådmann", NULL); }
static gpointer new_distribution (void) { return kommune_distribution_new ("kostra-function-group", NULL); }
static gpointer new_distribution_line (void) { return kommune_distribution_line_new ("870", "Renter", 1000, NULL); }
static gpointer
new_economic_plan (void)
{
  KommuneEconomicPlan *plan = kommune_economic_plan_new (2018, NULL);
  g_autoptr(KommuneProgrammeArea) area = new_area ();

  kommune_economic_plan_add_area (plan, area, NULL);
  return plan;
}
static gpointer new_financial_figures (void) { return kommune_financial_figures_new (2018, NULL); }
static gpointer new_investment_project (void) { return kommune_investment_project_new ("15022", "IKT", NULL); }
static gpointer new_key_figure (void) { return kommune_key_figure_new ("Ansatte", "personer", 2018, "33", NULL); }
static gpointer new_measure (void) { return kommune_measure_new (1, "Stram inn", NULL); }
static gpointer new_note (void) { return kommune_note_new ("Merknad", "Tekst", NULL); }
static gpointer new_strategy (void) { return kommune_strategy_new ("Strategi", 2018, 2021, NULL); }
static gpointer new_tertial_report (void) { return kommune_tertial_report_new (2018, KOMMUNE_DOCUMENT_KIND_TERTIAL_1, NULL); }
static gpointer new_verbal_proposal (void) { return kommune_verbal_proposal_new (8, "Legg fram en sak", NULL); }
static gpointer new_workforce_figures (void) { return kommune_workforce_figures_new ("stab", "2018", NULL); }
static gpointer new_ledger_filter (void) { return kommune_ledger_filter_new (); }
static gpointer new_bytes (void) { return g_bytes_new_static ("", 0); }
static gpointer new_cancellable (void) { return g_cancellable_new (); }

static void free_date (gpointer p) { g_date_time_unref (p); }
static void free_bytes (gpointer p) { g_bytes_unref (p); }
static void free_ledger_filter (gpointer p) { kommune_ledger_filter_unref (p); }

typedef struct
{
  const char *name;
  gpointer  (*make) (void);
  void      (*free) (gpointer instance);
} Fixture;

/* One line per type: the generator reads the quoted names. */
static const Fixture fixtures[] = {
  { "AccountsFile", new_accounts_file, g_object_unref },
  { "AccountsRecord", new_accounts_record, g_object_unref },
  { "Adjustment", new_adjustment, g_object_unref },
  { "AnnualEvaluation", new_annual_evaluation, g_object_unref },
  { "AreaReport", new_area_report, g_object_unref },
  { "BudgetFrame", new_budget_frame, g_object_unref },
  { "Department", new_department, g_object_unref },
  { "Distribution", new_distribution, g_object_unref },
  { "DistributionLine", new_distribution_line, g_object_unref },
  { "Document", new_document, g_object_unref },
  { "EconomicPlan", new_economic_plan, g_object_unref },
  { "FinancialFigures", new_financial_figures, g_object_unref },
  { "FinancialRule", new_financial_rule, g_object_unref },
  { "Goal", new_goal, g_object_unref },
  { "Indicator", new_indicator, g_object_unref },
  { "InvestmentProject", new_investment_project, g_object_unref },
  { "KeyFigure", new_key_figure, g_object_unref },
  { "KostraFigures", new_kostra_figures, g_object_unref },
  { "Ledger", new_ledger, g_object_unref },
  { "LedgerFilter", new_ledger_filter, free_ledger_filter },
  { "LedgerRow", new_ledger_row, g_object_unref },
  { "LedgerTable", new_ledger_table, g_object_unref },
  { "Measure", new_measure, g_object_unref },
  { "Measurement", new_measurement, g_object_unref },
  { "Municipality", new_municipality, g_object_unref },
  { "Note", new_note, g_object_unref },
  { "ProgrammeArea", new_area, g_object_unref },
  { "Report", new_report, g_object_unref },
  { "Scorecard", new_scorecard, g_object_unref },
  { "Strategy", new_strategy, g_object_unref },
  { "TertialReport", new_tertial_report, g_object_unref },
  { "ValidationEntry", new_validation_entry, g_object_unref },
  { "ValidationReport", new_validation_report, g_object_unref },
  { "VerbalProposal", new_verbal_proposal, g_object_unref },
  { "WorkforceFigures", new_workforce_figures, g_object_unref },
  { "GLib.Bytes", new_bytes, free_bytes },
  { "GLib.DateTime", new_date, free_date },
  { "Gio.Cancellable", new_cancellable, g_object_unref },
};

static const Fixture *
find (const char *name)
{
  for (gsize i = 0; i < G_N_ELEMENTS (fixtures); i++)
    if (g_str_equal (fixtures[i].name, name))
      return &fixtures[i];
  g_error ("no fixture for %s", name);
  return NULL;
}

gpointer
guard_fixture_new (const char *name)
{
  gpointer instance = find (name)->make ();

  if (instance == NULL)
    g_error ("the fixture for %s made nothing", name);
  return instance;
}

void
guard_fixture_free (const char *name,
                    gpointer    instance)
{
  if (instance != NULL)
    find (name)->free (instance);
}

void
guard_async_ready_noop (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
}

void
guard_file_progress_noop (goffset  current,
                          goffset  total,
                          gpointer user_data)
{
}
