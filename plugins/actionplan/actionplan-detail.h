/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "trygg-core.h"
#include "actionplan-item.h"

G_BEGIN_DECLS

#define TRYGG_TYPE_ACTIONPLAN_DETAIL (trygg_actionplan_detail_get_type ())
G_DECLARE_FINAL_TYPE (TryggActionplanDetail, trygg_actionplan_detail, TRYGG, ACTIONPLAN_DETAIL,
                      GtkWidget)

void                 trygg_actionplan_detail_set_database (TryggActionplanDetail *self,
                                                           TryggDatabase         *db);
void                 trygg_actionplan_detail_set_item     (TryggActionplanDetail *self,
                                                           TryggActionplanItem   *item);
TryggActionplanItem *trygg_actionplan_detail_get_item     (TryggActionplanDetail *self);
gboolean             trygg_actionplan_detail_flush        (TryggActionplanDetail *self);
void                 trygg_actionplan_detail_focus_title  (TryggActionplanDetail *self);

G_END_DECLS
