/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "classification-asset-item.h"

G_BEGIN_DECLS

typedef enum {
  TRYGG_CLASSIFICATION_SHOW_ALL,
  TRYGG_CLASSIFICATION_SHOW_UNCLASSIFIED,
  TRYGG_CLASSIFICATION_SHOW_OVERDUE,
  TRYGG_CLASSIFICATION_SHOW_CLASSIFIED,
} TryggClassificationShow;

/* The information assets matching a filter, as a GListModel of
 * TryggClassificationAssetItem: only ids are held, rows are read when shown. GTK-free. */
#define TRYGG_TYPE_CLASSIFICATION_ASSET_LIST (trygg_classification_asset_list_get_type ())
G_DECLARE_FINAL_TYPE (TryggClassificationAssetList, trygg_classification_asset_list, TRYGG,
                      CLASSIFICATION_ASSET_LIST, GObject)

TryggClassificationAssetList *trygg_classification_asset_list_new (TryggDatabase *db);
void     trygg_classification_asset_list_set_filter (TryggClassificationAssetList *self,
                                                     TryggClassificationShow       show,
                                                     gint64                        unit_id,
                                                     int                           level,
                                                     const char                   *text);
void     trygg_classification_asset_list_reload     (TryggClassificationAssetList *self);
guint    trygg_classification_asset_list_find       (TryggClassificationAssetList *self,
                                                     gint64                        id);
guint    trygg_classification_asset_list_get_n_total (TryggClassificationAssetList *self);
GArray  *trygg_classification_asset_list_get_ids    (TryggClassificationAssetList *self);

G_END_DECLS
