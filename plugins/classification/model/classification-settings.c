/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The organisation's classification settings (the scale preset, whether traceability is
 * assessed) and its consequence areas: listing, adding, retiring.
 */
#define G_LOG_DOMAIN "trygg-classification"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "classification-model-private.h"

/* Settings */

static char *
get_setting (TryggDatabase *db,
             const char    *key)
{
  sqlite3_stmt *stmt = trygg_database_prepare_cached (db,
      "SELECT value FROM classification_setting WHERE key = ?1", NULL);
  char *value = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return value;
}

static gboolean
set_setting (TryggDatabase  *db,
             const char     *key,
             const char     *value,
             GError        **error)
{
  g_autofree char *uuid = g_uuid_string_random ();
  g_autofree char *now = trygg_database_now ();
  sqlite3_stmt *stmt;

  if (!trygg_database_begin (db, error))
    return FALSE;
  stmt = trygg_database_prepare_cached (db,
      "INSERT INTO classification_setting (uuid, created_at, updated_at, key, value) "
      "VALUES (?1, ?2, ?2, ?3, ?4) ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
      "updated_at = excluded.updated_at WHERE value IS NOT excluded.value", error);
  if (stmt != NULL)
    {
      sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, now, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 3, key, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 4, value, -1, SQLITE_TRANSIENT);
      if (trygg_database_step_done (db, stmt, error) && trygg_database_commit (db, error))
        return TRUE;
    }
  trygg_database_rollback (db);
  return FALSE;
}

/* Returns: (transfer full): the organisation's preset id, "klassa" unless chosen otherwise */
char *
trygg_classification_get_preset (TryggDatabase *db)
{
  g_autofree char *value = get_setting (db, "preset");

  return g_strdup (trygg_classification_preset_or_default (value)->id);
}

gboolean
trygg_classification_set_preset (TryggDatabase  *db,
                                 const char     *preset,
                                 GError        **error)
{
  if (trygg_classification_preset_lookup (preset) == NULL)
    {
      g_set_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_INVALID,
                   _("“%s” is not a classification scale."), preset);
      return FALSE;
    }
  return set_setting (db, "preset", preset, error);
}

gboolean
trygg_classification_get_traceability (TryggDatabase *db)
{
  g_autofree char *value = get_setting (db, "traceability");

  return g_strcmp0 (value, "1") == 0;
}

gboolean
trygg_classification_set_traceability (TryggDatabase  *db,
                                       gboolean        enabled,
                                       GError        **error)
{
  return set_setting (db, "traceability", enabled ? "1" : "0", error);
}

/* Consequence areas */

void
trygg_classification_area_free (TryggClassificationArea *area)
{
  g_free (area->uuid);
  g_free (area->key);
  g_free (area->name);
  g_free (area);
}

/**
 * trygg_classification_list_areas:
 *
 * Returns: (transfer full) (element-type TryggClassificationArea): the consequence areas in
 *   the order they are asked, built-in ones by their translated name; %NULL with @error
 */
GPtrArray *
trygg_classification_list_areas (TryggDatabase  *db,
                                 gboolean        with_inactive,
                                 GError        **error)
{
  g_autoptr(GPtrArray) areas =
    g_ptr_array_new_with_free_func ((GDestroyNotify) trygg_classification_area_free);
  sqlite3_stmt *stmt = trygg_database_prepare_cached (db,
      "SELECT id, uuid, key, name, active FROM classification_area "
      "WHERE active OR ?1 ORDER BY position, id", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, with_inactive);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TryggClassificationArea *area = g_new0 (TryggClassificationArea, 1);
      const char *key = (const char *) sqlite3_column_text (stmt, 2);
      const char *name = (const char *) sqlite3_column_text (stmt, 3);

      area->id = sqlite3_column_int64 (stmt, 0);
      area->uuid = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      area->key = g_strdup (key);
      if (*name == '\0' && trygg_classification_area_key_name (key) != NULL)
        name = trygg_classification_area_key_name (key);
      area->name = g_strdup (name);
      area->active = sqlite3_column_int (stmt, 4) != 0;
      g_ptr_array_add (areas, area);
    }
  if (rc != SQLITE_DONE)
    {
      trygg_database_set_error (db, error);
      sqlite3_reset (stmt);
      return NULL;
    }
  sqlite3_reset (stmt);
  return g_steal_pointer (&areas);
}

/* Adds a consequence area, asked last; its id in @id. */
gboolean
trygg_classification_add_area (TryggDatabase  *db,
                               const char     *name,
                               gint64         *id,
                               GError        **error)
{
  g_autofree char *uuid = g_uuid_string_random ();
  g_autofree char *now = trygg_database_now ();
  g_autofree char *stripped = g_strstrip (g_strdup (name != NULL ? name : ""));
  sqlite3_stmt *stmt;

  if (*stripped == '\0')
    {
      g_set_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_INVALID,
                   _("A consequence area needs a name."));
      return FALSE;
    }
  if (!trygg_database_begin (db, error))
    return FALSE;
  stmt = trygg_database_prepare_cached (db,
      "INSERT INTO classification_area (uuid, created_at, updated_at, name, position) "
      "VALUES (?1, ?2, ?2, ?3, (SELECT coalesce(max(position), 0) + 1 FROM classification_area))",
      error);
  if (stmt != NULL)
    {
      sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, now, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 3, stripped, -1, SQLITE_TRANSIENT);
      if (trygg_database_step_done (db, stmt, error))
        {
          gint64 new_id = sqlite3_last_insert_rowid (trygg_database_get_handle (db));
          if (trygg_database_commit (db, error))
            {
              if (id != NULL)
                *id = new_id;
              return TRUE;
            }
        }
    }
  trygg_database_rollback (db);
  return FALSE;
}

/* An inactive area is no longer asked; the answers of earlier versions stay. */
gboolean
trygg_classification_set_area_active (TryggDatabase  *db,
                                      gint64          id,
                                      gboolean        active,
                                      GError        **error)
{
  g_autofree char *now = trygg_database_now ();
  sqlite3_stmt *stmt;

  if (!trygg_database_begin (db, error))
    return FALSE;
  stmt = trygg_database_prepare_cached (db,
      "UPDATE classification_area SET active = ?1, updated_at = ?2 WHERE id = ?3", error);
  if (stmt != NULL)
    {
      sqlite3_bind_int (stmt, 1, active ? 1 : 0);
      sqlite3_bind_text (stmt, 2, now, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 3, id);
      if (trygg_database_step_done (db, stmt, error) && trygg_database_commit (db, error))
        return TRUE;
    }
  trygg_database_rollback (db);
  return FALSE;
}
