/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "trygg-ui.h"
#include "risk-model.h"

G_BEGIN_DECLS

/* The "Analysis" view: purpose, scope, what it is about, who took part, acceptance, approval. */
#define TRYGG_TYPE_RISK_ANALYSIS_FORM (trygg_risk_analysis_form_get_type ())
G_DECLARE_FINAL_TYPE (TryggRiskAnalysisForm, trygg_risk_analysis_form, TRYGG,
                      RISK_ANALYSIS_FORM, GtkWidget)

GtkWidget *trygg_risk_analysis_form_new          (TryggDatabase         *db);
void       trygg_risk_analysis_form_set_analysis (TryggRiskAnalysisForm *self,
                                                  gint64                 analysis_id);
gboolean   trygg_risk_analysis_form_flush        (TryggRiskAnalysisForm *self);
TryggForm *trygg_risk_analysis_form_get_form     (TryggRiskAnalysisForm *self);

G_END_DECLS
