/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "trygg-entity.h"

G_BEGIN_DECLS

#define TRYGG_TYPE_ENTITY_LIST (trygg_entity_list_get_type ())
G_DECLARE_FINAL_TYPE (TryggEntityList, trygg_entity_list, TRYGG, ENTITY_LIST, GObject)

TryggEntityList *trygg_entity_list_new        (TryggDatabase      *db,
                                               GType               entity_type,
                                               const char         *order_by);
void             trygg_entity_list_set_filter (TryggEntityList    *self,
                                               const char         *where_sql,
                                               const char * const *params);
void             trygg_entity_list_reload     (TryggEntityList    *self);
guint            trygg_entity_list_find       (TryggEntityList    *self,
                                               gint64              id);
TryggDatabase   *trygg_entity_list_get_database (TryggEntityList  *self);

G_END_DECLS
