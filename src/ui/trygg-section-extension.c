/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "trygg-section-extension.h"

G_DEFINE_INTERFACE (TryggSectionExtension, trygg_section_extension, G_TYPE_OBJECT)

static void
trygg_section_extension_default_init (TryggSectionExtensionInterface *iface)
{
}

GtkWidget *
trygg_section_extension_create_section (TryggSectionExtension *self,
                                        TryggDatabase         *db,
                                        const char            *table)
{
  TryggSectionExtensionInterface *iface = TRYGG_SECTION_EXTENSION_GET_IFACE (self);

  return iface->create_section != NULL ? iface->create_section (self, db, table) : NULL;
}
