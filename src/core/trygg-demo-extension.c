/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "trygg-demo-extension.h"

G_DEFINE_INTERFACE (TryggDemoExtension, trygg_demo_extension, G_TYPE_OBJECT)

static void
trygg_demo_extension_default_init (TryggDemoExtensionInterface *iface)
{
}

const char *
trygg_demo_extension_get_demo_resource (TryggDemoExtension *self)
{
  TryggDemoExtensionInterface *iface = TRYGG_DEMO_EXTENSION_GET_IFACE (self);

  return iface->get_demo_resource != NULL ? iface->get_demo_resource (self) : NULL;
}
