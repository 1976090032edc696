/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "classification-model.h"

G_BEGIN_DECLS

/* One information asset as the Classification page lists it: its name, unit, current
 * profile and whether its review is overdue. GTK-free. */
#define TRYGG_TYPE_CLASSIFICATION_ASSET_ITEM (trygg_classification_asset_item_get_type ())
G_DECLARE_FINAL_TYPE (TryggClassificationAssetItem, trygg_classification_asset_item, TRYGG,
                      CLASSIFICATION_ASSET_ITEM, GObject)

TryggClassificationAssetItem *trygg_classification_asset_item_load (TryggDatabase  *db,
                                                                     gint64          id,
                                                                     GError        **error);
gboolean    trygg_classification_asset_item_refresh      (TryggClassificationAssetItem *self,
                                                          TryggDatabase                *db,
                                                          GError                      **error);
gint64      trygg_classification_asset_item_get_id       (TryggClassificationAssetItem *self);
const char *trygg_classification_asset_item_get_uuid     (TryggClassificationAssetItem *self);
const char *trygg_classification_asset_item_get_name     (TryggClassificationAssetItem *self);
gint64      trygg_classification_asset_item_get_unit_id  (TryggClassificationAssetItem *self);
const char *trygg_classification_asset_item_get_unit_uuid (TryggClassificationAssetItem *self);
const char *trygg_classification_asset_item_get_unit_name (TryggClassificationAssetItem *self);
const TryggClassificationProfile *
            trygg_classification_asset_item_get_profile  (TryggClassificationAssetItem *self);
const char *trygg_classification_asset_item_get_next_review (TryggClassificationAssetItem *self);
gboolean    trygg_classification_asset_item_get_overdue  (TryggClassificationAssetItem *self);

G_END_DECLS
