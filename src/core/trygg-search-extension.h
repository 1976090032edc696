/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "trygg-database.h"

G_BEGIN_DECLS

#define TRYGG_TYPE_SEARCH_EXTENSION (trygg_search_extension_get_type ())
G_DECLARE_INTERFACE (TryggSearchExtension, trygg_search_extension, TRYGG, SEARCH_EXTENSION, GObject)

/**
 * TryggSearchExtensionInterface:
 * @get_kind_label: the translated name of a search kind the plugin's migrations registered in
 *   `search_source` (e.g. "risk" → "Risks"), or %NULL for a kind that is not the plugin's
 * @get_page_for_kind: the id of the page that opens a hit of that kind
 *
 * The search extension point. The rows themselves reach the index through `search_source`.
 */
struct _TryggSearchExtensionInterface
{
  GTypeInterface parent_iface;

  const char *(*get_kind_label)    (TryggSearchExtension *self,
                                    const char           *kind);
  const char *(*get_page_for_kind) (TryggSearchExtension *self,
                                    const char           *kind);
};

const char *trygg_search_extension_get_kind_label    (TryggSearchExtension *self,
                                                      const char           *kind);
const char *trygg_search_extension_get_page_for_kind (TryggSearchExtension *self,
                                                      const char           *kind);

G_END_DECLS
