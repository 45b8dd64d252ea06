/* kommune-note.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "core/kommune-check-private.h"
#include "kommune-error.h"
#include "model/kommune-note-private.h"
#include "core/kommune-i18n-private.h"

/**
 * KommuneNote:
 *
 * A titled piece of text from a document that the model does not hold as
 * typed objects, such as the special measures of Kragerø's 2018 plan for
 * “Stab og støtte”, or goals and measures written out in full.
 *
 * A note made with g_object_new() (or `Kommune.Note()` in Python) has no
 * title: a document refuses it with the error [ctor@Kommune.Note.new]
 * gives.
 *
 * Since: 0.1
 */

struct _KommuneNote
{
  GObject  parent_instance;

  char    *title;
  char    *body;
};

G_DEFINE_FINAL_TYPE (KommuneNote, kommune_note, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_BODY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kommune_note_finalize (GObject *object)
{
  KommuneNote *self = (KommuneNote *)object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->body, g_free);

  G_OBJECT_CLASS (kommune_note_parent_class)->finalize (object);
}

static void
kommune_note_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  KommuneNote *self = KOMMUNE_NOTE (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_BODY:
      g_value_set_string (value, self->body);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kommune_note_class_init (KommuneNoteClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = kommune_note_finalize;
  object_class->get_property = kommune_note_get_property;

  /**
   * KommuneNote:title:
   *
   * The title, or %NULL for a note made with g_object_new() rather than by
   * a constructor.
   *
   * Since: 0.1
   */
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, ro);

  /**
   * KommuneNote:body:
   *
   * The text, or %NULL for a note made with g_object_new() rather than by a
   * constructor.
   *
   * Since: 0.1
   */
  properties[PROP_BODY] = g_param_spec_string ("body", NULL, NULL, NULL, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kommune_note_init (KommuneNote *self)
{
}

static gboolean
check_values (const char  *title,
              const char  *body,
              GError     **error)
{
  if (!_kommune_check_name (_("the note's title"), title, FALSE, error))
    return FALSE;
  if (body == NULL || !g_utf8_validate (body, -1, NULL))
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                   _("the text of note “%s” is missing or not valid UTF-8"), title);
      return FALSE;
    }
  return TRUE;
}

gboolean
_kommune_note_check (KommuneNote  *self,
                     GError      **error)
{
  return check_values (self->title, self->body, error);
}

/**
 * kommune_note_new:
 * @title: the title
 * @body: the text; line breaks are kept
 * @error: return location for a #GError
 *
 * Makes a note. Fails with %KOMMUNE_ERROR_INVALID_ARGUMENT for an empty
 * title or text that is not valid UTF-8.
 *
 * Returns: (transfer full) (nullable): a new note, or %NULL with @error set
 *
 * Since: 0.1
 */
KommuneNote *
kommune_note_new (const char  *title,
                  const char  *body,
                  GError     **error)
{
  KommuneNote *self;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_values (title, body, error))
    return NULL;

  self = g_object_new (KOMMUNE_TYPE_NOTE, NULL);
  self->title = g_strdup (title);
  self->body = g_strdup (body);
  return self;
}

/**
 * kommune_note_get_title:
 * @self: a #KommuneNote
 *
 * Gets the title.
 *
 * Returns: (nullable): the title, or %NULL for a note made with
 *   g_object_new() rather than by a constructor
 *
 * Since: 0.1
 */
const char *
kommune_note_get_title (KommuneNote *self)
{
  g_return_val_if_fail (KOMMUNE_IS_NOTE (self), NULL);
  return self->title;
}

/**
 * kommune_note_get_body:
 * @self: a #KommuneNote
 *
 * Gets the text.
 *
 * Returns: (nullable): the text, or %NULL for a note made with g_object_new()
 *   rather than by a constructor
 *
 * Since: 0.1
 */
const char *
kommune_note_get_body (KommuneNote *self)
{
  g_return_val_if_fail (KOMMUNE_IS_NOTE (self), NULL);
  return self->body;
}
