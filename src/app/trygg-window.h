/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "trygg-application.h"

G_BEGIN_DECLS

#define TRYGG_TYPE_WINDOW (trygg_window_get_type ())
G_DECLARE_FINAL_TYPE (TryggWindow, trygg_window, TRYGG, WINDOW, AdwApplicationWindow)

TryggWindow *trygg_window_new            (TryggApplication *app);
gboolean     trygg_window_show_page      (TryggWindow      *self,
                                          const char       *page_id);
const char  *trygg_window_get_page_id    (TryggWindow      *self);
GtkWidget   *trygg_window_get_page       (TryggWindow      *self,
                                          const char       *page_id);
gboolean     trygg_window_open_row       (TryggWindow      *self,
                                          const char       *table,
                                          const char       *kind,
                                          const char       *uuid);
void         trygg_window_add_toast      (TryggWindow      *self,
                                          AdwToast         *toast);

G_END_DECLS
