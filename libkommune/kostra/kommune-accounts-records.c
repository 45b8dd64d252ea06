/* kommune-accounts-records.c: the records of an accounts file as a
 * read-only GListModel, made one by one when asked for
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "kostra/kommune-accounts-record-private.h"
#include "kostra/kommune-accounts-records-private.h"

struct _KommuneAccountsRecords
{
  GObject               parent_instance;

  /* Lazy: the file's lines and where its records are among them. */
  KommuneAccountsLines *lines;
  guint32              *positions;   /* NULL: record i is line i */
  guint                 n_records;

  /* Held: the records of a file built in code. */
  GPtrArray            *held;
};

static void kommune_accounts_records_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (KommuneAccountsRecords, _kommune_accounts_records, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      kommune_accounts_records_model_init))

static GType
kommune_accounts_records_get_item_type (GListModel *model)
{
  return KOMMUNE_TYPE_ACCOUNTS_RECORD;
}

static guint
kommune_accounts_records_get_n_items (GListModel *model)
{
  return _kommune_accounts_records_get_n (KOMMUNE_ACCOUNTS_RECORDS (model));
}

static gpointer
kommune_accounts_records_get_item (GListModel *model,
                                   guint       position)
{
  KommuneAccountsRecords *self = KOMMUNE_ACCOUNTS_RECORDS (model);
  const KommuneAccountsLine *line;

  if (self->held != NULL)
    return position < self->held->len ? g_object_ref (g_ptr_array_index (self->held, position)) : NULL;
  if (position >= self->n_records)
    return NULL;
  line = _kommune_accounts_lines_get (self->lines, NULL) +
         (self->positions != NULL ? self->positions[position] : position);
  return _kommune_accounts_record_new_from_line (line->text, line->number);
}

static void
kommune_accounts_records_model_init (GListModelInterface *iface)
{
  iface->get_item_type = kommune_accounts_records_get_item_type;
  iface->get_n_items = kommune_accounts_records_get_n_items;
  iface->get_item = kommune_accounts_records_get_item;
}

static void
kommune_accounts_records_finalize (GObject *object)
{
  KommuneAccountsRecords *self = KOMMUNE_ACCOUNTS_RECORDS (object);

  g_clear_pointer (&self->lines, _kommune_accounts_lines_unref);
  g_clear_pointer (&self->positions, g_free);
  g_clear_pointer (&self->held, g_ptr_array_unref);

  G_OBJECT_CLASS (_kommune_accounts_records_parent_class)->finalize (object);
}

static void
_kommune_accounts_records_class_init (KommuneAccountsRecordsClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kommune_accounts_records_finalize;
}

static void
_kommune_accounts_records_init (KommuneAccountsRecords *self)
{
}

KommuneAccountsRecords *
_kommune_accounts_records_new_lazy (KommuneAccountsLines *lines,
                                    guint32              *positions,
                                    guint                 n_records)
{
  KommuneAccountsRecords *self;

  g_return_val_if_fail (lines != NULL, NULL);

  self = g_object_new (KOMMUNE_TYPE_ACCOUNTS_RECORDS, NULL);
  self->lines = _kommune_accounts_lines_ref (lines);
  self->positions = positions;
  self->n_records = n_records;
  return self;
}

KommuneAccountsRecords *
_kommune_accounts_records_new_held (void)
{
  KommuneAccountsRecords *self = g_object_new (KOMMUNE_TYPE_ACCOUNTS_RECORDS, NULL);

  self->held = g_ptr_array_new_with_free_func (g_object_unref);
  return self;
}

guint
_kommune_accounts_records_get_n (KommuneAccountsRecords *self)
{
  g_return_val_if_fail (KOMMUNE_IS_ACCOUNTS_RECORDS (self), 0);
  return self->held != NULL ? self->held->len : self->n_records;
}

void
_kommune_accounts_records_append (KommuneAccountsRecords *self,
                                  KommuneAccountsRecord  *record)
{
  g_return_if_fail (KOMMUNE_IS_ACCOUNTS_RECORDS (self));
  g_return_if_fail (self->held != NULL);

  g_ptr_array_add (self->held, g_object_ref (record));
  g_list_model_items_changed (G_LIST_MODEL (self), self->held->len - 1, 0, 1);
}

KommuneAccountsRecord *
_kommune_accounts_records_get_held (KommuneAccountsRecords *self,
                                    guint                   position)
{
  g_return_val_if_fail (KOMMUNE_IS_ACCOUNTS_RECORDS (self), NULL);
  g_return_val_if_fail (self->held != NULL && position < self->held->len, NULL);
  return g_ptr_array_index (self->held, position);
}
