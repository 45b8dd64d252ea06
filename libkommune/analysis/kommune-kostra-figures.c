/* kommune-kostra-figures.c: SSB's key figures of one municipality's
 * operating accounts for a year
 *
 * Apart from the aggregation it runs: the figures are SSB's definitions
 * (data/art-groups.tsv) over the sums of one region and year by function
 * and art, which the object keeps for the net operating expenses of any
 * set of functions.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "kommune-error.h"
#include "kommune-kostra-figures.h"
#include "analysis/kommune-analysis-data-private.h"
#include "analysis/kommune-ledger-filter-private.h"
#include "analysis/kommune-ledger-table-private.h"
#include "core/kommune-i18n-private.h"

/**
 * KommuneKostraFigures:
 *
 * The key figures of one region's operating accounts (account class 1,
 * kasse) for one year, as SSB defines them for the chart of accounts in
 * force from 2020, computed from a [class@Kommune.Ledger] by
 * [method@Kommune.Ledger.key_figures].
 *
 * Amounts are øre with the signs SSB publishes: revenues and expenses
 * positive, a result positive when it is a surplus. The net operating
 * result in percent of gross operating revenue is a decimal (thousandths
 * of a percent point), rounded half away from zero.
 *
 * Since: 0.1
 */

struct _KommuneKostraFigures
{
  GObject             parent_instance;

  char               *region;
  guint               year;
  gint64              gross_operating_revenue;
  gint64              gross_operating_expenses;
  gint64              gross_operating_result;
  gint64              net_financial_result;
  gint64              depreciation_offset;
  gint64              net_operating_result;
  gint64              net_operating_result_percent;
  KommuneLedgerTable *sums;   /* by function and art; NULL when bare */
};

G_DEFINE_FINAL_TYPE (KommuneKostraFigures, kommune_kostra_figures, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_REGION,
  PROP_YEAR,
  PROP_GROSS_OPERATING_REVENUE,
  PROP_GROSS_OPERATING_EXPENSES,
  PROP_GROSS_OPERATING_RESULT,
  PROP_NET_FINANCIAL_RESULT,
  PROP_DEPRECIATION_OFFSET,
  PROP_NET_OPERATING_RESULT,
  PROP_NET_OPERATING_RESULT_PERCENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kommune_kostra_figures_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  KommuneKostraFigures *self = KOMMUNE_KOSTRA_FIGURES (object);

  switch (prop_id)
    {
    case PROP_REGION:
      g_value_set_string (value, self->region);
      break;
    case PROP_YEAR:
      g_value_set_uint (value, self->year);
      break;
    case PROP_GROSS_OPERATING_REVENUE:
      g_value_set_int64 (value, self->gross_operating_revenue);
      break;
    case PROP_GROSS_OPERATING_EXPENSES:
      g_value_set_int64 (value, self->gross_operating_expenses);
      break;
    case PROP_GROSS_OPERATING_RESULT:
      g_value_set_int64 (value, self->gross_operating_result);
      break;
    case PROP_NET_FINANCIAL_RESULT:
      g_value_set_int64 (value, self->net_financial_result);
      break;
    case PROP_DEPRECIATION_OFFSET:
      g_value_set_int64 (value, self->depreciation_offset);
      break;
    case PROP_NET_OPERATING_RESULT:
      g_value_set_int64 (value, self->net_operating_result);
      break;
    case PROP_NET_OPERATING_RESULT_PERCENT:
      g_value_set_int64 (value, self->net_operating_result_percent);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kommune_kostra_figures_finalize (GObject *object)
{
  KommuneKostraFigures *self = KOMMUNE_KOSTRA_FIGURES (object);

  g_free (self->region);
  g_clear_object (&self->sums);

  G_OBJECT_CLASS (kommune_kostra_figures_parent_class)->finalize (object);
}

static GParamSpec *
amount_property (const char *name)
{
  return g_param_spec_int64 (name, NULL, NULL, G_MININT64, G_MAXINT64, 0,
                             G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
}

static void
kommune_kostra_figures_class_init (KommuneKostraFiguresClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = kommune_kostra_figures_get_property;
  object_class->finalize = kommune_kostra_figures_finalize;

  /**
   * KommuneKostraFigures:region:
   *
   * The region as it was asked for (`040200` or `0402`).
   *
   * Since: 0.1
   */
  properties[PROP_REGION] =
    g_param_spec_string ("region", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /**
   * KommuneKostraFigures:year:
   *
   * The accounting year.
   *
   * Since: 0.1
   */
  properties[PROP_YEAR] =
    g_param_spec_uint ("year", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /**
   * KommuneKostraFigures:gross-operating-revenue:
   *
   * Brutto driftsinntekter: arts 600–890 and 920, in øre, positive.
   *
   * Since: 0.1
   */
  properties[PROP_GROSS_OPERATING_REVENUE] = amount_property ("gross-operating-revenue");
  /**
   * KommuneKostraFigures:gross-operating-expenses:
   *
   * Brutto driftsutgifter: arts 010–480 and 590 less 690, 710, 729 and
   * 790, in øre, positive.
   *
   * Since: 0.1
   */
  properties[PROP_GROSS_OPERATING_EXPENSES] = amount_property ("gross-operating-expenses");
  /**
   * KommuneKostraFigures:gross-operating-result:
   *
   * Brutto driftsresultat: arts 600–670, 700–890 and 920 less 010–480,
   * 520 and 590, in øre; positive for a surplus.
   *
   * Since: 0.1
   */
  properties[PROP_GROSS_OPERATING_RESULT] = amount_property ("gross-operating-result");
  /**
   * KommuneKostraFigures:net-financial-result:
   *
   * Resultat eksterne finanstransaksjoner: arts 900, 901, 905, 909 and
   * 921 less 500, 501, 509, 510, 511 and 521, in øre.
   *
   * Since: 0.1
   */
  properties[PROP_NET_FINANCIAL_RESULT] = amount_property ("net-financial-result");
  /**
   * KommuneKostraFigures:depreciation-offset:
   *
   * Motpost avskrivninger: function 860, art 990, in øre.
   *
   * Since: 0.1
   */
  properties[PROP_DEPRECIATION_OFFSET] = amount_property ("depreciation-offset");
  /**
   * KommuneKostraFigures:net-operating-result:
   *
   * Netto driftsresultat: the gross operating result, the net financial
   * result and the depreciation offset, in øre.
   *
   * Since: 0.1
   */
  properties[PROP_NET_OPERATING_RESULT] = amount_property ("net-operating-result");
  /**
   * KommuneKostraFigures:net-operating-result-percent:
   *
   * The net operating result in percent of the gross operating revenue,
   * as a decimal (thousandths: 2.5 % is 2500), rounded half away from
   * zero; 0 without revenue.
   *
   * Since: 0.1
   */
  properties[PROP_NET_OPERATING_RESULT_PERCENT] = amount_property ("net-operating-result-percent");

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kommune_kostra_figures_init (KommuneKostraFigures *self)
{
}

/* The sum over the rows of @sums that @figure admits, times its sign. */
static gboolean
figure_sum (KommuneLedgerTable  *sums,
            const char          *figure,
            guint                year,
            const char * const  *functions,
            gint64              *value,
            GError             **error)
{
  KommuneArtSum *sum = _kommune_art_sum_lookup (figure, year, error);
  gint64 total = 0;

  if (sum == NULL)
    return FALSE;
  if (functions != NULL)
    {
      g_strfreev (sum->functions);
      sum->functions = g_strdupv ((char **) functions);
    }
  for (guint i = 0; sums != NULL && i < sums->n_rows; i++)
    {
      const char *function = sums->codes[0][_kommune_ledger_table_key_id (sums, 0, i)];
      const char *art = sums->codes[1][_kommune_ledger_table_key_id (sums, 1, i)];

      if (_kommune_art_sum_admits (sum, function, _kommune_ledger_art_value (art)) &&
          __builtin_add_overflow (total, sums->amounts[i], &total))
        {
          _kommune_art_sum_free (sum);
          g_set_error_literal (error, KOMMUNE_ERROR, KOMMUNE_ERROR_OVERFLOW,
                               _("A key figure does not fit in 64 bits"));
          return FALSE;
        }
    }
  if (sum->sign < 0)
    total = -total;
  _kommune_art_sum_free (sum);
  *value = total;
  return TRUE;
}

/* 100 × @part / @whole in thousandths, half away from zero. */
static gint64
percent_of (gint64 part,
            gint64 whole)
{
  __int128 n = (__int128) part * 100000;
  __int128 q, r;

  if (whole == 0)
    return 0;
  q = n / whole;
  r = n % whole;
  if (2 * (r < 0 ? -r : r) >= (whole < 0 ? -(__int128) whole : whole))
    q += ((n < 0) != (whole < 0)) ? -1 : 1;
  return (gint64) q;
}

/**
 * kommune_ledger_key_figures:
 * @self: a ledger
 * @region: the region as the file writes it (`040200`) or a four-digit
 *   municipality number (`0402`)
 * @year: the accounting year
 * @error: return location for a #GError
 *
 * SSB's key figures of @region's operating accounts (account class 1,
 * kasse) in @year. Fails with %KOMMUNE_ERROR_INVALID_CODE for a region
 * that is not four or six digits and %KOMMUNE_ERROR_MISSING_DATA when the
 * ledger has no operating line of @region in @year.
 *
 * Returns: (transfer full) (nullable): the figures, or %NULL with @error
 *   set
 *
 * Since: 0.1
 */
KommuneKostraFigures *
kommune_ledger_key_figures (KommuneLedger  *self,
                            const char     *region,
                            guint           year,
                            GError        **error)
{
  static const char * const columns[] = { "function", "art", NULL };
  static const char * const operating[] = { "1", NULL };
  g_autoptr(KommuneKostraFigures) figures = NULL;
  g_autoptr(KommuneLedgerFilter) filter = NULL;
  const char * const regions[] = { region, NULL };
  gsize length;

  g_return_val_if_fail (KOMMUNE_IS_LEDGER (self), NULL);
  g_return_val_if_fail (region != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  length = strlen (region);
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isdigit (region[i]))
      length = 0;
  if (length != 4 && length != 6)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_CODE,
                   _("“%s” is no region: four or six digits"), region);
      return NULL;
    }

  figures = g_object_new (KOMMUNE_TYPE_KOSTRA_FIGURES, NULL);
  figures->region = g_strdup (region);
  figures->year = year;
  filter = kommune_ledger_filter_new ();
  kommune_ledger_filter_set_years (filter, &year, 1);
  kommune_ledger_filter_set_regions (filter, regions);
  kommune_ledger_filter_set_account_classes (filter, operating);
  figures->sums = kommune_ledger_aggregate (self, (const char * const *) columns, filter, error);
  if (figures->sums == NULL)
    return NULL;
  if (figures->sums->n_rows == 0)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_MISSING_DATA,
                   _("The ledger has no operating lines of %s in %u"), region, year);
      return NULL;
    }
  if (!figure_sum (figures->sums, "gross-operating-revenue", year, NULL, &figures->gross_operating_revenue, error) ||
      !figure_sum (figures->sums, "gross-operating-expenses", year, NULL, &figures->gross_operating_expenses, error) ||
      !figure_sum (figures->sums, "gross-operating-result", year, NULL, &figures->gross_operating_result, error) ||
      !figure_sum (figures->sums, "net-financial-result", year, NULL, &figures->net_financial_result, error) ||
      !figure_sum (figures->sums, "depreciation-offset", year, NULL, &figures->depreciation_offset, error))
    return NULL;
  if (__builtin_add_overflow (figures->gross_operating_result, figures->net_financial_result,
                              &figures->net_operating_result) ||
      __builtin_add_overflow (figures->net_operating_result, figures->depreciation_offset,
                              &figures->net_operating_result))
    {
      g_set_error_literal (error, KOMMUNE_ERROR, KOMMUNE_ERROR_OVERFLOW,
                           _("A key figure does not fit in 64 bits"));
      return NULL;
    }
  figures->net_operating_result_percent = percent_of (figures->net_operating_result,
                                                      figures->gross_operating_revenue);
  return g_steal_pointer (&figures);
}

/**
 * kommune_kostra_figures_get_region:
 * @self: figures
 *
 * The region the figures were asked for.
 *
 * Returns: (nullable): the region the figures are of, as asked for
 *
 * Since: 0.1
 */
const char *
kommune_kostra_figures_get_region (KommuneKostraFigures *self)
{
  g_return_val_if_fail (KOMMUNE_IS_KOSTRA_FIGURES (self), NULL);
  return self->region;
}

/**
 * kommune_kostra_figures_get_year:
 * @self: figures
 *
 * The accounting year of the figures.
 *
 * Returns: the accounting year
 *
 * Since: 0.1
 */
guint
kommune_kostra_figures_get_year (KommuneKostraFigures *self)
{
  g_return_val_if_fail (KOMMUNE_IS_KOSTRA_FIGURES (self), 0);
  return self->year;
}

#define GETTER(name, doc) \
  gint64 \
  kommune_kostra_figures_get_##name (KommuneKostraFigures *self) \
  { \
    g_return_val_if_fail (KOMMUNE_IS_KOSTRA_FIGURES (self), 0); \
    return self->name; \
  }

/**
 * kommune_kostra_figures_get_gross_operating_revenue:
 * @self: figures
 *
 * Brutto driftsinntekter.
 *
 * Returns: [property@Kommune.KostraFigures:gross-operating-revenue], in øre
 *
 * Since: 0.1
 */
GETTER (gross_operating_revenue, "")

/**
 * kommune_kostra_figures_get_gross_operating_expenses:
 * @self: figures
 *
 * Brutto driftsutgifter.
 *
 * Returns: [property@Kommune.KostraFigures:gross-operating-expenses], in øre
 *
 * Since: 0.1
 */
GETTER (gross_operating_expenses, "")

/**
 * kommune_kostra_figures_get_gross_operating_result:
 * @self: figures
 *
 * Brutto driftsresultat.
 *
 * Returns: [property@Kommune.KostraFigures:gross-operating-result], in øre
 *
 * Since: 0.1
 */
GETTER (gross_operating_result, "")

/**
 * kommune_kostra_figures_get_net_financial_result:
 * @self: figures
 *
 * Resultat eksterne finanstransaksjoner.
 *
 * Returns: [property@Kommune.KostraFigures:net-financial-result], in øre
 *
 * Since: 0.1
 */
GETTER (net_financial_result, "")

/**
 * kommune_kostra_figures_get_depreciation_offset:
 * @self: figures
 *
 * Motpost avskrivninger.
 *
 * Returns: [property@Kommune.KostraFigures:depreciation-offset], in øre
 *
 * Since: 0.1
 */
GETTER (depreciation_offset, "")

/**
 * kommune_kostra_figures_get_net_operating_result:
 * @self: figures
 *
 * Netto driftsresultat.
 *
 * Returns: [property@Kommune.KostraFigures:net-operating-result], in øre
 *
 * Since: 0.1
 */
GETTER (net_operating_result, "")

/**
 * kommune_kostra_figures_get_net_operating_result_percent:
 * @self: figures
 *
 * Netto driftsresultat in percent of brutto driftsinntekter.
 *
 * Returns: [property@Kommune.KostraFigures:net-operating-result-percent],
 *   a decimal of thousandths
 *
 * Since: 0.1
 */
GETTER (net_operating_result_percent, "")

/**
 * kommune_kostra_figures_net_operating_expenses:
 * @self: figures
 * @functions: (array zero-terminated=1): function codes, such as `202`
 * @error: return location for a #GError
 *
 * Netto driftsutgifter of @functions: arts 010–480 and 590 less
 * 600–780 and 800–895 on those functions, in øre, positive for a net
 * expense. A code that is not a function code (one to three digits)
 * fails with %KOMMUNE_ERROR_INVALID_CODE rather than sum to 0.
 *
 * Returns: the net operating expenses in øre, or 0 with @error set
 *
 * Since: 0.1
 */
gint64
kommune_kostra_figures_net_operating_expenses (KommuneKostraFigures  *self,
                                               const char * const    *functions,
                                               GError               **error)
{
  static const char * const none[] = { NULL };
  gint64 amount = 0;

  g_return_val_if_fail (KOMMUNE_IS_KOSTRA_FIGURES (self), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  /* A code that cannot be a function would silently sum to 0. */
  for (guint i = 0; functions != NULL && functions[i] != NULL; i++)
    {
      gsize length = strlen (functions[i]);
      gboolean digits = length >= 1 && length <= 3;

      for (gsize k = 0; digits && k < length; k++)
        digits = g_ascii_isdigit (functions[i][k]);
      if (!digits)
        {
          g_autofree char *shown = g_utf8_make_valid (functions[i], -1);

          g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_CODE,
                       _("“%s” is not a function code (up to 3 digits)"), shown);
          return 0;
        }
    }

  if (!figure_sum (self->sums, "net-operating-expenses", self->year,
                   functions != NULL ? functions : none, &amount, error))
    return 0;
  return amount;
}

/**
 * kommune_kostra_figures_net_operating_expenses_for_group:
 * @self: figures
 * @group: the name of a function group, such as `barnehage`
 * @error: return location for a #GError
 *
 * Netto driftsutgifter of the functions of @group in the figures' year
 * (see [func@Kommune.kostra_function_group_dup_functions]). Fails with
 * %KOMMUNE_ERROR_INVALID_ARGUMENT for an unknown group.
 *
 * Returns: the net operating expenses in øre, or 0 with @error set
 *
 * Since: 0.1
 */
gint64
kommune_kostra_figures_net_operating_expenses_for_group (KommuneKostraFigures  *self,
                                                         const char            *group,
                                                         GError               **error)
{
  g_auto(GStrv) functions = NULL;

  g_return_val_if_fail (KOMMUNE_IS_KOSTRA_FIGURES (self), 0);
  g_return_val_if_fail (group != NULL, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  functions = _kommune_function_group_lookup (group, self->year, error);
  if (functions == NULL)
    return 0;
  return kommune_kostra_figures_net_operating_expenses (self, (const char * const *) functions,
                                                        error);
}

/**
 * kommune_kostra_function_group_dup_functions:
 * @group: the name of a function group, such as `barnehage`
 * @year: the accounting year
 * @error: return location for a #GError
 *
 * The function codes of @group in @year, from the groups bundled with the
 * library (`barnehage` = 201, 211, 221; `grunnskole` = 202, 222, 223;
 * `administrasjon`, `kultur`, `helse-og-omsorg`, `sosialtjenesten`,
 * `barnevern`, `vann-avløp-renovasjon`), SSB's function hierarchy.
 *
 * Returns: (transfer full) (nullable) (array zero-terminated=1): the
 *   codes, or %NULL with @error set for an unknown group
 *
 * Since: 0.1
 */
GStrv
kommune_kostra_function_group_dup_functions (const char  *group,
                                             guint        year,
                                             GError     **error)
{
  g_return_val_if_fail (group != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return _kommune_function_group_lookup (group, year, error);
}
