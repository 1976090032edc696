/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * TryggDatabase: one SQLite connection to the shared model.
 *
 * Opening checks every component's schema version before anything is written (a file from a
 * newer Trygg is refused untouched), takes a backup copy before migrating an existing file,
 * and then regenerates the triggers that keep the change log and the search index current
 * (trygg-database-triggers.c). Writes run between trygg_database_begin() and _commit();
 * tables touched by a committed transaction are announced by the "changed" signal.
 */
#define G_LOG_DOMAIN "trygg-database"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <sys/stat.h>

#include "trygg-database.h"
#include "trygg-database-private.h"

struct _TryggDatabase
{
  GObject     parent_instance;
  char       *path;
  sqlite3    *db;
  GHashTable *stmt_cache;
  GHashTable *touched;
  guint       in_transaction : 1;
  guint       creating : 1;
};

G_DEFINE_FINAL_TYPE (TryggDatabase, trygg_database, G_TYPE_OBJECT)

enum { CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

G_DEFINE_QUARK (trygg-database-error-quark, trygg_database_error)

static void
trygg_database_finalize (GObject *object)
{
  TryggDatabase *self = TRYGG_DATABASE (object);

  g_clear_pointer (&self->stmt_cache, g_hash_table_unref);
  g_clear_pointer (&self->touched, g_hash_table_unref);
  if (self->db != NULL)
    sqlite3_close_v2 (self->db);
  g_free (self->path);

  G_OBJECT_CLASS (trygg_database_parent_class)->finalize (object);
}

static void
trygg_database_class_init (TryggDatabaseClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = trygg_database_finalize;

  /**
   * TryggDatabase::changed:
   * @table: the table whose rows a committed transaction inserted, updated or deleted
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
finalize_stmt (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
trygg_database_init (TryggDatabase *self)
{
  self->stmt_cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, finalize_stmt);
  self->touched = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

void
trygg_database_set_error (TryggDatabase  *self,
                          GError        **error)
{
  int code = sqlite3_extended_errcode (self->db);

  switch (code & 0xff)
    {
    case SQLITE_FULL:
      g_set_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_FULL,
                   _("The disk is full. Nothing was saved; free some space and try again."));
      break;
    case SQLITE_CONSTRAINT:
      if (code == SQLITE_CONSTRAINT_FOREIGNKEY)
        g_set_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_CONSTRAINT,
                     _("The change refers to a row that does not exist. Nothing was saved."));
      else
        g_set_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_CONSTRAINT,
                     _("The change breaks a rule of the database (%s). Nothing was saved."),
                     sqlite3_errmsg (self->db));
      break;
    case SQLITE_READONLY:
      g_set_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_FAILED,
                   _("The database file is read-only. Nothing was saved."));
      break;
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
      g_set_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_OPEN,
                   _("The file is not a Trygg database or is damaged."));
      break;
    default:
      g_set_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_FAILED,
                   _("Database error: %s"), sqlite3_errmsg (self->db));
      break;
    }
}

/* The OS user recorded by the change-log triggers. */
static void
sql_os_user (sqlite3_context  *ctx,
             int               argc,
             sqlite3_value   **argv)
{
  sqlite3_result_text (ctx, g_get_user_name (), -1, SQLITE_STATIC);
}

static void
update_hook (void          *data,
             int            op,
             const char    *db_name,
             const char    *table,
             sqlite3_int64  rowid)
{
  TryggDatabase *self = data;

  if (trygg_database_is_internal_table (table))
    return;
  if (!g_hash_table_contains (self->touched, table))
    g_hash_table_add (self->touched, g_strdup (table));
}

/* A new file gets mode 0600 before SQLite writes anything into it; SQLite then gives its
 * -wal and -shm files the same mode. */
static gboolean
ensure_private_file (const char  *path,
                     gboolean    *existed,
                     GError     **error)
{
  int fd;

  *existed = g_file_test (path, G_FILE_TEST_EXISTS);
  if (*existed)
    return TRUE;

  fd = g_open (path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved = errno;
      g_set_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_OPEN,
                   _("Cannot create the database “%s”: %s"), path, g_strerror (saved));
      return FALSE;
    }
  close (fd);
  return TRUE;
}

static gboolean
has_user_tables (TryggDatabase *self)
{
  g_autoptr(sqlite3_stmt) stmt = trygg_database_prepare (self,
      "SELECT count(*) FROM sqlite_master WHERE type = 'table'", NULL);
  return stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_int (stmt, 0) > 0;
}

static gboolean
check_not_newer (TryggDatabase           *self,
                 const TryggSchemaSource *source,
                 GError                 **error)
{
  int have = trygg_database_get_schema_version (self, source->component);
  int know = trygg_database_count_scripts (source->resource_dir);

  if (have < 0)
    {
      trygg_database_set_error (self, error);
      return FALSE;
    }
  if (have > know)
    {
      g_set_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_TOO_NEW,
                   _("The database “%s” was written by a newer version of Trygg "
                     "(%s schema %d; this program knows %d). It was not changed; "
                     "open it with a newer Trygg."),
                   self->path, source->component, have, know);
      return FALSE;
    }
  return TRUE;
}

static const TryggSchemaSource core_source = { "core", "/io/github/trygg/Trygg/core/sql" };

/**
 * trygg_database_open:
 * @path: the database file; created (mode 0600) when missing
 * @plugins: (array length=n_plugins): the schema of every enabled plugin
 *
 * Opens and migrates the database. Returns %NULL with @error set, in the user's language,
 * when the file cannot be opened or created, is not a database, or is newer than this build.
 */
TryggDatabase *
trygg_database_open (const char               *path,
                     const TryggSchemaSource  *plugins,
                     guint                     n_plugins,
                     GError                  **error)
{
  g_autoptr(TryggDatabase) self = NULL;
  gboolean existed;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);

  if (!ensure_private_file (path, &existed, error))
    return NULL;

  self = g_object_new (TRYGG_TYPE_DATABASE, NULL);
  self->path = g_strdup (path);

  rc = sqlite3_open_v2 (path, &self->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW, NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_OPEN,
                   _("Cannot open the database “%s”: %s"), path,
                   self->db ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc));
      return NULL;
    }
  sqlite3_extended_result_codes (self->db, TRUE);
  sqlite3_busy_timeout (self->db, 5000);
  sqlite3_create_function (self->db, "trygg_os_user", 0, SQLITE_UTF8, NULL,
                           sql_os_user, NULL, NULL);

  /* Read-only checks first: nothing below may touch a file we are going to refuse. */
  if (!has_user_tables (self) && existed)
    {
      /* has_user_tables() failed or the file is empty; an empty file is a new database */
      g_autoptr(sqlite3_stmt) probe = NULL;
      probe = trygg_database_prepare (self, "SELECT count(*) FROM sqlite_master", error);
      if (probe == NULL || sqlite3_step (probe) != SQLITE_ROW)
        {
          g_clear_error (error);
          g_set_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_OPEN,
                       _("“%s” is not a Trygg database or is damaged."), path);
          return NULL;
        }
    }
  if (existed && has_user_tables (self) && trygg_database_get_schema_version (self, "core") == 0)
    {
      g_set_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_OPEN,
                   _("“%s” is a database of another program, not of Trygg. It was not changed."),
                   path);
      return NULL;
    }
  if (!check_not_newer (self, &core_source, error))
    return NULL;
  for (guint i = 0; i < n_plugins; i++)
    if (!check_not_newer (self, &plugins[i], error))
      return NULL;

  if (g_chmod (path, 0600) != 0)
    g_warning ("Cannot make %s private: %s", path, g_strerror (errno));
  /* the reads above opened the -wal and -shm of a WAL file with the file's old mode */
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *companion = g_strconcat (path, i == 0 ? "-wal" : "-shm", NULL);
      if (g_chmod (companion, 0600) != 0 && errno != ENOENT)
        g_warning ("Cannot make %s private: %s", companion, g_strerror (errno));
    }
  self->creating = !has_user_tables (self);
  if (!trygg_database_exec (self, "PRAGMA journal_mode = WAL", error) ||
      !trygg_database_exec (self, "PRAGMA synchronous = FULL", error) ||
      !trygg_database_exec (self, "PRAGMA foreign_keys = ON", error))
    return NULL;

  if (!trygg_database_migrate_component (self, &core_source, error))
    return NULL;
  for (guint i = 0; i < n_plugins; i++)
    if (!trygg_database_migrate_component (self, &plugins[i], error))
      return NULL;

  self->creating = FALSE;
  sqlite3_update_hook (self->db, update_hook, self);
  return g_steal_pointer (&self);
}

/* TRUE while trygg_database_open() fills a new (or empty) file: nothing to back up yet. */
gboolean
trygg_database_is_creating (TryggDatabase *self)
{
  return self->creating;
}

const char *
trygg_database_get_path (TryggDatabase *self)
{
  g_return_val_if_fail (TRYGG_IS_DATABASE (self), NULL);
  return self->path;
}

sqlite3 *
trygg_database_get_handle (TryggDatabase *self)
{
  g_return_val_if_fail (TRYGG_IS_DATABASE (self), NULL);
  return self->db;
}

gboolean
trygg_database_exec (TryggDatabase  *self,
                     const char     *sql,
                     GError        **error)
{
  if (sqlite3_exec (self->db, sql, NULL, NULL, NULL) != SQLITE_OK)
    {
      trygg_database_set_error (self, error);
      return FALSE;
    }
  return TRUE;
}

sqlite3_stmt *
trygg_database_prepare (TryggDatabase  *self,
                        const char     *sql,
                        GError        **error)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      trygg_database_set_error (self, error);
      return NULL;
    }
  return stmt;
}

/**
 * trygg_database_prepare_cached:
 *
 * Returns: (transfer none): a reset statement owned by the database, kept for reuse.
 */
sqlite3_stmt *
trygg_database_prepare_cached (TryggDatabase  *self,
                               const char     *sql,
                               GError        **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->stmt_cache, sql);

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }
  stmt = trygg_database_prepare (self, sql, error);
  if (stmt != NULL)
    g_hash_table_insert (self->stmt_cache, g_strdup (sql), stmt);
  return stmt;
}

/* Steps a statement that returns no rows and resets it. */
gboolean
trygg_database_step_done (TryggDatabase  *self,
                          sqlite3_stmt   *stmt,
                          GError        **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      trygg_database_set_error (self, error);
      sqlite3_reset (stmt);
      return FALSE;
    }
  sqlite3_reset (stmt);
  return TRUE;
}

gboolean
trygg_database_begin (TryggDatabase  *self,
                      GError        **error)
{
  g_return_val_if_fail (!self->in_transaction, FALSE);

  if (!trygg_database_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;
  self->in_transaction = TRUE;
  g_hash_table_remove_all (self->touched);
  return TRUE;
}

gboolean
trygg_database_commit (TryggDatabase  *self,
                       GError        **error)
{
  g_autoptr(GPtrArray) tables = NULL;
  GHashTableIter iter;
  gpointer key;

  g_return_val_if_fail (self->in_transaction, FALSE);

  if (!trygg_database_exec (self, "COMMIT", error))
    {
      trygg_database_rollback (self);
      return FALSE;
    }
  self->in_transaction = FALSE;

  tables = g_ptr_array_new_with_free_func (g_free);
  g_hash_table_iter_init (&iter, self->touched);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (tables, g_strdup (key));
  g_hash_table_remove_all (self->touched);
  for (guint i = 0; i < tables->len; i++)
    trygg_database_notify_changed (self, g_ptr_array_index (tables, i));
  return TRUE;
}

void
trygg_database_rollback (TryggDatabase *self)
{
  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  self->in_transaction = FALSE;
  g_hash_table_remove_all (self->touched);
}

void
trygg_database_notify_changed (TryggDatabase *self,
                               const char    *table)
{
  g_signal_emit (self, signals[CHANGED], g_quark_from_string (table), table);
}

/* Returns the version of @component recorded in the file, 0 when none, -1 on error. */
int
trygg_database_get_schema_version (TryggDatabase *self,
                                   const char    *component)
{
  g_autoptr(sqlite3_stmt) exists = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  exists = trygg_database_prepare (self, "SELECT 1 FROM sqlite_master "
                                   "WHERE type = 'table' AND name = 'schema_version'", NULL);
  if (exists == NULL)
    return -1;
  if (sqlite3_step (exists) != SQLITE_ROW)
    return 0;
  stmt = trygg_database_prepare (self, "SELECT version FROM schema_version WHERE component = ?",
                                 NULL);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_text (stmt, 1, component, -1, SQLITE_TRANSIENT);
  return sqlite3_step (stmt) == SQLITE_ROW ? sqlite3_column_int (stmt, 0) : 0;
}

char *
trygg_database_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%S.%fZ");
}

gint64
trygg_database_last_change_id (TryggDatabase *self)
{
  g_autoptr(sqlite3_stmt) stmt = trygg_database_prepare (self,
      "SELECT coalesce(max(id), 0) FROM change_log", NULL);
  return stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
}

/* Lists the tables that hold user data (the conventions' tables), sorted by name. */
GStrv
trygg_database_list_tables (TryggDatabase *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(sqlite3_stmt) stmt = trygg_database_prepare (self,
      "SELECT m.name FROM sqlite_master m WHERE m.type = 'table' AND "
      "EXISTS (SELECT 1 FROM pragma_table_info(m.name) WHERE name = 'uuid') "
      "ORDER BY m.name", NULL);

  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *name = (const char *) sqlite3_column_text (stmt, 0);
      if (!trygg_database_is_internal_table (name))
        g_strv_builder_add (builder, name);
    }
  return g_strv_builder_end (builder);
}

gint64
trygg_database_count_rows (TryggDatabase *self,
                           const char    *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM \"%s\"", table);
  g_autoptr(sqlite3_stmt) stmt = trygg_database_prepare (self, sql, NULL);
  return stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : -1;
}

/**
 * trygg_database_lookup_id:
 * @table: a table with `id` and `uuid` columns, named by the program (not by a user)
 *
 * Returns: the id of the row of @table with @uuid, or 0 when there is none
 */
gint64
trygg_database_lookup_id (TryggDatabase *self,
                          const char    *table,
                          const char    *uuid)
{
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM \"%s\" WHERE uuid = ?", table);
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (uuid == NULL || (stmt = trygg_database_prepare (self, sql, NULL)) == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  return sqlite3_step (stmt) == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
}
