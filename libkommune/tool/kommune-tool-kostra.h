/* kommune-tool-kostra.h: the subcommands on SSB's KOSTRA accounts files,
 * `kommune kostra check` and `kommune kostra figures`.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

int kommune_tool_kostra (int argc, char **argv);
