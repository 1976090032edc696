/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "trygg-ui.h"
#include "risk-model.h"

G_BEGIN_DECLS

/* The bands of an analysis's matrix with their acceptance rules, saved as you type. */
#define TRYGG_TYPE_RISK_BAND_EDITOR (trygg_risk_band_editor_get_type ())
G_DECLARE_FINAL_TYPE (TryggRiskBandEditor, trygg_risk_band_editor, TRYGG, RISK_BAND_EDITOR,
                      AdwBin)

GtkWidget *trygg_risk_band_editor_new          (TryggDatabase       *db);
void       trygg_risk_band_editor_set_analysis (TryggRiskBandEditor *self,
                                                gint64               analysis_id);
void       trygg_risk_band_editor_reload       (TryggRiskBandEditor *self);
gboolean   trygg_risk_band_editor_flush        (TryggRiskBandEditor *self);
gboolean   trygg_risk_band_editor_is_writing   (TryggRiskBandEditor *self);

G_END_DECLS
