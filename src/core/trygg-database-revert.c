/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Undo by the change log: the entries of one transaction are played backwards — a delete
 * re-inserts the old row (same id and uuid), an update writes the old values back, an insert
 * is deleted. Foreign keys are checked at commit, so the order of cascades does not matter.
 * The revert is itself a write and goes to the change log like any other.
 */
#define G_LOG_DOMAIN "trygg-database"

#include "config.h"

#include <json-glib/json-glib.h>

#include "trygg-database-private.h"

static void
bind_node (sqlite3_stmt *stmt,
           int           index,
           JsonNode     *node)
{
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    sqlite3_bind_null (stmt, index);
  else if (json_node_get_value_type (node) == G_TYPE_INT64)
    sqlite3_bind_int64 (stmt, index, json_node_get_int (node));
  else if (json_node_get_value_type (node) == G_TYPE_DOUBLE)
    sqlite3_bind_double (stmt, index, json_node_get_double (node));
  else if (json_node_get_value_type (node) == G_TYPE_BOOLEAN)
    sqlite3_bind_int (stmt, index, json_node_get_boolean (node));
  else
    sqlite3_bind_text (stmt, index, json_node_get_string (node), -1, SQLITE_TRANSIENT);
}

static gboolean
revert_one (TryggDatabase  *self,
            const char     *table,
            const char     *uuid,
            const char     *operation,
            const char     *old_json,
            GError        **error)
{
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GList) members = NULL;
  JsonObject *old = NULL;
  int n = 0;

  if (g_str_equal (operation, "insert"))
    {
      g_string_printf (sql, "DELETE FROM \"%s\" WHERE uuid = ?", table);
      stmt = trygg_database_prepare (self, sql->str, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
      return trygg_database_step_done (self, stmt, error);
    }

  if (old_json == NULL || !json_parser_load_from_data (parser, old_json, -1, error) ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      g_prefix_error (error, "change log of %s: ", table);
      return FALSE;
    }
  old = json_node_get_object (json_parser_get_root (parser));
  members = json_object_get_members (old);

  if (g_str_equal (operation, "delete"))
    {
      g_autoptr(GString) values = g_string_new (NULL);
      g_string_printf (sql, "INSERT INTO \"%s\" (", table);
      for (GList *l = members; l; l = l->next, n++)
        {
          g_string_append_printf (sql, "%s\"%s\"", n ? ", " : "", (const char *) l->data);
          g_string_append (values, n ? ", ?" : "?");
        }
      g_string_append_printf (sql, ") VALUES (%s)", values->str);
    }
  else
    {
      g_string_printf (sql, "UPDATE \"%s\" SET ", table);
      for (GList *l = members; l; l = l->next, n++)
        g_string_append_printf (sql, "%s\"%s\" = ?", n ? ", " : "", (const char *) l->data);
      g_string_append_printf (sql, " WHERE uuid = ?%d", n + 1);
    }

  stmt = trygg_database_prepare (self, sql->str, error);
  if (stmt == NULL)
    return FALSE;
  n = 0;
  for (GList *l = members; l; l = l->next)
    bind_node (stmt, ++n, json_object_get_member (old, l->data));
  if (g_str_equal (operation, "update"))
    sqlite3_bind_text (stmt, n + 1, uuid, -1, SQLITE_TRANSIENT);
  return trygg_database_step_done (self, stmt, error);
}

/**
 * trygg_database_revert_changes:
 *
 * Undoes the change-log entries @first_change … @last_change in one transaction.
 */
gboolean
trygg_database_revert_changes (TryggDatabase  *self,
                               gint64          first_change,
                               gint64          last_change,
                               GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  if (!trygg_database_begin (self, error))
    return FALSE;
  if (!trygg_database_exec (self, "PRAGMA defer_foreign_keys = ON", error))
    goto fail;
  stmt = trygg_database_prepare (self,
                                 "SELECT table_name, row_uuid, operation, old_values "
                                 "FROM change_log WHERE id BETWEEN ? AND ? ORDER BY id DESC",
                                 error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, first_change);
  sqlite3_bind_int64 (stmt, 2, last_change);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    if (!revert_one (self,
                     (const char *) sqlite3_column_text (stmt, 0),
                     (const char *) sqlite3_column_text (stmt, 1),
                     (const char *) sqlite3_column_text (stmt, 2),
                     (const char *) sqlite3_column_text (stmt, 3), error))
      goto fail;
  if (rc != SQLITE_DONE)
    {
      trygg_database_set_error (self, error);
      goto fail;
    }
  g_clear_pointer (&stmt, sqlite3_finalize);
  return trygg_database_commit (self, error);

fail:
  trygg_database_rollback (self);
  return FALSE;
}
