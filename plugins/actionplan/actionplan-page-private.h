/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The instance of TryggActionplanPage, shared by actionplan-page.c (views, selection,
 * reloading) and actionplan-page-actions.c (what the buttons and shortcuts do).
 */
#pragma once

#include "actionplan-board.h"
#include "actionplan-detail.h"
#include "actionplan-page.h"

G_BEGIN_DECLS

struct _TryggActionplanPage
{
  GtkWidget             parent_instance;

  GtkWidget            *box;
  GtkLabel             *year_label;
  GtkWidget            *previous_button;
  GtkWidget            *next_button;
  GtkStack             *content_stack;
  AdwFlap              *flap;
  AdwViewStack         *view_stack;
  TryggActionplanBoard *board;
  GtkColumnView        *column_view;
  TryggActionplanDetail *detail;
  AdwStatusPage        *empty_page;

  TryggDatabase        *db;
  GListStore           *store;
  GtkSingleSelection   *selection;
  GtkNativeDialog      *chooser;
  int                   year;
  gulong                changed_id;
  guint                 reload_source;
  gboolean              reloading;
  gint64                undo_first;
  gint64                undo_last;
  gint64                undo_id;
};

void  trygg_actionplan_page_toast           (TryggActionplanPage *self,
                                             AdwToast            *toast);
void  trygg_actionplan_page_show_error      (TryggActionplanPage *self,
                                             const GError        *error);
guint trygg_actionplan_page_find_item       (TryggActionplanPage *self,
                                             gint64               id);
void  trygg_actionplan_page_update_actions  (TryggActionplanPage *self);
void  trygg_actionplan_page_install_actions (GtkWidgetClass      *widget_class);

G_END_DECLS
