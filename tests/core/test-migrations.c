/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Migrations: a fresh file, a reopen that does nothing, a plugin upgrade with its backup, a
 * migration that fails half-way, and files written by a newer Trygg, which are refused
 * untouched. The fake plugin component "testcomp" lives in testcomp.gresource.xml.
 */
#include "config.h"

#include <glib/gstdio.h>

#include "test-util.h"

#define CORE_SQL "/io/github/trygg/Trygg/core/sql"
#define TESTCOMP "/io/github/trygg/Trygg/tests/testcomp"

static const TryggSchemaSource testcomp_v1 = { "testcomp", TESTCOMP "/v1" };
static const TryggSchemaSource testcomp_v2 = { "testcomp", TESTCOMP "/v2" };
static const TryggSchemaSource testcomp_broken = { "testcomp", TESTCOMP "/broken" };

/* Counted here from the resource, not by the code under test. */
static int
count_core_scripts (void)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) names = g_resources_enumerate_children (CORE_SQL, 0, &error);
  int n = 0;

  g_assert_no_error (error);
  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_has_suffix (names[i], ".sql"))
      n++;
  return n;
}

static TryggDatabase *
open_with (const char              *path,
           const TryggSchemaSource *source)
{
  g_autoptr(GError) error = NULL;
  TryggDatabase *db = trygg_database_open (path, source, source != NULL ? 1 : 0, &error);

  g_assert_no_error (error);
  g_assert_nonnull (db);
  return db;
}

static guint
count_backups (const char *dir)
{
  g_auto(GStrv) files = trygg_test_list_dir (dir);
  guint n = 0;

  for (guint i = 0; files[i] != NULL; i++)
    if (g_str_has_suffix (files[i], ".bak"))
      n++;
  return n;
}

static void
add_item (TryggDatabase *db,
          const char    *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *uuid = g_uuid_string_random ();

  TRYGG_ASSERT_OK (trygg_database_begin (db, &error), error);
  stmt = trygg_database_prepare (db, "INSERT INTO testcomp_item (uuid, name) VALUES (?, ?)",
                                 &error);
  g_assert_no_error (error);
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_TRANSIENT);
  TRYGG_ASSERT_OK (trygg_database_step_done (db, stmt, &error), error);
  TRYGG_ASSERT_OK (trygg_database_commit (db, &error), error);
}

static gboolean
has_column (TryggDatabase *db,
            const char    *table,
            const char    *column)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM pragma_table_info('%s') "
                                          "WHERE name = ?", table);
  return trygg_test_query_int (db, sql, column) > 0;
}

static int
raw_query_int (sqlite3    *raw,
               const char *sql)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (raw, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return sqlite3_column_int (stmt, 0);
}

static void
raw_exec (const char *path,
          const char *sql)
{
  sqlite3 *raw = trygg_test_raw_open (path);

  g_assert_cmpint (sqlite3_exec (raw, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_changes (raw), ==, 1);
  g_assert_cmpint (sqlite3_close (raw), ==, SQLITE_OK);
}

static void
test_fresh (TryggTestFixture *f,
            gconstpointer     data)
{
  int n_scripts = count_core_scripts ();

  g_assert_cmpint (n_scripts, >=, 1);
  f->db = open_with (f->path, NULL);
  g_assert_cmpint (trygg_database_get_schema_version (f->db, "core"), ==, n_scripts);
  g_assert_cmpint (trygg_database_count_scripts (CORE_SQL), ==, n_scripts);
  g_assert_cmpint (trygg_database_count_rows (f->db, "schema_version"), ==, 1);
  g_assert_cmpint (trygg_database_get_schema_version (f->db, "testcomp"), ==, 0);
  /* nothing to back up in a file that did not exist */
  g_assert_cmpuint (count_backups (f->dir), ==, 0);
}

static void
test_fresh_with_plugin (TryggTestFixture *f,
                        gconstpointer     data)
{
  f->db = open_with (f->path, &testcomp_v2);
  g_assert_cmpint (trygg_database_get_schema_version (f->db, "core"), ==, count_core_scripts ());
  g_assert_cmpint (trygg_database_get_schema_version (f->db, "testcomp"), ==, 2);
  g_assert_true (has_column (f->db, "testcomp_item", "note"));
  g_assert_cmpuint (count_backups (f->dir), ==, 0);
}

static void
test_reopen_does_nothing (TryggTestFixture *f,
                          gconstpointer     data)
{
  g_autoptr(TryggAsset) asset = trygg_asset_new ();
  g_autofree char *applied_at = NULL;
  g_autofree char *applied_at_again = NULL;
  g_autofree char *checksum = NULL;
  g_autofree char *checksum_again = NULL;
  g_auto(GStrv) files = NULL;
  g_auto(GStrv) files_again = NULL;
  static const char * const only_db[] = { "trygg.db", NULL };
  int version;

  f->db = open_with (f->path, &testcomp_v1);
  g_object_set (asset, "name", "Elevregister", NULL);
  trygg_test_save (asset, f->db);
  add_item (f->db, "Alfa");
  version = trygg_database_get_schema_version (f->db, "core");
  applied_at = trygg_test_query_text (f->db, "SELECT group_concat(component || applied_at) "
                                      "FROM schema_version", NULL);
  trygg_test_close (&f->db);

  files = trygg_test_list_dir (f->dir);
  /* the fresh file needed no backup; the WAL is merged and removed on close */
  g_assert_cmpstrv (files, only_db);
  checksum = trygg_test_file_checksum (f->path);

  f->db = open_with (f->path, &testcomp_v1);
  g_assert_cmpint (trygg_database_get_schema_version (f->db, "core"), ==, version);
  g_assert_cmpint (trygg_database_get_schema_version (f->db, "testcomp"), ==, 1);
  applied_at_again = trygg_test_query_text (f->db, "SELECT group_concat(component || applied_at) "
                                            "FROM schema_version", NULL);
  g_assert_cmpstr (applied_at_again, ==, applied_at);
  g_assert_cmpint (trygg_database_count_rows (f->db, "information_asset"), ==, 1);
  g_assert_cmpint (trygg_database_count_rows (f->db, "testcomp_item"), ==, 1);
  g_assert_cmpuint (count_backups (f->dir), ==, 0);
  trygg_test_close (&f->db);

  /* opening and closing wrote nothing at all */
  files_again = trygg_test_list_dir (f->dir);
  g_assert_cmpstrv (files_again, only_db);
  checksum_again = trygg_test_file_checksum (f->path);
  g_assert_cmpstr (checksum_again, ==, checksum);
}

static void
test_upgrade_takes_backup (TryggTestFixture *f,
                           gconstpointer     data)
{
  g_autofree char *backup = g_strconcat (f->path, ".before-testcomp-2.bak", NULL);
  g_autofree char *check = NULL;
  g_autofree char *names = NULL;
  g_autofree char *new_values = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GString) backup_names = g_string_new (NULL);
  g_auto(GStrv) tables = NULL;
  sqlite3 *raw;

  f->db = open_with (f->path, &testcomp_v1);
  g_assert_cmpint (trygg_database_get_schema_version (f->db, "testcomp"), ==, 1);
  g_assert_false (has_column (f->db, "testcomp_item", "note"));
  add_item (f->db, "Alfa");
  add_item (f->db, "Överförmyndare");
  trygg_test_close (&f->db);
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));

  f->db = open_with (f->path, &testcomp_v2);

  /* the main file is upgraded, its rows kept */
  g_assert_cmpint (trygg_database_get_schema_version (f->db, "testcomp"), ==, 2);
  g_assert_cmpint (trygg_database_get_schema_version (f->db, "core"), ==, count_core_scripts ());
  g_assert_true (has_column (f->db, "testcomp_item", "note"));
  tables = trygg_database_list_tables (f->db);
  g_assert_true (g_strv_contains ((const char * const *) tables, "testcomp_tag"));
  names = trygg_test_query_text (f->db, "SELECT group_concat(name, '|') FROM "
                                 "(SELECT name FROM testcomp_item ORDER BY id)", NULL);
  g_assert_cmpstr (names, ==, "Alfa|Överförmyndare");

  /* the regenerated change-log trigger knows the new column */
  trygg_test_exec (f->db, "UPDATE testcomp_item SET note = 'ny' WHERE name = 'Alfa'");
  new_values = trygg_test_query_text (f->db, "SELECT json_extract(new_values, '$.note') "
                                      "FROM change_log WHERE table_name = 'testcomp_item' "
                                      "AND operation = 'update'", NULL);
  g_assert_cmpstr (new_values, ==, "ny");

  /* the backup is a database at the old version, with the old rows */
  g_assert_true (g_file_test (backup, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpuint (trygg_test_file_mode (backup), ==, 0600);
  raw = trygg_test_raw_open (backup);
  g_assert_cmpint (sqlite3_prepare_v2 (raw, "PRAGMA integrity_check", -1, &stmt, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  check = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  g_assert_cmpstr (check, ==, "ok");
  g_clear_pointer (&stmt, sqlite3_finalize);
  g_assert_cmpint (raw_query_int (raw, "SELECT version FROM schema_version "
                                  "WHERE component = 'testcomp'"), ==, 1);
  g_assert_cmpint (raw_query_int (raw, "SELECT version FROM schema_version "
                                  "WHERE component = 'core'"), ==, count_core_scripts ());
  g_assert_cmpint (raw_query_int (raw, "SELECT count(*) FROM pragma_table_info('testcomp_item') "
                                  "WHERE name = 'note'"), ==, 0);
  g_assert_cmpint (raw_query_int (raw, "SELECT count(*) FROM sqlite_master "
                                  "WHERE name = 'testcomp_tag'"), ==, 0);
  g_assert_cmpint (sqlite3_prepare_v2 (raw, "SELECT name FROM testcomp_item ORDER BY id", -1,
                                       &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (backup_names, "%s%s", backup_names->len ? "|" : "",
                            sqlite3_column_text (stmt, 0));
  g_clear_pointer (&stmt, sqlite3_finalize);
  g_assert_cmpstr (backup_names->str, ==, "Alfa|Överförmyndare");
  g_assert_cmpint (sqlite3_close (raw), ==, SQLITE_OK);

  /* opening the upgraded file again takes no second backup */
  trygg_test_close (&f->db);
  f->db = open_with (f->path, &testcomp_v2);
  g_assert_cmpuint (count_backups (f->dir), ==, 1);
}

static void
test_failed_migration_changes_nothing (TryggTestFixture *f,
                                       gconstpointer     data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TryggDatabase) broken = NULL;
  g_autofree char *names = NULL;

  f->db = open_with (f->path, &testcomp_v1);
  add_item (f->db, "Alfa");
  trygg_test_close (&f->db);

  broken = trygg_database_open (f->path, &testcomp_broken, 1, &error);
  g_assert_null (broken);
  g_assert_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_MIGRATION);
  g_assert_nonnull (strstr (error->message, "002-broken.sql"));

  /* the first statement of the failed script (ALTER TABLE) did not stay */
  f->db = open_with (f->path, &testcomp_v1);
  g_assert_cmpint (trygg_database_get_schema_version (f->db, "testcomp"), ==, 1);
  g_assert_false (has_column (f->db, "testcomp_item", "note"));
  names = trygg_test_query_text (f->db, "SELECT group_concat(name) FROM testcomp_item", NULL);
  g_assert_cmpstr (names, ==, "Alfa");
}

/* Asserts that opening @path with @sources is refused as too new and changes no byte, no
 * mtime and no file next to it. */
static void
assert_too_new_untouched (TryggTestFixture        *f,
                          const TryggSchemaSource *source)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TryggDatabase) db = NULL;
  g_autofree char *checksum = trygg_test_file_checksum (f->path);
  g_autofree char *checksum_after = NULL;
  g_auto(GStrv) files = trygg_test_list_dir (f->dir);
  g_auto(GStrv) files_after = NULL;
  gint64 mtime = trygg_test_file_mtime_ns (f->path);
  guint mode = trygg_test_file_mode (f->path);

  db = trygg_database_open (f->path, source, source != NULL ? 1 : 0, &error);
  g_assert_null (db);
  g_assert_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_TOO_NEW);
  g_assert_nonnull (strstr (error->message, "99"));

  checksum_after = trygg_test_file_checksum (f->path);
  g_assert_cmpstr (checksum_after, ==, checksum);
  g_assert_cmpint (trygg_test_file_mtime_ns (f->path), ==, mtime);
  g_assert_cmpuint (trygg_test_file_mode (f->path), ==, mode);
  /* no -wal, -shm or backup left behind */
  files_after = trygg_test_list_dir (f->dir);
  g_assert_cmpstrv (files_after, files);
}

static void
test_refuse_newer_core (TryggTestFixture *f,
                        gconstpointer     data)
{
  g_autoptr(TryggAsset) asset = trygg_asset_new ();
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);

  f->db = open_with (f->path, NULL);
  g_object_set (asset, "name", "Elevregister", NULL);
  trygg_test_save (asset, f->db);
  trygg_test_close (&f->db);

  /* as a newer Trygg would leave it */
  raw_exec (f->path, "UPDATE schema_version SET version = 99 WHERE component = 'core'");
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));

  assert_too_new_untouched (f, NULL);
  assert_too_new_untouched (f, &testcomp_v2);

  /* the same file copied by hand (mode 0644) and in rollback-journal mode, where switching
   * it to WAL or making it private would already change it */
  raw_exec (f->path, "PRAGMA journal_mode = DELETE; "
            "UPDATE schema_version SET version = 99 WHERE component = 'core'");
  g_assert_cmpint (g_chmod (f->path, 0644), ==, 0);
  assert_too_new_untouched (f, NULL);
}

static void
test_refuse_newer_plugin (TryggTestFixture *f,
                          gconstpointer     data)
{
  f->db = open_with (f->path, &testcomp_v1);
  add_item (f->db, "Alfa");
  trygg_test_close (&f->db);
  raw_exec (f->path, "PRAGMA journal_mode = DELETE; "
            "UPDATE schema_version SET version = 99 WHERE component = 'testcomp'");
  g_assert_cmpint (g_chmod (f->path, 0644), ==, 0);

  assert_too_new_untouched (f, &testcomp_v2);

  /* with the plugin disabled the file opens, and the plugin's data stays as it was */
  f->db = open_with (f->path, NULL);
  g_assert_cmpint (trygg_database_get_schema_version (f->db, "testcomp"), ==, 99);
  g_assert_cmpint (trygg_database_count_rows (f->db, "testcomp_item"), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, TryggTestFixture, NULL, trygg_test_fixture_setup, func, \
              trygg_test_fixture_teardown)

  ADD ("/migrations/fresh", test_fresh);
  ADD ("/migrations/fresh-with-plugin", test_fresh_with_plugin);
  ADD ("/migrations/reopen-does-nothing", test_reopen_does_nothing);
  ADD ("/migrations/upgrade-takes-backup", test_upgrade_takes_backup);
  ADD ("/migrations/failed-migration-changes-nothing", test_failed_migration_changes_nothing);
  ADD ("/migrations/refuse-newer/core", test_refuse_newer_core);
  ADD ("/migrations/refuse-newer/plugin", test_refuse_newer_plugin);

#undef ADD

  return g_test_run ();
}
