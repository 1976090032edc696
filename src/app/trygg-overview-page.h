/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "trygg-core.h"
#include "trygg-plugins.h"

G_BEGIN_DECLS

#define TRYGG_TYPE_OVERVIEW_PAGE (trygg_overview_page_get_type ())
G_DECLARE_FINAL_TYPE (TryggOverviewPage, trygg_overview_page, TRYGG, OVERVIEW_PAGE, GtkWidget)

GtkWidget *trygg_overview_page_new (TryggDatabase *db,
                                    TryggPlugins  *plugins);

G_END_DECLS
