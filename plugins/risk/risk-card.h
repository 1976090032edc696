/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "trygg-ui.h"
#include "risk-model.h"

G_BEGIN_DECLS

GtkWidget *trygg_risk_card_new (TryggDatabase *db);

G_END_DECLS
