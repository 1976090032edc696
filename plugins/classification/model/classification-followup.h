/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "trygg-core.h"

G_BEGIN_DECLS

/**
 * TryggClassificationFulfilment:
 * @id: the `classification_fulfilment` row
 * @status: met, partly_met, not_met or not_applicable
 * @action_id: the action the gap became, 0 when none
 * @action_title: (nullable): its title
 * @action_status: (nullable): its status (not_started, in_progress, done, …)
 *
 * How an asset fulfils one requirement, with the action made of it.
 */
typedef struct {
  gint64  id;
  gint64  requirement_id;
  char   *status;
  char   *comment;
  gint64  action_id;
  char   *action_title;
  char   *action_status;
} TryggClassificationFulfilment;

/**
 * TryggClassificationVersionInfo:
 * @version: the current version, 0 when the asset is not classified
 * @signed_off_by: (nullable): the name of the person who signed it off
 * @signed_off_on: (nullable): YYYY-MM-DD
 * @next_review: (nullable): YYYY-MM-DD
 * @review_overdue: the next review is before today
 */
typedef struct {
  int       version;
  char     *signed_off_by;
  char     *signed_off_on;
  char     *next_review;
  gboolean  review_overdue;
} TryggClassificationVersionInfo;

/**
 * TryggClassificationStats:
 * @assets: information assets
 * @classified: those with a classification
 * @reviews_overdue: classified assets whose current version's review date has passed
 * @unmet: requirements the current profiles call for that are not met or only partly met
 */
typedef struct {
  guint assets;
  guint classified;
  guint reviews_overdue;
  guint unmet;
} TryggClassificationStats;

GHashTable *trygg_classification_list_fulfilment  (TryggDatabase                  *db,
                                                   gint64                          asset_id,
                                                   GError                        **error);
void        trygg_classification_fulfilment_free  (TryggClassificationFulfilment  *fulfilment);
gboolean    trygg_classification_clear_fulfilment (TryggDatabase                  *db,
                                                   gint64                          asset_id,
                                                   gint64                          requirement_id,
                                                   GError                        **error);
gboolean    trygg_classification_version_info     (TryggDatabase                  *db,
                                                   gint64                          asset_id,
                                                   TryggClassificationVersionInfo *info,
                                                   GError                        **error);
void        trygg_classification_version_info_clear (TryggClassificationVersionInfo *info);
gboolean    trygg_classification_count            (TryggDatabase                  *db,
                                                   TryggClassificationStats       *stats,
                                                   GError                        **error);
const char *trygg_classification_action_status_name (const char *status);
char       *trygg_classification_format_date      (const char                     *iso_date);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (TryggClassificationVersionInfo,
                                  trygg_classification_version_info_clear)

G_END_DECLS
