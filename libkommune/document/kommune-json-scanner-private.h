/* kommune-json-scanner-private.h: the state of a scan of strict JSON and
 * the helpers kommune-json-scan.c (the structure: arrays, objects, member
 * names, paths) and kommune-json-scan-token.c (strings, numbers, words)
 * share; those helpers are in kommune-json-scanner.c, or inline here
 * where the scan calls them once per character
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "kommune-error.h"
#include "document/kommune-json-scan-private.h"

G_BEGIN_DECLS

typedef struct
{
  char        kind;       /* '[' or '{' */
  guint       index;      /* arrays: the index of the element being read */
  gsize       path_len;   /* the length of the path of the container */
  GHashTable *names;      /* objects: member name → offset of its first
                           * occurrence; kept for the next object at this
                           * depth */
} ScanFrame;

typedef struct
{
  const guchar *data;
  gsize         length;
  gsize         pos;
  const char   *name;
  guint         line;        /* of pos, from 1 */
  gsize         line_start;  /* offset of the first character of that line */
  GString      *path;
  GString      *member;      /* the decoded name of the member being read */
  GStringChunk *names;       /* the member names held by the hash sets */
  guint         depth_used;  /* frames whose hash set may be allocated */
  guint         depth;
  guint         n_values;    /* begun so far */
  ScanFrame     stack[KOMMUNE_JSON_MAX_DEPTH];
  GError      **error;
} Scanner;

/* Inline, as the scan of a string calls it for every character beyond
 * ASCII. The length of the valid UTF-8 sequence at @p (1 to 4), or 0 if the
 * bytes there are not one: overlong forms, encoded surrogates and code
 * points beyond U+10FFFF are refused, as are sequences cut by the end. */
static inline guint
_kommune_json_utf8_sequence_length (const guchar *p,
                                    gsize         avail)
{
  guchar c = p[0];
  guchar lo = 0x80, hi = 0xBF;
  guint len;

  if (c < 0x80)
    return 1;
  if (c >= 0xC2 && c <= 0xDF)
    len = 2;
  else if (c >= 0xE0 && c <= 0xEF)
    {
      len = 3;
      if (c == 0xE0)
        lo = 0xA0;
      else if (c == 0xED)
        hi = 0x9F;
    }
  else if (c >= 0xF0 && c <= 0xF4)
    {
      len = 4;
      if (c == 0xF0)
        lo = 0x90;
      else if (c == 0xF4)
        hi = 0x8F;
    }
  else
    return 0;

  if (avail < len)
    return 0;
  if (p[1] < lo || p[1] > hi)
    return 0;
  for (guint i = 2; i < len; i++)
    if (p[i] < 0x80 || p[i] > 0xBF)
      return 0;
  return len;
}

/* Bytes that make up a number or a bare word, for excerpts. */
static inline gboolean
_kommune_json_is_token_char (guchar c)
{
  return g_ascii_isalnum (c) || c == '_' || c == '.' || c == '+' || c == '-';
}

/* In kommune-json-scanner.c. */

/* The text from @pos up to @end for a message (transfer full). */
char *_kommune_json_excerpt (const Scanner *s,
                             gsize          pos,
                             gsize          end);

/* The end of the number or bare word at @pos. */
gsize _kommune_json_token_end (const Scanner *s,
                               gsize          pos);

/* Sets the scan's error at @pos (“NAME: line L, column C: PATH: WHY”)
 * and returns FALSE. */
gboolean
_kommune_json_fail_at (Scanner    *s,
                       gsize       pos,
                       const char *format,
                       ...) G_GNUC_PRINTF (3, 4);

/* In kommune-json-scan-token.c: each reads a token at the current
 * position, moves past it and returns TRUE, or sets the error and
 * returns FALSE. */

/* A string, on its opening quote; with @decoded, its value is appended
 * there. */
gboolean _kommune_json_scan_string (Scanner *s,
                                    GString *decoded);

/* A number, on “-” or a digit. */
gboolean _kommune_json_scan_number (Scanner *s);

/* true, false or null, on a letter. */
gboolean _kommune_json_scan_word (Scanner *s);

/* Fails with “not valid JSON: “TEXT” is not a number: @why” for the
 * token at @start. */
gboolean _kommune_json_number_fail (Scanner    *s,
                                    gsize       start,
                                    const char *why);

G_END_DECLS
