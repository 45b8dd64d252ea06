/* kommune-tool-steering.h: the subcommands on what steers the plan rather
 * than its figures: the goals' `kommune scorecard` and the financial
 * `kommune rules`.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

int kommune_tool_scorecard (int argc, char **argv);
int kommune_tool_rules     (int argc, char **argv);
