/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "trygg-database.h"

G_BEGIN_DECLS

#define TRYGG_TYPE_ENTITY (trygg_entity_get_type ())
G_DECLARE_DERIVABLE_TYPE (TryggEntity, trygg_entity, TRYGG, ENTITY, GObject)

/**
 * TryggEntityClass:
 * @table: the SQL table the rows live in
 * @title_property: the property that names a row for people (e.g. "name")
 *
 * A row of a table that follows the conventions. Subclasses install one property per column
 * with trygg_entity_class_install_column(); the column is the property name with '-' → '_'.
 * Strings map to TEXT (%NULL to NULL), gint64 foreign keys to INTEGER (0 to NULL), booleans
 * and ints to INTEGER.
 */
struct _TryggEntityClass
{
  GObjectClass parent_class;

  const char *table;
  const char *title_property;

  gpointer padding[8];
};

void         trygg_entity_class_install_column (TryggEntityClass  *klass,
                                                GParamSpec        *pspec);
void         trygg_entity_class_add_string     (TryggEntityClass  *klass,
                                                const char        *name,
                                                const char        *default_value);
void         trygg_entity_class_add_reference  (TryggEntityClass  *klass,
                                                const char        *name);
void         trygg_entity_class_add_boolean    (TryggEntityClass  *klass,
                                                const char        *name);

gint64       trygg_entity_get_id               (TryggEntity       *self);
const char  *trygg_entity_get_uuid             (TryggEntity       *self);
const char  *trygg_entity_get_created_at       (TryggEntity       *self);
const char  *trygg_entity_get_updated_at       (TryggEntity       *self);
const char  *trygg_entity_get_title            (TryggEntity       *self);
const char  *trygg_entity_get_table            (TryggEntity       *self);
const char  *trygg_entity_get_string           (TryggEntity       *self,
                                                const char        *property);
gint64       trygg_entity_get_int64            (TryggEntity       *self,
                                                const char        *property);

TryggEntity *trygg_entity_load                 (TryggDatabase     *db,
                                                GType              type,
                                                gint64             id,
                                                GError           **error);
TryggEntity *trygg_entity_load_by_uuid         (TryggDatabase     *db,
                                                GType              type,
                                                const char        *uuid,
                                                GError           **error);
TryggEntity *trygg_entity_new_from_statement   (GType              type,
                                                sqlite3_stmt      *stmt);
gboolean     trygg_entity_write                (TryggEntity       *self,
                                                TryggDatabase     *db,
                                                GError           **error);
gboolean     trygg_entity_save                 (TryggEntity       *self,
                                                TryggDatabase     *db,
                                                GError           **error);
gboolean     trygg_entity_delete               (TryggEntity       *self,
                                                TryggDatabase     *db,
                                                gint64            *first_change,
                                                gint64            *last_change,
                                                GError           **error);
gboolean     trygg_entity_reload               (TryggEntity       *self,
                                                TryggDatabase     *db,
                                                GError           **error);

G_END_DECLS
