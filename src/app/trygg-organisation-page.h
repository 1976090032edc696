/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "trygg-core.h"

G_BEGIN_DECLS

GtkWidget *trygg_organisation_page_new  (TryggDatabase *db);
GtkWidget *trygg_organisation_page_show (GtkWidget     *page,
                                         const char    *part);

G_END_DECLS
