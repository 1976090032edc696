/* SPDX-License-Identifier: GPL-3.0-or-later
 * STUB: replaced by its owner in this session. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "risk-heatmap-render.h"

gboolean
trygg_risk_heatmap_draw (TryggDatabase *db, gint64 analysis_id, TryggRiskHeatmapView view,
                         cairo_t *cr, double width, double height, GError **error)
{
  return TRUE;
}
gboolean
trygg_risk_heatmap_export (TryggDatabase *db, gint64 analysis_id, TryggRiskHeatmapView view,
                           const char *path, int width, int height, GError **error)
{
  return TRUE;
}
