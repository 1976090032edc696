/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "trygg-ui.h"
#include "risk-model.h"

G_BEGIN_DECLS

/* Asks how the risks move when a matrix with risks on it changes size, then resizes it. */
#define TRYGG_TYPE_RISK_RESIZE_DIALOG (trygg_risk_resize_dialog_get_type ())
G_DECLARE_FINAL_TYPE (TryggRiskResizeDialog, trygg_risk_resize_dialog, TRYGG,
                      RISK_RESIZE_DIALOG, AdwMessageDialog)

GtkWidget *trygg_risk_resize_dialog_new         (GtkWindow             *parent,
                                                 TryggDatabase         *db,
                                                 gint64                 analysis_id,
                                                 int                    probability_levels,
                                                 int                    consequence_levels);
void       trygg_risk_resize_dialog_set_mapping (TryggRiskResizeDialog *self,
                                                 TryggRiskMapping       mapping);
const char *trygg_risk_resize_dialog_get_summary (TryggRiskResizeDialog *self,
                                                 TryggRiskMapping       mapping);
gboolean   trygg_risk_resize_dialog_apply       (TryggRiskResizeDialog *self,
                                                 int                   *n_moved,
                                                 GError               **error);

G_END_DECLS
