/* kommune-report.c: KommuneReport, a document written as one
 * self-contained HTML page for the council, and the small HTML helpers its
 * sections share.
 *
 * The page is polyglot XHTML: an HTML5 browser reads it as HTML, an XML
 * parser as XML, so every element is closed and every text escaped. It
 * needs no network and no script: the stylesheet is inline, the charts are
 * inline SVG, and each chart has its data table beside it.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "kommune-amount.h"
#include "kommune-document.h"
#include "kommune-enums.h"
#include "kommune-error.h"
#include "kommune-ledger.h"
#include "kommune-municipality.h"
#include "core/kommune-file-private.h"
#include "core/kommune-i18n-private.h"
#include "report/kommune-report-private.h"

/**
 * KommuneReport:
 *
 * A document written as one HTML file for the council: the plan's frames
 * per area and year, each frame's distributions, the adjustments from the
 * original to the revised frame, the scorecard of every goal, the
 * financial rules against each year's accounts, the workforce over time
 * and, when accounts are given ([method@Kommune.Report.set_accounts]),
 * SSB's key figures of the accounts beside the budget.
 *
 * The file is self-contained: an inline stylesheet with a print layout
 * for A4, inline SVG charts, no script and nothing fetched from the
 * network. Every chart has a title, labelled axes and its data table
 * beside it; every number taken from the document carries its exact value
 * (øre, hundredths of a percent or thousandths) in a `data-value`
 * attribute. A section whose data the document lacks says so in one
 * line.
 *
 * The labels are Norwegian Bokmål by default and English with
 * %KOMMUNE_REPORT_LANGUAGE_EN ([property@Kommune.Report:language]); the
 * names and texts of the document are shown as written, and numbers as
 * the documents write them (`38 228 737`).
 *
 * A report made with g_object_new() (`Kommune.Report()` in Python) has no
 * document: writing it fails with %KOMMUNE_ERROR_MISSING_DATA.
 *
 * Since: 0.1
 */
struct _KommuneReport
{
  GObject                parent_instance;

  KommuneDocument       *document;
  KommuneReportLanguage  language;
  KommuneKostraFigures  *accounts;
};

G_DEFINE_FINAL_TYPE (KommuneReport, kommune_report, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_LANGUAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kommune_report_finalize (GObject *object)
{
  KommuneReport *self = (KommuneReport *) object;

  g_clear_object (&self->document);
  g_clear_object (&self->accounts);

  G_OBJECT_CLASS (kommune_report_parent_class)->finalize (object);
}

static void
kommune_report_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  KommuneReport *self = KOMMUNE_REPORT (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_LANGUAGE:
      g_value_set_enum (value, self->language);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kommune_report_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  KommuneReport *self = KOMMUNE_REPORT (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_set_object (&self->document, g_value_get_object (value));
      break;
    case PROP_LANGUAGE:
      kommune_report_set_language (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kommune_report_class_init (KommuneReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kommune_report_finalize;
  object_class->get_property = kommune_report_get_property;
  object_class->set_property = kommune_report_set_property;

  /**
   * KommuneReport:document:
   *
   * The document the report shows, or %NULL for a report made without
   * one (which cannot be written).
   *
   * Since: 0.1
   */
  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, KOMMUNE_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * KommuneReport:language:
   *
   * The language of the report's headings, labels and notes.
   *
   * Since: 0.1
   */
  properties[PROP_LANGUAGE] =
    g_param_spec_enum ("language", NULL, NULL, KOMMUNE_TYPE_REPORT_LANGUAGE,
                       KOMMUNE_REPORT_LANGUAGE_NB,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kommune_report_init (KommuneReport *self)
{
  self->language = KOMMUNE_REPORT_LANGUAGE_NB;
}

/**
 * kommune_report_new:
 * @document: the document to report
 *
 * A report of @document in Norwegian Bokmål, without accounts.
 *
 * Returns: (transfer full): a new #KommuneReport
 *
 * Since: 0.1
 */
KommuneReport *
kommune_report_new (KommuneDocument *document)
{
  g_return_val_if_fail (KOMMUNE_IS_DOCUMENT (document), NULL);

  return g_object_new (KOMMUNE_TYPE_REPORT, "document", document, NULL);
}

/**
 * kommune_report_get_document:
 * @self: a #KommuneReport
 *
 * The document the report shows.
 *
 * Returns: (transfer none) (nullable): the document, or %NULL for a
 *   report made without one
 *
 * Since: 0.1
 */
KommuneDocument *
kommune_report_get_document (KommuneReport *self)
{
  g_return_val_if_fail (KOMMUNE_IS_REPORT (self), NULL);

  return self->document;
}

/**
 * kommune_report_get_language:
 * @self: a #KommuneReport
 *
 * The language of the report's labels.
 *
 * Returns: the language
 *
 * Since: 0.1
 */
KommuneReportLanguage
kommune_report_get_language (KommuneReport *self)
{
  g_return_val_if_fail (KOMMUNE_IS_REPORT (self), KOMMUNE_REPORT_LANGUAGE_NB);

  return self->language;
}

/**
 * kommune_report_set_language:
 * @self: a #KommuneReport
 * @language: the language of the labels
 *
 * Chooses the language of the report's headings, labels and notes.
 *
 * Since: 0.1
 */
void
kommune_report_set_language (KommuneReport         *self,
                             KommuneReportLanguage  language)
{
  g_return_if_fail (KOMMUNE_IS_REPORT (self));
  g_return_if_fail (language == KOMMUNE_REPORT_LANGUAGE_NB ||
                    language == KOMMUNE_REPORT_LANGUAGE_EN);

  if (self->language == language)
    return;
  self->language = language;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

/* The ledger's one region, or NULL with @error when it has none or
 * several; and the latest year of @region. */
static gboolean
choose_region_and_year (KommuneLedger  *ledger,
                        const char     *region,
                        char          **chosen_region,
                        guint          *latest_year,
                        GError        **error)
{
  g_autofree char *found = NULL;
  guint latest = 0;
  guint n = kommune_ledger_get_n_lines (ledger);

  for (guint i = 0; i < n; i++)
    {
      const char *line_region = NULL;
      guint year = 0;

      if (!kommune_ledger_get_line (ledger, i, &year, &line_region, NULL, NULL, NULL, NULL))
        continue;
      if (region == NULL)
        {
          if (found == NULL)
            found = g_strdup (line_region);
          else if (strcmp (found, line_region) != 0)
            {
              g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT,
                           _("The accounts hold more than one region (%s and %s): name the region"),
                           found, line_region);
              return FALSE;
            }
        }
      else if (!g_str_has_prefix (line_region, region))
        continue;
      latest = MAX (latest, year);
    }
  if (latest == 0)
    {
      if (region != NULL)
        g_set_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_MISSING_DATA,
                     _("The accounts have no lines of region %s"), region);
      else
        g_set_error_literal (error, KOMMUNE_ERROR, KOMMUNE_ERROR_MISSING_DATA,
                             _("The accounts have no lines"));
      return FALSE;
    }
  *chosen_region = region != NULL ? g_strdup (region) : g_steal_pointer (&found);
  *latest_year = latest;
  return TRUE;
}

/**
 * kommune_report_set_accounts:
 * @self: a #KommuneReport
 * @ledger: (nullable): the accounts, or %NULL to show none
 * @region: (nullable): the region of the accounts (`040200`), or %NULL
 *   for the ledger's only region
 * @year: the accounting year, or 0 for the latest year of the region
 * @error: return location for a #GError
 *
 * Adds a section with SSB's key figures of @region's operating accounts
 * in @year ([method@Kommune.Ledger.key_figures]), their net operating
 * expenses per function group, and, where the plan distributes that
 * year's frames by KOSTRA function, the accounts beside the budget.
 *
 * Fails with %KOMMUNE_ERROR_INVALID_ARGUMENT when @region is %NULL and the
 * ledger holds several regions, with %KOMMUNE_ERROR_MISSING_DATA when it
 * has no line of the region, or as [method@Kommune.Ledger.key_figures]
 * does; the report keeps its earlier accounts then.
 *
 * Returns: %TRUE if the accounts were taken
 *
 * Since: 0.1
 */
gboolean
kommune_report_set_accounts (KommuneReport  *self,
                             KommuneLedger  *ledger,
                             const char     *region,
                             guint           year,
                             GError        **error)
{
  g_autofree char *chosen = NULL;
  guint latest = 0;
  KommuneKostraFigures *figures;

  g_return_val_if_fail (KOMMUNE_IS_REPORT (self), FALSE);
  g_return_val_if_fail (ledger == NULL || KOMMUNE_IS_LEDGER (ledger), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (ledger == NULL)
    {
      g_clear_object (&self->accounts);
      return TRUE;
    }
  if (!choose_region_and_year (ledger, region, &chosen, &latest, error))
    return FALSE;
  figures = kommune_ledger_key_figures (ledger, chosen, year != 0 ? year : latest, error);
  if (figures == NULL)
    return FALSE;
  g_clear_object (&self->accounts);
  self->accounts = figures;
  return TRUE;
}

static void
write_page (KommuneReportContext *ctx)
{
  KommuneMunicipality *municipality = kommune_document_get_municipality (ctx->document);
  g_autofree char *title = NULL;

  title = g_strdup_printf ("%s — %s", _L (ctx, L_REPORT_TITLE),
                           municipality != NULL ? kommune_municipality_get_name (municipality) : "");
  g_string_append (ctx->out,
                   "<!DOCTYPE html>\n"
                   "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"");
  g_string_append (ctx->out, _kommune_report_language_code (ctx->language));
  g_string_append (ctx->out, "\" xml:lang=\"");
  g_string_append (ctx->out, _kommune_report_language_code (ctx->language));
  g_string_append (ctx->out, "\">\n<head>\n<meta charset=\"utf-8\"/>\n"
                   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
                   "<meta name=\"generator\" content=\"libkommune\"/>\n<title>");
  _kommune_markup_append (ctx->out, title);
  g_string_append (ctx->out, "</title>\n<style>\n");
  g_string_append (ctx->out, _kommune_report_stylesheet ());
  g_string_append (ctx->out, "</style>\n</head>\n<body>\n<main>\n");

  _kommune_report_write_title (ctx);
  _kommune_report_write_frames (ctx);
  _kommune_report_write_distributions (ctx);
  _kommune_report_write_adjustments (ctx);
  _kommune_report_write_scorecard (ctx);
  _kommune_report_write_rules (ctx);
  _kommune_report_write_workforce (ctx);
  _kommune_report_write_kostra (ctx);

  g_string_append (ctx->out, "<footer><p>");
  _kommune_markup_append (ctx->out, _L (ctx, L_GENERATED_BY));
  g_string_append (ctx->out, "</p></footer>\n</main>\n</body>\n</html>\n");
}

/**
 * kommune_report_to_html:
 * @self: a #KommuneReport
 * @error: return location for a #GError
 *
 * The report as one self-contained HTML page (polyglot XHTML, UTF-8).
 *
 * Fails with %KOMMUNE_ERROR_MISSING_DATA for a report without a document.
 *
 * Returns: (transfer full) (nullable): the page, or %NULL with @error set
 *
 * Since: 0.1
 */
char *
kommune_report_to_html (KommuneReport  *self,
                        GError        **error)
{
  KommuneReportContext ctx = { 0 };

  g_return_val_if_fail (KOMMUNE_IS_REPORT (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (self->document == NULL)
    {
      g_set_error_literal (error, KOMMUNE_ERROR, KOMMUNE_ERROR_MISSING_DATA,
                           _("The report has no document to show"));
      return NULL;
    }
  ctx.document = self->document;
  ctx.language = self->language;
  ctx.accounts = self->accounts;
  ctx.out = g_string_sized_new (64 * 1024);
  write_page (&ctx);
  return g_string_free (ctx.out, FALSE);
}

/**
 * kommune_report_save:
 * @self: a #KommuneReport
 * @filename: (type filename): where to write the page
 * @error: return location for a #GError
 *
 * Writes [method@Kommune.Report.to_html] to @filename, atomically, as
 * [method@Kommune.Document.save] describes: symbolic links are followed,
 * the old permission bits are kept, and a failure leaves the old file as
 * it was and no temporary file behind.
 *
 * Fails as [method@Kommune.Report.to_html] does, or with a %G_FILE_ERROR
 * naming the file (a file that cannot be written, or a path that is not
 * a regular file).
 *
 * Returns: %TRUE if the file was written
 *
 * Since: 0.1
 */
gboolean
kommune_report_save (KommuneReport  *self,
                     const char     *filename,
                     GError        **error)
{
  g_autofree char *html = NULL;

  g_return_val_if_fail (KOMMUNE_IS_REPORT (self), FALSE);
  g_return_val_if_fail (filename != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  html = kommune_report_to_html (self, error);
  if (html == NULL)
    return FALSE;
  return _kommune_file_replace (filename, html, strlen (html), error);
}
