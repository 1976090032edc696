/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "trygg-ui.h"
#include "risk-model.h"

G_BEGIN_DECLS

/* The "Matrix" view: size, level names and descriptions, bands and acceptance rules. */
#define TRYGG_TYPE_RISK_MATRIX_EDITOR (trygg_risk_matrix_editor_get_type ())
G_DECLARE_FINAL_TYPE (TryggRiskMatrixEditor, trygg_risk_matrix_editor, TRYGG,
                      RISK_MATRIX_EDITOR, GtkWidget)

GtkWidget *trygg_risk_matrix_editor_new          (TryggDatabase         *db);
void       trygg_risk_matrix_editor_set_analysis (TryggRiskMatrixEditor *self,
                                                  gint64                 analysis_id);
gboolean   trygg_risk_matrix_editor_flush        (TryggRiskMatrixEditor *self);
GtkWidget *trygg_risk_matrix_editor_resize       (TryggRiskMatrixEditor *self,
                                                  int                    probability_levels,
                                                  int                    consequence_levels);

G_END_DECLS
