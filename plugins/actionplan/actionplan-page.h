/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "trygg-core.h"

G_BEGIN_DECLS

#define TRYGG_TYPE_ACTIONPLAN_PAGE (trygg_actionplan_page_get_type ())
G_DECLARE_FINAL_TYPE (TryggActionplanPage, trygg_actionplan_page, TRYGG, ACTIONPLAN_PAGE, GtkWidget)

GtkWidget          *trygg_actionplan_page_new           (TryggDatabase       *db);
int                 trygg_actionplan_page_get_year      (TryggActionplanPage *self);
void                trygg_actionplan_page_set_year      (TryggActionplanPage *self,
                                                         int                  year);
GtkSingleSelection *trygg_actionplan_page_get_selection (TryggActionplanPage *self);
GtkWidget          *trygg_actionplan_page_get_board     (TryggActionplanPage *self);
GtkWidget          *trygg_actionplan_page_get_detail    (TryggActionplanPage *self);
void                trygg_actionplan_page_reload        (TryggActionplanPage *self);
gboolean            trygg_actionplan_page_select_uuid   (TryggActionplanPage *self,
                                                         const char          *uuid);

G_END_DECLS
