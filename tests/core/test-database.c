/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * TryggDatabase: opening (file mode, PRAGMAs, files that are not ours), transactions that
 * roll back whole, and foreign keys, including the undo of a delete through the change log.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <sys/stat.h>

#include "test-util.h"

/* Opening */

static void
test_open_new (TryggTestFixture *f,
               gconstpointer     data)
{
  g_auto(GStrv) tables = NULL;
  static const char * const expected[] = {
    "action", "asset_system", "information_asset", "org_unit", "person", "process",
    "process_asset", "process_system", "supplier", "system", NULL
  };

  g_assert_false (g_file_test (f->path, G_FILE_TEST_EXISTS));
  f->db = trygg_test_open (f->path);
  g_assert_true (g_file_test (f->path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpstr (trygg_database_get_path (f->db), ==, f->path);

  /* the user tables, without the internal ones (change_log, search_*, schema_version) */
  tables = trygg_database_list_tables (f->db);
  g_assert_cmpstrv (tables, expected);
  for (guint i = 0; expected[i] != NULL; i++)
    g_assert_cmpint (trygg_database_count_rows (f->db, expected[i]), ==, 0);
  g_assert_cmpint (trygg_database_count_rows (f->db, "change_log"), ==, 0);
}

static void
test_file_mode_new (TryggTestFixture *f,
                    gconstpointer     data)
{
  g_autoptr(TryggAsset) asset = trygg_asset_new ();
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (f->path, "-shm", NULL);
  mode_t old_umask = umask (022);

  f->db = trygg_test_open (f->path);
  umask (old_umask);
  g_object_set (asset, "name", "Personalakter", NULL);
  trygg_test_save (asset, f->db);

  g_assert_cmpuint (trygg_test_file_mode (f->path), ==, 0600);
  /* the write-ahead log holds the same data as the file */
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (trygg_test_file_mode (wal), ==, 0600);
  g_assert_cmpuint (trygg_test_file_mode (shm), ==, 0600);
}

static void
test_file_mode_existing (TryggTestFixture *f,
                         gconstpointer     data)
{
  g_autoptr(TryggAsset) asset = trygg_asset_new ();
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (f->path, "-shm", NULL);

  f->db = trygg_test_open (f->path);
  trygg_test_close (&f->db);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));

  /* e.g. copied from a USB stick or restored from a backup by another program */
  g_assert_cmpint (g_chmod (f->path, 0644), ==, 0);
  g_assert_cmpuint (trygg_test_file_mode (f->path), ==, 0644);

  f->db = trygg_test_open (f->path);
  g_assert_cmpuint (trygg_test_file_mode (f->path), ==, 0600);

  g_object_set (asset, "name", "Elevregister", NULL);
  trygg_test_save (asset, f->db);
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (trygg_test_file_mode (wal), ==, 0600);
  g_assert_cmpuint (trygg_test_file_mode (shm), ==, 0600);
}

static void
test_pragmas (TryggTestFixture *f,
              gconstpointer     data)
{
  g_autofree char *journal_mode = NULL;

  g_assert_cmpint (trygg_test_query_int (f->db, "PRAGMA foreign_keys", NULL), ==, 1);
  journal_mode = trygg_test_query_text (f->db, "PRAGMA journal_mode", NULL);
  g_assert_cmpstr (journal_mode, ==, "wal");
  /* 2 = FULL */
  g_assert_cmpint (trygg_test_query_int (f->db, "PRAGMA synchronous", NULL), ==, 2);
  g_assert_cmpint (trygg_test_query_int (f->db, "PRAGMA busy_timeout", NULL), >, 0);
}

static void
test_open_missing_dir (TryggTestFixture *f,
                       gconstpointer     data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *missing_dir = g_build_filename (f->dir, "no-such-folder", NULL);
  g_autofree char *path = g_build_filename (missing_dir, "trygg.db", NULL);
  g_autoptr(TryggDatabase) db = trygg_database_open (path, NULL, 0, &error);

  g_assert_null (db);
  g_assert_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_OPEN);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_false (g_file_test (missing_dir, G_FILE_TEST_EXISTS));
}

/* Asserts that the file at @path is refused with TRYGG_DATABASE_ERROR_OPEN and left as it was:
 * same bytes, same mtime, same mode, and no files next to it. */
static void
assert_refused_untouched (TryggTestFixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TryggDatabase) db = NULL;
  g_autofree char *checksum = trygg_test_file_checksum (f->path);
  gint64 mtime = trygg_test_file_mtime_ns (f->path);
  guint mode = trygg_test_file_mode (f->path);
  g_auto(GStrv) files_before = trygg_test_list_dir (f->dir);
  g_auto(GStrv) files_after = NULL;
  g_autofree char *checksum_after = NULL;

  db = trygg_database_open (f->path, NULL, 0, &error);
  g_assert_null (db);
  g_assert_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_OPEN);
  g_assert_cmpstr (error->message, !=, "");

  checksum_after = trygg_test_file_checksum (f->path);
  g_assert_cmpstr (checksum_after, ==, checksum);
  g_assert_cmpint (trygg_test_file_mtime_ns (f->path), ==, mtime);
  g_assert_cmpuint (trygg_test_file_mode (f->path), ==, mode);
  files_after = trygg_test_list_dir (f->dir);
  g_assert_cmpstrv (files_after, files_before);
}

static void
test_open_not_a_database (TryggTestFixture *f,
                          gconstpointer     data)
{
  g_autoptr(GString) text = g_string_new ("Protokoll fört vid sammanträde med kommunstyrelsen\n");
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 2000; i++)
    g_string_append_printf (text, "%08x ", g_test_rand_int ());
  g_file_set_contents (f->path, text->str, (gssize) text->len, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (f->path, 0644), ==, 0);

  assert_refused_untouched (f);
}

static void
test_open_foreign_database (TryggTestFixture *f,
                            gconstpointer     data)
{
  sqlite3 *raw = NULL;

  /* an SQLite file of some other program */
  g_assert_cmpint (sqlite3_open_v2 (f->path, &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                                    NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (raw, "CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url);"
                                 "INSERT INTO moz_places (url) VALUES ('https://example.org');",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (raw);

  assert_refused_untouched (f);
}

/* Transactions */

static void
test_transaction_rolls_back_whole (TryggTestFixture *f,
                                   gconstpointer     data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TryggUnit) unit = trygg_unit_new ();
  g_autoptr(TryggPerson) person = trygg_person_new ();
  g_autoptr(TryggAction) action = trygg_action_new ();
  g_autoptr(TryggAction) later = trygg_action_new ();
  const char *uuids[3];

  g_object_set (unit, "name", "Barn- och utbildningsförvaltningen", "kind", "administration",
                NULL);
  g_object_set (person, "name", "Kari Nordmann", "email", "kari@example.org", NULL);
  g_object_set (action, "title", "Införa loggranskning", "status", "bogus", NULL);
  uuids[0] = trygg_entity_get_uuid (TRYGG_ENTITY (unit));
  uuids[1] = trygg_entity_get_uuid (TRYGG_ENTITY (person));
  uuids[2] = trygg_entity_get_uuid (TRYGG_ENTITY (action));

  TRYGG_ASSERT_OK (trygg_database_begin (f->db, &error), error);
  TRYGG_ASSERT_OK (trygg_entity_write (TRYGG_ENTITY (unit), f->db, &error), error);
  TRYGG_ASSERT_OK (trygg_entity_write (TRYGG_ENTITY (person), f->db, &error), error);
  /* both rows are there inside the transaction … */
  g_assert_cmpint (trygg_database_count_rows (f->db, "org_unit"), ==, 1);
  g_assert_cmpint (trygg_database_count_rows (f->db, "person"), ==, 1);

  /* … then the CHECK on action.status fails */
  g_assert_false (trygg_entity_write (TRYGG_ENTITY (action), f->db, &error));
  g_assert_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  trygg_database_rollback (f->db);

  g_assert_cmpint (trygg_database_count_rows (f->db, "org_unit"), ==, 0);
  g_assert_cmpint (trygg_database_count_rows (f->db, "person"), ==, 0);
  g_assert_cmpint (trygg_database_count_rows (f->db, "action"), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (uuids); i++)
    {
      g_assert_cmpint (trygg_test_query_int (f->db, "SELECT count(*) FROM change_log "
                                             "WHERE row_uuid = ?", uuids[i]), ==, 0);
      g_assert_cmpint (trygg_test_query_int (f->db, "SELECT count(*) FROM search_doc "
                                             "WHERE uuid = ?", uuids[i]), ==, 0);
    }
  g_assert_cmpint (trygg_database_count_rows (f->db, "change_log"), ==, 0);

  /* the connection is usable again: the next transaction commits */
  g_object_set (later, "title", "Införa loggranskning", "status", "in_progress", NULL);
  trygg_test_save (later, f->db);
  g_assert_cmpint (trygg_database_count_rows (f->db, "action"), ==, 1);
  g_assert_cmpint (trygg_database_count_rows (f->db, "change_log"), ==, 1);
}

static void
test_save_failure_keeps_entity_new (TryggTestFixture *f,
                                    gconstpointer     data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TryggAction) action = trygg_action_new ();

  g_object_set (action, "title", "Kvartalsvis behörighetsgenomgång", "due-quarter", "2025-Q5",
                NULL);
  g_assert_false (trygg_entity_save (TRYGG_ENTITY (action), f->db, &error));
  g_assert_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_cmpint (trygg_entity_get_id (TRYGG_ENTITY (action)), ==, 0);
  g_assert_cmpint (trygg_database_count_rows (f->db, "action"), ==, 0);
  g_assert_cmpint (trygg_database_count_rows (f->db, "change_log"), ==, 0);

  /* corrected, the same object is inserted */
  g_object_set (action, "due-quarter", "2025-Q4", NULL);
  trygg_test_save (action, f->db);
  g_assert_cmpint (trygg_database_count_rows (f->db, "action"), ==, 1);
}

/* Foreign keys */

/* Every stored column of a row as one JSON object, to compare a row before and after. */
static char *
row_snapshot (TryggDatabase *db,
              const char    *table,
              const char    *uuid)
{
  g_autoptr(GString) pairs = g_string_new (NULL);
  g_autoptr(sqlite3_stmt) cols = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;

  cols = trygg_database_prepare (db, "SELECT name FROM pragma_table_info(?) ORDER BY cid",
                                 &error);
  g_assert_no_error (error);
  sqlite3_bind_text (cols, 1, table, -1, SQLITE_TRANSIENT);
  while (sqlite3_step (cols) == SQLITE_ROW)
    g_string_append_printf (pairs, "%s'%s', \"%s\"", pairs->len ? ", " : "",
                            (const char *) sqlite3_column_text (cols, 0),
                            (const char *) sqlite3_column_text (cols, 0));
  sql = g_strdup_printf ("SELECT json_object(%s) FROM \"%s\" WHERE uuid = ?", pairs->str,
                         table);
  return trygg_test_query_text (db, sql, uuid);
}

static void
test_foreign_key_refused (TryggTestFixture *f,
                          gconstpointer     data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TryggAsset) asset = trygg_asset_new ();

  g_object_set (asset, "name", "Elevregister", "owner-id", (gint64) 9999, NULL);
  g_assert_false (trygg_entity_save (TRYGG_ENTITY (asset), f->db, &error));
  g_assert_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_CONSTRAINT);
  g_assert_cmpint (trygg_entity_get_id (TRYGG_ENTITY (asset)), ==, 0);
  g_assert_cmpint (trygg_database_count_rows (f->db, "information_asset"), ==, 0);
  g_assert_cmpint (trygg_database_count_rows (f->db, "change_log"), ==, 0);
  g_assert_cmpint (trygg_database_count_rows (f->db, "search_doc"), ==, 0);
}

static void
test_delete_sets_null_and_reverts (TryggTestFixture *f,
                                   gconstpointer     data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TryggPerson) person = trygg_person_new ();
  g_autoptr(TryggAsset) asset = trygg_asset_new ();
  g_autoptr(TryggEntity) restored = NULL;
  g_autofree char *person_before = NULL;
  g_autofree char *asset_before = NULL;
  g_autofree char *person_after = NULL;
  g_autofree char *asset_after = NULL;
  const char *person_uuid = trygg_entity_get_uuid (TRYGG_ENTITY (person));
  const char *asset_uuid = trygg_entity_get_uuid (TRYGG_ENTITY (asset));
  gint64 person_id, first = 0, last = 0, log_before;

  g_object_set (person, "name", "Åsa Lindqvist", "role", "Informationsägare",
                "email", "asa.lindqvist@example.se", NULL);
  trygg_test_save (person, f->db);
  person_id = trygg_entity_get_id (TRYGG_ENTITY (person));
  g_object_set (asset, "name", "Elevregister", "owner-id", person_id, "personal-data", TRUE,
                NULL);
  trygg_test_save (asset, f->db);
  person_before = row_snapshot (f->db, "person", person_uuid);
  asset_before = row_snapshot (f->db, "information_asset", asset_uuid);
  g_assert_nonnull (person_before);
  g_assert_nonnull (asset_before);

  log_before = trygg_database_last_change_id (f->db);
  TRYGG_ASSERT_OK (trygg_entity_delete (TRYGG_ENTITY (person), f->db, &first, &last, &error),
                   error);
  g_assert_cmpint (trygg_database_count_rows (f->db, "person"), ==, 0);

  /* ON DELETE SET NULL */
  g_assert_cmpint (trygg_test_query_int (f->db, "SELECT owner_id IS NULL FROM information_asset "
                                         "WHERE uuid = ?", asset_uuid), ==, 1);
  TRYGG_ASSERT_OK (trygg_entity_reload (TRYGG_ENTITY (asset), f->db, &error), error);
  g_assert_cmpint (trygg_entity_get_int64 (TRYGG_ENTITY (asset), "owner-id"), ==, 0);

  /* the range covers the delete and the cascaded update, and nothing else */
  g_assert_cmpint (first, ==, log_before + 1);
  g_assert_cmpint (last, ==, trygg_database_last_change_id (f->db));
  g_assert_cmpint (last - first + 1, ==, 2);
  g_assert_cmpint (trygg_test_query_int (f->db, "SELECT count(*) FROM change_log "
                                         "WHERE operation = 'delete' AND table_name = 'person' "
                                         "AND row_uuid = ?", person_uuid), ==, 1);
  g_assert_cmpint (trygg_test_query_int (f->db, "SELECT count(*) FROM change_log WHERE "
                                         "operation = 'update' AND table_name = "
                                         "'information_asset' AND row_uuid = ?", asset_uuid),
                   ==, 1);

  /* Undo */
  TRYGG_ASSERT_OK (trygg_database_revert_changes (f->db, first, last, &error), error);
  person_after = row_snapshot (f->db, "person", person_uuid);
  asset_after = row_snapshot (f->db, "information_asset", asset_uuid);
  g_assert_cmpstr (person_after, ==, person_before);
  g_assert_cmpstr (asset_after, ==, asset_before);

  restored = trygg_entity_load_by_uuid (f->db, TRYGG_TYPE_PERSON, person_uuid, &error);
  g_assert_no_error (error);
  g_assert_cmpint (trygg_entity_get_id (restored), ==, person_id);
  g_assert_cmpstr (trygg_entity_get_title (restored), ==, "Åsa Lindqvist");
  TRYGG_ASSERT_OK (trygg_entity_reload (TRYGG_ENTITY (asset), f->db, &error), error);
  g_assert_cmpint (trygg_entity_get_int64 (TRYGG_ENTITY (asset), "owner-id"), ==, person_id);

  /* the undo is itself in the change log */
  g_assert_cmpint (trygg_database_last_change_id (f->db), ==, last + 2);
  g_assert_null (trygg_test_query_text (f->db, "PRAGMA foreign_key_check", NULL));
}

/* The action table has a generated column (due_sort), which the undo must not write. */
static void
test_revert_action_responsible (TryggTestFixture *f,
                                gconstpointer     data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TryggPerson) person = trygg_person_new ();
  g_autoptr(TryggAction) action = trygg_action_new ();
  const char *action_uuid = trygg_entity_get_uuid (TRYGG_ENTITY (action));
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *due_sort = NULL;
  gint64 first = 0, last = 0;

  g_object_set (person, "name", "Ola Nordmann", NULL);
  trygg_test_save (person, f->db);
  g_object_set (action, "title", "Revidere kontinuitetsplan", "due-quarter", "2025-Q2",
                "responsible-id", trygg_entity_get_id (TRYGG_ENTITY (person)),
                "source-plugin", "continuity", NULL);
  trygg_test_save (action, f->db);
  before = row_snapshot (f->db, "action", action_uuid);

  TRYGG_ASSERT_OK (trygg_entity_delete (TRYGG_ENTITY (person), f->db, &first, &last, &error),
                   error);
  g_assert_cmpint (trygg_test_query_int (f->db, "SELECT responsible_id IS NULL FROM action "
                                         "WHERE uuid = ?", action_uuid), ==, 1);

  TRYGG_ASSERT_OK (trygg_database_revert_changes (f->db, first, last, &error), error);
  after = row_snapshot (f->db, "action", action_uuid);
  g_assert_cmpstr (after, ==, before);
  due_sort = trygg_test_query_text (f->db, "SELECT due_sort FROM action WHERE uuid = ?",
                                    action_uuid);
  g_assert_cmpstr (due_sort, ==, "2025-06-30");
}

static void
test_delete_cascades_links_and_reverts (TryggTestFixture *f,
                                        gconstpointer     data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TryggAsset) asset = trygg_asset_new ();
  g_autoptr(TryggSystem) system = trygg_system_new ();
  g_autoptr(GArray) links = NULL;
  gint64 asset_id, system_id, first = 0, last = 0;

  g_object_set (asset, "name", "Elevregister", NULL);
  g_object_set (system, "name", "Skolplattformen", "lifecycle", "production", NULL);
  trygg_test_save (asset, f->db);
  trygg_test_save (system, f->db);
  asset_id = trygg_entity_get_id (TRYGG_ENTITY (asset));
  system_id = trygg_entity_get_id (TRYGG_ENTITY (system));

  TRYGG_ASSERT_OK (trygg_links_add (f->db, &trygg_link_asset_system, asset_id, system_id,
                                    &error), error);
  /* a link to a row that does not exist is refused */
  g_assert_false (trygg_links_add (f->db, &trygg_link_asset_system, asset_id, 4242, &error));
  g_assert_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_cmpint (trygg_database_count_rows (f->db, "asset_system"), ==, 1);

  TRYGG_ASSERT_OK (trygg_entity_delete (TRYGG_ENTITY (asset), f->db, &first, &last, &error), error);
  g_assert_cmpint (trygg_database_count_rows (f->db, "asset_system"), ==, 0);
  g_assert_cmpint (last - first + 1, ==, 2);

  TRYGG_ASSERT_OK (trygg_database_revert_changes (f->db, first, last, &error), error);
  links = trygg_links_list (f->db, &trygg_link_asset_system, TRUE, asset_id);
  g_assert_cmpuint (links->len, ==, 1);
  g_assert_cmpint (g_array_index (links, gint64, 0), ==, system_id);
  g_assert_cmpint (trygg_database_count_rows (f->db, "information_asset"), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, setup, func) \
  g_test_add (path, TryggTestFixture, NULL, setup, func, trygg_test_fixture_teardown)

  ADD ("/database/open/new", trygg_test_fixture_setup, test_open_new);
  ADD ("/database/open/missing-dir", trygg_test_fixture_setup, test_open_missing_dir);
  ADD ("/database/open/not-a-database", trygg_test_fixture_setup, test_open_not_a_database);
  ADD ("/database/open/foreign-database", trygg_test_fixture_setup, test_open_foreign_database);
  ADD ("/database/file-mode/new", trygg_test_fixture_setup, test_file_mode_new);
  ADD ("/database/file-mode/existing", trygg_test_fixture_setup, test_file_mode_existing);
  ADD ("/database/pragmas", trygg_test_fixture_setup_open, test_pragmas);
  ADD ("/database/transaction/rolls-back-whole", trygg_test_fixture_setup_open,
       test_transaction_rolls_back_whole);
  ADD ("/database/transaction/save-failure", trygg_test_fixture_setup_open,
       test_save_failure_keeps_entity_new);
  ADD ("/database/foreign-keys/refused", trygg_test_fixture_setup_open,
       test_foreign_key_refused);
  ADD ("/database/foreign-keys/set-null-and-revert", trygg_test_fixture_setup_open,
       test_delete_sets_null_and_reverts);
  ADD ("/database/foreign-keys/revert-generated-column", trygg_test_fixture_setup_open,
       test_revert_action_responsible);
  ADD ("/database/foreign-keys/cascade-and-revert", trygg_test_fixture_setup_open,
       test_delete_cascades_links_and_reverts);

#undef ADD

  return g_test_run ();
}
