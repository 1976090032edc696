/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * TryggSystem: an IT system, with its lifecycle: planned, production, retired. Table `system`.
 */
#include "config.h"

#include "trygg-system.h"

struct _TryggSystem
{
  TryggEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (TryggSystem, trygg_system, TRYGG_TYPE_ENTITY)

static void
trygg_system_class_init (TryggSystemClass *klass)
{
  TryggEntityClass *entity_class = TRYGG_ENTITY_CLASS (klass);

  entity_class->table = "system";
  entity_class->title_property = "name";
  trygg_entity_class_add_string (entity_class, "name", "");
  trygg_entity_class_add_string (entity_class, "description", "");
  trygg_entity_class_add_string (entity_class, "lifecycle", "production");
  trygg_entity_class_add_reference (entity_class, "unit-id");
  trygg_entity_class_add_reference (entity_class, "owner-id");
  trygg_entity_class_add_reference (entity_class, "supplier-id");
}

static void
trygg_system_init (TryggSystem *self)
{
}

TryggSystem *
trygg_system_new (void)
{
  return g_object_new (TRYGG_TYPE_SYSTEM, NULL);
}
