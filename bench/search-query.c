/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Times trygg_search_run() — the global search of the window (Ctrl+F), 8 hits per kind as the
 * search window asks — for each query given, RUNS times in one process on one open database.
 * The first call of the first query also prepares the statement; every call is reported.
 *
 * For each query it also times parts of that work on their own, with the same FTS query, so
 * that one can tell where the time goes:
 *   match_ms    `SELECT count(*) FROM search_index WHERE search_index MATCH ?`
 *   bm25_ms     bm25() of every matching row (what ranking needs at least)
 *   snippet_ms  snippet() of every matching row (what the query computes today)
 * Prints one JSON object per line:
 *
 *   {"query": "...", "fts": "...", "hits": n, "matches": n, "ms": [...], "match_ms": [...],
 *    "bm25_ms": [...], "snippet_ms": [...]}
 *
 *   search-query DB RUNS QUERY...
 */
#include <stdio.h>
#include <stdlib.h>

#include "trygg-core.h"

#define PER_KIND 8  /* src/app/trygg-search-window.c */

/* Steps @stmt (bound to @fts) to its end; returns the milliseconds. */
static double
time_statement (sqlite3_stmt *stmt,
                const char   *fts,
                gint64       *first_column)
{
  gint64 t0 = g_get_monotonic_time ();

  sqlite3_bind_text (stmt, 1, fts, -1, SQLITE_TRANSIENT);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    if (first_column != NULL)
      *first_column = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return (g_get_monotonic_time () - t0) / 1000.0;
}

static void
print_json_string (const char *s)
{
  putchar ('"');
  for (; *s != '\0'; s++)
    {
      if (*s == '"' || *s == '\\')
        printf ("\\%c", *s);
      else if ((unsigned char) *s < 0x20)
        printf ("\\u%04x", *s);
      else
        putchar (*s);  /* UTF-8 passes through */
    }
  putchar ('"');
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TryggDatabase) db = NULL;
  int runs;

  if (argc < 4)
    {
      fprintf (stderr, "usage: %s DB RUNS QUERY...\n", argv[0]);
      return 2;
    }
  db = trygg_database_open (argv[1], NULL, 0, &error);
  if (db == NULL)
    {
      fprintf (stderr, "search-query: %s\n", error->message);
      return 1;
    }
  runs = atoi (argv[2]);

  for (int q = 3; q < argc; q++)
    {
      g_autofree char *fts = trygg_search_fts_query (argv[q]);
      g_autoptr(sqlite3_stmt) count = trygg_database_prepare (db,
          "SELECT count(*) FROM search_index WHERE search_index MATCH ?", NULL);
      /* MATERIALIZED: else SQLite flattens the subquery and refuses the FTS5 functions */
      g_autoptr(sqlite3_stmt) bm25 = trygg_database_prepare (db,
          "WITH m AS MATERIALIZED (SELECT bm25(search_index, 10.0, 1.0) AS r FROM search_index "
          "WHERE search_index MATCH ?) SELECT count(*) FROM m", NULL);
      g_autoptr(sqlite3_stmt) snippet = trygg_database_prepare (db,
          "WITH m AS MATERIALIZED (SELECT snippet(search_index, 1, '', '', '…', 8) AS r "
          "FROM search_index WHERE search_index MATCH ?) SELECT count(*) FROM m", NULL);
      g_autoptr(GString) ms = g_string_new (NULL);
      g_autoptr(GString) match_ms = g_string_new (NULL);
      g_autoptr(GString) bm25_ms = g_string_new (NULL);
      g_autoptr(GString) snippet_ms = g_string_new (NULL);
      guint hits = 0;
      gint64 matches = 0;

      for (int r = 0; r < runs; r++)
        {
          gint64 t0 = g_get_monotonic_time ();
          g_autoptr(GPtrArray) result = trygg_search_run (db, argv[q], PER_KIND, &error);
          gint64 t1 = g_get_monotonic_time ();

          if (result == NULL)
            {
              fprintf (stderr, "search-query: %s\n", error->message);
              return 1;
            }
          hits = result->len;
          g_string_append_printf (ms, "%s%.3f", r ? ", " : "", (t1 - t0) / 1000.0);

          if (count == NULL || bm25 == NULL || snippet == NULL)
            {
              fprintf (stderr, "search-query: %s\n",
                       sqlite3_errmsg (trygg_database_get_handle (db)));
              return 1;
            }
          g_string_append_printf (match_ms, "%s%.3f", r ? ", " : "",
                                  time_statement (count, fts, &matches));
          g_string_append_printf (bm25_ms, "%s%.3f", r ? ", " : "",
                                  time_statement (bm25, fts, NULL));
          g_string_append_printf (snippet_ms, "%s%.3f", r ? ", " : "",
                                  time_statement (snippet, fts, NULL));
        }
      printf ("{\"query\": ");
      print_json_string (argv[q]);
      printf (", \"fts\": ");
      print_json_string (fts);
      printf (", \"hits\": %u, \"matches\": %" G_GINT64_FORMAT ", \"ms\": [%s], "
              "\"match_ms\": [%s], \"bm25_ms\": [%s], \"snippet_ms\": [%s]}\n", hits, matches,
              ms->str, match_ms->str, bm25_ms->str, snippet_ms->str);
    }
  return 0;
}
