/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The arrows of the both view, from each risk's initial place (the hollow chip) to its
 * residual place: one arrow per moved risk up to 40 of them, then one per pair of cells,
 * thicker for more risks and labelled with how many moved along it. Drawn into the frame
 * layer by risk-heatmap-paint.c.
 */
#define G_LOG_DOMAIN "trygg-risk"

#include "config.h"

#include "risk-heatmap-paint.h"

static void
arrow (GtkSnapshot   *snapshot,
       float          x1,
       float          y1,
       float          x2,
       float          y2,
       float          width,
       float          shorten)
{
  const GdkRGBA halo = { 1, 1, 1, 0.9f }, line = { 0.08f, 0.08f, 0.1f, 0.95f };
  float full = graphene_point_distance (&GRAPHENE_POINT_INIT (x1, y1),
                                        &GRAPHENE_POINT_INIT (x2, y2), NULL, NULL);
  float len = full - shorten, head = width * 3.5f;
  graphene_matrix_t turn;

  if (len < head)
    return;
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x1, y1));
  /* the x axis along the arrow */
  graphene_matrix_init_from_2d (&turn, (x2 - x1) / full, (y2 - y1) / full,
                                -(y2 - y1) / full, (x2 - x1) / full, 0, 0);
  gtk_snapshot_transform_matrix (snapshot, &turn);
  for (int pass = 0; pass < 2; pass++)
    {
      const GdkRGBA *colour = pass == 0 ? &halo : &line;
      float w = pass == 0 ? width + 2 : width;

      gtk_snapshot_append_color (snapshot, colour, &GRAPHENE_RECT_INIT (0, -w / 2, len, w));
      for (int side = -1; side <= 1; side += 2)
        {
          gtk_snapshot_save (snapshot);
          gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (len, 0));
          gtk_snapshot_rotate (snapshot, 180 + side * 30);
          gtk_snapshot_append_color (snapshot, colour, &GRAPHENE_RECT_INIT (-w / 2, -w / 2,
                                                                            head, w));
          gtk_snapshot_restore (snapshot);
        }
    }
  gtk_snapshot_restore (snapshot);
}

/* the centre of @risk's chip of @kind, or of its cell when the chip is not shown */
static void
chip_centre (TryggRiskHeatmapScene *scene,
             guint                  risk,
             TryggRiskChipKind      kind,
             graphene_point_t      *centre)
{
  const TryggRiskHeatmapRisk *r = trygg_risk_heatmap_data_get_risk (scene->data, risk);
  int cell = kind == TRYGG_RISK_CHIP_RESIDUAL
    ? trygg_risk_heatmap_data_cell_index (scene->data, r->residual_probability,
                                          r->residual_consequence)
    : trygg_risk_heatmap_data_cell_index (scene->data, r->probability, r->consequence);
  graphene_rect_t rect;

  trygg_risk_heatmap_scene_cell_rect (scene, cell, &rect);
  for (guint slot = 0; slot < scene->n_shown[cell]; slot++)
    {
      const TryggRiskHeatmapEntry *e = trygg_risk_heatmap_scene_shown (scene, cell, slot);

      if (e->risk == risk && e->kind == kind)
        {
          trygg_risk_heatmap_scene_chip_rect (scene, cell, slot, &rect);
          break;
        }
    }
  graphene_rect_get_center (&rect, centre);
}

void
trygg_risk_heatmap_draw_arrows (TryggRiskHeatmapScene *scene,
                                GtkSnapshot           *snapshot,
                                PangoContext          *context)
{
  const TryggRiskHeatmapGeometry *g = &scene->geom;
  int n_cells = trygg_risk_heatmap_scene_n_cells (scene);

  if (trygg_risk_heatmap_data_get_n_moved (scene->data) <= 40)
    {
      for (guint i = 0; i < trygg_risk_heatmap_data_get_n_risks (scene->data); i++)
        {
          const TryggRiskHeatmapRisk *r = trygg_risk_heatmap_data_get_risk (scene->data, i);
          graphene_point_t a, b;

          if (r->residual_probability == 0 || (r->residual_probability == r->probability &&
                                               r->residual_consequence == r->consequence))
            continue;
          chip_centre (scene, i, TRYGG_RISK_CHIP_GHOST, &a);
          chip_centre (scene, i, TRYGG_RISK_CHIP_RESIDUAL, &b);
          arrow (snapshot, a.x, a.y, b.x, b.y, MAX (1.5f, g->font / 8), g->chip_h / 2);
        }
      return;
    }

  /* many: one arrow per pair of cells, labelled with how many risks moved along it */
  for (int from = 0; from < n_cells; from++)
    for (int to = 0; to < n_cells; to++)
      {
        guint n = trygg_risk_heatmap_data_moves (scene->data, from, to);
        graphene_rect_t rf, rt, pill;
        graphene_point_t a, b;
        const TryggRiskHeatmapTextNode *text;
        float dx, dy, len, off = g->font * 0.4f, width = 1.5f;

        if (n == 0)
          continue;
        trygg_risk_heatmap_scene_cell_rect (scene, from, &rf);
        trygg_risk_heatmap_scene_cell_rect (scene, to, &rt);
        graphene_rect_get_center (&rf, &a);
        graphene_rect_get_center (&rt, &b);
        dx = b.x - a.x;
        dy = b.y - a.y;
        len = MAX (1.f, graphene_point_distance (&a, &b, NULL, NULL));
        /* two opposite moves between two cells do not cover each other */
        a.x += -dy / len * off;
        a.y += dx / len * off;
        b.x += -dy / len * off;
        b.y += dx / len * off;
        /* thicker by one for each doubling */
        for (guint k = n; k > 1 && width < 6; k /= 2)
          width += 1;
        arrow (snapshot, a.x, a.y, b.x, b.y, width, g->font);
        text = trygg_risk_heatmap_chip_label (scene, context, n, TRYGG_RISK_LABEL_SOLID);
        pill = GRAPHENE_RECT_INIT ((a.x + b.x) / 2 - text->width / 2 - g->font * 0.3f,
                                   (a.y + b.y) / 2 - g->chip_h / 2,
                                   text->width + g->font * 0.6f, g->chip_h);
        trygg_risk_heatmap_draw_chip (scene, snapshot, context, &pill, n, TRYGG_RISK_LABEL_SOLID);
      }
}
