/* kommune-tool-report.h: `kommune report`, a document as one HTML file
 * for the council.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

int kommune_tool_report (int argc, char **argv);
