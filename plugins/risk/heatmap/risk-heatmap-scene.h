/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The one drawing of the heatmap, shared by the widget, the exports and the PDF report:
 * geometry (where cells, chips and labels go at a given size), which chips a cell shows,
 * the colour-blind-safe palette, and the picture appended to a GtkSnapshot.
 */
#pragma once

#include <gtk/gtk.h>

#include "risk-heatmap-data.h"

G_BEGIN_DECLS

typedef struct
{
  gboolean large;          /* workshop mode: bigger type and chips */
  gboolean high_contrast;  /* projectors: saturated fills, black borders */
  gboolean title;          /* exports: the view's name above the matrix */
  GdkRGBA  foreground;     /* axis labels and legend */
  GdkRGBA  background;     /* alpha 0 for none */
  GdkRGBA  accent;         /* the focus ring, the cell a chip is dragged to */
} TryggRiskHeatmapStyle;

typedef struct
{
  float           width;
  float           height;
  float           font;       /* px of the text in cells and on axes */
  float           pad;
  graphene_rect_t title;
  graphene_rect_t grid;
  graphene_rect_t legend;
  float           left;       /* x of the probability labels */
  float           label_w;    /* their width */
  float           cell_w;
  float           cell_h;
  float           gap;
  float           header_h;   /* the band name, value and count of a cell */
  float           header_font; /* px of that line: smaller than @font in small cells */
  float           inset;
  float           chip_w;
  float           chip_h;     /* 1.6 × the chip's font */
  float           chip_gap;
  float           chip_x;     /* where a cell's chips start, from its top left corner */
  float           chip_y;
  int             chip_cols;
  int             chip_rows;
  gboolean        compact;    /* band initials and bare counts */
  gboolean        chips_inline; /* chips beside the band's initial on its line; no count */
  float           axis_font[2]; /* px of the level names: consequence [0], probability [1] */
  gboolean        axis_ellipsize[2]; /* a word did not fit even at the smallest size */
} TryggRiskHeatmapGeometry;

typedef struct
{
  /* what to draw; @data is not owned */
  const TryggRiskHeatmapData *data;
  TryggRiskHeatmapView        view;
  TryggRiskHeatmapStyle       style;

  /* state: cells and risks by index, -1 for none */
  int      filter_cell;
  int      focus_cell;      /* the cell itself has the keyboard focus */
  int      selected;        /* a risk */
  int      focus_kind;      /* the kind of the selected risk's chip with the focus, or -1 */
  int      focus_more;      /* the cell whose "+N" chip has the focus */
  gboolean dragging;        /* the selected risk's chip follows the pointer */
  int      drop_cell;       /* while dragging */
  float    drag_x;
  float    drag_y;

  /* made by trygg_risk_heatmap_scene_layout() */
  TryggRiskHeatmapGeometry geom;
  GArray  *shown;           /* guint: positions in the cell's list, cell by cell */
  guint    first[TRYGG_RISK_HEATMAP_MAX_CELLS];
  guint    n_shown[TRYGG_RISK_HEATMAP_MAX_CELLS];
  guint    n_more[TRYGG_RISK_HEATMAP_MAX_CELLS];

  /* caches */
  GskRenderNode *static_node;  /* cells, labels, legend: changes with data, size, view */
  GskRenderNode *frame_node;   /* the whole picture */
  GHashTable    *text_nodes;   /* chip labels by number and style */
  PangoFontDescription *font_desc;
} TryggRiskHeatmapScene;

void     trygg_risk_heatmap_scene_init       (TryggRiskHeatmapScene *scene);
void     trygg_risk_heatmap_scene_clear      (TryggRiskHeatmapScene *scene);
/* a new picture: after the data, the view or the style changed */
void     trygg_risk_heatmap_scene_invalidate (TryggRiskHeatmapScene *scene);
/* a new frame over the same cells: after the focus, selection, filter or a drag changed */
void     trygg_risk_heatmap_scene_redraw     (TryggRiskHeatmapScene *scene);
/* geometry and visible chips for @width × @height; returns whether they changed */
gboolean trygg_risk_heatmap_scene_layout     (TryggRiskHeatmapScene *scene,
                                              PangoContext          *context,
                                              float                  width,
                                              float                  height);
void     trygg_risk_heatmap_scene_snapshot   (TryggRiskHeatmapScene *scene,
                                              GtkSnapshot           *snapshot,
                                              PangoContext          *context);

int      trygg_risk_heatmap_scene_n_cells    (const TryggRiskHeatmapScene *scene);
void     trygg_risk_heatmap_scene_cell_levels (const TryggRiskHeatmapScene *scene,
                                              int                    cell,
                                              int                   *probability,
                                              int                   *consequence);
void     trygg_risk_heatmap_scene_cell_rect  (const TryggRiskHeatmapScene *scene,
                                              int                    cell,
                                              graphene_rect_t       *rect);
/* @slot counts the shown chips of the cell, the "+N" chip last */
void     trygg_risk_heatmap_scene_chip_rect  (const TryggRiskHeatmapScene *scene,
                                              int                    cell,
                                              guint                  slot,
                                              graphene_rect_t       *rect);
/* whether @cell ends with a "+N" chip for the risks it cannot show */
gboolean trygg_risk_heatmap_scene_has_more   (const TryggRiskHeatmapScene *scene,
                                              int                    cell);
/* the entry shown in @slot of @cell */
const TryggRiskHeatmapEntry *trygg_risk_heatmap_scene_shown (const TryggRiskHeatmapScene *scene,
                                              int                    cell,
                                              guint                  slot);
/* (transfer full): the name of @level on the probability or consequence axis, laid out as
 * drawn (wrapped at spaces only, every label of the axis at the same size), and the box it is
 * centred in vertically */
PangoLayout *trygg_risk_heatmap_scene_axis_label (const TryggRiskHeatmapScene *scene,
                                              PangoContext          *context,
                                              gboolean               probability,
                                              int                    level,
                                              graphene_rect_t       *rect);
/* the cell at a point, or -1 */
int      trygg_risk_heatmap_scene_cell_at    (const TryggRiskHeatmapScene *scene,
                                              float                  x,
                                              float                  y);
/* the chip slot at a point in @cell, or -1; the "+N" chip is slot n_shown */
int      trygg_risk_heatmap_scene_slot_at    (const TryggRiskHeatmapScene *scene,
                                              int                    cell,
                                              float                  x,
                                              float                  y);

/* risk-heatmap-fit.c, for the layout: the cells' header line and chips (after the grid and
 * the cells' size), and the axis labels' sizes */
void     trygg_risk_heatmap_scene_fit_cells  (TryggRiskHeatmapScene *scene,
                                              PangoLayout           *layout);
void     trygg_risk_heatmap_scene_fit_axes   (TryggRiskHeatmapScene *scene,
                                              PangoContext          *context);

/* the fill of a band's colour key and the text colour that reads best on it */
void     trygg_risk_heatmap_palette          (const char            *colour,
                                              gboolean               high_contrast,
                                              GdkRGBA               *fill,
                                              GdkRGBA               *text);
/* WCAG 2 contrast ratio of two opaque colours, 1 … 21 */
double   trygg_risk_heatmap_contrast         (const GdkRGBA         *a,
                                              const GdkRGBA         *b);
void     trygg_risk_heatmap_style_init       (TryggRiskHeatmapStyle *style);
/* (transfer full): how exports and reports lay out text: Pango's cairo font map, unhinted
 * metrics (risk-heatmap-render.c) */
PangoContext *trygg_risk_heatmap_export_context (void);
/* the name of a view, as a title */
const char *trygg_risk_heatmap_view_title    (TryggRiskHeatmapView   view);

G_END_DECLS
