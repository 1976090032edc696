/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What trygg-register-page.c and trygg-register-page-sections.c share.
 */
#pragma once

#include "trygg-register-page.h"

G_BEGIN_DECLS

struct _TryggRegisterPage
{
  GtkWidget                parent_instance;

  AdwLeaflet              *leaflet;
  GtkBox                  *filter_box;
  GtkSearchEntry          *search_entry;
  GtkButton               *add_button;
  GtkStack                *list_stack;
  GtkListView             *list_view;
  AdwStatusPage           *empty_page;
  GtkStack                *detail_stack;
  AdwStatusPage           *none_page;
  GtkBox                  *detail_box;
  GtkLabel                *detail_title;
  GtkButton               *delete_button;
  TryggForm               *form;

  TryggDatabase           *db;
  const TryggRegisterKind *kind;
  TryggEntityList         *model;
  GtkSingleSelection      *selection;
  char                    *extra_where;
  GStrv                    extra_params;
  gulong                   title_notify;
  gint64                   undo_first, undo_last, undo_id;
  GPtrArray               *sections;
  TryggPlugins            *plugins;
  gpointer                 section_watch;
};

void trygg_register_page_update_sections (TryggRegisterPage *self,
                                          TryggEntity       *entity);

G_END_DECLS
