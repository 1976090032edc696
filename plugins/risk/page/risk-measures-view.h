/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "trygg-ui.h"
#include "risk-model.h"

G_BEGIN_DECLS

/* The proposed measures of a risk, as actions in the shared tracker, and a row to add one. */
#define TRYGG_TYPE_RISK_MEASURES_VIEW (trygg_risk_measures_view_get_type ())
G_DECLARE_FINAL_TYPE (TryggRiskMeasuresView, trygg_risk_measures_view, TRYGG,
                      RISK_MEASURES_VIEW, AdwBin)

GtkWidget *trygg_risk_measures_view_new      (TryggDatabase         *db);
void       trygg_risk_measures_view_set_risk (TryggRiskMeasuresView *self,
                                              gint64                 risk_id);
gboolean   trygg_risk_measures_view_add      (TryggRiskMeasuresView *self,
                                              const char            *title,
                                              gint64                 responsible_id,
                                              const char            *due_date);

G_END_DECLS
