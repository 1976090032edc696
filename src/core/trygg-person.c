/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * TryggPerson: a person: information owner, system owner, responsible for actions. Table `person`.
 */
#include "config.h"

#include "trygg-person.h"

struct _TryggPerson
{
  TryggEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (TryggPerson, trygg_person, TRYGG_TYPE_ENTITY)

static void
trygg_person_class_init (TryggPersonClass *klass)
{
  TryggEntityClass *entity_class = TRYGG_ENTITY_CLASS (klass);

  entity_class->table = "person";
  entity_class->title_property = "name";
  trygg_entity_class_add_string (entity_class, "name", "");
  trygg_entity_class_add_string (entity_class, "role", "");
  trygg_entity_class_add_string (entity_class, "email", "");
  trygg_entity_class_add_string (entity_class, "phone", "");
  trygg_entity_class_add_string (entity_class, "username", "");
  trygg_entity_class_add_reference (entity_class, "unit-id");
}

static void
trygg_person_init (TryggPerson *self)
{
}

TryggPerson *
trygg_person_new (void)
{
  return g_object_new (TRYGG_TYPE_PERSON, NULL);
}
