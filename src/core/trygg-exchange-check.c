/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Checking a whole exchange file before anything is written: the header and versions,
 * every row's uuid, fields, types and references, and unique facts repeated in the file.
 * An error names the table, row and field.
 */
#define G_LOG_DOMAIN "trygg-exchange"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "trygg-exchange-private.h"

gboolean
trygg_exchange_row_error (GError     **error,
           const char  *table,
           guint        row,
           const char  *field,
           const char  *message)
{
  if (field != NULL)
    g_set_error (error, TRYGG_EXCHANGE_ERROR, TRYGG_EXCHANGE_ERROR_INCONSISTENT,
                 _("Table “%s”, row %u, field “%s”: %s"), table, row + 1, field, message);
  else
    g_set_error (error, TRYGG_EXCHANGE_ERROR, TRYGG_EXCHANGE_ERROR_INCONSISTENT,
                 _("Table “%s”, row %u: %s"), table, row + 1, message);
  return FALSE;
}

static gboolean
uuid_in_database (TryggDatabase *db,
                  const char    *table,
                  const char    *uuid)
{
  g_autofree char *sql = g_strdup_printf ("SELECT 1 FROM \"%s\" WHERE uuid = ?", table);
  sqlite3_stmt *stmt = trygg_database_prepare_cached (db, sql, NULL);
  gboolean found;

  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);
  return found;
}

static Table *
find_table (Import     *import,
            const char *name)
{
  for (guint i = 0; i < import->tables->len; i++)
    {
      Table *table = g_ptr_array_index (import->tables, i);
      if (g_str_equal (table->name, name))
        return table;
    }
  return NULL;
}

static gboolean
check_value (Import     *import,
             Table      *table,
             guint       row,
             Column     *column,
             JsonNode   *node,
             GError    **error)
{
  GType type = JSON_NODE_HOLDS_VALUE (node) ? json_node_get_value_type (node) : G_TYPE_INVALID;

  if (JSON_NODE_HOLDS_NULL (node))
    {
      if (column->not_null)
        return trygg_exchange_row_error (error, table->name, row, column->name, _("must not be empty"));
      return TRUE;
    }
  if (column->references != NULL)
    {
      const char *uuid;
      GHashTable *in_file;
      if (type != G_TYPE_STRING)
        return trygg_exchange_row_error (error, table->name, row, column->name,
                          _("must be the uuid of the row it refers to"));
      uuid = json_node_get_string (node);
      in_file = g_hash_table_lookup (import->file_uuids, column->references);
      if ((in_file == NULL || !g_hash_table_contains (in_file, uuid)) &&
          !uuid_in_database (import->db, column->references, uuid))
        {
          g_autofree char *message = g_strdup_printf (
              _("refers to %s “%s”, which is neither in the file nor in the database"),
              column->references, uuid);
          return trygg_exchange_row_error (error, table->name, row, column->name, message);
        }
      return TRUE;
    }
  if (column->is_integer && type != G_TYPE_INT64 && type != G_TYPE_BOOLEAN)
    return trygg_exchange_row_error (error, table->name, row, column->name, _("must be a whole number"));
  if (!column->is_integer && type != G_TYPE_STRING)
    return trygg_exchange_row_error (error, table->name, row, column->name, _("must be text"));
  return TRUE;
}

/* The same unique fact twice in one file (an asset linked to a system under two uuids) is
 * an inconsistent file. The same fact already in the database under another uuid is not:
 * that is a merge, and the database's row is kept (ON CONFLICT DO NOTHING below). */
static gboolean
check_unique_facts (Table      *table,
                    JsonArray  *rows,
                    GError    **error)
{
  for (guint u = 0; u < table->uniques->len; u++)
    {
      const char * const *columns = g_ptr_array_index (table->uniques, u);
      g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

      for (guint r = 0; r < json_array_get_length (rows); r++)
        {
          JsonObject *row = json_array_get_object_element (rows, r);
          GString *key = g_string_new (NULL);
          gboolean complete = TRUE;

          for (guint c = 0; columns[c] != NULL && complete; c++)
            {
              JsonNode *node = json_object_get_member (row, columns[c]);
              g_autofree char *text = node ? json_to_string (node, FALSE) : NULL;
              complete = node != NULL && !JSON_NODE_HOLDS_NULL (node);
              g_string_append_printf (key, "%s\x1f", text ? text : "");
            }
          if (!complete)
            {
              g_string_free (key, TRUE);
              continue;
            }
          if (!g_hash_table_add (seen, g_string_free (key, FALSE)))
            {
              g_autofree char *list = g_strjoinv (", ", (char **) columns);
              g_autofree char *message = g_strdup_printf (
                  _("repeats the %s of an earlier row of the file"), list);
              return trygg_exchange_row_error (error, table->name, r, columns[0], message);
            }
        }
    }
  return TRUE;
}

/* Checks the header and every row; fills import->file_uuids. Writes nothing. */
gboolean
trygg_exchange_validate (Import      *import,
          JsonNode    *root,
          GError     **error)
{
  JsonObject *object, *components;
  JsonNode *node;
  g_autoptr(GList) names = NULL;

  if (!JSON_NODE_HOLDS_OBJECT (root) ||
      (node = json_object_get_member (object = json_node_get_object (root), "format")) == NULL ||
      !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING ||
      g_strcmp0 (json_node_get_string (node), "trygg") != 0)
    {
      g_set_error (error, TRYGG_EXCHANGE_ERROR, TRYGG_EXCHANGE_ERROR_WRONG_FORMAT,
                   _("This is not a Trygg exchange file: it has no “format”: “trygg”."));
      return FALSE;
    }
  node = json_object_get_member (object, "version");
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_INT64 || json_node_get_int (node) < 1)
    {
      g_set_error (error, TRYGG_EXCHANGE_ERROR, TRYGG_EXCHANGE_ERROR_WRONG_FORMAT,
                   _("The file has no valid format “version”."));
      return FALSE;
    }
  if (json_node_get_int (node) > TRYGG_EXCHANGE_FORMAT_VERSION)
    {
      g_set_error (error, TRYGG_EXCHANGE_ERROR, TRYGG_EXCHANGE_ERROR_TOO_NEW,
                   _("The file was written by a newer Trygg (format version %d; this "
                     "program reads version %d)."),
                   (int) json_node_get_int (node), TRYGG_EXCHANGE_FORMAT_VERSION);
      return FALSE;
    }
  node = json_object_get_member (object, "components");
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node) ||
      (node = json_object_get_member (object, "tables")) == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, TRYGG_EXCHANGE_ERROR, TRYGG_EXCHANGE_ERROR_WRONG_FORMAT,
                   _("The file lacks its “components” or “tables”."));
      return FALSE;
    }
  components = json_object_get_object_member (object, "components");
  import->file_tables = json_object_get_object_member (object, "tables");

  names = json_object_get_members (components);
  for (GList *l = names; l != NULL; l = l->next)
    {
      JsonNode *version = json_object_get_member (components, l->data);
      int have = trygg_database_get_schema_version (import->db, l->data);
      gint64 want = JSON_NODE_HOLDS_VALUE (version) &&
                    json_node_get_value_type (version) == G_TYPE_INT64
                      ? json_node_get_int (version) : -1;
      if (want < 0)
        {
          g_set_error (error, TRYGG_EXCHANGE_ERROR, TRYGG_EXCHANGE_ERROR_WRONG_FORMAT,
                       _("The version of component “%s” is not a number."), (char *) l->data);
          return FALSE;
        }
      if (have == 0 && want > 0)
        {
          g_set_error (error, TRYGG_EXCHANGE_ERROR, TRYGG_EXCHANGE_ERROR_TOO_NEW,
                       _("The file holds data of “%s”, which is not enabled in this Trygg. "
                         "Turn the plugin on in Preferences and import again."),
                       (char *) l->data);
          return FALSE;
        }
      if (want > have)
        {
          g_set_error (error, TRYGG_EXCHANGE_ERROR, TRYGG_EXCHANGE_ERROR_TOO_NEW,
                       _("The file was written by a newer Trygg (%s schema %d; this database "
                         "has %d)."), (char *) l->data, (int) want, have);
          return FALSE;
        }
    }

  /* first the uuids of every table, so that references can be checked in any order */
  g_clear_pointer (&names, g_list_free);
  names = json_object_get_members (import->file_tables);
  for (GList *l = names; l != NULL; l = l->next)
    {
      Table *table = find_table (import, l->data);
      JsonNode *rows = json_object_get_member (import->file_tables, l->data);
      GHashTable *uuids;
      JsonArray *array;

      if (table == NULL)
        {
          g_set_error (error, TRYGG_EXCHANGE_ERROR, TRYGG_EXCHANGE_ERROR_INCONSISTENT,
                       _("The file has a table “%s” that this database does not have."),
                       (char *) l->data);
          return FALSE;
        }
      if (!JSON_NODE_HOLDS_ARRAY (rows))
        {
          g_set_error (error, TRYGG_EXCHANGE_ERROR, TRYGG_EXCHANGE_ERROR_WRONG_FORMAT,
                       _("Table “%s” is not a list of rows."), (char *) l->data);
          return FALSE;
        }
      uuids = g_hash_table_new (g_str_hash, g_str_equal);
      g_hash_table_insert (import->file_uuids, table->name, uuids);
      array = json_node_get_array (rows);
      import->total += json_array_get_length (array);
      for (guint r = 0; r < json_array_get_length (array); r++)
        {
          JsonNode *row = json_array_get_element (array, r);
          JsonNode *uuid;
          if (!JSON_NODE_HOLDS_OBJECT (row))
            return trygg_exchange_row_error (error, table->name, r, NULL, _("is not an object"));
          uuid = json_object_get_member (json_node_get_object (row), "uuid");
          if (uuid == NULL || !JSON_NODE_HOLDS_VALUE (uuid) ||
              json_node_get_value_type (uuid) != G_TYPE_STRING ||
              !g_uuid_string_is_valid (json_node_get_string (uuid)))
            return trygg_exchange_row_error (error, table->name, r, "uuid", _("must be a valid uuid"));
          if (!g_hash_table_add (uuids, (gpointer) json_node_get_string (uuid)))
            return trygg_exchange_row_error (error, table->name, r, "uuid",
                              _("the same uuid appears twice in the table"));
        }
    }

  for (GList *l = names; l != NULL; l = l->next)
    {
      Table *table = find_table (import, l->data);
      JsonArray *array = json_object_get_array_member (import->file_tables, l->data);

      if (!check_unique_facts (table, array, error))
        return FALSE;
      for (guint r = 0; r < json_array_get_length (array); r++)
        {
          JsonObject *row = json_array_get_object_element (array, r);
          g_autoptr(GList) fields = json_object_get_members (row);

          for (GList *f = fields; f != NULL; f = f->next)
            {
              Column *column = trygg_exchange_table_column (table, f->data);
              if (g_str_equal (f->data, "id"))
                continue;
              if (column == NULL)
                return trygg_exchange_row_error (error, table->name, r, f->data,
                                  _("is not a field of this table"));
              if (!check_value (import, table, r, column, json_object_get_member (row, f->data),
                                error))
                return FALSE;
            }
          for (guint c = 0; c < table->columns->len; c++)
            {
              Column *column = g_ptr_array_index (table->columns, c);
              if (column->not_null && !column->has_default &&
                  !json_object_has_member (row, column->name))
                return trygg_exchange_row_error (error, table->name, r, column->name, _("is missing"));
            }
        }
    }
  return TRUE;
}
