/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The global search over the FTS5 index that the generated triggers keep current. Every word
 * typed is a prefix ("elevreg" finds "Elevregister"); the index folds diacritics, so
 * "overfor" finds "överför". Hits are ranked by bm25 with the title weighing ten times the
 * body, and the best few of each kind are returned, grouped by kind.
 */
#define G_LOG_DOMAIN "trygg-search"

#include "config.h"

#include <string.h>

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

/* A word as the index sees it: without diacritics, case folded ("Överför" → "overfor"). */
static char *
fold (const char *word,
      gssize      length)
{
  g_autofree char *decomposed = g_utf8_normalize (word, length, G_NORMALIZE_NFD);
  GString *plain = g_string_new (NULL);

  for (const char *p = decomposed; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (g_unichar_type (c) != G_UNICODE_NON_SPACING_MARK)
        g_string_append_unichar (plain, c);
    }
  {
    char *folded = g_utf8_casefold (plain->str, -1);
    g_string_free (plain, TRUE);
    return folded;
  }
}

/* The words of @text (runs of letters and digits), folded. */
static GPtrArray *
fold_words (const char *text)
{
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);
  const char *p = text;

  while (*p != '\0')
    {
      const char *start;
      while (*p != '\0' && !g_unichar_isalnum (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      start = p;
      while (*p != '\0' && g_unichar_isalnum (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (p > start)
        g_ptr_array_add (words, fold (start, p - start));
    }
  return words;
}

/* Some words of @body around the first that begins with one of @terms, as FTS5's snippet()
 * would show them; NULL when the match was in the title only. */
static char *
make_snippet (const char *body,
              GPtrArray  *terms)
{
  enum { BEFORE = 3, AFTER = 8 };
  const char *starts[BEFORE + 1] = { NULL };
  const char *p = body;
  guint seen = 0;

  if (body == NULL)
    return NULL;
  while (*p != '\0')
    {
      const char *start;
      g_autofree char *word = NULL;

      while (*p != '\0' && !g_unichar_isalnum (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      start = p;
      while (*p != '\0' && g_unichar_isalnum (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (p == start)
        break;
      memmove (starts, starts + 1, BEFORE * sizeof starts[0]);
      starts[BEFORE] = start;
      seen++;
      word = fold (start, p - start);
      for (guint t = 0; t < terms->len; t++)
        if (g_str_has_prefix (word, g_ptr_array_index (terms, t)))
          {
            const char *from = starts[seen > BEFORE ? 0 : BEFORE + 1 - seen];
            const char *to = p;
            for (guint w = 0; w < AFTER && *to != '\0'; w++)
              {
                while (*to != '\0' && !g_unichar_isalnum (g_utf8_get_char (to)))
                  to = g_utf8_next_char (to);
                while (*to != '\0' && g_unichar_isalnum (g_utf8_get_char (to)))
                  to = g_utf8_next_char (to);
              }
            return g_strdup_printf ("%s%.*s%s", from > body ? "…" : "", (int) (to - from), from,
                                    *to != '\0' ? "…" : "");
          }
    }
  return NULL;
}

typedef struct {
  char      *kind;
  GPtrArray *best;   /* TryggSearchHit*, best first, at most per_kind */
} KindHits;

static void
kind_hits_free (gpointer data)
{
  KindHits *k = data;
  g_free (k->kind);
  g_ptr_array_unref (k->best);
  g_free (k);
}

static int
compare_kinds (gconstpointer a,
               gconstpointer b)
{
  const KindHits *x = *(KindHits * const *) a, *y = *(KindHits * const *) b;
  double rx = ((TryggSearchHit *) g_ptr_array_index (x->best, 0))->rank;
  double ry = ((TryggSearchHit *) g_ptr_array_index (y->best, 0))->rank;

  return rx < ry ? -1 : rx > ry ? 1 : g_strcmp0 (x->kind, y->kind);
}

/* Keeps @hit among the @per_kind best of its kind (lower bm25 is better). */
static void
keep_best (GPtrArray      *best,
           TryggSearchHit *hit,
           guint           per_kind)
{
  guint at = best->len;

  while (at > 0 && ((TryggSearchHit *) g_ptr_array_index (best, at - 1))->rank > hit->rank)
    at--;
  if (at >= per_kind)
    {
      trygg_search_hit_free (hit);
      return;
    }
  g_ptr_array_insert (best, at, hit);
  if (best->len > per_kind)
    trygg_search_hit_free (g_ptr_array_steal_index (best, best->len - 1));
}

/**
 * trygg_search_run:
 * @per_kind: at most this many hits of each kind
 *
 * Every match is ranked (one pass over the index, grouped here rather than by SQL window
 * functions, which cost twice the ranking); titles and the words around the match are read
 * by rowid for the hits kept only.
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
  g_autoptr(GHashTable) kinds = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) groups = g_ptr_array_new_with_free_func (kind_hits_free);
  g_autoptr(GPtrArray) terms = NULL;
  sqlite3_stmt *stmt;

  if (query == NULL || per_kind == 0)
    return hits;
  stmt = trygg_database_prepare_cached (db,
      "SELECT s.rowid, d.kind, d.tbl, d.uuid, bm25(search_index, 10.0, 1.0)"
      " FROM search_index s JOIN search_doc d ON d.id = s.rowid"
      " WHERE search_index MATCH ?1", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_text (stmt, 1, query, -1, SQLITE_TRANSIENT);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *kind = (const char *) sqlite3_column_text (stmt, 1);
      KindHits *group = g_hash_table_lookup (kinds, kind);
      TryggSearchHit *hit;
      double rank = sqlite3_column_double (stmt, 4);

      if (group == NULL)
        {
          group = g_new0 (KindHits, 1);
          group->kind = g_strdup (kind);
          group->best = g_ptr_array_new ();
          g_ptr_array_add (groups, group);
          g_hash_table_insert (kinds, group->kind, group);
        }
      else if (group->best->len == per_kind &&
               ((TryggSearchHit *) g_ptr_array_index (group->best, per_kind - 1))->rank <= rank)
        continue;
      hit = g_new0 (TryggSearchHit, 1);
      hit->kind = g_strdup (kind);
      hit->table = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      hit->uuid = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      hit->rank = rank;
      hit->rowid = sqlite3_column_int64 (stmt, 0);
      keep_best (group->best, hit, per_kind);
    }
  sqlite3_reset (stmt);

  g_ptr_array_sort (groups, compare_kinds);
  for (guint g = 0; g < groups->len; g++)
    {
      KindHits *group = g_ptr_array_index (groups, g);
      for (guint i = 0; i < group->best->len; i++)
        {
          TryggSearchHit *hit = g_ptr_array_index (group->best, i);
          g_ptr_array_add (hits, hit);
        }
      g_ptr_array_set_size (group->best, 0);
    }

  /* by rowid, without MATCH: FTS5 would walk every match again to find forty rows */
  stmt = trygg_database_prepare_cached (db, "SELECT title, body FROM search_index WHERE rowid = ?",
                                        error);
  if (stmt == NULL)
    goto fail;
  terms = fold_words (text);
  for (guint i = 0; i < hits->len; i++)
    {
      TryggSearchHit *hit = g_ptr_array_index (hits, i);
      sqlite3_bind_int64 (stmt, 1, hit->rowid);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        {
          hit->title = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
          hit->snippet = make_snippet ((const char *) sqlite3_column_text (stmt, 1), terms);
        }
      sqlite3_reset (stmt);
    }
  for (guint i = 0; i < hits->len; i++)
    {
      TryggSearchHit *hit = g_ptr_array_index (hits, i);
      if (hit->title == NULL)
        hit->title = g_strdup ("");
    }
  return hits;

fail:
  g_ptr_array_unref (hits);
  return NULL;
}
