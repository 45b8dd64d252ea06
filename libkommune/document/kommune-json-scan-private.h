/* kommune-json-scan-private.h: strict RFC 8259 JSON, checked before
 * json-glib parses it
 *
 * json-glib's parser is lenient: it wraps integers beyond 64 bits, reads
 * `0100` as octal and `0x10` as hexadecimal, keeps the last of two
 * members with the same name, accepts comments, single quotes and text
 * after the document, cuts strings at `\u0000`, turns lone surrogate
 * escapes into invalid UTF-8 and recurses once per nesting level. The
 * scanner walks the bytes once, without recursion, and refuses all of
 * that before json-glib sees them, so that what json-glib then builds is
 * exactly what the text says.
 *
 * What the scanner accepts is RFC 8259 JSON text in UTF-8, with these
 * further limits:
 *
 * - integers (numbers without a fraction or exponent) lie within gint64;
 * - numbers with a fraction or exponent are finite as a double (`1e400`
 *   is refused; tiny ones round towards zero as doubles do);
 * - the member names of an object are distinct, compared after escapes
 *   are decoded (`"a"` and `"\u0061"` are the same name);
 * - strings hold no `\u0000` and no unpaired surrogate escape;
 * - arrays and objects nest at most %KOMMUNE_JSON_MAX_DEPTH deep;
 * - the text holds at most %KOMMUNE_JSON_MAX_VALUES values (each array,
 *   object, string, number, true, false and null counts one);
 * - one byte order mark (U+FEFF) at the very start is allowed and
 *   ignored, as RFC 8259 §8.1 lets a parser do; it is not data, and
 *   libkommune never writes one.
 *
 * Errors have the code KOMMUNE_ERROR_INVALID_DOCUMENT and the message
 * “NAME: line L, column C: PATH: WHY”, for example
 * “plan.json: line 12, column 19: $.plan.frames[0].amount: the integer
 * “9223372036854775808” is outside -9223372036854775808–9223372036854775807”.
 * Lines and columns count from 1, columns in characters. PATH is written
 * as kommune-json-reader-private.h writes it; a member name that is not
 * a plain word is written `["name"]`, and names are cut after
 * %KOMMUNE_JSON_PATH_NAME_LENGTH characters. WHY starts with “not valid JSON: ”
 * when RFC 8259 itself forbids the text. Excerpts of the text are cut
 * after %KOMMUNE_JSON_EXCERPT_LENGTH characters with “…”.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* The deepest nesting of arrays and objects a document may have. The
 * format itself is a few levels deep; each level of goals under goals
 * adds two (the “children” array and the goal). The deepest goal chain
 * starts at a strategy's focus area ($.strategies[i].focus_areas[j], at
 * depth 5) and ends in a band of an indicator, four levels below a goal,
 * so a file holds goals nested at most (KOMMUNE_JSON_MAX_DEPTH - 7) / 2
 * = 60 deep, counting the first goal as 1. A limit on goal depth must
 * stay within that, or a document could save and not load again. */
#define KOMMUNE_JSON_MAX_DEPTH 128

/* The most values a document may hold. json-glib's tree costs some 40
 * bytes a value, so `[0,0,…]` would cost twenty times its text; this
 * bounds the tree of any text to some 40 MiB plus its strings. A
 * programme area with its frame is ten values, so a document of some
 * 100 000 areas still loads; the bundled ones hold about 400. */
#define KOMMUNE_JSON_MAX_VALUES (1u << 20)

/* The most characters of the text an error message quotes. */
#define KOMMUNE_JSON_EXCERPT_LENGTH 20

/* The most characters of a member name a path in a message shows. */
#define KOMMUNE_JSON_PATH_NAME_LENGTH 40

/* Checks that @data is strict JSON as described above. @length may be -1
 * if @data is nul-terminated. Text that holds only whitespace passes
 * (there is no value to refuse); the caller decides what empty means. */
gboolean _kommune_json_scan (const char  *data,
                             gssize       length,
                             const char  *name,
                             GError     **error);

/* Scans @data, then parses it with json-glib and returns its root
 * (transfer full). Text with no value fails with “NAME: the file is
 * empty”. */
JsonNode *_kommune_json_parse_strict (const char  *data,
                                      gssize       length,
                                      const char  *name,
                                      GError     **error);

G_END_DECLS
