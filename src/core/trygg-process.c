/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * TryggProcess: a business process (verksamhetsprocess). Table `process`.
 */
#include "config.h"

#include "trygg-process.h"

struct _TryggProcess
{
  TryggEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (TryggProcess, trygg_process, TRYGG_TYPE_ENTITY)

static void
trygg_process_class_init (TryggProcessClass *klass)
{
  TryggEntityClass *entity_class = TRYGG_ENTITY_CLASS (klass);

  entity_class->table = "process";
  entity_class->title_property = "name";
  trygg_entity_class_add_string (entity_class, "name", "");
  trygg_entity_class_add_string (entity_class, "description", "");
  trygg_entity_class_add_reference (entity_class, "unit-id");
  trygg_entity_class_add_reference (entity_class, "owner-id");
}

static void
trygg_process_init (TryggProcess *self)
{
}

TryggProcess *
trygg_process_new (void)
{
  return g_object_new (TRYGG_TYPE_PROCESS, NULL);
}
