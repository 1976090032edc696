/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "trygg-ui.h"
#include "risk-detail.h"
#include "risk-item.h"

G_BEGIN_DECLS

/* The "Risks" view: a sortable table of an analysis's risks and the editor of the chosen one. */
#define TRYGG_TYPE_RISK_LIST (trygg_risk_list_get_type ())
G_DECLARE_FINAL_TYPE (TryggRiskList, trygg_risk_list, TRYGG, RISK_LIST, GtkWidget)

GtkWidget       *trygg_risk_list_new           (TryggDatabase *db,
                                                GListModel    *risks);
void             trygg_risk_list_set_analysis  (TryggRiskList *self,
                                                gint64         analysis_id);
gboolean         trygg_risk_list_select        (TryggRiskList *self,
                                                gint64         risk_id);
TryggRiskItem   *trygg_risk_list_get_selected  (TryggRiskList *self);
TryggRiskDetail *trygg_risk_list_get_detail    (TryggRiskList *self);
GtkColumnView   *trygg_risk_list_get_column_view (TryggRiskList *self);
void             trygg_risk_list_update_state  (TryggRiskList *self);

G_END_DECLS
