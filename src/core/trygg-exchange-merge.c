/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Merging a checked file by uuid in one transaction: a new row is added, a row whose copy
 * in the file has a newer updated_at is updated, any other is kept. A table that was empty
 * gets its rows in one statement; the search index is rebuilt once at the end.
 */
#define G_LOG_DOMAIN "trygg-exchange"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "trygg-exchange-private.h"

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
              return trygg_exchange_row_error (error, table->name, r, NULL, message);
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
  g_autoptr(GPtrArray) tables = trygg_exchange_read_tables (db);
  Import import = { db, tables, NULL, file_uuids, { 0, 0, 0 }, cancellable, progress, user_data,
                    0, 0 };

  /* json-glib parses an empty or blank file without error, to no root at all */
  if (root == NULL)
    {
      g_set_error (error, TRYGG_EXCHANGE_ERROR, TRYGG_EXCHANGE_ERROR_MALFORMED,
                   _("The file is empty."));
      return FALSE;
    }
  if (!trygg_exchange_validate (&import, root, error))
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
