/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The JSON exchange: one format for core and every plugin, written and read by code that
 * reads the schema (docs/exchange-format.md).
 *
 * Export writes each table's rows with SQLite's json_object(), foreign keys replaced by the
 * uuid of the row they point to, to a temporary file that replaces the target only when
 * complete. Import reads the whole file, checks every row (types, references, duplicates)
 * before it writes anything, then merges by uuid in one transaction: a new row is added, a
 * row whose file copy has a newer updated_at is updated, any other is kept. Any error, or a
 * cancel, rolls the transaction back: the database is left as it was.
 */
#define G_LOG_DOMAIN "trygg-exchange"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "trygg-database-private.h"
#include "trygg-exchange.h"

G_DEFINE_QUARK (trygg-exchange-error-quark, trygg_exchange_error)

typedef struct {
  char     *name;
  gboolean  is_integer;  /* declared INTEGER (numbers, booleans); else TEXT */
  gboolean  not_null;
  gboolean  has_default;
  char     *references;  /* the table a foreign key points to, or NULL */
} Column;

typedef struct {
  char      *name;
  GPtrArray *columns;   /* Column*, without "id" */
  GPtrArray *uniques;   /* GStrv each: the columns of a UNIQUE constraint other than uuid's */
} Table;

static void
column_free (Column *column)
{
  g_free (column->name);
  g_free (column->references);
  g_free (column);
}

static void
table_free (Table *table)
{
  g_free (table->name);
  g_ptr_array_unref (table->columns);
  g_ptr_array_unref (table->uniques);
  g_free (table);
}

static Column *
table_column (Table      *table,
              const char *name)
{
  for (guint i = 0; i < table->columns->len; i++)
    {
      Column *column = g_ptr_array_index (table->columns, i);
      if (g_str_equal (column->name, name))
        return column;
    }
  return NULL;
}

static Table *
read_table (TryggDatabase *db,
            const char    *name)
{
  Table *table = g_new0 (Table, 1);
  g_autoptr(sqlite3_stmt) cols = trygg_database_prepare (db,
      "SELECT name, upper(type), \"notnull\", dflt_value IS NOT NULL "
      "FROM pragma_table_info(?) ORDER BY cid", NULL);
  g_autoptr(sqlite3_stmt) fks = trygg_database_prepare (db,
      "SELECT \"from\", \"table\" FROM pragma_foreign_key_list(?)", NULL);
  g_autoptr(sqlite3_stmt) uniques = trygg_database_prepare (db,
      "SELECT name FROM pragma_index_list(?) WHERE \"unique\" AND origin = 'u'", NULL);
  g_autoptr(sqlite3_stmt) index_columns = trygg_database_prepare (db,
      "SELECT name FROM pragma_index_info(?) ORDER BY seqno", NULL);

  table->name = g_strdup (name);
  table->columns = g_ptr_array_new_with_free_func ((GDestroyNotify) column_free);
  sqlite3_bind_text (cols, 1, name, -1, SQLITE_TRANSIENT);
  while (sqlite3_step (cols) == SQLITE_ROW)
    {
      Column *column;
      if (g_str_equal ((const char *) sqlite3_column_text (cols, 0), "id"))
        continue;
      column = g_new0 (Column, 1);
      column->name = g_strdup ((const char *) sqlite3_column_text (cols, 0));
      column->is_integer = g_str_has_prefix ((const char *) sqlite3_column_text (cols, 1), "INT");
      column->not_null = sqlite3_column_int (cols, 2);
      column->has_default = sqlite3_column_int (cols, 3);
      g_ptr_array_add (table->columns, column);
    }
  sqlite3_bind_text (fks, 1, name, -1, SQLITE_TRANSIENT);
  while (sqlite3_step (fks) == SQLITE_ROW)
    {
      Column *column = table_column (table, (const char *) sqlite3_column_text (fks, 0));
      if (column != NULL)
        column->references = g_strdup ((const char *) sqlite3_column_text (fks, 1));
    }

  table->uniques = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  sqlite3_bind_text (uniques, 1, name, -1, SQLITE_TRANSIENT);
  while (sqlite3_step (uniques) == SQLITE_ROW)
    {
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      g_auto(GStrv) names = NULL;
      sqlite3_bind_text (index_columns, 1, (const char *) sqlite3_column_text (uniques, 0), -1,
                         SQLITE_TRANSIENT);
      while (sqlite3_step (index_columns) == SQLITE_ROW)
        g_strv_builder_add (builder, (const char *) sqlite3_column_text (index_columns, 0));
      sqlite3_reset (index_columns);
      names = g_strv_builder_end (builder);
      if (!g_strv_contains ((const char * const *) names, "uuid"))
        g_ptr_array_add (table->uniques, g_steal_pointer (&names));
    }
  return table;
}

/* The user tables, each after the tables its foreign keys point to. */
static GPtrArray *
read_tables (TryggDatabase *db)
{
  g_auto(GStrv) names = trygg_database_list_tables (db);
  g_autoptr(GPtrArray) pending = g_ptr_array_new ();
  GPtrArray *ordered = g_ptr_array_new_with_free_func ((GDestroyNotify) table_free);
  g_autoptr(GHashTable) placed = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; names[i] != NULL; i++)
    g_ptr_array_add (pending, read_table (db, names[i]));

  while (pending->len > 0)
    {
      gboolean progress = FALSE;
      for (guint i = 0; i < pending->len; i++)
        {
          Table *table = g_ptr_array_index (pending, i);
          gboolean ready = TRUE;
          for (guint c = 0; c < table->columns->len && ready; c++)
            {
              Column *column = g_ptr_array_index (table->columns, c);
              ready = column->references == NULL ||
                      g_str_equal (column->references, table->name) ||
                      g_hash_table_contains (placed, column->references);
            }
          if (ready)
            {
              g_hash_table_add (placed, table->name);
              g_ptr_array_add (ordered, g_ptr_array_steal_index (pending, i));
              progress = TRUE;
              i--;
            }
        }
      if (!progress)  /* a cycle between tables: the rest in name order */
        while (pending->len > 0)
          g_ptr_array_add (ordered, g_ptr_array_steal_index (pending, 0));
    }
  return ordered;
}

GStrv
trygg_exchange_table_order (TryggDatabase *db)
{
  g_autoptr(GPtrArray) tables = read_tables (db);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < tables->len; i++)
    g_strv_builder_add (builder, ((Table *) g_ptr_array_index (tables, i))->name);
  return g_strv_builder_end (builder);
}

/* ---- export ------------------------------------------------------------------------------ */

static char *
row_query (Table *table)
{
  GString *sql = g_string_new ("SELECT json_object(");

  for (guint i = 0; i < table->columns->len; i++)
    {
      Column *column = g_ptr_array_index (table->columns, i);
      if (i > 0)
        g_string_append (sql, ", ");
      if (column->references != NULL)
        g_string_append_printf (sql,
                                "'%s', (SELECT r.uuid FROM \"%s\" r WHERE r.id = t.\"%s\")",
                                column->name, column->references, column->name);
      else
        g_string_append_printf (sql, "'%s', t.\"%s\"", column->name, column->name);
    }
  g_string_append_printf (sql, ") FROM \"%s\" t ORDER BY t.id", table->name);
  return g_string_free (sql, FALSE);
}

static char *
header_json (TryggDatabase *db)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(sqlite3_stmt) versions = trygg_database_prepare (db,
      "SELECT component, version FROM schema_version ORDER BY component", NULL);
  g_autofree char *now = trygg_database_now ();
  g_autofree char *text = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, "trygg");
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, TRYGG_EXCHANGE_FORMAT_VERSION);
  json_builder_set_member_name (builder, "exported_at");
  json_builder_add_string_value (builder, now);
  json_builder_set_member_name (builder, "components");
  json_builder_begin_object (builder);
  while (versions != NULL && sqlite3_step (versions) == SQLITE_ROW)
    {
      json_builder_set_member_name (builder, (const char *) sqlite3_column_text (versions, 0));
      json_builder_add_int_value (builder, sqlite3_column_int (versions, 1));
    }
  json_builder_end_object (builder);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, NULL);
  /* drop the closing brace: the tables follow */
  text[strlen (text) - 1] = '\0';
  return g_steal_pointer (&text);
}

static gboolean
write_all (GOutputStream  *out,
           const char     *text,
           GCancellable   *cancellable,
           GError        **error)
{
  return g_output_stream_write_all (out, text, strlen (text), NULL, cancellable, error);
}

/**
 * trygg_exchange_export_file:
 *
 * Writes the whole database to @path. The file appears only when it is complete: a full
 * disk or a cancel leaves an existing @path as it was.
 */
gboolean
trygg_exchange_export_file (TryggDatabase      *db,
                            const char         *path,
                            GCancellable       *cancellable,
                            TryggProgressFunc   progress,
                            gpointer            user_data,
                            GError            **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GPtrArray) tables = NULL;
  g_autoptr(GCancellable) abort_close = g_cancellable_new ();
  g_autofree char *header = NULL;
  GOutputStream *out;
  gint64 total = 0, done = 0;
  gboolean ok = FALSE;
  /* g_file_replace() writes a new file in place, not to a temporary file */
  gboolean existed = g_file_query_exists (file, NULL);

  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_PRIVATE, cancellable, error);
  if (stream == NULL)
    return FALSE;
  out = G_OUTPUT_STREAM (stream);

  /* one read transaction: a consistent copy even while the window writes */
  if (!trygg_database_exec (db, "BEGIN", error))
    goto out;
  tables = read_tables (db);
  for (guint i = 0; i < tables->len; i++)
    total += trygg_database_count_rows (db, ((Table *) g_ptr_array_index (tables, i))->name);

  header = header_json (db);
  if (!write_all (out, header, cancellable, error) ||
      !write_all (out, ",\n\"tables\":{", cancellable, error))
    goto out;

  for (guint i = 0; i < tables->len; i++)
    {
      Table *table = g_ptr_array_index (tables, i);
      g_autofree char *sql = row_query (table);
      g_autofree char *name = g_strdup_printf ("%s\n\"%s\":[", i ? "," : "", table->name);
      g_autoptr(sqlite3_stmt) stmt = trygg_database_prepare (db, sql, error);
      gboolean first = TRUE;
      int rc;

      if (stmt == NULL || !write_all (out, name, cancellable, error))
        goto out;
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          if (!write_all (out, first ? "\n" : ",\n", cancellable, error) ||
              !write_all (out, (const char *) sqlite3_column_text (stmt, 0), cancellable, error))
            goto out;
          first = FALSE;
          if (++done % 2048 == 0 && progress != NULL)
            progress ((double) done / total, user_data);
        }
      if (rc != SQLITE_DONE)
        {
          trygg_database_set_error (db, error);
          goto out;
        }
      if (!write_all (out, "]", cancellable, error))
        goto out;
    }
  if (!write_all (out, "\n}}\n", cancellable, error))
    goto out;
  ok = TRUE;

out:
  trygg_database_exec (db, "COMMIT", NULL);
  if (!ok)
    {
      g_cancellable_cancel (abort_close);  /* leaves the target as it was */
      g_output_stream_close (out, abort_close, NULL);
      if (!existed)
        g_file_delete (file, NULL, NULL);
      return FALSE;
    }
  if (!g_output_stream_close (out, cancellable, error))
    {
      if (!existed)
        g_file_delete (file, NULL, NULL);
      return FALSE;
    }
  if (progress != NULL)
    progress (1.0, user_data);
  return TRUE;
}

/* ---- import ------------------------------------------------------------------------------ */

typedef struct {
  TryggDatabase      *db;
  GPtrArray          *tables;       /* Table*, in dependency order */
  JsonObject         *file_tables;
  GHashTable         *file_uuids;   /* table name → set of uuids in the file */
  TryggImportSummary  summary;
  GCancellable       *cancellable;
  TryggProgressFunc   progress;
  gpointer            user_data;
  gint64              total, done;
} Import;

static gboolean
row_error (GError     **error,
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
        return row_error (error, table->name, row, column->name, _("must not be empty"));
      return TRUE;
    }
  if (column->references != NULL)
    {
      const char *uuid;
      GHashTable *in_file;
      if (type != G_TYPE_STRING)
        return row_error (error, table->name, row, column->name,
                          _("must be the uuid of the row it refers to"));
      uuid = json_node_get_string (node);
      in_file = g_hash_table_lookup (import->file_uuids, column->references);
      if ((in_file == NULL || !g_hash_table_contains (in_file, uuid)) &&
          !uuid_in_database (import->db, column->references, uuid))
        {
          g_autofree char *message = g_strdup_printf (
              _("refers to %s “%s”, which is neither in the file nor in the database"),
              column->references, uuid);
          return row_error (error, table->name, row, column->name, message);
        }
      return TRUE;
    }
  if (column->is_integer && type != G_TYPE_INT64 && type != G_TYPE_BOOLEAN)
    return row_error (error, table->name, row, column->name, _("must be a whole number"));
  if (!column->is_integer && type != G_TYPE_STRING)
    return row_error (error, table->name, row, column->name, _("must be text"));
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
              return row_error (error, table->name, r, columns[0], message);
            }
        }
    }
  return TRUE;
}

/* Checks the header and every row; fills import->file_uuids. Writes nothing. */
static gboolean
validate (Import      *import,
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
            return row_error (error, table->name, r, NULL, _("is not an object"));
          uuid = json_object_get_member (json_node_get_object (row), "uuid");
          if (uuid == NULL || !JSON_NODE_HOLDS_VALUE (uuid) ||
              json_node_get_value_type (uuid) != G_TYPE_STRING ||
              !g_uuid_string_is_valid (json_node_get_string (uuid)))
            return row_error (error, table->name, r, "uuid", _("must be a valid uuid"));
          if (!g_hash_table_add (uuids, (gpointer) json_node_get_string (uuid)))
            return row_error (error, table->name, r, "uuid",
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
              Column *column = table_column (table, f->data);
              if (g_str_equal (f->data, "id"))
                continue;
              if (column == NULL)
                return row_error (error, table->name, r, f->data,
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
                return row_error (error, table->name, r, column->name, _("is missing"));
            }
        }
    }
  return TRUE;
}

static void
bind_node (sqlite3_stmt *stmt,
           int           index,
           JsonNode     *node)
{
  GType type = JSON_NODE_HOLDS_VALUE (node) ? json_node_get_value_type (node) : G_TYPE_INVALID;

  if (type == G_TYPE_INT64)
    sqlite3_bind_int64 (stmt, index, json_node_get_int (node));
  else if (type == G_TYPE_BOOLEAN)
    sqlite3_bind_int (stmt, index, json_node_get_boolean (node));
  else if (type == G_TYPE_STRING)
    sqlite3_bind_text (stmt, index, json_node_get_string (node), -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, index);
}

/* INSERT … VALUES (…) or UPDATE … SET … WHERE id = ?, for the fields @row has; a foreign key
 * is looked up by uuid (NULL while a row of the same table is still to come). */
static sqlite3_stmt *
write_statement (Import      *import,
                 Table       *table,
                 JsonObject  *row,
                 gint64       existing_id,
                 GError     **error)
{
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(GString) values = g_string_new (NULL);
  sqlite3_stmt *stmt;
  int n = 0;

  if (existing_id == 0)
    g_string_printf (sql, "INSERT INTO \"%s\" (", table->name);
  else
    g_string_printf (sql, "UPDATE \"%s\" SET ", table->name);
  for (guint c = 0; c < table->columns->len; c++)
    {
      Column *column = g_ptr_array_index (table->columns, c);
      g_autofree char *value = NULL;

      if (!json_object_has_member (row, column->name))
        continue;
      n++;
      value = column->references != NULL
                ? g_strdup_printf ("(SELECT id FROM \"%s\" WHERE uuid = ?%d)",
                                   column->references, n)
                : g_strdup_printf ("?%d", n);
      if (existing_id == 0)
        {
          g_string_append_printf (sql, "%s\"%s\"", n > 1 ? ", " : "", column->name);
          g_string_append_printf (values, "%s%s", n > 1 ? ", " : "", value);
        }
      else
        g_string_append_printf (sql, "%s\"%s\" = %s", n > 1 ? ", " : "", column->name, value);
    }
  if (existing_id == 0)
    /* a row that repeats a unique fact under another uuid (the same asset–system link
     * made on two PCs) is kept as the database has it */
    g_string_append_printf (sql, ") VALUES (%s) ON CONFLICT DO NOTHING", values->str);
  else
    g_string_append_printf (sql, " WHERE id = ?%d", n + 1);

  stmt = trygg_database_prepare_cached (import->db, sql->str, error);
  if (stmt == NULL)
    return NULL;
  n = 0;
  for (guint c = 0; c < table->columns->len; c++)
    {
      Column *column = g_ptr_array_index (table->columns, c);
      if (json_object_has_member (row, column->name))
        bind_node (stmt, ++n, json_object_get_member (row, column->name));
    }
  if (existing_id != 0)
    sqlite3_bind_int64 (stmt, n + 1, existing_id);
  return stmt;
}

/* The columns every row of @rows has, or NULL when some rows lack a column others have
 * (those go row by row, so that each missing one takes its default). */
static GPtrArray *
common_columns (Table     *table,
                JsonArray *rows)
{
  GPtrArray *columns = g_ptr_array_new ();

  for (guint c = 0; c < table->columns->len; c++)
    {
      Column *column = g_ptr_array_index (table->columns, c);
      guint have = 0;
      for (guint r = 0; r < json_array_get_length (rows); r++)
        have += json_object_has_member (json_array_get_object_element (rows, r), column->name);
      if (have == json_array_get_length (rows))
        g_ptr_array_add (columns, column);
      else if (have > 0)
        {
          g_ptr_array_unref (columns);
          return NULL;
        }
    }
  return columns;
}

/* Into a table that was empty every row is new: one INSERT … SELECT over json_each() of the
 * table's rows instead of a statement per row — most of the time of a restore. */
static gboolean
insert_all (Import     *import,
            Table      *table,
            JsonArray  *rows,
            GPtrArray  *columns,
            gboolean   *fell_back,
            GError    **error)
{
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(GString) values = g_string_new (NULL);
  g_autoptr(JsonNode) node = json_node_init_array (json_node_alloc (), rows);
  g_autofree char *text = json_to_string (node, FALSE);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 added;

  g_string_printf (sql, "INSERT INTO \"%s\" (", table->name);
  for (guint c = 0; c < columns->len; c++)
    {
      Column *column = g_ptr_array_index (columns, c);
      g_autofree char *path = g_strdup_printf ("json_extract(j.value, '$.\"%s\"')", column->name);
      g_string_append_printf (sql, "%s\"%s\"", c ? ", " : "", column->name);
      if (column->references != NULL)
        g_string_append_printf (values, "%s(SELECT id FROM \"%s\" WHERE uuid = %s)",
                                c ? ", " : "", column->references, path);
      else
        g_string_append_printf (values, "%s%s", c ? ", " : "", path);
    }
  g_string_append_printf (sql, ") SELECT %s FROM json_each(?1) j WHERE true "
                          "ON CONFLICT DO NOTHING", values->str);
  stmt = trygg_database_prepare (import->db, sql->str, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, text, -1, SQLITE_STATIC);
  /* a row the database refuses: undo this statement and let the row-by-row path find and
   * name the row */
  if (!trygg_database_exec (import->db, "SAVEPOINT bulk", error))
    return FALSE;
  if (!trygg_database_step_done (import->db, stmt, NULL))
    {
      *fell_back = TRUE;
      return trygg_database_exec (import->db, "ROLLBACK TO bulk; RELEASE bulk", error);
    }
  if (!trygg_database_exec (import->db, "RELEASE bulk", error))
    return FALSE;
  added = sqlite3_changes (trygg_database_get_handle (import->db));
  import->summary.added += added;
  import->summary.kept += json_array_get_length (rows) - added;

  /* references to rows of the same table that came later in the file */
  for (guint c = 0; c < columns->len; c++)
    {
      Column *column = g_ptr_array_index (columns, c);
      g_autoptr(sqlite3_stmt) update = NULL;
      GString *t;

      if (g_strcmp0 (column->references, table->name) != 0)
        continue;
      t = g_string_new ("UPDATE \"@T@\" SET \"@C@\" = (SELECT r.id FROM \"@T@\" r WHERE "
                        "r.uuid = json_extract(j.value, '$.\"@C@\"')) FROM json_each(?1) j "
                        "WHERE \"@T@\".uuid = json_extract(j.value, '$.uuid') "
                        "AND json_extract(j.value, '$.\"@C@\"') IS NOT NULL "
                        "AND \"@T@\".\"@C@\" IS NULL");
      g_string_replace (t, "@T@", table->name, 0);
      g_string_replace (t, "@C@", column->name, 0);
      update = trygg_database_prepare (import->db, t->str, error);
      g_string_free (t, TRUE);
      if (update == NULL)
        return FALSE;
      sqlite3_bind_text (update, 1, text, -1, SQLITE_STATIC);
      if (!trygg_database_step_done (import->db, update, error))
        return FALSE;
    }
  import->done += json_array_get_length (rows);
  if (import->progress != NULL)
    import->progress ((double) import->done / MAX (import->total, 1), import->user_data);
  return !g_cancellable_set_error_if_cancelled (import->cancellable, error);
}

static gboolean
merge_table (Import  *import,
             Table   *table,
             GError **error)
{
  JsonArray *array = json_object_get_array_member (import->file_tables, table->name);
  g_autofree char *find_sql = g_strdup_printf (
      "SELECT id, updated_at FROM \"%s\" WHERE uuid = ?", table->name);
  g_autoptr(GArray) written = g_array_new (FALSE, FALSE, sizeof (guint));
  guint n = json_array_get_length (array);
  gboolean was_empty = trygg_database_count_rows (import->db, table->name) == 0;

  if (was_empty && n > 0)
    {
      g_autoptr(GPtrArray) columns = common_columns (table, array);
      gboolean fell_back = FALSE;
      if (columns != NULL)
        {
          if (!insert_all (import, table, array, columns, &fell_back, error))
            return FALSE;
          if (!fell_back)
            return TRUE;
        }
    }

  for (guint r = 0; r < n; r++)
    {
      JsonObject *row = json_array_get_object_element (array, r);
      sqlite3_stmt *find = trygg_database_prepare_cached (import->db, find_sql, error);
      sqlite3_stmt *write;
      gint64 existing_id = 0;
      gboolean newer = TRUE;

      if (find == NULL)
        return FALSE;
      /* a table that was empty has nothing to merge with (the file has no duplicates) */
      if (!was_empty)
        {
          sqlite3_bind_text (find, 1, json_object_get_string_member (row, "uuid"), -1,
                             SQLITE_TRANSIENT);
          if (sqlite3_step (find) == SQLITE_ROW)
            {
              const char *theirs = json_object_get_string_member_with_default (row, "updated_at",
                                                                               "");
              existing_id = sqlite3_column_int64 (find, 0);
              newer = g_strcmp0 (theirs, (const char *) sqlite3_column_text (find, 1)) > 0;
            }
          sqlite3_reset (find);
        }

      if (existing_id != 0 && !newer)
        import->summary.kept++;
      else
        {
          write = write_statement (import, table, row, existing_id, error);
          if (write == NULL)
            return FALSE;
          if (!trygg_database_step_done (import->db, write, error))
            {
              g_autofree char *message = g_strdup ((*error)->message);
              g_clear_error (error);
              return row_error (error, table->name, r, NULL, message);
            }
          if (sqlite3_changes (trygg_database_get_handle (import->db)) == 0)
            import->summary.kept++;
          else
            {
              if (existing_id == 0)
                import->summary.added++;
              else
                import->summary.updated++;
              g_array_append_val (written, r);
            }
        }

      if (++import->done % 512 == 0)
        {
          if (g_cancellable_set_error_if_cancelled (import->cancellable, error))
            return FALSE;
          if (import->progress != NULL)
            import->progress ((double) import->done / MAX (import->total, 1), import->user_data);
        }
    }

  /* references to rows of the same table that came later in the file */
  for (guint c = 0; c < table->columns->len; c++)
    {
      Column *column = g_ptr_array_index (table->columns, c);
      g_autofree char *sql = NULL;

      if (g_strcmp0 (column->references, table->name) != 0)
        continue;
      {
        GString *t = g_string_new ("UPDATE \"@T@\" SET \"@C@\" = "
                                   "(SELECT id FROM \"@T@\" WHERE uuid = ?1) WHERE uuid = ?2 "
                                   "AND \"@C@\" IS NOT (SELECT id FROM \"@T@\" WHERE uuid = ?1)");
        g_string_replace (t, "@T@", table->name, 0);
        g_string_replace (t, "@C@", column->name, 0);
        sql = g_string_free (t, FALSE);
      }
      for (guint i = 0; i < written->len; i++)
        {
          guint index = g_array_index (written, guint, i);
          JsonObject *row = json_array_get_object_element (array, index);
          JsonNode *node = json_object_get_member (row, column->name);
          sqlite3_stmt *stmt;

          if (node == NULL || JSON_NODE_HOLDS_NULL (node))
            continue;
          stmt = trygg_database_prepare_cached (import->db, sql, error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_text (stmt, 1, json_node_get_string (node), -1, SQLITE_TRANSIENT);
          sqlite3_bind_text (stmt, 2, json_object_get_string_member (row, "uuid"), -1,
                             SQLITE_TRANSIENT);
          if (!trygg_database_step_done (import->db, stmt, error))
            return FALSE;
        }
    }
  return TRUE;
}

/* Writing the search index row by row is most of an import's time. Inside the import's
 * transaction the search triggers of the imported tables are dropped and those tables'
 * index entries removed; trygg_database_regenerate_triggers() then indexes them anew with
 * one statement per table and restores the triggers. A rollback restores everything. */
static gboolean
pause_search_index (Import  *import,
                    GError **error)
{
  g_autoptr(sqlite3_stmt) sources = trygg_database_prepare (import->db,
      "SELECT tbl FROM search_source", error);
  g_autoptr(GString) sql = g_string_new (NULL);

  if (sources == NULL)
    return FALSE;
  while (sqlite3_step (sources) == SQLITE_ROW)
    {
      const char *table = (const char *) sqlite3_column_text (sources, 0);
      if (!json_object_has_member (import->file_tables, table))
        continue;
      g_string_append_printf (sql,
          "DROP TRIGGER IF EXISTS \"search_%s_insert\";"
          "DROP TRIGGER IF EXISTS \"search_%s_update\";"
          "DROP TRIGGER IF EXISTS \"search_%s_delete\";"
          "DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_doc WHERE tbl = '%s');"
          "DELETE FROM search_doc WHERE tbl = '%s';",
          table, table, table, table, table);
    }
  return sql->len == 0 || trygg_database_exec (import->db, sql->str, error);
}

/* Checks the whole file, then merges it in one transaction. */
static gboolean
import_root (TryggDatabase       *db,
             JsonNode            *root,
             TryggImportSummary  *summary,
             GCancellable        *cancellable,
             TryggProgressFunc    progress,
             gpointer             user_data,
             GError             **error)
{
  g_autoptr(GHashTable) file_uuids = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                            (GDestroyNotify) g_hash_table_unref);
  g_autoptr(GPtrArray) tables = read_tables (db);
  Import import = { db, tables, NULL, file_uuids, { 0, 0, 0 }, cancellable, progress, user_data,
                    0, 0 };

  /* json-glib parses an empty or blank file without error, to no root at all */
  if (root == NULL)
    {
      g_set_error (error, TRYGG_EXCHANGE_ERROR, TRYGG_EXCHANGE_ERROR_MALFORMED,
                   _("The file is empty."));
      return FALSE;
    }
  if (!validate (&import, root, error))
    return FALSE;
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  /* a big transaction: keep its pages in memory rather than spill them to disk */
  trygg_database_exec (db, "PRAGMA cache_size = -131072", NULL);
  if (!trygg_database_begin (db, error))
    goto out;
  if (!trygg_database_exec (db, "PRAGMA defer_foreign_keys = ON", error) ||
      !pause_search_index (&import, error))
    goto fail;
  for (guint i = 0; i < tables->len; i++)
    {
      Table *table = g_ptr_array_index (tables, i);
      if (json_object_has_member (import.file_tables, table->name) &&
          !merge_table (&import, table, error))
        goto fail;
    }
  /* the triggers come back, and the index is rebuilt for the imported tables in one go */
  if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
      !trygg_database_regenerate_triggers (db, error) ||
      !trygg_database_commit (db, error))
    goto fail;
  trygg_database_exec (db, "PRAGMA cache_size = -2000", NULL);
  if (summary != NULL)
    *summary = import.summary;
  if (progress != NULL)
    progress (1.0, user_data);
  return TRUE;

fail:
  trygg_database_rollback (db);
out:
  trygg_database_exec (db, "PRAGMA cache_size = -2000", NULL);
  return FALSE;
}

static gboolean
parse_error (GError  *local_error,
             GError **error)
{
  if (local_error->domain == JSON_PARSER_ERROR)
    {
      g_set_error (error, TRYGG_EXCHANGE_ERROR, TRYGG_EXCHANGE_ERROR_MALFORMED,
                   _("The file is not valid JSON, or it is cut short: %s"), local_error->message);
      g_error_free (local_error);
    }
  else
    g_propagate_error (error, local_error);
  return FALSE;
}

/**
 * trygg_exchange_import_file:
 * @summary: (out) (optional): how many rows were added, updated and kept
 *
 * Merges @path into the database by uuid, in one transaction. A malformed, truncated,
 * wrong-format, newer or inconsistent file is refused with an error that names the table,
 * row and field (or the line and column of the JSON), and nothing is written.
 */
gboolean
trygg_exchange_import_file (TryggDatabase       *db,
                            const char          *path,
                            TryggImportSummary  *summary,
                            GCancellable        *cancellable,
                            TryggProgressFunc    progress,
                            gpointer             user_data,
                            GError             **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  GError *local_error = NULL;

  if (!json_parser_load_from_mapped_file (parser, path, &local_error))
    return parse_error (local_error, error);
  return import_root (db, json_parser_get_root (parser), summary, cancellable, progress,
                      user_data, error);
}

/* The same from a GResource, e.g. a part of the demo municipality. */
gboolean
trygg_exchange_import_resource (TryggDatabase       *db,
                                const char          *resource_path,
                                TryggImportSummary  *summary,
                                GError             **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GBytes) bytes = g_resources_lookup_data (resource_path, 0, error);
  GError *local_error = NULL;

  if (bytes == NULL)
    return FALSE;
  if (!json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL),
                                   g_bytes_get_size (bytes), &local_error))
    return parse_error (local_error, error);
  return import_root (db, json_parser_get_root (parser), summary, NULL, NULL, NULL, error);
}

/* "12 added, 3 updated, 40 kept", for the command line and the window. */
char *
trygg_import_summary_describe (const TryggImportSummary *summary)
{
  g_autofree char *added = g_strdup_printf ("%" G_GINT64_FORMAT, summary->added);
  g_autofree char *updated = g_strdup_printf ("%" G_GINT64_FORMAT, summary->updated);
  g_autofree char *kept = g_strdup_printf ("%" G_GINT64_FORMAT, summary->kept);

  /* Translators: the numbers of rows an import added, updated and kept */
  return g_strdup_printf (_("%s added, %s updated, %s kept"), added, updated, kept);
}
