/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "classification-model.h"

G_BEGIN_DECLS

/**
 * TryggClassificationVersionInfo:
 * @created_on: the local date the version was saved, YYYY-MM-DD
 * @classified_by: (nullable): the person's name
 * @signed_off_by: (nullable): the person's name
 * @signed_off_on: (nullable): YYYY-MM-DD
 * @profile: the version's levels (@profile.version is @version)
 * @rationale: per aspect, "" when none was written
 *
 * One version of an asset's classification, as the Classification page shows it.
 */
typedef struct {
  gint64                      id;
  char                       *uuid;
  int                         version;
  char                       *created_on;
  gboolean                    personal_data;
  gboolean                    special_categories;
  gboolean                    secrecy;
  char                       *secrecy_reference;
  char                       *classified_by;
  char                       *signed_off_by;
  char                       *signed_off_on;
  char                       *next_review;
  gboolean                    overdue;
  TryggClassificationProfile  profile;
  char                       *rationale[TRYGG_CLASSIFICATION_N_ASPECTS];
} TryggClassificationVersionInfo;

/* An organisation unit for a filter: @depth is its depth in the tree (0 at the top). */
typedef struct {
  gint64  id;
  char   *uuid;
  char   *name;
  int     depth;
} TryggClassificationUnitInfo;

typedef enum {
  TRYGG_CLASSIFICATION_UUID_UNKNOWN,
  TRYGG_CLASSIFICATION_UUID_ASSET,
  TRYGG_CLASSIFICATION_UUID_REQUIREMENT,
} TryggClassificationUuidKind;

GPtrArray *trygg_classification_list_versions  (TryggDatabase  *db,
                                                gint64          asset_id,
                                                GError        **error);
void       trygg_classification_version_info_free (TryggClassificationVersionInfo *info);
GPtrArray *trygg_classification_list_units     (TryggDatabase  *db,
                                                GError        **error);
void       trygg_classification_unit_info_free (TryggClassificationUnitInfo *info);
TryggClassificationUuidKind
           trygg_classification_lookup_uuid    (TryggDatabase  *db,
                                                const char     *uuid,
                                                gint64         *asset_id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TryggClassificationVersionInfo,
                               trygg_classification_version_info_free)

G_END_DECLS
