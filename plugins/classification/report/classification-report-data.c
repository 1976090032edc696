/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rows the classification report and the CSV export are made of: per information asset
 * its unit, owner, current classification (profile, who classified and signed it off, the next
 * review and whether it is overdue) and how many of the requirements its profile calls for are
 * unmet. Read only; every query uses an index (asset by id, versions by asset, aspects by
 * version, fulfilments by asset and requirement).
 */
#define G_LOG_DOMAIN "trygg-classification"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "classification-report-private.h"

void
trygg_classification_report_row_free (TryggClassificationReportRow *row)
{
  g_free (row->asset_uuid);
  g_free (row->name);
  g_free (row->unit);
  g_free (row->owner);
  g_free (row->owner_role);
  g_free (row->profile_text);
  g_free (row->classified_on);
  g_free (row->classified_by);
  g_free (row->signed_off_by);
  g_free (row->signed_off_on);
  g_free (row->next_review);
  g_free (row->secrecy_reference);
  g_free (row);
}

/* Today's local date as YYYY-MM-DD: a review due before it is overdue. */
char *
trygg_classification_report_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

static char *
column_text_or_null (sqlite3_stmt *stmt,
                     int           col)
{
  if (sqlite3_column_type (stmt, col) == SQLITE_NULL)
    return NULL;
  return g_strdup ((const char *) sqlite3_column_text (stmt, col));
}

static gboolean
count_requirements (TryggDatabase                 *db,
                    TryggClassificationReportRow  *row,
                    GError                       **error)
{
  sqlite3_stmt *stmt = trygg_database_prepare_cached (db,
      "SELECT count(*), coalesce(sum(f.status IN ('not_met', 'partly_met')), 0), "
      "coalesce(sum(f.id IS NULL), 0) FROM classification_requirement r "
      "JOIN classification_aspect ca ON ca.classification_id = ?2 AND ca.aspect = r.aspect "
      "AND ca.level >= r.min_level "
      "LEFT JOIN classification_fulfilment f ON f.asset_id = ?1 AND f.requirement_id = r.id",
      error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, row->asset_id);
  sqlite3_bind_int64 (stmt, 2, row->profile.classification_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      trygg_database_set_error (db, error);
      sqlite3_reset (stmt);
      return FALSE;
    }
  row->n_required = (guint) sqlite3_column_int (stmt, 0);
  row->n_unmet = (guint) sqlite3_column_int (stmt, 1);
  row->n_open = (guint) sqlite3_column_int (stmt, 2);
  sqlite3_reset (stmt);
  return TRUE;
}

/**
 * trygg_classification_report_row_read:
 *
 * Returns: (transfer full): the asset @asset_id with its current classification; %NULL with
 *   @error (%TRYGG_DATABASE_ERROR_NOT_FOUND when there is no such asset)
 */
TryggClassificationReportRow *
trygg_classification_report_row_read (TryggDatabase  *db,
                                      gint64          asset_id,
                                      GError        **error)
{
  g_autoptr(TryggClassificationReportRow) row = g_new0 (TryggClassificationReportRow, 1);
  g_autofree char *today = trygg_classification_report_today ();
  sqlite3_stmt *stmt;
  int rc;

  stmt = trygg_database_prepare_cached (db,
      "SELECT a.uuid, a.name, coalesce(u.name, ''), coalesce(o.name, ''), coalesce(o.role, ''), "
      "date(c.created_at, 'localtime'), coalesce(cb.name, ''), coalesce(sb.name, ''), "
      "c.signed_off_on, c.next_review, coalesce(c.personal_data, a.personal_data), "
      "coalesce(c.special_categories, 0), coalesce(c.secrecy, 0), "
      "coalesce(c.secrecy_reference, '') "
      "FROM information_asset a "
      "LEFT JOIN org_unit u ON u.id = a.unit_id "
      "LEFT JOIN person o ON o.id = a.owner_id "
      "LEFT JOIN classification c ON c.asset_id = a.id AND c.version = "
      "  (SELECT max(version) FROM classification WHERE asset_id = a.id) "
      "LEFT JOIN person cb ON cb.id = c.classified_by_id "
      "LEFT JOIN person sb ON sb.id = c.signed_off_by_id "
      "WHERE a.id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, asset_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        g_set_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_NOT_FOUND,
                     _("The information asset no longer exists."));
      else
        trygg_database_set_error (db, error);
      sqlite3_reset (stmt);
      return NULL;
    }
  row->asset_id = asset_id;
  row->asset_uuid = column_text_or_null (stmt, 0);
  row->name = column_text_or_null (stmt, 1);
  row->unit = column_text_or_null (stmt, 2);
  row->owner = column_text_or_null (stmt, 3);
  row->owner_role = column_text_or_null (stmt, 4);
  row->classified_on = column_text_or_null (stmt, 5);
  row->classified_by = column_text_or_null (stmt, 6);
  row->signed_off_by = column_text_or_null (stmt, 7);
  row->signed_off_on = column_text_or_null (stmt, 8);
  row->next_review = column_text_or_null (stmt, 9);
  row->personal_data = sqlite3_column_int (stmt, 10) != 0;
  row->special_categories = sqlite3_column_int (stmt, 11) != 0;
  row->secrecy = sqlite3_column_int (stmt, 12) != 0;
  row->secrecy_reference = column_text_or_null (stmt, 13);
  sqlite3_reset (stmt);

  if (!trygg_classification_current_profile (db, asset_id, &row->profile, error))
    return NULL;
  row->profile_text = trygg_classification_profile_to_string (&row->profile);
  row->overdue = row->next_review != NULL && strcmp (row->next_review, today) < 0;
  if (row->profile.version > 0 && !count_requirements (db, row, error))
    return NULL;
  return g_steal_pointer (&row);
}

static GArray *
collect_ids (TryggDatabase  *db,
             const char     *sql,
             gint64          param,
             GError        **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt = trygg_database_prepare_cached (db, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  if (param != 0)
    sqlite3_bind_int64 (stmt, 1, param);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  if (rc != SQLITE_DONE)
    {
      trygg_database_set_error (db, error);
      sqlite3_reset (stmt);
      return NULL;
    }
  sqlite3_reset (stmt);
  return g_steal_pointer (&ids);
}

/* The assets owned by the unit @unit_id and the units below it, by unit and then name. */
GArray *
trygg_classification_report_unit_assets (TryggDatabase  *db,
                                         gint64          unit_id,
                                         GError        **error)
{
  /* UNION, not UNION ALL: a parent loop in a file from elsewhere cannot make it endless */
  return collect_ids (db,
      "WITH RECURSIVE units (id) AS (SELECT ?1 UNION "
      "  SELECT o.id FROM org_unit o JOIN units ON o.parent_id = units.id) "
      "SELECT a.id FROM information_asset a JOIN units ON a.unit_id = units.id "
      "JOIN org_unit u ON u.id = a.unit_id "
      "ORDER BY a.unit_id <> ?1, u.name COLLATE NOCASE, a.name COLLATE NOCASE, a.id",
      unit_id, error);
}

/* Every asset, by name. */
GArray *
trygg_classification_report_all_assets (TryggDatabase  *db,
                                        GError        **error)
{
  return collect_ids (db,
      "SELECT id FROM information_asset ORDER BY name COLLATE NOCASE, id", 0, error);
}

/* "K3 Serious": the profile's letter and level of @aspect and the level's name, or "" */
char *
trygg_classification_report_level (TryggDatabase                    *db,
                                   const TryggClassificationProfile *profile,
                                   TryggClassificationAspect         aspect)
{
  const TryggClassificationPreset *preset = trygg_classification_preset_lookup (profile->preset);
  int level = profile->levels[aspect];
  g_autofree char *name = NULL;

  if (level == TRYGG_CLASSIFICATION_NO_LEVEL)
    return g_strdup ("");
  if (preset == NULL)
    preset = &trygg_classification_presets[0];
  name = trygg_classification_level_name (db, preset->id, aspect, level);
  /* Translators: a level in a report: the aspect's letter and level ("K3") and its name */
  return g_strdup_printf (_("%s%d %s"), preset->letters[aspect], level, name);
}
