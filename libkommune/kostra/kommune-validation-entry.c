/* kommune-validation-entry.c: one finding of SSB's KOSTRA controls
 *
 * An entry is what one control reports: the control's number and SSB's
 * name for it, how serious the finding is, SSB's Norwegian message with
 * the figures filled in, and the lines of the file it concerns (none for
 * the controls that sum over the whole file). Entries are made only by
 * the controls and never change.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "kommune-enums.h"
#include "kostra/kommune-validation-entry-private.h"

/**
 * KommuneValidationEntry:
 *
 * One finding of SSB's control program for a KOSTRA accounts file, as
 * [class@Kommune.ValidationReport] lists them.
 *
 * The [property@Kommune.ValidationEntry:rule-id] is the control's number as
 * SSB writes it (`"110"`); the two controls SSB numbers 010 (an unknown
 * function, and a function SSB still accepts for a while) share it and
 * differ in [property@Kommune.ValidationEntry:rule-name]. The entry SSB
 * gives for a skjema it does not know has an empty rule id and the rule
 * name “Ukjent skjema”.
 *
 * Entries are immutable; one made with g_object_new() has empty strings,
 * severity %KOMMUNE_SEVERITY_OK and no line numbers.
 *
 * Since: 0.1
 */

struct _KommuneValidationEntry
{
  GObject          parent_instance;

  char            *rule_id;
  char            *rule_name;
  char            *message;
  guint           *lines;
  guint            n_lines;
  KommuneSeverity  severity;
};

G_DEFINE_FINAL_TYPE (KommuneValidationEntry, kommune_validation_entry, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_RULE_ID,
  PROP_RULE_NAME,
  PROP_SEVERITY,
  PROP_MESSAGE,
  PROP_LINE_NUMBERS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kommune_validation_entry_finalize (GObject *object)
{
  KommuneValidationEntry *self = (KommuneValidationEntry *)object;

  g_clear_pointer (&self->rule_id, g_free);
  g_clear_pointer (&self->rule_name, g_free);
  g_clear_pointer (&self->message, g_free);
  g_clear_pointer (&self->lines, g_free);

  G_OBJECT_CLASS (kommune_validation_entry_parent_class)->finalize (object);
}

static GVariant *
line_numbers_variant (KommuneValidationEntry *self)
{
  G_STATIC_ASSERT (sizeof (guint) == sizeof (guint32));

  return g_variant_new_fixed_array (G_VARIANT_TYPE_UINT32, self->lines,
                                    self->n_lines, sizeof (guint32));
}

static void
kommune_validation_entry_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  KommuneValidationEntry *self = KOMMUNE_VALIDATION_ENTRY (object);

  switch (prop_id)
    {
    case PROP_RULE_ID:
      g_value_set_string (value, self->rule_id);
      break;

    case PROP_RULE_NAME:
      g_value_set_string (value, self->rule_name);
      break;

    case PROP_SEVERITY:
      g_value_set_enum (value, (int) self->severity);
      break;

    case PROP_MESSAGE:
      g_value_set_string (value, self->message);
      break;

    case PROP_LINE_NUMBERS:
      g_value_take_variant (value, g_variant_ref_sink (line_numbers_variant (self)));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kommune_validation_entry_class_init (KommuneValidationEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kommune_validation_entry_finalize;
  object_class->get_property = kommune_validation_entry_get_property;

  /**
   * KommuneValidationEntry:rule-id:
   *
   * The control's number, as SSB writes it: `"003"`, `"110"`.
   *
   * Since: 0.1
   */
  properties[PROP_RULE_ID] =
    g_param_spec_string ("rule-id", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * KommuneValidationEntry:rule-name:
   *
   * SSB's name for the control, e.g. “Kontroll 110 : Summeringskontroller
   * driftsregnskapet, differanse i driftsregnskapet”: the `ruleName` of
   * SSB's JSON report.
   *
   * Since: 0.1
   */
  properties[PROP_RULE_NAME] =
    g_param_spec_string ("rule-name", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * KommuneValidationEntry:severity:
   *
   * How serious the finding is.
   *
   * Since: 0.1
   */
  properties[PROP_SEVERITY] =
    g_param_spec_enum ("severity", NULL, NULL, KOMMUNE_TYPE_SEVERITY, KOMMUNE_SEVERITY_OK,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * KommuneValidationEntry:message:
   *
   * SSB's message, in Norwegian, with the figures filled in. It is
   * SSB's text to the byte, including the HTML line breaks (`<br/>`) and
   * indentation SSB's program writes into some of them.
   *
   * Since: 0.1
   */
  properties[PROP_MESSAGE] =
    g_param_spec_string ("message", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * KommuneValidationEntry:line-numbers:
   *
   * The lines the finding concerns, as a #GVariant of type `au`: 1-based
   * line numbers in the file, empty lines counted, as
   * [property@Kommune.AccountsRecord:line] gives them. (SSB's program
   * counts only the non-empty lines; without empty lines both agree.)
   * Empty for the controls that sum over the file.
   *
   * Since: 0.1
   */
  properties[PROP_LINE_NUMBERS] =
    g_param_spec_variant ("line-numbers", NULL, NULL, G_VARIANT_TYPE ("au"), NULL,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kommune_validation_entry_init (KommuneValidationEntry *self)
{
  self->rule_id = g_strdup ("");
  self->rule_name = g_strdup ("");
  self->message = g_strdup ("");
  self->severity = KOMMUNE_SEVERITY_OK;
}

KommuneValidationEntry *
_kommune_validation_entry_new (const char      *rule_id,
                               const char      *rule_name,
                               KommuneSeverity  severity,
                               const char      *message,
                               const guint     *lines,
                               guint            n_lines)
{
  KommuneValidationEntry *self = g_object_new (KOMMUNE_TYPE_VALIDATION_ENTRY, NULL);

  g_free (self->rule_id);
  self->rule_id = g_strdup (rule_id);
  g_free (self->rule_name);
  self->rule_name = g_strdup (rule_name);
  g_free (self->message);
  self->message = g_strdup (message);
  self->severity = severity;
  self->n_lines = n_lines;
  self->lines = n_lines > 0 ? g_memdup2 (lines, n_lines * sizeof (guint)) : NULL;
  return self;
}

/**
 * kommune_validation_entry_get_rule_id:
 * @self: a validation entry
 *
 * Gets [property@Kommune.ValidationEntry:rule-id].
 *
 * Returns: (transfer none): the control's number, such as `"110"`
 *
 * Since: 0.1
 */
const char *
kommune_validation_entry_get_rule_id (KommuneValidationEntry *self)
{
  g_return_val_if_fail (KOMMUNE_IS_VALIDATION_ENTRY (self), NULL);
  return self->rule_id;
}

/**
 * kommune_validation_entry_get_rule_name:
 * @self: a validation entry
 *
 * Gets [property@Kommune.ValidationEntry:rule-name].
 *
 * Returns: (transfer none): SSB's name for the control
 *
 * Since: 0.1
 */
const char *
kommune_validation_entry_get_rule_name (KommuneValidationEntry *self)
{
  g_return_val_if_fail (KOMMUNE_IS_VALIDATION_ENTRY (self), NULL);
  return self->rule_name;
}

/**
 * kommune_validation_entry_get_severity:
 * @self: a validation entry
 *
 * Gets [property@Kommune.ValidationEntry:severity].
 *
 * Returns: how serious the finding is
 *
 * Since: 0.1
 */
KommuneSeverity
kommune_validation_entry_get_severity (KommuneValidationEntry *self)
{
  g_return_val_if_fail (KOMMUNE_IS_VALIDATION_ENTRY (self), KOMMUNE_SEVERITY_OK);
  return self->severity;
}

/**
 * kommune_validation_entry_get_message:
 * @self: a validation entry
 *
 * Gets [property@Kommune.ValidationEntry:message].
 *
 * Returns: (transfer none): SSB's message with the figures filled in
 *
 * Since: 0.1
 */
const char *
kommune_validation_entry_get_message (KommuneValidationEntry *self)
{
  g_return_val_if_fail (KOMMUNE_IS_VALIDATION_ENTRY (self), NULL);
  return self->message;
}

/**
 * kommune_validation_entry_get_line_numbers:
 * @self: a validation entry
 * @n_line_numbers: (out) (optional): where to store how many there are
 *
 * Gets the lines the finding concerns, as in
 * [property@Kommune.ValidationEntry:line-numbers].
 *
 * Returns: (array length=n_line_numbers) (transfer none) (nullable): the
 *   1-based line numbers, or %NULL when there are none
 *
 * Since: 0.1
 */
const guint *
kommune_validation_entry_get_line_numbers (KommuneValidationEntry *self,
                                           guint                  *n_line_numbers)
{
  if (n_line_numbers != NULL)
    *n_line_numbers = 0;
  g_return_val_if_fail (KOMMUNE_IS_VALIDATION_ENTRY (self), NULL);
  if (n_line_numbers != NULL)
    *n_line_numbers = self->n_lines;
  return self->lines;
}
