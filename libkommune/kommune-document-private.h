/* kommune-document-private.h: the JSON format of KommuneDocument
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "kommune-document.h"

G_BEGIN_DECLS

/* The document's fields, shared by kommune-document.c (the object, load,
 * save, equal) and kommune-document-contents.c (its lists). */
struct _KommuneDocument
{
  GObject              parent_instance;

  KommuneMunicipality *municipality;
  KommuneEconomicPlan *plan;
  char                *source;
  GListStore          *tertial_reports;
  GListStore          *investment_projects;
  GListStore          *verbal_proposals;
  GListStore          *annual_evaluations;
  GListStore          *key_figures;
  GListStore          *notes;
  GListStore          *goals;
  GListStore          *financial_rules;
  GListStore          *workforce_figures;
  GListStore          *strategies;
};

/* Builds a document from a parsed JSON tree; @name (a file name) starts
 * every error message. Returns NULL with @error set, building nothing. */
KommuneDocument *_kommune_document_read  (JsonNode     *root,
                                          const char   *name,
                                          GError      **error);

/* The canonical JSON tree of a document: fixed member order, every list
 * present, optional members left out when absent. */
JsonNode        *_kommune_document_write (KommuneDocument *self);

G_END_DECLS

#include "kommune-json-reader-private.h"

G_BEGIN_DECLS

/* The steering part of the format (goals, indicators, measures, financial
 * rules, workforce figures, strategies), in kommune-document-steering.c. */
gboolean _kommune_document_read_steering  (KommuneJsonReader *r,
                                           JsonObject        *root,
                                           KommuneDocument   *document);
void     _kommune_document_write_steering (JsonBuilder       *builder,
                                           KommuneDocument   *document);

G_END_DECLS
