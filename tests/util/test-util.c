/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Helpers shared by the headless tests of libtrygg-core: temporary directories, opening and
 * closing databases with every error asserted, one-value queries, and file facts (checksum,
 * mtime, mode) for the tests that prove a file was left untouched.
 */
#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <sys/stat.h>

#include "test-util.h"

char *
trygg_test_make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("trygg-test-XXXXXX", &error);

  g_assert_no_error (error);
  g_assert_nonnull (dir);
  return dir;
}

/* Removes @dir and the files in it (the tests make no subfolders). */
void
trygg_test_remove_dir (const char *dir)
{
  g_autoptr(GDir) handle = NULL;
  const char *name;

  if (dir == NULL)
    return;
  handle = g_dir_open (dir, 0, NULL);
  if (handle == NULL)
    return;
  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      if (g_unlink (path) != 0)
        g_test_message ("Cannot remove %s: %s", path, g_strerror (errno));
    }
  g_rmdir (dir);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* Returns: the names of the files in @dir, sorted */
GStrv
trygg_test_list_dir (const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) handle = g_dir_open (dir, 0, &error);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  const char *name;

  g_assert_no_error (error);
  while ((name = g_dir_read_name (handle)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_strings);
  g_ptr_array_add (names, NULL);
  return (GStrv) g_ptr_array_free (g_steal_pointer (&names), FALSE);
}

TryggDatabase *
trygg_test_open (const char *path)
{
  g_autoptr(GError) error = NULL;
  TryggDatabase *db = trygg_database_open (path, NULL, 0, &error);

  g_assert_no_error (error);
  g_assert_true (TRYGG_IS_DATABASE (db));
  return db;
}

/* A new database "trygg.db" in @dir with core and one plugin's tables, every error asserted. */
TryggDatabase *
trygg_test_open_plugin (const char              *dir,
                        const TryggSchemaSource *source)
{
  g_autofree char *path = g_build_filename (dir, "trygg.db", NULL);
  g_autoptr(GError) error = NULL;
  TryggDatabase *db = trygg_database_open (path, source, 1, &error);

  g_assert_no_error (error);
  g_assert_true (TRYGG_IS_DATABASE (db));
  return db;
}

/* Drops the last reference: the SQLite connection is really closed afterwards. */
void
trygg_test_close (TryggDatabase **db)
{
  if (*db != NULL)
    g_assert_finalize_object (g_steal_pointer (db));
}

void
trygg_test_fixture_setup (TryggTestFixture *fixture,
                          gconstpointer     data)
{
  fixture->dir = trygg_test_make_dir ();
  fixture->path = g_build_filename (fixture->dir, "trygg.db", NULL);
  fixture->db = NULL;
}

void
trygg_test_fixture_setup_open (TryggTestFixture *fixture,
                               gconstpointer     data)
{
  trygg_test_fixture_setup (fixture, data);
  fixture->db = trygg_test_open (fixture->path);
}

void
trygg_test_fixture_teardown (TryggTestFixture *fixture,
                             gconstpointer     data)
{
  trygg_test_close (&fixture->db);
  trygg_test_remove_dir (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
  g_clear_pointer (&fixture->path, g_free);
}

static sqlite3_stmt *
prepare_one (TryggDatabase *db,
             const char    *sql,
             const char    *text_param)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = trygg_database_prepare (db, sql, &error);

  g_assert_no_error (error);
  g_assert_nonnull (stmt);
  if (text_param != NULL)
    sqlite3_bind_text (stmt, 1, text_param, -1, SQLITE_TRANSIENT);
  return stmt;
}

/* The integer in the first column of the first row; the query must return a row. */
gint64
trygg_test_query_int (TryggDatabase *db,
                      const char    *sql,
                      const char    *text_param)
{
  g_autoptr(sqlite3_stmt) stmt = prepare_one (db, sql, text_param);

  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return sqlite3_column_int64 (stmt, 0);
}

/* The text in the first column of the first row, %NULL for SQL NULL or no row. */
char *
trygg_test_query_text (TryggDatabase *db,
                       const char    *sql,
                       const char    *text_param)
{
  g_autoptr(sqlite3_stmt) stmt = prepare_one (db, sql, text_param);
  int rc = sqlite3_step (stmt);

  g_assert_true (rc == SQLITE_ROW || rc == SQLITE_DONE);
  if (rc == SQLITE_DONE)
    return NULL;
  return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}

/* Runs @sql in a transaction of its own, as the application writes. */
void
trygg_test_exec (TryggDatabase *db,
                 const char    *sql)
{
  g_autoptr(GError) error = NULL;

  TRYGG_ASSERT_OK (trygg_database_begin (db, &error), error);
  TRYGG_ASSERT_OK (trygg_database_exec (db, sql, &error), error);
  TRYGG_ASSERT_OK (trygg_database_commit (db, &error), error);
}

void
trygg_test_save (gpointer       entity,
                 TryggDatabase *db)
{
  g_autoptr(GError) error = NULL;

  TRYGG_ASSERT_OK (trygg_entity_save (TRYGG_ENTITY (entity), db, &error), error);
  g_assert_cmpint (trygg_entity_get_id (TRYGG_ENTITY (entity)), >, 0);
}

/* Runs the INSERT @sql with a new random uuid as ?1, @text as ?2 and, unless they are 0, @a
 * and @b as ?3 and ?4 (parameters left unbound are NULL).
 *
 * Returns: the id of the new row */
gint64
trygg_test_insert (TryggDatabase *db,
                   const char    *sql,
                   const char    *text,
                   gint64         a,
                   gint64         b)
{
  g_autoptr(sqlite3_stmt) stmt = prepare_one (db, sql, NULL);
  g_autofree char *uuid = g_uuid_string_random ();

  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  if (text != NULL)
    sqlite3_bind_text (stmt, 2, text, -1, SQLITE_TRANSIENT);
  if (a != 0)
    sqlite3_bind_int64 (stmt, 3, a);
  if (b != 0)
    sqlite3_bind_int64 (stmt, 4, b);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  return sqlite3_last_insert_rowid (trygg_database_get_handle (db));
}

/* A plain SQLite connection, as another program (or the sqlite3 shell) would open the file. */
sqlite3 *
trygg_test_raw_open (const char *path)
{
  sqlite3 *raw = NULL;
  int rc = sqlite3_open_v2 (path, &raw, SQLITE_OPEN_READWRITE, NULL);

  if (rc != SQLITE_OK)
    g_error ("Cannot open %s: %s", path, raw ? sqlite3_errmsg (raw) : sqlite3_errstr (rc));
  return raw;
}

char *
trygg_test_file_checksum (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

gint64
trygg_test_file_mtime_ns (const char *path)
{
  struct stat st;

  g_assert_cmpint (stat (path, &st), ==, 0);
  return (gint64) st.st_mtim.tv_sec * G_GINT64_CONSTANT (1000000000) + st.st_mtim.tv_nsec;
}

guint
trygg_test_file_mode (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 0777;
}
