/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "trygg-schema-extension.h"

G_DEFINE_INTERFACE (TryggSchemaExtension, trygg_schema_extension, G_TYPE_OBJECT)

static void
trygg_schema_extension_default_init (TryggSchemaExtensionInterface *iface)
{
}

TryggSchemaSource
trygg_schema_extension_get_source (TryggSchemaExtension *self)
{
  TryggSchemaExtensionInterface *iface = TRYGG_SCHEMA_EXTENSION_GET_IFACE (self);
  TryggSchemaSource none = { NULL, NULL };

  return iface->get_source != NULL ? iface->get_source (self) : none;
}
