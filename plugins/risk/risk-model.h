/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "trygg-core.h"

G_BEGIN_DECLS

#define TRYGG_RISK_MIN_LEVELS 3
#define TRYGG_RISK_MAX_LEVELS 6
#define TRYGG_RISK_MAX_BANDS  5

/**
 * TryggRiskPresetBand:
 * @name: untranslated, with the context "risk band"
 * @lower: the lowest value in the band
 * @upper: the highest value in the band
 * @colour: a palette key: "green", "yellow", "orange" or "red"
 * @accept_by: who may accept a risk in the band, untranslated, context "risk acceptance"
 * @treat_within_days: how soon a risk in the band must be treated, or -1 for no limit
 * @inform: whom to inform, untranslated with the context "risk acceptance", or ""
 */
typedef struct {
  const char *name;
  int         lower;
  int         upper;
  const char *colour;
  const char *accept_by;
  int         treat_within_days;
  const char *inform;
} TryggRiskPresetBand;

/**
 * TryggRiskPreset:
 * @id: stored in `risk_matrix.preset`
 * @name: untranslated, marked with N_()
 * @size: the number of levels of both axes
 * @probability: level names from 1, untranslated, context "risk probability"
 * @probability_descriptions: per level from 1, untranslated
 * @consequence: level names from 1, untranslated, context "risk consequence"
 * @consequence_descriptions: per level from 1, untranslated
 * @n_bands: the number of @bands
 * @bands: lowest first
 */
typedef struct {
  const char          *id;
  const char          *name;
  int                  size;
  const char          *probability[TRYGG_RISK_MAX_LEVELS];
  const char          *probability_descriptions[TRYGG_RISK_MAX_LEVELS];
  const char          *consequence[TRYGG_RISK_MAX_LEVELS];
  const char          *consequence_descriptions[TRYGG_RISK_MAX_LEVELS];
  int                  n_bands;
  TryggRiskPresetBand  bands[TRYGG_RISK_MAX_BANDS];
} TryggRiskPreset;

#define TRYGG_RISK_N_PRESETS 3

/* ends with a { NULL } entry; the first is the default */
extern const TryggRiskPreset trygg_risk_presets[];

/**
 * TryggRiskBand:
 *
 * A band of an analysis's matrix with its acceptance rule, as stored (texts in the language
 * the analysis was made in). @treat_within_days is -1 when there is no limit.
 */
typedef struct {
  gint64  id;
  int     position;
  char   *name;
  int     lower;
  int     upper;
  char   *colour;
  char   *accept_by;
  int     treat_within_days;
  char   *inform;
} TryggRiskBand;

/**
 * TryggRiskMatrix:
 * @bands: (element-type TryggRiskBand): lowest first
 */
typedef struct {
  gint64     id;
  gint64     analysis_id;
  char      *preset;
  int        probability_levels;
  int        consequence_levels;
  GPtrArray *bands;
} TryggRiskMatrix;

/**
 * TryggRiskScores:
 *
 * A risk's levels; the residual ones are 0 while not assessed.
 */
typedef struct {
  int probability;
  int consequence;
  int residual_probability;
  int residual_consequence;
} TryggRiskScores;

/**
 * TryggRiskMapping:
 * @TRYGG_RISK_MAP_PROPORTIONAL: a level keeps its place between the lowest and the highest
 *   level, rounded half up; the lowest and highest levels stay lowest and highest
 * @TRYGG_RISK_MAP_CLAMP: a level keeps its number; levels above the new size become the top
 *
 * How trygg_risk_resize_matrix() moves the risks on a matrix whose size changes.
 */
typedef enum {
  TRYGG_RISK_MAP_PROPORTIONAL,
  TRYGG_RISK_MAP_CLAMP,
} TryggRiskMapping;

/**
 * TryggRiskMove:
 *
 * Where a resize moved a risk: its scores before and after.
 */
typedef struct {
  gint64          risk_id;
  int             number;
  TryggRiskScores before;
  TryggRiskScores after;
} TryggRiskMove;

/**
 * TryggRiskOverview:
 * @red_risks: risks not closed whose current value (residual when assessed, else initial) is
 *   in a band coloured red
 * @unapproved_analyses: analyses still in draft
 * @overdue_measures: measures whose action is past its deadline and neither done nor cancelled
 */
typedef struct {
  gint64 red_risks;
  gint64 unapproved_analyses;
  gint64 overdue_measures;
} TryggRiskOverview;

const TryggRiskPreset *trygg_risk_preset_lookup     (const char *id);
int          trygg_risk_level_map              (int              level,
                                                int              old_size,
                                                int              new_size,
                                                TryggRiskMapping mapping);

gboolean     trygg_risk_create_analysis        (TryggDatabase   *db,
                                                const char      *title,
                                                const char      *preset,
                                                gint64          *analysis_id,
                                                GError         **error);

TryggRiskMatrix *trygg_risk_matrix_load        (TryggDatabase   *db,
                                                gint64           analysis_id,
                                                GError         **error);
void         trygg_risk_matrix_free            (TryggRiskMatrix *matrix);
const TryggRiskBand *trygg_risk_matrix_band    (const TryggRiskMatrix *matrix,
                                                int              value);
char        *trygg_risk_level_name             (TryggDatabase   *db,
                                                gint64           analysis_id,
                                                const char      *axis,
                                                int              level);
TryggRiskBand *trygg_risk_band_copy            (const TryggRiskBand *band);
void         trygg_risk_band_free              (TryggRiskBand   *band);

gboolean     trygg_risk_add                    (TryggDatabase   *db,
                                                gint64           analysis_id,
                                                const char      *event,
                                                int              probability,
                                                int              consequence,
                                                gint64          *risk_id,
                                                GError         **error);
gboolean     trygg_risk_get_scores             (TryggDatabase   *db,
                                                gint64           risk_id,
                                                TryggRiskScores *scores,
                                                GError         **error);
gboolean     trygg_risk_score                  (TryggDatabase   *db,
                                                gint64           risk_id,
                                                gboolean         residual,
                                                int              probability,
                                                int              consequence,
                                                GError         **error);
TryggRiskBand *trygg_risk_band_of_risk         (TryggDatabase   *db,
                                                gint64           risk_id,
                                                gboolean         residual,
                                                int             *value,
                                                GError         **error);

gboolean     trygg_risk_resize_matrix          (TryggDatabase   *db,
                                                gint64           analysis_id,
                                                int              probability_levels,
                                                int              consequence_levels,
                                                TryggRiskMapping mapping,
                                                GArray         **moves,
                                                GError         **error);

gboolean     trygg_risk_propose_measure        (TryggDatabase   *db,
                                                gint64           risk_id,
                                                const char      *title,
                                                const char      *description,
                                                gint64           responsible_id,
                                                const char      *due_date,
                                                gint64          *measure_id,
                                                gint64          *action_id,
                                                GError         **error);

gboolean     trygg_risk_overview               (TryggDatabase   *db,
                                                const char      *today,
                                                TryggRiskOverview *overview,
                                                GError         **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TryggRiskMatrix, trygg_risk_matrix_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TryggRiskBand, trygg_risk_band_free)

G_END_DECLS
