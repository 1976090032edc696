/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * TryggUnit: an organisation unit: kommun, nämnd, förvaltning, verksamhet or bolag; a tree
 * by parent-id. Table `org_unit`.
 */
#include "config.h"

#include "trygg-unit.h"

struct _TryggUnit
{
  TryggEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (TryggUnit, trygg_unit, TRYGG_TYPE_ENTITY)

static void
trygg_unit_class_init (TryggUnitClass *klass)
{
  TryggEntityClass *entity_class = TRYGG_ENTITY_CLASS (klass);

  entity_class->table = "org_unit";
  entity_class->title_property = "name";
  trygg_entity_class_add_string (entity_class, "name", "");
  trygg_entity_class_add_string (entity_class, "kind", "administration");
  trygg_entity_class_add_reference (entity_class, "parent-id");
  trygg_entity_class_add_boolean (entity_class, "is-controller");
  trygg_entity_class_add_string (entity_class, "description", "");
}

static void
trygg_unit_init (TryggUnit *self)
{
}

TryggUnit *
trygg_unit_new (void)
{
  return g_object_new (TRYGG_TYPE_UNIT, NULL);
}
