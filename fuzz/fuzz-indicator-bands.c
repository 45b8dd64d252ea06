/* fuzz-indicator-bands.c: libFuzzer target for the decimal text of
 * indicator bands and financial rule thresholds
 *
 * Bands (“desired > 55”, “acceptable 50–54”) and thresholds (“1,75”)
 * arrive as text from documents and callers. The input is split at line
 * ends into a lower bound, an upper bound, a value and a threshold; its
 * first byte picks the status, the inclusiveness and the direction. What
 * must hold: a band is set exactly when its bounds parse as decimals
 * within ±10^12 and make a band that is not empty; a set band reads back
 * as text that sets the same band, described the same way; evaluating a
 * value as text gives what evaluating its parsed thousandths gives; a
 * threshold is accepted exactly when it is a decimal of at least zero and
 * reads back to the same number.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <libkommune.h>

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

#define MAX_BOUND G_GINT64_CONSTANT (1000000000000000)  /* 10^12 in thousandths */

/* The part @index of @parts, or NULL where the input is shorter. An
 * empty part stands for no bound. */
static const char *
part (char **parts,
      guint  index)
{
  if (index >= g_strv_length (parts) || parts[index][0] == '\0')
    return NULL;
  return parts[index];
}

/* Whether @text is a bound set_band accepts; its value in @value. */
static gboolean
bound_ok (const char *text,
          gint64     *value)
{
  g_autoptr(GError) error = NULL;

  *value = 0;
  if (text == NULL)
    return TRUE;
  *value = kommune_decimal_parse (text, &error);
  return error == NULL && *value <= MAX_BOUND && *value >= -MAX_BOUND;
}

static void
check_band (KommuneStatus status,
            const char   *lower,
            gboolean      lower_inclusive,
            const char   *upper,
            gboolean      upper_inclusive,
            KommuneDirection direction,
            const char   *value_text)
{
  g_autoptr(KommuneIndicator) indicator = kommune_indicator_new ("fuzz", KOMMUNE_INDICATOR_UNIT_PERCENT, direction, NULL);
  g_autoptr(KommuneIndicator) copy = kommune_indicator_new ("fuzz", KOMMUNE_INDICATOR_UNIT_PERCENT, direction, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *lower_back = NULL, *upper_back = NULL;
  g_autofree char *described = NULL, *described_copy = NULL;
  gboolean lower_back_inclusive = FALSE, upper_back_inclusive = FALSE;
  gint64 low = 0, high = 0, back = 0;
  gboolean ok_low = bound_ok (lower, &low);
  gboolean ok_high = bound_ok (upper, &high);
  gboolean set;

  if (indicator == NULL || copy == NULL)
    abort ();
  set = kommune_indicator_set_band (indicator, status, lower, lower_inclusive,
                                    upper, upper_inclusive, &error);
  if (!set)
    {
      if (error == NULL || error->domain != KOMMUNE_ERROR ||
          !g_utf8_validate (error->message, -1, NULL) ||
          kommune_indicator_has_band (indicator, status))
        abort ();
      /* Bounds that parse and leave room between them make a band. */
      if (ok_low && ok_high && (lower == NULL || upper == NULL || low < high))
        abort ();
    }
  else
    {
      if (error != NULL || !ok_low || !ok_high || (lower != NULL && upper != NULL && low > high))
        abort ();
      if (!kommune_indicator_has_band (indicator, status) ||
          !kommune_indicator_dup_band (indicator, status, &lower_back, &lower_back_inclusive,
                                       &upper_back, &upper_back_inclusive))
        abort ();
      if ((lower_back == NULL) != (lower == NULL) || (upper_back == NULL) != (upper == NULL))
        abort ();
      if ((lower != NULL && (!bound_ok (lower_back, &back) || back != low)) ||
          (upper != NULL && (!bound_ok (upper_back, &back) || back != high)))
        abort ();
      if (!kommune_indicator_set_band (copy, status, lower_back, lower_back_inclusive,
                                       upper_back, upper_back_inclusive, NULL))
        abort ();
      described = kommune_indicator_describe_band (indicator, status);
      described_copy = kommune_indicator_describe_band (copy, status);
      if (g_strcmp0 (described, described_copy) != 0 ||
          (described != NULL && !g_utf8_validate (described, -1, NULL)))
        abort ();
      g_strfreev (kommune_indicator_check_bands (indicator));
    }

  if (value_text != NULL)
    {
      g_autoptr(GError) parse_error = NULL;
      g_autoptr(GError) evaluate_error = NULL;
      gint64 value = kommune_decimal_parse (value_text, &parse_error);
      KommuneStatus by_text = kommune_indicator_evaluate_text (indicator, value_text, &evaluate_error);

      if ((parse_error == NULL) != (evaluate_error == NULL))
        abort ();
      if (parse_error != NULL)
        {
          if (by_text != KOMMUNE_STATUS_NOT_MEASURED)
            abort ();
        }
      else if (by_text != kommune_indicator_evaluate_thousandths (indicator, value) ||
               by_text != kommune_indicator_evaluate_thousandths (copy, value))
        abort ();
    }
}

static void
check_threshold (const char *threshold)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) parse_error = NULL;
  g_autoptr(KommuneFinancialRule) rule = NULL;
  g_autofree char *back = NULL;
  gint64 value;

  if (threshold == NULL)
    return;
  value = kommune_decimal_parse (threshold, &parse_error);
  rule = kommune_financial_rule_new ("fuzz", KOMMUNE_FINANCIAL_FIGURE_NET_OPERATING_RESULT,
                                     KOMMUNE_FINANCIAL_FIGURE_GROSS_OPERATING_REVENUE,
                                     KOMMUNE_COMPARISON_GREATER_OR_EQUAL, threshold, &error);
  if (rule == NULL)
    {
      if (error == NULL || error->domain != KOMMUNE_ERROR ||
          !g_utf8_validate (error->message, -1, NULL) ||
          (parse_error == NULL && value >= 0))
        abort ();
      return;
    }
  if (error != NULL || parse_error != NULL || value < 0)
    abort ();
  back = kommune_financial_rule_dup_threshold (rule);
  if (back == NULL || kommune_decimal_parse (back, NULL) != value)
    abort ();
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static const KommuneStatus statuses[] = {
    KOMMUNE_STATUS_DESIRED, KOMMUNE_STATUS_ACCEPTABLE, KOMMUNE_STATUS_NOT_APPROVED,
  };
  static const KommuneDirection directions[] = {
    KOMMUNE_DIRECTION_HIGHER_IS_BETTER, KOMMUNE_DIRECTION_LOWER_IS_BETTER, KOMMUNE_DIRECTION_TARGET_RANGE,
  };
  g_autofree char *text = NULL;
  g_auto(GStrv) parts = NULL;
  guint8 flags;

  if (size == 0)
    return 0;
  flags = data[0];
  text = g_strndup ((const char *) data + 1, size - 1);
  parts = g_strsplit (text, "\n", 5);

  check_band (statuses[(flags & 3) % 3], part (parts, 0), (flags & 4) != 0,
              part (parts, 1), (flags & 8) != 0, directions[((flags >> 4) & 3) % 3],
              part (parts, 2));
  check_threshold (part (parts, 3));
  return 0;
}
