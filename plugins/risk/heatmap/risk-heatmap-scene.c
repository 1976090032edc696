/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Where everything of the heatmap goes at a given size, which chips each cell shows, the
 * palette, and hit testing. Drawing is in risk-heatmap-paint.c.
 *
 * Orientation: consequence on x (1 at the left), probability on y (1 at the bottom). A cell
 * shows as many chips as fit, in number order; when they do not all fit, the last place is a
 * "+N" chip. The selected risk is always among the shown ones.
 *
 * Palette (keyed by the band's colour key): tints of the Okabe–Ito colours (bluish green,
 * yellow, orange, vermillion), which stay apart for the common colour-vision deficiencies and
 * also differ in lightness; every cell also says its band's name, so colour is never the only
 * signal. The text colour on a fill is whichever of black and white contrasts more; the
 * tests check at least 4.5:1 for every key in both variants.
 */
#define G_LOG_DOMAIN "trygg-risk"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "risk-heatmap-scene.h"

void
trygg_risk_heatmap_style_init (TryggRiskHeatmapStyle *style)
{
  memset (style, 0, sizeof *style);
  style->foreground = (GdkRGBA) { 0.12f, 0.12f, 0.12f, 1 };
  style->background = (GdkRGBA) { 1, 1, 1, 0 };
  style->accent = (GdkRGBA) { 0.11f, 0.44f, 0.85f, 1 };
}

void
trygg_risk_heatmap_scene_init (TryggRiskHeatmapScene *scene)
{
  memset (scene, 0, sizeof *scene);
  trygg_risk_heatmap_style_init (&scene->style);
  scene->filter_cell = scene->focus_cell = scene->selected = scene->drop_cell = -1;
  scene->focus_kind = scene->focus_more = -1;
  scene->shown = g_array_new (FALSE, FALSE, sizeof (guint));
  scene->text_nodes = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);
}

static void
free_text_nodes (TryggRiskHeatmapScene *scene)
{
  GHashTableIter iter;
  gpointer value;

  /* the values start with their render node: see risk-heatmap-paint.c */
  g_hash_table_iter_init (&iter, scene->text_nodes);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_clear_pointer ((GskRenderNode **) value, gsk_render_node_unref);
  g_hash_table_remove_all (scene->text_nodes);
}

void
trygg_risk_heatmap_scene_clear (TryggRiskHeatmapScene *scene)
{
  trygg_risk_heatmap_scene_invalidate (scene);
  g_clear_pointer (&scene->shown, g_array_unref);
  g_clear_pointer (&scene->text_nodes, g_hash_table_unref);
  g_clear_pointer (&scene->font_desc, pango_font_description_free);
}

void
trygg_risk_heatmap_scene_redraw (TryggRiskHeatmapScene *scene)
{
  g_clear_pointer (&scene->frame_node, gsk_render_node_unref);
}

void
trygg_risk_heatmap_scene_invalidate (TryggRiskHeatmapScene *scene)
{
  trygg_risk_heatmap_scene_redraw (scene);
  g_clear_pointer (&scene->static_node, gsk_render_node_unref);
  if (scene->text_nodes != NULL)
    free_text_nodes (scene);
  /* forces the next layout to recompute; nothing is shown until then */
  scene->geom.width = -1;
  memset (scene->n_shown, 0, sizeof scene->n_shown);
  memset (scene->n_more, 0, sizeof scene->n_more);
  if (scene->shown != NULL)
    g_array_set_size (scene->shown, 0);
}

/* Palette */

static const struct {
  const char *key;
  const char *normal;
  const char *high_contrast;
} palette[] = {
  { "green",  "#a3d9c6", "#009e73" },
  { "yellow", "#f3e66b", "#f0e442" },
  { "orange", "#f2b446", "#e69f00" },
  { "red",    "#e07a4f", "#d55e00" },
};

/* @x^2.4 for 0 ≤ @x ≤ 1, as x² · (x²)^⅕ with Newton's method for the fifth root (no libm) */
static double
pow_2_4 (double x)
{
  double a = x * x, y = 1;

  if (a <= 0)
    return 0;
  for (int i = 0; i < 60; i++)
    y -= (y * y * y * y * y - a) / (5 * y * y * y * y);
  return a * y;
}

static double
luminance (const GdkRGBA *c)
{
  double rgb[3] = { c->red, c->green, c->blue };

  for (int i = 0; i < 3; i++)
    rgb[i] = rgb[i] <= 0.04045 ? rgb[i] / 12.92 : pow_2_4 ((rgb[i] + 0.055) / 1.055);
  return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
}

double
trygg_risk_heatmap_contrast (const GdkRGBA *a,
                             const GdkRGBA *b)
{
  double la = luminance (a), lb = luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

void
trygg_risk_heatmap_palette (const char *colour,
                            gboolean    high_contrast,
                            GdkRGBA    *fill,
                            GdkRGBA    *text)
{
  const GdkRGBA black = { 0, 0, 0, 1 }, white = { 1, 1, 1, 1 };
  const char *spec = "#c0bfbc";  /* no band, or a key this version does not know */

  for (guint i = 0; i < G_N_ELEMENTS (palette); i++)
    if (g_strcmp0 (palette[i].key, colour) == 0)
      spec = high_contrast ? palette[i].high_contrast : palette[i].normal;
  gdk_rgba_parse (fill, spec);
  *text = trygg_risk_heatmap_contrast (fill, &black) >= trygg_risk_heatmap_contrast (fill, &white)
    ? black : white;
}

const char *
trygg_risk_heatmap_view_title (TryggRiskHeatmapView view)
{
  switch (view)
    {
    case TRYGG_RISK_HEATMAP_RESIDUAL:
      return _("Residual risk");
    case TRYGG_RISK_HEATMAP_BOTH:
      return _("Initial and residual risk");
    case TRYGG_RISK_HEATMAP_INITIAL:
    default:
      return _("Initial risk");
    }
}

/* Geometry */

int
trygg_risk_heatmap_scene_n_cells (const TryggRiskHeatmapScene *scene)
{
  if (scene->data == NULL)
    return 0;
  return trygg_risk_heatmap_data_get_probability_levels (scene->data) *
         trygg_risk_heatmap_data_get_consequence_levels (scene->data);
}

void
trygg_risk_heatmap_scene_cell_levels (const TryggRiskHeatmapScene *scene,
                                      int                          cell,
                                      int                         *probability,
                                      int                         *consequence)
{
  int nc = trygg_risk_heatmap_data_get_consequence_levels (scene->data);

  *probability = cell / nc + 1;
  *consequence = cell % nc + 1;
}

void
trygg_risk_heatmap_scene_cell_rect (const TryggRiskHeatmapScene *scene,
                                    int                          cell,
                                    graphene_rect_t             *rect)
{
  const TryggRiskHeatmapGeometry *g = &scene->geom;
  int np = trygg_risk_heatmap_data_get_probability_levels (scene->data);
  int p, c;

  trygg_risk_heatmap_scene_cell_levels (scene, cell, &p, &c);
  graphene_rect_init (rect,
                      g->grid.origin.x + (c - 1) * (g->cell_w + g->gap),
                      g->grid.origin.y + (np - p) * (g->cell_h + g->gap),
                      g->cell_w, g->cell_h);
}

void
trygg_risk_heatmap_scene_chip_rect (const TryggRiskHeatmapScene *scene,
                                    int                          cell,
                                    guint                        slot,
                                    graphene_rect_t             *rect)
{
  const TryggRiskHeatmapGeometry *g = &scene->geom;
  graphene_rect_t r;
  int cols = MAX (1, g->chip_cols);

  trygg_risk_heatmap_scene_cell_rect (scene, cell, &r);
  graphene_rect_init (rect,
                      r.origin.x + g->chip_x + (slot % cols) * (g->chip_w + g->chip_gap),
                      r.origin.y + g->chip_y + (slot / cols) * (g->chip_h + g->chip_gap),
                      g->chip_w, g->chip_h);
}

gboolean
trygg_risk_heatmap_scene_has_more (const TryggRiskHeatmapScene *scene,
                                   int                          cell)
{
  return scene->n_more[cell] > 0 && scene->geom.chip_cols * scene->geom.chip_rows > 0;
}

const TryggRiskHeatmapEntry *
trygg_risk_heatmap_scene_shown (const TryggRiskHeatmapScene *scene,
                                int                          cell,
                                guint                        slot)
{
  const TryggRiskHeatmapEntry *entries;
  guint n;

  g_return_val_if_fail (slot < scene->n_shown[cell], NULL);
  entries = trygg_risk_heatmap_data_cell (scene->data, scene->view, cell, &n);
  return &entries[g_array_index (scene->shown, guint, scene->first[cell] + slot)];
}

int
trygg_risk_heatmap_scene_cell_at (const TryggRiskHeatmapScene *scene,
                                  float                        x,
                                  float                        y)
{
  for (int cell = 0; cell < trygg_risk_heatmap_scene_n_cells (scene); cell++)
    {
      graphene_rect_t r;

      trygg_risk_heatmap_scene_cell_rect (scene, cell, &r);
      /* the gaps belong to the cell on their left and below */
      r.size.width += scene->geom.gap;
      r.size.height += scene->geom.gap;
      if (graphene_rect_contains_point (&r, &GRAPHENE_POINT_INIT (x, y)))
        return cell;
    }
  return -1;
}

int
trygg_risk_heatmap_scene_slot_at (const TryggRiskHeatmapScene *scene,
                                  int                          cell,
                                  float                        x,
                                  float                        y)
{
  guint n = scene->n_shown[cell] + (trygg_risk_heatmap_scene_has_more (scene, cell) ? 1 : 0);

  for (guint slot = 0; slot < n; slot++)
    {
      graphene_rect_t r;

      trygg_risk_heatmap_scene_chip_rect (scene, cell, slot, &r);
      if (graphene_rect_contains_point (&r, &GRAPHENE_POINT_INIT (x, y)))
        return slot;
    }
  return -1;
}

static float
text_width (PangoLayout *layout,
            const char  *text)
{
  int w;

  pango_layout_set_text (layout, text, -1);
  pango_layout_get_pixel_size (layout, &w, NULL);
  return w;
}

static void
compute_geometry (TryggRiskHeatmapScene *scene,
                  PangoContext          *context,
                  float                  width,
                  float                  height)
{
  TryggRiskHeatmapGeometry *g = &scene->geom;
  const TryggRiskHeatmapData *data = scene->data;
  int np = trygg_risk_heatmap_data_get_probability_levels (data);
  int nc = trygg_risk_heatmap_data_get_consequence_levels (data);
  g_autoptr(PangoLayout) layout = pango_layout_new (context);
  float m = MIN (width, height), axis, bottom, legend;

  memset (g, 0, sizeof *g);
  g->width = width;
  g->height = height;
  g->font = CLAMP (m / 36.f, 10.f, 22.f) * (scene->style.large ? 1.5f : 1.f);
  g->pad = CLAMP (m * 0.015f, 3.f, 16.f);
  pango_font_description_set_absolute_size (scene->font_desc, g->font * PANGO_SCALE);
  pango_layout_set_font_description (layout, scene->font_desc);

  axis = g->font * 1.6f;
  legend = g->font * 1.9f;
  bottom = g->font * 1.25f * 3 + g->pad;
  for (int p = 1; p <= np; p++)
    {
      g_autofree char *label = g_strdup_printf ("%d %s", p,
          trygg_risk_heatmap_data_level_name (data, TRUE, p));
      g->label_w = MAX (g->label_w, text_width (layout, label));
    }
  g->label_w = CLAMP (g->label_w + g->pad, g->font * 2, width * 0.22f);
  g->left = g->pad + axis;

  if (scene->style.title)
    graphene_rect_init (&g->title, g->pad, g->pad, width - 2 * g->pad, g->font * 2.2f);
  else
    graphene_rect_init (&g->title, g->pad, g->pad, width - 2 * g->pad, 0);
  graphene_rect_init (&g->grid,
                      g->left + g->label_w + g->pad / 2,
                      g->title.origin.y + g->title.size.height,
                      0, 0);
  g->grid.size.width = MAX (nc, width - g->grid.origin.x - g->pad);
  g->grid.size.height = MAX (np, height - g->grid.origin.y - g->pad - legend - axis - bottom);
  graphene_rect_init (&g->legend, g->pad, height - g->pad - legend, width - 2 * g->pad, legend);

  g->gap = CLAMP (MIN (g->grid.size.width / nc, g->grid.size.height / np) / 60.f, 1.f, 4.f);
  if (scene->style.high_contrast)
    g->gap = MAX (g->gap, 3.f);
  g->cell_w = (g->grid.size.width - g->gap * (nc - 1)) / nc;
  g->cell_h = (g->grid.size.height - g->gap * (np - 1)) / np;
  trygg_risk_heatmap_scene_fit_cells (scene, layout);
  trygg_risk_heatmap_scene_fit_axes (scene, context);
}

/* which entries each cell shows */
static void
choose_shown (TryggRiskHeatmapScene *scene)
{
  guint capacity = scene->geom.chip_cols * scene->geom.chip_rows;

  g_array_set_size (scene->shown, 0);
  for (int cell = 0; cell < trygg_risk_heatmap_scene_n_cells (scene); cell++)
    {
      guint n, n_shown, selected = G_MAXUINT;
      const TryggRiskHeatmapEntry *entries =
        trygg_risk_heatmap_data_cell (scene->data, scene->view, cell, &n);

      scene->first[cell] = scene->shown->len;
      n_shown = n <= capacity ? n : (capacity > 0 ? capacity - 1 : 0);
      for (guint i = 0; i < n_shown; i++)
        g_array_append_val (scene->shown, i);
      if (n_shown < n && n_shown > 0 && scene->selected >= 0)
        {
          for (guint i = n_shown; i < n && selected == G_MAXUINT; i++)
            if ((int) entries[i].risk == scene->selected)
              selected = i;
          if (selected != G_MAXUINT)
            g_array_index (scene->shown, guint, scene->shown->len - 1) = selected;
        }
      scene->n_shown[cell] = n_shown;
      scene->n_more[cell] = n - n_shown;
    }
}

gboolean
trygg_risk_heatmap_scene_layout (TryggRiskHeatmapScene *scene,
                                 PangoContext          *context,
                                 float                  width,
                                 float                  height)
{
  TryggRiskHeatmapGeometry old = scene->geom;
  g_autoptr(GArray) old_shown = NULL;

  if (scene->data == NULL)
    return FALSE;
  if (scene->font_desc == NULL)
    scene->font_desc = pango_font_description_copy (pango_context_get_font_description (context));
  old_shown = g_array_copy (scene->shown);
  compute_geometry (scene, context, width, height);
  choose_shown (scene);
  if (memcmp (&old, &scene->geom, sizeof old) == 0 && old_shown->len == scene->shown->len &&
      memcmp (old_shown->data, scene->shown->data, old_shown->len * sizeof (guint)) == 0)
    return FALSE;
  if (old.font != scene->geom.font || old.chip_h != scene->geom.chip_h)
    free_text_nodes (scene);
  /* the static layer does not depend on which chips are shown */
  if (memcmp (&old, &scene->geom, sizeof old) != 0)
    g_clear_pointer (&scene->static_node, gsk_render_node_unref);
  trygg_risk_heatmap_scene_redraw (scene);
  return TRUE;
}
