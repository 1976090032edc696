/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * TryggRiskHeatmap's public API after construction (risk-heatmap.h): the analysis, the view,
 * large and high-contrast modes, the filter cell, the selected risk, and re-scoring a risk
 * moved to another cell. The widget itself is in risk-heatmap.c.
 */
#define G_LOG_DOMAIN "trygg-risk"

#include "config.h"

#include "risk-heatmap-private.h"

void
trygg_risk_heatmap_set_analysis (TryggRiskHeatmap *self,
                                 gint64            analysis_id)
{
  g_return_if_fail (TRYGG_IS_RISK_HEATMAP (self));

  if (self->analysis_id == analysis_id && (self->data != NULL || analysis_id <= 0))
    return;
  self->analysis_id = analysis_id;
  self->selected_id = 0;
  self->current_cell = 0;
  trygg_risk_heatmap_set_filter_cell (self, -1);
  trygg_risk_heatmap_reload_now (self);
}

gint64
trygg_risk_heatmap_get_analysis (TryggRiskHeatmap *self)
{
  g_return_val_if_fail (TRYGG_IS_RISK_HEATMAP (self), 0);
  return self->analysis_id;
}

/* the kind of chip that stands for a risk in @view */
static int
main_kind (TryggRiskHeatmap *self,
           gint64            risk_id)
{
  int index = self->data != NULL ? trygg_risk_heatmap_data_find (self->data, risk_id) : -1;
  const TryggRiskHeatmapRisk *risk;

  if (index < 0 || self->view == TRYGG_RISK_HEATMAP_INITIAL)
    return TRYGG_RISK_CHIP_INITIAL;
  risk = trygg_risk_heatmap_data_get_risk (self->data, index);
  if (risk->residual_probability > 0)
    return TRYGG_RISK_CHIP_RESIDUAL;
  return self->view == TRYGG_RISK_HEATMAP_RESIDUAL ? TRYGG_RISK_CHIP_UNASSESSED
                                                   : TRYGG_RISK_CHIP_INITIAL;
}

void
trygg_risk_heatmap_set_view (TryggRiskHeatmap     *self,
                             TryggRiskHeatmapView  view)
{
  g_return_if_fail (TRYGG_IS_RISK_HEATMAP (self));

  if (self->view == view)
    return;
  self->view = view;
  self->selected_kind = main_kind (self, self->selected_id);
  trygg_risk_heatmap_scene_invalidate (&self->scene);
  self->labels_dirty = TRUE;
  trygg_risk_heatmap_sync (self);
  if (self->filter_cell >= 0)
    g_signal_emit (self, trygg_risk_heatmap_signals[SIGNAL_FILTER_CHANGED], 0);
}

TryggRiskHeatmapView
trygg_risk_heatmap_get_view (TryggRiskHeatmap *self)
{
  g_return_val_if_fail (TRYGG_IS_RISK_HEATMAP (self), TRYGG_RISK_HEATMAP_INITIAL);
  return self->view;
}

void
trygg_risk_heatmap_set_large (TryggRiskHeatmap *self,
                              gboolean          large)
{
  g_return_if_fail (TRYGG_IS_RISK_HEATMAP (self));

  if (self->scene.style.large == !!large)
    return;
  self->scene.style.large = !!large;
  trygg_risk_heatmap_scene_invalidate (&self->scene);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  trygg_risk_heatmap_sync (self);
}

void
trygg_risk_heatmap_set_high_contrast (TryggRiskHeatmap *self,
                                      gboolean          high_contrast)
{
  g_return_if_fail (TRYGG_IS_RISK_HEATMAP (self));

  if (self->scene.style.high_contrast == !!high_contrast)
    return;
  self->scene.style.high_contrast = !!high_contrast;
  trygg_risk_heatmap_scene_invalidate (&self->scene);
  trygg_risk_heatmap_sync (self);
}

void
trygg_risk_heatmap_set_filter_cell (TryggRiskHeatmap *self,
                                    int               cell)
{
  if (self->filter_cell == cell)
    return;
  self->filter_cell = cell;
  self->scene.filter_cell = cell;
  trygg_risk_heatmap_scene_redraw (&self->scene);
  for (guint i = 0; i < self->cells->len && self->data != NULL; i++)
    gtk_accessible_update_state (GTK_ACCESSIBLE (g_ptr_array_index (self->cells, i)),
                                 GTK_ACCESSIBLE_STATE_SELECTED, (int) i == cell, -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, trygg_risk_heatmap_signals[SIGNAL_FILTER_CHANGED], 0);
}

void
trygg_risk_heatmap_get_filter (TryggRiskHeatmap *self,
                               int              *probability,
                               int              *consequence)
{
  g_return_if_fail (TRYGG_IS_RISK_HEATMAP (self));

  *probability = *consequence = 0;
  if (self->filter_cell >= 0 && self->data != NULL)
    trygg_risk_heatmap_scene_cell_levels (&self->scene, self->filter_cell, probability,
                                          consequence);
}

void
trygg_risk_heatmap_clear_filter (TryggRiskHeatmap *self)
{
  g_return_if_fail (TRYGG_IS_RISK_HEATMAP (self));
  trygg_risk_heatmap_set_filter_cell (self, -1);
}

gboolean
trygg_risk_heatmap_filter_includes (TryggRiskHeatmap *self,
                                    gint64            risk_id)
{
  const TryggRiskHeatmapRisk *risk;
  int index, p, c;

  g_return_val_if_fail (TRYGG_IS_RISK_HEATMAP (self), TRUE);

  if (self->filter_cell < 0 || self->data == NULL)
    return TRUE;
  index = trygg_risk_heatmap_data_find (self->data, risk_id);
  if (index < 0)
    return FALSE;
  risk = trygg_risk_heatmap_data_get_risk (self->data, index);
  p = risk->probability;
  c = risk->consequence;
  if (self->view != TRYGG_RISK_HEATMAP_INITIAL && risk->residual_probability > 0)
    {
      p = risk->residual_probability;
      c = risk->residual_consequence;
    }
  return trygg_risk_heatmap_data_cell_index (self->data, p, c) == self->filter_cell;
}

void
trygg_risk_heatmap_select (TryggRiskHeatmap *self,
                           int               risk,
                           int               kind,
                           gboolean          emit)
{
  gint64 id = risk >= 0 && self->data != NULL
    ? trygg_risk_heatmap_data_get_risk (self->data, risk)->id : 0;

  if (id == self->selected_id && kind == self->selected_kind)
    return;
  self->selected_id = id;
  self->selected_kind = kind;
  trygg_risk_heatmap_scene_redraw (&self->scene);
  trygg_risk_heatmap_sync (self);
  if (emit)
    g_signal_emit (self, trygg_risk_heatmap_signals[SIGNAL_RISK_SELECTED], 0, id);
}

void
trygg_risk_heatmap_select_risk (TryggRiskHeatmap *self,
                                gint64            risk_id)
{
  int index;

  g_return_if_fail (TRYGG_IS_RISK_HEATMAP (self));

  index = self->data != NULL ? trygg_risk_heatmap_data_find (self->data, risk_id) : -1;
  trygg_risk_heatmap_select (self, index, main_kind (self, risk_id), FALSE);
}

gint64
trygg_risk_heatmap_get_selected_risk (TryggRiskHeatmap *self)
{
  g_return_val_if_fail (TRYGG_IS_RISK_HEATMAP (self), 0);
  return self->selected_id;
}

gboolean
trygg_risk_heatmap_move_to (TryggRiskHeatmap *self,
                            int               risk,
                            int               kind,
                            int               cell)
{
  g_autoptr(GError) error = NULL;
  const TryggRiskHeatmapRisk *r = trygg_risk_heatmap_data_get_risk (self->data, risk);
  gboolean residual = kind == TRYGG_RISK_CHIP_RESIDUAL || kind == TRYGG_RISK_CHIP_UNASSESSED;
  gint64 id = r->id;
  int p, c;

  trygg_risk_heatmap_scene_cell_levels (&self->scene, cell, &p, &c);
  if (!trygg_risk_score (self->db, id, residual, p, c, &error))
    {
      trygg_toast_error (GTK_WIDGET (self), error->message);
      return FALSE;
    }
  self->selected_id = id;
  self->selected_kind = kind == TRYGG_RISK_CHIP_UNASSESSED ? TRYGG_RISK_CHIP_RESIDUAL : kind;
  trygg_risk_heatmap_reload_now (self);
  return TRUE;
}
