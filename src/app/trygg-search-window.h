/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "trygg-plugins.h"
#include "trygg-window.h"

G_BEGIN_DECLS

#define TRYGG_TYPE_SEARCH_WINDOW (trygg_search_window_get_type ())
G_DECLARE_FINAL_TYPE (TryggSearchWindow, trygg_search_window, TRYGG, SEARCH_WINDOW, AdwWindow)

GtkWidget *trygg_search_window_new    (TryggWindow       *parent,
                                       TryggDatabase     *db,
                                       TryggPlugins      *plugins);
void       trygg_search_window_search (TryggSearchWindow *self,
                                       const char        *text);
guint      trygg_search_window_get_n_results (TryggSearchWindow *self);
gboolean   trygg_search_window_activate_first (TryggSearchWindow *self);

G_END_DECLS
