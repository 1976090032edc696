/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the Classification page reads besides its list, without GTK: the versions of an
 * asset's classification with their levels, rationales, flags and people; the unit tree for
 * the unit filter; and which asset a search hit's uuid belongs to.
 */
#define G_LOG_DOMAIN "trygg-classification"

#include "config.h"

#include "classification-queries.h"

void
trygg_classification_version_info_free (TryggClassificationVersionInfo *info)
{
  g_free (info->uuid);
  g_free (info->created_on);
  g_free (info->secrecy_reference);
  g_free (info->classified_by);
  g_free (info->signed_off_by);
  g_free (info->signed_off_on);
  g_free (info->next_review);
  for (guint i = 0; i < TRYGG_CLASSIFICATION_N_ASPECTS; i++)
    g_free (info->rationale[i]);
  g_free (info);
}

void
trygg_classification_unit_info_free (TryggClassificationUnitInfo *info)
{
  g_free (info->uuid);
  g_free (info->name);
  g_free (info);
}

static char *
dup_column (sqlite3_stmt *stmt,
            int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

static TryggClassificationVersionInfo *
find_version (GPtrArray *versions,
              gint64     id)
{
  for (guint i = 0; i < versions->len; i++)
    {
      TryggClassificationVersionInfo *info = g_ptr_array_index (versions, i);
      if (info->id == id)
        return info;
    }
  return NULL;
}

static gboolean
read_aspects (TryggDatabase  *db,
              gint64          asset_id,
              GPtrArray      *versions,
              GError        **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = trygg_database_prepare_cached (db,
      "SELECT ca.classification_id, ca.aspect, ca.level, ca.rationale "
      "FROM classification c JOIN classification_aspect ca ON ca.classification_id = c.id "
      "WHERE c.asset_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, asset_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TryggClassificationVersionInfo *info = find_version (versions,
                                                           sqlite3_column_int64 (stmt, 0));
      TryggClassificationAspect aspect;

      if (info == NULL ||
          !trygg_classification_aspect_from_key ((const char *) sqlite3_column_text (stmt, 1),
                                                 &aspect))
        continue;
      if (sqlite3_column_type (stmt, 2) != SQLITE_NULL)
        info->profile.levels[aspect] = sqlite3_column_int (stmt, 2);
      g_free (info->rationale[aspect]);
      info->rationale[aspect] = dup_column (stmt, 3);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      trygg_database_set_error (db, error);
      return FALSE;
    }
  return TRUE;
}

/**
 * trygg_classification_list_versions:
 *
 * Returns: (transfer full) (element-type TryggClassificationVersionInfo): every version of
 *   the classification of @asset_id, the newest (the current one) first; %NULL with @error
 */
GPtrArray *
trygg_classification_list_versions (TryggDatabase  *db,
                                    gint64          asset_id,
                                    GError        **error)
{
  g_autoptr(GPtrArray) versions =
    g_ptr_array_new_with_free_func ((GDestroyNotify) trygg_classification_version_info_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = trygg_database_prepare_cached (db,
      "SELECT c.id, c.uuid, c.version, c.preset, date(c.created_at, 'localtime'), "
      "c.personal_data, c.special_categories, c.secrecy, c.secrecy_reference, "
      "cb.name, sb.name, c.signed_off_on, c.next_review, "
      "c.next_review < date('now', 'localtime') "
      "FROM classification c LEFT JOIN person cb ON cb.id = c.classified_by_id "
      "LEFT JOIN person sb ON sb.id = c.signed_off_by_id "
      "WHERE c.asset_id = ?1 ORDER BY c.version DESC", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, asset_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TryggClassificationVersionInfo *info = g_new0 (TryggClassificationVersionInfo, 1);

      info->id = sqlite3_column_int64 (stmt, 0);
      info->uuid = dup_column (stmt, 1);
      info->version = sqlite3_column_int (stmt, 2);
      info->profile.classification_id = info->id;
      info->profile.version = info->version;
      g_strlcpy (info->profile.preset, (const char *) sqlite3_column_text (stmt, 3),
                 sizeof info->profile.preset);
      for (guint i = 0; i < TRYGG_CLASSIFICATION_N_ASPECTS; i++)
        {
          info->profile.levels[i] = TRYGG_CLASSIFICATION_NO_LEVEL;
          info->rationale[i] = g_strdup ("");
        }
      info->created_on = dup_column (stmt, 4);
      info->personal_data = sqlite3_column_int (stmt, 5) != 0;
      info->special_categories = sqlite3_column_int (stmt, 6) != 0;
      info->secrecy = sqlite3_column_int (stmt, 7) != 0;
      info->secrecy_reference = dup_column (stmt, 8);
      info->classified_by = dup_column (stmt, 9);
      info->signed_off_by = dup_column (stmt, 10);
      info->signed_off_on = dup_column (stmt, 11);
      info->next_review = dup_column (stmt, 12);
      info->overdue = sqlite3_column_int (stmt, 13) != 0;
      g_ptr_array_add (versions, info);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      trygg_database_set_error (db, error);
      return NULL;
    }
  if (versions->len > 0 && !read_aspects (db, asset_id, versions, error))
    return NULL;
  return g_steal_pointer (&versions);
}

/**
 * trygg_classification_list_units:
 *
 * Returns: (transfer full) (element-type TryggClassificationUnitInfo): the organisation
 *   units as a tree in reading order (each unit followed by its sub-units, siblings by
 *   name); %NULL with @error
 */
GPtrArray *
trygg_classification_list_units (TryggDatabase  *db,
                                 GError        **error)
{
  g_autoptr(GPtrArray) units =
    g_ptr_array_new_with_free_func ((GDestroyNotify) trygg_classification_unit_info_free);
  sqlite3_stmt *stmt;
  int rc;

  /* a unit whose parent chain loops is still listed once, at the top */
  stmt = trygg_database_prepare_cached (db,
      "WITH RECURSIVE tree (id, depth, path) AS ("
      "  SELECT id, 0, printf('%s%c%d', lower(name), 31, id) FROM org_unit "
      "  WHERE parent_id IS NULL OR parent_id NOT IN (SELECT id FROM org_unit) "
      "  UNION ALL "
      "  SELECT o.id, t.depth + 1, t.path || char(30) || printf('%s%c%d', lower(o.name), 31, o.id) "
      "  FROM org_unit o JOIN tree t ON o.parent_id = t.id WHERE t.depth < 32) "
      "SELECT o.id, o.uuid, o.name, min(t.depth) FROM tree t JOIN org_unit o ON o.id = t.id "
      "GROUP BY o.id ORDER BY min(t.path)", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TryggClassificationUnitInfo *info = g_new0 (TryggClassificationUnitInfo, 1);

      info->id = sqlite3_column_int64 (stmt, 0);
      info->uuid = dup_column (stmt, 1);
      info->name = dup_column (stmt, 2);
      info->depth = sqlite3_column_int (stmt, 3);
      g_ptr_array_add (units, info);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      trygg_database_set_error (db, error);
      return NULL;
    }
  return g_steal_pointer (&units);
}

/**
 * trygg_classification_lookup_uuid:
 * @asset_id: (out): the information asset the row belongs to
 *
 * What a search hit's @uuid is: an information asset, or a row of `classification`,
 * `classification_aspect` or `classification_fulfilment` (the asset they belong to), or a
 * requirement of the catalogue (no asset).
 */
TryggClassificationUuidKind
trygg_classification_lookup_uuid (TryggDatabase *db,
                                  const char    *uuid,
                                  gint64        *asset_id)
{
  static const char * const queries[] = {
    "SELECT id FROM information_asset WHERE uuid = ?1",
    "SELECT asset_id FROM classification WHERE uuid = ?1",
    "SELECT c.asset_id FROM classification_aspect ca "
    "JOIN classification c ON c.id = ca.classification_id WHERE ca.uuid = ?1",
    "SELECT asset_id FROM classification_fulfilment WHERE uuid = ?1",
  };

  *asset_id = 0;
  if (uuid == NULL)
    return TRYGG_CLASSIFICATION_UUID_UNKNOWN;
  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      sqlite3_stmt *stmt = trygg_database_prepare_cached (db, queries[i], NULL);

      if (stmt == NULL)
        continue;
      sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        *asset_id = sqlite3_column_int64 (stmt, 0);
      sqlite3_reset (stmt);
      if (*asset_id > 0)
        return TRYGG_CLASSIFICATION_UUID_ASSET;
    }
  if (trygg_database_lookup_id (db, "classification_requirement", uuid) > 0)
    return TRYGG_CLASSIFICATION_UUID_REQUIREMENT;
  return TRYGG_CLASSIFICATION_UUID_UNKNOWN;
}
