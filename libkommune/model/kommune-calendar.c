/* kommune-calendar.c: the steering calendar (årshjul)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "core/kommune-enum-private.h"
#include "kommune-calendar.h"
#include "kommune-enums.h"
#include "kommune-error.h"
#include "core/kommune-i18n-private.h"

/* The steering year as Drammen kommune describes it (“Styringsdokumentene
 * i Drammen kommune”): the council's guidance and the first tertial report
 * in June, the second tertial report in October/November, the chief
 * executive's proposal for the plan in November with adoption in December,
 * and the annual evaluation in May of the following year. */
typedef struct
{
  KommuneDocumentKind  kind;
  int                  rank;            /* order within one budget year */
  guint                proposal_month;
  guint                adoption_month;
} DocumentInfo;

static const DocumentInfo documents[] = {
  { KOMMUNE_DOCUMENT_KIND_ECONOMIC_PLAN, 0, 11, 12 },
  { KOMMUNE_DOCUMENT_KIND_TERTIAL_1, 1, 6, 6 },
  { KOMMUNE_DOCUMENT_KIND_TERTIAL_2, 3, 10, 11 },
  { KOMMUNE_DOCUMENT_KIND_ANNUAL_EVALUATION, 4, 5, 5 },
  { KOMMUNE_DOCUMENT_KIND_COUNCIL_GUIDANCE, 2, 6, 6 },
};

static const DocumentInfo *
info_for (KommuneDocumentKind kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (documents); i++)
    if (documents[i].kind == kind)
      return &documents[i];
  return NULL;
}

/**
 * kommune_calendar_document_rank:
 * @document: a document kind
 *
 * Gets the place of a document in the steering of one budget year: the
 * economic plan (0), the first tertial report (1), the council's guidance
 * (2), the second tertial report (3) and the annual evaluation (4).
 * [method@Kommune.EconomicPlan.get_frame_amount_after] uses this order.
 *
 * Returns: the rank, or -1 for an unknown kind
 *
 * Since: 0.1
 */
int
kommune_calendar_document_rank (KommuneDocumentKind document)
{
  const DocumentInfo *info = info_for (document);

  return info ? info->rank : -1;
}

/**
 * kommune_calendar_proposal_month:
 * @document: a document kind
 *
 * Gets the month (1–12) in which the document is usually proposed. The
 * economic plan is proposed in November, the second tertial report in
 * October, the annual evaluation in May, the others in June.
 *
 * Returns: the month, or 0 for an unknown kind
 *
 * Since: 0.1
 */
guint
kommune_calendar_proposal_month (KommuneDocumentKind document)
{
  const DocumentInfo *info = info_for (document);

  return info ? info->proposal_month : 0;
}

/**
 * kommune_calendar_adoption_month:
 * @document: a document kind
 *
 * Gets the month (1–12) in which the council usually adopts the document:
 * December for the economic plan, June for the first tertial report and
 * the council's guidance, November for the second tertial report and May
 * (of the following year) for the annual evaluation.
 *
 * Returns: the month, or 0 for an unknown kind
 *
 * Since: 0.1
 */
guint
kommune_calendar_adoption_month (KommuneDocumentKind document)
{
  const DocumentInfo *info = info_for (document);

  return info ? info->adoption_month : 0;
}

/**
 * kommune_calendar_next:
 * @date: a date
 *
 * Tells which steering document the council is due to adopt next: the
 * first document whose adoption month is the month of @date or later,
 * wrapping round to May's annual evaluation after December. Within June,
 * the first tertial report comes before the council's guidance.
 *
 * Returns: the document due next
 *
 * Since: 0.1
 */
KommuneDocumentKind
kommune_calendar_next (GDateTime *date)
{
  const DocumentInfo *best = NULL;
  guint month;

  g_return_val_if_fail (date != NULL, KOMMUNE_DOCUMENT_KIND_ECONOMIC_PLAN);

  month = (guint) g_date_time_get_month (date);
  for (guint pass = 0; pass < 2 && best == NULL; pass++)
    for (guint i = 0; i < G_N_ELEMENTS (documents); i++)
      {
        const DocumentInfo *d = &documents[i];

        /* The second pass wraps round into the next calendar year. */
        if (pass == 0 && d->adoption_month < month)
          continue;
        if (best == NULL || d->adoption_month < best->adoption_month ||
            (d->adoption_month == best->adoption_month && d->rank < best->rank))
          best = d;
      }
  return best->kind;
}

/**
 * kommune_calendar_dup_period:
 * @document: a document kind that reports on a period
 * @year: the budget year
 * @start: (out) (transfer full) (optional): the first day of the period
 * @end: (out) (transfer full) (optional): the last day of the period
 * @error: return location for a #GError
 *
 * Gets the period a document covers, as whole days at UTC midnight. A
 * tertial report covers the year so far: January–April for the first,
 * January–August for the second. The economic plan's annual budget and
 * the annual evaluation cover the whole year. The council's guidance
 * covers no period and fails with %KOMMUNE_ERROR_INVALID_PERIOD, as do a
 * value that is not a [enum@Kommune.DocumentKind] and a year outside
 * 1–9999.
 *
 * Returns: (skip): %TRUE if @document covers a period
 *
 * Since: 0.1
 */
gboolean
kommune_calendar_dup_period (KommuneDocumentKind   document,
                             guint                 year,
                             GDateTime           **start,
                             GDateTime           **end,
                             GError              **error)
{
  int last_month;
  int last_day;

  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (year < 1 || year > 9999)
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_PERIOD,
                   _("%u is not a year from 1 to 9999"), year);
      return FALSE;
    }

  switch (document)
    {
    case KOMMUNE_DOCUMENT_KIND_TERTIAL_1:
      last_month = 4;
      break;
    case KOMMUNE_DOCUMENT_KIND_TERTIAL_2:
      last_month = 8;
      break;
    case KOMMUNE_DOCUMENT_KIND_ECONOMIC_PLAN:
    case KOMMUNE_DOCUMENT_KIND_ANNUAL_EVALUATION:
      last_month = 12;
      break;
    case KOMMUNE_DOCUMENT_KIND_COUNCIL_GUIDANCE:
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_PERIOD,
                   _("the %s does not report on a period"),
                   kommune_document_kind_to_string (document));
      return FALSE;
    default:
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_PERIOD,
                   _("%d is not a document kind"), (int) document);
      return FALSE;
    }

  last_day = g_date_get_days_in_month ((GDateMonth) last_month, (GDateYear) year);
  if (start != NULL)
    *start = g_date_time_new_utc ((int) year, 1, 1, 0, 0, 0);
  if (end != NULL)
    *end = g_date_time_new_utc ((int) year, last_month, last_day, 0, 0, 0);
  return TRUE;
}

/**
 * kommune_document_kind_to_string:
 * @document: a document kind
 *
 * Gets the name used for the kind in documents: `economic-plan`,
 * `tertial-1`, `tertial-2`, `annual-evaluation` or `council-guidance`.
 *
 * Returns: (nullable): the name, or %NULL for an unknown kind
 *
 * Since: 0.1
 */
const char *
kommune_document_kind_to_string (KommuneDocumentKind document)
{
  return _kommune_enum_nick (KOMMUNE_TYPE_DOCUMENT_KIND, (int) document);
}

/**
 * kommune_budget_type_to_string:
 * @budget_type: a budget type
 *
 * Gets the name used for the budget type in documents: `operating` or
 * `investment`.
 *
 * Returns: (nullable): the name, or %NULL for an unknown type
 *
 * Since: 0.1
 */
const char *
kommune_budget_type_to_string (KommuneBudgetType budget_type)
{
  return _kommune_enum_nick (KOMMUNE_TYPE_BUDGET_TYPE, (int) budget_type);
}
