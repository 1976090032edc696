/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "classification-asset-item.h"

G_BEGIN_DECLS

/* A row of the Classification page's list: name, unit, profile badges, "Review overdue". */
#define TRYGG_TYPE_CLASSIFICATION_ASSET_ROW (trygg_classification_asset_row_get_type ())
G_DECLARE_FINAL_TYPE (TryggClassificationAssetRow, trygg_classification_asset_row, TRYGG,
                      CLASSIFICATION_ASSET_ROW, GtkWidget)

GtkWidget *trygg_classification_asset_row_new      (TryggDatabase                *db);
void       trygg_classification_asset_row_set_item (TryggClassificationAssetRow  *self,
                                                    TryggClassificationAssetItem *item);

G_END_DECLS
