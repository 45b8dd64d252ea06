/* kommune-measure.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "core/kommune-enum-private.h"
#include "core/kommune-check-private.h"
#include "kommune-enums.h"
#include "kommune-error.h"
#include "core/kommune-list-private.h"
#include "model/kommune-measure-private.h"
#include "kommune-note.h"
#include "core/kommune-object-private.h"
#include "core/kommune-i18n-private.h"

/**
 * KommuneMeasure:
 *
 * A measure (tiltak) that works towards a goal, such as Kragerø's
 * “Utrede bruk av vikarpool” under the goal “Andel ansatte i
 * deltidsstillinger går ned”: a number within its goal, the text, who is
 * responsible, a status, and progress notes from the reports that follow
 * it up, one per report (kept as [class@Kommune.Note]s titled by the
 * report, e.g. `2018-T1`). The progress notes are a read-only view; add
 * them with [method@Kommune.Measure.add_progress].
 *
 * Objects made with g_object_new() (`Kommune.Measure()` in Python) have
 * the number 0 and no text: they are refused, with the error
 * kommune_measure_new() would give, when they are added to a goal.
 *
 * Since: 0.1
 */

struct _KommuneMeasure
{
  GObject               parent_instance;

  guint                 number;
  char                 *text;
  char                 *responsible;
  KommuneMeasureStatus  status;
  KommuneList          *progress;
};

G_DEFINE_FINAL_TYPE (KommuneMeasure, kommune_measure, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NUMBER,
  PROP_TEXT,
  PROP_RESPONSIBLE,
  PROP_STATUS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kommune_measure_finalize (GObject *object)
{
  KommuneMeasure *self = (KommuneMeasure *)object;

  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->responsible, g_free);
  g_clear_object (&self->progress);

  G_OBJECT_CLASS (kommune_measure_parent_class)->finalize (object);
}

static void
kommune_measure_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  KommuneMeasure *self = KOMMUNE_MEASURE (object);

  switch (prop_id)
    {
    case PROP_NUMBER:
      g_value_set_uint (value, self->number);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_RESPONSIBLE:
      g_value_set_string (value, self->responsible);
      break;

    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kommune_measure_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  KommuneMeasure *self = KOMMUNE_MEASURE (object);

  switch (prop_id)
    {
    case PROP_RESPONSIBLE:
      kommune_measure_set_responsible (self, g_value_get_string (value));
      break;

    case PROP_STATUS:
      kommune_measure_set_status (self, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kommune_measure_class_init (KommuneMeasureClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = kommune_measure_finalize;
  object_class->get_property = kommune_measure_get_property;
  object_class->set_property = kommune_measure_set_property;

  /**
   * KommuneMeasure:number:
   *
   * The measure's number within its goal.
   *
   * Since: 0.1
   */
  properties[PROP_NUMBER] = g_param_spec_uint ("number", NULL, NULL, 0, G_MAXUINT, 0, ro);

  /**
   * KommuneMeasure:text:
   *
   * What is to be done, or %NULL for a measure made with g_object_new()
   * rather than by a constructor.
   *
   * Since: 0.1
   */
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, NULL, ro);

  /**
   * KommuneMeasure:responsible:
   *
   * Who is responsible; may be empty.
   *
   * Since: 0.1
   */
  properties[PROP_RESPONSIBLE] = g_param_spec_string ("responsible", NULL, NULL, "", rw);

  /**
   * KommuneMeasure:status:
   *
   * How far the measure has come.
   *
   * Since: 0.1
   */
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, KOMMUNE_TYPE_MEASURE_STATUS,
                       KOMMUNE_MEASURE_STATUS_PLANNED, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static const char *
note_key (gpointer  item,
          char     *buffer)
{
  return kommune_note_get_title (item);
}

static void
kommune_measure_init (KommuneMeasure *self)
{
  self->responsible = g_strdup ("");
  self->progress = _kommune_list_new (KOMMUNE_TYPE_NOTE, note_key);
}

static gboolean
check_measure (guint        number,
               const char  *text,
               GError     **error)
{
  if (number == 0)
    {
      g_set_error_literal (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                           _("a measure's number is at least 1"));
      return FALSE;
    }
  return _kommune_check_name (_("the measure's text"), text, FALSE, error);
}

gboolean
_kommune_measure_check (KommuneMeasure  *self,
                        GError         **error)
{
  return check_measure (self->number, self->text, error);
}

/**
 * kommune_measure_new:
 * @number: the measure's number within its goal, at least 1
 * @text: what is to be done
 * @error: return location for a #GError
 *
 * Makes a planned measure. Fails with %KOMMUNE_ERROR_INVALID_ARGUMENT for
 * the number 0 or an empty text.
 *
 * Returns: (transfer full) (nullable): a new measure, or %NULL with
 *   @error set
 *
 * Since: 0.1
 */
KommuneMeasure *
kommune_measure_new (guint        number,
                     const char  *text,
                     GError     **error)
{
  KommuneMeasure *self;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_measure (number, text, error))
    return NULL;

  self = g_object_new (KOMMUNE_TYPE_MEASURE, NULL);
  self->number = number;
  self->text = g_strdup (text);
  return self;
}

/**
 * kommune_measure_get_number:
 * @self: a #KommuneMeasure
 *
 * Gets the number.
 *
 * Returns: the number
 *
 * Since: 0.1
 */
guint
kommune_measure_get_number (KommuneMeasure *self)
{
  g_return_val_if_fail (KOMMUNE_IS_MEASURE (self), 0);
  return self->number;
}

/**
 * kommune_measure_get_text:
 * @self: a #KommuneMeasure
 *
 * Gets what is to be done.
 *
 * Returns: (nullable): the text, or %NULL for a measure made with
 *   g_object_new() rather than by a constructor
 *
 * Since: 0.1
 */
const char *
kommune_measure_get_text (KommuneMeasure *self)
{
  g_return_val_if_fail (KOMMUNE_IS_MEASURE (self), NULL);
  return self->text;
}

/**
 * kommune_measure_get_responsible:
 * @self: a #KommuneMeasure
 *
 * Gets who is responsible.
 *
 * Returns: the responsible, possibly empty
 *
 * Since: 0.1
 */
const char *
kommune_measure_get_responsible (KommuneMeasure *self)
{
  g_return_val_if_fail (KOMMUNE_IS_MEASURE (self), NULL);
  return self->responsible;
}

/**
 * kommune_measure_set_responsible:
 * @self: a #KommuneMeasure
 * @responsible: (nullable): who is responsible
 *
 * Sets who is responsible.
 *
 * Since: 0.1
 */
void
kommune_measure_set_responsible (KommuneMeasure *self,
                                 const char     *responsible)
{
  g_return_if_fail (KOMMUNE_IS_MEASURE (self));

  _kommune_set_text (G_OBJECT (self), &self->responsible, responsible, properties[PROP_RESPONSIBLE]);
}

/**
 * kommune_measure_get_status:
 * @self: a #KommuneMeasure
 *
 * Gets the status.
 *
 * Returns: the status
 *
 * Since: 0.1
 */
KommuneMeasureStatus
kommune_measure_get_status (KommuneMeasure *self)
{
  g_return_val_if_fail (KOMMUNE_IS_MEASURE (self), 0);
  return self->status;
}

/**
 * kommune_measure_set_status:
 * @self: a #KommuneMeasure
 * @status: the new status
 *
 * Sets the status.
 *
 * Since: 0.1
 */
void
kommune_measure_set_status (KommuneMeasure       *self,
                            KommuneMeasureStatus  status)
{
  g_return_if_fail (KOMMUNE_IS_MEASURE (self));
  g_return_if_fail (status <= KOMMUNE_MEASURE_STATUS_CANCELLED);

  if (self->status == status)
    return;
  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

/**
 * kommune_measure_add_progress:
 * @self: a #KommuneMeasure
 * @report: the report the note belongs to, e.g. `2018-T1`
 * @text: what the report says about the measure
 * @error: return location for a #GError
 *
 * Adds a progress note. Fails with %KOMMUNE_ERROR_DUPLICATE when the
 * report already has a note, and as [ctor@Kommune.Note.new] does for an
 * empty report name.
 *
 * Returns: %TRUE if the note was added
 *
 * Since: 0.1
 */
gboolean
kommune_measure_add_progress (KommuneMeasure  *self,
                              const char      *report,
                              const char      *text,
                              GError         **error)
{
  g_autoptr(KommuneNote) note = NULL;
  g_autofree char *owner = NULL;

  g_return_val_if_fail (KOMMUNE_IS_MEASURE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  note = kommune_note_new (report, text, error);
  if (note == NULL)
    return FALSE;
  owner = g_strdup_printf (_("measure %u"), self->number);
  return _kommune_list_append (self->progress, note, _("a progress note for"), owner, error);
}

/**
 * kommune_measure_get_progress:
 * @self: a #KommuneMeasure
 *
 * Gets the progress notes, in the order added, as a read-only view; each
 * note's title is its report.
 *
 * Returns: (transfer none): a list model of [class@Kommune.Note]
 *
 * Since: 0.1
 */
GListModel *
kommune_measure_get_progress (KommuneMeasure *self)
{
  g_return_val_if_fail (KOMMUNE_IS_MEASURE (self), NULL);
  return G_LIST_MODEL (self->progress);
}

/**
 * kommune_measure_status_to_string:
 * @status: a measure status
 *
 * Gets the name used in documents: `planned`, `started`, `done` or
 * `cancelled`.
 *
 * Returns: (nullable): the name, or %NULL for an unknown status
 *
 * Since: 0.1
 */
const char *
kommune_measure_status_to_string (KommuneMeasureStatus status)
{
  return _kommune_enum_nick (KOMMUNE_TYPE_MEASURE_STATUS, (int) status);
}
