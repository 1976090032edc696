/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What risk-heatmap-paint.c (the picture) and risk-heatmap-arrows.c (the arrows of the both
 * view) share: the chips and their cached labels.
 */
#pragma once

#include "risk-heatmap-scene.h"

G_BEGIN_DECLS

/* how a chip's number is written */
typedef enum
{
  TRYGG_RISK_LABEL_SOLID,        /* a risk at its place: bold on white */
  TRYGG_RISK_LABEL_HOLLOW_DARK,  /* a hollow chip on a light cell: italic, black */
  TRYGG_RISK_LABEL_HOLLOW_LIGHT, /* a hollow chip on a dark cell: italic, white */
  TRYGG_RISK_LABEL_MORE,         /* "+N" */
  TRYGG_RISK_LABEL_COUNT,        /* a count: bold */
} TryggRiskLabel;

/* a chip's label as a render node and its size; scene->text_nodes owns it (see
 * risk-heatmap-scene.c: the node comes first) */
typedef struct
{
  GskRenderNode *node;
  float          width;
  float          height;
} TryggRiskHeatmapTextNode;

/* @value written as @variant, laid out once and cached in @scene */
const TryggRiskHeatmapTextNode *trygg_risk_heatmap_chip_label (TryggRiskHeatmapScene *scene,
                                                               PangoContext          *context,
                                                               guint                  value,
                                                               TryggRiskLabel         variant);
/* a chip with @value in @rect: filled unless hollow, with its ring */
void trygg_risk_heatmap_draw_chip   (TryggRiskHeatmapScene *scene,
                                     GtkSnapshot           *snapshot,
                                     PangoContext          *context,
                                     const graphene_rect_t *rect,
                                     guint                  value,
                                     TryggRiskLabel         variant);
/* the arrows of the both view (risk-heatmap-arrows.c) */
void trygg_risk_heatmap_draw_arrows (TryggRiskHeatmapScene *scene,
                                     GtkSnapshot           *snapshot,
                                     PangoContext          *context);

G_END_DECLS
