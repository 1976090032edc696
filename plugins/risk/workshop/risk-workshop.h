/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "trygg-ui.h"
#include "risk-model.h"

G_BEGIN_DECLS

/* Workshop mode: the analysis full screen for a projector, with the quick-entry bar. */
#define TRYGG_TYPE_RISK_WORKSHOP (trygg_risk_workshop_get_type ())
G_DECLARE_FINAL_TYPE (TryggRiskWorkshop, trygg_risk_workshop, TRYGG, RISK_WORKSHOP, AdwWindow)

GtkWidget *trygg_risk_workshop_new (TryggDatabase *db,
                                    gint64         analysis_id);

G_END_DECLS
