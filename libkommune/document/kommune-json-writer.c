/* kommune-json-writer.c: small helpers for writing canonical JSON
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "core/kommune-date-private.h"
#include "core/kommune-enum-private.h"
#include "document/kommune-json-writer-private.h"

void
_kommune_json_add_string (JsonBuilder *builder,
                          const char  *name,
                          const char  *value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value ? value : "");
}

void
_kommune_json_add_int (JsonBuilder *builder,
                       const char  *name,
                       gint64       value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
}

void
_kommune_json_add_enum (JsonBuilder *builder,
                        const char  *name,
                        GType        enum_type,
                        int          value)
{
  _kommune_json_add_string (builder, name, _kommune_enum_nick (enum_type, value));
}

void
_kommune_json_add_date (JsonBuilder *builder,
                        const char  *name,
                        GDateTime   *date)
{
  g_autofree char *text = _kommune_date_format (date);

  _kommune_json_add_string (builder, name, text);
}

void
_kommune_json_add_list (JsonBuilder          *builder,
                        const char           *name,
                        GListModel           *model,
                        KommuneJsonWriteFunc  write_item)
{
  guint n = g_list_model_get_n_items (model);

  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      json_builder_begin_object (builder);
      write_item (builder, item);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

void
_kommune_json_add_bool (JsonBuilder *builder,
                        const char  *name,
                        gboolean     value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_boolean_value (builder, value);
}
