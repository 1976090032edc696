/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "trygg-ui.h"
#include "risk-model.h"
#include "risk-heatmap-data.h"

G_BEGIN_DECLS

/* TryggRiskHeatmapView (initial, residual, both) is in risk-heatmap-data.h. */

/* The probability × consequence matrix of one analysis, drawn with GtkSnapshot: cells
 * coloured by band with their names, counts and the risks as numbered chips that can be
 * dragged or moved with the arrow keys; an accessible grid.
 *
 * Orientation: consequence on the x axis (1 at the left), probability on the y axis (1 at
 * the bottom). Cells and chips are child widgets (roles grid cell and button) that carry the
 * focus and the accessible names; the heatmap draws them.
 *
 * Mouse: click a cell to filter by it (click again to clear), click a chip to select its
 * risk, double-click it to open it, drag it to another cell to re-score it (initial scores
 * in the initial view, residual ones in the residual view; in the both view the hollow
 * chip is the initial place, the solid one the residual).
 * Keyboard: arrow keys move between cells, Enter (or Tab) goes into a cell's chips, arrow
 * keys move between them, Ctrl+arrow moves the focused risk one cell, Enter opens it,
 * Escape goes back to the cell and, on a cell, clears the filter; Space filters by a cell.
 *
 * Signals:
 * - "filter-changed" (): the filter cell changed (trygg_risk_heatmap_get_filter())
 * - "risk-activated" (gint64 risk_id): Enter or double click on a chip
 * - "risk-selected" (gint64 risk_id): the user chose a chip (click or keyboard focus)
 */
#define TRYGG_TYPE_RISK_HEATMAP (trygg_risk_heatmap_get_type ())
G_DECLARE_FINAL_TYPE (TryggRiskHeatmap, trygg_risk_heatmap, TRYGG, RISK_HEATMAP, GtkWidget)

GtkWidget *trygg_risk_heatmap_new          (TryggDatabase        *db);
/* 0 for none; reloads when the database changes */
void       trygg_risk_heatmap_set_analysis (TryggRiskHeatmap     *self,
                                            gint64                analysis_id);
gint64     trygg_risk_heatmap_get_analysis (TryggRiskHeatmap     *self);
void       trygg_risk_heatmap_set_view     (TryggRiskHeatmap     *self,
                                            TryggRiskHeatmapView  view);
TryggRiskHeatmapView trygg_risk_heatmap_get_view (TryggRiskHeatmap *self);
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
/* whether a risk passes the filter: TRUE without one; else whether it sits in the filter
 * cell in the current view (initial view: initial scores; residual and both views: residual
 * scores, or initial ones while not assessed) */
gboolean   trygg_risk_heatmap_filter_includes (TryggRiskHeatmap  *self,
                                            gint64                risk_id);
void       trygg_risk_heatmap_select_risk  (TryggRiskHeatmap     *self,
                                            gint64                risk_id);
/* 0 for none */
gint64     trygg_risk_heatmap_get_selected_risk (TryggRiskHeatmap *self);
/* "risk-activated" (gint64 risk_id) on Enter or double click on a chip */

G_END_DECLS
