/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "trygg-ui.h"
#include "risk-item.h"

G_BEGIN_DECLS

/* The editor of one risk: every field, saving as you type, and its measures. */
#define TRYGG_TYPE_RISK_DETAIL (trygg_risk_detail_get_type ())
G_DECLARE_FINAL_TYPE (TryggRiskDetail, trygg_risk_detail, TRYGG, RISK_DETAIL, GtkWidget)

GtkWidget *trygg_risk_detail_new         (TryggDatabase   *db);
void       trygg_risk_detail_set_risk    (TryggRiskDetail *self,
                                          gint64           analysis_id,
                                          TryggRiskItem   *item);
gboolean   trygg_risk_detail_flush       (TryggRiskDetail *self);
void       trygg_risk_detail_focus_event (TryggRiskDetail *self);
TryggForm *trygg_risk_detail_get_form    (TryggRiskDetail *self);
void       trygg_risk_detail_reload_levels (TryggRiskDetail *self);

G_END_DECLS
