/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "trygg-core.h"

G_BEGIN_DECLS

#define TRYGG_TYPE_ACTIONS_PAGE (trygg_actions_page_get_type ())
G_DECLARE_FINAL_TYPE (TryggActionsPage, trygg_actions_page, TRYGG, ACTIONS_PAGE, GtkWidget)

GtkWidget *trygg_actions_page_new        (TryggDatabase    *db,
                                          GPtrArray        *plugins);
void       trygg_actions_page_set_filter (TryggActionsPage *self,
                                          const char       *show,
                                          const char       *status,
                                          const char       *source);

GtkWidget *trygg_actions_page_get_register (TryggActionsPage *self);

G_END_DECLS
