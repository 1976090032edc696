/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "trygg-plugins.h"
#include "trygg-ui.h"

G_BEGIN_DECLS

/**
 * TryggRegisterKind:
 * @entity_type: the kind of row, e.g. trygg_asset_get_type
 * @order_by: SQL order of the list
 * @fields: the detail form
 * @subtitle: (nullable): the second line of a list row, newly allocated
 * @new_title: the title a new row gets (N_())
 * @add_label, @delete_label: tooltips and accessible names of the buttons (N_())
 * @filter_label: placeholder of the filter entry (N_())
 * @empty_title, @empty_description, @empty_icon: the empty state (N_())
 * @deleted_message: the toast after a delete, with one %s for the title (N_())
 *
 * What a list + detail page of one register shows.
 */
typedef struct {
  GType              (*entity_type) (void);
  const char          *order_by;
  const TryggField    *fields;
  char              *(*subtitle) (TryggEntity *entity, TryggDatabase *db);
  const char          *new_title;
  const char          *add_label;
  const char          *delete_label;
  const char          *filter_label;
  const char          *empty_title;
  const char          *empty_description;
  const char          *empty_icon;
  const char          *deleted_message;
} TryggRegisterKind;

#define TRYGG_TYPE_REGISTER_PAGE (trygg_register_page_get_type ())
G_DECLARE_FINAL_TYPE (TryggRegisterPage, trygg_register_page, TRYGG, REGISTER_PAGE, GtkWidget)

GtkWidget       *trygg_register_page_new              (TryggDatabase           *db,
                                                       const TryggRegisterKind *kind);
void             trygg_register_page_add_filter       (TryggRegisterPage       *self,
                                                       GtkWidget               *widget);
void             trygg_register_page_set_extra_filter (TryggRegisterPage       *self,
                                                       const char              *where_sql,
                                                       const char * const      *params);
TryggEntityList *trygg_register_page_get_model        (TryggRegisterPage       *self);
gboolean         trygg_register_page_select_id        (TryggRegisterPage       *self,
                                                       gint64                   id);
TryggEntity     *trygg_register_page_get_selected     (TryggRegisterPage       *self);
const char      *trygg_register_page_get_table        (TryggRegisterPage       *self);
void             trygg_register_page_add_section      (TryggRegisterPage       *self,
                                                       GtkWidget               *section);
void             trygg_register_page_remove_section   (TryggRegisterPage       *self,
                                                       GtkWidget               *section);
void             trygg_register_page_watch_sections   (TryggRegisterPage       *self,
                                                       TryggPlugins            *plugins);

G_END_DECLS
