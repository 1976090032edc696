/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include <sqlite3.h>

G_BEGIN_DECLS

#define TRYGG_DATABASE_ERROR (trygg_database_error_quark ())

typedef enum {
  TRYGG_DATABASE_ERROR_OPEN,
  TRYGG_DATABASE_ERROR_TOO_NEW,
  TRYGG_DATABASE_ERROR_MIGRATION,
  TRYGG_DATABASE_ERROR_CONSTRAINT,
  TRYGG_DATABASE_ERROR_FULL,
  TRYGG_DATABASE_ERROR_NOT_FOUND,
  TRYGG_DATABASE_ERROR_INVALID,
  TRYGG_DATABASE_ERROR_FAILED,
} TryggDatabaseError;

/**
 * TryggSchemaSource:
 * @component: "core" or a plugin's module name
 * @resource_dir: GResource folder holding the numbered scripts `001-….sql`, `002-….sql`, …
 *
 * Where a component keeps its migrations.
 */
typedef struct {
  const char *component;
  const char *resource_dir;
} TryggSchemaSource;

#define TRYGG_TYPE_DATABASE (trygg_database_get_type ())
G_DECLARE_FINAL_TYPE (TryggDatabase, trygg_database, TRYGG, DATABASE, GObject)

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

GQuark         trygg_database_error_quark        (void);
TryggDatabase *trygg_database_open               (const char              *path,
                                                  const TryggSchemaSource *plugins,
                                                  guint                    n_plugins,
                                                  GError                 **error);
gboolean       trygg_database_migrate_component  (TryggDatabase           *self,
                                                  const TryggSchemaSource *source,
                                                  GError                 **error);
const char    *trygg_database_get_path           (TryggDatabase           *self);
sqlite3       *trygg_database_get_handle         (TryggDatabase           *self);
int            trygg_database_get_schema_version (TryggDatabase           *self,
                                                  const char              *component);
int            trygg_database_count_scripts      (const char              *resource_dir);

gboolean       trygg_database_exec               (TryggDatabase           *self,
                                                  const char              *sql,
                                                  GError                 **error);
sqlite3_stmt  *trygg_database_prepare            (TryggDatabase           *self,
                                                  const char              *sql,
                                                  GError                 **error);
sqlite3_stmt  *trygg_database_prepare_cached     (TryggDatabase           *self,
                                                  const char              *sql,
                                                  GError                 **error);
gboolean       trygg_database_step_done          (TryggDatabase           *self,
                                                  sqlite3_stmt            *stmt,
                                                  GError                 **error);

gboolean       trygg_database_begin              (TryggDatabase           *self,
                                                  GError                 **error);
gboolean       trygg_database_commit             (TryggDatabase           *self,
                                                  GError                 **error);
void           trygg_database_rollback           (TryggDatabase           *self);
void           trygg_database_set_error          (TryggDatabase           *self,
                                                  GError                 **error);

void           trygg_database_notify_changed     (TryggDatabase           *self,
                                                  const char              *table);
gint64         trygg_database_last_change_id     (TryggDatabase           *self);
gboolean       trygg_database_revert_changes     (TryggDatabase           *self,
                                                  gint64                   first_change,
                                                  gint64                   last_change,
                                                  GError                 **error);
char          *trygg_database_now                (void);
GStrv          trygg_database_list_tables        (TryggDatabase           *self);
gint64         trygg_database_count_rows         (TryggDatabase           *self,
                                                  const char              *table);
gint64         trygg_database_lookup_id          (TryggDatabase           *self,
                                                  const char              *table,
                                                  const char              *uuid);

G_END_DECLS
