/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define TRYGG_TYPE_ACTIONPLAN_BOARD (trygg_actionplan_board_get_type ())
G_DECLARE_FINAL_TYPE (TryggActionplanBoard, trygg_actionplan_board, TRYGG, ACTIONPLAN_BOARD,
                      GtkWidget)

GtkWidget *trygg_actionplan_board_new       (void);
void       trygg_actionplan_board_set_model (TryggActionplanBoard *self,
                                             GtkSingleSelection   *selection);
void       trygg_actionplan_board_set_year  (TryggActionplanBoard *self,
                                             int                   year);
GtkWidget *trygg_actionplan_board_get_card  (TryggActionplanBoard *self,
                                             gpointer              item,
                                             guint                 quarter);

G_END_DECLS
