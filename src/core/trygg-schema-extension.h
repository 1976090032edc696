/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "trygg-database.h"

G_BEGIN_DECLS

#define TRYGG_TYPE_SCHEMA_EXTENSION (trygg_schema_extension_get_type ())
G_DECLARE_INTERFACE (TryggSchemaExtension, trygg_schema_extension, TRYGG, SCHEMA_EXTENSION, GObject)

/**
 * TryggSchemaExtensionInterface:
 * @get_source: where the plugin's numbered migration scripts are; @component is its module
 *   name, @resource_dir a folder in its GResource
 *
 * The schema extension point: a plugin's own tables, which follow the conventions so that
 * the change log, search and exchange serve them without code of the plugin's.
 */
struct _TryggSchemaExtensionInterface
{
  GTypeInterface parent_iface;

  TryggSchemaSource (*get_source) (TryggSchemaExtension *self);
};

TryggSchemaSource trygg_schema_extension_get_source (TryggSchemaExtension *self);

G_END_DECLS
