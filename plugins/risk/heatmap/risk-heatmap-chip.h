/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "risk-heatmap-data.h"

G_BEGIN_DECLS

/* A risk's chip in a heatmap cell, or the cell's "+N" chip, as a child widget: it takes the
 * keyboard focus and is the accessible button ("Risk 7"). It draws nothing. */
#define TRYGG_TYPE_RISK_HEATMAP_CHIP (trygg_risk_heatmap_chip_get_type ())
G_DECLARE_FINAL_TYPE (TryggRiskHeatmapChip, trygg_risk_heatmap_chip, TRYGG, RISK_HEATMAP_CHIP,
                      GtkWidget)

GtkWidget *trygg_risk_heatmap_chip_new      (void);
/* @risk: an index into the data, or -1 for the "+N" chip, whose @number is N;
 * @rect: where it sits in its cell */
void       trygg_risk_heatmap_chip_set      (TryggRiskHeatmapChip  *self,
                                             int                    risk,
                                             gint64                 risk_id,
                                             TryggRiskChipKind      kind,
                                             int                    number,
                                             const graphene_rect_t *rect);
int        trygg_risk_heatmap_chip_get_risk (TryggRiskHeatmapChip  *self);
gint64     trygg_risk_heatmap_chip_get_risk_id (TryggRiskHeatmapChip *self);
TryggRiskChipKind trygg_risk_heatmap_chip_get_kind (TryggRiskHeatmapChip *self);
gboolean   trygg_risk_heatmap_chip_is_more  (TryggRiskHeatmapChip  *self);
const graphene_rect_t *trygg_risk_heatmap_chip_get_rect (TryggRiskHeatmapChip *self);

G_END_DECLS
