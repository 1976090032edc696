/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "trygg-preferences-extension.h"

G_DEFINE_INTERFACE (TryggPreferencesExtension, trygg_preferences_extension, G_TYPE_OBJECT)

static void
trygg_preferences_extension_default_init (TryggPreferencesExtensionInterface *iface)
{
}

AdwPreferencesPage *
trygg_preferences_extension_create_page (TryggPreferencesExtension *self,
                                         TryggDatabase             *db)
{
  TryggPreferencesExtensionInterface *iface = TRYGG_PREFERENCES_EXTENSION_GET_IFACE (self);

  return iface->create_page != NULL ? iface->create_page (self, db) : NULL;
}
