/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "trygg-ui.h"
#include "risk-model.h"

G_BEGIN_DECLS

typedef enum {
  TRYGG_RISK_HEATMAP_INITIAL,
  TRYGG_RISK_HEATMAP_RESIDUAL,
  TRYGG_RISK_HEATMAP_BOTH,
} TryggRiskHeatmapView;

/* The probability × consequence matrix of one analysis, drawn with GtkSnapshot: cells
 * coloured by band with their names, counts and the risks as numbered chips that can be
 * dragged or moved with the arrow keys; an accessible grid. */
#define TRYGG_TYPE_RISK_HEATMAP (trygg_risk_heatmap_get_type ())
G_DECLARE_FINAL_TYPE (TryggRiskHeatmap, trygg_risk_heatmap, TRYGG, RISK_HEATMAP, GtkWidget)

GtkWidget *trygg_risk_heatmap_new          (TryggDatabase        *db);
/* 0 for none; reloads when the database changes */
void       trygg_risk_heatmap_set_analysis (TryggRiskHeatmap     *self,
                                            gint64                analysis_id);
void       trygg_risk_heatmap_set_view     (TryggRiskHeatmap     *self,
                                            TryggRiskHeatmapView  view);
/* workshop mode: big type and chips for a projector */
void       trygg_risk_heatmap_set_large    (TryggRiskHeatmap     *self,
                                            gboolean              large);
void       trygg_risk_heatmap_set_high_contrast (TryggRiskHeatmap *self,
                                            gboolean              high_contrast);
/* the cell the list is filtered by, 0/0 for none; emits "filter-changed" */
void       trygg_risk_heatmap_get_filter   (TryggRiskHeatmap     *self,
                                            int                  *probability,
                                            int                  *consequence);
void       trygg_risk_heatmap_clear_filter (TryggRiskHeatmap     *self);
void       trygg_risk_heatmap_select_risk  (TryggRiskHeatmap     *self,
                                            gint64                risk_id);
/* "risk-activated" (gint64 risk_id) on Enter or double click on a chip */

G_END_DECLS
