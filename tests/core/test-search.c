/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Search: the FTS5 table search_index, kept current by the generated triggers. A row is
 * found by prefix and without its diacritics, found under its new name after a rename and
 * not under the old one, and gone after a delete.
 */
#include "config.h"

#include "test-util.h"

#define SEARCH_SQL \
  "SELECT d.uuid FROM search_index JOIN search_doc d ON d.id = search_index.rowid " \
  "WHERE search_index MATCH ? ORDER BY d.id"

static GStrv
search (TryggDatabase *db,
        const char    *query)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = trygg_database_prepare (db, SEARCH_SQL, &error);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  int rc;

  g_assert_no_error (error);
  sqlite3_bind_text (stmt, 1, query, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));
  g_assert_cmpint (rc, ==, SQLITE_DONE);
  return g_strv_builder_end (builder);
}

static void
assert_found (TryggDatabase *db,
              const char    *query,
              gpointer       entity)
{
  g_auto(GStrv) hits = search (db, query);

  if (!g_strv_contains ((const char * const *) hits, trygg_entity_get_uuid (entity)))
    g_error ("“%s” does not find “%s”", query, trygg_entity_get_title (entity));
}

static void
assert_not_found (TryggDatabase *db,
                  const char    *query,
                  const char    *uuid)
{
  g_auto(GStrv) hits = search (db, query);

  if (g_strv_contains ((const char * const *) hits, uuid))
    g_error ("“%s” still finds %s", query, uuid);
}

static void
test_rename_and_delete (TryggTestFixture *f,
                        gconstpointer     data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TryggAsset) asset = trygg_asset_new ();
  g_autoptr(TryggAsset) other = trygg_asset_new ();
  g_autofree char *kind = NULL;
  g_autofree char *uuid = NULL;
  g_auto(GStrv) hits = NULL;
  gint64 first = 0, last = 0;

  g_object_set (asset, "name", "Elevregister", NULL);
  g_object_set (other, "name", "Ekonomisystem", NULL);
  trygg_test_save (asset, f->db);
  trygg_test_save (other, f->db);
  uuid = g_strdup (trygg_entity_get_uuid (TRYGG_ENTITY (asset)));

  assert_found (f->db, "elevreg*", asset);
  assert_found (f->db, "Elevregister", asset);
  hits = search (f->db, "elevreg*");
  g_assert_cmpuint (g_strv_length (hits), ==, 1);
  kind = trygg_test_query_text (f->db, "SELECT kind FROM search_doc WHERE uuid = ?", uuid);
  g_assert_cmpstr (kind, ==, "asset");

  g_object_set (asset, "name", "Betygsdatabas", NULL);
  trygg_test_save (asset, f->db);
  assert_found (f->db, "betyg*", asset);
  assert_not_found (f->db, "elevreg*", uuid);
  assert_found (f->db, "ekonomi*", other);

  TRYGG_ASSERT_OK (trygg_entity_delete (TRYGG_ENTITY (asset), f->db, &first, &last, &error), error);
  assert_not_found (f->db, "betyg*", uuid);
  g_assert_cmpint (trygg_test_query_int (f->db, "SELECT count(*) FROM search_doc WHERE uuid = ?",
                                         uuid), ==, 0);
  g_assert_cmpint (trygg_database_count_rows (f->db, "search_index"), ==, 1);

  /* Undo brings it back into the index */
  TRYGG_ASSERT_OK (trygg_database_revert_changes (f->db, first, last, &error), error);
  assert_found (f->db, "betyg*", asset);
  g_assert_cmpint (trygg_database_count_rows (f->db, "search_index"), ==, 2);
}

static void
test_diacritics (TryggTestFixture *f,
                 gconstpointer     data)
{
  g_autoptr(TryggAsset) asset = trygg_asset_new ();
  g_autoptr(TryggPerson) person = trygg_person_new ();

  g_object_set (asset, "name", "Skolskjuts",
                "description", "Uppgifter som vi överför till Skolverket", NULL);
  trygg_test_save (asset, f->db);
  g_object_set (person, "name", "Bjørn Sæther", NULL);
  trygg_test_save (person, f->db);

  assert_found (f->db, "overfor", asset);
  assert_found (f->db, "överför", asset);
  assert_found (f->db, "OVERFÖR", asset);
  assert_found (f->db, "skolverk*", asset);
  /* ø and æ are letters of their own, not o and a with a mark; case still folds */
  assert_found (f->db, "BJØRN", person);
  assert_found (f->db, "sæther", person);
  assert_not_found (f->db, "overfora", trygg_entity_get_uuid (TRYGG_ENTITY (asset)));
}

/* One index over every kind of row: the body columns of each table count too. */
static void
test_every_kind (TryggTestFixture *f,
                 gconstpointer     data)
{
  g_autoptr(TryggPerson) person = trygg_person_new ();
  g_autoptr(TryggAction) action = trygg_action_new ();
  g_autoptr(TryggSystem) system = trygg_system_new ();
  g_autoptr(TryggSupplier) supplier = trygg_supplier_new ();
  g_autoptr(TryggUnit) unit = trygg_unit_new ();
  g_autoptr(TryggProcess) process = trygg_process_new ();

  g_object_set (person, "name", "Kari Nordmann", "role", "Personvernombud",
                "email", "kari.nordmann@example.no", NULL);
  g_object_set (action, "title", "Innføre tofaktorinnlogging", "status", "in_progress", NULL);
  g_object_set (system, "name", "Visma Flyt Skole", "description", "Skoleadministrasjon", NULL);
  g_object_set (supplier, "name", "Tieto", "org-number", "556703-1234", NULL);
  g_object_set (unit, "name", "Oppvekst og kultur", "kind", "administration", NULL);
  g_object_set (process, "name", "Skoleskyss", NULL);
  trygg_test_save (person, f->db);
  trygg_test_save (action, f->db);
  trygg_test_save (system, f->db);
  trygg_test_save (supplier, f->db);
  trygg_test_save (unit, f->db);
  trygg_test_save (process, f->db);

  assert_found (f->db, "personvern*", person);
  assert_found (f->db, "tofaktor*", action);
  assert_found (f->db, "skoleadm*", system);
  assert_found (f->db, "tieto", supplier);
  assert_found (f->db, "oppvekst", unit);
  assert_found (f->db, "skoleskyss", process);
}

static void
test_rollback_leaves_index (TryggTestFixture *f,
                            gconstpointer     data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TryggAsset) asset = trygg_asset_new ();

  g_object_set (asset, "name", "Hemligstämplat", NULL);
  TRYGG_ASSERT_OK (trygg_database_begin (f->db, &error), error);
  TRYGG_ASSERT_OK (trygg_entity_write (TRYGG_ENTITY (asset), f->db, &error), error);
  assert_found (f->db, "hemlig*", asset);
  trygg_database_rollback (f->db);

  assert_not_found (f->db, "hemlig*", trygg_entity_get_uuid (TRYGG_ENTITY (asset)));
  g_assert_cmpint (trygg_database_count_rows (f->db, "search_index"), ==, 0);
  g_assert_cmpint (trygg_database_count_rows (f->db, "search_doc"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, TryggTestFixture, NULL, trygg_test_fixture_setup_open, func, \
              trygg_test_fixture_teardown)

  ADD ("/search/rename-and-delete", test_rename_and_delete);
  ADD ("/search/diacritics", test_diacritics);
  ADD ("/search/every-kind", test_every_kind);
  ADD ("/search/rollback", test_rollback_leaves_index);

#undef ADD

  return g_test_run ();
}
