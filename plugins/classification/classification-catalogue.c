/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The requirement catalogue: which measures an asset's profile calls for, how each is
 * fulfilled, a gap made into an action in core's tracker, and importing a catalogue from
 * JSON. A catalogue file is
 *
 *   { "format": "trygg-requirements", "version": 1,
 *     "requirements": [ { "code": "AC-01", "area": "access_control", "title": "…",
 *                         "as_is": "…", "shall": "…", "aspect": "confidentiality",
 *                         "min_level": 2 }, … ] }
 *
 * Import checks the whole file before it writes anything and writes in one transaction.
 */
#define G_LOG_DOMAIN "trygg-classification"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

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

/* Catalogue import */

typedef struct {
  const char *code;
  const char *area;
  const char *title;
  const char *as_is;
  const char *shall;
  const char *aspect;
  int         min_level;
} Entry;

static const char *
entry_text (JsonObject *object,
            const char *field)
{
  JsonNode *node = json_object_get_member (object, field);
  const char *text;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  text = json_node_get_string (node);
  return text != NULL && *text != '\0' ? text : NULL;
}

static gboolean
refuse (GError     **error,
        guint        n,
        const char  *code,
        const char  *problem)
{
  g_autofree char *where = code != NULL
    /* Translators: names an entry of a requirement catalogue: its number and its code */
    ? g_strdup_printf (_("Requirement %u (“%s”)"), n, code)
    : g_strdup_printf (_("Requirement %u"), n);

  /* Translators: %s are where in the file ("Requirement 3 (“AC-01”)") and what is wrong */
  g_set_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_INVALID,
               _("%s: %s Nothing was imported."), where, problem);
  return FALSE;
}

static gboolean
read_entry (JsonNode    *node,
            guint        n,
            GHashTable  *codes,
            Entry       *entry,
            GError     **error)
{
  static const char * const fields[] = { "code", "area", "title", "as_is", "shall", "aspect" };
  const char **targets[] = { &entry->code, &entry->area, &entry->title, &entry->as_is,
                             &entry->shall, &entry->aspect };
  TryggClassificationAspect aspect;
  JsonObject *object;
  JsonNode *level;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return refuse (error, n, NULL, _("it is not an object with fields."));
  object = json_node_get_object (node);
  entry->code = entry_text (object, "code");
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if ((*targets[i] = entry_text (object, fields[i])) == NULL)
      {
        g_autofree char *problem =
          g_strdup_printf (_("the field “%s” is missing, empty or not text."), fields[i]);
        return refuse (error, n, entry->code, problem);
      }
  if (!trygg_classification_aspect_from_key (entry->aspect, &aspect))
    {
      g_autofree char *problem =
        g_strdup_printf (_("the field “aspect” has the unknown aspect “%s”; use "
                           "confidentiality, integrity, availability or traceability."),
                         entry->aspect);
      return refuse (error, n, entry->code, problem);
    }
  level = json_object_get_member (object, "min_level");
  if (level == NULL || !JSON_NODE_HOLDS_VALUE (level) ||
      json_node_get_value_type (level) != G_TYPE_INT64 ||
      json_node_get_int (level) < 1 || json_node_get_int (level) > 4)
    return refuse (error, n, entry->code,
                   _("the field “min_level” must be a whole number from 1 to 4."));
  entry->min_level = (int) json_node_get_int (level);
  if (!g_hash_table_add (codes, (gpointer) entry->code))
    return refuse (error, n, entry->code, _("the code is used twice in the file."));
  return TRUE;
}

static gboolean
write_entries (TryggDatabase  *db,
               GArray         *entries,
               gboolean        replace,
               guint          *n_added,
               guint          *n_updated,
               GError        **error)
{
  g_autofree char *now = trygg_database_now ();
  g_autoptr(JsonBuilder) codes = json_builder_new ();
  g_autofree char *codes_json = NULL;
  g_autoptr(JsonNode) root = NULL;
  sqlite3_stmt *stmt;

  json_builder_begin_array (codes);
  for (guint i = 0; i < entries->len; i++)
    {
      Entry *e = &g_array_index (entries, Entry, i);
      g_autofree char *uuid = g_uuid_string_random ();
      gboolean exists;

      json_builder_add_string_value (codes, e->code);
      stmt = trygg_database_prepare_cached (db,
          "SELECT 1 FROM classification_requirement WHERE code = ?1", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, e->code, -1, SQLITE_TRANSIENT);
      exists = sqlite3_step (stmt) == SQLITE_ROW;
      sqlite3_reset (stmt);

      stmt = trygg_database_prepare_cached (db,
          "INSERT INTO classification_requirement (uuid, created_at, updated_at, code, area, "
          "title, as_is, shall, aspect, min_level) VALUES (?1, ?2, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
          "?9) ON CONFLICT (code) DO UPDATE SET area = excluded.area, title = excluded.title, "
          "as_is = excluded.as_is, shall = excluded.shall, aspect = excluded.aspect, "
          "min_level = excluded.min_level, updated_at = excluded.updated_at "
          "WHERE (area, title, as_is, shall, aspect, min_level) IS NOT (excluded.area, "
          "excluded.title, excluded.as_is, excluded.shall, excluded.aspect, excluded.min_level)",
          error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, now, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 3, e->code, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 4, e->area, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 5, e->title, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 6, e->as_is, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 7, e->shall, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 8, e->aspect, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (stmt, 9, e->min_level);
      if (!trygg_database_step_done (db, stmt, error))
        return FALSE;
      if (!exists)
        (*n_added)++;
      else if (sqlite3_changes (trygg_database_get_handle (db)) > 0)
        (*n_updated)++;
    }
  json_builder_end_array (codes);
  if (!replace)
    return TRUE;

  /* a replaced catalogue drops the requirements it no longer has, and their statuses */
  root = json_builder_get_root (codes);
  codes_json = json_to_string (root, FALSE);
  stmt = trygg_database_prepare_cached (db,
      "DELETE FROM classification_requirement WHERE code NOT IN "
      "(SELECT value FROM json_each(?1))", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, codes_json, -1, SQLITE_TRANSIENT);
  return trygg_database_step_done (db, stmt, error);
}

/**
 * trygg_classification_import_catalogue:
 * @json: the catalogue file's contents
 * @replace: %TRUE to drop the requirements the file does not have (with their statuses);
 *   %FALSE to add the file's requirements and update those with the same code
 * @n_added: (out) (optional):
 * @n_updated: (out) (optional):
 *
 * Checks the whole file first; a bad one is refused with an error that names the entry and
 * the field, and the database is left as it was. Then writes in one transaction.
 */
gboolean
trygg_classification_import_catalogue (TryggDatabase  *db,
                                       GBytes         *json,
                                       gboolean        replace,
                                       guint          *n_added,
                                       guint          *n_updated,
                                       GError        **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GHashTable) codes = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) entries = g_array_new (FALSE, TRUE, sizeof (Entry));
  g_autoptr(GError) local_error = NULL;
  JsonObject *root;
  JsonNode *list;
  JsonArray *array;
  const char *format;
  guint added = 0, updated = 0;
  gsize size;
  const char *data = g_bytes_get_data (json, &size);

  if (!json_parser_load_from_data (parser, data != NULL ? data : "", (gssize) size,
                                   &local_error))
    {
      g_set_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_INVALID,
                   _("The file is not valid JSON (%s). Nothing was imported."),
                   local_error->message);
      return FALSE;
    }
  if (json_parser_get_root (parser) == NULL ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)) ||
      (root = json_node_get_object (json_parser_get_root (parser)),
       (format = entry_text (root, "format")) == NULL) ||
      !g_str_equal (format, "trygg-requirements"))
    {
      g_set_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_INVALID,
                   _("The file is not a requirement catalogue: its “format” must be "
                     "“trygg-requirements”. Nothing was imported."));
      return FALSE;
    }
  list = json_object_get_member (root, "requirements");
  if (list == NULL || !JSON_NODE_HOLDS_ARRAY (list) ||
      json_array_get_length (array = json_node_get_array (list)) == 0)
    {
      g_set_error (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_INVALID,
                   _("The file has no list of “requirements”. Nothing was imported."));
      return FALSE;
    }
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      Entry entry = { NULL };

      if (!read_entry (json_array_get_element (array, i), i + 1, codes, &entry, error))
        return FALSE;
      g_array_append_val (entries, entry);
    }

  if (!trygg_database_begin (db, error))
    return FALSE;
  if (!write_entries (db, entries, replace, &added, &updated, error) ||
      !trygg_database_commit (db, error))
    {
      trygg_database_rollback (db);
      return FALSE;
    }
  if (n_added != NULL)
    *n_added = added;
  if (n_updated != NULL)
    *n_updated = updated;
  return TRUE;
}

/* Adds the catalogue that comes with Trygg; requirements with the same code are updated. */
gboolean
trygg_classification_import_bundled (TryggDatabase  *db,
                                     GError        **error)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data (TRYGG_CLASSIFICATION_BUNDLED_CATALOGUE,
                                                     G_RESOURCE_LOOKUP_FLAGS_NONE, error);

  return bytes != NULL &&
         trygg_classification_import_catalogue (db, bytes, FALSE, NULL, NULL, error);
}
