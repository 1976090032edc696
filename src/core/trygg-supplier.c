/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * TryggSupplier: a supplier of systems or services. Table `supplier`.
 */
#include "config.h"

#include "trygg-supplier.h"

struct _TryggSupplier
{
  TryggEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (TryggSupplier, trygg_supplier, TRYGG_TYPE_ENTITY)

static void
trygg_supplier_class_init (TryggSupplierClass *klass)
{
  TryggEntityClass *entity_class = TRYGG_ENTITY_CLASS (klass);

  entity_class->table = "supplier";
  entity_class->title_property = "name";
  trygg_entity_class_add_string (entity_class, "name", "");
  trygg_entity_class_add_string (entity_class, "org-number", "");
  trygg_entity_class_add_string (entity_class, "contact-name", "");
  trygg_entity_class_add_string (entity_class, "email", "");
  trygg_entity_class_add_string (entity_class, "phone", "");
  trygg_entity_class_add_string (entity_class, "description", "");
}

static void
trygg_supplier_init (TryggSupplier *self)
{
}

TryggSupplier *
trygg_supplier_new (void)
{
  return g_object_new (TRYGG_TYPE_SUPPLIER, NULL);
}
