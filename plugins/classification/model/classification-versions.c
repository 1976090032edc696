/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Classification versions: a draft of what a user entered, saving it as an asset's newest
 * version in one transaction, the asset's current profile and its text, and the levels a
 * system inherits from the assets it holds.
 *
 * The rule of DOMAIN.md §1: an aspect's level is the highest consequence over the areas.
 */
#define G_LOG_DOMAIN "trygg-classification"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "classification-model-private.h"

/* Drafts */

TryggClassificationDraft *
trygg_classification_draft_new (gint64 asset_id)
{
  TryggClassificationDraft *draft = g_new0 (TryggClassificationDraft, 1);

  draft->asset_id = asset_id;
  draft->answers = g_array_new (FALSE, FALSE, sizeof (TryggClassificationAnswer));
  return draft;
}

void
trygg_classification_draft_free (TryggClassificationDraft *draft)
{
  g_free (draft->preset);
  g_array_unref (draft->answers);
  for (guint i = 0; i < TRYGG_CLASSIFICATION_N_ASPECTS; i++)
    g_free (draft->rationale[i]);
  g_free (draft->secrecy_reference);
  g_free (draft->signed_off_on);
  g_free (draft->next_review);
  g_free (draft);
}

/* Sets (or replaces) the consequence for @aspect in the area @area_id. */
void
trygg_classification_draft_set_answer (TryggClassificationDraft  *draft,
                                       TryggClassificationAspect  aspect,
                                       gint64                     area_id,
                                       int                        level)
{
  TryggClassificationAnswer answer = { aspect, area_id, level };

  for (guint i = 0; i < draft->answers->len; i++)
    {
      TryggClassificationAnswer *a = &g_array_index (draft->answers,
                                                     TryggClassificationAnswer, i);
      if (a->aspect == aspect && a->area_id == area_id)
        {
          a->level = level;
          return;
        }
    }
  g_array_append_val (draft->answers, answer);
}

/* The level of @aspect: the highest answer over the areas, or TRYGG_CLASSIFICATION_NO_LEVEL */
int
trygg_classification_draft_level (TryggClassificationDraft  *draft,
                                  TryggClassificationAspect  aspect)
{
  int level = TRYGG_CLASSIFICATION_NO_LEVEL;

  for (guint i = 0; i < draft->answers->len; i++)
    {
      TryggClassificationAnswer *a = &g_array_index (draft->answers,
                                                     TryggClassificationAnswer, i);
      if (a->aspect == aspect)
        level = MAX (level, a->level);
    }
  return level;
}

static gboolean
is_date (const char *text)
{
  g_autofree char *iso = NULL;
  g_autoptr(GDateTime) dt = NULL;

  if (text == NULL || strlen (text) != 10)
    return FALSE;
  iso = g_strconcat (text, "T00:00:00Z", NULL);
  dt = g_date_time_new_from_iso8601 (iso, NULL);
  return dt != NULL;
}

static gboolean
validate_draft (TryggClassificationDraft         *draft,
                const TryggClassificationPreset  *preset,
                GError                          **error)
{
  for (guint i = 0; i < draft->answers->len; i++)
    {
      TryggClassificationAnswer *a = &g_array_index (draft->answers,
                                                     TryggClassificationAnswer, i);
      if (a->aspect >= TRYGG_CLASSIFICATION_N_ASPECTS ||
          a->level < preset->min_level || a->level > preset->max_level)
        {
          g_set_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_INVALID,
                       _("The level %d is not on the scale “%s”. Nothing was saved."),
                       a->level, _(preset->name));
          return FALSE;
        }
    }
  if (draft->secrecy && (draft->secrecy_reference == NULL ||
                         *g_strstrip (draft->secrecy_reference) == '\0'))
    {
      g_set_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_INVALID,
                   _("Secrecy needs the legal reference it rests on. Nothing was saved."));
      return FALSE;
    }
  if ((draft->signed_off_on != NULL && !is_date (draft->signed_off_on)) ||
      (draft->next_review != NULL && !is_date (draft->next_review)))
    {
      g_set_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_INVALID,
                   _("A date must be written as YYYY-MM-DD. Nothing was saved."));
      return FALSE;
    }
  return TRUE;
}

static void
bind_id_or_null (sqlite3_stmt *stmt,
                 int           index,
                 gint64        id)
{
  if (id > 0)
    sqlite3_bind_int64 (stmt, index, id);
  else
    sqlite3_bind_null (stmt, index);
}

static void
bind_text_or_null (sqlite3_stmt *stmt,
                   int           index,
                   const char   *text)
{
  if (text != NULL)
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, index);
}

static gboolean
insert_version (TryggDatabase                    *db,
                TryggClassificationDraft         *draft,
                const TryggClassificationPreset  *preset,
                int                              *version,
                GError                          **error)
{
  g_autofree char *uuid = g_uuid_string_random ();
  g_autofree char *now = trygg_database_now ();
  sqlite3_stmt *stmt;
  gint64 id;

  stmt = trygg_database_prepare_cached (db,
      "INSERT INTO classification (uuid, created_at, updated_at, asset_id, version, preset, "
      "personal_data, special_categories, secrecy, secrecy_reference, classified_by_id, "
      "signed_off_by_id, signed_off_on, next_review) VALUES (?1, ?2, ?2, ?3, "
      "(SELECT coalesce(max(version), 0) + 1 FROM classification WHERE asset_id = ?3), ?4, "
      "?5, ?6, ?7, ?8, ?9, ?10, ?11, coalesce(?12, date('now', '+1 year')))", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, draft->asset_id);
  sqlite3_bind_text (stmt, 4, preset->id, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 5, draft->personal_data ? 1 : 0);
  sqlite3_bind_int (stmt, 6, draft->special_categories ? 1 : 0);
  sqlite3_bind_int (stmt, 7, draft->secrecy ? 1 : 0);
  sqlite3_bind_text (stmt, 8, draft->secrecy ? draft->secrecy_reference : "", -1,
                     SQLITE_TRANSIENT);
  bind_id_or_null (stmt, 9, draft->classified_by_id);
  bind_id_or_null (stmt, 10, draft->signed_off_by_id);
  bind_text_or_null (stmt, 11, draft->signed_off_on);
  bind_text_or_null (stmt, 12, draft->next_review);
  if (!trygg_database_step_done (db, stmt, error))
    return FALSE;
  id = sqlite3_last_insert_rowid (trygg_database_get_handle (db));

  for (guint i = 0; i < TRYGG_CLASSIFICATION_N_ASPECTS; i++)
    {
      g_autofree char *aspect_uuid = g_uuid_string_random ();
      int level = trygg_classification_draft_level (draft, i);
      const char *rationale = draft->rationale[i];

      if (level == TRYGG_CLASSIFICATION_NO_LEVEL && (rationale == NULL || *rationale == '\0'))
        continue;
      stmt = trygg_database_prepare_cached (db,
          "INSERT INTO classification_aspect (uuid, created_at, updated_at, classification_id, "
          "aspect, level, rationale) VALUES (?1, ?2, ?2, ?3, ?4, ?5, ?6)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, aspect_uuid, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, now, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 3, id);
      sqlite3_bind_text (stmt, 4, trygg_classification_aspect_keys[i], -1, SQLITE_STATIC);
      if (level == TRYGG_CLASSIFICATION_NO_LEVEL)
        sqlite3_bind_null (stmt, 5);
      else
        sqlite3_bind_int (stmt, 5, level);
      sqlite3_bind_text (stmt, 6, rationale != NULL ? rationale : "", -1, SQLITE_TRANSIENT);
      if (!trygg_database_step_done (db, stmt, error))
        return FALSE;
    }

  for (guint i = 0; i < draft->answers->len; i++)
    {
      TryggClassificationAnswer *a = &g_array_index (draft->answers,
                                                     TryggClassificationAnswer, i);
      g_autofree char *answer_uuid = g_uuid_string_random ();

      stmt = trygg_database_prepare_cached (db,
          "INSERT INTO classification_answer (uuid, created_at, updated_at, classification_id, "
          "aspect, area_id, level) VALUES (?1, ?2, ?2, ?3, ?4, ?5, ?6)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, answer_uuid, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, now, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 3, id);
      sqlite3_bind_text (stmt, 4, trygg_classification_aspect_keys[a->aspect], -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 5, a->area_id);
      sqlite3_bind_int (stmt, 6, a->level);
      if (!trygg_database_step_done (db, stmt, error))
        return FALSE;
    }

  stmt = trygg_database_prepare_cached (db,
      "SELECT version FROM classification WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW && version != NULL)
    *version = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  return TRUE;
}

/**
 * trygg_classification_save:
 * @version: (out) (optional): the number of the new version
 *
 * Saves @draft as the asset's newest version — the version, its aspects' levels (the highest
 * answer of each) and rationales, and every answer — in one transaction: all or nothing.
 * Earlier versions are kept. Without a preset the organisation's is used; without a next
 * review date it is one year from today.
 */
gboolean
trygg_classification_save (TryggDatabase             *db,
                           TryggClassificationDraft  *draft,
                           int                       *version,
                           GError                   **error)
{
  g_autofree char *preset_id = NULL;
  const TryggClassificationPreset *preset;

  g_return_val_if_fail (TRYGG_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (draft != NULL, FALSE);

  preset_id = draft->preset != NULL ? g_strdup (draft->preset)
                                    : trygg_classification_get_preset (db);
  preset = trygg_classification_preset_lookup (preset_id);
  if (preset == NULL)
    {
      g_set_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_INVALID,
                   _("“%s” is not a classification scale."), preset_id);
      return FALSE;
    }
  if (!validate_draft (draft, preset, error) || !trygg_database_begin (db, error))
    return FALSE;
  if (insert_version (db, draft, preset, version, error) && trygg_database_commit (db, error))
    return TRUE;
  trygg_database_rollback (db);
  return FALSE;
}

/* Profiles */

/**
 * trygg_classification_current_profile:
 *
 * Fills @profile with the newest version of the asset's classification; an asset never
 * classified gets version 0 and no levels. %FALSE only on a database error.
 */
gboolean
trygg_classification_current_profile (TryggDatabase               *db,
                                      gint64                       asset_id,
                                      TryggClassificationProfile  *profile,
                                      GError                     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  memset (profile, 0, sizeof *profile);
  for (guint i = 0; i < TRYGG_CLASSIFICATION_N_ASPECTS; i++)
    profile->levels[i] = TRYGG_CLASSIFICATION_NO_LEVEL;

  stmt = trygg_database_prepare_cached (db,
      "SELECT c.id, c.version, c.preset, a.aspect, a.level FROM classification c "
      "LEFT JOIN classification_aspect a ON a.classification_id = c.id "
      "WHERE c.id = (SELECT id FROM classification WHERE asset_id = ?1 "
      "ORDER BY version DESC LIMIT 1)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, asset_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TryggClassificationAspect aspect;

      profile->classification_id = sqlite3_column_int64 (stmt, 0);
      profile->version = sqlite3_column_int (stmt, 1);
      g_strlcpy (profile->preset, (const char *) sqlite3_column_text (stmt, 2),
                 sizeof profile->preset);
      if (sqlite3_column_type (stmt, 4) != SQLITE_NULL &&
          trygg_classification_aspect_from_key ((const char *) sqlite3_column_text (stmt, 3),
                                                &aspect))
        profile->levels[aspect] = sqlite3_column_int (stmt, 4);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      trygg_database_set_error (db, error);
      return FALSE;
    }
  return TRUE;
}

/* "K3 R2 T3" with the letters of the profile's preset; "" when nothing is assessed */
char *
trygg_classification_profile_to_string (const TryggClassificationProfile *profile)
{
  const TryggClassificationPreset *preset =
    trygg_classification_preset_or_default (profile->preset);
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < TRYGG_CLASSIFICATION_N_ASPECTS; i++)
    if (profile->levels[i] != TRYGG_CLASSIFICATION_NO_LEVEL)
      g_string_append_printf (s, "%s%s%d", s->len ? " " : "", preset->letters[i],
                              profile->levels[i]);
  return g_string_free (s, FALSE);
}

/* TRUE when the profile has a level its preset reserves for the security-protection officer */
gboolean
trygg_classification_profile_warns (const TryggClassificationProfile *profile)
{
  const TryggClassificationPreset *preset =
    trygg_classification_preset_or_default (profile->preset);

  if (preset->warn_level < 0)
    return FALSE;
  for (guint i = 0; i < TRYGG_CLASSIFICATION_N_ASPECTS; i++)
    if (profile->levels[i] >= preset->warn_level)
      return TRUE;
  return FALSE;
}

/* Systems */

void
trygg_classification_origin_free (TryggClassificationOrigin *origin)
{
  g_free (origin->asset_uuid);
  g_free (origin->asset_name);
  g_free (origin);
}

/**
 * trygg_classification_system_levels:
 * @levels: (out caller-allocates) (array fixed-size=4): per aspect the highest level of the
 *   current classifications of the assets the system holds, or TRYGG_CLASSIFICATION_NO_LEVEL
 *
 * A system gets at least the level of the most sensitive information it holds.
 *
 * Returns: (transfer full) (element-type TryggClassificationOrigin): for each aspect, the
 *   assets that give the system its level (all of them when several have it), in aspect
 *   order and then by name; %NULL with @error
 */
GPtrArray *
trygg_classification_system_levels (TryggDatabase  *db,
                                    gint64          system_id,
                                    int            *levels,
                                    GError        **error)
{
  g_autoptr(GPtrArray) origins =
    g_ptr_array_new_with_free_func ((GDestroyNotify) trygg_classification_origin_free);
  sqlite3_stmt *stmt;
  int rc;

  for (guint i = 0; i < TRYGG_CLASSIFICATION_N_ASPECTS; i++)
    levels[i] = TRYGG_CLASSIFICATION_NO_LEVEL;
  stmt = trygg_database_prepare_cached (db,
      "SELECT ca.aspect, ca.level, a.id, a.uuid, a.name "
      "FROM asset_system s JOIN information_asset a ON a.id = s.asset_id "
      "JOIN classification c ON c.asset_id = a.id AND c.version = "
      "  (SELECT max(version) FROM classification WHERE asset_id = a.id) "
      "JOIN classification_aspect ca ON ca.classification_id = c.id AND ca.level IS NOT NULL "
      "WHERE s.system_id = ?1 ORDER BY ca.level DESC, a.name COLLATE NOCASE, a.id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, system_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TryggClassificationAspect aspect;
      int level = sqlite3_column_int (stmt, 1);
      TryggClassificationOrigin *origin;

      if (!trygg_classification_aspect_from_key ((const char *) sqlite3_column_text (stmt, 0),
                                                 &aspect))
        continue;
      /* rows come highest level first: the first one of an aspect sets its level */
      if (levels[aspect] == TRYGG_CLASSIFICATION_NO_LEVEL)
        levels[aspect] = level;
      if (level != levels[aspect])
        continue;
      origin = g_new0 (TryggClassificationOrigin, 1);
      origin->aspect = aspect;
      origin->level = level;
      origin->asset_id = sqlite3_column_int64 (stmt, 2);
      origin->asset_uuid = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      origin->asset_name = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
      g_ptr_array_add (origins, origin);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      trygg_database_set_error (db, error);
      return NULL;
    }
  /* stable: keeps the name order within an aspect */
  for (guint i = 1; i < origins->len; i++)
    for (guint j = i; j > 0; j--)
      {
        TryggClassificationOrigin *a = g_ptr_array_index (origins, j - 1);
        TryggClassificationOrigin *b = g_ptr_array_index (origins, j);
        if (a->aspect <= b->aspect)
          break;
        origins->pdata[j - 1] = b;
        origins->pdata[j] = a;
      }
  return g_steal_pointer (&origins);
}
