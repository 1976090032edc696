/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "trygg-ui.h"
#include "risk-workshop-item.h"

G_BEGIN_DECLS

/* The workshop's list beside the heatmap: each risk with its number, event, band and value,
 * and its measures as sub-lines; filtered by the heatmap's cell. */
#define TRYGG_TYPE_RISK_WORKSHOP_LIST (trygg_risk_workshop_list_get_type ())
G_DECLARE_FINAL_TYPE (TryggRiskWorkshopList, trygg_risk_workshop_list, TRYGG,
                      RISK_WORKSHOP_LIST, GtkWidget)

GtkWidget  *trygg_risk_workshop_list_new          (TryggDatabase         *db);
void        trygg_risk_workshop_list_set_analysis (TryggRiskWorkshopList *self,
                                                   gint64                 analysis_id);
/* a TryggRiskHeatmapView */
void        trygg_risk_workshop_list_set_view     (TryggRiskWorkshopList *self,
                                                   int                    view);
/* shows only the risks in that cell; 0/0 shows all */
void        trygg_risk_workshop_list_set_cell     (TryggRiskWorkshopList *self,
                                                   int                    probability,
                                                   int                    consequence);
/* (element-type TryggRiskWorkshopItem): every risk of the analysis, filtered or not */
GListModel *trygg_risk_workshop_list_get_items    (TryggRiskWorkshopList *self);
/* what the list shows now */
GListModel *trygg_risk_workshop_list_get_shown    (TryggRiskWorkshopList *self);
/* the chosen risk (property "selected-risk"), 0 for none */
gint64      trygg_risk_workshop_list_get_selected (TryggRiskWorkshopList *self);
TryggRiskWorkshopItem *trygg_risk_workshop_list_get_selected_item (TryggRiskWorkshopList *self);
/* chooses @risk_id and scrolls to it; %FALSE when it is not shown */
gboolean    trygg_risk_workshop_list_select       (TryggRiskWorkshopList *self,
                                                   gint64                 risk_id);
void        trygg_risk_workshop_list_reload       (TryggRiskWorkshopList *self);

G_END_DECLS
