/* kommune-verbal-proposal.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "core/kommune-check-private.h"
#include "core/kommune-date-private.h"
#include "kommune-error.h"
#include "core/kommune-object-private.h"
#include "model/kommune-verbal-proposal-private.h"
#include "core/kommune-i18n-private.h"

/**
 * KommuneVerbalProposal:
 *
 * A verbal proposal (verbalforslag, verbalvedtak): a numbered instruction
 * in the council's budget decision that carries no amount, such as
 * Kragerø's no. 19 for 2018, “Kommunestyret ber Rådmannen legge frem en
 * sak om HMS arbeidet/status i kommunen og med forslag om mulige
 * forbedringer”, sent to the administration committee. It has a number,
 * its wording, the responsible body, a status and a comment, the last
 * three free text that may be empty, and the day the council adopted it
 * (Kragerø's came with the budget decision of 14 December 2017), which may
 * be unknown.
 *
 * A proposal made with g_object_new() (or `Kommune.VerbalProposal()` in
 * Python) has number 0 and no wording: a document refuses it with the
 * error [ctor@Kommune.VerbalProposal.new] gives.
 *
 * Since: 0.1
 */

struct _KommuneVerbalProposal
{
  GObject  parent_instance;

  guint    number;
  char    *text;
  char    *responsible;
  char    *status;
  char      *comment;
  GDateTime *adopted;
};

G_DEFINE_FINAL_TYPE (KommuneVerbalProposal, kommune_verbal_proposal, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NUMBER,
  PROP_TEXT,
  PROP_RESPONSIBLE,
  PROP_STATUS,
  PROP_COMMENT,
  PROP_ADOPTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kommune_verbal_proposal_finalize (GObject *object)
{
  KommuneVerbalProposal *self = (KommuneVerbalProposal *)object;

  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->responsible, g_free);
  g_clear_pointer (&self->status, g_free);
  g_clear_pointer (&self->comment, g_free);
  g_clear_pointer (&self->adopted, g_date_time_unref);

  G_OBJECT_CLASS (kommune_verbal_proposal_parent_class)->finalize (object);
}

static void
kommune_verbal_proposal_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  KommuneVerbalProposal *self = KOMMUNE_VERBAL_PROPOSAL (object);

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
      g_value_set_string (value, self->status);
      break;

    case PROP_COMMENT:
      g_value_set_string (value, self->comment);
      break;

    case PROP_ADOPTED:
      g_value_set_boxed (value, self->adopted);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kommune_verbal_proposal_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  KommuneVerbalProposal *self = KOMMUNE_VERBAL_PROPOSAL (object);

  switch (prop_id)
    {
    case PROP_RESPONSIBLE:
      kommune_verbal_proposal_set_responsible (self, g_value_get_string (value));
      break;

    case PROP_STATUS:
      kommune_verbal_proposal_set_status (self, g_value_get_string (value));
      break;

    case PROP_COMMENT:
      kommune_verbal_proposal_set_comment (self, g_value_get_string (value));
      break;

    case PROP_ADOPTED:
      kommune_verbal_proposal_set_adopted (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kommune_verbal_proposal_class_init (KommuneVerbalProposalClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = kommune_verbal_proposal_finalize;
  object_class->get_property = kommune_verbal_proposal_get_property;
  object_class->set_property = kommune_verbal_proposal_set_property;

  /**
   * KommuneVerbalProposal:number:
   *
   * The proposal's number in the budget decision.
   *
   * Since: 0.1
   */
  properties[PROP_NUMBER] = g_param_spec_uint ("number", NULL, NULL, 0, G_MAXUINT, 0, ro);

  /**
   * KommuneVerbalProposal:text:
   *
   * The wording of the proposal, or %NULL for a proposal made with
   * g_object_new() rather than by a constructor.
   *
   * Since: 0.1
   */
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, NULL, ro);

  /**
   * KommuneVerbalProposal:responsible:
   *
   * The body the proposal is sent to, e.g. “Administrasjonsutvalget”.
   *
   * Since: 0.1
   */
  properties[PROP_RESPONSIBLE] = g_param_spec_string ("responsible", NULL, NULL, "", rw);

  /**
   * KommuneVerbalProposal:status:
   *
   * The status of the follow-up, free text.
   *
   * Since: 0.1
   */
  properties[PROP_STATUS] = g_param_spec_string ("status", NULL, NULL, "", rw);

  /**
   * KommuneVerbalProposal:comment:
   *
   * A comment on the follow-up, free text.
   *
   * Since: 0.1
   */
  properties[PROP_COMMENT] = g_param_spec_string ("comment", NULL, NULL, "", rw);

  /**
   * KommuneVerbalProposal:adopted:
   *
   * The day the council adopted the proposal, or %NULL when the source
   * does not say. Kept as a calendar day: any time of day and time zone
   * given are dropped, the day in the given zone kept.
   *
   * Since: 0.1
   */
  properties[PROP_ADOPTED] = g_param_spec_boxed ("adopted", NULL, NULL, G_TYPE_DATE_TIME, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kommune_verbal_proposal_init (KommuneVerbalProposal *self)
{
  self->responsible = g_strdup ("");
  self->status = g_strdup ("");
  self->comment = g_strdup ("");
}

static gboolean
check_values (guint        number,
              const char  *text,
              GError     **error)
{
  if (number == 0)
    {
      g_set_error_literal (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                           _("verbal proposals are numbered from 1"));
      return FALSE;
    }
  if (text == NULL || *text == '\0' || !g_utf8_validate (text, -1, NULL))
    {
      g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                   _("verbal proposal %u has no wording, or it is not valid UTF-8"), number);
      return FALSE;
    }
  return TRUE;
}

gboolean
_kommune_verbal_proposal_check (KommuneVerbalProposal  *self,
                                GError                **error)
{
  return check_values (self->number, self->text, error);
}

/**
 * kommune_verbal_proposal_new:
 * @number: the proposal's number, at least 1
 * @text: the wording
 * @error: return location for a #GError
 *
 * Makes a verbal proposal. Fails with %KOMMUNE_ERROR_INVALID_ARGUMENT for
 * number 0 or empty wording.
 *
 * Returns: (transfer full) (nullable): a new proposal, or %NULL with
 *   @error set
 *
 * Since: 0.1
 */
KommuneVerbalProposal *
kommune_verbal_proposal_new (guint        number,
                             const char  *text,
                             GError     **error)
{
  KommuneVerbalProposal *self;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_values (number, text, error))
    return NULL;

  self = g_object_new (KOMMUNE_TYPE_VERBAL_PROPOSAL, NULL);
  self->number = number;
  self->text = g_strdup (text);
  return self;
}

/**
 * kommune_verbal_proposal_get_number:
 * @self: a #KommuneVerbalProposal
 *
 * Gets the number.
 *
 * Returns: the number
 *
 * Since: 0.1
 */
guint
kommune_verbal_proposal_get_number (KommuneVerbalProposal *self)
{
  g_return_val_if_fail (KOMMUNE_IS_VERBAL_PROPOSAL (self), 0);
  return self->number;
}

/**
 * kommune_verbal_proposal_get_text:
 * @self: a #KommuneVerbalProposal
 *
 * Gets the wording.
 *
 * Returns: (nullable): the wording, or %NULL for a proposal made with
 *   g_object_new() rather than by a constructor
 *
 * Since: 0.1
 */
const char *
kommune_verbal_proposal_get_text (KommuneVerbalProposal *self)
{
  g_return_val_if_fail (KOMMUNE_IS_VERBAL_PROPOSAL (self), NULL);
  return self->text;
}

/**
 * kommune_verbal_proposal_get_responsible:
 * @self: a #KommuneVerbalProposal
 *
 * Gets the responsible body.
 *
 * Returns: the responsible body, possibly empty
 *
 * Since: 0.1
 */
const char *
kommune_verbal_proposal_get_responsible (KommuneVerbalProposal *self)
{
  g_return_val_if_fail (KOMMUNE_IS_VERBAL_PROPOSAL (self), NULL);
  return self->responsible;
}

/**
 * kommune_verbal_proposal_set_responsible:
 * @self: a #KommuneVerbalProposal
 * @responsible: (nullable): the responsible body
 *
 * Sets the responsible body.
 *
 * Since: 0.1
 */
void
kommune_verbal_proposal_set_responsible (KommuneVerbalProposal *self,
                                         const char            *responsible)
{
  g_return_if_fail (KOMMUNE_IS_VERBAL_PROPOSAL (self));
  _kommune_set_text (G_OBJECT (self), &self->responsible, responsible, properties[PROP_RESPONSIBLE]);
}

/**
 * kommune_verbal_proposal_get_status:
 * @self: a #KommuneVerbalProposal
 *
 * Gets the status.
 *
 * Returns: the status, possibly empty
 *
 * Since: 0.1
 */
const char *
kommune_verbal_proposal_get_status (KommuneVerbalProposal *self)
{
  g_return_val_if_fail (KOMMUNE_IS_VERBAL_PROPOSAL (self), NULL);
  return self->status;
}

/**
 * kommune_verbal_proposal_set_status:
 * @self: a #KommuneVerbalProposal
 * @status: (nullable): the status
 *
 * Sets the status.
 *
 * Since: 0.1
 */
void
kommune_verbal_proposal_set_status (KommuneVerbalProposal *self,
                                    const char            *status)
{
  g_return_if_fail (KOMMUNE_IS_VERBAL_PROPOSAL (self));
  _kommune_set_text (G_OBJECT (self), &self->status, status, properties[PROP_STATUS]);
}

/**
 * kommune_verbal_proposal_get_comment:
 * @self: a #KommuneVerbalProposal
 *
 * Gets the comment.
 *
 * Returns: the comment, possibly empty
 *
 * Since: 0.1
 */
const char *
kommune_verbal_proposal_get_comment (KommuneVerbalProposal *self)
{
  g_return_val_if_fail (KOMMUNE_IS_VERBAL_PROPOSAL (self), NULL);
  return self->comment;
}

/**
 * kommune_verbal_proposal_set_comment:
 * @self: a #KommuneVerbalProposal
 * @comment: (nullable): the comment
 *
 * Sets the comment.
 *
 * Since: 0.1
 */
void
kommune_verbal_proposal_set_comment (KommuneVerbalProposal *self,
                                     const char            *comment)
{
  g_return_if_fail (KOMMUNE_IS_VERBAL_PROPOSAL (self));
  _kommune_set_text (G_OBJECT (self), &self->comment, comment, properties[PROP_COMMENT]);
}

/**
 * kommune_verbal_proposal_get_adopted:
 * @self: a #KommuneVerbalProposal
 *
 * Gets the day the council adopted the proposal.
 *
 * Returns: (transfer none) (nullable): the day, at UTC midnight, or %NULL
 *   when it is not known
 *
 * Since: 0.1
 */
GDateTime *
kommune_verbal_proposal_get_adopted (KommuneVerbalProposal *self)
{
  g_return_val_if_fail (KOMMUNE_IS_VERBAL_PROPOSAL (self), NULL);

  return self->adopted;
}

/**
 * kommune_verbal_proposal_set_adopted:
 * @self: a #KommuneVerbalProposal
 * @adopted: (nullable): the day the council adopted the proposal, or %NULL
 *
 * Sets the day the council adopted the proposal. Only the calendar day of
 * @adopted in its own time zone is kept.
 *
 * Since: 0.1
 */
void
kommune_verbal_proposal_set_adopted (KommuneVerbalProposal *self,
                                     GDateTime             *adopted)
{
  g_autoptr(GDateTime) day = NULL;

  g_return_if_fail (KOMMUNE_IS_VERBAL_PROPOSAL (self));

  if (adopted != NULL)
    day = _kommune_date_normalize (adopted);
  if (day == NULL && self->adopted == NULL)
    return;
  if (day != NULL && self->adopted != NULL && g_date_time_equal (day, self->adopted))
    return;
  g_clear_pointer (&self->adopted, g_date_time_unref);
  self->adopted = g_steal_pointer (&day);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ADOPTED]);
}
