/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "trygg-ui.h"
#include "risk-model.h"

G_BEGIN_DECLS

#include "risk-heatmap.h"

/* The heatmap drawn with cairo, for the PDF report and the PNG/SVG/PDF export: the same
 * colours, labels and chips as the widget. */
gboolean   trygg_risk_heatmap_draw         (TryggDatabase        *db,
                                            gint64                analysis_id,
                                            TryggRiskHeatmapView  view,
                                            cairo_t              *cr,
                                            double                width,
                                            double                height,
                                            GError              **error);
/* @path ends in .png, .svg or .pdf; @width and @height in pixels (points for SVG/PDF) */
gboolean   trygg_risk_heatmap_export       (TryggDatabase        *db,
                                            gint64                analysis_id,
                                            TryggRiskHeatmapView  view,
                                            const char           *path,
                                            int                   width,
                                            int                   height,
                                            GError              **error);

G_END_DECLS
