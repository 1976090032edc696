/* SPDX-License-Identifier: GPL-3.0-or-later
 * STUB: replaced by its owner in this session. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "risk-heatmap.h"

struct _TryggRiskHeatmap { GtkWidget parent_instance; };
G_DEFINE_FINAL_TYPE (TryggRiskHeatmap, trygg_risk_heatmap, GTK_TYPE_WIDGET)
static void trygg_risk_heatmap_class_init (TryggRiskHeatmapClass *klass) {}
static void trygg_risk_heatmap_init (TryggRiskHeatmap *self) {}
GtkWidget *trygg_risk_heatmap_new (TryggDatabase *db) { return g_object_new (TRYGG_TYPE_RISK_HEATMAP, NULL); }
void trygg_risk_heatmap_set_analysis (TryggRiskHeatmap *self, gint64 analysis_id) {}
void trygg_risk_heatmap_set_view (TryggRiskHeatmap *self, TryggRiskHeatmapView view) {}
void trygg_risk_heatmap_set_large (TryggRiskHeatmap *self, gboolean large) {}
void trygg_risk_heatmap_set_high_contrast (TryggRiskHeatmap *self, gboolean high_contrast) {}
void trygg_risk_heatmap_get_filter (TryggRiskHeatmap *self, int *p, int *c) { *p = *c = 0; }
void trygg_risk_heatmap_clear_filter (TryggRiskHeatmap *self) {}
void trygg_risk_heatmap_select_risk (TryggRiskHeatmap *self, gint64 risk_id) {}
