/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "trygg-database.h"

G_BEGIN_DECLS

#define TRYGG_TYPE_DEMO_EXTENSION (trygg_demo_extension_get_type ())
G_DECLARE_INTERFACE (TryggDemoExtension, trygg_demo_extension, TRYGG, DEMO_EXTENSION, GObject)

/**
 * TryggDemoExtensionInterface:
 * @get_demo_resource: the GResource path of the plugin's part of the demo municipality, an
 *   exchange-format JSON file imported after the core part
 *
 * The demo extension point.
 */
struct _TryggDemoExtensionInterface
{
  GTypeInterface parent_iface;

  const char *(*get_demo_resource) (TryggDemoExtension *self);
};

const char *trygg_demo_extension_get_demo_resource (TryggDemoExtension *self);

G_END_DECLS
