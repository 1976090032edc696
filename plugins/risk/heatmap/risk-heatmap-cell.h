/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "risk-heatmap-data.h"

G_BEGIN_DECLS

/* One cell of the heatmap as a child widget: it takes the keyboard focus and is the
 * accessible grid cell ("Probability 3, consequence 4, High: risks 2 and 7"); its chips are
 * its children. It draws nothing: the heatmap draws the picture. */
#define TRYGG_TYPE_RISK_HEATMAP_CELL (trygg_risk_heatmap_cell_get_type ())
G_DECLARE_FINAL_TYPE (TryggRiskHeatmapCell, trygg_risk_heatmap_cell, TRYGG, RISK_HEATMAP_CELL,
                      GtkWidget)

GtkWidget *trygg_risk_heatmap_cell_new       (int                         index);
int        trygg_risk_heatmap_cell_get_index (TryggRiskHeatmapCell       *self);
/* the accessible name, description and place in the grid, after the data or view changed */
void       trygg_risk_heatmap_cell_update    (TryggRiskHeatmapCell       *self,
                                              const TryggRiskHeatmapData *data,
                                              TryggRiskHeatmapView        view,
                                              gboolean                    filtered);
/* (transfer none): the cell's chips in slot order, the "+N" chip last */
GPtrArray *trygg_risk_heatmap_cell_get_chips (TryggRiskHeatmapCell       *self);
/* keeps @n chips, making or removing some */
void       trygg_risk_heatmap_cell_set_n_chips (TryggRiskHeatmapCell     *self,
                                              guint                       n);

G_END_DECLS
