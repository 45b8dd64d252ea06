/* kommune-tool-plan.h: the subcommands on a document's economic plan,
 * `kommune budget` and `kommune adjustments`.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

int kommune_tool_budget      (int argc, char **argv);
int kommune_tool_adjustments (int argc, char **argv);
