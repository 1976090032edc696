/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "trygg-ui.h"
#include "classification-model.h"

G_BEGIN_DECLS

GtkWidget *trygg_classification_card_new (TryggDatabase *db);

G_END_DECLS
