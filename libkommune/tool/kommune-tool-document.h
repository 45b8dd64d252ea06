/* kommune-tool-document.h: the plan document subcommands, show and check.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

int kommune_tool_show  (int argc, char **argv);
int kommune_tool_check (int argc, char **argv);
