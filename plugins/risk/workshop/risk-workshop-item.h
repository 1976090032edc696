/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "risk-model.h"

G_BEGIN_DECLS

/**
 * TryggRiskMeasureLine:
 * @title: the action's title
 * @responsible: the responsible person's name, or ""
 * @due: the day it is due (YYYY-MM-DD), or ""
 * @status: the action's status key ("not_started", "done", …)
 * @overdue: past @due and neither done nor cancelled
 *
 * A measure against a risk as the workshop list shows it.
 */
typedef struct {
  char     *title;
  char     *responsible;
  char     *due;
  char     *status;
  gboolean  overdue;
} TryggRiskMeasureLine;

/* One risk of the analysis on the projector: its scores, their bands and its measures. */
#define TRYGG_TYPE_RISK_WORKSHOP_ITEM (trygg_risk_workshop_item_get_type ())
G_DECLARE_FINAL_TYPE (TryggRiskWorkshopItem, trygg_risk_workshop_item, TRYGG,
                      RISK_WORKSHOP_ITEM, GObject)

gint64      trygg_risk_workshop_item_get_id          (TryggRiskWorkshopItem *self);
int         trygg_risk_workshop_item_get_number      (TryggRiskWorkshopItem *self);
const char *trygg_risk_workshop_item_get_event       (TryggRiskWorkshopItem *self);
void        trygg_risk_workshop_item_get_scores      (TryggRiskWorkshopItem *self,
                                                      TryggRiskScores       *scores);
gboolean    trygg_risk_workshop_item_has_residual    (TryggRiskWorkshopItem *self);
/* the band of the initial (or residual) value; %NULL when not assessed or out of all bands */
const TryggRiskBand *trygg_risk_workshop_item_get_band (TryggRiskWorkshopItem *self,
                                                        gboolean               residual);
int         trygg_risk_workshop_item_get_value       (TryggRiskWorkshopItem *self,
                                                      gboolean               residual);
/* (element-type TryggRiskMeasureLine) */
GPtrArray  *trygg_risk_workshop_item_get_measures    (TryggRiskWorkshopItem *self);
/* whether the risk lies in the cell @probability × @consequence in @view (0/0: any cell),
 * by the heatmap's rule: the initial view by the initial scores, the others by the residual
 * ones (the initial ones while not assessed) */
gboolean    trygg_risk_workshop_item_in_cell         (TryggRiskWorkshopItem *self,
                                                      int                    view,
                                                      int                    probability,
                                                      int                    consequence);

/* Reading for the workshop: the risks of an analysis, numbered order, with their measures. */
GPtrArray  *trygg_risk_workshop_load_items           (TryggDatabase         *db,
                                                      gint64                 analysis_id,
                                                      GError               **error);
/* Returns: (transfer full) (nullable): the analysis's title; %NULL when it is gone */
char       *trygg_risk_workshop_analysis_title       (TryggDatabase         *db,
                                                      gint64                 analysis_id);

G_END_DECLS
