/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the parts of the exchange share: the schema as read from SQLite, and the state of
 * one import while it is checked and merged.
 */
#pragma once

#include <json-glib/json-glib.h>

#include "trygg-database-private.h"
#include "trygg-exchange.h"

G_BEGIN_DECLS

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


void       trygg_exchange_column_free  (Column         *column);
void       trygg_exchange_table_free   (Table          *table);
Column    *trygg_exchange_table_column (Table          *table,
                                        const char     *name);
GPtrArray *trygg_exchange_read_tables  (TryggDatabase  *db);
gboolean   trygg_exchange_row_error    (GError        **error,
                                        const char     *table,
                                        guint           row,
                                        const char     *field,
                                        const char     *message);
gboolean   trygg_exchange_validate     (Import         *import,
                                        JsonNode       *root,
                                        GError        **error);

G_END_DECLS
