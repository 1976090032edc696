/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Triggers written once, for every table, by reading the schema.
 *
 * Every table that follows the conventions (it has a `uuid` column) gets three triggers that
 * write its inserts, updates and deletes to `change_log`, in the writing transaction. Tables
 * listed in `search_source` (by core and plugin migrations) get three more that keep the FTS5
 * table `search_index` current; `search_doc` maps an index rowid to the row's table and uuid.
 */
#define G_LOG_DOMAIN "trygg-database"

#include "config.h"

#include "trygg-database-private.h"

static const char * const internal_tables[] = {
  "schema_version", "change_log", "search_doc", "search_source", NULL
};

gboolean
trygg_database_is_internal_table (const char *table)
{
  return g_str_has_prefix (table, "sqlite_") ||
         g_str_has_prefix (table, "search_index") ||
         g_strv_contains (internal_tables, table);
}

static GStrv
list_columns (TryggDatabase *self,
              const char    *table)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(sqlite3_stmt) stmt = trygg_database_prepare (self,
      "SELECT name FROM pragma_table_info(?) ORDER BY cid", NULL);

  sqlite3_bind_text (stmt, 1, table, -1, SQLITE_TRANSIENT);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));
  return g_strv_builder_end (builder);
}

static char *
json_of (const char * const *columns,
         const char         *which)
{
  GString *s = g_string_new ("json_object(");

  for (guint i = 0; columns[i] != NULL; i++)
    g_string_append_printf (s, "%s'%s', %s.\"%s\"", i ? ", " : "", columns[i], which, columns[i]);
  g_string_append_c (s, ')');
  return g_string_free (s, FALSE);
}

static void
append_log_triggers (GString            *sql,
                     const char         *table,
                     const char * const *columns)
{
  g_autofree char *new_json = json_of (columns, "NEW");
  g_autofree char *old_json = json_of (columns, "OLD");
  static const char *ops[] = { "insert", "update", "delete" };

  for (guint i = 0; i < G_N_ELEMENTS (ops); i++)
    {
      g_autoptr(GString) t = g_string_new (
          "DROP TRIGGER IF EXISTS \"log_@T@_@OP@\";"
          "CREATE TRIGGER \"log_@T@_@OP@\" AFTER @EVENT@ ON \"@T@\" BEGIN "
          "INSERT INTO change_log (time, os_user, table_name, row_uuid, operation, "
          "old_values, new_values) VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), "
          "trygg_os_user(), '@T@', @ROW@.uuid, '@OP@', @OLD@, @NEW@); END;");
      g_string_replace (t, "@T@", table, 0);
      g_string_replace (t, "@OP@", ops[i], 0);
      g_string_replace (t, "@EVENT@", i == 0 ? "INSERT" : i == 1 ? "UPDATE" : "DELETE", 0);
      g_string_replace (t, "@ROW@", i == 2 ? "OLD" : "NEW", 0);
      g_string_replace (t, "@OLD@", i == 0 ? "NULL" : old_json, 0);
      g_string_replace (t, "@NEW@", i == 2 ? "NULL" : new_json, 0);
      g_string_append (sql, t->str);
    }
}

/* `coalesce(NEW.a, '') || ' ' || coalesce(NEW.b, '')` for a comma-separated column list */
static char *
text_of (const char *columns,
         const char *which)
{
  g_auto(GStrv) names = g_strsplit (columns != NULL ? columns : "", ",", -1);
  GString *s = g_string_new (NULL);

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_strstrip (names[i]);
      if (*names[i] == '\0')
        continue;
      g_string_append_printf (s, "%scoalesce(%s.\"%s\", '')", s->len ? " || ' ' || " : "",
                              which, names[i]);
    }
  if (s->len == 0)
    g_string_append (s, "''");
  return g_string_free (s, FALSE);
}

static void
append_search_triggers (GString    *sql,
                        const char *table,
                        const char *kind,
                        const char *title_column,
                        const char *body_columns)
{
  g_autofree char *title = text_of (title_column, "NEW");
  g_autofree char *body = text_of (body_columns, "NEW");
  g_autofree char *plain_title = text_of (title_column, "t");
  g_autofree char *plain_body = text_of (body_columns, "t");

  g_autoptr(GString) t = g_string_new (
      "DROP TRIGGER IF EXISTS \"search_@T@_insert\";"
      "CREATE TRIGGER \"search_@T@_insert\" AFTER INSERT ON \"@T@\" BEGIN "
      "INSERT INTO search_doc (tbl, uuid, kind) VALUES ('@T@', NEW.uuid, '@K@'); "
      "INSERT INTO search_index (rowid, title, body) VALUES "
      "((SELECT id FROM search_doc WHERE uuid = NEW.uuid), @TITLE@, @BODY@); END;"
      "DROP TRIGGER IF EXISTS \"search_@T@_update\";"
      "CREATE TRIGGER \"search_@T@_update\" AFTER UPDATE ON \"@T@\" BEGIN "
      "UPDATE search_index SET title = @TITLE@, body = @BODY@ "
      "WHERE rowid = (SELECT id FROM search_doc WHERE uuid = NEW.uuid); END;"
      "DROP TRIGGER IF EXISTS \"search_@T@_delete\";"
      "CREATE TRIGGER \"search_@T@_delete\" AFTER DELETE ON \"@T@\" BEGIN "
      "DELETE FROM search_index WHERE rowid = (SELECT id FROM search_doc WHERE uuid = OLD.uuid); "
      "DELETE FROM search_doc WHERE uuid = OLD.uuid; END;"
      /* rows that were there before the table became searchable */
      "INSERT INTO search_doc (tbl, uuid, kind) SELECT '@T@', uuid, '@K@' FROM \"@T@\" "
      "WHERE uuid NOT IN (SELECT uuid FROM search_doc);"
      "INSERT INTO search_index (rowid, title, body) SELECT d.id, @PTITLE@, @PBODY@ "
      "FROM \"@T@\" t JOIN search_doc d ON d.uuid = t.uuid "
      "WHERE d.id NOT IN (SELECT rowid FROM search_index);");

  /* the column expressions go in last: they hold no placeholders of ours */
  g_string_replace (t, "@T@", table, 0);
  g_string_replace (t, "@K@", kind, 0);
  g_string_replace (t, "@TITLE@", title, 0);
  g_string_replace (t, "@BODY@", body, 0);
  g_string_replace (t, "@PTITLE@", plain_title, 0);
  g_string_replace (t, "@PBODY@", plain_body, 0);
  g_string_append (sql, t->str);
}

gboolean
trygg_database_regenerate_triggers (TryggDatabase  *self,
                                    GError        **error)
{
  g_auto(GStrv) tables = trygg_database_list_tables (self);
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(sqlite3_stmt) sources = NULL;

  for (guint i = 0; tables[i] != NULL; i++)
    {
      g_auto(GStrv) columns = list_columns (self, tables[i]);
      append_log_triggers (sql, tables[i], (const char * const *) columns);
    }

  sources = trygg_database_prepare (self, "SELECT tbl, kind, title_column, body_columns "
                                    "FROM search_source", error);
  if (sources == NULL)
    return FALSE;
  while (sqlite3_step (sources) == SQLITE_ROW)
    append_search_triggers (sql,
                            (const char *) sqlite3_column_text (sources, 0),
                            (const char *) sqlite3_column_text (sources, 1),
                            (const char *) sqlite3_column_text (sources, 2),
                            (const char *) sqlite3_column_text (sources, 3));

  return trygg_database_exec (self, sql->str, error);
}
