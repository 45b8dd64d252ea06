/* kommune-document-private.h: the fields of KommuneDocument and the
 * private functions of its contents, reader, writer, check and format
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "kommune-document.h"
#include "core/kommune-list-private.h"

G_BEGIN_DECLS

/* The document's fields, shared by kommune-document.c (the object and
 * its properties), the two contents files (its lists), the reader, the
 * writer and kommune-document-check.c (its invariants).
 * kommune-document-format.c (load, save, check, equal) is above them and
 * uses them through their functions. */
struct _KommuneDocument
{
  GObject              parent_instance;

  KommuneMunicipality *municipality;
  KommuneEconomicPlan *plan;
  char                *source;
  KommuneList         *tertial_reports;      /* key: “YEAR PERIOD” */
  KommuneList         *investment_projects;  /* key: number */
  KommuneList         *verbal_proposals;     /* key: number */
  KommuneList         *annual_evaluations;   /* key: year */
  KommuneList         *key_figures;          /* key: “NAME (YEAR)” */
  KommuneList         *notes;                /* no identity */
  KommuneList         *goals;                /* key: id of the root goal */
  KommuneList         *financial_rules;      /* key: name */
  KommuneList         *workforce_figures;    /* no identity */
  KommuneList         *strategies;           /* key: name */
  GHashTable          *goal_ids;             /* every goal id of the trees, shared with them */
};

/* Builds a document from a parsed JSON tree; @name (a file name) starts
 * every error message. Returns NULL with @error set, building nothing. */
KommuneDocument *_kommune_document_read  (JsonNode     *root,
                                          const char   *name,
                                          GError      **error);

/* Make the lists, as the document is made: the records in
 * kommune-document-contents.c, the steering ones in
 * kommune-document-steering-contents.c. */
void             _kommune_document_init_contents    (KommuneDocument  *self);
void             _kommune_document_init_steering_contents (KommuneDocument *self);

/* Fails with KOMMUNE_ERROR_INVALID_ARGUMENT: @item is not a @expected.
 * In kommune-document-contents.c; the steering lists use it too. */
gboolean         _kommune_document_fail_type        (GError          **error,
                                                     const char       *what,
                                                     gpointer          item,
                                                     GType             expected);

/* Every goal of the tree under @root (borrowed), depth first, root first. */
GPtrArray       *_kommune_document_list_tree        (KommuneGoal      *root);
/* Lets the strategies' focus areas go from the document's goal ids, as
 * the document is disposed. */
void             _kommune_document_unshare_strategies (KommuneDocument *self);

/* The invariants of a document that the format cannot express on its
 * own (references between its parts, uniqueness, totals that must fit),
 * in kommune-document-check.c; they look at the objects only. Load runs
 * them after reading; check and save run them, and then the round trip
 * of kommune-document-format.c, before writing anything. */
gboolean         _kommune_document_check_invariants (KommuneDocument  *self,
                                                     GError          **error);

/* The proposals of the adopted reports (borrowed adjustment → borrowed
 * report):
 * the file keeps them with their reports, not in the plan's list. */
GHashTable      *_kommune_document_adopted_proposals (KommuneDocument *self);

/* The key under which @figure is indexed, as “NAME (YEAR)”; newly allocated. */
char            *_kommune_document_key_figure_key   (const char       *name,
                                                     guint             year);

/* The canonical JSON tree of a document: fixed member order, every list
 * present, optional members left out when absent. */
JsonNode        *_kommune_document_write (KommuneDocument *self);

G_END_DECLS

#include "document/kommune-json-reader-private.h"

G_BEGIN_DECLS

/* The steering part of the format (goals, indicators, measures, financial
 * rules, workforce figures, strategies): read in kommune-document-steering.c,
 * written in kommune-document-steering-writer.c. */
gboolean _kommune_document_read_steering  (KommuneJsonReader *r,
                                           JsonObject        *root,
                                           KommuneDocument   *document);
void     _kommune_document_write_steering (JsonBuilder       *builder,
                                           KommuneDocument   *document);

/* The area @code of the document's municipality, or NULL with the
 * reader's error set (“PATH.area: the municipality has no programme area
 * …”). Shared by the parts of the reader. */
KommuneProgrammeArea *_kommune_document_find_area    (KommuneJsonReader *r,
                                                      KommuneDocument   *document,
                                                      const char        *code);

/* Investment projects, verbal proposals, annual evaluations, key figures
 * and notes, in kommune-document-reader-records.c. */
gboolean              _kommune_document_read_records (KommuneJsonReader *r,
                                                      JsonObject        *root,
                                                      KommuneDocument   *document);

G_END_DECLS
