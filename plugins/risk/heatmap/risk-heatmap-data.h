/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "risk-model.h"

G_BEGIN_DECLS

/**
 * TryggRiskHeatmapView:
 * @TRYGG_RISK_HEATMAP_INITIAL: the initial scores
 * @TRYGG_RISK_HEATMAP_RESIDUAL: the residual scores; a risk whose residual risk is not yet
 *   assessed stays at its initial place, drawn hollow ("not assessed")
 * @TRYGG_RISK_HEATMAP_BOTH: residual places, with arrows from where a risk started
 */
typedef enum {
  TRYGG_RISK_HEATMAP_INITIAL,
  TRYGG_RISK_HEATMAP_RESIDUAL,
  TRYGG_RISK_HEATMAP_BOTH,
} TryggRiskHeatmapView;

#define TRYGG_RISK_HEATMAP_N_VIEWS 3
#define TRYGG_RISK_HEATMAP_MAX_CELLS (TRYGG_RISK_MAX_LEVELS * TRYGG_RISK_MAX_LEVELS)

/**
 * TryggRiskChipKind:
 * @TRYGG_RISK_CHIP_INITIAL: a risk at its initial scores
 * @TRYGG_RISK_CHIP_RESIDUAL: a risk at its residual scores
 * @TRYGG_RISK_CHIP_UNASSESSED: residual view: not assessed, shown at its initial scores;
 *   moving it sets its residual scores
 * @TRYGG_RISK_CHIP_GHOST: both view: where a risk with other residual scores started
 *
 * What a chip stands for, and so which scores moving it changes.
 */
typedef enum {
  TRYGG_RISK_CHIP_INITIAL,
  TRYGG_RISK_CHIP_RESIDUAL,
  TRYGG_RISK_CHIP_UNASSESSED,
  TRYGG_RISK_CHIP_GHOST,
} TryggRiskChipKind;

typedef enum {
  TRYGG_RISK_STATUS_OPEN,
  TRYGG_RISK_STATUS_IN_TREATMENT,
  TRYGG_RISK_STATUS_ACCEPTED,
  TRYGG_RISK_STATUS_CLOSED,
} TryggRiskStatus;

/* residual levels are 0 while not assessed */
typedef struct {
  gint64 id;
  int    number;
  guint8 probability;
  guint8 consequence;
  guint8 residual_probability;
  guint8 residual_consequence;
  guint8 status;
} TryggRiskHeatmapRisk;

typedef struct {
  guint  risk;   /* index into the risks, which are ordered by number */
  guint8 kind;   /* TryggRiskChipKind */
} TryggRiskHeatmapEntry;

/**
 * TryggRiskHeatmapData:
 *
 * Everything the heatmap draws, read at once: the matrix with its bands and level names,
 * and every risk's number, scores and status, already sorted into per-cell lists for each
 * view. GTK-free.
 */
typedef struct _TryggRiskHeatmapData TryggRiskHeatmapData;

TryggRiskHeatmapData *trygg_risk_heatmap_data_load   (TryggDatabase         *db,
                                                      gint64                 analysis_id,
                                                      GError               **error);
void                  trygg_risk_heatmap_data_free   (TryggRiskHeatmapData  *data);

gint64       trygg_risk_heatmap_data_get_analysis    (const TryggRiskHeatmapData *data);
int          trygg_risk_heatmap_data_get_probability_levels (const TryggRiskHeatmapData *data);
int          trygg_risk_heatmap_data_get_consequence_levels (const TryggRiskHeatmapData *data);
const TryggRiskMatrix *trygg_risk_heatmap_data_get_matrix   (const TryggRiskHeatmapData *data);
/* "" when the analysis has no name for the level */
const char  *trygg_risk_heatmap_data_level_name      (const TryggRiskHeatmapData *data,
                                                      gboolean               probability,
                                                      int                    level);
const TryggRiskBand *trygg_risk_heatmap_data_band    (const TryggRiskHeatmapData *data,
                                                      int                    probability,
                                                      int                    consequence);

guint        trygg_risk_heatmap_data_get_n_risks     (const TryggRiskHeatmapData *data);
const TryggRiskHeatmapRisk *trygg_risk_heatmap_data_get_risk (const TryggRiskHeatmapData *data,
                                                      guint                  index);
/* the index of a risk, or -1 */
int          trygg_risk_heatmap_data_find            (const TryggRiskHeatmapData *data,
                                                      gint64                 risk_id);

int          trygg_risk_heatmap_data_cell_index      (const TryggRiskHeatmapData *data,
                                                      int                    probability,
                                                      int                    consequence);
/* the chips of a cell in @view, ordered by the risks' numbers */
const TryggRiskHeatmapEntry *trygg_risk_heatmap_data_cell (const TryggRiskHeatmapData *data,
                                                      TryggRiskHeatmapView   view,
                                                      int                    cell,
                                                      guint                 *n_entries);
/* where an entry of @view sits */
void         trygg_risk_heatmap_data_entry_cell      (const TryggRiskHeatmapData *data,
                                                      const TryggRiskHeatmapEntry *entry,
                                                      int                   *probability,
                                                      int                   *consequence);
/* both view: how many risks have residual scores other than their initial ones, and how
 * many of them go from cell @from to cell @to */
/* risks whose residual risk is not assessed yet */
guint        trygg_risk_heatmap_data_get_n_unassessed (const TryggRiskHeatmapData *data);
guint        trygg_risk_heatmap_data_get_n_moved     (const TryggRiskHeatmapData *data);
guint        trygg_risk_heatmap_data_moves           (const TryggRiskHeatmapData *data,
                                                      int                    from,
                                                      int                    to);

/* (transfer full) (nullable): the undesired event of a risk, for a tooltip */
char        *trygg_risk_heatmap_data_risk_event      (TryggDatabase         *db,
                                                      gint64                 risk_id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TryggRiskHeatmapData, trygg_risk_heatmap_data_free)

G_END_DECLS
