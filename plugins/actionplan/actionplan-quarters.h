/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define TRYGG_TYPE_ACTIONPLAN_QUARTERS (trygg_actionplan_quarters_get_type ())
G_DECLARE_FINAL_TYPE (TryggActionplanQuarters, trygg_actionplan_quarters, TRYGG,
                      ACTIONPLAN_QUARTERS, GtkWidget)

GtkWidget *trygg_actionplan_quarters_new          (void);
guint      trygg_actionplan_quarters_get_quarters (TryggActionplanQuarters *self);
void       trygg_actionplan_quarters_set_quarters (TryggActionplanQuarters *self,
                                                   guint                    quarters);

G_END_DECLS
