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
typedef struct _KommuneFinancialFigures  KommuneFinancialFigures;
typedef struct _KommuneFinancialRule     KommuneFinancialRule;
typedef struct _KommuneGoal              KommuneGoal;
typedef struct _KommuneIndicator         KommuneIndicator;
typedef struct _KommuneMeasure           KommuneMeasure;
typedef struct _KommuneMeasurement       KommuneMeasurement;
typedef struct _KommuneScorecard         KommuneScorecard;
typedef struct _KommuneStrategy          KommuneStrategy;
typedef struct _KommuneWorkforceFigures  KommuneWorkforceFigures;
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
 * KommuneFinancialFigure:
 * @KOMMUNE_FINANCIAL_FIGURE_NET_OPERATING_RESULT: net operating result
 *   (netto driftsresultat)
 * @KOMMUNE_FINANCIAL_FIGURE_GROSS_OPERATING_REVENUE: gross operating
 *   revenue (brutto driftsinntekter)
 * @KOMMUNE_FINANCIAL_FIGURE_RESULT_VS_ORIGINAL_BUDGET: the result minus
 *   the result in the original budget; positive is better
 * @KOMMUNE_FINANCIAL_FIGURE_RESULT_VS_REVISED_BUDGET: the result minus
 *   the result in the revised budget; positive is better
 * @KOMMUNE_FINANCIAL_FIGURE_DISPOSITION_FUND_OPENING: the disposition fund
 *   (disposisjonsfond) at the start of the year
 * @KOMMUNE_FINANCIAL_FIGURE_DISPOSITION_FUND_CLOSING: the disposition fund
 *   at the end of the year
 * @KOMMUNE_FINANCIAL_FIGURE_LONG_TERM_DEBT: long-term debt (langsiktig
 *   gjeld) at the end of the year
 *
 * The financial figures of a year: what an annual evaluation reports and
 * what financial rules are computed from.
 *
 * Since: 0.1
 */
typedef enum
{
  KOMMUNE_FINANCIAL_FIGURE_NET_OPERATING_RESULT,
  KOMMUNE_FINANCIAL_FIGURE_GROSS_OPERATING_REVENUE,
  KOMMUNE_FINANCIAL_FIGURE_RESULT_VS_ORIGINAL_BUDGET,
  KOMMUNE_FINANCIAL_FIGURE_RESULT_VS_REVISED_BUDGET,
  KOMMUNE_FINANCIAL_FIGURE_DISPOSITION_FUND_OPENING,
  KOMMUNE_FINANCIAL_FIGURE_DISPOSITION_FUND_CLOSING,
  KOMMUNE_FINANCIAL_FIGURE_LONG_TERM_DEBT,
} KommuneFinancialFigure;

/**
 * KommuneIndicatorUnit:
 * @KOMMUNE_INDICATOR_UNIT_PERCENT: a percentage
 * @KOMMUNE_INDICATOR_UNIT_COUNT: a number of people, households, cases
 * @KOMMUNE_INDICATOR_UNIT_SCORE: a score on a scale, such as 1–6
 * @KOMMUNE_INDICATOR_UNIT_KRONER: an amount of money in kroner
 * @KOMMUNE_INDICATOR_UNIT_RATIO: a plain ratio
 *
 * What an indicator's values measure.
 *
 * Since: 0.1
 */
typedef enum
{
  KOMMUNE_INDICATOR_UNIT_PERCENT,
  KOMMUNE_INDICATOR_UNIT_COUNT,
  KOMMUNE_INDICATOR_UNIT_SCORE,
  KOMMUNE_INDICATOR_UNIT_KRONER,
  KOMMUNE_INDICATOR_UNIT_RATIO,
} KommuneIndicatorUnit;

/**
 * KommuneDirection:
 * @KOMMUNE_DIRECTION_HIGHER_IS_BETTER: a higher value is better
 * @KOMMUNE_DIRECTION_LOWER_IS_BETTER: a lower value is better
 * @KOMMUNE_DIRECTION_TARGET_RANGE: values inside the desired band are best,
 *   and the closer to it the better
 *
 * Which way an indicator improves.
 *
 * Since: 0.1
 */
typedef enum
{
  KOMMUNE_DIRECTION_HIGHER_IS_BETTER,
  KOMMUNE_DIRECTION_LOWER_IS_BETTER,
  KOMMUNE_DIRECTION_TARGET_RANGE,
} KommuneDirection;

/**
 * KommuneStatus:
 * @KOMMUNE_STATUS_DESIRED: in the desired band (ønsket resultat, green)
 * @KOMMUNE_STATUS_ACCEPTABLE: in the acceptable band (akseptabelt
 *   resultat, yellow)
 * @KOMMUNE_STATUS_NOT_APPROVED: in the not-approved band (ikke godkjent,
 *   red)
 * @KOMMUNE_STATUS_OUTSIDE_BANDS: in no band: the bands as written leave a
 *   gap there
 * @KOMMUNE_STATUS_NOT_MEASURED: no measurement
 *
 * The traffic light of an indicator's value.
 *
 * Since: 0.1
 */
typedef enum
{
  KOMMUNE_STATUS_DESIRED,
  KOMMUNE_STATUS_ACCEPTABLE,
  KOMMUNE_STATUS_NOT_APPROVED,
  KOMMUNE_STATUS_OUTSIDE_BANDS,
  KOMMUNE_STATUS_NOT_MEASURED,
} KommuneStatus;

/**
 * KommuneTrend:
 * @KOMMUNE_TREND_IMPROVED: the later value is better
 * @KOMMUNE_TREND_UNCHANGED: the values are equal
 * @KOMMUNE_TREND_WORSE: the later value is worse
 * @KOMMUNE_TREND_NOT_ASSESSABLE: a value is missing, or better and worse
 *   are undefined
 *
 * How an indicator moved between two periods, or how a value compares
 * with a reference such as the national average (then “improved” means
 * better than the reference).
 *
 * Since: 0.1
 */
typedef enum
{
  KOMMUNE_TREND_IMPROVED,
  KOMMUNE_TREND_UNCHANGED,
  KOMMUNE_TREND_WORSE,
  KOMMUNE_TREND_NOT_ASSESSABLE,
} KommuneTrend;

/**
 * KommuneGoalLevel:
 * @KOMMUNE_GOAL_LEVEL_COMMUNITY: a community goal of the master plan
 *   (kommuneplanens samfunnsdel)
 * @KOMMUNE_GOAL_LEVEL_PLAN: a goal of the economic plan
 * @KOMMUNE_GOAL_LEVEL_UNIT: a unit's own goal (virksomhetsmål)
 * @KOMMUNE_GOAL_LEVEL_STRATEGIC: a goal or focus area of a strategy
 *   document
 *
 * Where a goal sits in the chain of goals.
 *
 * Since: 0.1
 */
typedef enum
{
  KOMMUNE_GOAL_LEVEL_COMMUNITY,
  KOMMUNE_GOAL_LEVEL_PLAN,
  KOMMUNE_GOAL_LEVEL_UNIT,
  KOMMUNE_GOAL_LEVEL_STRATEGIC,
} KommuneGoalLevel;

/**
 * KommuneMeasureStatus:
 * @KOMMUNE_MEASURE_STATUS_PLANNED: not started
 * @KOMMUNE_MEASURE_STATUS_STARTED: under way
 * @KOMMUNE_MEASURE_STATUS_DONE: carried out
 * @KOMMUNE_MEASURE_STATUS_CANCELLED: dropped
 *
 * The state of a measure (tiltak).
 *
 * Since: 0.1
 */
typedef enum
{
  KOMMUNE_MEASURE_STATUS_PLANNED,
  KOMMUNE_MEASURE_STATUS_STARTED,
  KOMMUNE_MEASURE_STATUS_DONE,
  KOMMUNE_MEASURE_STATUS_CANCELLED,
} KommuneMeasureStatus;

/**
 * KommuneComparison:
 * @KOMMUNE_COMPARISON_GREATER_OR_EQUAL: the ratio must be at least the threshold (≥)
 * @KOMMUNE_COMPARISON_LESS_OR_EQUAL: the ratio must be at most the threshold (≤)
 *
 * How a financial rule compares its ratio with its threshold.
 *
 * Since: 0.1
 */
typedef enum
{
  KOMMUNE_COMPARISON_GREATER_OR_EQUAL,
  KOMMUNE_COMPARISON_LESS_OR_EQUAL,
} KommuneComparison;

/**
 * KommuneRuleStatus:
 * @KOMMUNE_RULE_STATUS_PASS: the rule holds
 * @KOMMUNE_RULE_STATUS_FAIL: the rule does not hold
 * @KOMMUNE_RULE_STATUS_NOT_APPLICABLE: the rule's condition lifts it, as
 *   when the disposition fund has reached its target
 * @KOMMUNE_RULE_STATUS_NOT_ASSESSABLE: a figure the rule needs is missing
 *
 * The outcome of a financial rule for one year.
 *
 * Since: 0.1
 */
typedef enum
{
  KOMMUNE_RULE_STATUS_PASS,
  KOMMUNE_RULE_STATUS_FAIL,
  KOMMUNE_RULE_STATUS_NOT_APPLICABLE,
  KOMMUNE_RULE_STATUS_NOT_ASSESSABLE,
} KommuneRuleStatus;

/**
 * KommuneWorkforceFigure:
 * @KOMMUNE_WORKFORCE_FIGURE_EMPLOYEES: employees (ansatte)
 * @KOMMUNE_WORKFORCE_FIGURE_FTES: full-time equivalents (årsverk)
 * @KOMMUNE_WORKFORCE_FIGURE_AVERAGE_POSITION_SIZE: average position size in
 *   percent (gjennomsnittlig stillingsbrøk)
 * @KOMMUNE_WORKFORCE_FIGURE_FULL_TIME_SHARE: share of full-time positions in
 *   percent (andel heltidsstillinger)
 * @KOMMUNE_WORKFORCE_FIGURE_ABSENCE_DAYS: days of sick leave (fraværsdager)
 * @KOMMUNE_WORKFORCE_FIGURE_AGREED_DAYS: agreed working days (avtalte dagsverk)
 * @KOMMUNE_WORKFORCE_FIGURE_SICK_LEAVE: sick leave in percent, as reported
 *   when the days are not given
 * @KOMMUNE_WORKFORCE_FIGURE_LEAVERS: employees who left
 * @KOMMUNE_WORKFORCE_FIGURE_AVERAGE_HEADCOUNT: average number of employees
 *   over the period
 * @KOMMUNE_WORKFORCE_FIGURE_TURNOVER: turnover in percent, as reported when
 *   leavers and headcount are not given
 * @KOMMUNE_WORKFORCE_FIGURE_APPRENTICES: apprentices: as the source counts
 *   them, the number employed (Kragerø's 8) or those who passed their trade
 *   test in the period
 * @KOMMUNE_WORKFORCE_FIGURE_OVERTIME_HOURS: hours of overtime
 * @KOMMUNE_WORKFORCE_FIGURE_AML_BREACHES: breaches of the Working
 *   Environment Act's working-time rules (AML-brudd)
 *
 * The workforce figures of a unit and period.
 *
 * Since: 0.1
 */
typedef enum
{
  KOMMUNE_WORKFORCE_FIGURE_EMPLOYEES,
  KOMMUNE_WORKFORCE_FIGURE_FTES,
  KOMMUNE_WORKFORCE_FIGURE_AVERAGE_POSITION_SIZE,
  KOMMUNE_WORKFORCE_FIGURE_FULL_TIME_SHARE,
  KOMMUNE_WORKFORCE_FIGURE_ABSENCE_DAYS,
  KOMMUNE_WORKFORCE_FIGURE_AGREED_DAYS,
  KOMMUNE_WORKFORCE_FIGURE_SICK_LEAVE,
  KOMMUNE_WORKFORCE_FIGURE_LEAVERS,
  KOMMUNE_WORKFORCE_FIGURE_AVERAGE_HEADCOUNT,
  KOMMUNE_WORKFORCE_FIGURE_TURNOVER,
  KOMMUNE_WORKFORCE_FIGURE_APPRENTICES,
  KOMMUNE_WORKFORCE_FIGURE_OVERTIME_HOURS,
  KOMMUNE_WORKFORCE_FIGURE_AML_BREACHES,
} KommuneWorkforceFigure;

/**
 * KommuneSeverity:
 * @KOMMUNE_SEVERITY_OK: the control found nothing
 * @KOMMUNE_SEVERITY_INFO: a remark; the file may be submitted
 * @KOMMUNE_SEVERITY_WARNING: something to look at; the file may be submitted
 * @KOMMUNE_SEVERITY_ERROR: the file must be corrected before it is submitted
 * @KOMMUNE_SEVERITY_FATAL: the file cannot be read as records; no other
 *   control runs
 *
 * How serious a finding of SSB's KOSTRA controls is, in rising order, as
 * SSB's control program grades them.
 *
 * Since: 0.1
 */
typedef enum
{
  KOMMUNE_SEVERITY_OK,
  KOMMUNE_SEVERITY_INFO,
  KOMMUNE_SEVERITY_WARNING,
  KOMMUNE_SEVERITY_ERROR,
  KOMMUNE_SEVERITY_FATAL,
} KommuneSeverity;

G_END_DECLS
