/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define TRYGG_TYPE_ACTIONPLAN_ITEM (trygg_actionplan_item_get_type ())
G_DECLARE_FINAL_TYPE (TryggActionplanItem, trygg_actionplan_item, TRYGG, ACTIONPLAN_ITEM, GObject)

TryggActionplanItem *trygg_actionplan_item_new                  (int                  year);
gint64               trygg_actionplan_item_get_id               (TryggActionplanItem *self);
const char          *trygg_actionplan_item_get_uuid             (TryggActionplanItem *self);
gint64               trygg_actionplan_item_get_action_id        (TryggActionplanItem *self);
int                  trygg_actionplan_item_get_year             (TryggActionplanItem *self);
guint                trygg_actionplan_item_get_quarters         (TryggActionplanItem *self);
const char          *trygg_actionplan_item_get_area             (TryggActionplanItem *self);
const char          *trygg_actionplan_item_get_title            (TryggActionplanItem *self);
const char          *trygg_actionplan_item_get_description      (TryggActionplanItem *self);
const char          *trygg_actionplan_item_get_plan_status      (TryggActionplanItem *self);
const char          *trygg_actionplan_item_get_status_comment   (TryggActionplanItem *self);
gint64               trygg_actionplan_item_get_responsible_id   (TryggActionplanItem *self);
const char          *trygg_actionplan_item_get_responsible_name (TryggActionplanItem *self);
gboolean             trygg_actionplan_item_get_late             (TryggActionplanItem *self);

void                 trygg_actionplan_item_set_ids              (TryggActionplanItem *self,
                                                                 gint64               id,
                                                                 gint64               action_id);
void                 trygg_actionplan_item_update_from          (TryggActionplanItem *self,
                                                                 TryggActionplanItem *other);

G_END_DECLS
