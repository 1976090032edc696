/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Importing a requirement catalogue from JSON. A catalogue file is
 *
 *   { "format": "trygg-requirements", "version": 1,
 *     "requirements": [ { "code": "AC-01", "area": "access_control", "title": "…",
 *                         "as_is": "…", "shall": "…", "aspect": "confidentiality",
 *                         "min_level": 2 }, … ] }
 *
 * Import checks the whole file before it writes anything and writes in one transaction.
 * A requirement's uuid follows from its code (uuid5, as the demo's generator makes them), so
 * two databases that imported the same catalogue can merge each other's exchange files.
 * Trygg bundles the catalogue in English, Swedish, Bokmål and Nynorsk; the first import
 * takes the one of the user's language.
 */
#define G_LOG_DOMAIN "trygg-classification"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "classification-catalogue-private.h"

/**
 * trygg_classification_uuid5:
 * @namespace_uuid: a uuid in its text form
 * @name: the name within the namespace
 *
 * A name-based uuid, version 5 (RFC 4122: SHA-1 over the namespace's 16 bytes and the name),
 * the same as Python's `uuid.uuid5(namespace, name)`.
 *
 * Returns: (transfer full): the uuid in lower-case text form
 */
char *
trygg_classification_uuid5 (const char *namespace_uuid,
                            const char *name)
{
  g_autoptr(GChecksum) sha1 = g_checksum_new (G_CHECKSUM_SHA1);
  guint8 ns[16];
  guint8 digest[20];
  gsize length = sizeof digest;
  guint n = 0;

  g_return_val_if_fail (g_uuid_string_is_valid (namespace_uuid), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  for (const char *p = namespace_uuid; *p != '\0' && n < sizeof ns; p++)
    if (*p != '-')
      {
        ns[n++] = (guint8) (g_ascii_xdigit_value (p[0]) << 4 | g_ascii_xdigit_value (p[1]));
        p++;
      }
  g_checksum_update (sha1, ns, sizeof ns);
  g_checksum_update (sha1, (const guchar *) name, (gssize) strlen (name));
  g_checksum_get_digest (sha1, digest, &length);
  digest[6] = (digest[6] & 0x0f) | 0x50;  /* version 5 */
  digest[8] = (digest[8] & 0x3f) | 0x80;  /* the RFC 4122 variant */
  return g_strdup_printf ("%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-"
                          "%02x%02x%02x%02x%02x%02x",
                          digest[0], digest[1], digest[2], digest[3], digest[4], digest[5],
                          digest[6], digest[7], digest[8], digest[9], digest[10], digest[11],
                          digest[12], digest[13], digest[14], digest[15]);
}

/* The uuid of the requirement with @code, in every database: uuid5 over the demo's namespace
 * and "classification/classification_requirement/<code>". */
char *
trygg_classification_requirement_uuid (const char *code)
{
  g_autofree char *name = g_strconcat ("classification/classification_requirement/", code, NULL);

  return trygg_classification_uuid5 (TRYGG_CLASSIFICATION_UUID_NAMESPACE, name);
}

/**
 * trygg_classification_bundled_catalogue_for:
 * @languages: the user's languages, most wanted first, as g_get_language_names() gives them
 *
 * The bundled catalogue of the first language that has one: Swedish (sv), Bokmål (nb, and
 * the older no), Nynorsk (nn, and no@nynorsk) or English (en, and C or POSIX, which end the
 * list). Other languages are passed over, as gettext passes over those without a
 * translation.
 *
 * Returns: the resource path
 */
const char *
trygg_classification_bundled_catalogue_for (const char * const *languages)
{
  for (guint i = 0; languages != NULL && languages[i] != NULL; i++)
    {
      const char *name = languages[i];
      g_autofree char *lang = g_ascii_strdown (name, (gssize) strcspn (name, "_.@"));

      if (g_str_equal (lang, "sv"))
        return TRYGG_CLASSIFICATION_BUNDLED_CATALOGUE_SV;
      if (g_str_equal (lang, "nn") ||
          (g_str_equal (lang, "no") && strstr (name, "@nynorsk") != NULL))
        return TRYGG_CLASSIFICATION_BUNDLED_CATALOGUE_NN;
      if (g_str_equal (lang, "nb") || g_str_equal (lang, "no"))
        return TRYGG_CLASSIFICATION_BUNDLED_CATALOGUE_NB;
      if (g_str_equal (lang, "en") || g_str_equal (lang, "c") || g_str_equal (lang, "posix"))
        break;
    }
  return TRYGG_CLASSIFICATION_BUNDLED_CATALOGUE;
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
      g_autofree char *uuid = trygg_classification_requirement_uuid (e->code);
      gboolean exists, uuid_taken;

      json_builder_add_string_value (codes, e->code);
      stmt = trygg_database_prepare_cached (db,
          "SELECT EXISTS (SELECT 1 FROM classification_requirement WHERE code = ?1), "
          "EXISTS (SELECT 1 FROM classification_requirement WHERE uuid = ?2 AND code <> ?1)",
          error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, e->code, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, uuid, -1, SQLITE_TRANSIENT);
      if (sqlite3_step (stmt) != SQLITE_ROW)
        {
          sqlite3_reset (stmt);
          trygg_database_set_error (db, error);
          return FALSE;
        }
      exists = sqlite3_column_int (stmt, 0);
      uuid_taken = sqlite3_column_int (stmt, 1);
      sqlite3_reset (stmt);
      /* a row of another code that came in from an exchange file may hold it already */
      if (uuid_taken)
        {
          g_free (uuid);
          uuid = g_uuid_string_random ();
        }

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

/* Adds the catalogue that comes with Trygg, in the user's language (see
 * trygg_classification_bundled_catalogue_for()); requirements with the same code are
 * updated. */
gboolean
trygg_classification_import_bundled (TryggDatabase  *db,
                                     GError        **error)
{
  const char *path =
    trygg_classification_bundled_catalogue_for ((const char * const *) g_get_language_names ());
  g_autoptr(GBytes) bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);

  return bytes != NULL &&
         trygg_classification_import_catalogue (db, bytes, FALSE, NULL, NULL, error);
}
