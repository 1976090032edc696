/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "trygg-core.h"

G_BEGIN_DECLS

/**
 * TryggClassificationAspect:
 *
 * The aspects, in the order a profile names them. Traceability is optional (a setting).
 */
typedef enum {
  TRYGG_CLASSIFICATION_CONFIDENTIALITY,
  TRYGG_CLASSIFICATION_INTEGRITY,
  TRYGG_CLASSIFICATION_AVAILABILITY,
  TRYGG_CLASSIFICATION_TRACEABILITY,
  TRYGG_CLASSIFICATION_N_ASPECTS
} TryggClassificationAspect;

/* A level not assessed */
#define TRYGG_CLASSIFICATION_NO_LEVEL (-1)

/**
 * TryggClassificationPreset:
 * @id: stored in `classification_setting` and `classification.preset`
 * @name: untranslated, marked with N_()
 * @min_level: the lowest level (0 or 1)
 * @max_level: the highest level (4)
 * @letters: per aspect, the letter of a profile ("K", "R", "T", "S"); not translated
 * @level_names: per level from @min_level, untranslated with the context "classification level"
 * @level_descriptions: per level from @min_level, untranslated
 * @warn_level: the level that must be handled outside Trygg, or -1
 */
typedef struct {
  const char *id;
  const char *name;
  int         min_level;
  int         max_level;
  const char *letters[TRYGG_CLASSIFICATION_N_ASPECTS];
  const char *level_names[5];
  const char *level_descriptions[5];
  int         warn_level;
} TryggClassificationPreset;

/**
 * TryggClassificationProfile:
 * @classification_id: the current version's row, 0 when the asset is not classified
 * @version: the current version number, 0 when not classified
 * @preset: the preset the version was made with
 * @levels: per aspect, or %TRYGG_CLASSIFICATION_NO_LEVEL
 */
typedef struct {
  gint64 classification_id;
  int    version;
  char   preset[16];
  int    levels[TRYGG_CLASSIFICATION_N_ASPECTS];
} TryggClassificationProfile;

/**
 * TryggClassificationDraft:
 *
 * What a user entered for a new version. Answers are set with
 * trygg_classification_draft_set_answer(); strings are owned.
 */
typedef struct {
  gint64    asset_id;
  char     *preset;
  GArray   *answers;
  char     *rationale[TRYGG_CLASSIFICATION_N_ASPECTS];
  gboolean  personal_data;
  gboolean  special_categories;
  gboolean  secrecy;
  char     *secrecy_reference;
  gint64    classified_by_id;
  gint64    signed_off_by_id;
  char     *signed_off_on;
  char     *next_review;
} TryggClassificationDraft;

typedef struct {
  TryggClassificationAspect aspect;
  gint64                    area_id;
  int                       level;
} TryggClassificationAnswer;

typedef struct {
  gint64    id;
  char     *uuid;
  char     *key;
  char     *name;
  gboolean  active;
} TryggClassificationArea;

typedef struct {
  gint64                    id;
  char                     *uuid;
  char                     *code;
  char                     *area;
  char                     *title;
  char                     *as_is;
  char                     *shall;
  TryggClassificationAspect aspect;
  int                       min_level;
} TryggClassificationRequirement;

/**
 * TryggClassificationOrigin:
 *
 * Where a system's inherited level of one aspect comes from: an asset it holds whose
 * current classification has that level.
 */
typedef struct {
  TryggClassificationAspect aspect;
  int                       level;
  gint64                    asset_id;
  char                     *asset_uuid;
  char                     *asset_name;
} TryggClassificationOrigin;

#define TRYGG_CLASSIFICATION_N_PRESETS 3

/* ends with a { NULL } entry */
extern const TryggClassificationPreset trygg_classification_presets[];

#define TRYGG_CLASSIFICATION_BUNDLED_CATALOGUE \
  "/io/github/trygg/Trygg/plugins/classification/catalogue/requirements.json"

const TryggClassificationPreset *trygg_classification_preset_lookup (const char *id);
const char  *trygg_classification_aspect_key          (TryggClassificationAspect aspect);
gboolean     trygg_classification_aspect_from_key     (const char                *key,
                                                       TryggClassificationAspect *aspect);
const char  *trygg_classification_aspect_name         (TryggClassificationAspect aspect);
const char  *trygg_classification_area_key_name       (const char *key);
const char  *trygg_classification_requirement_area_name (const char *area);
const char  *trygg_classification_status_name         (const char *status);
const char  *trygg_classification_level4_warning      (void);

char        *trygg_classification_get_preset          (TryggDatabase  *db);
gboolean     trygg_classification_set_preset          (TryggDatabase  *db,
                                                       const char     *preset,
                                                       GError        **error);
gboolean     trygg_classification_get_traceability    (TryggDatabase  *db);
gboolean     trygg_classification_set_traceability    (TryggDatabase  *db,
                                                       gboolean        enabled,
                                                       GError        **error);
char        *trygg_classification_level_name          (TryggDatabase  *db,
                                                       const char     *preset,
                                                       TryggClassificationAspect aspect,
                                                       int             level);
char        *trygg_classification_level_description   (TryggDatabase  *db,
                                                       const char     *preset,
                                                       TryggClassificationAspect aspect,
                                                       int             level);
gboolean     trygg_classification_set_level_text      (TryggDatabase  *db,
                                                       const char     *preset,
                                                       TryggClassificationAspect aspect,
                                                       int             level,
                                                       const char     *name,
                                                       const char     *description,
                                                       GError        **error);

GPtrArray   *trygg_classification_list_areas          (TryggDatabase  *db,
                                                       gboolean        with_inactive,
                                                       GError        **error);
gboolean     trygg_classification_add_area            (TryggDatabase  *db,
                                                       const char     *name,
                                                       gint64         *id,
                                                       GError        **error);
gboolean     trygg_classification_set_area_active     (TryggDatabase  *db,
                                                       gint64          id,
                                                       gboolean        active,
                                                       GError        **error);
void         trygg_classification_area_free           (TryggClassificationArea *area);

TryggClassificationDraft *trygg_classification_draft_new (gint64 asset_id);
void         trygg_classification_draft_free          (TryggClassificationDraft *draft);
void         trygg_classification_draft_set_answer    (TryggClassificationDraft *draft,
                                                       TryggClassificationAspect aspect,
                                                       gint64          area_id,
                                                       int             level);
int          trygg_classification_draft_level         (TryggClassificationDraft *draft,
                                                       TryggClassificationAspect aspect);
gboolean     trygg_classification_save                (TryggDatabase  *db,
                                                       TryggClassificationDraft *draft,
                                                       int            *version,
                                                       GError        **error);

gboolean     trygg_classification_current_profile     (TryggDatabase  *db,
                                                       gint64          asset_id,
                                                       TryggClassificationProfile *profile,
                                                       GError        **error);
char        *trygg_classification_profile_to_string   (const TryggClassificationProfile *profile);
gboolean     trygg_classification_profile_warns       (const TryggClassificationProfile *profile);
GPtrArray   *trygg_classification_system_levels       (TryggDatabase  *db,
                                                       gint64          system_id,
                                                       int            *levels,
                                                       GError        **error);
void         trygg_classification_origin_free         (TryggClassificationOrigin *origin);

GPtrArray   *trygg_classification_required            (TryggDatabase  *db,
                                                       const TryggClassificationProfile *profile,
                                                       GError        **error);
void         trygg_classification_requirement_free    (TryggClassificationRequirement *req);
gboolean     trygg_classification_set_fulfilment      (TryggDatabase  *db,
                                                       gint64          asset_id,
                                                       gint64          requirement_id,
                                                       const char     *status,
                                                       const char     *comment,
                                                       gint64         *fulfilment_id,
                                                       GError        **error);
gboolean     trygg_classification_create_action       (TryggDatabase  *db,
                                                       gint64          fulfilment_id,
                                                       gint64         *action_id,
                                                       GError        **error);

gboolean     trygg_classification_import_catalogue    (TryggDatabase  *db,
                                                       GBytes         *json,
                                                       gboolean        replace,
                                                       guint          *n_added,
                                                       guint          *n_updated,
                                                       GError        **error);
gboolean     trygg_classification_import_bundled      (TryggDatabase  *db,
                                                       GError        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TryggClassificationDraft, trygg_classification_draft_free)

G_END_DECLS
