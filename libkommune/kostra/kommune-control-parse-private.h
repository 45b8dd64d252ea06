/* kommune-control-parse-private.h: the strict reading of the control data
 *
 * Implemented in kommune-control-json.c (and the conditions on a record in
 * kommune-control-predicate.c); shared by the reader of one rule
 * (kommune-control-rule.c) and the reader of the whole data set
 * (kommune-control-data.c). Every failure is
 * KOMMUNE_ERROR_INVALID_DOCUMENT naming where in the data it is.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "kostra/kommune-control-data-private.h"

G_BEGIN_DECLS

gboolean     _kommune_control_fail              (GError            **error,
                                                 const char         *where,
                                                 const char         *format,
                                                 ...) G_GNUC_PRINTF (3, 4);
gboolean     _kommune_control_check_members     (JsonObject         *object,
                                                 const char         *where,
                                                 const char * const *allowed,
                                                 const char * const *required,
                                                 GError            **error);
JsonObject  *_kommune_control_as_object         (JsonNode           *node,
                                                 const char         *where,
                                                 GError            **error);
JsonArray   *_kommune_control_as_array          (JsonNode           *node,
                                                 const char         *where,
                                                 GError            **error);
const char  *_kommune_control_as_string         (JsonNode           *node,
                                                 const char         *where,
                                                 GError            **error);
gboolean     _kommune_control_as_int            (JsonNode           *node,
                                                 const char         *where,
                                                 gint64             *out,
                                                 GError            **error);
gboolean     _kommune_control_as_bool           (JsonNode           *node,
                                                 const char         *where,
                                                 gboolean           *out,
                                                 GError            **error);
GPtrArray   *_kommune_control_as_strings        (JsonNode           *node,
                                                 const char         *where,
                                                 GError            **error);
int          _kommune_control_field_from_name   (const char         *name);
const char  *_kommune_control_field_name        (KommuneField        field);
guint        _kommune_control_field_width       (KommuneField        field);
int          _kommune_control_type_bit_index    (const char         *name);
int          _kommune_control_severity_from_name (const char        *name);
gboolean     _kommune_control_parse_code_source (JsonNode           *node,
                                                 const char         *where,
                                                 KommuneCodeSource  *out,
                                                 GError            **error);
void         _kommune_control_code_source_clear (KommuneCodeSource  *source);
/* In kommune-control-predicate.c. */
gboolean     _kommune_control_predicate_parse   (JsonNode           *node,
                                                 const char         *where,
                                                 KommunePredicate   *predicate,
                                                 GError            **error);
void         _kommune_control_predicate_clear   (KommunePredicate   *predicate);

/* Rule @index of the "rules" array. */
KommuneRule *_kommune_control_rule_parse        (JsonNode           *node,
                                                 guint               index,
                                                 GError            **error);
void         _kommune_control_rule_free         (KommuneRule        *rule);

G_END_DECLS
