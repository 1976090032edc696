/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Following classifications up, without GTK: how an asset fulfils its requirements (with the
 * actions made of the gaps), a status taken back to "not assessed", what the current version
 * says about sign-off and review, and the counts of the Overview card.
 */
#define G_LOG_DOMAIN "trygg-classification"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "classification-followup.h"

/* The newest version of an asset; "c" must be joined on the asset in the query around it */
#define CURRENT_VERSION \
  "c.version = (SELECT max(version) FROM classification WHERE asset_id = c.asset_id)"

void
trygg_classification_fulfilment_free (TryggClassificationFulfilment *fulfilment)
{
  g_free (fulfilment->status);
  g_free (fulfilment->comment);
  g_free (fulfilment->action_title);
  g_free (fulfilment->action_status);
  g_free (fulfilment);
}

static char *
column_text (sqlite3_stmt *stmt,
             int           col)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, col));
}

/**
 * trygg_classification_list_fulfilment:
 *
 * Returns: (transfer full): requirement id (gint64 *) → #TryggClassificationFulfilment, for
 *   every requirement of the asset that has a status; %NULL with @error
 */
GHashTable *
trygg_classification_list_fulfilment (TryggDatabase  *db,
                                      gint64          asset_id,
                                      GError        **error)
{
  g_autoptr(GHashTable) table =
    g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                           (GDestroyNotify) trygg_classification_fulfilment_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = trygg_database_prepare_cached (db,
      "SELECT f.id, f.requirement_id, f.status, f.comment, coalesce(a.id, 0), a.title, "
      "a.status FROM classification_fulfilment f LEFT JOIN action a ON a.id = f.action_id "
      "WHERE f.asset_id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, asset_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TryggClassificationFulfilment *f = g_new0 (TryggClassificationFulfilment, 1);

      f->id = sqlite3_column_int64 (stmt, 0);
      f->requirement_id = sqlite3_column_int64 (stmt, 1);
      f->status = column_text (stmt, 2);
      f->comment = column_text (stmt, 3);
      f->action_id = sqlite3_column_int64 (stmt, 4);
      f->action_title = column_text (stmt, 5);
      f->action_status = column_text (stmt, 6);
      g_hash_table_replace (table, &f->requirement_id, f);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      trygg_database_set_error (db, error);
      return NULL;
    }
  return g_steal_pointer (&table);
}

/**
 * trygg_classification_clear_fulfilment:
 *
 * Takes a requirement of an asset back to "not assessed": its status and comment are
 * removed, in a transaction of its own. A requirement whose gap became an action keeps its
 * status, so that the action keeps its origin.
 */
gboolean
trygg_classification_clear_fulfilment (TryggDatabase  *db,
                                       gint64          asset_id,
                                       gint64          requirement_id,
                                       GError        **error)
{
  sqlite3_stmt *stmt;
  gboolean has_action = FALSE;

  if (!trygg_database_begin (db, error))
    return FALSE;
  stmt = trygg_database_prepare_cached (db,
      "SELECT action_id IS NOT NULL FROM classification_fulfilment "
      "WHERE asset_id = ?1 AND requirement_id = ?2", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, asset_id);
  sqlite3_bind_int64 (stmt, 2, requirement_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    has_action = sqlite3_column_int (stmt, 0) != 0;
  sqlite3_reset (stmt);
  if (has_action)
    {
      g_set_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_INVALID,
                   _("The requirement has an action in the tracker, so it keeps its status. "
                     "Nothing was changed."));
      goto fail;
    }
  stmt = trygg_database_prepare_cached (db,
      "DELETE FROM classification_fulfilment WHERE asset_id = ?1 AND requirement_id = ?2",
      error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, asset_id);
  sqlite3_bind_int64 (stmt, 2, requirement_id);
  if (trygg_database_step_done (db, stmt, error) && trygg_database_commit (db, error))
    return TRUE;

fail:
  trygg_database_rollback (db);
  return FALSE;
}

void
trygg_classification_version_info_clear (TryggClassificationVersionInfo *info)
{
  g_clear_pointer (&info->signed_off_by, g_free);
  g_clear_pointer (&info->signed_off_on, g_free);
  g_clear_pointer (&info->next_review, g_free);
  info->version = 0;
  info->review_overdue = FALSE;
}

/**
 * trygg_classification_version_info:
 * @info: (out caller-allocates): cleared with trygg_classification_version_info_clear()
 *
 * Sign-off and review of the asset's current version; @info->version is 0 when it has none.
 */
gboolean
trygg_classification_version_info (TryggDatabase                   *db,
                                   gint64                           asset_id,
                                   TryggClassificationVersionInfo  *info,
                                   GError                         **error)
{
  sqlite3_stmt *stmt;
  int rc;

  memset (info, 0, sizeof *info);
  stmt = trygg_database_prepare_cached (db,
      "SELECT c.version, p.name, c.signed_off_on, c.next_review, "
      "c.next_review < date('now', 'localtime') FROM classification c "
      "LEFT JOIN person p ON p.id = c.signed_off_by_id "
      "WHERE c.asset_id = ?1 ORDER BY c.version DESC LIMIT 1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, asset_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      info->version = sqlite3_column_int (stmt, 0);
      info->signed_off_by = column_text (stmt, 1);
      info->signed_off_on = column_text (stmt, 2);
      info->next_review = column_text (stmt, 3);
      info->review_overdue = sqlite3_column_int (stmt, 4) != 0;
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      trygg_database_set_error (db, error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
count_one (TryggDatabase  *db,
           const char     *sql,
           guint          *n,
           GError        **error)
{
  sqlite3_stmt *stmt = trygg_database_prepare_cached (db, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *n = (guint) sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    {
      trygg_database_set_error (db, error);
      return FALSE;
    }
  return TRUE;
}

/**
 * trygg_classification_count:
 * @stats: (out caller-allocates):
 *
 * The counts of the Overview card. A requirement counts as unmet only while the asset's
 * current profile still calls for it.
 */
gboolean
trygg_classification_count (TryggDatabase             *db,
                            TryggClassificationStats  *stats,
                            GError                   **error)
{
  memset (stats, 0, sizeof *stats);
  return count_one (db, "SELECT count(*) FROM information_asset", &stats->assets, error) &&
         count_one (db, "SELECT count(DISTINCT asset_id) FROM classification",
                    &stats->classified, error) &&
         count_one (db, "SELECT count(*) FROM classification c WHERE " CURRENT_VERSION
                    " AND c.next_review < date('now', 'localtime')",
                    &stats->reviews_overdue, error) &&
         count_one (db, "SELECT count(*) FROM classification_fulfilment f "
                    "JOIN classification_requirement r ON r.id = f.requirement_id "
                    "JOIN classification c ON c.asset_id = f.asset_id AND " CURRENT_VERSION " "
                    "JOIN classification_aspect ca ON ca.classification_id = c.id "
                    "AND ca.aspect = r.aspect AND ca.level >= r.min_level "
                    "WHERE f.status IN ('not_met', 'partly_met')", &stats->unmet, error);
}

static const struct { const char *key; const char *name; } action_statuses[] = {
  { "not_started", NC_ ("action status", "Not started") },
  { "in_progress", NC_ ("action status", "In progress") },
  { "done", NC_ ("action status", "Done") },
  { "postponed", NC_ ("action status", "Postponed") },
  { "cancelled", NC_ ("action status", "Cancelled") },
};

/* The translated status of an action in core's tracker; an unknown key as is */
const char *
trygg_classification_action_status_name (const char *status)
{
  for (guint i = 0; i < G_N_ELEMENTS (action_statuses); i++)
    if (g_strcmp0 (action_statuses[i].key, status) == 0)
      return g_dpgettext2 (GETTEXT_PACKAGE, "action status", action_statuses[i].name);
  return status;
}

/* A date (YYYY-MM-DD) as the user's locale writes it */
char *
trygg_classification_format_date (const char *iso_date)
{
  g_autoptr(GDateTime) dt = NULL;
  int y, m, d;

  if (iso_date == NULL || sscanf (iso_date, "%d-%d-%d", &y, &m, &d) != 3)
    return g_strdup (iso_date != NULL ? iso_date : "");
  dt = g_date_time_new_local (y, m, d, 0, 0, 0);
  return dt != NULL ? g_date_time_format (dt, "%x") : g_strdup (iso_date);
}
