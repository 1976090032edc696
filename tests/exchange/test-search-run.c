/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The global search (Ctrl+F) as a user meets it through trygg_search_run(): a match in the
 * name ranks above a match in the text only; every word is a prefix; diacritics and case
 * do not matter, also when an "ö" is pasted as "o" and a combining mark; hits come grouped
 * by kind, best kind first, at most per_kind of each; a renamed row is found under its new
 * name only; and what is not a word (punctuation, FTS5 syntax, text that is no UTF-8)
 * finds nothing and is no error.
 */
#include "config.h"

#include "exchange-test-util.h"

typedef struct {
  char          *dir;
  TryggDatabase *db;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *path = NULL;

  f->dir = trygg_test_make_dir ();
  path = g_build_filename (f->dir, "trygg.db", NULL);
  f->db = trygg_test_open (path);
  trygg_test_exec (f->db,
    "INSERT INTO org_unit (uuid, name, description) VALUES "
    " ('" EX_UNIT ("01") "', 'Malmö stad', ''),"
    " ('" EX_UNIT ("02") "', 'Skolförvaltningen', 'Grundskola och gymnasium');"
    "INSERT INTO person (uuid, name, role) VALUES "
    " ('" EX_PERSON ("01") "', 'Åsa Öberg', 'Skolchef');"
    "INSERT INTO information_asset (uuid, name, description) VALUES "
    " ('" EX_ASSET ("01") "', 'Betyg', 'Registret över elever och deras betyg i skolan'),"
    " ('" EX_ASSET ("02") "', 'Elevregister', 'Namn och adress'),"
    " ('" EX_ASSET ("03") "', 'Skolskjuts', 'Elevers resor till skolan'),"
    " ('" EX_ASSET ("04") "', 'Skolmåltider', 'Allergier'),"
    " ('" EX_ASSET ("05") "', 'Skolbibliotek', 'Lån'),"
    " ('" EX_ASSET ("06") "', 'Skolhälsa', 'Journaler');"
    "INSERT INTO system (uuid, name, description) VALUES "
    " ('" EX_SYSTEM ("01") "', 'Skolplattform', 'Lärplattform');"
    "INSERT INTO process (uuid, name, description) VALUES "
    " ('" EX_PROCESS ("01") "', 'Överföring av betyg', 'Till gymnasiet');"
    "INSERT INTO action (uuid, title, description) VALUES "
    " ('" EX_ACTION ("01") "', 'Utbilda personal', 'Kurs om skolans rutiner');");
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  trygg_test_close (&f->db);
  trygg_test_remove_dir (f->dir);
  g_free (f->dir);
}

static GPtrArray *
run (TryggDatabase *db,
     const char    *text,
     guint          per_kind)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *hits = trygg_search_run (db, text, per_kind, &error);

  g_assert_no_error (error);
  g_assert_nonnull (hits);
  return hits;
}

static TryggSearchHit *
hit (GPtrArray *hits,
     guint      i)
{
  return g_ptr_array_index (hits, i);
}

static int
find (GPtrArray  *hits,
      const char *uuid)
{
  for (guint i = 0; i < hits->len; i++)
    if (g_str_equal (hit (hits, i)->uuid, uuid))
      return i;
  return -1;
}

/* "Elev…" in a name ranks above "elev…" in a description only. */
static void
test_title_ranks_first (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GPtrArray) hits = run (f->db, "elev", 10);
  int title = find (hits, EX_ASSET ("02"));
  int body = find (hits, EX_ASSET ("01"));

  g_assert_cmpint (title, >=, 0);
  g_assert_cmpint (body, >=, 0);
  g_assert_cmpint (title, <, body);
  g_assert_cmpfloat (hit (hits, title)->rank, <, hit (hits, body)->rank);
  g_assert_cmpstr (hit (hits, title)->kind, ==, "asset");
  g_assert_cmpstr (hit (hits, title)->table, ==, "information_asset");
  g_assert_cmpstr (hit (hits, title)->title, ==, "Elevregister");
  /* the snippet shows the words that matched */
  EX_ASSERT_CONTAINS (hit (hits, body)->snippet, "elever");
  g_test_message ("snippet of a title match: “%s”", hit (hits, title)->snippet);
}

static void
test_prefix_and_folding (Fixture       *f,
                         gconstpointer  data)
{
  static const struct { const char *typed; const char *finds; } cases[] = {
    { "elevreg", EX_ASSET ("02") },    /* a prefix */
    { "ELEVREGISTER", EX_ASSET ("02") },
    { "overfor", EX_PROCESS ("01") },  /* "Överföring av betyg" */
    { "överför", EX_PROCESS ("01") },
    { "O\xcc\x88verfo\xcc\x88r", EX_PROCESS ("01") },  /* "Överför" pasted decomposed */
    { "malmo", EX_UNIT ("01") },       /* "Malmö" */
    { "Malmö", EX_UNIT ("01") },
    { "asa oberg", EX_PERSON ("01") }, /* "Åsa Öberg": every word must match */
    { "skolchef", EX_PERSON ("01") },  /* a body column of people */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) hits = run (f->db, cases[i].typed, 10);
      if (find (hits, cases[i].finds) < 0)
        g_error ("“%s” does not find %s", cases[i].typed, cases[i].finds);
    }

  /* all words are required */
  {
    g_autoptr(GPtrArray) hits = run (f->db, "asa gymnasium", 10);
    g_assert_cmpuint (hits->len, ==, 0);
  }
}

/* The hits of one kind are together, the kind of the best hit first, best first within. */
static void
test_grouped_by_kind (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GPtrArray) hits = run (f->db, "skol", 10);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) best = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  const char *kind = NULL;

  g_assert_cmpuint (hits->len, >=, 8);
  for (guint i = 0; i < hits->len; i++)
    {
      TryggSearchHit *h = hit (hits, i);
      if (g_strcmp0 (h->kind, kind) != 0)
        {
          /* a new run of hits: its kind must not have appeared before */
          if (g_hash_table_contains (seen, h->kind))
            g_error ("hits of kind %s are not together (hit %u)", h->kind, i);
          g_hash_table_add (seen, h->kind);
          g_hash_table_insert (best, h->kind, g_memdup2 (&h->rank, sizeof h->rank));
          if (i > 0)
            g_assert_cmpfloat (*(double *) g_hash_table_lookup (best, kind), <=, h->rank);
          kind = h->kind;
        }
      else
        g_assert_cmpfloat (hit (hits, i - 1)->rank, <=, h->rank);
    }
  /* units, people, assets, systems and actions all mention "skol…" */
  g_assert_cmpuint (g_hash_table_size (seen), ==, 5);
}

static void
test_per_kind_limit (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GPtrArray) all = run (f->db, "skol", 100);
  g_autoptr(GPtrArray) few = run (f->db, "skol", 2);
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  guint assets = 0;

  for (guint i = 0; i < all->len; i++)
    assets += g_str_equal (hit (all, i)->kind, "asset");
  g_assert_cmpuint (assets, ==, 5);

  for (guint i = 0; i < few->len; i++)
    {
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, hit (few, i)->kind)) + 1;
      g_hash_table_insert (counts, hit (few, i)->kind, GUINT_TO_POINTER (n));
      g_assert_cmpuint (n, <=, 2);
    }
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (counts, "asset")), ==, 2);
  /* the two kept are the best two of the five */
  {
    double cut = G_MAXDOUBLE;
    guint better = 0;
    for (guint i = 0; i < few->len; i++)
      if (g_str_equal (hit (few, i)->kind, "asset"))
        cut = MIN (cut, -hit (few, i)->rank);
    for (guint i = 0; i < all->len; i++)
      if (g_str_equal (hit (all, i)->kind, "asset") && -hit (all, i)->rank > cut)
        better++;
    g_assert_cmpuint (better, <=, 1);
  }
}

/* After a rename (as the detail pane saves it) the new name finds the row, the old does not. */
static void
test_rename (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TryggEntity) system = trygg_entity_load_by_uuid (f->db, TRYGG_TYPE_SYSTEM,
                                                             EX_SYSTEM ("01"), &error);
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) renamed = NULL;
  g_autoptr(GPtrArray) old = NULL;

  g_assert_no_error (error);
  before = run (f->db, "skolplattform", 10);
  g_assert_cmpint (find (before, EX_SYSTEM ("01")), >=, 0);

  g_object_set (system, "name", "Lärportalen", NULL);
  EX_ASSERT_OK (trygg_entity_save (system, f->db, &error), error);
  renamed = run (f->db, "larportal", 10);
  g_assert_cmpint (find (renamed, EX_SYSTEM ("01")), >=, 0);
  g_assert_cmpstr (hit (renamed, find (renamed, EX_SYSTEM ("01")))->title, ==, "Lärportalen");
  old = run (f->db, "skolplattform", 10);
  g_assert_cmpint (find (old, EX_SYSTEM ("01")), ==, -1);
}

/* Nothing to look for: no hits, no error, whatever FTS5 would make of it. */
static void
test_not_words (Fixture       *f,
                gconstpointer  data)
{
  static const char * const typed[] = {
    "", " ", "!!!", "-- ...", "\"", "*", "()", "'; DROP TABLE person; --", "^", ":", "–—…",
    "\xcc\x88", "skol\xff", "elev\xe0",  /* a lone combining mark; text that is no UTF-8 */
  };

  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    {
      g_autoptr(GPtrArray) hits = run (f->db, typed[i], 10);
      if (hits->len != 0)
        g_error ("“%s” finds %u rows", typed[i], hits->len);
    }

  /* FTS5 syntax around a word is no syntax: it finds what the word finds */
  {
    static const char * const with_syntax[] = {
      "elev*", "\"elev", "elev:", "(elev)", "^elev", "{elev}", "elev\"",
    };
    g_autoptr(GPtrArray) plain = run (f->db, "elev", 10);
    g_assert_cmpuint (plain->len, >, 0);
    for (guint i = 0; i < G_N_ELEMENTS (with_syntax); i++)
      {
        g_autoptr(GPtrArray) hits = run (f->db, with_syntax[i], 10);
        if (hits->len != plain->len)
          g_error ("“%s” finds %u rows, “elev” %u", with_syntax[i], hits->len, plain->len);
      }
  }
  /* and operators are words like any other, which every hit must have */
  {
    static const char * const operators[] = { "elev AND", "NOT elev", "elev OR skol",
                                              "NEAR(elev skol)" };
    for (guint i = 0; i < G_N_ELEMENTS (operators); i++)
      {
        g_autoptr(GPtrArray) hits = run (f->db, operators[i], 10);
        g_assert_cmpuint (hits->len, ==, 0);
      }
  }
  g_assert_cmpint (trygg_database_count_rows (f->db, "person"), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/search/ranking/title-first", Fixture, NULL,
              fixture_setup, test_title_ranks_first, fixture_teardown);
  g_test_add ("/search/prefix-and-folding", Fixture, NULL,
              fixture_setup, test_prefix_and_folding, fixture_teardown);
  g_test_add ("/search/grouped-by-kind", Fixture, NULL,
              fixture_setup, test_grouped_by_kind, fixture_teardown);
  g_test_add ("/search/per-kind-limit", Fixture, NULL,
              fixture_setup, test_per_kind_limit, fixture_teardown);
  g_test_add ("/search/rename", Fixture, NULL,
              fixture_setup, test_rename, fixture_teardown);
  g_test_add ("/search/not-words", Fixture, NULL,
              fixture_setup, test_not_words, fixture_teardown);
  return g_test_run ();
}
