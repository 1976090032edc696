/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "trygg-core.h"

G_BEGIN_DECLS

#define TRYGG_TYPE_RISK_ANALYSIS_ITEM (trygg_risk_analysis_item_get_type ())
G_DECLARE_FINAL_TYPE (TryggRiskAnalysisItem, trygg_risk_analysis_item, TRYGG,
                      RISK_ANALYSIS_ITEM, GObject)

gint64      trygg_risk_analysis_item_get_id          (TryggRiskAnalysisItem *self);
const char *trygg_risk_analysis_item_get_uuid        (TryggRiskAnalysisItem *self);
const char *trygg_risk_analysis_item_get_title       (TryggRiskAnalysisItem *self);
gboolean    trygg_risk_analysis_item_get_approved    (TryggRiskAnalysisItem *self);
const char *trygg_risk_analysis_item_get_analysed_on (TryggRiskAnalysisItem *self);
int         trygg_risk_analysis_item_get_risk_count  (TryggRiskAnalysisItem *self);

gboolean    trygg_risk_analysis_items_load           (GListStore            *store,
                                                      TryggDatabase         *db,
                                                      GError               **error);
guint       trygg_risk_analysis_items_find           (GListModel            *model,
                                                      gint64                 id);

G_END_DECLS
