/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What fits where, for the layout (risk-heatmap-scene.c): the cells' header line and their
 * chips, and the size of the level names on the axes.
 *
 * Chips: a cell that holds risks always shows chips when it can hold one at all, because the
 * numbers are what a workshop looks at. In order:
 *  1. below the header line, the chips' font shrunk from its size down to the normal mode's
 *     (large mode) or 8 px until one row fits;
 *  2. otherwise whichever shows more chips: chips to the right of the band's initial on its
 *     line (no count: the chips and "+N" say it), or a smaller header line with chips below;
 *  3. as a last resort one chip (the risk, or "+N" for all of them) as large as fits, beside
 *     the band's initial even if that is then cut short.
 *
 * Axis labels wrap at spaces only. When a word does not fit its label's width, or the label
 * not its height, every label of that axis gets smaller together so they look alike; below
 * the smallest readable size they are ellipsized on one line.
 */
#define G_LOG_DOMAIN "trygg-risk"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "risk-heatmap-scene.h"

/* Cells */

static float
text_width (PangoLayout *layout,
            const char  *text)
{
  int w;

  pango_layout_set_text (layout, text, -1);
  pango_layout_get_pixel_size (layout, &w, NULL);
  return w;
}

static int
digits (guint n)
{
  int d = 1;

  while (n >= 10)
    {
      n /= 10;
      d++;
    }
  return d;
}

/* a chip's height and width are 1.6 and (0.62 per digit + 1.1) times its font */
#define CHIP_H(font) ((font) * 1.6f)
#define CHIP_W(font, nd) ((font) * ((nd) * 0.62f + 1.1f))

typedef struct
{
  float x, y, w, h;   /* the chips' area in a cell */
  float font;         /* their font, 0 when not even one fits */
  int   cols, rows;
} ChipArea;

/* the chips' font for @area: @pref, or smaller down to @min so that one fits */
static void
fit_area (ChipArea *area,
          float     pref,
          float     min,
          int       nd)
{
  float font = MIN (pref, MIN (area->h / 1.6f, area->w / (nd * 0.62f + 1.1f)));
  float gap = font * 0.3f;

  area->cols = area->rows = 0;
  area->font = font >= min ? font : 0;
  if (area->font <= 0)
    return;
  area->cols = MAX (1, (int) ((area->w + gap) / (CHIP_W (font, nd) + gap)));
  area->rows = MAX (1, (int) ((area->h + gap) / (CHIP_H (font) + gap)));
}

/* the widest header text at @font: "High · 12  3 risks", or without the count; in
 * compact form "H 12" */
static float
header_width (TryggRiskHeatmapScene *scene,
              PangoLayout           *layout,
              gboolean               compact,
              gboolean               count)
{
  const TryggRiskMatrix *matrix = trygg_risk_heatmap_data_get_matrix (scene->data);
  int top = trygg_risk_heatmap_data_get_probability_levels (scene->data) *
            trygg_risk_heatmap_data_get_consequence_levels (scene->data);
  guint n_risks = trygg_risk_heatmap_data_get_n_risks (scene->data);
  float w = 0;

  for (guint i = 0; i < matrix->bands->len; i++)
    {
      const TryggRiskBand *band = g_ptr_array_index (matrix->bands, i);
      g_autofree char *initial = g_utf8_substring (band->name, 0, 1);
      g_autofree char *text = compact ? g_strdup_printf ("%s %d", initial, top)
                                      : g_strdup_printf ("%s · %d", band->name, top);

      w = MAX (w, text_width (layout, text));
    }
  if (count)
    {
      g_autofree char *text = compact
        ? g_strdup_printf ("%u", n_risks)
        : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u risk", "%u risks", n_risks),
                           n_risks);

      w += text_width (layout, text) + pango_font_description_get_size (
          pango_layout_get_font_description (layout)) / (float) PANGO_SCALE;
    }
  return w;
}

static void
set_header_font (PangoLayout *layout,
                 float        font)
{
  g_autoptr(PangoFontDescription) desc =
    pango_font_description_copy (pango_layout_get_font_description (layout));

  pango_font_description_set_absolute_size (desc, font * PANGO_SCALE);
  pango_layout_set_font_description (layout, desc);
}

void
trygg_risk_heatmap_scene_fit_cells (TryggRiskHeatmapScene *scene,
                                    PangoLayout           *layout)
{
  TryggRiskHeatmapGeometry *g = &scene->geom;
  const TryggRiskHeatmapData *data = scene->data;
  guint n_risks = trygg_risk_heatmap_data_get_n_risks (data);
  float base = scene->style.large ? g->font / 1.5f : g->font;
  float pref = MAX (9.f, g->font * 0.85f);
  float min = MIN (pref, scene->style.large ? MAX (9.f, base * 0.85f) : 8.f);
  float min_header = MIN (g->font, scene->style.large ? MAX (10.f, base) : 9.f);
  ChipArea below, beside, smaller, *best;
  float header_font = g->font, initial_w;
  int max_number = 0, nd;

  for (guint i = 0; i < n_risks; i++)
    max_number = MAX (max_number, trygg_risk_heatmap_data_get_risk (data, i)->number);
  nd = MAX (digits (max_number), digits (n_risks) + 1);

  g->inset = CLAMP (g->font * 0.35f, 2.f, 10.f);
  g->header_font = g->font;
  g->header_h = g->font * 1.45f + g->inset;
  set_header_font (layout, g->font);
  g->compact = header_width (scene, layout, FALSE, TRUE) > g->cell_w - 2 * g->inset;

  /* 1. below the header line */
  below = (ChipArea) { g->inset, g->header_h, g->cell_w - 2 * g->inset,
                       g->cell_h - g->header_h - g->inset, 0, 0, 0 };
  fit_area (&below, pref, min, nd);
  best = &below;

  if (below.font <= 0)
    {
      /* 2a. beside the band's initial and value */
      initial_w = header_width (scene, layout, TRUE, FALSE);
      beside = (ChipArea) { 2 * g->inset + initial_w, g->inset / 2,
                            g->cell_w - 3 * g->inset - initial_w, g->cell_h - g->inset,
                            0, 0, 0 };
      fit_area (&beside, pref, min, nd);

      /* 2b. a smaller header line, as large as leaves room for one row of the smallest */
      header_font = MIN (g->font, (g->cell_h - 2 * g->inset - CHIP_H (min)) / 1.45f);
      smaller = (ChipArea) { g->inset, header_font * 1.45f + g->inset, g->cell_w - 2 * g->inset,
                             g->cell_h - header_font * 1.45f - 2 * g->inset, 0, 0, 0 };
      if (header_font >= min_header)
        fit_area (&smaller, pref, min, nd);
      else
        smaller.font = 0;

      best = smaller.cols * smaller.rows > beside.cols * beside.rows ? &smaller : &beside;
      if (best->font <= 0)
        {
          /* 3. one chip, beside the initial (which gives way down to 0.3 of the cell's
           * width and is then cut short) or else below the header, as large as fits */
          float room = MIN (initial_w, (g->cell_w - 2 * g->inset) * 0.3f);

          beside = (ChipArea) { 1.5f * g->inset + room, g->inset / 2,
                                g->cell_w - 2.5f * g->inset - room, g->cell_h - g->inset,
                                0, 0, 0 };
          fit_area (&beside, pref, 5.f, nd);
          fit_area (&below, pref, 5.f, nd);
          best = beside.font > 0 && beside.font >= below.font ? &beside : &below;
          best->cols = best->rows = best->font > 0 ? 1 : 0;
        }
      if (best == &beside)
        {
          g->chips_inline = TRUE;
          g->compact = TRUE;
        }
      else if (best == &smaller)
        {
          g->header_font = header_font;
          g->header_h = header_font * 1.45f + g->inset;
          set_header_font (layout, header_font);
          g->compact = header_width (scene, layout, FALSE, TRUE) > g->cell_w - 2 * g->inset;
        }
    }

  /* a cell too small for any chip keeps the sizes a chip would have for "+N" */
  g->chip_h = CHIP_H (best->font > 0 ? best->font : pref);
  g->chip_w = CHIP_W (best->font > 0 ? best->font : pref, nd);
  g->chip_gap = (best->font > 0 ? best->font : pref) * 0.3f;
  g->chip_x = best->x;
  g->chip_y = best->y;
  g->chip_cols = best->cols;
  g->chip_rows = best->rows;
}

/* Axis labels */

static char *
axis_text (const TryggRiskHeatmapScene *scene,
           gboolean                     probability,
           int                          level)
{
  return g_strdup_printf ("%d %s", level,
                          trygg_risk_heatmap_data_level_name (scene->data, probability, level));
}

static void
axis_box (const TryggRiskHeatmapScene *scene,
          gboolean                     probability,
          int                          level,
          graphene_rect_t             *rect)
{
  const TryggRiskHeatmapGeometry *g = &scene->geom;
  int np = trygg_risk_heatmap_data_get_probability_levels (scene->data);

  if (probability)
    graphene_rect_init (rect, g->left, g->grid.origin.y + (np - level) * (g->cell_h + g->gap),
                        g->label_w - g->pad / 2, g->cell_h);
  else
    graphene_rect_init (rect, g->grid.origin.x + (level - 1) * (g->cell_w + g->gap),
                        g->grid.origin.y + g->grid.size.height + g->pad / 2, g->cell_w,
                        g->font * 1.25f * 3);
}

static PangoLayout *
axis_layout (const TryggRiskHeatmapScene *scene,
             PangoContext                *context,
             const char                  *text,
             float                        font,
             gboolean                     ellipsize,
             gboolean                     probability,
             const graphene_rect_t       *box)
{
  PangoLayout *layout = pango_layout_new (context);
  g_autoptr(PangoFontDescription) desc = pango_font_description_copy (scene->font_desc);
  PangoAttrList *attrs = pango_attr_list_new ();

  pango_font_description_set_absolute_size (desc, font * PANGO_SCALE);
  pango_layout_set_font_description (layout, desc);
  /* never "Försumb-ar": a break inside a word gets no hyphen, and fitting avoids it */
  pango_attr_list_insert (attrs, pango_attr_insert_hyphens_new (FALSE));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  pango_layout_set_text (layout, text, -1);
  pango_layout_set_width (layout, MAX (1, (int) box->size.width) * PANGO_SCALE);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  /* one line when ellipsized, else as many as the box holds */
  pango_layout_set_height (layout, ellipsize ? -1 : MAX (1, (int) box->size.height) * PANGO_SCALE);
  pango_layout_set_alignment (layout, probability ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_CENTER);
  return layout;
}

/* whether every word of @text fits @box's width and all its lines its height at @font */
static gboolean
axis_label_fits (const TryggRiskHeatmapScene *scene,
                 PangoContext                *context,
                 const char                  *text,
                 float                        font,
                 const graphene_rect_t       *box,
                 float                       *widest)
{
  g_autoptr(PangoLayout) layout = axis_layout (scene, context, text, font, FALSE, FALSE, box);
  g_auto(GStrv) words = g_strsplit (text, " ", -1);
  gboolean fits = TRUE;
  int h;

  pango_layout_set_width (layout, -1);
  pango_layout_set_height (layout, -1);
  for (int i = 0; words[i] != NULL; i++)
    {
      int w;

      pango_layout_set_text (layout, words[i], -1);
      pango_layout_get_pixel_size (layout, &w, NULL);
      *widest = MAX (*widest, w);
      if (w > box->size.width - 1)
        fits = FALSE;
    }
  pango_layout_set_text (layout, text, -1);
  pango_layout_set_width (layout, MAX (1, (int) box->size.width) * PANGO_SCALE);
  pango_layout_get_pixel_size (layout, NULL, &h);
  return fits && h <= box->size.height;
}

void
trygg_risk_heatmap_scene_fit_axes (TryggRiskHeatmapScene *scene,
                                   PangoContext          *context)
{
  TryggRiskHeatmapGeometry *g = &scene->geom;
  float min = MIN (g->font, MAX (8.f, g->font * 0.6f));

  for (int axis = 0; axis < 2; axis++)
    {
      gboolean probability = axis == 1;
      int n = probability ? trygg_risk_heatmap_data_get_probability_levels (scene->data)
                          : trygg_risk_heatmap_data_get_consequence_levels (scene->data);
      float font = g->font;

      g->axis_ellipsize[axis] = FALSE;
      for (;;)
        {
          gboolean fits = TRUE;
          float widest = 0, box_w = 0;

          for (int level = 1; level <= n; level++)
            {
              g_autofree char *text = axis_text (scene, probability, level);
              graphene_rect_t box;

              axis_box (scene, probability, level, &box);
              box_w = box.size.width;
              if (!axis_label_fits (scene, context, text, font, &box, &widest))
                fits = FALSE;
            }
          if (fits)
            break;
          if (font <= min)
            {
              g->axis_ellipsize[axis] = TRUE;
              break;
            }
          /* widths grow with the font: straight to where the widest word fits, else a step */
          font = MAX (min, font * MIN (0.95f, widest > 0 ? (box_w - 1) / widest : 0.95f));
        }
      g->axis_font[axis] = font;
    }
}

PangoLayout *
trygg_risk_heatmap_scene_axis_label (const TryggRiskHeatmapScene *scene,
                                     PangoContext                *context,
                                     gboolean                     probability,
                                     int                          level,
                                     graphene_rect_t             *rect)
{
  g_autofree char *text = axis_text (scene, probability, level);
  int axis = probability ? 1 : 0;

  axis_box (scene, probability, level, rect);
  return axis_layout (scene, context, text, scene->geom.axis_font[axis],
                      scene->geom.axis_ellipsize[axis], probability, rect);
}
