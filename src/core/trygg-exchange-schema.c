/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The schema as the exchange sees it, read with PRAGMA table_info, foreign_key_list and
 * index_list: every table that follows the conventions, in an order where referenced tables
 * come first.
 */
#define G_LOG_DOMAIN "trygg-exchange"

#include "config.h"

#include "trygg-exchange-private.h"

void
trygg_exchange_column_free (Column *column)
{
  g_free (column->name);
  g_free (column->references);
  g_free (column);
}

void
trygg_exchange_table_free (Table *table)
{
  g_free (table->name);
  g_ptr_array_unref (table->columns);
  g_ptr_array_unref (table->uniques);
  g_free (table);
}

Column *
trygg_exchange_table_column (Table      *table,
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
  table->columns = g_ptr_array_new_with_free_func ((GDestroyNotify) trygg_exchange_column_free);
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
      Column *column = trygg_exchange_table_column (table, (const char *) sqlite3_column_text (fks, 0));
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
GPtrArray *
trygg_exchange_read_tables (TryggDatabase *db)
{
  g_auto(GStrv) names = trygg_database_list_tables (db);
  g_autoptr(GPtrArray) pending = g_ptr_array_new ();
  GPtrArray *ordered = g_ptr_array_new_with_free_func ((GDestroyNotify) trygg_exchange_table_free);
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
  g_autoptr(GPtrArray) tables = trygg_exchange_read_tables (db);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < tables->len; i++)
    g_strv_builder_add (builder, ((Table *) g_ptr_array_index (tables, i))->name);
  return g_strv_builder_end (builder);
}
