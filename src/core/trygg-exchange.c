/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The JSON exchange: one format for core and every plugin, written and read by code that
 * reads the schema (docs/exchange-format.md). This file writes; trygg-exchange-check.c and
 * trygg-exchange-merge.c read; trygg-exchange-schema.c reads the schema for both.
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

#include "trygg-exchange-private.h"

G_DEFINE_QUARK (trygg-exchange-error-quark, trygg_exchange_error)

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
  tables = trygg_exchange_read_tables (db);
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
