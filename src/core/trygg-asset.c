/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * TryggAsset: an information asset (informationstillgång). Table `information_asset`.
 */
#include "config.h"

#include "trygg-asset.h"

struct _TryggAsset
{
  TryggEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (TryggAsset, trygg_asset, TRYGG_TYPE_ENTITY)

static void
trygg_asset_class_init (TryggAssetClass *klass)
{
  TryggEntityClass *entity_class = TRYGG_ENTITY_CLASS (klass);

  entity_class->table = "information_asset";
  entity_class->title_property = "name";
  trygg_entity_class_add_string (entity_class, "name", "");
  trygg_entity_class_add_string (entity_class, "description", "");
  trygg_entity_class_add_reference (entity_class, "unit-id");
  trygg_entity_class_add_reference (entity_class, "owner-id");
  trygg_entity_class_add_boolean (entity_class, "personal-data");
}

static void
trygg_asset_init (TryggAsset *self)
{
}

TryggAsset *
trygg_asset_new (void)
{
  return g_object_new (TRYGG_TYPE_ASSET, NULL);
}
