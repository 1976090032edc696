/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The requirement catalogue: which measures an asset's profile calls for, how each is
 * fulfilled, and a gap made into an action in core's tracker. Importing a catalogue is in
 * classification-catalogue-import.c.
 */
#define G_LOG_DOMAIN "trygg-classification"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "classification-model.h"

static const struct { const char *key; const char *name; } requirement_areas[] = {
  { "access_control", NC_ ("requirement area", "Access control") },
  { "logging", NC_ ("requirement area", "Logging") },
  { "backup", NC_ ("requirement area", "Backup") },
  { "encryption", NC_ ("requirement area", "Encryption") },
  { "continuity", NC_ ("requirement area", "Continuity") },
  { "suppliers", NC_ ("requirement area", "Suppliers") },
  { "physical", NC_ ("requirement area", "Physical security") },
};

static const struct { const char *key; const char *name; } statuses[] = {
  { "met", NC_ ("requirement status", "Met") },
  { "partly_met", NC_ ("requirement status", "Partly met") },
  { "not_met", NC_ ("requirement status", "Not met") },
  { "not_applicable", NC_ ("requirement status", "Not applicable") },
};

/* The translated name of a requirement area key; an imported catalogue's own word as is. */
const char *
trygg_classification_requirement_area_name (const char *area)
{
  for (guint i = 0; i < G_N_ELEMENTS (requirement_areas); i++)
    if (g_strcmp0 (requirement_areas[i].key, area) == 0)
      return g_dpgettext2 (GETTEXT_PACKAGE, "requirement area", requirement_areas[i].name);
  return area;
}

/* The translated name of a fulfilment status, %NULL for an unknown one */
const char *
trygg_classification_status_name (const char *status)
{
  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    if (g_strcmp0 (statuses[i].key, status) == 0)
      return g_dpgettext2 (GETTEXT_PACKAGE, "requirement status", statuses[i].name);
  return NULL;
}

void
trygg_classification_requirement_free (TryggClassificationRequirement *req)
{
  g_free (req->uuid);
  g_free (req->code);
  g_free (req->area);
  g_free (req->title);
  g_free (req->as_is);
  g_free (req->shall);
  g_free (req);
}

/**
 * trygg_classification_required:
 *
 * The measures @profile calls for: every requirement whose aspect has at least its minimum
 * level in the profile.
 *
 * Returns: (transfer full) (element-type TryggClassificationRequirement): by code; %NULL
 *   with @error
 */
GPtrArray *
trygg_classification_required (TryggDatabase                     *db,
                               const TryggClassificationProfile  *profile,
                               GError                           **error)
{
  g_autoptr(GPtrArray) reqs =
    g_ptr_array_new_with_free_func ((GDestroyNotify) trygg_classification_requirement_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = trygg_database_prepare_cached (db,
      "SELECT id, uuid, code, area, title, as_is, shall, aspect, min_level "
      "FROM classification_requirement WHERE "
      "(aspect = 'confidentiality' AND min_level <= ?1) OR "
      "(aspect = 'integrity' AND min_level <= ?2) OR "
      "(aspect = 'availability' AND min_level <= ?3) OR "
      "(aspect = 'traceability' AND min_level <= ?4) "
      "ORDER BY code COLLATE NOCASE", error);
  if (stmt == NULL)
    return NULL;
  for (guint i = 0; i < TRYGG_CLASSIFICATION_N_ASPECTS; i++)
    sqlite3_bind_int (stmt, i + 1, profile->levels[i]);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TryggClassificationRequirement *req = g_new0 (TryggClassificationRequirement, 1);

#define TEXT(col) g_strdup ((const char *) sqlite3_column_text (stmt, col))
      req->id = sqlite3_column_int64 (stmt, 0);
      req->uuid = TEXT (1);
      req->code = TEXT (2);
      req->area = TEXT (3);
      req->title = TEXT (4);
      req->as_is = TEXT (5);
      req->shall = TEXT (6);
#undef TEXT
      trygg_classification_aspect_from_key ((const char *) sqlite3_column_text (stmt, 7),
                                            &req->aspect);
      req->min_level = sqlite3_column_int (stmt, 8);
      g_ptr_array_add (reqs, req);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      trygg_database_set_error (db, error);
      return NULL;
    }
  return g_steal_pointer (&reqs);
}

/**
 * trygg_classification_set_fulfilment:
 * @status: met, partly_met, not_met or not_applicable
 * @fulfilment_id: (out) (optional): the row's id
 *
 * Records how the asset fulfils the requirement, in a transaction of its own.
 */
gboolean
trygg_classification_set_fulfilment (TryggDatabase  *db,
                                     gint64          asset_id,
                                     gint64          requirement_id,
                                     const char     *status,
                                     const char     *comment,
                                     gint64         *fulfilment_id,
                                     GError        **error)
{
  g_autofree char *uuid = g_uuid_string_random ();
  g_autofree char *now = trygg_database_now ();
  sqlite3_stmt *stmt;

  if (trygg_classification_status_name (status) == NULL)
    {
      g_set_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_INVALID,
                   _("“%s” is not a status of a requirement. Nothing was saved."), status);
      return FALSE;
    }
  if (!trygg_database_begin (db, error))
    return FALSE;
  stmt = trygg_database_prepare_cached (db,
      "INSERT INTO classification_fulfilment (uuid, created_at, updated_at, asset_id, "
      "requirement_id, status, comment) VALUES (?1, ?2, ?2, ?3, ?4, ?5, ?6) "
      "ON CONFLICT (asset_id, requirement_id) DO UPDATE SET status = excluded.status, "
      "comment = excluded.comment, updated_at = excluded.updated_at "
      "WHERE (status, comment) IS NOT (excluded.status, excluded.comment)", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, asset_id);
  sqlite3_bind_int64 (stmt, 4, requirement_id);
  sqlite3_bind_text (stmt, 5, status, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, comment != NULL ? comment : "", -1, SQLITE_TRANSIENT);
  if (!trygg_database_step_done (db, stmt, error))
    goto fail;
  stmt = trygg_database_prepare_cached (db,
      "SELECT id FROM classification_fulfilment WHERE asset_id = ?1 AND requirement_id = ?2",
      error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, asset_id);
  sqlite3_bind_int64 (stmt, 2, requirement_id);
  if (sqlite3_step (stmt) == SQLITE_ROW && fulfilment_id != NULL)
    *fulfilment_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (trygg_database_commit (db, error))
    return TRUE;

fail:
  trygg_database_rollback (db);
  return FALSE;
}

static gboolean
write_action (TryggDatabase  *db,
              gint64          fulfilment_id,
              gint64         *action_id,
              GError        **error)
{
  g_autoptr(TryggAction) action = NULL;
  g_autofree char *title = NULL;
  g_autofree char *description = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *status = NULL;
  sqlite3_stmt *stmt;
  gint64 existing = 0;

  stmt = trygg_database_prepare_cached (db,
      "SELECT f.uuid, f.status, coalesce(f.action_id, 0), r.code, r.title, r.shall, a.name "
      "FROM classification_fulfilment f "
      "JOIN classification_requirement r ON r.id = f.requirement_id "
      "JOIN information_asset a ON a.id = f.asset_id WHERE f.id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, fulfilment_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      g_set_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_NOT_FOUND,
                   _("The requirement’s status no longer exists."));
      return FALSE;
    }
#define TEXT(col) ((const char *) sqlite3_column_text (stmt, col))
  uuid = g_strdup (TEXT (0));
  status = g_strdup (TEXT (1));
  existing = sqlite3_column_int64 (stmt, 2);
  /* Translators: the title of an action made from an unmet requirement: its code and title */
  title = g_strdup_printf (_("Meet requirement %s: %s"), TEXT (3), TEXT (4));
  /* Translators: an action's description: the requirement's "shall" wording, then the asset */
  description = g_strdup_printf (_("%s\n\nInformation asset: %s"), TEXT (5), TEXT (6));
#undef TEXT
  sqlite3_reset (stmt);

  if (existing != 0)
    {
      *action_id = existing;
      return TRUE;
    }
  if (!g_str_equal (status, "not_met") && !g_str_equal (status, "partly_met"))
    {
      g_set_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_INVALID,
                   _("Only a requirement that is not met, or only partly met, becomes an "
                     "action."));
      return FALSE;
    }

  action = trygg_action_new ();
  g_object_set (action,
                "title", title,
                "description", description,
                "source-plugin", "classification",
                "source-uuid", uuid,
                NULL);
  if (!trygg_entity_write (TRYGG_ENTITY (action), db, error))
    return FALSE;
  stmt = trygg_database_prepare_cached (db,
      "UPDATE classification_fulfilment SET action_id = ?1, "
      "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?2", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, trygg_entity_get_id (TRYGG_ENTITY (action)));
  sqlite3_bind_int64 (stmt, 2, fulfilment_id);
  if (!trygg_database_step_done (db, stmt, error))
    return FALSE;
  *action_id = trygg_entity_get_id (TRYGG_ENTITY (action));
  return TRUE;
}

/**
 * trygg_classification_create_action:
 * @action_id: (out): the action's id
 *
 * Makes an unmet (or partly met) requirement of an asset an action in core's tracker, with
 * source "classification" and the fulfilment row's uuid, and links it to the row — in one
 * transaction. A row that already has its action gets that one back, not a second.
 */
gboolean
trygg_classification_create_action (TryggDatabase  *db,
                                    gint64          fulfilment_id,
                                    gint64         *action_id,
                                    GError        **error)
{
  gint64 id = 0;

  g_return_val_if_fail (action_id != NULL, FALSE);

  if (!trygg_database_begin (db, error))
    return FALSE;
  if (write_action (db, fulfilment_id, &id, error) && trygg_database_commit (db, error))
    {
      *action_id = id;
      return TRUE;
    }
  trygg_database_rollback (db);
  return FALSE;
}
