/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Links between the registers (which systems hold an asset, what a process uses): rows of
 * small tables that follow the conventions like every other table.
 */
#define G_LOG_DOMAIN "trygg-links"

#include "config.h"

#include "trygg-links.h"

const TryggLinkKind trygg_link_asset_system = { "asset_system", "asset_id", "system_id" };
const TryggLinkKind trygg_link_process_asset = { "process_asset", "process_id", "asset_id" };
const TryggLinkKind trygg_link_process_system = { "process_system", "process_id", "system_id" };

static gboolean
run_in_transaction (TryggDatabase  *db,
                    const char     *sql,
                    const char     *uuid,
                    gint64          left_id,
                    gint64          right_id,
                    GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!trygg_database_begin (db, error))
    return FALSE;
  stmt = trygg_database_prepare (db, sql, error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, left_id);
  sqlite3_bind_int64 (stmt, 2, right_id);
  if (uuid != NULL)
    sqlite3_bind_text (stmt, 3, uuid, -1, SQLITE_TRANSIENT);
  if (!trygg_database_step_done (db, stmt, error))
    goto fail;
  return trygg_database_commit (db, error);

fail:
  trygg_database_rollback (db);
  return FALSE;
}

/* Links two rows; linking them again is not an error. */
gboolean
trygg_links_add (TryggDatabase        *db,
                 const TryggLinkKind  *kind,
                 gint64                left_id,
                 gint64                right_id,
                 GError              **error)
{
  g_autofree char *sql = g_strdup_printf ("INSERT INTO \"%s\" (%s, %s, uuid) VALUES (?, ?, ?) "
                                          "ON CONFLICT DO NOTHING",
                                          kind->table, kind->left, kind->right);
  g_autofree char *uuid = g_uuid_string_random ();

  return run_in_transaction (db, sql, uuid, left_id, right_id, error);
}

gboolean
trygg_links_remove (TryggDatabase        *db,
                    const TryggLinkKind  *kind,
                    gint64                left_id,
                    gint64                right_id,
                    GError              **error)
{
  g_autofree char *sql = g_strdup_printf ("DELETE FROM \"%s\" WHERE %s = ? AND %s = ?",
                                          kind->table, kind->left, kind->right);

  return run_in_transaction (db, sql, NULL, left_id, right_id, error);
}

/**
 * trygg_links_list:
 * @from_left: %TRUE to list the right-hand ids linked to the left-hand row @id
 *
 * Returns: (transfer full) (element-type gint64): the linked ids
 */
GArray *
trygg_links_list (TryggDatabase       *db,
                  const TryggLinkKind *kind,
                  gboolean             from_left,
                  gint64               id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT %s FROM \"%s\" WHERE %s = ? ORDER BY id",
                                          from_left ? kind->right : kind->left, kind->table,
                                          from_left ? kind->left : kind->right);
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt = trygg_database_prepare_cached (db, sql, NULL);

  if (stmt == NULL)
    return ids;
  sqlite3_bind_int64 (stmt, 1, id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 other = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, other);
    }
  sqlite3_reset (stmt);
  return ids;
}
