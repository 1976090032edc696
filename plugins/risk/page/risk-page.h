/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "trygg-ui.h"
#include "risk-model.h"

G_BEGIN_DECLS

#define TRYGG_TYPE_RISK_PAGE (trygg_risk_page_get_type ())
G_DECLARE_FINAL_TYPE (TryggRiskPage, trygg_risk_page, TRYGG, RISK_PAGE, AdwBin)

GtkWidget *trygg_risk_page_new         (TryggDatabase *db);
/* @uuid: a risk analysis or a risk */
gboolean   trygg_risk_page_select_uuid (TryggRiskPage *self,
                                        const char    *uuid);

G_END_DECLS
