/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "trygg-entity.h"

G_BEGIN_DECLS

#define TRYGG_TYPE_ASSET (trygg_asset_get_type ())
G_DECLARE_FINAL_TYPE (TryggAsset, trygg_asset, TRYGG, ASSET, TryggEntity)

TryggAsset *trygg_asset_new (void);

G_END_DECLS
