/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What risk-heatmap.c (the widget: data, layout, children, drawing), risk-heatmap-api.c (its
 * public setters and getters) and risk-heatmap-input.c (mouse, keyboard, focus) share.
 */
#pragma once

#include "risk-heatmap.h"
#include "risk-heatmap-cell.h"
#include "risk-heatmap-chip.h"
#include "risk-heatmap-scene.h"

G_BEGIN_DECLS

struct _TryggRiskHeatmap
{
  GtkWidget              parent_instance;

  TryggDatabase         *db;
  gulong                 changed_id;
  guint                  reload_source;
  gint64                 analysis_id;
  TryggRiskHeatmapData  *data;
  TryggRiskHeatmapView   view;
  TryggRiskHeatmapScene  scene;

  GPtrArray             *cells;          /* TryggRiskHeatmapCell by cell index */
  gboolean               labels_dirty;
  int                    filter_cell;
  gint64                 selected_id;
  int                    selected_kind;  /* TryggRiskChipKind of the selected chip */
  int                    current_cell;   /* where the keyboard enters the grid */

  GtkRoot               *root;
  gulong                 focus_id;

  /* a drag of a chip */
  int                    drag_risk;
  int                    drag_kind;
  int                    drag_from;
  double                 drag_x;
  double                 drag_y;
  gboolean               drag_active;
};

enum {
  SIGNAL_FILTER_CHANGED,
  SIGNAL_RISK_ACTIVATED,
  SIGNAL_RISK_SELECTED,
  N_HEATMAP_SIGNALS
};

extern guint trygg_risk_heatmap_signals[N_HEATMAP_SIGNALS];

/* lays out again, updates the child widgets and keeps the keyboard focus on its risk */
void     trygg_risk_heatmap_sync          (TryggRiskHeatmap *self);
void     trygg_risk_heatmap_reload_now    (TryggRiskHeatmap *self);
void     trygg_risk_heatmap_set_filter_cell (TryggRiskHeatmap *self,
                                           int               cell);
/* @risk an index into the data, or -1 */
void     trygg_risk_heatmap_select        (TryggRiskHeatmap *self,
                                           int               risk,
                                           int               kind,
                                           gboolean          emit);
/* re-scores @risk (initial or residual scores by @kind) into @cell */
gboolean trygg_risk_heatmap_move_to       (TryggRiskHeatmap *self,
                                           int               risk,
                                           int               kind,
                                           int               cell);
/* (nullable): the chip of @risk of @kind, else any chip of @risk */
TryggRiskHeatmapChip *trygg_risk_heatmap_find_chip (TryggRiskHeatmap *self,
                                           int               risk,
                                           int               kind);

void     trygg_risk_heatmap_class_init_input (GtkWidgetClass *widget_class);
void     trygg_risk_heatmap_init_input    (TryggRiskHeatmap *self);
void     trygg_risk_heatmap_focus_changed (TryggRiskHeatmap *self);

G_END_DECLS
