/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The global search over the FTS5 index that the generated triggers keep current. Every word
 * typed is a prefix ("elevreg" finds "Elevregister"); the index folds diacritics, so
 * "overfor" finds "överför". Hits are ranked by bm25 with the title weighing ten times the
 * body, and the best few of each kind are returned, grouped by kind.
 */
#define G_LOG_DOMAIN "trygg-search"

#include "config.h"

#include "trygg-search.h"

void
trygg_search_hit_free (TryggSearchHit *hit)
{
  g_free (hit->kind);
  g_free (hit->table);
  g_free (hit->uuid);
  g_free (hit->title);
  g_free (hit->snippet);
  g_free (hit);
}

/* Turns what a person typed into an FTS5 query: each word a quoted prefix, all required.
 * Returns NULL when there is no word to look for. */
char *
trygg_search_fts_query (const char *text)
{
  GString *query = g_string_new (NULL);
  /* composed: a pasted "ö" may be "o" and a combining mark, which would split the word */
  g_autofree char *composed = g_utf8_normalize (text, -1, G_NORMALIZE_DEFAULT_COMPOSE);
  const char *p = composed != NULL ? composed : "";

  while (*p != '\0')
    {
      const char *start;
      while (*p != '\0' && !g_unichar_isalnum (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      start = p;
      while (*p != '\0' && g_unichar_isalnum (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (p > start)
        {
          if (query->len > 0)
            g_string_append_c (query, ' ');
          g_string_append_c (query, '"');
          g_string_append_len (query, start, p - start);
          g_string_append (query, "\"*");
        }
    }
  if (query->len == 0)
    {
      g_string_free (query, TRUE);
      return NULL;
    }
  return g_string_free (query, FALSE);
}

/**
 * trygg_search_run:
 * @per_kind: at most this many hits of each kind
 *
 * Returns: (transfer full) (element-type TryggSearchHit): the hits, grouped by kind (the
 *   kind of the best hit first), best first within a kind
 */
GPtrArray *
trygg_search_run (TryggDatabase  *db,
                  const char     *text,
                  guint           per_kind,
                  GError        **error)
{
  g_autofree char *query = trygg_search_fts_query (text);
  GPtrArray *hits = g_ptr_array_new_with_free_func ((GDestroyNotify) trygg_search_hit_free);
  sqlite3_stmt *stmt;
  sqlite3_stmt *text_stmt;

  if (query == NULL)
    return hits;
  /* rank every match, but fetch titles and snippets only for the hits shown */
  stmt = trygg_database_prepare_cached (db,
      "WITH ranked AS ("
      "  SELECT s.rowid AS rid, d.kind, d.tbl, d.uuid,"
      "         bm25(search_index, 10.0, 1.0) AS rank"
      "  FROM search_index s JOIN search_doc d ON d.id = s.rowid"
      "  WHERE search_index MATCH ?1),"
      " numbered AS ("
      "  SELECT *, row_number() OVER (PARTITION BY kind ORDER BY rank) AS n,"
      "         min(rank) OVER (PARTITION BY kind) AS best FROM ranked)"
      " SELECT rid, kind, tbl, uuid, rank FROM numbered WHERE n <= ?2"
      " ORDER BY best, kind, rank", error);
  text_stmt = trygg_database_prepare_cached (db,
      "SELECT title, snippet(search_index, 1, '', '', '…', 8) FROM search_index"
      " WHERE search_index MATCH ?1 AND rowid = ?2", error);
  if (stmt == NULL || text_stmt == NULL)
    {
      g_ptr_array_unref (hits);
      return NULL;
    }
  sqlite3_bind_text (stmt, 1, query, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 2, per_kind);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      TryggSearchHit *hit = g_new0 (TryggSearchHit, 1);
      hit->kind = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      hit->table = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      hit->uuid = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      hit->rank = sqlite3_column_double (stmt, 4);
      sqlite3_reset (text_stmt);
      sqlite3_bind_text (text_stmt, 1, query, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (text_stmt, 2, sqlite3_column_int64 (stmt, 0));
      if (sqlite3_step (text_stmt) == SQLITE_ROW)
        {
          hit->title = g_strdup ((const char *) sqlite3_column_text (text_stmt, 0));
          hit->snippet = g_strdup ((const char *) sqlite3_column_text (text_stmt, 1));
        }
      else
        hit->title = g_strdup ("");
      g_ptr_array_add (hits, hit);
    }
  sqlite3_reset (text_stmt);
  sqlite3_reset (stmt);
  return hits;
}
