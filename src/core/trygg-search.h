/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "trygg-database.h"

G_BEGIN_DECLS

/**
 * TryggSearchHit:
 * @kind: the kind its table registered in `search_source` ("asset", "system", …)
 * @table: the table of the row
 * @uuid: the row
 * @title: its title
 * @snippet: the matching words of its text, or its title
 * @rank: bm25, lower is better
 * @rowid: its entry in the search index
 */
typedef struct {
  char   *kind;
  char   *table;
  char   *uuid;
  char   *title;
  char   *snippet;
  double  rank;
  gint64  rowid;
} TryggSearchHit;

void       trygg_search_hit_free (TryggSearchHit *hit);
char      *trygg_search_fts_query (const char    *text);
GPtrArray *trygg_search_run      (TryggDatabase *db,
                                  const char    *text,
                                  guint          per_kind,
                                  GError       **error);

G_END_DECLS
