/* libkommune.h: the one header to include
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#define KOMMUNE_INSIDE

#include "kommune-version.h"
#include "kommune-version-macros.h"
#include "kommune-types.h"
#include "kommune-enums.h"

#include "kommune-error.h"
#include "kommune-amount.h"
#include "kommune-decimal.h"
#include "kommune-file.h"

#include "kommune-department.h"
#include "kommune-programme-area.h"
#include "kommune-municipality.h"
#include "kommune-distribution-line.h"
#include "kommune-distribution.h"
#include "kommune-budget-frame.h"

#include "kommune-calendar.h"
#include "kommune-adjustment.h"
#include "kommune-economic-plan.h"
#include "kommune-area-report.h"
#include "kommune-tertial-report.h"
#include "kommune-investment-project.h"
#include "kommune-verbal-proposal.h"
#include "kommune-financial-figures.h"
#include "kommune-annual-evaluation.h"
#include "kommune-financial-rule.h"
#include "kommune-workforce-figures.h"
#include "kommune-key-figure.h"
#include "kommune-note.h"
#include "kommune-measurement.h"
#include "kommune-indicator.h"
#include "kommune-measure.h"
#include "kommune-goal.h"
#include "kommune-strategy.h"
#include "kommune-scorecard.h"
#include "kommune-document.h"
#include "kommune-validation-entry.h"
#include "kommune-validation-report.h"

#include "kommune-accounts-record.h"
#include "kommune-accounts-file.h"
#include "kommune-ledger.h"
#include "kommune-ledger-filter.h"
#include "kommune-ledger-row.h"
#include "kommune-ledger-table.h"
#include "kommune-kostra-figures.h"

#include "kommune-report.h"

#undef KOMMUNE_INSIDE
