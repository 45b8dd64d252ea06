/* kommune-tool-aggregate.h: `kommune kostra aggregate`, the sums of a
 * ledger of CSV or accounts files by any of its columns.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

int kommune_tool_kostra_aggregate (int argc, char **argv);
