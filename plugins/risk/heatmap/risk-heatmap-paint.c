/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The heatmap appended to a GtkSnapshot: one picture for the widget, the exports and the PDF
 * report (those render the node with gsk_render_node_draw() onto a cairo surface).
 *
 * Two layers, each kept as a render node until something it shows changes: the static one
 * (cells, their band names, values and counts, the axes, the legend) and the frame (the
 * static node plus chips, focus, filter, drag and arrows). A frame over unchanged state
 * appends one node; a new frame lays out no text but the cached chip labels. The arrows of
 * the both view are drawn by risk-heatmap-arrows.c.
 */
#define G_LOG_DOMAIN "trygg-risk"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "risk-heatmap-paint.h"

static const GdkRGBA black = { 0, 0, 0, 1 };
static const GdkRGBA white = { 1, 1, 1, 1 };
static const GdkRGBA chip_border = { 0.24f, 0.22f, 0.27f, 1 };
static const GdkRGBA chip_text = { 0.12f, 0.12f, 0.12f, 1 };

/* @text in @rect: @align as PangoAlignment, centred vertically, at most @lines lines */
static void
draw_text (GtkSnapshot           *snapshot,
           PangoLayout           *layout,
           const char            *text,
           const graphene_rect_t *rect,
           PangoAlignment         align,
           int                    lines,
           const GdkRGBA         *colour)
{
  int w, h;

  pango_layout_set_text (layout, text, -1);
  pango_layout_set_width (layout, MAX (1, (int) rect->size.width) * PANGO_SCALE);
  pango_layout_set_height (layout, -lines);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, align);
  pango_layout_get_pixel_size (layout, &w, &h);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (rect->origin.x,
      rect->origin.y + (rect->size.height - h) / 2));
  gtk_snapshot_append_layout (snapshot, layout, colour);
  gtk_snapshot_restore (snapshot);
}

static void
ring (GtkSnapshot           *snapshot,
      const graphene_rect_t *rect,
      float                  radius,
      float                  width,
      const GdkRGBA         *colour)
{
  GskRoundedRect rr;
  const float widths[4] = { width, width, width, width };
  const GdkRGBA colours[4] = { *colour, *colour, *colour, *colour };

  gsk_rounded_rect_init_from_rect (&rr, rect, radius);
  gtk_snapshot_append_border (snapshot, &rr, widths, colours);
}

static PangoLayout *
new_layout (TryggRiskHeatmapScene *scene,
            PangoContext          *context,
            float                  size,
            PangoWeight            weight,
            PangoStyle             style)
{
  PangoLayout *layout = pango_layout_new (context);
  g_autoptr(PangoFontDescription) desc = pango_font_description_copy (scene->font_desc);

  pango_font_description_set_absolute_size (desc, size * PANGO_SCALE);
  pango_font_description_set_weight (desc, weight);
  pango_font_description_set_style (desc, style);
  pango_layout_set_font_description (layout, desc);
  return layout;
}

/* Static layer */

static void
draw_cell (TryggRiskHeatmapScene *scene,
           GtkSnapshot           *snapshot,
           PangoLayout           *layout,
           int                    cell)
{
  const TryggRiskHeatmapGeometry *g = &scene->geom;
  const TryggRiskBand *band;
  graphene_rect_t r, line;
  GdkRGBA fill, text;
  g_autofree char *name = NULL;
  g_autofree char *count = NULL;
  guint n;
  int p, c;

  trygg_risk_heatmap_scene_cell_levels (scene, cell, &p, &c);
  trygg_risk_heatmap_scene_cell_rect (scene, cell, &r);
  band = trygg_risk_heatmap_data_band (scene->data, p, c);
  trygg_risk_heatmap_palette (band != NULL ? band->colour : NULL, scene->style.high_contrast,
                              &fill, &text);
  gtk_snapshot_append_color (snapshot, &fill, &r);

  trygg_risk_heatmap_data_cell (scene->data, scene->view, cell, &n);
  if (g->compact)
    {
      g_autofree char *initial = band != NULL ? g_utf8_substring (band->name, 0, 1)
                                              : g_strdup ("");
      name = g_strdup_printf ("%s %d", initial, p * c);
      count = g_strdup_printf ("%u", n);
    }
  else
    {
      name = g_strdup_printf ("%s · %d", band != NULL ? band->name : "", p * c);
      count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u risk", "%u risks", n), n);
    }
  graphene_rect_init (&line, r.origin.x + g->inset, r.origin.y + g->inset / 2,
                      r.size.width - 2 * g->inset, g->header_h - g->inset / 2);
  /* chips on the header line say the count themselves */
  if (n > 0 && !g->chips_inline)
    {
      int w;

      draw_text (snapshot, layout, count, &line, PANGO_ALIGN_RIGHT, 1, &text);
      /* the count's own width, not the layout's box */
      pango_layout_set_width (layout, -1);
      pango_layout_get_pixel_size (layout, &w, NULL);
      line.size.width = MAX (1, line.size.width - w - g->inset);
    }
  else if (n > 0)
    {
      int w;

      /* up to the chips; in the smallest cells the band's initial alone */
      line.size.width = MAX (1, g->chip_x - g->inset * 1.25f);
      pango_layout_set_width (layout, -1);
      pango_layout_set_text (layout, name, -1);
      pango_layout_get_pixel_size (layout, &w, NULL);
      if (w > line.size.width && band != NULL)
        {
          g_free (name);
          name = g_utf8_substring (band->name, 0, 1);
        }
    }
  draw_text (snapshot, layout, name, &line, PANGO_ALIGN_LEFT, 1, &text);
}

static void
draw_axes (TryggRiskHeatmapScene *scene,
           GtkSnapshot           *snapshot,
           PangoContext          *context,
           PangoLayout           *bold)
{
  const TryggRiskHeatmapGeometry *g = &scene->geom;
  const GdkRGBA *fg = &scene->style.foreground;
  int np = trygg_risk_heatmap_data_get_probability_levels (scene->data);
  int nc = trygg_risk_heatmap_data_get_consequence_levels (scene->data);
  float bottom = g->grid.origin.y + g->grid.size.height;
  graphene_rect_t r;

  for (int axis = 0; axis < 2; axis++)
    for (int level = 1; level <= (axis == 1 ? np : nc); level++)
      {
        g_autoptr(PangoLayout) label = trygg_risk_heatmap_scene_axis_label (scene, context,
                                                                           axis == 1, level, &r);
        int h;

        pango_layout_get_pixel_size (label, NULL, &h);
        gtk_snapshot_save (snapshot);
        gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (r.origin.x,
            r.origin.y + (r.size.height - h) / 2));
        gtk_snapshot_append_layout (snapshot, label, fg);
        gtk_snapshot_restore (snapshot);
      }
  graphene_rect_init (&r, g->grid.origin.x, bottom + g->pad + g->font * 1.25f * 3,
                      g->grid.size.width, g->font * 1.6f);
  draw_text (snapshot, bold, _("Consequence"), &r, PANGO_ALIGN_CENTER, 1, fg);

  /* the probability axis title reads upwards along the grid's left side */
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (g->pad, bottom));
  gtk_snapshot_rotate (snapshot, -90);
  graphene_rect_init (&r, 0, 0, g->grid.size.height, g->font * 1.6f);
  draw_text (snapshot, bold, _("Probability"), &r, PANGO_ALIGN_CENTER, 1, fg);
  gtk_snapshot_restore (snapshot);
}

static void
draw_legend (TryggRiskHeatmapScene *scene,
             GtkSnapshot           *snapshot,
             PangoLayout           *layout)
{
  const TryggRiskHeatmapGeometry *g = &scene->geom;
  const TryggRiskMatrix *matrix = trygg_risk_heatmap_data_get_matrix (scene->data);
  float x = g->legend.origin.x, end = g->legend.origin.x + g->legend.size.width;
  float y = g->legend.origin.y, h = g->legend.size.height;
  const char *note = NULL;

  for (guint i = 0; i < matrix->bands->len && x < end; i++)
    {
      const TryggRiskBand *band = g_ptr_array_index (matrix->bands, i);
      g_autofree char *text = band->lower == band->upper
        ? g_strdup_printf ("%s %d", band->name, band->lower)
        : g_strdup_printf ("%s %d–%d", band->name, band->lower, band->upper);
      graphene_rect_t swatch = GRAPHENE_RECT_INIT (x, y + (h - g->font) / 2, g->font, g->font);
      graphene_rect_t r;
      GdkRGBA fill, text_colour;
      int w;

      trygg_risk_heatmap_palette (band->colour, scene->style.high_contrast, &fill,
                                  &text_colour);
      gtk_snapshot_append_color (snapshot, &fill, &swatch);
      ring (snapshot, &swatch, 0, 1, &scene->style.foreground);
      pango_layout_set_width (layout, -1);
      pango_layout_set_text (layout, text, -1);
      pango_layout_get_pixel_size (layout, &w, NULL);
      graphene_rect_init (&r, x + g->font * 1.4f, y, MIN (w + 1, end - x - g->font * 1.4f), h);
      draw_text (snapshot, layout, text, &r, PANGO_ALIGN_LEFT, 1, &scene->style.foreground);
      x += g->font * 1.4f + w + g->font * 1.2f;
    }
  if (scene->view == TRYGG_RISK_HEATMAP_RESIDUAL &&
      trygg_risk_heatmap_data_get_n_unassessed (scene->data) > 0)
    note = _("Hollow chips: residual risk not assessed, shown at the initial place");
  else if (scene->view == TRYGG_RISK_HEATMAP_BOTH &&
           trygg_risk_heatmap_data_get_n_moved (scene->data) > 0)
    note = _("Hollow chips: initial place; arrows lead to the residual place");
  if (note != NULL && x < end - g->font * 4)
    {
      graphene_rect_t r = GRAPHENE_RECT_INIT (x, y, end - x, h);

      draw_text (snapshot, layout, note, &r, PANGO_ALIGN_LEFT, 1, &scene->style.foreground);
    }
}

static GskRenderNode *
build_static (TryggRiskHeatmapScene *scene,
              PangoContext          *context)
{
  const TryggRiskHeatmapGeometry *g = &scene->geom;
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(PangoLayout) layout = new_layout (scene, context, g->font, PANGO_WEIGHT_NORMAL,
                                              PANGO_STYLE_NORMAL);
  g_autoptr(PangoLayout) bold = new_layout (scene, context, g->font, PANGO_WEIGHT_BOLD,
                                            PANGO_STYLE_NORMAL);
  g_autoptr(PangoLayout) header = new_layout (scene, context, g->header_font,
                                              PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL);

  if (scene->style.background.alpha > 0)
    gtk_snapshot_append_color (snapshot, &scene->style.background,
                               &GRAPHENE_RECT_INIT (0, 0, g->width, g->height));
  if (scene->style.title)
    {
      g_autoptr(PangoLayout) title = new_layout (scene, context, g->font * 1.3f,
                                                 PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL);

      draw_text (snapshot, title, trygg_risk_heatmap_view_title (scene->view), &g->title,
                 PANGO_ALIGN_LEFT, 1, &scene->style.foreground);
    }
  if (scene->style.high_contrast)
    {
      graphene_rect_t frame = g->grid;

      graphene_rect_inset (&frame, -g->gap, -g->gap);
      gtk_snapshot_append_color (snapshot, &black, &frame);
    }
  for (int cell = 0; cell < trygg_risk_heatmap_scene_n_cells (scene); cell++)
    draw_cell (scene, snapshot, header, cell);
  draw_axes (scene, snapshot, context, bold);
  draw_legend (scene, snapshot, layout);
  return gtk_snapshot_free_to_node (snapshot);
}

/* Chips */

const TryggRiskHeatmapTextNode *
trygg_risk_heatmap_chip_label (TryggRiskHeatmapScene *scene,
                               PangoContext          *context,
                               guint                  value,
                               TryggRiskLabel         variant)
{
  gpointer key = GUINT_TO_POINTER (value * 8 + variant);
  TryggRiskHeatmapTextNode *text = g_hash_table_lookup (scene->text_nodes, key);

  if (text == NULL)
    {
      gboolean hollow = variant == TRYGG_RISK_LABEL_HOLLOW_DARK ||
                        variant == TRYGG_RISK_LABEL_HOLLOW_LIGHT;
      g_autoptr(PangoLayout) layout = new_layout (scene, context, scene->geom.chip_h / 1.6f,
          variant == TRYGG_RISK_LABEL_COUNT ? PANGO_WEIGHT_BOLD : hollow ? PANGO_WEIGHT_NORMAL
                                                                         : PANGO_WEIGHT_BOLD,
          hollow ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
      g_autofree char *string = variant == TRYGG_RISK_LABEL_MORE
        ? g_strdup_printf ("+%u", value) : g_strdup_printf ("%u", value);
      GtkSnapshot *snapshot = gtk_snapshot_new ();
      const GdkRGBA *colour = &chip_text;
      int w, h;

      if ((variant == TRYGG_RISK_LABEL_SOLID || variant == TRYGG_RISK_LABEL_MORE) &&
          scene->style.high_contrast)
        colour = &white;
      else if (variant == TRYGG_RISK_LABEL_HOLLOW_LIGHT)
        colour = &white;
      else if (variant == TRYGG_RISK_LABEL_HOLLOW_DARK)
        colour = &black;  /* the cell's text colour: see trygg_risk_heatmap_palette() */
      pango_layout_set_text (layout, string, -1);
      pango_layout_get_pixel_size (layout, &w, &h);
      gtk_snapshot_append_layout (snapshot, layout, colour);
      text = g_new0 (TryggRiskHeatmapTextNode, 1);
      text->node = gtk_snapshot_free_to_node (snapshot);
      text->width = w;
      text->height = h;
      g_hash_table_insert (scene->text_nodes, key, text);
    }
  return text;
}

void
trygg_risk_heatmap_draw_chip (TryggRiskHeatmapScene *scene,
                              GtkSnapshot           *snapshot,
                              PangoContext          *context,
                              const graphene_rect_t *rect,
                              guint                  value,
                              TryggRiskLabel         variant)
{
  gboolean hollow = variant == TRYGG_RISK_LABEL_HOLLOW_DARK ||
                    variant == TRYGG_RISK_LABEL_HOLLOW_LIGHT;
  gboolean hc = scene->style.high_contrast;
  const TryggRiskHeatmapTextNode *text = trygg_risk_heatmap_chip_label (scene, context, value,
                                                                        variant);
  GskRoundedRect rr;

  gsk_rounded_rect_init_from_rect (&rr, rect, rect->size.height / 2);
  if (!hollow)
    {
      gtk_snapshot_push_rounded_clip (snapshot, &rr);
      gtk_snapshot_append_color (snapshot, hc ? &black : &white, rect);
      gtk_snapshot_pop (snapshot);
    }
  ring (snapshot, rect, rect->size.height / 2, hollow ? (hc ? 2.5f : 1.5f) : 1,
        hollow && variant == TRYGG_RISK_LABEL_HOLLOW_LIGHT ? &white
                                                           : hc ? &black : &chip_border);
  if (text->node != NULL)
    {
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (
          (int) (rect->origin.x + (rect->size.width - text->width) / 2 + 0.5f),
          (int) (rect->origin.y + (rect->size.height - text->height) / 2 + 0.5f)));
      gtk_snapshot_append_node (snapshot, text->node);
      gtk_snapshot_restore (snapshot);
    }
}

static void
focus_ring (TryggRiskHeatmapScene *scene,
            GtkSnapshot           *snapshot,
            const graphene_rect_t *chip)
{
  graphene_rect_t r = *chip;

  graphene_rect_inset (&r, -2.5f, -2.5f);
  ring (snapshot, &r, r.size.height / 2, scene->style.large ? 3.5f : 2.5f,
        &scene->style.accent);
}

static void
draw_chips (TryggRiskHeatmapScene *scene,
            GtkSnapshot           *snapshot,
            PangoContext          *context,
            int                    cell)
{
  const TryggRiskBand *band;
  GdkRGBA fill, text;
  int p, c;

  trygg_risk_heatmap_scene_cell_levels (scene, cell, &p, &c);
  band = trygg_risk_heatmap_data_band (scene->data, p, c);
  trygg_risk_heatmap_palette (band != NULL ? band->colour : NULL, scene->style.high_contrast,
                              &fill, &text);
  for (guint slot = 0; slot < scene->n_shown[cell]; slot++)
    {
      const TryggRiskHeatmapEntry *entry = trygg_risk_heatmap_scene_shown (scene, cell, slot);
      const TryggRiskHeatmapRisk *risk = trygg_risk_heatmap_data_get_risk (scene->data,
                                                                           entry->risk);
      gboolean hollow = entry->kind == TRYGG_RISK_CHIP_UNASSESSED ||
                        entry->kind == TRYGG_RISK_CHIP_GHOST;
      gboolean selected = (int) entry->risk == scene->selected;
      graphene_rect_t r;
      TryggRiskLabel variant = TRYGG_RISK_LABEL_SOLID;

      if (hollow || (selected && scene->dragging && entry->kind == scene->focus_kind))
        variant = gdk_rgba_equal (&text, &white) ? TRYGG_RISK_LABEL_HOLLOW_LIGHT
                                                 : TRYGG_RISK_LABEL_HOLLOW_DARK;
      trygg_risk_heatmap_scene_chip_rect (scene, cell, slot, &r);
      trygg_risk_heatmap_draw_chip (scene, snapshot, context, &r, risk->number, variant);
      if (selected && !scene->dragging)
        focus_ring (scene, snapshot, &r);
    }
  if (trygg_risk_heatmap_scene_has_more (scene, cell))
    {
      graphene_rect_t r;

      trygg_risk_heatmap_scene_chip_rect (scene, cell, scene->n_shown[cell], &r);
      trygg_risk_heatmap_draw_chip (scene, snapshot, context, &r, scene->n_more[cell],
                                    TRYGG_RISK_LABEL_MORE);
      if (cell == scene->focus_more)
        focus_ring (scene, snapshot, &r);
    }
}

static void
build_frame (TryggRiskHeatmapScene *scene,
             GtkSnapshot           *snapshot,
             PangoContext          *context)
{
  const TryggRiskHeatmapGeometry *g = &scene->geom;
  int n_cells = trygg_risk_heatmap_scene_n_cells (scene);

  if (scene->static_node != NULL)
    gtk_snapshot_append_node (snapshot, scene->static_node);
  for (int cell = 0; cell < n_cells; cell++)
    {
      graphene_rect_t r;

      trygg_risk_heatmap_scene_cell_rect (scene, cell, &r);
      if (cell == scene->filter_cell)
        ring (snapshot, &r, 0, MAX (3.f, g->gap + 1), &scene->style.foreground);
      draw_chips (scene, snapshot, context, cell);
      if (cell == scene->focus_cell || cell == scene->drop_cell)
        {
          graphene_rect_t inner = r;

          graphene_rect_inset (&inner, 1, 1);
          ring (snapshot, &inner, 0, scene->style.large ? 5 : 3.5f, &scene->style.accent);
        }
    }
  if (scene->view == TRYGG_RISK_HEATMAP_BOTH)
    trygg_risk_heatmap_draw_arrows (scene, snapshot, context);
  if (scene->dragging && scene->selected >= 0)
    {
      const TryggRiskHeatmapRisk *risk = trygg_risk_heatmap_data_get_risk (scene->data,
                                                                           scene->selected);
      graphene_rect_t r = GRAPHENE_RECT_INIT (scene->drag_x - g->chip_w / 2,
                                              scene->drag_y - g->chip_h / 2,
                                              g->chip_w, g->chip_h);

      trygg_risk_heatmap_draw_chip (scene, snapshot, context, &r, risk->number,
                                    TRYGG_RISK_LABEL_SOLID);
      focus_ring (scene, snapshot, &r);
    }
}

/**
 * trygg_risk_heatmap_scene_snapshot:
 *
 * Appends the heatmap as laid out by trygg_risk_heatmap_scene_layout().
 */
void
trygg_risk_heatmap_scene_snapshot (TryggRiskHeatmapScene *scene,
                                   GtkSnapshot           *snapshot,
                                   PangoContext          *context)
{
  if (scene->data == NULL || scene->geom.width <= 0)
    return;
  if (scene->frame_node == NULL)
    {
      GtkSnapshot *frame = gtk_snapshot_new ();

      if (scene->static_node == NULL)
        scene->static_node = build_static (scene, context);
      build_frame (scene, frame, context);
      scene->frame_node = gtk_snapshot_free_to_node (frame);
    }
  if (scene->frame_node != NULL)
    gtk_snapshot_append_node (snapshot, scene->frame_node);
}
