/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "risk-model.h"

G_BEGIN_DECLS

#define TRYGG_TYPE_RISK_ITEM (trygg_risk_item_get_type ())
G_DECLARE_FINAL_TYPE (TryggRiskItem, trygg_risk_item, TRYGG, RISK_ITEM, GObject)

gint64      trygg_risk_item_get_id            (TryggRiskItem *self);
const char *trygg_risk_item_get_uuid          (TryggRiskItem *self);
int         trygg_risk_item_get_number        (TryggRiskItem *self);
const char *trygg_risk_item_get_event         (TryggRiskItem *self);
const char *trygg_risk_item_get_band_colour   (TryggRiskItem *self);
void        trygg_risk_item_get_scores        (TryggRiskItem   *self,
                                               TryggRiskScores *scores);

gboolean    trygg_risk_items_load             (GListStore    *store,
                                               TryggDatabase *db,
                                               gint64         analysis_id,
                                               GError       **error);
guint       trygg_risk_items_find             (GListModel    *model,
                                               gint64         id);

G_END_DECLS
