/* kommune-json-reader-private.h: reading JSON with the path of every
 * value in error messages
 *
 * Every reader function that fails sets an error of code
 * KOMMUNE_ERROR_INVALID_DOCUMENT whose message is “FILE: PATH: WHY”, for
 * example “kragero.json: $.plan.frames[0].amount: expected an integer
 * (øre), found a string”. Lists push “[i]” and members “.name” onto the
 * path while they are read.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

typedef struct
{
  const char  *name;    /* the file, for messages */
  GString     *path;    /* the JSON path being read, e.g. $.plan.frames[2] */
  GError     **error;
} KommuneJsonReader;

typedef gboolean (*KommuneJsonItemFunc) (KommuneJsonReader *r,
                                         JsonObject        *object,
                                         gpointer           data);

gboolean _kommune_json_fail (KommuneJsonReader *r, const char *format, ...) G_GNUC_PRINTF (2, 3);
/* Fails at the member @member of the object being read: the path names it. */
gboolean _kommune_json_fail_member (KommuneJsonReader *r, const char *member, const char *format, ...) G_GNUC_PRINTF (3, 4);
gboolean _kommune_json_fail_model (KommuneJsonReader *r, GError *model_error);
gsize _kommune_json_push_member (KommuneJsonReader *r, const char *member);
gsize _kommune_json_push_index (KommuneJsonReader *r, guint index);
void _kommune_json_pop (KommuneJsonReader *r, gsize len);
const char *_kommune_json_describe (JsonNode *node);
JsonObject *_kommune_json_as_object (KommuneJsonReader *r, JsonNode *node);
gboolean _kommune_json_check_members (KommuneJsonReader *r, JsonObject *object, const char * const *allowed);
/* Enters the object member @name: pushes it onto the path (pop to *len when
 * done with it) and refuses members not in @allowed. TRUE with *out NULL
 * when the member is absent and not @required. */
gboolean _kommune_json_enter_object (KommuneJsonReader *r, JsonObject *object, const char *name, gboolean required, const char * const *allowed, JsonObject **out, gsize *len);
JsonNode *_kommune_json_member (KommuneJsonReader *r, JsonObject *object, const char *name, gboolean required);
gboolean _kommune_json_read_string (KommuneJsonReader *r, JsonObject *object, const char *name, gboolean required, const char **out);
gboolean _kommune_json_read_int (KommuneJsonReader *r, JsonObject *object, const char *name, gboolean required, gint64 min, gint64 max, gint64 *out, gboolean *present);
gboolean _kommune_json_read_amount (KommuneJsonReader *r, JsonObject *object, const char *name, gboolean required, gint64 *out, gboolean *present);
gboolean _kommune_json_read_year (KommuneJsonReader *r, JsonObject *object, const char *name, guint *out);
/* A string member that is one of @choices (NULL-terminated); *out is its
 * index. */
gboolean _kommune_json_read_choice (KommuneJsonReader *r, JsonObject *object, const char *name, const char * const *choices, int *out);
/* A string member that names a value of @enum_type by its nick, among the
 * values 0 … @last (-1: all of them). */
gboolean _kommune_json_read_enum (KommuneJsonReader *r, JsonObject *object, const char *name, GType enum_type, int last, int *out);
gboolean _kommune_json_read_date (KommuneJsonReader *r, JsonObject *object, const char *name, gboolean required, GDateTime **out);
gboolean _kommune_json_read_list (KommuneJsonReader *r, JsonObject *object, const char *name, gboolean required, KommuneJsonItemFunc read_item, gpointer data);
/* An optional boolean member; *out keeps its value when the member is absent. */
gboolean _kommune_json_read_bool (KommuneJsonReader *r, JsonObject *object, const char *name, gboolean *out);

G_END_DECLS
