/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define TRYGG_TYPE_ACTIONPLAN_STATUS_BADGE (trygg_actionplan_status_badge_get_type ())
G_DECLARE_FINAL_TYPE (TryggActionplanStatusBadge, trygg_actionplan_status_badge,
                      TRYGG, ACTIONPLAN_STATUS_BADGE, GtkWidget)

GtkWidget *trygg_actionplan_status_badge_new        (const char                 *status,
                                                     gboolean                    late);
void       trygg_actionplan_status_badge_set_status (TryggActionplanStatusBadge *self,
                                                     const char                 *status);
void       trygg_actionplan_status_badge_set_late   (TryggActionplanStatusBadge *self,
                                                     gboolean                    late);
void       trygg_actionplan_status_badge_set_stacked (TryggActionplanStatusBadge *self,
                                                      gboolean                    stacked);
void       trygg_actionplan_load_css                (void);

G_END_DECLS
