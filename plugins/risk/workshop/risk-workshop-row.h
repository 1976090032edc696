/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "risk-workshop-item.h"

G_BEGIN_DECLS

/* One row of the workshop list: number, event, band and value in words, measures below. */
#define TRYGG_TYPE_RISK_WORKSHOP_ROW (trygg_risk_workshop_row_get_type ())
G_DECLARE_FINAL_TYPE (TryggRiskWorkshopRow, trygg_risk_workshop_row, TRYGG,
                      RISK_WORKSHOP_ROW, GtkWidget)

GtkWidget *trygg_risk_workshop_row_new  (void);
/* @view: a TryggRiskHeatmapView; @item: (nullable) */
void       trygg_risk_workshop_row_bind (TryggRiskWorkshopRow  *self,
                                         TryggRiskWorkshopItem *item,
                                         int                    view);
/* what the row says, as one line (its accessible label) */
const char *trygg_risk_workshop_row_get_summary (TryggRiskWorkshopRow *self);

/* "High · 12" for a band and a value; "Not assessed" without a band */
char      *trygg_risk_workshop_band_text (const TryggRiskBand *band,
                                          int                  value);

G_END_DECLS
