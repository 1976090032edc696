/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Per-component migrations: numbered SQL scripts in a GResource folder, `001-name.sql`,
 * `002-name.sql`, …, applied in order, each component in one transaction, with a backup of
 * an existing file taken first by the SQLite backup API.
 */
#define G_LOG_DOMAIN "trygg-database"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "trygg-database-private.h"

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* Returns the scripts of @resource_dir sorted by number; asserts that they have no gaps. */
static GStrv
list_scripts (const char *resource_dir)
{
  g_auto(GStrv) names = g_resources_enumerate_children (resource_dir, 0, NULL);
  g_autoptr(GPtrArray) sorted = g_ptr_array_new ();

  if (names == NULL)
    return g_new0 (char *, 1);
  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_has_suffix (names[i], ".sql"))
      g_ptr_array_add (sorted, g_strdup (names[i]));
  g_ptr_array_sort (sorted, compare_names);
  for (guint i = 0; i < sorted->len; i++)
    {
      const char *name = g_ptr_array_index (sorted, i);
      if (g_ascii_strtoull (name, NULL, 10) != i + 1)
        g_error ("Migration %s/%s is out of sequence: expected number %u",
                 resource_dir, name, i + 1);
    }
  g_ptr_array_add (sorted, NULL);
  return (GStrv) g_ptr_array_steal (sorted, NULL);
}

int
trygg_database_count_scripts (const char *resource_dir)
{
  g_auto(GStrv) scripts = list_scripts (resource_dir);
  return (int) g_strv_length (scripts);
}

static gboolean
backup_to (TryggDatabase  *self,
           const char     *target,
           GError        **error)
{
  sqlite3 *dest = NULL;
  sqlite3_backup *backup;
  int rc;

  int fd;

  /* private from the first byte: the copy holds the same confidential data */
  g_unlink (target);
  fd = g_open (target, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
  if (fd >= 0)
    close (fd);
  rc = sqlite3_open_v2 (target, &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (dest, "main", trygg_database_get_handle (self), "main");
      if (backup != NULL)
        {
          sqlite3_backup_step (backup, -1);
          sqlite3_backup_finish (backup);
        }
      rc = sqlite3_errcode (dest);
    }
  sqlite3_close_v2 (dest);
  g_chmod (target, 0600);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_MIGRATION,
                   _("Cannot write the backup copy “%s” before updating the database: %s. "
                     "The database was not changed."), target, sqlite3_errstr (rc));
      return FALSE;
    }
  return TRUE;
}

static gboolean
run_script (TryggDatabase  *self,
            const char     *resource_dir,
            const char     *name,
            GError        **error)
{
  g_autofree char *path = g_build_path ("/", resource_dir, name, NULL);
  g_autoptr(GBytes) bytes = g_resources_lookup_data (path, 0, error);
  g_autofree char *sql = NULL;

  if (bytes == NULL)
    return FALSE;
  sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  if (sqlite3_exec (trygg_database_get_handle (self), sql, NULL, NULL, NULL) != SQLITE_OK)
    {
      g_set_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_MIGRATION,
                   _("Updating the database failed in %s: %s. The database was not changed."),
                   name, sqlite3_errmsg (trygg_database_get_handle (self)));
      return FALSE;
    }
  return TRUE;
}

/**
 * trygg_database_migrate_component:
 *
 * Brings @source's tables up to the newest script, in one transaction. An existing file is
 * copied to `<db>.before-<component>-<version>.bak` first, @version being the first script
 * about to run.
 */
gboolean
trygg_database_migrate_component (TryggDatabase            *self,
                                  const TryggSchemaSource  *source,
                                  GError                  **error)
{
  g_auto(GStrv) scripts = list_scripts (source->resource_dir);
  int know = (int) g_strv_length (scripts);
  int have = trygg_database_get_schema_version (self, source->component);
  g_autoptr(sqlite3_stmt) record = NULL;
  g_autofree char *now = NULL;

  if (have < 0)
    {
      trygg_database_set_error (self, error);
      return FALSE;
    }
  if (have > know)
    {
      g_set_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_TOO_NEW,
                   _("The database was written by a newer version of Trygg (%s schema %d; "
                     "this program knows %d). It was not changed."),
                   source->component, have, know);
      return FALSE;
    }
  if (have == know)
    return TRUE;

  if (!trygg_database_is_creating (self) &&
      trygg_database_get_schema_version (self, "core") > 0)
    {
      g_autofree char *target = g_strdup_printf ("%s.before-%s-%d.bak",
                                                 trygg_database_get_path (self),
                                                 source->component, have + 1);
      if (!backup_to (self, target, error))
        return FALSE;
    }

  if (!trygg_database_begin (self, error))
    return FALSE;
  if (!trygg_database_exec (self,
                            "CREATE TABLE IF NOT EXISTS schema_version ("
                            " component TEXT PRIMARY KEY,"
                            " version INTEGER NOT NULL,"
                            " applied_at TEXT NOT NULL)", error))
    goto fail;

  now = trygg_database_now ();
  record = trygg_database_prepare (self,
                                   "INSERT INTO schema_version (component, version, applied_at) "
                                   "VALUES (?1, ?2, ?3) ON CONFLICT (component) DO UPDATE "
                                   "SET version = ?2, applied_at = ?3", error);
  if (record == NULL)
    goto fail;
  for (int v = have + 1; v <= know; v++)
    {
      if (!run_script (self, source->resource_dir, scripts[v - 1], error))
        goto fail;
      sqlite3_bind_text (record, 1, source->component, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (record, 2, v);
      sqlite3_bind_text (record, 3, now, -1, SQLITE_TRANSIENT);
      if (!trygg_database_step_done (self, record, error))
        goto fail;
    }
  if (!trygg_database_regenerate_triggers (self, error))
    goto fail;
  return trygg_database_commit (self, error);

fail:
  trygg_database_rollback (self);
  return FALSE;
}
