/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "trygg-ui.h"
#include "risk-heatmap.h"

G_BEGIN_DECLS

/* The "Heatmap" view: the heatmap, its view switch and the risks of the chosen cell. */
#define TRYGG_TYPE_RISK_HEATMAP_PANE (trygg_risk_heatmap_pane_get_type ())
G_DECLARE_FINAL_TYPE (TryggRiskHeatmapPane, trygg_risk_heatmap_pane, TRYGG, RISK_HEATMAP_PANE,
                      GtkWidget)

GtkWidget           *trygg_risk_heatmap_pane_new          (TryggDatabase        *db,
                                                           GListModel           *risks);
void                 trygg_risk_heatmap_pane_set_analysis (TryggRiskHeatmapPane *self,
                                                           gint64                analysis_id);
TryggRiskHeatmapView trygg_risk_heatmap_pane_get_view     (TryggRiskHeatmapPane *self);
TryggRiskHeatmap    *trygg_risk_heatmap_pane_get_heatmap  (TryggRiskHeatmapPane *self);
GListModel          *trygg_risk_heatmap_pane_get_shown    (TryggRiskHeatmapPane *self);
void                 trygg_risk_heatmap_pane_refilter     (TryggRiskHeatmapPane *self);

G_END_DECLS
