/* kommune-document-check.c: the invariants of a KommuneDocument, checked
 * the same way before a save and after a load
 *
 * Every problem is reported with the JSON path the offending value has in
 * the saved file, so a message reads the same whether it comes from
 * kommune_document_check(), a refused save or a refused load.
 *
 * The invariants look at the objects only; they never read or write
 * text. The round trip that kommune_document_check() and a save add on
 * top (what would be written must load back the same) is in
 * kommune-document-format.c, which calls this file.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "kommune-adjustment.h"
#include "core/kommune-amount-private.h"
#include "kommune-annual-evaluation.h"
#include "kommune-area-report.h"
#include "kommune-budget-frame.h"
#include "kommune-distribution-line.h"
#include "kommune-distribution.h"
#include "document/kommune-document-private.h"
#include "document/kommune-document-steering-private.h"
#include "model/kommune-economic-plan-private.h"
#include "kommune-economic-plan.h"
#include "kommune-error.h"
#include "kommune-financial-rule.h"
#include "kommune-goal.h"
#include "kommune-investment-project.h"
#include "kommune-municipality.h"
#include "kommune-programme-area.h"
#include "kommune-tertial-report.h"
#include "kommune-strategy.h"
#include "core/kommune-i18n-private.h"

static gboolean fail (GError **error, int code, const char *format, ...) G_GNUC_PRINTF (3, 4);

static gboolean
fail (GError     **error,
      int          code,
      const char  *format,
      ...)
{
  va_list args;

  va_start (args, format);
  g_propagate_error (error, g_error_new_valist (KOMMUNE_ERROR, code, format, args));
  va_end (args);
  return FALSE;
}

static gboolean
check_area (KommuneMunicipality  *areas,
            const char           *code,
            const char           *path,
            GError              **error)
{
  if (code != NULL && kommune_municipality_find_area (areas, code) != NULL)
    return TRUE;
  return fail (error, KOMMUNE_ERROR_UNKNOWN_AREA,
               _("%s: the municipality has no programme area “%s”"), path, code != NULL ? code : "");
}

/* The lines of an adjustment name areas: the first its area, the second
 * (of a transfer) its receiving area, the rest its extra lines. */
static gboolean
check_adjustment_areas (KommuneMunicipality  *areas,
                        KommuneAdjustment    *adjustment,
                        const char           *path,
                        GError              **error)
{
  GListModel *lines = G_LIST_MODEL (kommune_adjustment_get_lines (adjustment));
  guint first_extra = kommune_adjustment_is_transfer (adjustment) ? 2 : 1;

  for (guint i = 0; i < g_list_model_get_n_items (lines); i++)
    {
      g_autoptr(KommuneDistributionLine) line = g_list_model_get_item (lines, i);
      g_autofree char *where = NULL;

      if (i == 0)
        where = g_strdup_printf ("%s.area", path);
      else if (i < first_extra)
        where = g_strdup_printf ("%s.to_area", path);
      else
        where = g_strdup_printf ("%s.extra_lines[%u].area", path, i - first_extra);
      if (!check_area (areas, kommune_distribution_line_get_key (line), where, error))
        return FALSE;
    }
  return TRUE;
}

/* The running frame totals, as a load adds the adjustments one by one:
 * each line must fit on the frame as it stands after every adjustment
 * before it. The plan's frame key → gint64. */
typedef struct
{
  KommuneEconomicPlan *plan;
  GHashTable          *totals;
} Running;

static gint64 *
running_total (Running    *running,
               const char *code,
               guint       year,
               int         budget_type)
{
  g_autofree char *key = _kommune_economic_plan_frame_key (code, year, (KommuneBudgetType) budget_type);
  gint64 *total = g_hash_table_lookup (running->totals, key);

  if (total == NULL)
    {
      KommuneBudgetFrame *frame =
        kommune_economic_plan_get_budget_frame (running->plan, code, year, (KommuneBudgetType) budget_type);

      total = g_new0 (gint64, 1);
      *total = frame != NULL ? kommune_budget_frame_get_amount (frame) : 0;
      g_hash_table_insert (running->totals, g_steal_pointer (&key), total);
    }
  return total;
}

/* With @apply FALSE, checks that each line fits on the totals without
 * changing them (an adopted report's proposals are each checked alone
 * first); with @apply TRUE, adds them. */
static gboolean
run_adjustment (Running            *running,
                KommuneAdjustment  *adjustment,
                gboolean            apply,
                const char         *path,
                const char         *together,
                GError            **error)
{
  GListModel *lines = G_LIST_MODEL (kommune_adjustment_get_lines (adjustment));

  for (guint i = 0; i < g_list_model_get_n_items (lines); i++)
    {
      g_autoptr(KommuneDistributionLine) line = g_list_model_get_item (lines, i);
      const char *code = kommune_distribution_line_get_key (line);
      gint64 *total;
      gint64 sum;

      /* A rolled plan keeps the adjustments of the years it has left; their
       * frames are gone, and a load does not add them onto any. */
      if (!kommune_economic_plan_covers_year (running->plan, kommune_adjustment_get_year (adjustment)))
        continue;
      total = running_total (running, code, kommune_adjustment_get_year (adjustment),
                                     (int) kommune_adjustment_get_budget_type (adjustment));

      if (!_kommune_checked_add (*total, kommune_distribution_line_get_amount (line), &sum))
        return fail (error, KOMMUNE_ERROR_OVERFLOW,
                     _("%s: adjustment “%s” would overflow the frame of area “%s”%s"),
                     path, kommune_adjustment_get_id (adjustment), code, together);
      if (apply)
        *total = sum;
    }
  return TRUE;
}

static gboolean
is_adopted_proposal (GHashTable        *adopted,
                     KommuneAdjustment *adjustment)
{
  return g_hash_table_contains (adopted, adjustment);
}

/* Every total the plan gives, per year and per area, fits in 64 bits. */
static gboolean
check_plan_totals (KommuneEconomicPlan  *plan,
                   GError              **error)
{
  GListModel *areas = kommune_economic_plan_get_areas (plan);
  guint first = kommune_economic_plan_get_first_year (plan);
  GError *local_error = NULL;

  for (int type = KOMMUNE_BUDGET_TYPE_OPERATING; type <= KOMMUNE_BUDGET_TYPE_INVESTMENT; type++)
    {
      for (guint year = first; year <= kommune_economic_plan_get_last_year (plan); year++)
        {
          kommune_economic_plan_get_total (plan, year, (KommuneBudgetType) type, NULL, &local_error);
          if (local_error != NULL)
            {
              g_propagate_prefixed_error (error, local_error, "$.plan.frames: ");
              return FALSE;
            }
        }
      for (guint i = 0; i < g_list_model_get_n_items (areas); i++)
        {
          g_autoptr(KommuneProgrammeArea) area = g_list_model_get_item (areas, i);

          kommune_economic_plan_get_area_total (plan, kommune_programme_area_get_code (area),
                                                (KommuneBudgetType) type, NULL, &local_error);
          if (local_error != NULL)
            {
              g_propagate_prefixed_error (error, local_error, "$.plan.frames: ");
              return FALSE;
            }
        }
    }
  return TRUE;
}

static gboolean
check_plan (KommuneDocument  *self,
            KommuneMunicipality *areas,
            GHashTable       *adopted,
            GError          **error)
{
  KommuneEconomicPlan *plan = self->plan;
  g_autoptr(GListModel) frames = NULL;
  g_autoptr(GHashTable) totals = NULL;
  g_autoptr(GHashTable) reported = NULL;
  g_autoptr(GHashTable) places = NULL;   /* report → its index */
  GListModel *log;
  Running running;
  guint own = 0;

  if (plan == NULL)
    return TRUE;

  frames = kommune_economic_plan_list_budget_frames (plan);
  for (guint i = 0; i < g_list_model_get_n_items (frames); i++)
    {
      g_autoptr(KommuneBudgetFrame) frame = g_list_model_get_item (frames, i);
      g_autofree char *path = g_strdup_printf ("$.plan.frames[%u].area", i);

      if (!check_area (areas, kommune_programme_area_get_code (kommune_budget_frame_get_area (frame)),
                       path, error))
        return FALSE;
    }

  /* The file names the plan's areas by code, and a load takes the
   * municipality's: a plan area of its own would come back as another. */
  for (guint i = 0; i < g_list_model_get_n_items (kommune_economic_plan_get_areas (plan)); i++)
    {
      g_autoptr(KommuneProgrammeArea) area = g_list_model_get_item (kommune_economic_plan_get_areas (plan), i);
      const char *code = kommune_programme_area_get_code (area);
      KommuneProgrammeArea *known = kommune_municipality_find_area (areas, code);

      if (!check_area (areas, code, "$.plan.areas", error))
        return FALSE;
      if (known != area)
        return fail (error, KOMMUNE_ERROR_INVALID_DOCUMENT,
                     _("$.plan.areas: the plan's area “%s” (%s) is another object than the municipality's "
                     "area “%s” (%s): the file keeps only the municipality's, its name and departments"),
                     code, kommune_programme_area_get_name (area), code, kommune_programme_area_get_name (known));
    }

  /* The log as a load rebuilds it: the plan's own adjustments one by one,
   * each adopted report's proposals all or none at the place of the first
   * — each alone on the frames before it, then together. */
  totals = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  reported = g_hash_table_new (NULL, NULL);
  places = g_hash_table_new (NULL, NULL);
  for (guint r = 0; r < _kommune_list_get_n_items (self->tertial_reports); r++)
    g_hash_table_insert (places, _kommune_list_get (self->tertial_reports, r), GUINT_TO_POINTER (r));
  running.plan = plan;
  running.totals = totals;
  log = kommune_economic_plan_get_adjustments (plan);
  for (guint i = 0; i < g_list_model_get_n_items (log); i++)
    {
      g_autoptr(KommuneAdjustment) adjustment = g_list_model_get_item (log, i);
      g_autofree char *path = NULL;
      KommuneTertialReport *report;
      GListModel *proposals;

      if (!is_adopted_proposal (adopted, adjustment))
        {
          path = g_strdup_printf ("$.plan.adjustments[%u]", own++);
          if (!check_adjustment_areas (areas, adjustment, path, error) ||
              !run_adjustment (&running, adjustment, TRUE, path, "", error))
            return FALSE;
          continue;
        }

      report = g_hash_table_lookup (adopted, adjustment);
      if (g_hash_table_contains (reported, report))
        continue;
      g_hash_table_add (reported, report);
      proposals = kommune_tertial_report_get_proposals (report);
      path = g_strdup_printf ("$.tertial_reports[%u]", GPOINTER_TO_UINT (g_hash_table_lookup (places, report)));
      for (int apply = FALSE; apply <= TRUE; apply++)
        for (guint p = 0; p < g_list_model_get_n_items (proposals); p++)
          {
            g_autoptr(KommuneAdjustment) proposal = g_list_model_get_item (proposals, p);

            if (!run_adjustment (&running, proposal, apply, path,
                                 apply ? _(" together with the adjustments before it") : "", error))
              return FALSE;
          }
    }
  return check_plan_totals (plan, error);
}

/* Each adopted report's proposals are the very adjustments in the
 * document's plan (the file keeps them once, with the report). */
static gboolean
check_reports (KommuneDocument  *self,
               KommuneMunicipality *areas,
               GError          **error)
{
  guint n = _kommune_list_get_n_items (self->tertial_reports);

  for (guint r = 0; r < n; r++)
    {
      KommuneTertialReport *report = _kommune_list_get (self->tertial_reports, r);
      GListModel *area_reports = kommune_tertial_report_get_area_reports (report);
      GListModel *proposals = kommune_tertial_report_get_proposals (report);

      for (guint a = 0; a < g_list_model_get_n_items (area_reports); a++)
        {
          g_autoptr(KommuneAreaReport) area_report = g_list_model_get_item (area_reports, a);
          g_autofree char *path = g_strdup_printf ("$.tertial_reports[%u].areas[%u].area", r, a);

          if (!check_area (areas, kommune_area_report_get_area_code (area_report), path, error))
            return FALSE;
        }

      if (kommune_tertial_report_get_adopted (report) == NULL)
        continue;
      if (self->plan == NULL)
        return fail (error, KOMMUNE_ERROR_INVALID_DOCUMENT,
                     _("$.tertial_reports[%u]: an adopted report needs the document's plan for its proposals"), r);
      if (kommune_tertial_report_get_plan (report) != self->plan)
        return fail (error, KOMMUNE_ERROR_INVALID_DOCUMENT,
                     _("$.tertial_reports[%u]: the report was adopted into another plan than the document's"), r);

      for (guint p = 0; p < g_list_model_get_n_items (proposals); p++)
        {
          g_autoptr(KommuneAdjustment) proposal = g_list_model_get_item (proposals, p);
          const char *id = kommune_adjustment_get_id (proposal);
          KommuneAdjustment *logged = kommune_economic_plan_find_adjustment (self->plan, id);
          g_autofree char *path = g_strdup_printf ("$.tertial_reports[%u].proposals[%u]", r, p);

          if (logged == NULL)
            return fail (error, KOMMUNE_ERROR_INVALID_DOCUMENT,
                         _("%s: adjustment “%s” of the adopted report is not in the document's plan"), path, id);
          if (logged != proposal)
            return fail (error, KOMMUNE_ERROR_DUPLICATE,
                         _("%s: the plan's log has another adjustment “%s”: an adjustment of the plan "
                         "and a proposal of an adopted report share the id"), path, id);
          if (!check_adjustment_areas (areas, proposal, path, error))
            return FALSE;
        }
    }
  return TRUE;
}

static gboolean
check_projects_and_evaluations (KommuneDocument  *self,
                                KommuneMunicipality *areas,
                                GError          **error)
{
  for (guint i = 0; i < _kommune_list_get_n_items (self->investment_projects); i++)
    {
      KommuneInvestmentProject *project = _kommune_list_get (self->investment_projects, i);
      const char *code = kommune_investment_project_get_area_code (project);
      g_autofree char *path = g_strdup_printf ("$.investment_projects[%u].area", i);
      GError *local_error = NULL;

      if (code != NULL && !check_area (areas, code, path, error))
        return FALSE;
      kommune_investment_project_get_total (project, &local_error);
      if (local_error != NULL)
        {
          g_propagate_prefixed_error (error, local_error, "$.investment_projects[%u].amounts: ", i);
          return FALSE;
        }
    }

  for (guint i = 0; i < _kommune_list_get_n_items (self->annual_evaluations); i++)
    {
      g_auto(GStrv) codes =
        kommune_annual_evaluation_list_area_codes (_kommune_list_get (self->annual_evaluations, i));

      for (guint t = 0; codes[t] != NULL; t++)
        {
          g_autofree char *path = g_strdup_printf ("$.annual_evaluations[%u].area_texts[%u].area", i, t);

          if (!check_area (areas, codes[t], path, error))
            return FALSE;
        }
    }
  return TRUE;
}

/* Goal ids are unique across every tree; a tree's own uniqueness is the
 * goal's business. */
static gboolean
check_goals (KommuneDocument  *self,
             GError          **error)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < _kommune_list_get_n_items (self->goals); i++)
    {
      g_autoptr(GPtrArray) tree = _kommune_document_list_tree (_kommune_list_get (self->goals, i));

      for (guint g = 0; g < tree->len; g++)
        {
          const char *id = kommune_goal_get_id (g_ptr_array_index (tree, g));

          if (id != NULL && !g_hash_table_add (ids, (gpointer) id))
            return fail (error, KOMMUNE_ERROR_DUPLICATE,
                         _("$.goals[%u]: goal “%s” already exists in the document"), i, id);
        }
    }
  /* A strategy's focus areas are trees of the document's goals too. */
  for (guint i = 0; i < _kommune_list_get_n_items (self->strategies); i++)
    {
      GListModel *focus_areas = kommune_strategy_get_focus_areas (_kommune_list_get (self->strategies, i));

      for (guint f = 0; f < g_list_model_get_n_items (focus_areas); f++)
        {
          g_autoptr(KommuneGoal) focus_area = g_list_model_get_item (focus_areas, f);
          g_autoptr(GPtrArray) tree = _kommune_document_list_tree (focus_area);

          for (guint g = 0; g < tree->len; g++)
            {
              const char *id = kommune_goal_get_id (g_ptr_array_index (tree, g));

              if (id != NULL && !g_hash_table_add (ids, (gpointer) id))
                return fail (error, KOMMUNE_ERROR_DUPLICATE,
                             _("$.strategies[%u].focus_areas[%u]: goal “%s” already exists in the document"),
                             i, f, id);
            }
        }
    }
  return TRUE;
}

/* A load resolves a rule's condition by name among the rules before it;
 * a rule kept as a condition only must be some rule's condition. */
static gboolean
check_rules (KommuneDocument  *self,
             GError          **error)
{
  g_autoptr(GHashTable) before = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) conditions = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < _kommune_list_get_n_items (self->financial_rules); i++)
    {
      KommuneFinancialRule *rule = _kommune_list_get (self->financial_rules, i);
      KommuneFinancialRule *condition = kommune_financial_rule_get_until (rule);
      const char *name = kommune_financial_rule_get_name (rule);

      if (name == NULL)
        name = "";
      if (g_hash_table_contains (before, name))
        return fail (error, KOMMUNE_ERROR_DUPLICATE,
                     _("$.financial_rules[%u]: a second rule named “%s”"), i, name);
      if (condition != NULL)
        {
          const char *until = kommune_financial_rule_get_name (condition);

          if (until == NULL || g_hash_table_lookup (before, until) != condition)
            return fail (error, KOMMUNE_ERROR_INVALID_DOCUMENT,
                         _("$.financial_rules[%u]: “until” names “%s”, which is not a rule listed before this one"),
                         i, until != NULL ? until : "");
        }
      g_hash_table_insert (before, (gpointer) name, rule);
      if (condition != NULL)
        g_hash_table_add (conditions, condition);
    }

  for (guint i = 0; i < _kommune_list_get_n_items (self->financial_rules); i++)
    {
      KommuneFinancialRule *rule = _kommune_list_get (self->financial_rules, i);

      if (kommune_financial_rule_get_condition_only (rule) && !g_hash_table_contains (conditions, rule))
        return fail (error, KOMMUNE_ERROR_INVALID_DOCUMENT,
                     _("$.financial_rules[%u]: rule “%s” is kept as a condition only, but no rule has it as its condition"),
                     i, kommune_financial_rule_get_name (rule));
    }
  return TRUE;
}

GHashTable *
_kommune_document_adopted_proposals (KommuneDocument *self)
{
  GHashTable *adopted = g_hash_table_new (NULL, NULL);

  for (guint r = 0; r < _kommune_list_get_n_items (self->tertial_reports); r++)
    {
      KommuneTertialReport *report = _kommune_list_get (self->tertial_reports, r);
      GListModel *proposals = kommune_tertial_report_get_proposals (report);

      if (kommune_tertial_report_get_adopted (report) == NULL)
        continue;
      for (guint p = 0; p < g_list_model_get_n_items (proposals); p++)
        {
          g_autoptr(KommuneAdjustment) proposal = g_list_model_get_item (proposals, p);

          g_hash_table_insert (adopted, proposal, report);   /* the report keeps it alive */
        }
    }
  return adopted;
}

gboolean
_kommune_document_check_invariants (KommuneDocument  *self,
                                    GError          **error)
{
  g_autoptr(GHashTable) adopted = NULL;
  KommuneMunicipality *areas;

  g_return_val_if_fail (KOMMUNE_IS_DOCUMENT (self), FALSE);

  if (self->municipality == NULL)
    return fail (error, KOMMUNE_ERROR_INVALID_DOCUMENT,
                 _("$.municipality: the document has no municipality"));

  areas = self->municipality;
  adopted = _kommune_document_adopted_proposals (self);
  return check_plan (self, areas, adopted, error) &&
         check_reports (self, areas, error) &&
         check_projects_and_evaluations (self, areas, error) &&
         _kommune_document_check_steering (self, error) &&
         check_goals (self, error) &&
         check_rules (self, error);
}
