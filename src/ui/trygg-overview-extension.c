/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "trygg-overview-extension.h"

G_DEFINE_INTERFACE (TryggOverviewExtension, trygg_overview_extension, G_TYPE_OBJECT)

static void
trygg_overview_extension_default_init (TryggOverviewExtensionInterface *iface)
{
}

GtkWidget *
trygg_overview_extension_create_card (TryggOverviewExtension *self,
                                      TryggDatabase          *db)
{
  TryggOverviewExtensionInterface *iface = TRYGG_OVERVIEW_EXTENSION_GET_IFACE (self);

  return iface->create_card != NULL ? iface->create_card (self, db) : NULL;
}
