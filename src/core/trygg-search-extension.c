/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "trygg-search-extension.h"

G_DEFINE_INTERFACE (TryggSearchExtension, trygg_search_extension, G_TYPE_OBJECT)

static void
trygg_search_extension_default_init (TryggSearchExtensionInterface *iface)
{
}

const char *
trygg_search_extension_get_kind_label (TryggSearchExtension *self,
                                       const char           *kind)
{
  TryggSearchExtensionInterface *iface = TRYGG_SEARCH_EXTENSION_GET_IFACE (self);

  return iface->get_kind_label != NULL ? iface->get_kind_label (self, kind) : NULL;
}

const char *
trygg_search_extension_get_page_for_kind (TryggSearchExtension *self,
                                          const char           *kind)
{
  TryggSearchExtensionInterface *iface = TRYGG_SEARCH_EXTENSION_GET_IFACE (self);

  return iface->get_page_for_kind != NULL ? iface->get_page_for_kind (self, kind) : NULL;
}
