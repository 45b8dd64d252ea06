/* kommune-types.h: forward declarations of the libkommune types
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(KOMMUNE_INSIDE) && !defined(KOMMUNE_COMPILATION)
# error "Only <libkommune.h> can be included directly."
#endif

#include <glib-object.h>

#include "kommune-version-macros.h"

G_BEGIN_DECLS

typedef struct _KommuneAdjustment        KommuneAdjustment;
typedef struct _KommuneAnnualEvaluation  KommuneAnnualEvaluation;
typedef struct _KommuneAreaReport        KommuneAreaReport;
typedef struct _KommuneBudgetFrame       KommuneBudgetFrame;
typedef struct _KommuneDepartment        KommuneDepartment;
typedef struct _KommuneDistribution      KommuneDistribution;
typedef struct _KommuneDistributionLine  KommuneDistributionLine;
typedef struct _KommuneDocument          KommuneDocument;
typedef struct _KommuneEconomicPlan      KommuneEconomicPlan;
typedef struct _KommuneInvestmentProject KommuneInvestmentProject;
typedef struct _KommuneKeyFigure         KommuneKeyFigure;
typedef struct _KommuneMunicipality      KommuneMunicipality;
typedef struct _KommuneNote              KommuneNote;
typedef struct _KommuneProgrammeArea     KommuneProgrammeArea;
typedef struct _KommuneTertialReport     KommuneTertialReport;
typedef struct _KommuneVerbalProposal    KommuneVerbalProposal;

/**
 * KommuneBudgetType:
 * @KOMMUNE_BUDGET_TYPE_OPERATING: the operating budget (driftsbudsjett)
 * @KOMMUNE_BUDGET_TYPE_INVESTMENT: the investment budget (investeringsbudsjett)
 *
 * The two budgets a municipality always keeps apart.
 *
 * Since: 0.1
 */
typedef enum
{
  KOMMUNE_BUDGET_TYPE_OPERATING,
  KOMMUNE_BUDGET_TYPE_INVESTMENT,
} KommuneBudgetType;

/**
 * KommuneDocumentKind:
 * @KOMMUNE_DOCUMENT_KIND_ECONOMIC_PLAN: the action and economic plan
 *   (handlings- og økonomiplan) with the annual budget, adopted in December
 * @KOMMUNE_DOCUMENT_KIND_TERTIAL_1: the first tertial report (January–April),
 *   adopted in June
 * @KOMMUNE_DOCUMENT_KIND_TERTIAL_2: the second tertial report
 *   (January–August), adopted in October or November
 * @KOMMUNE_DOCUMENT_KIND_ANNUAL_EVALUATION: the annual evaluation
 *   (årsevaluering), adopted in May of the following year
 * @KOMMUNE_DOCUMENT_KIND_COUNCIL_GUIDANCE: the council's guidance for the
 *   next plan (kommunestyrets føringer), adopted in June
 *
 * The steering documents of the municipal year.
 *
 * Since: 0.1
 */
typedef enum
{
  KOMMUNE_DOCUMENT_KIND_ECONOMIC_PLAN,
  KOMMUNE_DOCUMENT_KIND_TERTIAL_1,
  KOMMUNE_DOCUMENT_KIND_TERTIAL_2,
  KOMMUNE_DOCUMENT_KIND_ANNUAL_EVALUATION,
  KOMMUNE_DOCUMENT_KIND_COUNCIL_GUIDANCE,
} KommuneDocumentKind;

/**
 * KommuneDeviation:
 * @KOMMUNE_DEVIATION_NONE: spending is on budget
 * @KOMMUNE_DEVIATION_OVERSPEND: more is spent than the frame allows
 *   (merforbruk)
 * @KOMMUNE_DEVIATION_UNDERSPEND: less is spent than the frame allows
 *   (mindreforbruk)
 *
 * The direction of a deviation from an expense frame.
 *
 * Since: 0.1
 */
typedef enum
{
  KOMMUNE_DEVIATION_NONE,
  KOMMUNE_DEVIATION_OVERSPEND,
  KOMMUNE_DEVIATION_UNDERSPEND,
} KommuneDeviation;

/**
 * KommuneEvaluationFigure:
 * @KOMMUNE_EVALUATION_FIGURE_NET_OPERATING_RESULT: net operating result
 *   (netto driftsresultat)
 * @KOMMUNE_EVALUATION_FIGURE_GROSS_OPERATING_REVENUE: gross operating
 *   revenue (brutto driftsinntekter)
 * @KOMMUNE_EVALUATION_FIGURE_RESULT_VS_ORIGINAL_BUDGET: the result minus
 *   the result in the original budget; positive is better
 * @KOMMUNE_EVALUATION_FIGURE_RESULT_VS_REVISED_BUDGET: the result minus
 *   the result in the revised budget; positive is better
 * @KOMMUNE_EVALUATION_FIGURE_DISPOSITION_FUND_OPENING: the disposition fund
 *   (disposisjonsfond) at the start of the year
 * @KOMMUNE_EVALUATION_FIGURE_DISPOSITION_FUND_CLOSING: the disposition fund
 *   at the end of the year
 *
 * The amounts an annual evaluation reports.
 *
 * Since: 0.1
 */
typedef enum
{
  KOMMUNE_EVALUATION_FIGURE_NET_OPERATING_RESULT,
  KOMMUNE_EVALUATION_FIGURE_GROSS_OPERATING_REVENUE,
  KOMMUNE_EVALUATION_FIGURE_RESULT_VS_ORIGINAL_BUDGET,
  KOMMUNE_EVALUATION_FIGURE_RESULT_VS_REVISED_BUDGET,
  KOMMUNE_EVALUATION_FIGURE_DISPOSITION_FUND_OPENING,
  KOMMUNE_EVALUATION_FIGURE_DISPOSITION_FUND_CLOSING,
} KommuneEvaluationFigure;

G_END_DECLS
