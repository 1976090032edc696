/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "trygg-core.h"

G_BEGIN_DECLS

GtkWidget *trygg_actionplan_card_new (TryggDatabase *db);

G_END_DECLS
