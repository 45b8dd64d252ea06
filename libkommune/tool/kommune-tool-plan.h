/* kommune-tool-plan.h: the subcommands on a document's economic plan,
 * `kommune budget` and `kommune adjustments`, the goals' `kommune scorecard` and the financial `kommune rules`.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

int kommune_tool_budget    (int argc, char **argv);
int kommune_tool_scorecard (int argc, char **argv);
int kommune_tool_adjustments (int argc, char **argv);
int kommune_tool_rules       (int argc, char **argv);
