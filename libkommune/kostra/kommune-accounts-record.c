/* kommune-accounts-record.c: one record of SSB's KOSTRA accounts file
 *
 * A record keeps its 48 bytes as they were in the file and, decoded once
 * when it is made, the UTF-8 text of its fields in one buffer inside the
 * object: a record costs one allocation, which matters when a national
 * file's million records are walked one by one. The file itself
 * (kommune-accounts-file.c) keeps bytes, not records.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "kommune-error.h"
#include "kostra/kommune-accounts-layout-private.h"
#include "kostra/kommune-accounts-record-private.h"

/**
 * KommuneAccountsRecord:
 *
 * One record of a KOSTRA accounts file in SSB's 48-character "Regnskap"
 * layout: one line of the file, read by byte position.
 *
 * A record is immutable. Its text fields are ISO-8859-1 in the file and
 * UTF-8 here, with the blanks that pad them removed on both sides: the
 * function of `120 ` is `120`, a kapittel `10  ` is `10`, and a blank
 * orgnr is the empty string, never %NULL. The year and the quarter are
 * numbers; the amount is in øre, the file's 1000 kr × 100 000.
 * [property@Kommune.AccountsRecord:text] is the whole line, unchanged.
 *
 * A record says what the file says, valid or not: a line of 48
 * characters with the year `XXXX` is still a record (year 0), and an
 * amount that SSB's control 014 refuses is a record without an amount
 * ([method@Kommune.AccountsRecord.has_amount] is %FALSE). Validation
 * judges the records; loading only reads them. A left-justified `1`
 * breaks control 014 but is still the 1 000 kr that SSB's sums add.
 *
 * Records come from a [class@Kommune.AccountsFile], or from
 * [ctor@Kommune.AccountsRecord.new], which checks every field. A record
 * made with g_object_new() (`Kommune.AccountsRecord()` in Python) holds
 * no line: its fields are empty, and a file refuses to take it.
 *
 * Since: 0.1
 */

/* The decoded fields, in the order of their offsets in strings[]. */
enum {
  FIELD_TEXT,
  FIELD_SKJEMA,
  FIELD_REGION,
  FIELD_ORGNR,
  FIELD_FORETAKSNR,
  FIELD_CLASS,
  FIELD_FUNCTION,
  FIELD_ART,
  N_FIELDS
};

/* The whole line and its fields decoded: at most 2 UTF-8 bytes for each
 * ISO-8859-1 byte, and a NUL after each. */
#define STRINGS_SIZE (2 * KOMMUNE_ACCOUNTS_RECORD_LENGTH + 2 * (KOMMUNE_ACCOUNTS_RECORD_LENGTH - 13) + N_FIELDS)

struct _KommuneAccountsRecord
{
  GObject   parent_instance;

  gint64    amount;        /* øre; 0 without an amount */
  guint32   line;          /* 1-based; 0 for a record made in code */
  guint16   year;
  guint8    quarter;
  guint8    has_raw : 1;
  guint8    has_amount : 1;
  guint8    offsets[N_FIELDS];
  char      raw[KOMMUNE_ACCOUNTS_RECORD_LENGTH];
  char      strings[STRINGS_SIZE];
};

G_STATIC_ASSERT (STRINGS_SIZE <= 255);

G_DEFINE_FINAL_TYPE (KommuneAccountsRecord, kommune_accounts_record, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SKJEMA,
  PROP_YEAR,
  PROP_QUARTER,
  PROP_REGION,
  PROP_ORGNR,
  PROP_FORETAKSNR,
  PROP_ACCOUNT_CLASS,
  PROP_FUNCTION,
  PROP_ART,
  PROP_HAS_AMOUNT,
  PROP_AMOUNT,
  PROP_LINE,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
field (KommuneAccountsRecord *self,
       guint                  which)
{
  return self->strings + self->offsets[which];
}

static void
kommune_accounts_record_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  KommuneAccountsRecord *self = KOMMUNE_ACCOUNTS_RECORD (object);

  switch (prop_id)
    {
    case PROP_SKJEMA:
      g_value_set_string (value, field (self, FIELD_SKJEMA));
      break;
    case PROP_YEAR:
      g_value_set_uint (value, self->year);
      break;
    case PROP_QUARTER:
      g_value_set_uint (value, self->quarter);
      break;
    case PROP_REGION:
      g_value_set_string (value, field (self, FIELD_REGION));
      break;
    case PROP_ORGNR:
      g_value_set_string (value, field (self, FIELD_ORGNR));
      break;
    case PROP_FORETAKSNR:
      g_value_set_string (value, field (self, FIELD_FORETAKSNR));
      break;
    case PROP_ACCOUNT_CLASS:
      g_value_set_string (value, field (self, FIELD_CLASS));
      break;
    case PROP_FUNCTION:
      g_value_set_string (value, field (self, FIELD_FUNCTION));
      break;
    case PROP_ART:
      g_value_set_string (value, field (self, FIELD_ART));
      break;
    case PROP_HAS_AMOUNT:
      g_value_set_boolean (value, self->has_amount);
      break;
    case PROP_AMOUNT:
      g_value_set_int64 (value, self->amount);
      break;
    case PROP_LINE:
      g_value_set_uint (value, self->line);
      break;
    case PROP_TEXT:
      g_value_set_string (value, field (self, FIELD_TEXT));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kommune_accounts_record_class_init (KommuneAccountsRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->get_property = kommune_accounts_record_get_property;

  /**
   * KommuneAccountsRecord:skjema:
   *
   * The form, characters 1–2: `0A` … `0Y` (quarterly files carry `0A` to
   * `0D` too). Empty for a record made with g_object_new().
   *
   * Since: 0.1
   */
  properties[PROP_SKJEMA] = g_param_spec_string ("skjema", NULL, NULL, "", ro);

  /**
   * KommuneAccountsRecord:year:
   *
   * The reporting year (aargang), characters 3–6; 0 when they are not
   * four digits.
   *
   * Since: 0.1
   */
  properties[PROP_YEAR] = g_param_spec_uint ("year", NULL, NULL, 0, 9999, 0, ro);

  /**
   * KommuneAccountsRecord:quarter:
   *
   * The quarter (kvartal), character 7: its digit, and 0 when it is
   * blank (annual accounts) or not a digit.
   *
   * Since: 0.1
   */
  properties[PROP_QUARTER] = g_param_spec_uint ("quarter", NULL, NULL, 0, 9, 0, ro);

  /**
   * KommuneAccountsRecord:region:
   *
   * The region, characters 8–13: kommunenummer and `00`, an Oslo bydel
   * (`0301BB`) or a fylke (`FF0000`).
   *
   * Since: 0.1
   */
  properties[PROP_REGION] = g_param_spec_string ("region", NULL, NULL, "", ro);

  /**
   * KommuneAccountsRecord:orgnr:
   *
   * The organisation number, characters 14–22; empty when blank.
   *
   * Since: 0.1
   */
  properties[PROP_ORGNR] = g_param_spec_string ("orgnr", NULL, NULL, "", ro);

  /**
   * KommuneAccountsRecord:foretaksnr:
   *
   * The enterprise number, characters 23–31; empty when blank.
   *
   * Since: 0.1
   */
  properties[PROP_FORETAKSNR] = g_param_spec_string ("foretaksnr", NULL, NULL, "", ro);

  /**
   * KommuneAccountsRecord:account-class:
   *
   * The kontoklasse, character 32: `1` drift and `0` investering of the
   * kasse, `3`/`4` of the others, `2`/`5` balanse; empty when blank.
   *
   * Since: 0.1
   */
  properties[PROP_ACCOUNT_CLASS] = g_param_spec_string ("account-class", NULL, NULL, "", ro);

  /**
   * KommuneAccountsRecord:function:
   *
   * The funksjon (bevilgning) or kapittel (balanse), characters 33–36.
   *
   * Since: 0.1
   */
  properties[PROP_FUNCTION] = g_param_spec_string ("function", NULL, NULL, "", ro);

  /**
   * KommuneAccountsRecord:art:
   *
   * The art (bevilgning) or sektor (balanse), characters 37–39.
   *
   * Since: 0.1
   */
  properties[PROP_ART] = g_param_spec_string ("art", NULL, NULL, "", ro);

  /**
   * KommuneAccountsRecord:has-amount:
   *
   * Whether characters 40–48 are an amount as SSB's control 014 wants
   * one: blanks, an optional `-` and digits up to the end.
   *
   * Since: 0.1
   */
  properties[PROP_HAS_AMOUNT] = g_param_spec_boolean ("has-amount", NULL, NULL, FALSE, ro);

  /**
   * KommuneAccountsRecord:amount:
   *
   * The amount in øre: the file's figure in 1000 kr × 100 000, read as
   * SSB's program reads it for its sums (see
   * [method@Kommune.AccountsRecord.get_amount]); 0 when it reads none.
   *
   * Since: 0.1
   */
  properties[PROP_AMOUNT] = g_param_spec_int64 ("amount", NULL, NULL, G_MININT64, G_MAXINT64, 0, ro);

  /**
   * KommuneAccountsRecord:line:
   *
   * The 1-based number of the record's line in the file it was read
   * from, counting empty lines too; 0 for a record made in code. (SSB's
   * program numbers only the non-empty lines; without empty lines the
   * numbers are the same.)
   *
   * Since: 0.1
   */
  properties[PROP_LINE] = g_param_spec_uint ("line", NULL, NULL, 0, G_MAXUINT32, 0, ro);

  /**
   * KommuneAccountsRecord:text:
   *
   * The whole line of 48 characters, blanks kept, in UTF-8.
   *
   * Since: 0.1
   */
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, "", ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kommune_accounts_record_init (KommuneAccountsRecord *self)
{
  /* Every offset 0: every field the empty string at strings[0]. */
}

/* Appends @length ISO-8859-1 bytes as UTF-8 and a NUL at *@at. */
static void
decode (KommuneAccountsRecord *self,
        guint                  which,
        guint                 *at,
        const char            *text,
        gsize                  length)
{
  char *out = self->strings + *at;

  self->offsets[which] = (guint8) *at;
  for (gsize i = 0; i < length; i++)
    {
      guchar c = (guchar) text[i];

      if (c < 0x80)
        *out++ = (char) c;
      else
        {
          *out++ = (char) (0xC0 | (c >> 6));
          *out++ = (char) (0x80 | (c & 0x3F));
        }
    }
  *out++ = '\0';
  *at = (guint) (out - self->strings);
}

/* As decode(), without the blanks on either side. */
static void
decode_trimmed (KommuneAccountsRecord *self,
                guint                  which,
                guint                 *at,
                gsize                  start,
                gsize                  width)
{
  const char *text = self->raw + start;

  while (width > 0 && text[0] == ' ')
    text++, width--;
  while (width > 0 && text[width - 1] == ' ')
    width--;
  decode (self, which, at, text, width);
}

static void
fill_from_raw (KommuneAccountsRecord *self,
               guint                  line)
{
  const char *raw = self->raw;
  const char *year = raw + KOMMUNE_ACCOUNTS_YEAR_AT;
  char quarter = raw[KOMMUNE_ACCOUNTS_QUARTER_AT];
  gint32 thousands;
  guint at = 0;

  self->has_raw = TRUE;
  self->line = line;

  decode (self, FIELD_TEXT, &at, raw, KOMMUNE_ACCOUNTS_RECORD_LENGTH);
  decode_trimmed (self, FIELD_SKJEMA, &at, KOMMUNE_ACCOUNTS_SKJEMA_AT, KOMMUNE_ACCOUNTS_SKJEMA_WIDTH);
  decode_trimmed (self, FIELD_REGION, &at, KOMMUNE_ACCOUNTS_REGION_AT, KOMMUNE_ACCOUNTS_REGION_WIDTH);
  decode_trimmed (self, FIELD_ORGNR, &at, KOMMUNE_ACCOUNTS_ORGNR_AT, KOMMUNE_ACCOUNTS_ORGNR_WIDTH);
  decode_trimmed (self, FIELD_FORETAKSNR, &at, KOMMUNE_ACCOUNTS_FORETAK_AT, KOMMUNE_ACCOUNTS_FORETAK_WIDTH);
  decode_trimmed (self, FIELD_CLASS, &at, KOMMUNE_ACCOUNTS_CLASS_AT, KOMMUNE_ACCOUNTS_CLASS_WIDTH);
  decode_trimmed (self, FIELD_FUNCTION, &at, KOMMUNE_ACCOUNTS_FUNCTION_AT, KOMMUNE_ACCOUNTS_FUNCTION_WIDTH);
  decode_trimmed (self, FIELD_ART, &at, KOMMUNE_ACCOUNTS_ART_AT, KOMMUNE_ACCOUNTS_ART_WIDTH);
  g_assert (at <= STRINGS_SIZE);

  if (g_ascii_isdigit (year[0]) && g_ascii_isdigit (year[1]) &&
      g_ascii_isdigit (year[2]) && g_ascii_isdigit (year[3]))
    self->year = (guint16) ((year[0] - '0') * 1000 + (year[1] - '0') * 100 +
                            (year[2] - '0') * 10 + (year[3] - '0'));
  self->quarter = g_ascii_isdigit (quarter) ? (guint8) (quarter - '0') : 0;

  self->has_amount = _kommune_accounts_parse_amount (raw + KOMMUNE_ACCOUNTS_AMOUNT_AT, &thousands);
  if (_kommune_accounts_read_amount (raw + KOMMUNE_ACCOUNTS_AMOUNT_AT, &thousands))
    self->amount = thousands * KOMMUNE_ACCOUNTS_ORE_PER_UNIT;
}

KommuneAccountsRecord *
_kommune_accounts_record_new_from_line (const char *text,
                                        guint       line)
{
  KommuneAccountsRecord *self = g_object_new (KOMMUNE_TYPE_ACCOUNTS_RECORD, NULL);

  memcpy (self->raw, text, KOMMUNE_ACCOUNTS_RECORD_LENGTH);
  fill_from_raw (self, line);
  return self;
}

const char *
_kommune_accounts_record_get_raw (KommuneAccountsRecord *self)
{
  g_return_val_if_fail (KOMMUNE_IS_ACCOUNTS_RECORD (self), NULL);
  return self->has_raw ? self->raw : NULL;
}

/**
 * kommune_accounts_record_get_skjema:
 * @self: a #KommuneAccountsRecord
 *
 * Gets the form, such as `0A`.
 *
 * Returns: the skjema; empty for a record made with g_object_new()
 *
 * Since: 0.1
 */
const char *
kommune_accounts_record_get_skjema (KommuneAccountsRecord *self)
{
  g_return_val_if_fail (KOMMUNE_IS_ACCOUNTS_RECORD (self), "");
  return field (self, FIELD_SKJEMA);
}

/**
 * kommune_accounts_record_get_year:
 * @self: a #KommuneAccountsRecord
 *
 * Gets the reporting year.
 *
 * Returns: the year, or 0 when the field is not four digits
 *
 * Since: 0.1
 */
guint
kommune_accounts_record_get_year (KommuneAccountsRecord *self)
{
  g_return_val_if_fail (KOMMUNE_IS_ACCOUNTS_RECORD (self), 0);
  return self->year;
}

/**
 * kommune_accounts_record_get_quarter:
 * @self: a #KommuneAccountsRecord
 *
 * Gets the quarter.
 *
 * Returns: 1–4 for a quarter (any digit the field holds), 0 for annual accounts or a field that is not a digit
 *
 * Since: 0.1
 */
guint
kommune_accounts_record_get_quarter (KommuneAccountsRecord *self)
{
  g_return_val_if_fail (KOMMUNE_IS_ACCOUNTS_RECORD (self), 0);
  return self->quarter;
}

/**
 * kommune_accounts_record_get_region:
 * @self: a #KommuneAccountsRecord
 *
 * Gets the region, such as `040200`.
 *
 * Returns: the region, without blanks
 *
 * Since: 0.1
 */
const char *
kommune_accounts_record_get_region (KommuneAccountsRecord *self)
{
  g_return_val_if_fail (KOMMUNE_IS_ACCOUNTS_RECORD (self), "");
  return field (self, FIELD_REGION);
}

/**
 * kommune_accounts_record_get_orgnr:
 * @self: a #KommuneAccountsRecord
 *
 * Gets the organisation number.
 *
 * Returns: the orgnr, or the empty string when the field is blank
 *
 * Since: 0.1
 */
const char *
kommune_accounts_record_get_orgnr (KommuneAccountsRecord *self)
{
  g_return_val_if_fail (KOMMUNE_IS_ACCOUNTS_RECORD (self), "");
  return field (self, FIELD_ORGNR);
}

/**
 * kommune_accounts_record_get_foretaksnr:
 * @self: a #KommuneAccountsRecord
 *
 * Gets the enterprise number.
 *
 * Returns: the foretaksnr, or the empty string when the field is blank
 *
 * Since: 0.1
 */
const char *
kommune_accounts_record_get_foretaksnr (KommuneAccountsRecord *self)
{
  g_return_val_if_fail (KOMMUNE_IS_ACCOUNTS_RECORD (self), "");
  return field (self, FIELD_FORETAKSNR);
}

/**
 * kommune_accounts_record_get_account_class:
 * @self: a #KommuneAccountsRecord
 *
 * Gets the kontoklasse, such as `1` for drift.
 *
 * Returns: the account class, or the empty string when the field is blank
 *
 * Since: 0.1
 */
const char *
kommune_accounts_record_get_account_class (KommuneAccountsRecord *self)
{
  g_return_val_if_fail (KOMMUNE_IS_ACCOUNTS_RECORD (self), "");
  return field (self, FIELD_CLASS);
}

/**
 * kommune_accounts_record_get_function:
 * @self: a #KommuneAccountsRecord
 *
 * Gets the funksjon (bevilgning) or the kapittel (balanse).
 *
 * Returns: the function or chapter, without the blanks that pad it
 *
 * Since: 0.1
 */
const char *
kommune_accounts_record_get_function (KommuneAccountsRecord *self)
{
  g_return_val_if_fail (KOMMUNE_IS_ACCOUNTS_RECORD (self), "");
  return field (self, FIELD_FUNCTION);
}

/**
 * kommune_accounts_record_get_art:
 * @self: a #KommuneAccountsRecord
 *
 * Gets the art (bevilgning) or the sektor (balanse).
 *
 * Returns: the art or sector, without blanks; empty when the field is blank
 *
 * Since: 0.1
 */
const char *
kommune_accounts_record_get_art (KommuneAccountsRecord *self)
{
  g_return_val_if_fail (KOMMUNE_IS_ACCOUNTS_RECORD (self), "");
  return field (self, FIELD_ART);
}

/**
 * kommune_accounts_record_has_amount:
 * @self: a #KommuneAccountsRecord
 *
 * Tells whether the amount field is written as SSB's control 014 wants
 * it: optional blanks, an optional `-` and digits up to the end of the
 * line (`      -25`). A blank field, `XXX`, a left-justified `1` or a
 * `-` apart from the digits is not; [method@Kommune.AccountsRecord.get_amount]
 * still gives what SSB's sums read from such a field. Nine characters
 * cannot hold a number beyond 32 bits, so every amount that matches
 * is one.
 *
 * Returns: %TRUE if control 014 accepts the amount
 *
 * Since: 0.1
 */
gboolean
kommune_accounts_record_has_amount (KommuneAccountsRecord *self)
{
  g_return_val_if_fail (KOMMUNE_IS_ACCOUNTS_RECORD (self), FALSE);
  return self->has_amount;
}

/**
 * kommune_accounts_record_get_amount:
 * @self: a #KommuneAccountsRecord
 *
 * Gets the amount in øre: the file's figure in 1000 kr × 100 000, so
 * `    36328` is 3 632 800 000 øre.
 *
 * The figure is read as SSB's program reads it for its sums: without
 * the blanks and control characters around it, with an optional `+` or
 * `-` right before the digits. So a left-justified `1        ` is
 * 100 000 øre here, though control 014 refuses how it is written
 * ([method@Kommune.AccountsRecord.has_amount] is %FALSE), and a field
 * SSB cannot read as a number (`XXX`, `- 123`, blanks) is 0, as SSB
 * counts it.
 *
 * Returns: the amount, or 0 when the field holds no number
 *
 * Since: 0.1
 */
gint64
kommune_accounts_record_get_amount (KommuneAccountsRecord *self)
{
  g_return_val_if_fail (KOMMUNE_IS_ACCOUNTS_RECORD (self), 0);
  return self->amount;
}

/**
 * kommune_accounts_record_get_line:
 * @self: a #KommuneAccountsRecord
 *
 * Gets the 1-based number of the record's line in its file; empty lines count.
 *
 * Returns: the line number, or 0 for a record made in code
 *
 * Since: 0.1
 */
guint
kommune_accounts_record_get_line (KommuneAccountsRecord *self)
{
  g_return_val_if_fail (KOMMUNE_IS_ACCOUNTS_RECORD (self), 0);
  return self->line;
}

/**
 * kommune_accounts_record_get_text:
 * @self: a #KommuneAccountsRecord
 *
 * Gets the whole line, 48 characters with every blank, decoded from ISO-8859-1.
 *
 * Returns: the record's text; empty for a record made with g_object_new()
 *
 * Since: 0.1
 */
const char *
kommune_accounts_record_get_text (KommuneAccountsRecord *self)
{
  g_return_val_if_fail (KOMMUNE_IS_ACCOUNTS_RECORD (self), "");
  return field (self, FIELD_TEXT);
}
