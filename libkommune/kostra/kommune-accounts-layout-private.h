/* kommune-accounts-layout-private.h: the fields of a record in SSB's
 * 48-character "Regnskap" layout, by byte position
 *
 * From SSB's file description (file_description_Regnskap): positions are
 * 0-based offsets here, widths in bytes. A record line is exactly
 * KOMMUNE_ACCOUNTS_RECORD_LENGTH bytes; control 001 refuses any other.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#define KOMMUNE_ACCOUNTS_RECORD_LENGTH 48

#define KOMMUNE_ACCOUNTS_SKJEMA_AT       0   /* 2: form, 0A … 0Y */
#define KOMMUNE_ACCOUNTS_SKJEMA_WIDTH    2
#define KOMMUNE_ACCOUNTS_YEAR_AT         2   /* 4: aargang */
#define KOMMUNE_ACCOUNTS_YEAR_WIDTH      4
#define KOMMUNE_ACCOUNTS_QUARTER_AT      6   /* 1: blank = annual, 1–4 */
#define KOMMUNE_ACCOUNTS_QUARTER_WIDTH   1
#define KOMMUNE_ACCOUNTS_REGION_AT       7   /* 6: kommunenummer + 00, bydel, fylke */
#define KOMMUNE_ACCOUNTS_REGION_WIDTH    6
#define KOMMUNE_ACCOUNTS_ORGNR_AT       13   /* 9: organisation number or blanks */
#define KOMMUNE_ACCOUNTS_ORGNR_WIDTH     9
#define KOMMUNE_ACCOUNTS_FORETAK_AT     22   /* 9: enterprise number or blanks */
#define KOMMUNE_ACCOUNTS_FORETAK_WIDTH   9
#define KOMMUNE_ACCOUNTS_CLASS_AT       31   /* 1: kontoklasse */
#define KOMMUNE_ACCOUNTS_CLASS_WIDTH     1
#define KOMMUNE_ACCOUNTS_FUNCTION_AT    32   /* 4: funksjon (3 + blank) or kapittel */
#define KOMMUNE_ACCOUNTS_FUNCTION_WIDTH  4
#define KOMMUNE_ACCOUNTS_ART_AT         36   /* 3: art or sektor */
#define KOMMUNE_ACCOUNTS_ART_WIDTH       3
#define KOMMUNE_ACCOUNTS_AMOUNT_AT      39   /* 9: 1000 kr, right-justified */
#define KOMMUNE_ACCOUNTS_AMOUNT_WIDTH    9
