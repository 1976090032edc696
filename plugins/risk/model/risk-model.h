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


/* Editing (risk-edit.c, risk-matrix-edit.c): each call is one transaction, in the change log;
 * bad input is refused with a TRYGG_DATABASE_ERROR_INVALID error in words. */

/**
 * TryggRiskLevel:
 *
 * The name and description of one level of one axis of an analysis's matrix.
 */
typedef struct {
  int   level;
  char *name;
  char *description;
} TryggRiskLevel;

/**
 * TryggRiskParticipant:
 * @name: the person's name
 */
typedef struct {
  gint64  id;
  gint64  person_id;
  char   *name;
  char   *role;
} TryggRiskParticipant;

/**
 * TryggRiskMeasure:
 * @responsible: the responsible person's name, or ""
 * @due_date: (nullable): YYYY-MM-DD
 * @status: the action's status: "not_started", "in_progress", "done", "postponed",
 *   "cancelled"
 */
typedef struct {
  gint64  id;
  gint64  action_id;
  char   *title;
  gint64  responsible_id;
  char   *responsible;
  char   *due_date;
  char   *status;
} TryggRiskMeasure;

/* what an analysis is about: link kinds for trygg_links_add() (the analysis on the left) */
extern const TryggLinkKind trygg_risk_link_asset;
extern const TryggLinkKind trygg_risk_link_system;
extern const TryggLinkKind trygg_risk_link_process;
extern const TryggLinkKind trygg_risk_link_unit;

/* the values of `risk.treatment` and `risk.status`, %NULL-terminated */
extern const char * const trygg_risk_treatments[];
extern const char * const trygg_risk_statuses[];
const char  *trygg_risk_treatment_label        (const char      *treatment);
const char  *trygg_risk_status_label           (const char      *status);
const char  *trygg_risk_action_status_label    (const char      *status);

gboolean     trygg_risk_analysis_set_text      (TryggDatabase   *db,
                                                gint64           analysis_id,
                                                const char      *column,
                                                const char      *value,
                                                GError         **error);
gboolean     trygg_risk_analysis_set_lead      (TryggDatabase   *db,
                                                gint64           analysis_id,
                                                gint64           person_id,
                                                GError         **error);
gboolean     trygg_risk_analysis_approve       (TryggDatabase   *db,
                                                gint64           analysis_id,
                                                gint64           approved_by_id,
                                                const char      *approved_on,
                                                GError         **error);
gboolean     trygg_risk_analysis_reopen        (TryggDatabase   *db,
                                                gint64           analysis_id,
                                                GError         **error);
gboolean     trygg_risk_analysis_delete        (TryggDatabase   *db,
                                                gint64           analysis_id,
                                                gint64          *first_change,
                                                gint64          *last_change,
                                                GError         **error);

gboolean     trygg_risk_locate                 (TryggDatabase   *db,
                                                const char      *uuid,
                                                gint64          *analysis_id,
                                                gint64          *risk_id);

gboolean     trygg_risk_participant_add        (TryggDatabase   *db,
                                                gint64           analysis_id,
                                                gint64           person_id,
                                                const char      *role,
                                                gint64          *participant_id,
                                                GError         **error);
gboolean     trygg_risk_participant_set_role   (TryggDatabase   *db,
                                                gint64           participant_id,
                                                const char      *role,
                                                GError         **error);
gboolean     trygg_risk_participant_remove     (TryggDatabase   *db,
                                                gint64           participant_id,
                                                GError         **error);
GPtrArray   *trygg_risk_participants_list      (TryggDatabase   *db,
                                                gint64           analysis_id,
                                                GError         **error);
void         trygg_risk_participant_free       (TryggRiskParticipant *participant);

gboolean     trygg_risk_set_text               (TryggDatabase   *db,
                                                gint64           risk_id,
                                                const char      *column,
                                                const char      *value,
                                                GError         **error);
gboolean     trygg_risk_set_aspects            (TryggDatabase   *db,
                                                gint64           risk_id,
                                                gboolean         confidentiality,
                                                gboolean         integrity,
                                                gboolean         availability,
                                                GError         **error);
gboolean     trygg_risk_set_treatment          (TryggDatabase   *db,
                                                gint64           risk_id,
                                                const char      *treatment,
                                                GError         **error);
gboolean     trygg_risk_set_status             (TryggDatabase   *db,
                                                gint64           risk_id,
                                                const char      *status,
                                                GError         **error);
gboolean     trygg_risk_set_owner              (TryggDatabase   *db,
                                                gint64           risk_id,
                                                gint64           person_id,
                                                GError         **error);
gboolean     trygg_risk_clear_residual         (TryggDatabase   *db,
                                                gint64           risk_id,
                                                GError         **error);
gboolean     trygg_risk_delete                 (TryggDatabase   *db,
                                                gint64           risk_id,
                                                gint64          *first_change,
                                                gint64          *last_change,
                                                GError         **error);
GPtrArray   *trygg_risk_measures_list          (TryggDatabase   *db,
                                                gint64           risk_id,
                                                GError         **error);
void         trygg_risk_measure_free           (TryggRiskMeasure *measure);

GPtrArray   *trygg_risk_levels_list            (TryggDatabase   *db,
                                                gint64           analysis_id,
                                                const char      *axis,
                                                GError         **error);
void         trygg_risk_level_free             (TryggRiskLevel  *level);
gboolean     trygg_risk_level_set              (TryggDatabase   *db,
                                                gint64           analysis_id,
                                                const char      *axis,
                                                int              level,
                                                const char      *name,
                                                const char      *description,
                                                GError         **error);
gboolean     trygg_risk_bands_check            (GPtrArray       *bands,
                                                int              probability_levels,
                                                int              consequence_levels,
                                                GError         **error);
gboolean     trygg_risk_bands_set              (TryggDatabase   *db,
                                                gint64           analysis_id,
                                                GPtrArray       *bands,
                                                GError         **error);
int          trygg_risk_count_moves            (TryggDatabase   *db,
                                                gint64           analysis_id,
                                                int              probability_levels,
                                                int              consequence_levels,
                                                TryggRiskMapping mapping,
                                                int             *n_risks);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TryggRiskMatrix, trygg_risk_matrix_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TryggRiskBand, trygg_risk_band_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TryggRiskLevel, trygg_risk_level_free)

G_END_DECLS
