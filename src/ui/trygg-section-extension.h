/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "trygg-core.h"

G_BEGIN_DECLS

#define TRYGG_TYPE_SECTION_EXTENSION (trygg_section_extension_get_type ())
G_DECLARE_INTERFACE (TryggSectionExtension, trygg_section_extension, TRYGG, SECTION_EXTENSION,
                     GObject)

/**
 * TryggSectionExtensionInterface:
 * @create_section: a section for the detail pane of the register page of @table
 *   ("information_asset", "system" …), or %NULL when the plugin has none for it. The widget
 *   has a writable property "entity" (a #TryggEntity or %NULL) that the page sets to the row
 *   it shows, e.g. the classification profile below an information asset's fields.
 */
struct _TryggSectionExtensionInterface
{
  GTypeInterface parent_iface;

  GtkWidget *(*create_section) (TryggSectionExtension *self,
                                TryggDatabase         *db,
                                const char            *table);
};

GtkWidget *trygg_section_extension_create_section (TryggSectionExtension *self,
                                                   TryggDatabase         *db,
                                                   const char            *table);

G_END_DECLS
