/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * TryggAction: an action in the one tracker, whatever plugin created it. Table `action`.
 */
#include "config.h"

#include "trygg-action.h"

struct _TryggAction
{
  TryggEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (TryggAction, trygg_action, TRYGG_TYPE_ENTITY)

static void
trygg_action_class_init (TryggActionClass *klass)
{
  TryggEntityClass *entity_class = TRYGG_ENTITY_CLASS (klass);

  entity_class->table = "action";
  entity_class->title_property = "title";
  trygg_entity_class_add_string (entity_class, "title", "");
  trygg_entity_class_add_string (entity_class, "description", "");
  trygg_entity_class_add_string (entity_class, "source-plugin", "core");
  trygg_entity_class_add_string (entity_class, "source-uuid", NULL);
  trygg_entity_class_add_reference (entity_class, "responsible-id");
  trygg_entity_class_add_string (entity_class, "due-date", NULL);
  trygg_entity_class_add_string (entity_class, "due-quarter", NULL);
  trygg_entity_class_add_string (entity_class, "status", "not_started");
  trygg_entity_class_add_string (entity_class, "completed-on", NULL);
}

static void
trygg_action_init (TryggAction *self)
{
}

TryggAction *
trygg_action_new (void)
{
  return g_object_new (TRYGG_TYPE_ACTION, NULL);
}
