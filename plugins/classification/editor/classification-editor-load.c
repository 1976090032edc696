/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the classification editor starts from, without GTK: the asset's current version
 * (answers, rationales, flags and people) so that re-classifying is quick, or for an asset
 * never classified its owner as the one who signs off, its personal-data flag, and the
 * person whose user name is the OS user as the one who classifies. The dates are always new:
 * signed off today, next review in a year.
 */
#define G_LOG_DOMAIN "trygg-classification"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "classification-editor-load.h"

static char *
date_from_now (int years)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_years (now, years);

  return g_date_time_format (then, "%Y-%m-%d");
}

static gboolean
load_asset (TryggDatabase             *db,
            TryggClassificationDraft  *draft,
            char                     **asset_name,
            GError                   **error)
{
  g_autoptr(sqlite3_stmt) stmt = trygg_database_prepare (db,
      "SELECT name, owner_id, personal_data FROM information_asset WHERE id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, draft->asset_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_NOT_FOUND,
                   _("The information asset no longer exists."));
      return FALSE;
    }
  if (asset_name != NULL)
    *asset_name = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  draft->signed_off_by_id = sqlite3_column_int64 (stmt, 1);
  draft->personal_data = sqlite3_column_int (stmt, 2) != 0;
  return TRUE;
}

static void
load_user (TryggDatabase            *db,
           TryggClassificationDraft *draft)
{
  g_autoptr(sqlite3_stmt) stmt = trygg_database_prepare (db,
      "SELECT id FROM person WHERE username = ?1 AND username <> '' ORDER BY id LIMIT 1", NULL);

  if (stmt == NULL)
    return;
  sqlite3_bind_text (stmt, 1, g_get_user_name (), -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    draft->classified_by_id = sqlite3_column_int64 (stmt, 0);
}

static gboolean
load_version (TryggDatabase            *db,
              TryggClassificationDraft *draft,
              gint64                    classification_id,
              GError                  **error)
{
  g_autoptr(sqlite3_stmt) version = trygg_database_prepare (db,
      "SELECT personal_data, special_categories, secrecy, secrecy_reference, "
      "coalesce(classified_by_id, 0), coalesce(signed_off_by_id, 0) "
      "FROM classification WHERE id = ?1", error);
  g_autoptr(sqlite3_stmt) aspects = NULL;
  g_autoptr(sqlite3_stmt) answers = NULL;
  TryggClassificationAspect aspect;
  int rc;

  if (version == NULL)
    return FALSE;
  sqlite3_bind_int64 (version, 1, classification_id);
  if (sqlite3_step (version) == SQLITE_ROW)
    {
      draft->personal_data = sqlite3_column_int (version, 0) != 0;
      draft->special_categories = sqlite3_column_int (version, 1) != 0;
      draft->secrecy = sqlite3_column_int (version, 2) != 0;
      draft->secrecy_reference = g_strdup ((const char *) sqlite3_column_text (version, 3));
      if (sqlite3_column_int64 (version, 4) > 0)
        draft->classified_by_id = sqlite3_column_int64 (version, 4);
      if (sqlite3_column_int64 (version, 5) > 0)
        draft->signed_off_by_id = sqlite3_column_int64 (version, 5);
    }

  aspects = trygg_database_prepare (db,
      "SELECT aspect, rationale FROM classification_aspect WHERE classification_id = ?1",
      error);
  if (aspects == NULL)
    return FALSE;
  sqlite3_bind_int64 (aspects, 1, classification_id);
  while ((rc = sqlite3_step (aspects)) == SQLITE_ROW)
    if (trygg_classification_aspect_from_key ((const char *) sqlite3_column_text (aspects, 0),
                                              &aspect))
      {
        g_free (draft->rationale[aspect]);
        draft->rationale[aspect] = g_strdup ((const char *) sqlite3_column_text (aspects, 1));
      }
  if (rc != SQLITE_DONE)
    {
      trygg_database_set_error (db, error);
      return FALSE;
    }

  answers = trygg_database_prepare (db,
      "SELECT aspect, area_id, level FROM classification_answer WHERE classification_id = ?1",
      error);
  if (answers == NULL)
    return FALSE;
  sqlite3_bind_int64 (answers, 1, classification_id);
  while ((rc = sqlite3_step (answers)) == SQLITE_ROW)
    if (trygg_classification_aspect_from_key ((const char *) sqlite3_column_text (answers, 0),
                                              &aspect))
      trygg_classification_draft_set_answer (draft, aspect, sqlite3_column_int64 (answers, 1),
                                             sqlite3_column_int (answers, 2));
  if (rc != SQLITE_DONE)
    {
      trygg_database_set_error (db, error);
      return FALSE;
    }
  return TRUE;
}

/**
 * trygg_classification_editor_load:
 * @asset_name: (out) (optional): the asset's name
 * @current_version: (out) (optional): the number of the current version, 0 when none
 *
 * Returns: (transfer full): a draft to start the editor from, with the organisation's preset;
 *   %NULL with @error when the asset does not exist or the database fails
 */
TryggClassificationDraft *
trygg_classification_editor_load (TryggDatabase  *db,
                                  gint64          asset_id,
                                  char          **asset_name,
                                  int            *current_version,
                                  GError        **error)
{
  g_autoptr(TryggClassificationDraft) draft = trygg_classification_draft_new (asset_id);
  TryggClassificationProfile profile;

  draft->preset = trygg_classification_get_preset (db);
  if (!load_asset (db, draft, asset_name, error) ||
      !trygg_classification_current_profile (db, asset_id, &profile, error))
    return NULL;
  if (profile.classification_id > 0)
    {
      if (!load_version (db, draft, profile.classification_id, error))
        return NULL;
    }
  else
    load_user (db, draft);
  if (current_version != NULL)
    *current_version = profile.version;
  draft->signed_off_on = date_from_now (0);
  draft->next_review = date_from_now (1);
  return g_steal_pointer (&draft);
}
